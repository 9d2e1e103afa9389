<?xml version="1.0" encoding="UTF-8"?>
<!--
  Peer-review report, chapter 2: the bar chart of self and final scores
  by area (inline SVG). The only arithmetic is the scaling of a score to
  a bar length and the placing of the bars.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- 2 Chart                                                       -->
  <!-- ============================================================ -->

  <xsl:template name="chart-section">
    <section class="chapter" id="chart">
      <xsl:call-template name="chapter-title">
        <xsl:with-param name="n" select="'2'"/>
        <xsl:with-param name="key" select="'sec.chart'"/>
      </xsl:call-template>
      <p>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'chart.intro'"/>
        </xsl:call-template>
      </p>
      <figure>
        <xsl:call-template name="chart"/>
        <figcaption>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'chart.caption'"/>
          </xsl:call-template>
        </figcaption>
      </figure>
    </section>
  </xsl:template>

  <!-- Horizontal bars, two per area: self (hatched, outlined) and final
       (solid), so the pair reads in greyscale print. -->
  <xsl:template name="chart">
    <xsl:variable name="rows" select="$r/e:area"/>
    <xsl:variable name="x0" select="10"/>
    <xsl:variable name="w" select="600"/>
    <xsl:variable name="rowh" select="64"/>
    <xsl:variable name="top-y" select="44"/>
    <xsl:variable name="height" select="$top-y + (count($rows) + 1) * $rowh + 30"/>
    <xsl:variable name="chart-title">
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'chart.title'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="self-label">
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'chart.self'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="final-label">
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'chart.final'"/>
      </xsl:call-template>
    </xsl:variable>
    <svg viewBox="0 0 720 {$height}" width="720" height="{$height}" role="img"
         aria-labelledby="chart-title chart-desc" direction="ltr" font-size="12">
      <title id="chart-title">
        <xsl:value-of select="$chart-title"/>
      </title>
      <desc id="chart-desc">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'chart.desc'"/>
        </xsl:call-template>
        <xsl:for-each select="$r/e:overall | $rows">
          <xsl:text> </xsl:text>
          <xsl:choose>
            <xsl:when test="self::e:overall">
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'chart.overall'"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="concat(@id, ' ', normalize-space(e:title))"/>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:text>: </xsl:text>
          <xsl:value-of select="$self-label"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="score-text">
            <xsl:with-param name="n" select="@self"/>
          </xsl:call-template>
          <xsl:text>, </xsl:text>
          <xsl:value-of select="$final-label"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="score-text">
            <xsl:with-param name="n" select="@final"/>
          </xsl:call-template>
          <xsl:text>.</xsl:text>
        </xsl:for-each>
      </desc>
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff"/>
          <line x1="0" y1="0" x2="0" y2="6" stroke="#0b5c8e" stroke-width="2"/>
        </pattern>
      </defs>
      <!-- legend -->
      <g font-size="12" fill="#1c2733">
        <rect x="{$x0}" y="8" width="26" height="14" fill="url(#hatch)" stroke="#0b5c8e" stroke-width="1.5"/>
        <text x="{$x0 + 34}" y="19"><xsl:value-of select="$self-label"/></text>
        <rect x="{$x0 + 250}" y="8" width="26" height="14" fill="#0b5c8e"/>
        <text x="{$x0 + 284}" y="19"><xsl:value-of select="$final-label"/></text>
      </g>
      <!-- grid: 0, 25, 50, 75, 100 -->
      <g stroke="#c9d2da" stroke-width="1">
        <xsl:for-each select="str:split('0 25 50 75 100', ' ')">
          <line x1="{$x0 + . * $w div 100}" y1="{$top-y - 6}" x2="{$x0 + . * $w div 100}"
                y2="{$height - 24}"/>
        </xsl:for-each>
      </g>
      <g font-size="10" fill="#56636f" text-anchor="middle">
        <xsl:for-each select="str:split('0 25 50 75 100', ' ')">
          <text x="{$x0 + . * $w div 100}" y="{$height - 10}">
            <xsl:call-template name="num">
              <xsl:with-param name="n" select="."/>
              <xsl:with-param name="pattern" select="'0'"/>
            </xsl:call-template>
          </text>
        </xsl:for-each>
      </g>
      <xsl:for-each select="$r/e:overall | $rows">
        <xsl:variable name="y" select="$top-y + (position() - 1) * $rowh"/>
        <g>
          <text x="{$x0}" y="{$y + 12}" font-size="12" fill="#1c2733">
            <xsl:choose>
              <xsl:when test="self::e:overall">
                <xsl:attribute name="font-weight">bold</xsl:attribute>
                <xsl:call-template name="msg">
                  <xsl:with-param name="key" select="'chart.overall'"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <tspan font-weight="bold"><xsl:value-of select="@id"/></tspan>
                <xsl:text>  </xsl:text>
                <xsl:variable name="t" select="normalize-space(e:title)"/>
                <xsl:choose>
                  <xsl:when test="string-length($t) &gt; 80">
                    <xsl:value-of select="concat(substring($t, 1, 78), '…')"/>
                  </xsl:when>
                  <xsl:otherwise>
                    <xsl:value-of select="$t"/>
                  </xsl:otherwise>
                </xsl:choose>
              </xsl:otherwise>
            </xsl:choose>
          </text>
          <xsl:call-template name="bar">
            <xsl:with-param name="x0" select="$x0"/>
            <xsl:with-param name="y" select="$y + 18"/>
            <xsl:with-param name="w" select="$w"/>
            <xsl:with-param name="v" select="@self"/>
            <xsl:with-param name="fill" select="'url(#hatch)'"/>
          </xsl:call-template>
          <xsl:call-template name="bar">
            <xsl:with-param name="x0" select="$x0"/>
            <xsl:with-param name="y" select="$y + 37"/>
            <xsl:with-param name="w" select="$w"/>
            <xsl:with-param name="v" select="@final"/>
            <xsl:with-param name="fill" select="'#0b5c8e'"/>
          </xsl:call-template>
        </g>
      </xsl:for-each>
    </svg>
  </xsl:template>

  <xsl:template name="bar">
    <xsl:param name="x0"/>
    <xsl:param name="y"/>
    <xsl:param name="w"/>
    <xsl:param name="v"/>
    <xsl:param name="fill"/>
    <xsl:choose>
      <xsl:when test="string($v) = 'na'">
        <text x="{$x0 + 2}" y="{$y + 12}" font-size="11" fill="#56636f" font-style="italic">
          <xsl:call-template name="num">
            <xsl:with-param name="n" select="'na'"/>
          </xsl:call-template>
        </text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="len" select="round($v * $w) div 100"/>
        <rect x="{$x0}" y="{$y}" width="{$len}" height="15" fill="{$fill}" stroke="#0b5c8e" stroke-width="1.5"/>
        <text x="{$x0 + $len + 6}" y="{$y + 12}" font-size="11" fill="#1c2733">
          <xsl:call-template name="num">
            <xsl:with-param name="n" select="$v"/>
          </xsl:call-template>
        </text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
