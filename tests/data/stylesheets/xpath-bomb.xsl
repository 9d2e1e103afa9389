<?xml version="1.0"?>
<!-- Quartic XPath work: stopped by the operation limit. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <html><body><xsl:value-of select="count(//node()[count(//node()[count(//node()[count(//node()) &gt; 0]) &gt; 0]) &gt; 0])"/></body></html>
  </xsl:template>
</xsl:stylesheet>
