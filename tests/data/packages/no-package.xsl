<?xml version="1.0" encoding="UTF-8"?>
<!-- A docx stylesheet whose output is no package of parts. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <document>not a package</document>
  </xsl:template>
</xsl:stylesheet>
