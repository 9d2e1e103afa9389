<?xml version="1.0"?>
<!-- dyn:evaluate is not available: the stylesheet fails. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:dyn="http://exslt.org/dynamic">
  <xsl:template match="/">
    <html><body><xsl:value-of select="dyn:evaluate('1 + 1')"/></body></html>
  </xsl:template>
</xsl:stylesheet>
