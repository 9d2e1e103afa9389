<?xml version="1.0" encoding="UTF-8"?>
<!-- A package part with two root elements cannot be an XML part. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:pkg="urn:emscore:package">
  <xsl:template match="/">
    <pkg:package>
      <pkg:part name="a.xml"><one/><two/></pkg:part>
    </pkg:package>
  </xsl:template>
</xsl:stylesheet>
