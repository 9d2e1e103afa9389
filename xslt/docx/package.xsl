<?xml version="1.0" encoding="UTF-8"?>
<!--
  The peer-review report of a results document as an Office Open XML
  word-processing document (DOCX). The output is one
  <package xmlns="urn:emscore:package"> whose <part> elements emscore
  serialises and packs, in this order, into the ZIP container. This module
  makes the package's own parts; document.xml and styles.xml come from the
  modules included below; the words are those of office.xsl (shared with
  the ODT report) and common.xsl (shared with the HTML report).

  Parameters: lang (set by emscore), marking (a line such as "DRAFT" on the
  cover and in every page header), top-recommendations (how many the
  executive summary lists; default 10).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:pkg="urn:emscore:package"
                xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                exclude-result-prefixes="e">

  <xsl:import href="../office.xsl"/>
  <xsl:include href="document.xsl"/>
  <xsl:include href="styles.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="ct" select="'application/vnd.openxmlformats-officedocument.wordprocessingml.'"/>
  <xsl:variable name="rel" select="'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'"/>

  <xsl:template match="/">
    <pkg:package>
      <pkg:part name="[Content_Types].xml">
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="{$ct}document.main+xml"/>
          <Override PartName="/word/styles.xml" ContentType="{$ct}styles+xml"/>
          <Override PartName="/word/numbering.xml" ContentType="{$ct}numbering+xml"/>
          <Override PartName="/word/settings.xml" ContentType="{$ct}settings+xml"/>
          <Override PartName="/word/header1.xml" ContentType="{$ct}header+xml"/>
          <Override PartName="/word/footer1.xml" ContentType="{$ct}footer+xml"/>
          <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
        </Types>
      </pkg:part>
      <pkg:part name="_rels/.rels">
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="{$rel}officeDocument" Target="word/document.xml"/>
          <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
        </Relationships>
      </pkg:part>
      <pkg:part name="docProps/core.xml">
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
                           xmlns:dc="http://purl.org/dc/elements/1.1/">
          <dc:title><xsl:value-of select="$doc-title"/></dc:title>
          <dc:creator><xsl:value-of select="$r/@generator"/></dc:creator>
          <dc:language><xsl:value-of select="$lang"/></dc:language>
        </cp:coreProperties>
      </pkg:part>
      <pkg:part name="word/_rels/document.xml.rels">
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="{$rel}styles" Target="styles.xml"/>
          <Relationship Id="rId2" Type="{$rel}numbering" Target="numbering.xml"/>
          <Relationship Id="rId3" Type="{$rel}settings" Target="settings.xml"/>
          <Relationship Id="rId4" Type="{$rel}header" Target="header1.xml"/>
          <Relationship Id="rId5" Type="{$rel}footer" Target="footer1.xml"/>
        </Relationships>
      </pkg:part>
      <pkg:part name="word/document.xml">
        <xsl:call-template name="document"/>
      </pkg:part>
      <pkg:part name="word/styles.xml">
        <xsl:call-template name="styles"/>
      </pkg:part>
      <pkg:part name="word/numbering.xml">
        <xsl:call-template name="numbering"/>
      </pkg:part>
      <pkg:part name="word/settings.xml">
        <w:settings>
          <w:defaultTabStop w:val="709"/>
          <w:characterSpacingControl w:val="doNotCompress"/>
          <w:compat>
            <w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>
          </w:compat>
        </w:settings>
      </pkg:part>
      <pkg:part name="word/header1.xml">
        <w:hdr>
          <w:p>
            <w:pPr>
              <w:pStyle w:val="Header"/>
            </w:pPr>
            <xsl:call-template name="running-header"/>
          </w:p>
        </w:hdr>
      </pkg:part>
      <pkg:part name="word/footer1.xml">
        <w:ftr>
          <w:p>
            <w:pPr>
              <w:pStyle w:val="Footer"/>
            </w:pPr>
            <xsl:call-template name="page-of-pages"/>
          </w:p>
        </w:ftr>
      </pkg:part>
    </pkg:package>
  </xsl:template>

  <!-- Bullets (num 1) and the numbered list of recommendations (num 2);
       indents on the start side, so they mirror in right-to-left text. -->
  <xsl:template name="numbering">
    <w:numbering>
      <w:abstractNum w:abstractNumId="0">
        <w:multiLevelType w:val="singleLevel"/>
        <w:lvl w:ilvl="0">
          <w:start w:val="1"/>
          <w:numFmt w:val="bullet"/>
          <w:lvlText w:val="•"/>
          <w:lvlJc w:val="left"/>
          <w:pPr><w:ind w:left="357" w:hanging="357"/></w:pPr>
        </w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:multiLevelType w:val="singleLevel"/>
        <w:lvl w:ilvl="0">
          <w:start w:val="1"/>
          <w:numFmt w:val="decimal"/>
          <w:lvlText w:val="%1."/>
          <w:lvlJc w:val="left"/>
          <w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>
        </w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    </w:numbering>
  </xsl:template>

</xsl:stylesheet>
