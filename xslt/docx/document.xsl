<?xml version="1.0" encoding="UTF-8"?>
<!--
  word/document.xml of the DOCX report: office.xsl's chapters in
  WordprocessingML. Headings use the styles Heading 1 to 4 (navigation
  pane, table of contents); tables have header rows that repeat on every
  page and rows that do not split; the chart's bars are shaded cells.
  A4 with the margins of the HTML's print layout; right to left (bidi)
  for a right-to-left catalogue.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="str">

  <xsl:template name="document">
    <w:document>
      <w:body>
        <xsl:call-template name="report-body"/>
        <w:sectPr>
          <w:headerReference w:type="default" r:id="rId4"/>
          <w:footerReference w:type="default" r:id="rId5"/>
          <w:pgSz w:w="11906" w:h="16838"/>
          <w:pgMar w:top="1247" w:right="964" w:bottom="1134" w:left="964"
                   w:header="567" w:footer="567" w:gutter="0"/>
          <xsl:if test="$dir = 'rtl'">
            <w:bidi/>
          </xsl:if>
        </w:sectPr>
      </w:body>
    </w:document>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- The blocks of office.xsl                                      -->
  <!-- ============================================================ -->

  <xsl:template name="run">
    <xsl:param name="text"/>
    <xsl:param name="style" select="''"/>
    <xsl:if test="string($text) != ''">
      <w:r>
        <xsl:if test="$style != ''">
          <w:rPr><w:rStyle w:val="{$style}"/></w:rPr>
        </xsl:if>
        <w:t xml:space="preserve"><xsl:value-of select="$text"/></w:t>
      </w:r>
    </xsl:if>
  </xsl:template>

  <xsl:template name="tab">
    <w:r><w:tab/></w:r>
  </xsl:template>

  <xsl:template name="page-field">
    <xsl:param name="kind"/>
    <w:fldSimple>
      <xsl:attribute name="w:instr">
        <xsl:choose>
          <xsl:when test="$kind = 'page'"> PAGE </xsl:when>
          <xsl:otherwise> NUMPAGES </xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <w:r><w:t>1</w:t></w:r>
    </w:fldSimple>
  </xsl:template>

  <xsl:template name="para">
    <xsl:param name="style" select="''"/>
    <xsl:param name="runs"/>
    <xsl:param name="text"/>
    <xsl:param name="run-style" select="''"/>
    <xsl:param name="label" select="/.."/>
    <w:p>
      <xsl:if test="$style != ''">
        <w:pPr><w:pStyle w:val="{$style}"/></w:pPr>
      </xsl:if>
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
    </w:p>
  </xsl:template>

  <!-- A heading, bookmarked when the table of contents links to it. -->
  <xsl:template name="heading">
    <xsl:param name="level"/>
    <xsl:param name="text"/>
    <xsl:param name="mark" select="''"/>
    <w:p>
      <w:pPr><w:pStyle w:val="Heading{$level}"/></w:pPr>
      <xsl:if test="$mark != ''">
        <w:bookmarkStart w:id="{$mark}" w:name="_Toc{$mark}"/>
      </xsl:if>
      <xsl:call-template name="run">
        <xsl:with-param name="text" select="$text"/>
      </xsl:call-template>
      <xsl:if test="$mark != ''">
        <w:bookmarkEnd w:id="{$mark}"/>
      </xsl:if>
    </w:p>
  </xsl:template>

  <xsl:template name="table">
    <xsl:param name="widths"/>
    <xsl:param name="head" select="1"/>
    <xsl:param name="rows"/>
    <xsl:param name="rows-of" select="/.."/>
    <w:tbl>
      <w:tblPr>
        <w:tblStyle w:val="ReportTable"/>
        <xsl:if test="$dir = 'rtl'">
          <w:bidiVisual/>
        </xsl:if>
        <w:tblW w:w="5000" w:type="pct"/>
        <w:tblLayout w:type="fixed"/>
        <w:tblLook w:firstRow="{$head}" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>
      </w:tblPr>
      <w:tblGrid>
        <xsl:for-each select="str:tokenize($widths, ' ')">
          <w:gridCol w:w="{.}"/>
        </xsl:for-each>
      </w:tblGrid>
      <xsl:copy-of select="$rows"/>
      <xsl:apply-templates select="$rows-of" mode="rows"/>
    </w:tbl>
  </xsl:template>

  <xsl:template name="row">
    <xsl:param name="cells"/>
    <xsl:param name="cells-of" select="/.."/>
    <xsl:param name="header" select="false()"/>
    <w:tr>
      <w:trPr>
        <w:cantSplit/>
        <xsl:if test="$header"><w:tblHeader/></xsl:if>
      </w:trPr>
      <xsl:copy-of select="$cells"/>
      <xsl:apply-templates select="$cells-of" mode="cells"/>
    </w:tr>
  </xsl:template>

  <xsl:template name="cell">
    <xsl:param name="runs"/>
    <xsl:param name="text"/>
    <xsl:param name="style" select="'TableText'"/>
    <xsl:param name="run-style" select="''"/>
    <xsl:param name="span" select="1"/>
    <w:tc>
      <xsl:if test="$span &gt; 1">
        <w:tcPr><w:gridSpan w:val="{$span}"/></w:tcPr>
      </xsl:if>
      <w:p>
        <w:pPr><w:pStyle w:val="{$style}"/></w:pPr>
        <xsl:copy-of select="$runs"/>
        <xsl:call-template name="run">
          <xsl:with-param name="text" select="$text"/>
          <xsl:with-param name="style" select="$run-style"/>
        </xsl:call-template>
      </w:p>
    </w:tc>
  </xsl:template>

  <!-- Items are paragraphs of numbering 1 (bullets) or 2 (numbers). -->
  <xsl:template name="list">
    <xsl:param name="numbered" select="false()"/>
    <xsl:param name="items"/>
    <xsl:param name="items-of" select="/.."/>
    <xsl:copy-of select="$items"/>
    <xsl:apply-templates select="$items-of" mode="items"/>
  </xsl:template>

  <xsl:template name="list-item">
    <xsl:param name="numbered" select="false()"/>
    <xsl:param name="runs"/>
    <xsl:param name="text"/>
    <w:p>
      <w:pPr>
        <w:pStyle w:val="ListParagraph"/>
        <w:numPr><w:ilvl w:val="0"/><w:numId w:val="{1 + number($numbered)}"/></w:numPr>
      </w:pPr>
      <xsl:copy-of select="$runs"/>
      <xsl:call-template name="run">
        <xsl:with-param name="text" select="$text"/>
      </xsl:call-template>
    </w:p>
  </xsl:template>

  <!-- The TOC field, its result already in place: Word updates it with
       F9, Writer with Update. -->
  <xsl:template name="toc">
    <xsl:param name="entries"/>
    <w:p>
      <w:pPr><w:pStyle w:val="TOC1"/></w:pPr>
      <w:r><w:fldChar w:fldCharType="begin"/></w:r>
      <w:r><w:instrText xml:space="preserve"> TOC \o "1-2" \h \z \u </w:instrText></w:r>
      <w:r><w:fldChar w:fldCharType="separate"/></w:r>
    </w:p>
    <xsl:copy-of select="$entries"/>
    <w:p>
      <w:pPr><w:pStyle w:val="TOC1"/></w:pPr>
      <w:r><w:fldChar w:fldCharType="end"/></w:r>
    </w:p>
  </xsl:template>

  <xsl:template name="toc-entry">
    <xsl:param name="mark"/>
    <xsl:param name="text"/>
    <xsl:param name="level" select="1"/>
    <w:p>
      <w:pPr><w:pStyle w:val="TOC{$level}"/></w:pPr>
      <w:hyperlink w:anchor="_Toc{$mark}" w:history="1">
        <xsl:call-template name="run">
          <xsl:with-param name="text" select="$text"/>
        </xsl:call-template>
      </w:hyperlink>
    </w:p>
  </xsl:template>

  <!-- The chart's bar column: 5200 twips, 50 a point. -->
  <xsl:template name="bar-cell">
    <xsl:param name="self"/>
    <xsl:param name="final"/>
    <w:tc>
      <xsl:call-template name="bar">
        <xsl:with-param name="v" select="$self"/>
        <xsl:with-param name="kind" select="'self'"/>
      </xsl:call-template>
      <xsl:call-template name="bar">
        <xsl:with-param name="v" select="$final"/>
        <xsl:with-param name="kind" select="'final'"/>
      </xsl:call-template>
      <w:p><w:pPr><w:pStyle w:val="Bar"/></w:pPr></w:p>
    </w:tc>
  </xsl:template>

  <!-- One bar: a one-cell table as wide as the score, solid for the final
       score, hatched for the self-assessment; none for 0 or n/a. -->
  <xsl:template name="bar">
    <xsl:param name="v"/>
    <xsl:param name="kind"/>
    <xsl:if test="string(number($v)) != 'NaN' and number($v) &gt; 0">
      <w:tbl>
        <w:tblPr>
          <xsl:if test="$dir = 'rtl'"><w:bidiVisual/></xsl:if>
          <w:tblW w:w="{round($v * 50)}" w:type="dxa"/>
          <w:tblLayout w:type="fixed"/>
          <w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>
        </w:tblPr>
        <w:tblGrid><w:gridCol w:w="{round($v * 50)}"/></w:tblGrid>
        <w:tr>
          <w:trPr><w:trHeight w:val="170" w:hRule="exact"/></w:trPr>
          <w:tc>
            <w:tcPr>
              <w:tcW w:w="{round($v * 50)}" w:type="dxa"/>
              <xsl:choose>
                <xsl:when test="$kind = 'final'">
                  <w:shd w:val="clear" w:color="auto" w:fill="0B5C8E"/>
                </xsl:when>
                <xsl:otherwise>
                  <w:tcBorders>
                    <w:top w:val="single" w:sz="4" w:color="0B5C8E"/>
                    <w:left w:val="single" w:sz="4" w:color="0B5C8E"/>
                    <w:bottom w:val="single" w:sz="4" w:color="0B5C8E"/>
                    <w:right w:val="single" w:sz="4" w:color="0B5C8E"/>
                  </w:tcBorders>
                  <w:shd w:val="diagStripe" w:color="0B5C8E" w:fill="FFFFFF"/>
                </xsl:otherwise>
              </xsl:choose>
            </w:tcPr>
            <w:p><w:pPr><w:pStyle w:val="Bar"/></w:pPr></w:p>
          </w:tc>
        </w:tr>
      </w:tbl>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
