<?xml version="1.0" encoding="UTF-8"?>
<!--
  The JSON report's members: strings, numbers, booleans, texts with
  their language, lists; each with its leading comma.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ,"name":"value" (no comma when first is set). -->
  <xsl:template name="member">
    <xsl:param name="name"/>
    <xsl:param name="value"/>
    <xsl:param name="first" select="false()"/>
    <xsl:if test="not($first)">,</xsl:if>
    <xsl:call-template name="json-string"><xsl:with-param name="s" select="$name"/></xsl:call-template>
    <xsl:text>:</xsl:text>
    <xsl:call-template name="json-string"><xsl:with-param name="s" select="$value"/></xsl:call-template>
  </xsl:template>

  <!-- A member for an attribute that may be absent: null then. -->
  <xsl:template name="attr-member">
    <xsl:param name="name"/>
    <xsl:param name="attr"/>
    <xsl:value-of select="concat(',&quot;', $name, '&quot;:')"/>
    <xsl:choose>
      <xsl:when test="$attr">
        <xsl:call-template name="json-string"><xsl:with-param name="s" select="$attr"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>null</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A number: scores as written ("55.00"), others through number() so
       that any xs:decimal spelling ("+1", ".5") becomes valid JSON; null
       for "na" and for an absent value. -->
  <xsl:template name="number-member">
    <xsl:param name="name"/>
    <xsl:param name="v"/>
    <xsl:param name="score" select="false()"/>
    <xsl:value-of select="concat(',&quot;', $name, '&quot;:')"/>
    <xsl:choose>
      <xsl:when test="not($v) or string($v) = 'na'">null</xsl:when>
      <xsl:when test="$score"><xsl:value-of select="$v"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="number($v)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="bool-member">
    <xsl:param name="name"/>
    <xsl:param name="v"/>
    <xsl:value-of select="concat(',&quot;', $name, '&quot;:')"/>
    <xsl:choose>
      <xsl:when test="$v = 'true' or $v = '1'">true</xsl:when>
      <xsl:otherwise>false</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A free text member (null when the element is absent), and
       NAME-lang when it carries xml:lang. -->
  <xsl:template name="text-member">
    <xsl:param name="name"/>
    <xsl:param name="node"/>
    <xsl:param name="first" select="false()"/>
    <xsl:choose>
      <xsl:when test="$node">
        <xsl:call-template name="member">
          <xsl:with-param name="name" select="$name"/>
          <xsl:with-param name="value" select="string($node)"/>
          <xsl:with-param name="first" select="$first"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="not($first)">,</xsl:if>
        <xsl:value-of select="concat('&quot;', $name, '&quot;:null')"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$node/@xml:lang">
      <xsl:call-template name="member">
        <xsl:with-param name="name" select="concat($name, '-lang')"/>
        <xsl:with-param name="value" select="string($node/@xml:lang)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A space-separated list as an array of strings. -->
  <xsl:template name="list-member">
    <xsl:param name="name"/>
    <xsl:param name="v"/>
    <xsl:value-of select="concat(',&quot;', $name, '&quot;:[')"/>
    <xsl:for-each select="str:tokenize(string($v), ' ')">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:call-template name="json-string"><xsl:with-param name="s" select="."/></xsl:call-template>
    </xsl:for-each>
    <xsl:text>]</xsl:text>
  </xsl:template>

</xsl:stylesheet>
