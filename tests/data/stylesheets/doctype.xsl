<?xml version="1.0"?>
<!DOCTYPE xsl:stylesheet [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
<!-- An external entity in the stylesheet itself: refused at the DOCTYPE. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/"><html><body>&leak;</body></html></xsl:template>
</xsl:stylesheet>
