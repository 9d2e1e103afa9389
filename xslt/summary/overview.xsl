<?xml version="1.0" encoding="UTF-8"?>
<!--
  System-wide report, chapter 1: the overview. Number of entries, the
  averages, and the chart of how many agencies have each grade, as the
  summary's grade counts give them.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- 1 Overview                                                    -->
  <!-- ============================================================ -->

  <xsl:template name="overview">
    <xsl:variable name="avg" select="$s/e:averages"/>
    <section class="chapter" id="overview">
      <xsl:call-template name="heading">
        <xsl:with-param name="n" select="'1'"/>
        <xsl:with-param name="key" select="'sum.overview'"/>
      </xsl:call-template>
      <div class="figures">
        <div class="fig" data-figure="entries">
          <div class="label"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.entries'"/></xsl:call-template></div>
          <div class="value num"><xsl:value-of select="$n"/></div>
        </div>
        <div class="fig" data-figure="final">
          <div class="label"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.avg-final'"/></xsl:call-template></div>
          <div class="value num"><xsl:call-template name="num"><xsl:with-param name="n" select="$avg/@final"/></xsl:call-template></div>
        </div>
        <div class="fig" data-figure="self">
          <div class="label"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.avg-self'"/></xsl:call-template></div>
          <div class="value num"><xsl:call-template name="num"><xsl:with-param name="n" select="$avg/@self"/></xsl:call-template></div>
        </div>
        <div class="fig" data-figure="gap">
          <div class="label"><xsl:call-template name="t"><xsl:with-param name="key" select="'fig.gap'"/></xsl:call-template></div>
          <div class="value num">
            <xsl:for-each select="$avg"><xsl:call-template name="gap"/></xsl:for-each>
          </div>
        </div>
        <div class="fig" data-figure="met">
          <div class="label"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.avg-met'"/></xsl:call-template></div>
          <div class="value num"><xsl:call-template name="pct"><xsl:with-param name="n" select="$avg/@met"/></xsl:call-template></div>
        </div>
      </div>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'sum.overview-text'"/>
        </xsl:call-template>
      </p>
      <xsl:if test="$grades">
        <h3><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.grades'"/></xsl:call-template></h3>
        <xsl:call-template name="grade-chart"/>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- How many agencies have each grade: one bar per grade, the count and
       share written beside it. -->
  <xsl:template name="grade-chart">
    <xsl:variable name="rows" select="$s/e:grade-counts/e:grade[@id != 'na']"/>
    <xsl:variable name="na" select="$s/e:grade-counts/e:grade[@id = 'na']"/>
    <xsl:variable name="height" select="20 + count($rows | $na) * 30"/>
    <xsl:variable name="chart-title">
      <xsl:call-template name="t"><xsl:with-param name="key" select="'sum.grades'"/></xsl:call-template>
    </xsl:variable>
    <figure>
      <svg viewBox="0 0 720 {$height}" width="720" height="{$height}" role="img"
           aria-labelledby="grades-title grades-desc" direction="ltr" font-size="12">
        <title id="grades-title"><xsl:value-of select="$chart-title"/></title>
        <desc id="grades-desc">
          <xsl:for-each select="$rows">
            <xsl:call-template name="grade-name"><xsl:with-param name="id" select="@id"/></xsl:call-template>
            <xsl:value-of select="concat(': ', @entries, '. ')"/>
          </xsl:for-each>
        </desc>
        <xsl:for-each select="$rows">
          <xsl:variable name="count" select="@entries"/>
          <xsl:variable name="y" select="10 + (position() - 1) * 30"/>
          <g data-grade="{@id}">
            <text x="0" y="{$y + 15}" fill="#1c2733">
              <xsl:call-template name="grade-name"><xsl:with-param name="id" select="@id"/></xsl:call-template>
            </text>
            <rect x="170" y="{$y}" height="20" fill="#0b5c8e">
              <xsl:attribute name="width">
                <xsl:choose>
                  <xsl:when test="$n &gt; 0"><xsl:value-of select="round(440 * $count div $n)"/></xsl:when>
                  <xsl:otherwise>0</xsl:otherwise>
                </xsl:choose>
              </xsl:attribute>
            </rect>
            <text x="{176 + round(440 * $count div ($n + number($n = 0)))}" y="{$y + 15}" fill="#1c2733">
              <xsl:value-of select="$count"/>
              <xsl:text> (</xsl:text>
              <xsl:call-template name="pct">
                <xsl:with-param name="n" select="@share"/>
              </xsl:call-template>
              <xsl:text>)</xsl:text>
            </text>
          </g>
        </xsl:for-each>
        <xsl:for-each select="$na">
          <xsl:variable name="y" select="10 + count($rows) * 30"/>
          <g data-grade="na">
            <text x="0" y="{$y + 15}" fill="#1c2733">
              <xsl:call-template name="grade-name"><xsl:with-param name="id" select="'na'"/></xsl:call-template>
            </text>
            <rect x="170" y="{$y}" height="20" width="{round(440 * @entries div $n)}" fill="#ffffff" stroke="#0b5c8e" stroke-dasharray="4 2"/>
            <text x="{176 + round(440 * @entries div $n)}" y="{$y + 15}" fill="#1c2733"><xsl:value-of select="@entries"/></text>
          </g>
        </xsl:for-each>
      </svg>
    </figure>
  </xsl:template>

</xsl:stylesheet>
