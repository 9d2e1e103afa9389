<?xml version="1.0" encoding="UTF-8"?>
<!--
  The system-wide report across many agencies, from a summary document
  (emscore report, format summary): ranking, heat map of agencies by
  top-level area, grade distribution, averages and the milestones most
  often unmet. Self-contained HTML5 like the peer-review report. The
  summary document brings its counts (how many agencies miss each
  milestone) and averages, and every lookup here is a key or a short
  list, so the report costs time linear in the number of agencies.

  Parameters (strings): lang (set by emscore), marking (a line such as
  "Draft" on the cover and every page), top-unmet (how many milestones the
  "most often unmet" table lists; default 15).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:param name="marking" select="''"/>
  <xsl:param name="top-unmet" select="15"/>

  <xsl:key name="area" match="e:areas/e:area" use="@id"/>

  <xsl:variable name="s" select="/e:summary"/>
  <xsl:variable name="entries" select="$s/e:entry"/>
  <xsl:variable name="n" select="count($entries)"/>
  <xsl:variable name="areas" select="$s/e:areas/e:area"/>
  <xsl:variable name="grades" select="$s/e:methodology/e:grades/e:grade"/>
  <!-- Rows per heat map, so that one fits a printed page. -->
  <xsl:variable name="rows-per-map" select="40"/>

  <xsl:variable name="title">
    <xsl:call-template name="t">
      <xsl:with-param name="key" select="'sum.title'"/>
    </xsl:call-template>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="{$lang}" dir="{$dir}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="{$s/@generator}"/>
        <title>
          <xsl:value-of select="concat($title, ': ', normalize-space($s/e:title))"/>
        </title>
        <style>
          <xsl:call-template name="page-css">
            <xsl:with-param name="header" select="concat($title, ' · ', $s/@scorecard, ' ', $s/@scorecard-version)"/>
            <xsl:with-param name="marking" select="$marking"/>
          </xsl:call-template>
          <xsl:text>
.banner { background: var(--accent); color: #fff; padding: 10mm 17mm 8mm; max-width: 210mm; margin: 0 auto; }
.banner h1 { color: #fff; margin: 0 0 2mm; font-size: 22pt; }
.banner p { margin: 0; opacity: .9; }
.marking { display: inline-block; margin-top: 3mm; border: 2px solid #fff; padding: 1mm 3mm; font-weight: 700;
  text-transform: uppercase; letter-spacing: .06em; }
.heat { margin-bottom: 6mm; }
.capped { font-size: 8pt; color: var(--muted); }
table.ranking td, table.ranking th { padding: 1mm 2mm; }
table.unmet td:nth-child(2) { width: 42%; }
/* Short chapters: they follow each other rather than start new pages. */
section.chapter { break-before: auto; }
@media print { .banner { max-width: none; } }
</xsl:text>
        </style>
      </head>
      <body>
        <header class="banner">
          <h1><xsl:value-of select="$title"/></h1>
          <p>
            <xsl:apply-templates select="$s/e:title" mode="text"/>
            <xsl:text> · </xsl:text>
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'sum.subtitle'"/>
              <xsl:with-param name="a1" select="$s/@scorecard"/>
              <xsl:with-param name="a2" select="$s/@scorecard-version"/>
              <xsl:with-param name="a3">
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="concat('model.name.', $s/@model)"/>
                </xsl:call-template>
              </xsl:with-param>
              <xsl:with-param name="a4" select="$n"/>
            </xsl:call-template>
          </p>
          <xsl:if test="normalize-space($marking) != ''">
            <span class="marking"><xsl:value-of select="$marking"/></span>
          </xsl:if>
          <xsl:call-template name="language-note"/>
        </header>
        <main>
          <xsl:call-template name="overview"/>
          <xsl:call-template name="ranking"/>
          <xsl:call-template name="heat-maps"/>
          <xsl:call-template name="area-averages"/>
          <xsl:call-template name="unmet"/>
          <xsl:call-template name="notes"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="*" mode="text">
    <span dir="auto">
      <xsl:if test="@xml:lang">
        <xsl:attribute name="lang">
          <xsl:value-of select="@xml:lang"/>
        </xsl:attribute>
      </xsl:if>
      <xsl:value-of select="normalize-space(.)"/>
    </span>
  </xsl:template>

  <xsl:template name="heading">
    <xsl:param name="n"/>
    <xsl:param name="key"/>
    <h2>
      <xsl:value-of select="concat($n, ' ')"/>
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="$key"/>
      </xsl:call-template>
    </h2>
  </xsl:template>

  <!-- final - self in points, signed; n/a when either is. -->
  <xsl:template name="gap">
    <xsl:param name="self"/>
    <xsl:param name="final"/>
    <xsl:choose>
      <xsl:when test="$self = 'na' or $final = 'na'">
        <xsl:value-of select="$na-word"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="d" select="round(($final - $self) * 100) div 100"/>
        <xsl:if test="$d &gt; 0">+</xsl:if>
        <xsl:call-template name="num">
          <xsl:with-param name="n" select="$d"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 1 in the highest grade band of the scorecard, 2 in the next...: the
       band of a score is its grade's position. -->
  <xsl:template name="band">
    <xsl:param name="score"/>
    <xsl:value-of select="count($grades[number(@min) &gt; number($score)]) + 1"/>
  </xsl:template>

  <!-- Fill and text colours of a band: dark to light, so that the order
       survives greyscale; the figure is printed in every cell as well. -->
  <xsl:template name="band-fill">
    <xsl:param name="band"/>
    <xsl:value-of select="substring('#08306b#2f6ea8#7fb0d8#c6dcef#eef4fa#ffffff', 7 * ($band - 1) + 1, 7)"/>
  </xsl:template>

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
            <xsl:call-template name="gap">
              <xsl:with-param name="self" select="$avg/@self"/>
              <xsl:with-param name="final" select="$avg/@final"/>
            </xsl:call-template>
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
      <h3><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.grades'"/></xsl:call-template></h3>
      <xsl:call-template name="grade-chart"/>
    </section>
  </xsl:template>

  <!-- How many agencies have each grade: one bar per grade, the count and
       share written beside it. -->
  <xsl:template name="grade-chart">
    <xsl:variable name="rows" select="$grades"/>
    <xsl:variable name="na" select="count($entries[@grade = 'na'])"/>
    <xsl:variable name="nrows" select="count($rows) + number($na &gt; 0)"/>
    <xsl:variable name="height" select="20 + $nrows * 30"/>
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
            <xsl:value-of select="concat(': ', count($entries[@grade = current()/@id]), '. ')"/>
          </xsl:for-each>
        </desc>
        <xsl:for-each select="$rows">
          <xsl:variable name="count" select="count($entries[@grade = current()/@id])"/>
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
                <xsl:with-param name="n" select="format-number(100 * $count div ($n + number($n = 0)), '0.00')"/>
              </xsl:call-template>
              <xsl:text>)</xsl:text>
            </text>
          </g>
        </xsl:for-each>
        <xsl:if test="$na &gt; 0">
          <xsl:variable name="y" select="10 + count($rows) * 30"/>
          <g data-grade="na">
            <text x="0" y="{$y + 15}" fill="#1c2733">
              <xsl:call-template name="grade-name"><xsl:with-param name="id" select="'na'"/></xsl:call-template>
            </text>
            <rect x="170" y="{$y}" height="20" width="{round(440 * $na div $n)}" fill="#ffffff" stroke="#0b5c8e" stroke-dasharray="4 2"/>
            <text x="{176 + round(440 * $na div $n)}" y="{$y + 15}" fill="#1c2733"><xsl:value-of select="$na"/></text>
          </g>
        </xsl:if>
      </svg>
    </figure>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- 2 Ranking                                                     -->
  <!-- ============================================================ -->

  <xsl:template name="ranking">
    <section class="chapter" id="ranking">
      <xsl:call-template name="heading">
        <xsl:with-param name="n" select="'2'"/>
        <xsl:with-param name="key" select="'sum.ranking'"/>
      </xsl:call-template>
      <p><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.ranking-text'"/></xsl:call-template></p>
      <table class="ranking">
        <thead>
          <tr>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.rank'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.agency'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.period'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.final-score'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.self-score'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'fig.gap'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'fig.met'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'fig.grade'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$entries">
            <tr data-agency="{@agency}" data-period="{@period}">
              <td class="num">
                <xsl:choose>
                  <xsl:when test="@rank"><xsl:value-of select="@rank"/></xsl:when>
                  <xsl:otherwise>–</xsl:otherwise>
                </xsl:choose>
              </td>
              <th scope="row"><xsl:value-of select="@agency"/></th>
              <td><xsl:value-of select="@period"/></td>
              <td class="num"><strong><xsl:call-template name="num"><xsl:with-param name="n" select="@final"/></xsl:call-template></strong></td>
              <td class="num"><xsl:call-template name="num"><xsl:with-param name="n" select="@self"/></xsl:call-template></td>
              <td class="num">
                <xsl:call-template name="gap">
                  <xsl:with-param name="self" select="@self"/>
                  <xsl:with-param name="final" select="@final"/>
                </xsl:call-template>
              </td>
              <td class="num"><xsl:call-template name="pct"><xsl:with-param name="n" select="@met"/></xsl:call-template></td>
              <td>
                <xsl:call-template name="grade-name"><xsl:with-param name="id" select="@grade"/></xsl:call-template>
                <xsl:if test="@uncapped-grade != @grade">
                  <br/>
                  <span class="capped">
                    <xsl:call-template name="t">
                      <xsl:with-param name="key" select="'fig.capped'"/>
                      <xsl:with-param name="a1">
                        <xsl:call-template name="grade-name"><xsl:with-param name="id" select="@uncapped-grade"/></xsl:call-template>
                      </xsl:with-param>
                    </xsl:call-template>
                  </span>
                </xsl:if>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- 3 Heat map                                                    -->
  <!-- ============================================================ -->

  <xsl:template name="heat-maps">
    <section class="chapter" id="heat-map">
      <xsl:call-template name="heading">
        <xsl:with-param name="n" select="'3'"/>
        <xsl:with-param name="key" select="'sum.heat'"/>
      </xsl:call-template>
      <p><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.heat-text'"/></xsl:call-template></p>
      <xsl:call-template name="heat-legend"/>
      <!-- Entries are in ranking order: each map takes the next rows. -->
      <xsl:for-each select="$entries[position() mod $rows-per-map = 1]">
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

  <!-- The heat map of the rows-per-map entries from $from on. Taken one
       sibling at a time: libxml2 2.9 stops early on a literal [1], but reads
       every following sibling for [position() &lt; $n], which made the maps
       quadratic in the number of entries. -->
  <xsl:template name="next-rows">
    <xsl:param name="from"/>
    <xsl:param name="part"/>
    <xsl:param name="rows" select="/.."/>
    <xsl:choose>
      <xsl:when test="$from and count($rows) &lt; $rows-per-map">
        <xsl:call-template name="next-rows">
          <xsl:with-param name="from" select="$from/following-sibling::e:entry[1]"/>
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

  <xsl:template name="heat-legend">
    <xsl:variable name="height" select="24"/>
    <svg viewBox="0 0 720 {$height}" width="720" height="{$height}" role="img" aria-labelledby="legend-title"
         direction="ltr" font-size="11">
      <title id="legend-title"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.legend'"/></xsl:call-template></title>
      <!-- Shared by every map of the page. -->
      <defs>
        <pattern id="na-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="5" height="5" fill="#ffffff"/>
          <line x1="0" y1="0" x2="0" y2="5" stroke="#9aa5ae" stroke-width="1.2"/>
        </pattern>
      </defs>
      <xsl:for-each select="$grades">
        <xsl:variable name="x" select="(position() - 1) * 140"/>
        <rect x="{$x}" y="4" width="22" height="16" stroke="#56636f" stroke-width="0.5">
          <xsl:attribute name="fill">
            <xsl:call-template name="band-fill"><xsl:with-param name="band" select="position()"/></xsl:call-template>
          </xsl:attribute>
        </rect>
        <text x="{$x + 28}" y="16" fill="#1c2733">
          <xsl:call-template name="grade-name"><xsl:with-param name="id" select="@id"/></xsl:call-template>
          <xsl:text> ≥ </xsl:text>
          <xsl:call-template name="num"><xsl:with-param name="n" select="@min"/><xsl:with-param name="pattern" select="'0.##'"/></xsl:call-template>
        </text>
      </xsl:for-each>
      <xsl:variable name="x" select="count($grades) * 140"/>
      <rect x="{$x}" y="4" width="22" height="16" fill="url(#na-hatch)" stroke="#56636f" stroke-width="0.5"/>
      <text x="{$x + 28}" y="16" fill="#1c2733"><xsl:value-of select="$na-word"/></text>
    </svg>
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
           aria-labelledby="heat-title-{$part}" direction="ltr" font-size="10">
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
          <xsl:variable name="entry" select="."/>
          <g data-agency="{@agency}">
            <text x="0" y="{$y + 14}" fill="#1c2733">
              <xsl:value-of select="concat(@agency, ' ', @period)"/>
            </text>
            <xsl:for-each select="$areas">
              <xsl:variable name="x" select="$label-w + (position() - 1) * $cell-w"/>
              <xsl:variable name="cell" select="$entry/e:area[@id = current()/@id]"/>
              <xsl:choose>
                <xsl:when test="$cell and $cell/@final != 'na'">
                  <xsl:variable name="band">
                    <xsl:call-template name="band"><xsl:with-param name="score" select="$cell/@final"/></xsl:call-template>
                  </xsl:variable>
                  <rect x="{$x + 1}" y="{$y + 1}" width="{$cell-w - 2}" height="{$row-h - 2}">
                    <xsl:attribute name="fill">
                      <xsl:call-template name="band-fill"><xsl:with-param name="band" select="$band"/></xsl:call-template>
                    </xsl:attribute>
                  </rect>
                  <text x="{$x + $cell-w div 2}" y="{$y + 14}" text-anchor="middle">
                    <xsl:attribute name="fill">
                      <xsl:choose>
                        <xsl:when test="$band &lt;= 2">#ffffff</xsl:when>
                        <xsl:otherwise>#1c2733</xsl:otherwise>
                      </xsl:choose>
                    </xsl:attribute>
                    <xsl:call-template name="num"><xsl:with-param name="n" select="$cell/@final"/></xsl:call-template>
                  </text>
                </xsl:when>
                <xsl:otherwise>
                  <rect x="{$x + 1}" y="{$y + 1}" width="{$cell-w - 2}" height="{$row-h - 2}"
                        fill="url(#na-hatch)"/>
                  <text x="{$x + $cell-w div 2}" y="{$y + 14}" text-anchor="middle" fill="#56636f">
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

  <!-- ============================================================ -->
  <!-- 4 Averages by area                                            -->
  <!-- ============================================================ -->

  <xsl:template name="area-averages">
    <section class="chapter" id="averages">
      <xsl:call-template name="heading">
        <xsl:with-param name="n" select="'4'"/>
        <xsl:with-param name="key" select="'sum.averages'"/>
      </xsl:call-template>
      <p><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.averages-text'"/></xsl:call-template></p>
      <table class="averages">
        <thead>
          <tr>
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.id'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.area'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.self-score'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.final-score'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'fig.gap'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$s/e:averages/e:area">
            <tr data-area="{@id}">
              <th scope="row"><span class="id"><xsl:value-of select="@id"/></span></th>
              <td><xsl:apply-templates select="key('area', @id)" mode="text"/></td>
              <td class="num"><xsl:call-template name="num"><xsl:with-param name="n" select="@self"/></xsl:call-template></td>
              <td class="num"><strong><xsl:call-template name="num"><xsl:with-param name="n" select="@final"/></xsl:call-template></strong></td>
              <td class="num">
                <xsl:call-template name="gap">
                  <xsl:with-param name="self" select="@self"/>
                  <xsl:with-param name="final" select="@final"/>
                </xsl:call-template>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
        <tfoot>
          <tr data-area="">
            <th scope="row" colspan="2"><xsl:call-template name="t"><xsl:with-param name="key" select="'chart.overall'"/></xsl:call-template></th>
            <td class="num"><xsl:call-template name="num"><xsl:with-param name="n" select="$s/e:averages/@self"/></xsl:call-template></td>
            <td class="num"><xsl:call-template name="num"><xsl:with-param name="n" select="$s/e:averages/@final"/></xsl:call-template></td>
            <td class="num">
              <xsl:call-template name="gap">
                <xsl:with-param name="self" select="$s/e:averages/@self"/>
                <xsl:with-param name="final" select="$s/e:averages/@final"/>
              </xsl:call-template>
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- 5 Most often unmet                                            -->
  <!-- ============================================================ -->

  <xsl:template name="unmet">
    <xsl:variable name="leaves" select="$s/e:leaves/e:leaf"/>
    <section class="chapter" id="unmet">
      <xsl:call-template name="heading">
        <xsl:with-param name="n" select="'5'"/>
        <xsl:with-param name="key" select="'sum.unmet'"/>
      </xsl:call-template>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'sum.unmet-text'"/>
          <xsl:with-param name="a1" select="number($top-unmet)"/>
        </xsl:call-template>
      </p>
      <xsl:choose>
        <xsl:when test="not($leaves)">
          <p class="muted"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.unmet-none'"/></xsl:call-template></p>
        </xsl:when>
        <xsl:otherwise>
          <table class="unmet">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.id'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.item'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.agencies-unmet'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.share'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'status.partial'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'status.not-started'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'status.missing'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$leaves">
                <xsl:sort select="@unmet" data-type="number" order="descending"/>
                <xsl:sort select="@id"/>
                <xsl:if test="position() &lt;= number($top-unmet)">
                  <xsl:variable name="count" select="@unmet"/>
                  <xsl:variable name="leaf" select="."/>
                  <tr data-id="{@id}">
                    <th scope="row"><span class="id"><xsl:value-of select="@id"/></span></th>
                    <td>
                      <xsl:apply-templates select="$leaf" mode="text"/>
                      <xsl:if test="$leaf/@mandatory = 'true'">
                        <xsl:text> </xsl:text>
                        <span class="flag flag-mandatory-unmet"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.mandatory'"/></xsl:call-template></span>
                      </xsl:if>
                      <br/>
                      <span class="small muted">
                        <xsl:value-of select="concat($leaf/@area, ' ')"/>
                        <xsl:apply-templates select="key('area', $leaf/@area)" mode="text"/>
                      </span>
                    </td>
                    <td class="num"><strong><xsl:value-of select="$count"/></strong></td>
                    <td class="num">
                      <xsl:call-template name="pct">
                        <xsl:with-param name="n" select="format-number(100 * $count div $n, '0.00')"/>
                      </xsl:call-template>
                    </td>
                    <td class="num"><xsl:value-of select="@partial"/></td>
                    <td class="num"><xsl:value-of select="@not-started"/></td>
                    <td class="num"><xsl:value-of select="@missing"/></td>
                  </tr>
                </xsl:if>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Notes                                                         -->
  <!-- ============================================================ -->

  <xsl:template name="notes">
    <section class="chapter" id="notes">
      <xsl:call-template name="heading">
        <xsl:with-param name="n" select="''"/>
        <xsl:with-param name="key" select="'sum.notes'"/>
      </xsl:call-template>
      <p><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.note-averages'"/></xsl:call-template></p>
      <p><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.note-rank'"/></xsl:call-template></p>
      <p><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.note-unmet'"/></xsl:call-template></p>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.grade-rule'"/>
          <xsl:with-param name="a1">
            <xsl:call-template name="grade-name">
              <xsl:with-param name="id" select="$s/e:methodology/e:grades/@mandatory-cap"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </p>
      <table id="grades">
        <thead>
          <tr>
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.grade'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.min'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.description'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$grades">
            <tr>
              <th scope="row"><xsl:call-template name="grade-name"><xsl:with-param name="id" select="@id"/></xsl:call-template></th>
              <td class="num"><xsl:call-template name="num"><xsl:with-param name="n" select="@min"/></xsl:call-template></td>
              <td><xsl:apply-templates select="." mode="text"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

</xsl:stylesheet>
