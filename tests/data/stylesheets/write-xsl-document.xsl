<?xml version="1.0"?>
<!-- Tries to write a file with XSLT 1.1's xsl:document: must be refused. -->
<xsl:stylesheet version="1.1" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <xsl:document href="@OUT@/written-by-xsl-document.txt" method="text">owned</xsl:document>
    <html><body>report</body></html>
  </xsl:template>
</xsl:stylesheet>
