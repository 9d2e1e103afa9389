<?xml version="1.0" encoding="UTF-8"?>
<!--
  A stacked bar of greenhouse-gas emissions and its legend, shared by the
  agency report's inventory chapter (report/inventory.xsl) and the
  summary's climate chapter (summary/climate.xsl). Each segment starts at
  its share-from and is its share of the width, both computed by emscore:
  this only scales them. Parts are <source id=".."> or <scope n="..">
  elements with share and share-from.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                exclude-result-prefixes="e">

  <!-- The colour of a source's or scope's segment, distinct in print too
       by the order of the legend. -->
  <xsl:template name="inventory-colour">
    <xsl:param name="id"/>
    <xsl:choose>
      <xsl:when test="$id = 'air-travel' or $id = '3'">#0b5c8e</xsl:when>
      <xsl:when test="$id = 'other-travel'">#5b9bd5</xsl:when>
      <xsl:when test="$id = 'electricity' or $id = '2'">#e8a33d</xsl:when>
      <xsl:when test="$id = 'heat-steam'">#c2612b</xsl:when>
      <xsl:when test="$id = 'stationary-combustion' or $id = '1'">#6b8e23</xsl:when>
      <xsl:when test="$id = 'vehicles'">#2e7d6b</xsl:when>
      <xsl:when test="$id = 'refrigerants'">#8e5ba6</xsl:when>
      <xsl:otherwise>#8a8f94</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="inventory-label">
    <xsl:choose>
      <xsl:when test="self::e:scope">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'inventory.scope'"/>
          <xsl:with-param name="a1" select="@n"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="concat('source.', @id)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="inventory-stack">
    <xsl:param name="parts"/>
    <xsl:param name="y"/>
    <xsl:param name="w"/>
    <xsl:for-each select="$parts">
      <xsl:variable name="fill">
        <xsl:call-template name="inventory-colour">
          <xsl:with-param name="id" select="concat(@id, @n)"/>
        </xsl:call-template>
      </xsl:variable>
      <rect x="{10 + round(@share-from * $w) div 100}" y="{$y}" width="{round(@share * $w) div 100}"
            height="22" fill="{$fill}" stroke="#ffffff" stroke-width="1" data-part="{concat(@id, @n)}">
        <title>
          <xsl:call-template name="inventory-label"/>
          <xsl:text>: </xsl:text>
          <xsl:call-template name="pct"><xsl:with-param name="n" select="@share"/></xsl:call-template>
        </title>
      </rect>
    </xsl:for-each>
    <xsl:for-each select="$parts">
      <xsl:variable name="fill">
        <xsl:call-template name="inventory-colour">
          <xsl:with-param name="id" select="concat(@id, @n)"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:variable name="lx" select="10 + ((position() - 1) mod 2) * 330"/>
      <xsl:variable name="ly" select="$y + 36 + floor((position() - 1) div 2) * 18"/>
      <rect x="{$lx}" y="{$ly - 10}" width="12" height="12" fill="{$fill}"/>
      <text x="{$lx + 18}" y="{$ly}">
        <xsl:call-template name="inventory-label"/>
        <xsl:text>: </xsl:text>
        <xsl:call-template name="pct"><xsl:with-param name="n" select="@share"/></xsl:call-template>
      </text>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
