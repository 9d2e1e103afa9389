<?xml version="1.0" encoding="UTF-8"?>
<!-- A package whose part names try to leave the container's root. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:pkg="urn:emscore:package">
  <xsl:param name="name" select="'../evil.xml'"/>
  <xsl:template match="/">
    <pkg:package>
      <pkg:part name="ok.xml"><ok/></pkg:part>
      <pkg:part name="{$name}"><evil/></pkg:part>
    </pkg:package>
  </xsl:template>
</xsl:stylesheet>
