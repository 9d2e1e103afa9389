<?xml version="1.0" encoding="UTF-8"?>
<!--
  word/styles.xml of the DOCX report: the colours and type of the HTML
  report as named styles, so the secretariat restyles the whole document
  at once. Headings carry outline levels (navigation pane, table of
  contents); statuses and priorities are character styles whose words,
  not colours alone, carry the meaning. The document's language, and
  right to left for a right-to-left catalogue, are set on every style
  through the defaults and Normal.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">

  <xsl:template name="styles">
    <w:styles>
      <w:docDefaults>
        <w:rPrDefault>
          <w:rPr>
            <w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Microsoft YaHei"/>
            <w:color w:val="1C2733"/>
            <w:sz w:val="20"/>
            <w:szCs w:val="20"/>
            <w:lang w:val="{$lang}" w:eastAsia="{$lang}" w:bidi="{$lang}"/>
          </w:rPr>
        </w:rPrDefault>
        <w:pPrDefault>
          <w:pPr>
            <w:spacing w:after="120" w:line="264" w:lineRule="auto"/>
          </w:pPr>
        </w:pPrDefault>
      </w:docDefaults>

      <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
        <w:name w:val="Normal"/>
        <w:qFormat/>
        <xsl:if test="$dir = 'rtl'">
          <w:pPr><w:bidi/></w:pPr>
          <w:rPr><w:rtl/></w:rPr>
        </xsl:if>
      </w:style>
      <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
        <w:name w:val="Default Paragraph Font"/>
        <w:uiPriority w:val="1"/>
        <w:semiHidden/>
      </w:style>
      <w:style w:type="table" w:default="1" w:styleId="TableNormal">
        <w:name w:val="Normal Table"/>
        <w:semiHidden/>
        <w:tblPr>
          <w:tblInd w:w="0" w:type="dxa"/>
          <w:tblCellMar>
            <w:top w:w="0" w:type="dxa"/>
            <w:left w:w="108" w:type="dxa"/>
            <w:bottom w:w="0" w:type="dxa"/>
            <w:right w:w="108" w:type="dxa"/>
          </w:tblCellMar>
        </w:tblPr>
      </w:style>

      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'Title'"/>
        <xsl:with-param name="name" select="'Title'"/>
        <xsl:with-param name="ppr"><w:spacing w:before="1200" w:after="240"/></xsl:with-param>
        <xsl:with-param name="rpr"><w:b/><w:bCs/><w:color w:val="0B5C8E"/><w:sz w:val="52"/><w:szCs w:val="52"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'Subtitle'"/>
        <xsl:with-param name="name" select="'Subtitle'"/>
        <xsl:with-param name="rpr"><w:color w:val="56636F"/><w:sz w:val="24"/><w:szCs w:val="24"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'CoverAgency'"/>
        <xsl:with-param name="name" select="'Cover Agency'"/>
        <xsl:with-param name="rpr"><w:b/><w:bCs/><w:color w:val="009EDB"/><w:sz w:val="44"/><w:szCs w:val="44"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="heading-style">
        <xsl:with-param name="level" select="1"/>
        <xsl:with-param name="size" select="34"/>
        <xsl:with-param name="ppr">
          <w:pageBreakBefore/>
          <w:pBdr><w:bottom w:val="single" w:sz="12" w:space="4" w:color="0B5C8E"/></w:pBdr>
          <w:spacing w:before="0" w:after="240"/>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="heading-style">
        <xsl:with-param name="level" select="2"/>
        <xsl:with-param name="size" select="26"/>
        <xsl:with-param name="ppr"><w:spacing w:before="360" w:after="120"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="heading-style">
        <xsl:with-param name="level" select="3"/>
        <xsl:with-param name="size" select="23"/>
        <xsl:with-param name="ppr"><w:spacing w:before="280" w:after="100"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="heading-style">
        <xsl:with-param name="level" select="4"/>
        <xsl:with-param name="size" select="22"/>
        <xsl:with-param name="color" select="'1C2733'"/>
        <xsl:with-param name="ppr">
          <w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="C9D2DA"/></w:pBdr>
          <w:spacing w:before="240" w:after="60"/>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="heading-style">
        <xsl:with-param name="level" select="5"/>
        <xsl:with-param name="size" select="20"/>
        <xsl:with-param name="color" select="'56636F'"/>
        <xsl:with-param name="ppr"><w:spacing w:before="120" w:after="40"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'TOCHeading'"/>
        <xsl:with-param name="name" select="'TOC Heading'"/>
        <xsl:with-param name="ppr"><w:keepNext/><w:pageBreakBefore/><w:spacing w:after="240"/></xsl:with-param>
        <xsl:with-param name="rpr"><w:b/><w:bCs/><w:color w:val="0B5C8E"/><w:sz w:val="34"/><w:szCs w:val="34"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'TOC1'"/>
        <xsl:with-param name="name" select="'toc 1'"/>
        <xsl:with-param name="ppr"><w:spacing w:before="120" w:after="40"/></xsl:with-param>
        <xsl:with-param name="rpr"><w:b/><w:bCs/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'TOC2'"/>
        <xsl:with-param name="name" select="'toc 2'"/>
        <xsl:with-param name="ppr"><w:spacing w:after="40"/><w:ind w:left="425"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'Lead'"/>
        <xsl:with-param name="name" select="'Lead'"/>
        <xsl:with-param name="ppr"><w:spacing w:before="240"/></xsl:with-param>
        <xsl:with-param name="rpr"><w:sz w:val="23"/><w:szCs w:val="23"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'Small'"/>
        <xsl:with-param name="name" select="'Small'"/>
        <xsl:with-param name="rpr"><w:color w:val="56636F"/><w:sz w:val="18"/><w:szCs w:val="18"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'Label'"/>
        <xsl:with-param name="name" select="'Label'"/>
        <xsl:with-param name="ppr"><w:keepNext/><w:spacing w:after="40"/></xsl:with-param>
        <xsl:with-param name="rpr"><w:b/><w:bCs/><w:sz w:val="18"/><w:szCs w:val="18"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'Callout'"/>
        <xsl:with-param name="name" select="'Callout'"/>
        <xsl:with-param name="ppr">
          <w:pBdr><w:left w:val="single" w:sz="24" w:space="6" w:color="A4262C"/></w:pBdr>
          <w:shd w:val="clear" w:color="auto" w:fill="FBE9EA"/>
          <w:ind w:left="170"/>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'Guidance'"/>
        <xsl:with-param name="name" select="'Guidance'"/>
        <xsl:with-param name="ppr">
          <w:pBdr><w:left w:val="single" w:sz="24" w:space="6" w:color="0B5C8E"/></w:pBdr>
          <w:shd w:val="clear" w:color="auto" w:fill="EEF2F5"/>
          <w:ind w:left="170"/>
        </xsl:with-param>
        <xsl:with-param name="rpr"><w:sz w:val="18"/><w:szCs w:val="18"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'Caption'"/>
        <xsl:with-param name="name" select="'caption'"/>
        <xsl:with-param name="rpr"><w:i/><w:iCs/><w:color w:val="56636F"/><w:sz w:val="18"/><w:szCs w:val="18"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'ListParagraph'"/>
        <xsl:with-param name="name" select="'List Paragraph'"/>
        <xsl:with-param name="ppr"><w:spacing w:after="60"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'TableText'"/>
        <xsl:with-param name="name" select="'Table Text'"/>
        <xsl:with-param name="ppr"><w:spacing w:before="30" w:after="30" w:line="240" w:lineRule="auto"/></xsl:with-param>
        <xsl:with-param name="rpr"><w:sz w:val="18"/><w:szCs w:val="18"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'TableHeading'"/>
        <xsl:with-param name="name" select="'Table Heading'"/>
        <xsl:with-param name="based-on" select="'TableText'"/>
        <xsl:with-param name="ppr"><w:keepNext/></xsl:with-param>
        <xsl:with-param name="rpr"><w:b/><w:bCs/><w:sz w:val="17"/><w:szCs w:val="17"/></xsl:with-param>
      </xsl:call-template>
      <!-- Numbers at the end of their cell: "right" is the end side in a
           right-to-left paragraph too. -->
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'TableNumber'"/>
        <xsl:with-param name="name" select="'Table Number'"/>
        <xsl:with-param name="based-on" select="'TableText'"/>
        <xsl:with-param name="ppr"><w:jc w:val="right"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'Bar'"/>
        <xsl:with-param name="name" select="'Chart Bar'"/>
        <xsl:with-param name="ppr"><w:spacing w:before="0" w:after="0" w:line="120" w:lineRule="exact"/></xsl:with-param>
        <xsl:with-param name="rpr"><w:sz w:val="4"/><w:szCs w:val="4"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'Header'"/>
        <xsl:with-param name="name" select="'header'"/>
        <xsl:with-param name="ppr"><w:tabs><w:tab w:val="right" w:pos="9978"/></w:tabs><w:spacing w:after="0"/></xsl:with-param>
        <xsl:with-param name="rpr"><w:color w:val="4A5A6A"/><w:sz w:val="16"/><w:szCs w:val="16"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="paragraph-style">
        <xsl:with-param name="id" select="'Footer'"/>
        <xsl:with-param name="name" select="'footer'"/>
        <xsl:with-param name="ppr"><w:spacing w:after="0"/><w:jc w:val="right"/></xsl:with-param>
        <xsl:with-param name="rpr"><w:color w:val="4A5A6A"/><w:sz w:val="16"/><w:szCs w:val="16"/></xsl:with-param>
      </xsl:call-template>

      <xsl:call-template name="character-style">
        <xsl:with-param name="id" select="'Strong'"/>
        <xsl:with-param name="rpr"><w:b/><w:bCs/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="character-style">
        <xsl:with-param name="id" select="'Muted'"/>
        <xsl:with-param name="rpr"><w:color w:val="56636F"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="character-style">
        <xsl:with-param name="id" select="'Id'"/>
        <xsl:with-param name="rpr"><w:b/><w:bCs/><w:color w:val="0B5C8E"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="character-style">
        <xsl:with-param name="id" select="'Marking'"/>
        <xsl:with-param name="rpr"><w:b/><w:bCs/><w:caps/><w:color w:val="9B1C1C"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="character-style">
        <xsl:with-param name="id" select="'Flag'"/>
        <xsl:with-param name="rpr"><w:b/><w:bCs/><w:sz w:val="15"/><w:szCs w:val="15"/><w:shd w:val="clear" w:color="auto" w:fill="EEF2F5"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="character-style">
        <xsl:with-param name="id" select="'Reference'"/>
        <xsl:with-param name="rpr"><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/><w:color w:val="56636F"/><w:sz w:val="17"/><w:szCs w:val="17"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="character-style">
        <xsl:with-param name="id" select="'Status-achieved'"/>
        <xsl:with-param name="rpr"><w:b/><w:bCs/><w:color w:val="1E6B34"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="character-style">
        <xsl:with-param name="id" select="'Status-partial'"/>
        <xsl:with-param name="rpr"><w:b/><w:bCs/><w:color w:val="8A5A00"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="character-style">
        <xsl:with-param name="id" select="'Status-not-started'"/>
        <xsl:with-param name="rpr"><w:b/><w:bCs/><w:color w:val="A4262C"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="character-style">
        <xsl:with-param name="id" select="'Status-na'"/>
        <xsl:with-param name="rpr"><w:color w:val="5F6B76"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="character-style">
        <xsl:with-param name="id" select="'Status-missing'"/>
        <xsl:with-param name="rpr"><w:i/><w:iCs/><w:color w:val="5F6B76"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="character-style">
        <xsl:with-param name="id" select="'Priority-high'"/>
        <xsl:with-param name="rpr"><w:b/><w:bCs/><w:color w:val="FFFFFF"/><w:shd w:val="clear" w:color="auto" w:fill="A4262C"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="character-style">
        <xsl:with-param name="id" select="'Priority-medium'"/>
        <xsl:with-param name="rpr"><w:b/><w:bCs/><w:color w:val="8A5A00"/><w:bdr w:val="single" w:sz="8" w:space="0" w:color="8A5A00"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="character-style">
        <xsl:with-param name="id" select="'Priority-low'"/>
        <xsl:with-param name="rpr"><w:color w:val="5F6B76"/><w:bdr w:val="dashed" w:sz="4" w:space="0" w:color="5F6B76"/></xsl:with-param>
      </xsl:call-template>

      <!-- Rules between rows, the header row shaded over an accent line. -->
      <w:style w:type="table" w:styleId="ReportTable">
        <w:name w:val="Report Table"/>
        <w:basedOn w:val="TableNormal"/>
        <w:pPr><w:spacing w:after="0"/></w:pPr>
        <w:tblPr>
          <w:tblBorders>
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="C9D2DA"/>
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="C9D2DA"/>
          </w:tblBorders>
          <w:tblCellMar>
            <w:top w:w="40" w:type="dxa"/>
            <w:left w:w="100" w:type="dxa"/>
            <w:bottom w:w="40" w:type="dxa"/>
            <w:right w:w="100" w:type="dxa"/>
          </w:tblCellMar>
        </w:tblPr>
        <w:tblStylePr w:type="firstRow">
          <w:tcPr>
            <w:tcBorders><w:bottom w:val="single" w:sz="12" w:space="0" w:color="0B5C8E"/></w:tcBorders>
            <w:shd w:val="clear" w:color="auto" w:fill="EEF2F5"/>
          </w:tcPr>
        </w:tblStylePr>
      </w:style>
    </w:styles>
  </xsl:template>

  <xsl:template name="paragraph-style">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="based-on" select="'Normal'"/>
    <xsl:param name="ppr"/>
    <xsl:param name="rpr"/>
    <w:style w:type="paragraph" w:styleId="{$id}">
      <w:name w:val="{$name}"/>
      <w:basedOn w:val="{$based-on}"/>
      <w:qFormat/>
      <w:pPr><xsl:copy-of select="$ppr"/></w:pPr>
      <w:rPr><xsl:copy-of select="$rpr"/></w:rPr>
    </w:style>
  </xsl:template>

  <xsl:template name="heading-style">
    <xsl:param name="level"/>
    <xsl:param name="size"/>
    <xsl:param name="color" select="'0B5C8E'"/>
    <xsl:param name="ppr"/>
    <w:style w:type="paragraph" w:styleId="Heading{$level}">
      <w:name w:val="heading {$level}"/>
      <w:basedOn w:val="Normal"/>
      <w:next w:val="Normal"/>
      <w:uiPriority w:val="9"/>
      <w:qFormat/>
      <w:pPr>
        <w:keepNext/>
        <w:keepLines/>
        <xsl:copy-of select="$ppr"/>
        <w:outlineLvl w:val="{$level - 1}"/>
      </w:pPr>
      <w:rPr>
        <w:b/><w:bCs/>
        <w:color w:val="{$color}"/>
        <w:sz w:val="{$size}"/><w:szCs w:val="{$size}"/>
      </w:rPr>
    </w:style>
  </xsl:template>

  <xsl:template name="character-style">
    <xsl:param name="id"/>
    <xsl:param name="rpr"/>
    <w:style w:type="character" w:styleId="{$id}">
      <w:name w:val="{$id}"/>
      <w:basedOn w:val="DefaultParagraphFont"/>
      <w:rPr><xsl:copy-of select="$rpr"/></w:rPr>
    </w:style>
  </xsl:template>

</xsl:stylesheet>
