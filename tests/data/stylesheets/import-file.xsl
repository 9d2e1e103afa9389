<?xml version="1.0"?>
<!-- Tries to include a file outside the data folder. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="file:///etc/passwd"/>
  <xsl:template match="/"><html><body>report</body></html></xsl:template>
</xsl:stylesheet>
