<?xml version="1.0" encoding="UTF-8"?>
<!--
  The peer-review report of a results document as an OpenDocument text
  (ODT). The output is one <package xmlns="urn:emscore:package"> whose
  <part> elements emscore serialises and packs, in this order, into the
  ZIP container: the mimetype first and stored, as ODF requires, then the
  manifest, meta.xml, styles.xml (styles.xsl) and content.xml (content.xsl).
  The chapters and their words are office.xsl's, shared with the DOCX report.

  Parameters: lang (set by emscore), marking, top-recommendations (see
  office.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:pkg="urn:emscore:package"
                xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
                xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
                xmlns:dc="http://purl.org/dc/elements/1.1/">

  <xsl:import href="../office.xsl"/>
  <xsl:include href="content.xsl"/>
  <xsl:include href="styles.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="mimetype" select="'application/vnd.oasis.opendocument.text'"/>

  <xsl:template match="/">
    <pkg:package>
      <pkg:part name="mimetype" method="stored"><xsl:value-of select="$mimetype"/></pkg:part>
      <pkg:part name="META-INF/manifest.xml">
        <manifest:manifest manifest:version="1.2">
          <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{$mimetype}"/>
          <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
          <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
          <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
      </pkg:part>
      <pkg:part name="meta.xml">
        <office:document-meta office:version="1.2">
          <office:meta>
            <meta:generator><xsl:value-of select="$r/@generator"/></meta:generator>
            <dc:title><xsl:value-of select="$doc-title"/></dc:title>
            <dc:language><xsl:value-of select="$lang"/></dc:language>
          </office:meta>
        </office:document-meta>
      </pkg:part>
      <pkg:part name="styles.xml">
        <xsl:call-template name="styles"/>
      </pkg:part>
      <pkg:part name="content.xml">
        <xsl:call-template name="content"/>
      </pkg:part>
    </pkg:package>
  </xsl:template>

</xsl:stylesheet>
