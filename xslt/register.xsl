<?xml version="1.0" encoding="UTF-8"?>
<!--
  The recommendation register of a results document as CSV, for the
  follow-up of recommendations (RFC 4180, UTF-8, CRLF, a header row): one
  row per recommendation made so far, in the order of the results. Every
  value is the engine's; nothing is computed here. A cell that a
  spreadsheet would read as a formula (one starting with = + - @, a tab or
  a carriage return, and not a number) gets a leading single quote.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                exclude-result-prefixes="e">

  <xsl:import href="common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="crlf" select="'&#13;&#10;'"/>

  <!-- A field, neutralised against formula injection, then quoted as
       RFC 4180 asks; first: no comma before it. -->
  <xsl:template name="cell">
    <xsl:param name="v"/>
    <xsl:param name="first" select="false()"/>
    <xsl:variable name="s" select="string($v)"/>
    <xsl:variable name="c" select="substring($s, 1, 1)"/>
    <xsl:if test="not($first)">,</xsl:if>
    <xsl:call-template name="csv-field">
      <xsl:with-param name="s">
        <xsl:if test="$c != '' and contains('=+-@&#9;&#13;', $c) and string(number($s)) = 'NaN'">'</xsl:if>
        <xsl:value-of select="$s"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/e:results">
    <xsl:text>agency,id,made,milestone,priority,owner,due,response,response_owner,response_due,status,status_period,overdue,disagreement,text</xsl:text>
    <xsl:value-of select="$crlf"/>
    <xsl:variable name="agency" select="@agency"/>
    <xsl:for-each select="e:register/e:recommendation">
      <xsl:call-template name="cell"><xsl:with-param name="v" select="$agency"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@id"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@made"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@milestone"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@priority"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@owner"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@due"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="e:reply/@decision"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="e:reply/@owner"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="e:reply/@due"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@status"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@status-period"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@overdue = 'true'"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@flags = 'disagreement'"/></xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="normalize-space(e:text)"/></xsl:call-template>
      <xsl:value-of select="$crlf"/>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
