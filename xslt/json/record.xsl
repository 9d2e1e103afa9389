<?xml version="1.0" encoding="UTF-8"?>
<!--
  The JSON report's members for a peer review's record, after its team:
  the entities it covers, the units it met, the documents it reviewed and
  the team's narrative, each paragraph a string as the results keep it.
  Empty lists, and a null narrative, when the review gives none.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                exclude-result-prefixes="e">

  <xsl:template name="record-members">
    <xsl:text>,"covers":[</xsl:text>
    <xsl:for-each select="e:covers/e:entity">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="member"><xsl:with-param name="name" select="'id'"/><xsl:with-param name="value" select="string(@id)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:call-template name="text-member"><xsl:with-param name="name" select="'name'"/><xsl:with-param name="node" select="."/></xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>],"interviews":[</xsl:text>
    <xsl:for-each select="e:interviews/e:interview">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="text-member"><xsl:with-param name="name" select="'unit'"/><xsl:with-param name="node" select="."/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'date'"/><xsl:with-param name="attr" select="@date"/></xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>],"documents":[</xsl:text>
    <xsl:for-each select="e:documents/e:document">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="text-member"><xsl:with-param name="name" select="'title'"/><xsl:with-param name="node" select="."/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'ref'"/><xsl:with-param name="attr" select="@ref"/></xsl:call-template>
      <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'date'"/><xsl:with-param name="attr" select="@date"/></xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>],"narrative":</xsl:text>
    <xsl:for-each select="e:narrative">
      <xsl:text>{"executive-summary":</xsl:text>
      <xsl:call-template name="paragraphs"><xsl:with-param name="of" select="e:executive-summary"/></xsl:call-template>
      <xsl:text>,"context":</xsl:text>
      <xsl:call-template name="paragraphs"><xsl:with-param name="of" select="e:context"/></xsl:call-template>
      <xsl:text>,"conclusions":[</xsl:text>
      <xsl:for-each select="e:conclusions">
        <xsl:if test="position() &gt; 1">,</xsl:if>
        <xsl:text>{</xsl:text>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'area'"/><xsl:with-param name="value" select="string(@area)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
        <xsl:text>,"paragraphs":</xsl:text>
        <xsl:call-template name="paragraphs"><xsl:with-param name="of" select="."/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:text>]}</xsl:text>
    </xsl:for-each>
    <xsl:if test="not(e:narrative)">null</xsl:if>
  </xsl:template>

  <!-- The paragraphs of a part as an array of strings; null without it. -->
  <xsl:template name="paragraphs">
    <xsl:param name="of"/>
    <xsl:choose>
      <xsl:when test="$of">
        <xsl:text>[</xsl:text>
        <xsl:for-each select="$of/e:p">
          <xsl:if test="position() &gt; 1">,</xsl:if>
          <xsl:call-template name="json-string"><xsl:with-param name="s" select="string(.)"/></xsl:call-template>
        </xsl:for-each>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise>null</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
