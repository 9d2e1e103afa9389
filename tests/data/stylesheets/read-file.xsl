<?xml version="1.0"?>
<!-- Tries to read a file outside the data folder with document(). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <html><body><xsl:copy-of select="document('/etc/passwd')"/></body></html>
  </xsl:template>
</xsl:stylesheet>
