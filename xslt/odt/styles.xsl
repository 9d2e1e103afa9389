<?xml version="1.0" encoding="UTF-8"?>
<!--
  styles.xml of the ODT report: the same named styles as the DOCX report
  (docx/styles.xsl), the A4 page with the margins of the HTML's print
  layout, the running header (title, marking) and the page numbers in the
  footer. The document's language, and right to left for a right-to-left
  catalogue, are set on the default style and the page.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
                xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0">

  <xsl:variable name="writing-mode">
    <xsl:choose>
      <xsl:when test="$dir = 'rtl'">rl-tb</xsl:when>
      <xsl:otherwise>lr-tb</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template name="styles">
    <office:document-styles office:version="1.2">
      <office:font-face-decls>
        <style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss"/>
        <style:font-face style:name="Microsoft YaHei" svg:font-family="'Microsoft YaHei'" style:font-family-generic="swiss"/>
        <style:font-face style:name="Courier New" svg:font-family="'Courier New'" style:font-family-generic="modern"/>
      </office:font-face-decls>
      <office:styles>
        <draw:hatch draw:name="Self" draw:style="single" draw:color="#0b5c8e" draw:distance="0.06cm" draw:rotation="450"/>
        <style:default-style style:family="paragraph">
          <style:paragraph-properties fo:margin-bottom="0.21cm" fo:line-height="110%" style:writing-mode="{$writing-mode}"/>
          <style:text-properties style:font-name="Arial" style:font-name-asian="Microsoft YaHei" style:font-name-complex="Arial"
                                 fo:font-size="10pt" style:font-size-asian="10pt" style:font-size-complex="10pt" fo:color="#1c2733"
                                 fo:language="{$lang}" style:language-asian="{$lang}" style:language-complex="{$lang}"/>
        </style:default-style>
        <style:default-style style:family="graphic">
          <style:graphic-properties draw:stroke="none"/>
        </style:default-style>
        <style:style style:name="Standard" style:family="paragraph" style:class="text"/>

        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'Title'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:margin-top="2.1cm" fo:margin-bottom="0.42cm"/></xsl:with-param>
          <xsl:with-param name="size" select="'26pt'"/>
          <xsl:with-param name="bold" select="true()"/>
          <xsl:with-param name="color" select="'#0b5c8e'"/>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'Subtitle'"/>
          <xsl:with-param name="size" select="'12pt'"/>
          <xsl:with-param name="color" select="'#56636f'"/>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'CoverAgency'"/>
          <xsl:with-param name="size" select="'22pt'"/>
          <xsl:with-param name="bold" select="true()"/>
          <xsl:with-param name="color" select="'#009edb'"/>
        </xsl:call-template>
        <xsl:call-template name="odt-heading">
          <xsl:with-param name="level" select="1"/>
          <xsl:with-param name="size" select="'17pt'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:keep-with-next="always" fo:break-before="page" fo:border-bottom="1.5pt solid #0b5c8e" fo:padding-bottom="0.1cm" fo:margin-bottom="0.42cm"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-heading">
          <xsl:with-param name="level" select="2"/>
          <xsl:with-param name="size" select="'13pt'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:keep-with-next="always" fo:margin-top="0.63cm"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-heading">
          <xsl:with-param name="level" select="3"/>
          <xsl:with-param name="size" select="'11.5pt'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:keep-with-next="always" fo:margin-top="0.5cm"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-heading">
          <xsl:with-param name="level" select="4"/>
          <xsl:with-param name="size" select="'11pt'"/>
          <xsl:with-param name="color" select="'#1c2733'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:keep-with-next="always" fo:margin-top="0.42cm" fo:border-top="0.5pt solid #c9d2da" fo:padding-top="0.1cm"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-heading">
          <xsl:with-param name="level" select="5"/>
          <xsl:with-param name="size" select="'10pt'"/>
          <xsl:with-param name="color" select="'#56636f'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:keep-with-next="always" fo:margin-top="0.21cm"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'TOCHeading'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:break-before="page" fo:keep-with-next="always"/></xsl:with-param>
          <xsl:with-param name="size" select="'17pt'"/>
          <xsl:with-param name="bold" select="true()"/>
          <xsl:with-param name="color" select="'#0b5c8e'"/>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'Contents_20_1'"/>
          <xsl:with-param name="display" select="'Contents 1'"/>
          <xsl:with-param name="bold" select="true()"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:margin-top="0.21cm"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'Contents_20_2'"/>
          <xsl:with-param name="display" select="'Contents 2'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:margin-left="0.75cm"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'Lead'"/>
          <xsl:with-param name="size" select="'11.5pt'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:margin-top="0.42cm"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'Small'"/>
          <xsl:with-param name="size" select="'9pt'"/>
          <xsl:with-param name="color" select="'#56636f'"/>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'Label'"/>
          <xsl:with-param name="size" select="'9pt'"/>
          <xsl:with-param name="bold" select="true()"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:keep-with-next="always"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'Callout'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:background-color="#fbe9ea" fo:border-left="3pt solid #a4262c" fo:padding="0.15cm"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'Guidance'"/>
          <xsl:with-param name="size" select="'9pt'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:background-color="#eef2f5" fo:border-left="3pt solid #0b5c8e" fo:padding="0.15cm"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'Caption'"/>
          <xsl:with-param name="size" select="'9pt'"/>
          <xsl:with-param name="color" select="'#56636f'"/>
          <xsl:with-param name="italic" select="true()"/>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'List_20_Paragraph'"/>
          <xsl:with-param name="display" select="'List Paragraph'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:margin-bottom="0.1cm"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'TableText'"/>
          <xsl:with-param name="size" select="'9pt'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:margin-bottom="0cm"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'TableHeading'"/>
          <xsl:with-param name="size" select="'8.5pt'"/>
          <xsl:with-param name="bold" select="true()"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:margin-bottom="0cm"/></xsl:with-param>
        </xsl:call-template>
        <!-- Numbers at the end of their cell, whichever the direction. -->
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'TableNumber'"/>
          <xsl:with-param name="size" select="'9pt'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:margin-bottom="0cm" fo:text-align="end"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'Bar'"/>
          <xsl:with-param name="size" select="'4pt'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:margin-bottom="0.05cm" fo:line-height="100%"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'Header'"/>
          <xsl:with-param name="size" select="'8pt'"/>
          <xsl:with-param name="color" select="'#4a5a6a'"/>
          <xsl:with-param name="ppr">
            <style:paragraph-properties fo:margin-bottom="0cm">
              <style:tab-stops><style:tab-stop style:position="{$text-width div 1440}in" style:type="right"/></style:tab-stops>
            </style:paragraph-properties>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-paragraph">
          <xsl:with-param name="name" select="'Footer'"/>
          <xsl:with-param name="size" select="'8pt'"/>
          <xsl:with-param name="color" select="'#4a5a6a'"/>
          <xsl:with-param name="ppr"><style:paragraph-properties fo:margin-bottom="0cm" fo:text-align="end"/></xsl:with-param>
        </xsl:call-template>

        <xsl:call-template name="odt-text">
          <xsl:with-param name="name" select="'Strong'"/>
          <xsl:with-param name="tpr"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-text">
          <xsl:with-param name="name" select="'Muted'"/>
          <xsl:with-param name="tpr"><style:text-properties fo:color="#56636f"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-text">
          <xsl:with-param name="name" select="'Id'"/>
          <xsl:with-param name="tpr"><style:text-properties fo:font-weight="bold" fo:color="#0b5c8e"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-text">
          <xsl:with-param name="name" select="'Marking'"/>
          <xsl:with-param name="tpr"><style:text-properties fo:font-weight="bold" fo:text-transform="uppercase" fo:color="#9b1c1c"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-text">
          <xsl:with-param name="name" select="'Flag'"/>
          <xsl:with-param name="tpr"><style:text-properties fo:font-weight="bold" fo:font-size="7.5pt" fo:background-color="#eef2f5"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-text">
          <xsl:with-param name="name" select="'Reference'"/>
          <xsl:with-param name="tpr"><style:text-properties style:font-name="Courier New" fo:font-size="8.5pt" fo:color="#56636f"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-text">
          <xsl:with-param name="name" select="'Status-achieved'"/>
          <xsl:with-param name="tpr"><style:text-properties fo:font-weight="bold" fo:color="#1e6b34"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-text">
          <xsl:with-param name="name" select="'Status-partial'"/>
          <xsl:with-param name="tpr"><style:text-properties fo:font-weight="bold" fo:color="#8a5a00"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-text">
          <xsl:with-param name="name" select="'Status-not-started'"/>
          <xsl:with-param name="tpr"><style:text-properties fo:font-weight="bold" fo:color="#a4262c"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-text">
          <xsl:with-param name="name" select="'Status-na'"/>
          <xsl:with-param name="tpr"><style:text-properties fo:color="#5f6b76"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-text">
          <xsl:with-param name="name" select="'Status-missing'"/>
          <xsl:with-param name="tpr"><style:text-properties fo:font-style="italic" fo:color="#5f6b76"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-text">
          <xsl:with-param name="name" select="'Priority-high'"/>
          <xsl:with-param name="tpr"><style:text-properties fo:font-weight="bold" fo:color="#ffffff" fo:background-color="#a4262c"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-text">
          <xsl:with-param name="name" select="'Priority-medium'"/>
          <xsl:with-param name="tpr"><style:text-properties fo:font-weight="bold" fo:color="#8a5a00" fo:border="1pt solid #8a5a00"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="odt-text">
          <xsl:with-param name="name" select="'Priority-low'"/>
          <xsl:with-param name="tpr"><style:text-properties fo:color="#5f6b76" fo:border="0.5pt dashed #5f6b76"/></xsl:with-param>
        </xsl:call-template>

        <text:list-style style:name="Bullets">
          <text:list-level-style-bullet text:level="1" text:bullet-char="•">
            <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
              <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.63cm"
                                                fo:text-indent="-0.63cm" fo:margin-left="0.63cm"/>
            </style:list-level-properties>
          </text:list-level-style-bullet>
        </text:list-style>
        <text:list-style style:name="Numbers">
          <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">
            <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
              <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.75cm"
                                                fo:text-indent="-0.75cm" fo:margin-left="0.75cm"/>
            </style:list-level-properties>
          </text:list-level-style-number>
        </text:list-style>
      </office:styles>
      <office:automatic-styles>
        <style:page-layout style:name="A4">
          <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
                                        fo:margin-top="1.2cm" fo:margin-bottom="1cm" fo:margin-left="1.7cm" fo:margin-right="1.7cm"
                                        style:writing-mode="{$writing-mode}"/>
          <!-- The header and footer sit inside the HTML's 22 and 20 mm margins. -->
          <style:header-style>
            <style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/>
          </style:header-style>
          <style:footer-style>
            <style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/>
          </style:footer-style>
        </style:page-layout>
      </office:automatic-styles>
      <office:master-styles>
        <style:master-page style:name="Standard" style:page-layout-name="A4">
          <style:header>
            <text:p text:style-name="Header">
              <xsl:call-template name="running-header"/>
            </text:p>
          </style:header>
          <style:footer>
            <text:p text:style-name="Footer">
              <xsl:call-template name="page-of-pages"/>
            </text:p>
          </style:footer>
        </style:master-page>
      </office:master-styles>
    </office:document-styles>
  </xsl:template>

  <!-- A paragraph style: ppr is its style:paragraph-properties element. -->
  <xsl:template name="odt-paragraph">
    <xsl:param name="name"/>
    <xsl:param name="display" select="''"/>
    <xsl:param name="ppr"/>
    <xsl:param name="size" select="''"/>
    <xsl:param name="bold" select="false()"/>
    <xsl:param name="italic" select="false()"/>
    <xsl:param name="color" select="''"/>
    <xsl:param name="outline" select="''"/>
    <style:style style:name="{$name}" style:family="paragraph" style:parent-style-name="Standard">
      <xsl:if test="$display != ''">
        <xsl:attribute name="style:display-name"><xsl:value-of select="$display"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="$outline != ''">
        <xsl:attribute name="style:default-outline-level"><xsl:value-of select="$outline"/></xsl:attribute>
      </xsl:if>
      <xsl:copy-of select="$ppr"/>
      <style:text-properties>
        <xsl:if test="$size != ''">
          <xsl:attribute name="fo:font-size"><xsl:value-of select="$size"/></xsl:attribute>
          <xsl:attribute name="style:font-size-asian"><xsl:value-of select="$size"/></xsl:attribute>
          <xsl:attribute name="style:font-size-complex"><xsl:value-of select="$size"/></xsl:attribute>
        </xsl:if>
        <xsl:if test="$bold">
          <xsl:attribute name="fo:font-weight">bold</xsl:attribute>
          <xsl:attribute name="style:font-weight-asian">bold</xsl:attribute>
          <xsl:attribute name="style:font-weight-complex">bold</xsl:attribute>
        </xsl:if>
        <xsl:if test="$italic">
          <xsl:attribute name="fo:font-style">italic</xsl:attribute>
          <xsl:attribute name="style:font-style-asian">italic</xsl:attribute>
          <xsl:attribute name="style:font-style-complex">italic</xsl:attribute>
        </xsl:if>
        <xsl:if test="$color != ''">
          <xsl:attribute name="fo:color"><xsl:value-of select="$color"/></xsl:attribute>
        </xsl:if>
      </style:text-properties>
    </style:style>
  </xsl:template>

  <xsl:template name="odt-heading">
    <xsl:param name="level"/>
    <xsl:param name="size"/>
    <xsl:param name="color" select="'#0b5c8e'"/>
    <xsl:param name="ppr"/>
    <xsl:call-template name="odt-paragraph">
      <xsl:with-param name="name" select="concat('Heading_20_', $level)"/>
      <xsl:with-param name="display" select="concat('Heading ', $level)"/>
      <xsl:with-param name="outline" select="$level"/>
      <xsl:with-param name="size" select="$size"/>
      <xsl:with-param name="bold" select="true()"/>
      <xsl:with-param name="color" select="$color"/>
      <xsl:with-param name="ppr" select="$ppr"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A text (character) style: tpr is its style:text-properties element. -->
  <xsl:template name="odt-text">
    <xsl:param name="name"/>
    <xsl:param name="tpr"/>
    <style:style style:name="{$name}" style:family="text">
      <xsl:copy-of select="$tpr"/>
    </style:style>
  </xsl:template>

</xsl:stylesheet>
