<?xml version="1.0" encoding="UTF-8"?>
<!--
  Part of the peer-review report (included by peer-review.xsl): "Progress
  since PERIOD", from the results' <progress>. The series of overall and
  area scores of every period as an SVG line chart, then each <changes>
  as a table. Every figure, direction and selection is the engine's
  (doc/formats.md, "Results"); this only lays them out.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                exclude-result-prefixes="e">

  <!-- The contents line of the section; nothing without earlier periods. -->
  <xsl:template name="progress-contents">
    <xsl:param name="n"/>
    <xsl:for-each select="/e:results/e:progress">
      <li>
        <a href="#progress">
          <xsl:value-of select="concat($n, ' ')"/>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'sec.progress'"/>
            <xsl:with-param name="a1" select="@baseline"/>
          </xsl:call-template>
        </a>
      </li>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="progress-section">
    <xsl:param name="n"/>
    <xsl:for-each select="/e:results/e:progress">
      <section class="chapter" id="progress">
        <h2>
          <xsl:value-of select="concat($n, ' ')"/>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'sec.progress'"/>
            <xsl:with-param name="a1" select="@baseline"/>
          </xsl:call-template>
        </h2>
        <figure>
          <xsl:call-template name="progress-chart"/>
          <figcaption>
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'progress.caption'"/>
              <xsl:with-param name="a1" select="/e:results/@agency"/>
            </xsl:call-template>
          </figcaption>
        </figure>
        <xsl:apply-templates select="e:changes" mode="progress"/>
      </section>
    </xsl:for-each>
  </xsl:template>

  <!-- One line per series: the overall final score (thick) and each
       top-level area (thin, its id at the line's end). -->
  <xsl:template name="progress-chart">
    <xsl:variable name="periods" select="e:period"/>
    <xsl:variable name="n" select="count($periods)"/>
    <xsl:variable name="x0" select="60"/>
    <xsl:variable name="w" select="520"/>
    <xsl:variable name="y0" select="30"/>
    <xsl:variable name="h" select="240"/>
    <xsl:variable name="step" select="$w div ($n - 1)"/>
    <xsl:variable name="overall-word">
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'chart.overall'"/>
      </xsl:call-template>
    </xsl:variable>
    <svg viewBox="0 0 720 {$y0 + $h + 40}" width="720" height="{$y0 + $h + 40}" role="img"
         aria-labelledby="progress-title progress-desc" direction="ltr" font-size="11">
      <title id="progress-title">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'progress.chart-title'"/>
        </xsl:call-template>
      </title>
      <desc id="progress-desc">
        <xsl:for-each select="$periods">
          <xsl:value-of select="concat(@id, ': ', $overall-word, ' ')"/>
          <xsl:call-template name="score-text">
            <xsl:with-param name="n" select="@final"/>
          </xsl:call-template>
          <xsl:for-each select="e:area">
            <xsl:value-of select="concat(', ', @id, ' ')"/>
            <xsl:call-template name="score-text">
              <xsl:with-param name="n" select="@final"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:text>. </xsl:text>
        </xsl:for-each>
      </desc>
      <g stroke="#c9d2da" stroke-width="1">
        <line x1="{$x0}" y1="{$y0}" x2="{$x0 + $w}" y2="{$y0}"/>
        <line x1="{$x0}" y1="{$y0 + $h * 0.25}" x2="{$x0 + $w}" y2="{$y0 + $h * 0.25}"/>
        <line x1="{$x0}" y1="{$y0 + $h * 0.5}" x2="{$x0 + $w}" y2="{$y0 + $h * 0.5}"/>
        <line x1="{$x0}" y1="{$y0 + $h * 0.75}" x2="{$x0 + $w}" y2="{$y0 + $h * 0.75}"/>
        <line x1="{$x0}" y1="{$y0 + $h}" x2="{$x0 + $w}" y2="{$y0 + $h}"/>
      </g>
      <g font-size="10" fill="#56636f" text-anchor="end">
        <text x="{$x0 - 6}" y="{$y0 + 4}">100</text>
        <text x="{$x0 - 6}" y="{$y0 + $h div 2 + 4}">50</text>
        <text x="{$x0 - 6}" y="{$y0 + $h + 4}">0</text>
      </g>
      <g font-size="11" fill="#1c2733" text-anchor="middle">
        <xsl:for-each select="$periods">
          <text x="{$x0 + (position() - 1) * $step}" y="{$y0 + $h + 20}">
            <xsl:value-of select="@id"/>
          </text>
        </xsl:for-each>
      </g>
      <!-- areas: thin lines, each labelled in its own slot on the right
           (the overall score first, then the areas in the results' order),
           a leader from the line's end to its label -->
      <xsl:variable name="slot" select="$h div count($periods[last()]/e:area | $periods[last()])"/>
      <xsl:for-each select="$periods[last()]/e:area">
        <xsl:variable name="id" select="@id"/>
        <xsl:call-template name="progress-line">
          <xsl:with-param name="label-y" select="$y0 + position() * $slot + 4"/>
          <xsl:with-param name="area" select="$id"/>
          <xsl:with-param name="periods" select="$periods"/>
          <xsl:with-param name="x0" select="$x0"/>
          <xsl:with-param name="y0" select="$y0"/>
          <xsl:with-param name="h" select="$h"/>
          <xsl:with-param name="step" select="$step"/>
          <xsl:with-param name="label" select="$id"/>
          <xsl:with-param name="style" select="'area'"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:call-template name="progress-line">
        <xsl:with-param name="label-y" select="$y0 + 4"/>
        <xsl:with-param name="area" select="''"/>
        <xsl:with-param name="periods" select="$periods"/>
        <xsl:with-param name="x0" select="$x0"/>
        <xsl:with-param name="y0" select="$y0"/>
        <xsl:with-param name="h" select="$h"/>
        <xsl:with-param name="step" select="$step"/>
        <xsl:with-param name="label" select="$overall-word"/>
        <xsl:with-param name="style" select="'overall'"/>
      </xsl:call-template>
    </svg>
  </xsl:template>

  <!-- The line of one top-level area (area: its id), or of the overall
       score (area ''), through the periods where it has a score. -->
  <xsl:template name="progress-line">
    <xsl:param name="area"/>
    <xsl:param name="periods"/>
    <xsl:param name="x0"/>
    <xsl:param name="y0"/>
    <xsl:param name="h"/>
    <xsl:param name="step"/>
    <xsl:param name="label"/>
    <xsl:param name="style"/>
    <xsl:param name="label-y"/>
    <xsl:variable name="coords">
      <xsl:for-each select="$periods">
        <xsl:variable name="pt" select="self::*[$area = ''] | e:area[@id = $area]"/>
        <xsl:if test="$pt and $pt/@final != 'na'">
          <xsl:value-of select="concat($x0 + (position() - 1) * $step, ',', $y0 + $h - $pt/@final * $h div 100, ' ')"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="last" select="$periods[last()]/self::*[$area = ''] | $periods[last()]/e:area[@id = $area]"/>
    <g class="series-{$style}">
      <polyline points="{normalize-space($coords)}" fill="none" stroke="#0b5c8e">
        <xsl:attribute name="stroke-width">
          <xsl:choose>
            <xsl:when test="$style = 'overall'">3</xsl:when>
            <xsl:otherwise>1.25</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:if test="$style != 'overall'">
          <xsl:attribute name="stroke-dasharray">4 3</xsl:attribute>
          <xsl:attribute name="stroke">#56636f</xsl:attribute>
        </xsl:if>
      </polyline>
      <xsl:for-each select="$periods">
        <xsl:variable name="pt" select="self::*[$area = ''] | e:area[@id = $area]"/>
        <xsl:if test="$pt and $pt/@final != 'na'">
          <circle cx="{$x0 + (position() - 1) * $step}" cy="{$y0 + $h - $pt/@final * $h div 100}" r="3"
                  fill="#0b5c8e"/>
        </xsl:if>
      </xsl:for-each>
      <xsl:variable name="end-x" select="$x0 + (count($periods) - 1) * $step"/>
      <xsl:if test="$last/@final != 'na'">
        <line x1="{$end-x + 4}" y1="{$y0 + $h - $last/@final * $h div 100}" x2="{$end-x + 36}"
              y2="{$label-y - 4}" stroke="#9aa7b3" stroke-width="0.75"/>
      </xsl:if>
      <text x="{$end-x + 40}" y="{$label-y}" fill="#1c2733">
        <xsl:if test="$style = 'overall'">
          <xsl:attribute name="font-weight">700</xsl:attribute>
        </xsl:if>
        <xsl:value-of select="concat($label, ' ')"/>
        <xsl:call-template name="score-text">
          <xsl:with-param name="n" select="$last/@final"/>
        </xsl:call-template>
      </text>
    </g>
  </xsl:template>

  <!-- One table of changes: the overall score, the areas, then the
       milestones and indicators that moved. -->
  <xsl:template match="e:changes" mode="progress">
    <xsl:variable name="from" select="@period"/>
    <xsl:variable name="to" select="/e:results/@period"/>
    <h3>
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'progress.changes'"/>
        <xsl:with-param name="a1" select="$from"/>
        <xsl:with-param name="a2" select="$to"/>
      </xsl:call-template>
    </h3>
    <p>
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'progress.counts'"/>
        <xsl:with-param name="a1" select="@improved"/>
        <xsl:with-param name="a2" select="@declined"/>
        <xsl:with-param name="a3" select="@unchanged"/>
      </xsl:call-template>
    </p>
    <table class="changes">
      <thead>
        <tr>
          <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'progress.col.item'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:value-of select="$from"/></th>
          <th scope="col" class="num"><xsl:value-of select="$to"/></th>
          <th scope="col" class="num"><xsl:call-template name="msg"><xsl:with-param name="key" select="'progress.col.change'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'progress.col.direction'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:apply-templates select="e:overall | e:area | e:milestone | e:indicator" mode="progress-row"/>
      </tbody>
    </table>
    <xsl:if test="e:uncomparable">
      <p class="note">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'progress.uncomparable'"/>
          <xsl:with-param name="a1" select="$from"/>
          <xsl:with-param name="a2" select="@scorecard-version"/>
        </xsl:call-template>
      </p>
      <ul class="uncomparable">
        <xsl:for-each select="e:uncomparable">
          <li>
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'progress.only-in'"/>
              <xsl:with-param name="a1" select="@id"/>
              <xsl:with-param name="a2" select="@in"/>
            </xsl:call-template>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="progress-row">
    <xsl:variable name="id" select="@id"/>
    <tr class="dir-{@direction}">
      <th scope="row">
        <xsl:choose>
          <xsl:when test="self::e:overall">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'chart.overall'"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="self::e:area">
            <xsl:value-of select="concat(@id, ' ')"/>
            <xsl:apply-templates select="/e:results//e:area[@id = $id]/e:title" mode="text"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat(@id, ' ')"/>
            <xsl:apply-templates select="e:title" mode="text"/>
            <xsl:if test="@mandatory = 'true'">
              <xsl:text> · </xsl:text>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'leaf.mandatory'"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:if test="@prerequisite">
              <xsl:text> · </xsl:text>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="concat('progress.prerequisite.', @prerequisite)"/>
              </xsl:call-template>
            </xsl:if>
          </xsl:otherwise>
        </xsl:choose>
      </th>
      <td class="num">
        <xsl:call-template name="score-text">
          <xsl:with-param name="n" select="@from"/>
        </xsl:call-template>
      </td>
      <td class="num">
        <xsl:call-template name="score-text">
          <xsl:with-param name="n" select="@to"/>
        </xsl:call-template>
      </td>
      <td class="num">
        <xsl:if test="@delta">
          <xsl:if test="@direction = 'improved'">+</xsl:if>
          <xsl:call-template name="score-text">
            <xsl:with-param name="n" select="@delta"/>
          </xsl:call-template>
        </xsl:if>
      </td>
      <td>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="concat('progress.dir.', @direction)"/>
        </xsl:call-template>
        <xsl:if test="@from-status and @from-status != @to-status">
          <xsl:text> (</xsl:text>
          <xsl:call-template name="msg"><xsl:with-param name="key" select="concat('status.', @from-status)"/></xsl:call-template>
          <xsl:text> → </xsl:text>
          <xsl:call-template name="msg"><xsl:with-param name="key" select="concat('status.', @to-status)"/></xsl:call-template>
          <xsl:text>)</xsl:text>
        </xsl:if>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
