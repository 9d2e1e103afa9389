<?xml version="1.0" encoding="UTF-8"?>
<!--
  The word-processing reports' chapters 1 to 3: the executive summary
  (the review team's own words first, record.xsl), the scores by area as
  bars, what needs attention.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- 1 Executive summary                                           -->
  <!-- ============================================================ -->

  <xsl:template name="executive-summary">
    <xsl:variable name="o" select="$r/e:overall"/>
    <xsl:call-template name="chapter">
      <xsl:with-param name="n" select="'1'"/>
      <xsl:with-param name="key" select="'sec.summary'"/>
      <xsl:with-param name="mark" select="1"/>
    </xsl:call-template>
    <xsl:call-template name="record"/>
    <xsl:call-template name="table">
        <xsl:with-param name="widths" select="$w.pairs"/>
        <xsl:with-param name="head" select="0"/>
      <xsl:with-param name="rows">
      <xsl:call-template name="figure-rows"/>
      <xsl:call-template name="pair-row">
        <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'fig.met'"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="value"><xsl:call-template name="pct"><xsl:with-param name="n" select="$o/@met"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="note">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'fig.met-note'"/>
            <xsl:with-param name="a1" select="$o/@achieved"/>
            <xsl:with-param name="a2" select="$o/@rated"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="style" select="'Lead'"/>
      <xsl:with-param name="text"><xsl:call-template name="lead-text"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="text"><xsl:call-template name="met-text"/></xsl:with-param>
    </xsl:call-template>
    <xsl:variable name="unmet" select="$leaves[contains(concat(' ', @flags, ' '), ' mandatory-unmet ')]"/>
    <xsl:if test="$unmet">
      <xsl:call-template name="para">
        <xsl:with-param name="style" select="'Callout'"/>
        <xsl:with-param name="text">
          <xsl:call-template name="cap-text">
            <xsl:with-param name="count" select="count($unmet)"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="list">
        <xsl:with-param name="items">
          <xsl:for-each select="$unmet">
            <xsl:call-template name="list-item">
              <xsl:with-param name="text" select="concat(@id, ' ', normalize-space(e:title))"/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="top-recommendations"/>
    <xsl:call-template name="good-practices"/>
  </xsl:template>

  <xsl:template name="top-recommendations">
    <!-- in report order, as the results give them -->
    <xsl:variable name="recs" select="$r/e:recommendations/e:recommendation"/>
    <xsl:variable name="top" select="number($top-recommendations)"/>
    <xsl:call-template name="heading">
      <xsl:with-param name="level" select="2"/>
      <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="'rec.title'"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="not($recs)">
        <xsl:call-template name="msg-para"><xsl:with-param name="key" select="'rec.none'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="msg-para"><xsl:with-param name="key" select="'rec.intro'"/></xsl:call-template>
        <xsl:call-template name="list">
          <xsl:with-param name="numbered" select="true()"/>
          <xsl:with-param name="items">
            <xsl:for-each select="$recs[position() &lt;= $top]">
              <xsl:for-each select="key('leaf', @ref)/e:peer/e:recommendation[position() = current()/@n]">
                <xsl:call-template name="list-item">
                  <xsl:with-param name="numbered" select="true()"/>
                  <xsl:with-param name="runs">
                    <xsl:call-template name="priority-run"/>
                    <xsl:call-template name="run">
                      <xsl:with-param name="text" select="concat(' ', normalize-space(.), ' ')"/>
                    </xsl:call-template>
                    <xsl:call-template name="run">
                      <xsl:with-param name="text" select="concat('(', ../../@id, ' ', normalize-space(../../e:title), ')')"/>
                      <xsl:with-param name="style" select="'Muted'"/>
                    </xsl:call-template>
                  </xsl:with-param>
                </xsl:call-template>
              </xsl:for-each>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:if test="$recs[position() &gt; $top]">
          <xsl:call-template name="para">
            <xsl:with-param name="style" select="'Small'"/>
            <xsl:with-param name="text">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="'rec.more'"/>
                <xsl:with-param name="a1" select="count($recs[position() &gt; $top])"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The good practices the review found, as the results list them. -->
  <xsl:template name="good-practices">
    <xsl:variable name="practices" select="$r/e:good-practices/e:practice"/>
    <xsl:if test="$practices">
      <xsl:call-template name="heading">
        <xsl:with-param name="level" select="2"/>
        <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="'gp.title'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="para">
        <xsl:with-param name="text">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'gp.intro'"/>
            <xsl:with-param name="a1" select="$r/e:good-practices/@count"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="list">
        <xsl:with-param name="items">
          <xsl:for-each select="$practices">
            <xsl:variable name="leaf" select="key('leaf', @ref)"/>
            <xsl:call-template name="list-item">
              <xsl:with-param name="text" select="concat(normalize-space($leaf/e:peer/e:finding[position() = current()/@n]), ' (', @ref, ' ', normalize-space($leaf/e:title), ')')"/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- 2 Scores by area: bars as shaded cells                        -->
  <!-- ============================================================ -->

  <!-- The bar column is 5000 twips wide: 50 twips a point. -->
  <xsl:template name="chart-section">
    <xsl:call-template name="chapter">
      <xsl:with-param name="n" select="'2'"/>
      <xsl:with-param name="key" select="'sec.chart'"/>
      <xsl:with-param name="mark" select="2"/>
    </xsl:call-template>
    <xsl:call-template name="msg-para"><xsl:with-param name="key" select="'chart.intro'"/></xsl:call-template>
    <xsl:call-template name="table">
      <xsl:with-param name="widths" select="$w.chart"/>
      <xsl:with-param name="rows-of" select="$r"/>
    </xsl:call-template>
    <xsl:call-template name="msg-para">
      <xsl:with-param name="key" select="'chart.caption'"/>
      <xsl:with-param name="style" select="'Caption'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The chart's rows: each top-level area, then the whole. -->
  <xsl:template match="e:results" mode="rows">
    <xsl:call-template name="header-row">
      <xsl:with-param name="keys" select="'col.area chart.title col.self-score col.final-score'"/>
    </xsl:call-template>
    <xsl:for-each select="e:area | e:overall">
      <xsl:call-template name="row">
        <xsl:with-param name="cells-of" select="."/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- A top-level area's or the whole's row in the chart. Its pattern
       (priority 0.5) wins over that of the rows of an area's table
       (areas.xsl), whose sub-areas are never top-level ones. -->
  <xsl:template match="e:results/e:area | e:overall" mode="cells">
    <xsl:call-template name="cell">
      <xsl:with-param name="text">
        <xsl:choose>
          <xsl:when test="self::e:overall"><xsl:call-template name="msg"><xsl:with-param name="key" select="'chart.overall'"/></xsl:call-template></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat(@id, ' ', normalize-space(e:title))"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="bar-cell">
      <xsl:with-param name="self" select="@self"/>
      <xsl:with-param name="final" select="@final"/>
    </xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="style" select="'TableNumber'"/>
      <xsl:with-param name="text"><xsl:call-template name="score-text"><xsl:with-param name="n" select="@self"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="style" select="'TableNumber'"/>
      <xsl:with-param name="run-style" select="'Strong'"/>
      <xsl:with-param name="text"><xsl:call-template name="score-text"><xsl:with-param name="n" select="@final"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- 3 What needs attention                                        -->
  <!-- ============================================================ -->

  <xsl:template name="attention">
    <xsl:variable name="flagged" select="$leaves[@flags or (@counted = 'true' and @status = 'missing')]"/>
    <xsl:call-template name="chapter">
      <xsl:with-param name="n" select="'3'"/>
      <xsl:with-param name="key" select="'sec.attention'"/>
      <xsl:with-param name="mark" select="3"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="not($flagged)">
        <xsl:call-template name="msg-para"><xsl:with-param name="key" select="'att.none'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="msg-para"><xsl:with-param name="key" select="concat('att.intro', $graded-key)"/></xsl:call-template>
        <xsl:for-each select="str:split('mandatory-unmet blocked unsupported overclaim disagreement missing', ' ')">
          <xsl:variable name="kind" select="string(.)"/>
          <xsl:variable name="items" select="$flagged[contains(concat(' ', @flags, ' '), concat(' ', $kind, ' '))
                                             or ($kind = 'missing' and @counted = 'true' and @status = 'missing')]"/>
          <xsl:if test="$items">
            <xsl:for-each select="$r">
              <xsl:call-template name="heading">
                <xsl:with-param name="level" select="2"/>
                <xsl:with-param name="text">
                  <xsl:call-template name="msg"><xsl:with-param name="key" select="concat('att.', $kind)"/></xsl:call-template>
                  <xsl:value-of select="concat(' (', count($items), ')')"/>
                </xsl:with-param>
              </xsl:call-template>
              <xsl:call-template name="msg-para">
                <xsl:with-param name="key">
                  <xsl:call-template name="flag-key">
                    <xsl:with-param name="head" select="'att'"/>
                    <xsl:with-param name="flag" select="$kind"/>
                    <xsl:with-param name="part" select="'why'"/>
                  </xsl:call-template>
                </xsl:with-param>
                <xsl:with-param name="style" select="'Small'"/>
              </xsl:call-template>
            </xsl:for-each>
            <xsl:call-template name="list">
              <xsl:with-param name="items">
                <xsl:for-each select="$items">
                  <xsl:call-template name="list-item">
                    <xsl:with-param name="text">
                      <xsl:value-of select="concat(@id, ' ', normalize-space(e:title), ': ')"/>
                      <xsl:call-template name="attention-text">
                        <xsl:with-param name="kind" select="$kind"/>
                      </xsl:call-template>
                    </xsl:with-param>
                  </xsl:call-template>
                </xsl:for-each>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:if>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
