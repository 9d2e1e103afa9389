<?xml version="1.0"?>
<!-- Tries to fetch a document over the network with document(). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <html><body><xsl:copy-of select="document('http://127.0.0.1:@PORT@/leak.xml')"/></body></html>
  </xsl:template>
</xsl:stylesheet>
