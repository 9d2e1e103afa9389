<?xml version="1.0" encoding="UTF-8"?>
<!--
  The system-wide climate report's CSV, from the <climate> of a summary
  document (emscore report, format climate; batch's climate.csv): CSV as
  csv.xsl writes it (RFC 4180, CRLF, UTF-8, text cells neutralised by
  common.xsl's csv-field). Columns (doc/formats.md, "Summary"): level,
  period, agency, source, scope, tco2e, share, personnel, per_person,
  inventory_only. Per period: the system's total, its sources, its three
  scopes; then each agency, largest first: its total, then its sources.
  Every figure is the summary's, as written there; a summary without
  <climate> gives the header row only.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                exclude-result-prefixes="e">

  <xsl:import href="common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="crlf" select="'&#13;&#10;'"/>

  <!-- ,TEXT: a text cell, neutralised by csv-field. -->
  <xsl:template name="field">
    <xsl:param name="v"/>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="csv-field">
      <xsl:with-param name="s" select="$v"/>
    </xsl:call-template>
  </xsl:template>

  <!-- level, period, agency, source and scope of a row. -->
  <xsl:template name="key">
    <xsl:param name="level"/>
    <xsl:param name="agency" select="''"/>
    <xsl:param name="source" select="''"/>
    <xsl:param name="scope" select="''"/>
    <xsl:value-of select="$level"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="ancestor-or-self::e:period/@id"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$agency"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$source"/></xsl:call-template>
    <xsl:value-of select="concat(',', $scope)"/>
  </xsl:template>

  <!-- tco2e, share, personnel, per_person, inventory_only: numbers as the
       summary writes them (digits, '-' and '.'), then the row's end. -->
  <xsl:template name="figures">
    <xsl:param name="share" select="@share"/>
    <xsl:value-of select="concat(',', @tco2e, ',', $share, ',', @personnel, ',', @per-person, ',', @inventory-only)"/>
    <xsl:value-of select="$crlf"/>
  </xsl:template>

  <xsl:template match="/">
    <xsl:text>level,period,agency,source,scope,tco2e,share,personnel,per_person,inventory_only</xsl:text>
    <xsl:value-of select="$crlf"/>
    <xsl:for-each select="e:summary/e:climate/e:period">
      <xsl:call-template name="key">
        <xsl:with-param name="level" select="'system'"/>
        <xsl:with-param name="source" select="'total'"/>
      </xsl:call-template>
      <xsl:call-template name="figures"><xsl:with-param name="share" select="''"/></xsl:call-template>
      <xsl:for-each select="e:source">
        <xsl:call-template name="key">
          <xsl:with-param name="level" select="'system'"/>
          <xsl:with-param name="source" select="@id"/>
          <xsl:with-param name="scope" select="@scope"/>
        </xsl:call-template>
        <xsl:call-template name="figures"/>
      </xsl:for-each>
      <xsl:for-each select="e:scope">
        <xsl:call-template name="key">
          <xsl:with-param name="level" select="'system'"/>
          <xsl:with-param name="scope" select="@n"/>
        </xsl:call-template>
        <xsl:call-template name="figures"/>
      </xsl:for-each>
      <xsl:for-each select="e:agency">
        <xsl:variable name="agency" select="@id"/>
        <xsl:call-template name="key">
          <xsl:with-param name="level" select="'agency'"/>
          <xsl:with-param name="agency" select="$agency"/>
          <xsl:with-param name="source" select="'total'"/>
        </xsl:call-template>
        <xsl:call-template name="figures"/>
        <xsl:for-each select="e:source">
          <xsl:call-template name="key">
            <xsl:with-param name="level" select="'agency'"/>
            <xsl:with-param name="agency" select="$agency"/>
            <xsl:with-param name="source" select="@id"/>
            <xsl:with-param name="scope" select="@scope"/>
          </xsl:call-template>
          <xsl:call-template name="figures"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
