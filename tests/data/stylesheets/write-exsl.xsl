<?xml version="1.0"?>
<!-- Tries to write a file with exsl:document: must be refused. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:template match="/">
    <exsl:document href="@OUT@/written-by-exsl.txt" method="text">owned</exsl:document>
    <html><body>report</body></html>
  </xsl:template>
</xsl:stylesheet>
