<?xml version="1.0"?>
<!-- Tries to import a stylesheet over the network. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="http://127.0.0.1:@PORT@/evil.xsl"/>
  <xsl:template match="/"><html><body>report</body></html></xsl:template>
</xsl:stylesheet>
