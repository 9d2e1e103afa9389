<?xml version="1.0" encoding="UTF-8"?>
<!--
  Peer-review report, chapter 1: the executive summary. The review team's
  own summary, context, units met and documents reviewed (record.xsl), key
  figures, the lead sentences, the mandatory-cap callout, the counts by
  status and the top recommendations, all as the results give them; each
  a named template of its own, for the executive edition (executive.xsl)
  takes some only.
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
    <section class="chapter" id="summary">
      <xsl:call-template name="chapter-title">
        <xsl:with-param name="n" select="'1'"/>
        <xsl:with-param name="key" select="'sec.summary'"/>
      </xsl:call-template>
      <xsl:call-template name="record"/>
      <xsl:call-template name="summary-figures"/>
      <xsl:call-template name="summary-lead"/>
      <xsl:call-template name="followup-summary"/>
      <xsl:call-template name="status-table"/>
      <xsl:call-template name="top-recommendations"/>
      <xsl:call-template name="good-practices"/>
    </section>
  </xsl:template>

  <!-- The key figures: final and self score, their gap, grade, share met. -->
  <xsl:template name="summary-figures">
    <xsl:variable name="o" select="$r/e:overall"/>
    <div class="figures">
      <xsl:call-template name="figure-final"/>
      <xsl:if test="$has-self">
        <xsl:call-template name="figure-self"/>
        <xsl:call-template name="figure">
          <xsl:with-param name="label-key" select="'fig.gap'"/>
          <xsl:with-param name="data" select="'gap'"/>
          <xsl:with-param name="value">
            <span class="num">
              <xsl:call-template name="gap"/>
            </span>
          </xsl:with-param>
          <xsl:with-param name="note">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'fig.gap-note'"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="figure-grade"/>
      <xsl:call-template name="figure">
        <xsl:with-param name="label-key" select="'fig.met'"/>
        <xsl:with-param name="data" select="'met'"/>
        <xsl:with-param name="value">
          <span class="num">
            <xsl:call-template name="pct">
              <xsl:with-param name="n" select="$o/@met"/>
            </xsl:call-template>
          </span>
        </xsl:with-param>
        <xsl:with-param name="note">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'fig.met-note'"/>
            <xsl:with-param name="a1" select="$o/@achieved"/>
            <xsl:with-param name="a2" select="$o/@rated"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </div>
  </xsl:template>

  <!-- The lead sentences and the mandatory-cap callout. -->
  <xsl:template name="summary-lead">
    <xsl:variable name="o" select="$r/e:overall"/>
    <p class="lead">
      <xsl:call-template name="t">
        <xsl:with-param name="key">
          <xsl:choose>
            <xsl:when test="$has-peer">summary.final</xsl:when>
            <xsl:otherwise>summary.self-only</xsl:otherwise>
          </xsl:choose>
          <xsl:value-of select="$graded-key"/>
        </xsl:with-param>
        <xsl:with-param name="a1" select="$r/@agency"/>
        <xsl:with-param name="a2">
          <xsl:call-template name="score-text">
            <xsl:with-param name="n" select="$o/@final"/>
          </xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="a3">
          <xsl:call-template name="grade">
            <xsl:with-param name="id" select="$o/@grade"/>
          </xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="a4" select="$r/@period"/>
      </xsl:call-template>
      <xsl:if test="$has-self and $has-peer and $o/@gap != 'na'">
        <xsl:text> </xsl:text>
        <xsl:variable name="d" select="$o/@gap"/>
        <xsl:call-template name="t">
          <xsl:with-param name="key">
            <xsl:choose>
              <xsl:when test="$d &lt; 0">summary.gap.lower</xsl:when>
              <xsl:when test="$d &gt; 0">summary.gap.higher</xsl:when>
              <xsl:otherwise>summary.gap.equal</xsl:otherwise>
            </xsl:choose>
            <xsl:value-of select="$graded-key"/>
          </xsl:with-param>
          <xsl:with-param name="a1">
            <xsl:call-template name="score-text">
              <xsl:with-param name="n" select="$o/@self"/>
            </xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="a2">
            <xsl:call-template name="grade">
              <xsl:with-param name="id" select="$o/@self-grade"/>
            </xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="a3">
            <xsl:call-template name="num">
              <xsl:with-param name="n" select="translate($d, '-', '')"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
    </p>
    <p>
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'summary.met'"/>
        <xsl:with-param name="a1" select="$o/@achieved"/>
        <xsl:with-param name="a2" select="$o/@rated"/>
        <xsl:with-param name="a3">
          <xsl:call-template name="pct">
            <xsl:with-param name="n" select="$o/@met"/>
          </xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="a4" select="$o/@counted"/>
      </xsl:call-template>
    </p>
    <xsl:variable name="unmet" select="$r/e:attention/e:reason[@id = 'mandatory-unmet']"/>
    <xsl:if test="$unmet">
      <div class="callout">
        <p>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="concat('summary.cap', $graded-key)"/>
            <xsl:with-param name="a1" select="$unmet/@count"/>
            <xsl:with-param name="a2">
              <xsl:call-template name="grade">
                <xsl:with-param name="id" select="$r/e:methodology/e:grades/@mandatory-cap"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:if test="$o/@uncapped-grade and $o/@uncapped-grade != $o/@grade">
            <xsl:text> </xsl:text>
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'summary.capped'"/>
              <xsl:with-param name="a1">
                <xsl:call-template name="grade">
                  <xsl:with-param name="id" select="$o/@uncapped-grade"/>
                </xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:if>
        </p>
        <p class="small">
          <xsl:for-each select="key('leaf', $unmet/e:item/@ref)">
            <xsl:if test="position() &gt; 1">
              <xsl:text> · </xsl:text>
            </xsl:if>
            <xsl:apply-templates select="." mode="ref"/>
          </xsl:for-each>
        </p>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template name="status-table">
    <table class="status-table" id="status-counts">
      <caption>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'status.caption'"/>
        </xsl:call-template>
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'col.status'"/>
            </xsl:call-template>
          </th>
          <xsl:if test="$has-self">
            <th scope="col" class="num">
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'col.self'"/>
              </xsl:call-template>
            </th>
          </xsl:if>
          <th scope="col" class="num">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'col.final'"/>
            </xsl:call-template>
          </th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$r/e:status-counts/e:status">
          <xsl:variable name="s" select="string(@id)"/>
          <tr data-status="{$s}">
            <th scope="row">
              <xsl:for-each select="$r">
                <xsl:call-template name="status-badge">
                  <xsl:with-param name="status" select="$s"/>
                </xsl:call-template>
              </xsl:for-each>
            </th>
            <xsl:if test="$has-self">
              <td class="num" data-self="">
                <xsl:value-of select="@self"/>
              </td>
            </xsl:if>
            <td class="num" data-final="">
              <xsl:value-of select="@final"/>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'status.total'"/>
            </xsl:call-template>
          </th>
          <xsl:if test="$has-self">
            <td class="num"><xsl:value-of select="$r/e:overall/@counted"/></td>
          </xsl:if>
          <td class="num"><xsl:value-of select="$r/e:overall/@counted"/></td>
        </tr>
      </tfoot>
    </table>
  </xsl:template>

  <xsl:template name="top-recommendations">
    <xsl:variable name="recs" select="$r/e:recommendations/e:recommendation"/>
    <h3>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'rec.title'"/>
      </xsl:call-template>
    </h3>
    <xsl:choose>
      <xsl:when test="not($recs)">
        <p class="muted">
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'rec.none'"/>
          </xsl:call-template>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <p>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'rec.intro'"/>
          </xsl:call-template>
        </p>
        <ol class="recs">
          <xsl:for-each select="$recs[position() &lt;= $top]">
            <xsl:variable name="leaf" select="key('leaf', @ref)"/>
              <li>
                <span>
                  <span class="prio prio-{@priority}">
                    <xsl:call-template name="msg">
                      <xsl:with-param name="key" select="concat('priority.', @priority)"/>
                    </xsl:call-template>
                  </span>
                </span>
                <div>
                  <div><xsl:apply-templates select="$leaf/e:peer/e:recommendation[position() = current()/@n]" mode="text"/></div>
                  <div class="small muted">
                    <xsl:apply-templates select="$leaf" mode="ref"/>
                  </div>
                </div>
              </li>
          </xsl:for-each>
        </ol>
        <xsl:variable name="more" select="$recs[position() &gt; $top]"/>
        <xsl:if test="$more">
          <p class="small muted">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'rec.more'"/>
              <xsl:with-param name="a1" select="count($more)"/>
            </xsl:call-template>
          </p>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
