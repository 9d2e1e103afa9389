<?xml version="1.0"?>
<!-- Tries to write a file, and create a folder, with saxon:output: must be refused. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:saxon="http://icl.com/saxon" extension-element-prefixes="saxon">
  <xsl:template match="/">
    <saxon:output href="@OUT@/new-folder/written-by-saxon.txt" method="text">owned</saxon:output>
    <html><body>report</body></html>
  </xsl:template>
</xsl:stylesheet>
