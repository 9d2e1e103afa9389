<?xml version="1.0"?>
<!-- A harmless user stylesheet: a one-line text summary, with a parameter
     and a message on the way. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1">
  <xsl:output method="text"/>
  <xsl:param name="prefix" select="'score'"/>
  <xsl:template match="/e:results">
    <xsl:message>custom report of <xsl:value-of select="@agency"/></xsl:message>
    <xsl:value-of select="concat($prefix, ' ', @agency, ' ', e:overall/@final, '&#10;')"/>
  </xsl:template>
</xsl:stylesheet>
