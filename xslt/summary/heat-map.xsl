<?xml version="1.0" encoding="UTF-8"?>
<!--
  System-wide report, chapter 3: heat maps of agencies by top-level area,
  coloured by the band of each score; one map per printed page of rows.
  A cell's fill and the colour of its figure come from its band's class
  (band-1, band-2, ..., band-na), whose colours the page style gives
  (summary/shared.xsl); the text is 12 units high, so that it prints at
  11 px or more once the map is scaled to the width of an A4 page.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- 3 Heat map                                                    -->
  <!-- ============================================================ -->

  <xsl:template name="heat-maps">
    <section class="chapter" id="heat-map">
      <xsl:call-template name="heading">
        <xsl:with-param name="n" select="'3'"/>
        <xsl:with-param name="key" select="'sum.heat'"/>
      </xsl:call-template>
      <p><xsl:call-template name="t"><xsl:with-param name="key" select="concat('sum.heat-text', $graded-key)"/></xsl:call-template></p>
      <xsl:call-template name="heat-legend"/>
      <!-- Rows in the order of chapter 2: each map takes the next rows. -->
      <xsl:for-each select="$listed[position() mod $rows-per-map = 1]">
        <xsl:call-template name="next-rows">
          <xsl:with-param name="from" select="."/>
          <xsl:with-param name="part" select="position()"/>
        </xsl:call-template>
      </xsl:for-each>
      <table>
        <caption><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.areas-key'"/></xsl:call-template></caption>
        <tbody>
          <xsl:for-each select="$areas">
            <tr><th scope="row"><span class="id"><xsl:value-of select="@id"/></span></th><td><xsl:apply-templates select="." mode="text"/></td></tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- The heat map of the rows-per-map entries (or references) from $from
       on. Taken one sibling at a time: libxml2 2.9 stops early on a
       literal [1] alone, but reads every following sibling for
       [position() &lt; $n] or for [1] followed by another predicate, which
       made the maps quadratic in the number of entries; the kind of the
       sibling is tested after the step. -->
  <xsl:template name="next-rows">
    <xsl:param name="from"/>
    <xsl:param name="part"/>
    <xsl:param name="rows" select="/.."/>
    <xsl:choose>
      <xsl:when test="$from[self::e:entry or self::e:ref] and count($rows) &lt; $rows-per-map">
        <xsl:call-template name="next-rows">
          <xsl:with-param name="from" select="$from/following-sibling::*[1]"/>
          <xsl:with-param name="part" select="$part"/>
          <xsl:with-param name="rows" select="$rows | $from"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="heat-map">
          <xsl:with-param name="rows" select="$rows"/>
          <xsl:with-param name="part" select="$part"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The bands as a list that wraps where a language's grade names are
       long; each swatch is drawn as the map draws its cells. -->
  <xsl:template name="heat-legend">
    <xsl:variable name="legend-title"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.legend'"/></xsl:call-template></xsl:variable>
    <ul class="heat-legend" aria-label="{$legend-title}">
      <!-- No bands without grades: only the hatching. -->
      <xsl:for-each select="$grades">
        <li>
          <svg class="swatch" viewBox="0 0 22 16" width="22" height="16" aria-hidden="true">
            <rect class="band-{position()}" width="22" height="16" stroke="#56636f" stroke-width="0.5"/>
          </svg>
          <xsl:call-template name="grade-name"><xsl:with-param name="id" select="@id"/></xsl:call-template>
          <xsl:text> ≥ </xsl:text>
          <xsl:call-template name="num"><xsl:with-param name="n" select="@min"/><xsl:with-param name="pattern" select="'0.##'"/></xsl:call-template>
        </li>
      </xsl:for-each>
      <li>
        <svg class="swatch" viewBox="0 0 22 16" width="22" height="16" aria-hidden="true">
          <!-- Shared by every map of the page. -->
          <defs>
            <pattern id="na-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="5" height="5" fill="#ffffff"/>
              <line x1="0" y1="0" x2="0" y2="5" stroke="#c3cbd2" stroke-width="1.2"/>
            </pattern>
          </defs>
          <rect width="22" height="16" fill="url(#na-hatch)" stroke="#56636f" stroke-width="0.5"/>
        </svg>
        <xsl:value-of select="$na-word"/>
      </li>
    </ul>
  </xsl:template>

  <xsl:template name="heat-map">
    <xsl:param name="rows"/>
    <xsl:param name="part"/>
    <xsl:variable name="label-w" select="130"/>
    <xsl:variable name="cols" select="count($areas)"/>
    <xsl:variable name="cell-w" select="floor((720 - $label-w) div ($cols + number($cols = 0)))"/>
    <xsl:variable name="row-h" select="20"/>
    <xsl:variable name="top" select="24"/>
    <xsl:variable name="height" select="$top + count($rows) * $row-h + 4"/>
    <figure class="heat">
      <svg viewBox="0 0 720 {$height}" width="720" height="{$height}" role="img"
           aria-labelledby="heat-title-{$part}" direction="ltr" font-size="12">
        <title id="heat-title-{$part}">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'sum.heat-part'"/>
            <xsl:with-param name="a1" select="$rows[1]/@agency"/>
            <xsl:with-param name="a2" select="$rows[last()]/@agency"/>
          </xsl:call-template>
        </title>
        <g font-weight="bold" fill="#1c2733" text-anchor="middle">
          <xsl:for-each select="$areas">
            <text x="{$label-w + (position() - 0.5) * $cell-w}" y="16"><xsl:value-of select="@id"/></text>
          </xsl:for-each>
        </g>
        <xsl:for-each select="$rows">
          <xsl:variable name="y" select="$top + (position() - 1) * $row-h"/>
          <xsl:variable name="entry" select="key('entry', concat(@agency, ' ', @period))"/>
          <g data-agency="{@agency}">
            <text x="0" y="{$y + 14}" fill="#1c2733">
              <xsl:value-of select="concat(@agency, ' ', @period)"/>
            </text>
            <xsl:for-each select="$areas">
              <xsl:variable name="x" select="$label-w + (position() - 1) * $cell-w"/>
              <xsl:variable name="cell" select="$entry/e:area[@id = current()/@id]"/>
              <xsl:choose>
                <!-- A string, not a fragment: libxslt keeps every fragment a
                     template makes until it returns, 10,000 maps' worth. -->
                <xsl:when test="$cell/@final != 'na'">
                  <xsl:variable name="band" select="concat(substring('band-', 1, 5 * boolean($cell/@band)), $cell/@band,
                                                           substring('unbanded', 1, 8 * not($cell/@band)))"/>
                  <rect class="{$band}" x="{$x + 1}" y="{$y + 1}" width="{$cell-w - 2}" height="{$row-h - 2}"/>
                  <text class="{$band}" x="{$x + $cell-w div 2}" y="{$y + 14}" text-anchor="middle">
                    <xsl:call-template name="num"><xsl:with-param name="n" select="$cell/@final"/></xsl:call-template>
                  </text>
                </xsl:when>
                <xsl:otherwise>
                  <rect x="{$x + 1}" y="{$y + 1}" width="{$cell-w - 2}" height="{$row-h - 2}"
                        fill="url(#na-hatch)"/>
                  <text class="band-na" x="{$x + $cell-w div 2}" y="{$y + 14}" text-anchor="middle">
                    <xsl:value-of select="$na-word"/>
                  </text>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </g>
        </xsl:for-each>
      </svg>
    </figure>
  </xsl:template>

</xsl:stylesheet>
