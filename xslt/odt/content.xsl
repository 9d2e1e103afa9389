<?xml version="1.0" encoding="UTF-8"?>
<!--
  content.xml of the ODT report: office.xsl's chapters in ODF. Headings
  are text:h with outline levels (navigator, table of contents); tables
  have header rows (table:table-header-rows) that repeat on every page
  and rows kept together; the chart's bars are rectangles drawn in their
  table cells, hatched for the self-assessment and solid for the final
  score, as in the HTML report.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
                xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="str">

  <xsl:template name="content">
    <office:document-content office:version="1.2">
      <office:automatic-styles>
        <style:style style:name="Table" style:family="table">
          <style:table-properties style:width="{$text-width div 1440}in" table:align="margins">
            <xsl:if test="$dir = 'rtl'">
              <xsl:attribute name="style:writing-mode">rl-tb</xsl:attribute>
            </xsl:if>
          </style:table-properties>
        </style:style>
        <!-- One column style "cW" for each width W (twips) office.xsl's tables use. -->
        <xsl:for-each select="str:tokenize($all-widths, ' ')[not(. = preceding-sibling::*)]">
          <style:style style:name="c{.}" style:family="table-column">
            <style:table-column-properties style:column-width="{. div 1440}in"/>
          </style:style>
        </xsl:for-each>
        <style:style style:name="Row" style:family="table-row">
          <style:table-row-properties fo:keep-together="always"/>
        </style:style>
        <style:style style:name="Cell" style:family="table-cell">
          <style:table-cell-properties fo:padding="0.06cm" fo:border="none"
                                       fo:border-bottom="0.5pt solid #c9d2da"/>
        </style:style>
        <style:style style:name="HeadCell" style:family="table-cell">
          <style:table-cell-properties fo:padding="0.06cm" fo:border="none" fo:background-color="#eef2f5"
                                       fo:border-bottom="1.5pt solid #0b5c8e"/>
        </style:style>
        <!-- The chart's bars (Writer takes a shape's style from here): hatched
             outline for the self-assessment, solid for the final score. -->
        <style:style style:name="BarSelf" style:family="graphic">
          <style:graphic-properties draw:stroke="solid" svg:stroke-color="#0b5c8e" svg:stroke-width="0.02cm"
                                    draw:fill="hatch" draw:fill-hatch-name="Self" draw:fill-hatch-solid="true"
                                    draw:fill-color="#ffffff" style:vertical-pos="middle" style:vertical-rel="text"/>
        </style:style>
        <style:style style:name="BarFinal" style:family="graphic">
          <style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#0b5c8e"
                                    style:vertical-pos="middle" style:vertical-rel="text"/>
        </style:style>

      </office:automatic-styles>
      <office:body>
        <office:text>
          <xsl:call-template name="report-body"/>
        </office:text>
      </office:body>
    </office:document-content>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- The blocks of office.xsl                                      -->
  <!-- ============================================================ -->

  <xsl:template name="run">
    <xsl:param name="text"/>
    <xsl:param name="style" select="''"/>
    <xsl:if test="string($text) != ''">
      <xsl:choose>
        <xsl:when test="$style != ''">
          <text:span text:style-name="{$style}"><xsl:value-of select="$text"/></text:span>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="$text"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template name="tab">
    <text:tab/>
  </xsl:template>

  <xsl:template name="page-field">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'page'"><text:page-number text:select-page="current">1</text:page-number></xsl:when>
      <xsl:otherwise><text:page-count>1</text:page-count></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="para">
    <xsl:param name="style" select="''"/>
    <xsl:param name="runs"/>
    <xsl:param name="text"/>
    <xsl:param name="run-style" select="''"/>
    <xsl:param name="label" select="/.."/>
    <text:p>
      <xsl:attribute name="text:style-name">
        <xsl:choose>
          <xsl:when test="$style != ''"><xsl:value-of select="$style"/></xsl:when>
          <xsl:otherwise>Standard</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:if test="$label">
        <xsl:call-template name="run">
          <xsl:with-param name="text" select="concat($label, ' ')"/>
          <xsl:with-param name="style" select="'Strong'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:copy-of select="$runs"/>
      <xsl:call-template name="run">
        <xsl:with-param name="text" select="$text"/>
        <xsl:with-param name="style" select="$run-style"/>
      </xsl:call-template>
    </text:p>
  </xsl:template>

  <xsl:template name="heading">
    <xsl:param name="level"/>
    <xsl:param name="text"/>
    <xsl:param name="mark" select="''"/>
    <text:h text:style-name="Heading_20_{$level}" text:outline-level="{$level}">
      <xsl:value-of select="$text"/>
    </text:h>
  </xsl:template>

  <xsl:template name="table">
    <xsl:param name="widths"/>
    <xsl:param name="head" select="1"/>
    <xsl:param name="rows"/>
    <xsl:param name="rows-of" select="/.."/>
    <table:table table:style-name="Table">
      <xsl:for-each select="str:tokenize($widths, ' ')">
        <table:table-column table:style-name="c{.}"/>
      </xsl:for-each>
      <xsl:copy-of select="$rows"/>
      <xsl:apply-templates select="$rows-of" mode="rows"/>
    </table:table>
  </xsl:template>

  <xsl:template name="row">
    <xsl:param name="cells"/>
    <xsl:param name="cells-of" select="/.."/>
    <xsl:param name="header" select="false()"/>
    <xsl:choose>
      <xsl:when test="$header">
        <table:table-header-rows>
          <table:table-row table:style-name="Row">
            <xsl:copy-of select="$cells"/>
          <xsl:apply-templates select="$cells-of" mode="cells"/>
          </table:table-row>
        </table:table-header-rows>
      </xsl:when>
      <xsl:otherwise>
        <table:table-row table:style-name="Row">
          <xsl:copy-of select="$cells"/>
          <xsl:apply-templates select="$cells-of" mode="cells"/>
        </table:table-row>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="cell">
    <xsl:param name="runs"/>
    <xsl:param name="text"/>
    <xsl:param name="style" select="'TableText'"/>
    <xsl:param name="run-style" select="''"/>
    <xsl:param name="span" select="1"/>
    <table:table-cell office:value-type="string">
      <xsl:attribute name="table:style-name">
        <xsl:choose>
          <xsl:when test="$style = 'TableHeading'">HeadCell</xsl:when>
          <xsl:otherwise>Cell</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:if test="$span &gt; 1">
        <xsl:attribute name="table:number-columns-spanned"><xsl:value-of select="$span"/></xsl:attribute>
      </xsl:if>
      <text:p text:style-name="{$style}">
        <xsl:copy-of select="$runs"/>
        <xsl:call-template name="run">
          <xsl:with-param name="text" select="$text"/>
          <xsl:with-param name="style" select="$run-style"/>
        </xsl:call-template>
      </text:p>
    </table:table-cell>
    <xsl:if test="$span &gt; 1">
      <table:covered-table-cell/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="list">
    <xsl:param name="numbered" select="false()"/>
    <xsl:param name="items"/>
    <xsl:param name="items-of" select="/.."/>
    <text:list>
      <xsl:attribute name="text:style-name">
        <xsl:choose>
          <xsl:when test="$numbered">Numbers</xsl:when>
          <xsl:otherwise>Bullets</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:copy-of select="$items"/>
      <xsl:apply-templates select="$items-of" mode="items"/>
    </text:list>
  </xsl:template>

  <xsl:template name="list-item">
    <xsl:param name="numbered" select="false()"/>
    <xsl:param name="runs"/>
    <xsl:param name="text"/>
    <text:list-item>
      <text:p text:style-name="List_20_Paragraph">
        <xsl:copy-of select="$runs"/>
        <xsl:call-template name="run">
          <xsl:with-param name="text" select="$text"/>
        </xsl:call-template>
      </text:p>
    </text:list-item>
  </xsl:template>

  <!-- A table of contents of outline levels 1 and 2, its entries already
       in place; Writer's Update rebuilds them with page numbers. -->
  <xsl:template name="toc">
    <xsl:param name="entries"/>
    <text:table-of-content text:name="Contents" text:protected="false">
      <text:table-of-content-source text:outline-level="2" text:use-index-marks="false">
        <text:index-title-template/>
        <xsl:for-each select="str:tokenize('1 2', ' ')">
          <text:table-of-content-entry-template text:outline-level="{.}" text:style-name="Contents_20_{.}">
            <text:index-entry-text/>
            <text:index-entry-tab-stop style:type="right" style:leader-char="."/>
            <text:index-entry-page-number/>
          </text:table-of-content-entry-template>
        </xsl:for-each>
      </text:table-of-content-source>
      <text:index-body>
        <xsl:copy-of select="$entries"/>
      </text:index-body>
    </text:table-of-content>
  </xsl:template>

  <xsl:template name="toc-entry">
    <xsl:param name="mark"/>
    <xsl:param name="text"/>
    <xsl:param name="level" select="1"/>
    <text:p text:style-name="Contents_20_{$level}">
      <xsl:value-of select="$text"/>
    </text:p>
  </xsl:template>

  <!-- The chart's bar column: 0.085 cm a point. -->
  <xsl:template name="bar-cell">
    <xsl:param name="self"/>
    <xsl:param name="final"/>
    <table:table-cell table:style-name="Cell" office:value-type="string">
      <xsl:call-template name="bar">
        <xsl:with-param name="v" select="$self"/>
        <xsl:with-param name="style" select="'BarSelf'"/>
      </xsl:call-template>
      <xsl:call-template name="bar">
        <xsl:with-param name="v" select="$final"/>
        <xsl:with-param name="style" select="'BarFinal'"/>
      </xsl:call-template>
    </table:table-cell>
  </xsl:template>

  <!-- One bar, as wide as the score; an empty line for 0 or n/a. -->
  <xsl:template name="bar">
    <xsl:param name="v"/>
    <xsl:param name="style"/>
    <text:p text:style-name="Bar">
      <xsl:if test="string(number($v)) != 'NaN' and number($v) &gt; 0">
        <draw:rect text:anchor-type="as-char" draw:style-name="{$style}" draw:z-index="0"
                   svg:width="{round($v * 85) div 1000}cm" svg:height="0.28cm"/>
      </xsl:if>
    </text:p>
  </xsl:template>

</xsl:stylesheet>
