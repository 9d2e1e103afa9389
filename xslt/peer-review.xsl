<?xml version="1.0" encoding="UTF-8"?>
<!--
  The peer-review report of one agency and period: a self-contained HTML5
  page (inline CSS and SVG, no script, no external reference) from one
  results document. Printed, it is an A4 report with a cover, a running
  header and page numbers. Every fixed word comes from the catalogue of the
  chosen language (common.xsl).

  Parameters (strings): lang (set by emscore), marking (a line such as
  "Draft for discussion" on the cover and every page), top-recommendations
  (how many recommendations the executive summary lists; default 10).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:param name="marking" select="''"/>
  <xsl:param name="top-recommendations" select="10"/>

  <xsl:key name="reviewer" match="e:reviewer" use="@id"/>

  <xsl:variable name="r" select="/e:results"/>
  <!-- No unions of large node-sets and no key with many nodes per value:
       libxml2 2.9 merges and indexes node-sets with a duplicate check that
       is quadratic in their size. One pass with a predicate is linear. -->
  <xsl:variable name="leaves" select="//*[self::e:milestone or self::e:indicator]"/>
  <xsl:variable name="counted" select="$leaves[@counted = 'true']"/>
  <xsl:variable name="max" select="$r/e:methodology/e:scale/@max"/>
  <xsl:variable name="achieved-id" select="$r/e:methodology/e:scale/@achieved"/>
  <xsl:variable name="has-self" select="boolean($r/e:self-assessment)"/>
  <xsl:variable name="has-peer" select="boolean($r/e:peer-assessment)"/>
  <xsl:variable name="top" select="number($top-recommendations)"/>

  <!-- Words used for every milestone, looked up once. -->
  <xsl:variable name="w.status.achieved"><xsl:call-template name="t"><xsl:with-param name="key" select="'status.achieved'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.status.partial"><xsl:call-template name="t"><xsl:with-param name="key" select="'status.partial'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.status.not-started"><xsl:call-template name="t"><xsl:with-param name="key" select="'status.not-started'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.status.na"><xsl:call-template name="t"><xsl:with-param name="key" select="'status.na'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.status.missing"><xsl:call-template name="t"><xsl:with-param name="key" select="'status.missing'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.self"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.self'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.peer"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.peer'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.final"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.final'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.mandatory"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.mandatory'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.evidence-required"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.evidence-required'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.requires"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.requires'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.weight"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.weight'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.unit"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.unit'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.better.higher"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.better.higher'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.better.lower"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.better.lower'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.thresholds"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.thresholds'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.ratings"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.ratings'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.consensus"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.consensus'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.median"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.median'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.evidence"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.evidence'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.comment"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.comment'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.justification"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.justification'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.findings"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.findings'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.recommendations"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.recommendations'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.guidance"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.guidance'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.no-response"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.no-response'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.nothing-more"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.nothing-more'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.not-rated"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.not-rated'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.counted-as"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.counted-as'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.not-counted"><xsl:call-template name="t"><xsl:with-param name="key" select="'not-counted'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.kind.milestone"><xsl:call-template name="t"><xsl:with-param name="key" select="'kind.milestone'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.kind.indicator"><xsl:call-template name="t"><xsl:with-param name="key" select="'kind.indicator'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.area.sub"><xsl:call-template name="t"><xsl:with-param name="key" select="'area.sub'"/></xsl:call-template></xsl:variable>

  <xsl:variable name="title">
    <xsl:call-template name="t">
      <xsl:with-param name="key">
        <xsl:choose>
          <xsl:when test="$has-peer">title.peer</xsl:when>
          <xsl:otherwise>title.self</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:variable>

  <!-- ============================================================ -->
  <!-- Page                                                          -->
  <!-- ============================================================ -->

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="{$lang}" dir="{$dir}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="{$r/@generator}"/>
        <title>
          <xsl:value-of select="concat($r/@agency, ' ', $r/@period, ': ', $title)"/>
        </title>
        <style>
          <xsl:call-template name="css"/>
        </style>
      </head>
      <body>
        <xsl:apply-templates select="$r" mode="cover"/>
        <main>
          <xsl:call-template name="contents"/>
          <xsl:call-template name="executive-summary"/>
          <xsl:call-template name="chart-section"/>
          <xsl:call-template name="attention"/>
          <xsl:call-template name="areas"/>
          <xsl:call-template name="annex"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- The shared page style, then the cover, contents and milestone cards. -->
  <xsl:template name="css">
    <xsl:call-template name="page-css">
      <xsl:with-param name="header" select="concat($r/@agency, ' · ', $r/@period, ' · ', $title)"/>
      <xsl:with-param name="marking" select="$marking"/>
    </xsl:call-template>
    <xsl:text>@page :first { margin: 0; @top-left { content: none; } @top-right { content: none; }
  @bottom-left { content: none; } @bottom-right { content: none; } }
#areas > section.area ~ section.area { break-before: page; }

/* cover */
.cover { min-height: 297mm; display: flex; flex-direction: column; break-after: page;
  position: relative; }
.cover-band { background: var(--accent); color: #fff; padding: 26mm 20mm 14mm; }
.cover-band .kicker { text-transform: uppercase; letter-spacing: .12em; font-size: 9pt;
  opacity: .85; margin-bottom: 6mm; }
.cover-band h1 { color: #fff; font-size: 26pt; margin: 0 0 10mm; font-weight: 600; }
.cover-band .agency { font-size: 40pt; font-weight: 700; margin: 0; letter-spacing: .02em; }
.cover-band .period { font-size: 15pt; margin: 1mm 0 0; opacity: .9; }
.cover-stripe { height: 3mm; background: var(--un); }
.cover-body { padding: 12mm 20mm 10mm; flex: 1; display: flex; flex-direction: column; gap: 8mm; }
.marking { border: 2px solid #9b1c1c; color: #9b1c1c; font-weight: 700; padding: 2mm 4mm;
  display: inline-block; text-transform: uppercase; letter-spacing: .06em; }
.cover-figures { display: flex; gap: 6mm; flex-wrap: wrap; }
.cover-figures .fig { flex: 1 1 0; min-width: 38mm; border: 1px solid var(--line);
  border-top: 4px solid var(--accent); padding: 3mm 4mm; }
.cover-meta { display: grid; grid-template-columns: 42mm 1fr; gap: 2mm 6mm; margin: 0; }
.cover-meta dt { color: var(--muted); font-size: 9pt; text-transform: uppercase;
  letter-spacing: .05em; padding-top: .5mm; }
.cover-meta dd { margin: 0; }
.cover-meta ul { margin: 0; padding: 0; list-style: none; }
.cover-foot { color: var(--muted); font-size: 8.5pt; border-top: 1px solid var(--line);
  padding-top: 3mm; margin-top: auto; }

.lead { font-size: 11pt; }
.callout { border-inline-start: 4px solid var(--bad); background: #fbf1f1; padding: 2.5mm 4mm; margin: 3mm 0; }
tr.subarea td { background: var(--accent-soft); font-weight: 600; }
tr.notcounted td { color: var(--muted); }
.status-table { width: auto; min-width: 60%; }

/* recommendations and lists */
ol.recs { list-style: none; padding: 0; margin: 0 0 4mm; }
ol.recs li { display: grid; grid-template-columns: 18mm 1fr; gap: 3mm; padding: 2mm 0;
  border-bottom: 1px solid var(--line); break-inside: avoid; }
.att-group { margin-bottom: 5mm; break-inside: avoid-page; }
.att-group ul { margin: 1mm 0 0; padding-inline-start: 5mm; }
.att-group li { margin-bottom: 1mm; }
.contents ol { list-style: none; padding-inline-start: 0; }
.contents ol ol { padding-inline-start: 6mm; }
.contents li { margin: .8mm 0; }
.contents a { border-bottom: 1px dotted var(--muted); }

/* milestone cards */
/* A long card may run over a page; its head stays with its levels. */
.leaf { border: 1px solid var(--line); border-inline-start: 4px solid var(--accent);
  padding: 2.5mm 3.5mm; margin: 0 0 3.5mm; }
.leaf header, .leaf .meta { break-after: avoid; }
.leaf .levels, .leaf .flags, .leaf .cols > div > ul > li { break-inside: avoid; }
.leaf.st-achieved-card { border-inline-start-color: var(--ok); }
.leaf.st-partial-card { border-inline-start-color: var(--part); }
.leaf.st-not-started-card { border-inline-start-color: var(--bad); }
.leaf.st-na-card, .leaf.st-missing-card { border-inline-start-style: dashed; border-inline-start-color: var(--na); }
.leaf header { display: flex; gap: 3mm; align-items: baseline; flex-wrap: wrap; }
.leaf header h4 { flex: 1; }
.leaf .meta { font-size: 8.5pt; color: var(--muted); margin: .8mm 0 2mm; }
.levels { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 2mm; margin: 2mm 0; }
.levels > div { background: var(--soft); padding: 1.5mm 2.5mm; display: flex; flex-wrap: wrap;
  gap: 0 2mm; align-items: baseline; }
.levels .label { flex-basis: 100%; font-size: 7.5pt; text-transform: uppercase; letter-spacing: .05em;
  color: var(--muted); }
.levels .level { flex: 1; }
.levels .final { background: var(--accent-soft); font-weight: 600; }
.leaf .flags { margin: 2mm 0; padding: 2mm 3mm; background: #fff8e6; border: 1px solid #e8d5a8; font-size: 9pt; }
.leaf .flags p { margin: .5mm 0; }
.leaf .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; }
.leaf .cols > div { min-width: 0; }
.leaf h5 { font-size: 8.5pt; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
  margin: 2mm 0 1mm; }
.leaf ul { margin: 0 0 1.5mm; padding-inline-start: 4.5mm; font-size: 9pt; }
.leaf .text { font-size: 9pt; }
.leaf .guidance { font-size: 8.5pt; color: var(--muted); border-top: 1px dotted var(--line);
  margin-top: 2mm; padding-top: 1.5mm; }
.rec { margin: 1mm 0; font-size: 9pt; }
.finding { font-size: 9pt; }
.area-head { display: flex; gap: 5mm; flex-wrap: wrap; align-items: baseline; margin-bottom: 2mm; }
.area-head span { color: var(--muted); font-size: 9.5pt; }
.area-head strong, .area-head span span { color: var(--ink); }

@media screen {
  .cover { box-shadow: 0 1px 6px rgba(0,0,0,.18); margin-bottom: 8mm; }
}
@media print {
  .cover { min-height: 297mm; max-width: none; height: 297mm; }
}
@media (max-width: 700px) {
  .leaf .cols { grid-template-columns: 1fr; }
  .cover-meta { grid-template-columns: 1fr; }
}
</xsl:text>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Small pieces                                                  -->
  <!-- ============================================================ -->

  <!-- Free text from the results: kept as text, with its language. -->
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

  <xsl:template name="score">
    <xsl:param name="n"/>
    <span class="num">
      <xsl:call-template name="num">
        <xsl:with-param name="n" select="$n"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <xsl:template name="status-badge">
    <xsl:param name="status"/>
    <span class="badge st-{$status}">
      <xsl:choose>
        <xsl:when test="$status = 'achieved'"><xsl:value-of select="$w.status.achieved"/></xsl:when>
        <xsl:when test="$status = 'partial'"><xsl:value-of select="$w.status.partial"/></xsl:when>
        <xsl:when test="$status = 'not-started'"><xsl:value-of select="$w.status.not-started"/></xsl:when>
        <xsl:when test="$status = 'na'"><xsl:value-of select="$w.status.na"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$w.status.missing"/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template name="grade">
    <xsl:param name="id"/>
    <xsl:call-template name="grade-name">
      <xsl:with-param name="id" select="$id"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A link to a leaf's card: its id, then its title. -->
  <xsl:template match="e:milestone | e:indicator" mode="ref">
    <a class="ref" href="#leaf-{@id}">
      <xsl:value-of select="@id"/>
    </a>
    <xsl:text> </xsl:text>
    <xsl:apply-templates select="e:title" mode="text"/>
  </xsl:template>

  <!-- The reviewers' ratings of the current leaf, as "Name: Level; ...". -->
  <xsl:template name="ratings-text">
    <xsl:for-each select="e:peer/e:rating">
      <xsl:if test="position() &gt; 1">; </xsl:if>
      <xsl:variable name="who" select="key('reviewer', @by)"/>
      <xsl:choose>
        <xsl:when test="$who">
          <xsl:value-of select="normalize-space($who)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="@by"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:text>: </xsl:text>
      <xsl:call-template name="level-name">
        <xsl:with-param name="id" select="@level"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- The difference final - self in points, signed, or n/a. -->
  <xsl:template name="gap">
    <xsl:choose>
      <xsl:when test="$r/e:overall/@self = 'na' or $r/e:overall/@final = 'na'">
        <xsl:call-template name="num">
          <xsl:with-param name="n" select="'na'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="d" select="round(($r/e:overall/@final - $r/e:overall/@self) * 100) div 100"/>
        <xsl:if test="$d &gt; 0">+</xsl:if>
        <xsl:call-template name="num">
          <xsl:with-param name="n" select="$d"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Cover                                                         -->
  <!-- ============================================================ -->

  <xsl:template match="e:results" mode="cover">
    <section class="cover" id="cover">
      <div class="cover-band">
        <p class="kicker">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'cover.kicker'"/>
          </xsl:call-template>
        </p>
        <h1>
          <xsl:value-of select="$title"/>
        </h1>
        <p class="agency">
          <xsl:value-of select="@agency"/>
        </p>
        <p class="period">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'cover.period-line'"/>
            <xsl:with-param name="a1" select="@period"/>
          </xsl:call-template>
        </p>
      </div>
      <div class="cover-stripe"></div>
      <div class="cover-body">
        <xsl:if test="normalize-space($marking) != ''">
          <p>
            <span class="marking">
              <xsl:value-of select="$marking"/>
            </span>
          </p>
        </xsl:if>
        <xsl:call-template name="language-note"/>
        <div class="cover-figures">
          <xsl:call-template name="figure-final"/>
          <xsl:call-template name="figure-grade"/>
          <xsl:if test="$has-self and $has-peer">
            <xsl:call-template name="figure-self"/>
          </xsl:if>
        </div>
        <dl class="cover-meta">
          <dt>
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'cover.scorecard'"/>
            </xsl:call-template>
          </dt>
          <dd>
            <xsl:apply-templates select="e:title" mode="text"/>
            <br/>
            <span class="muted small">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="'cover.scorecard-id'"/>
                <xsl:with-param name="a1" select="@scorecard"/>
                <xsl:with-param name="a2" select="@scorecard-version"/>
              </xsl:call-template>
            </span>
          </dd>
          <xsl:if test="@profile">
            <dt>
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="'cover.profile'"/>
              </xsl:call-template>
            </dt>
            <dd>
              <xsl:choose>
                <xsl:when test="e:profile-title">
                  <xsl:apply-templates select="e:profile-title" mode="text"/>
                  <br/>
                  <span class="muted small">
                    <xsl:value-of select="@profile"/>
                  </span>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:value-of select="@profile"/>
                </xsl:otherwise>
              </xsl:choose>
            </dd>
          </xsl:if>
          <dt>
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'cover.model'"/>
            </xsl:call-template>
          </dt>
          <dd>
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="concat('model.name.', @model)"/>
            </xsl:call-template>
          </dd>
          <xsl:for-each select="e:peer-assessment">
            <xsl:if test="e:team">
              <dt>
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="'cover.team'"/>
                </xsl:call-template>
              </dt>
              <dd>
                <ul>
                  <xsl:for-each select="e:team/e:reviewer">
                    <li>
                      <span dir="auto">
                        <xsl:value-of select="normalize-space(.)"/>
                      </span>
                      <xsl:text> </xsl:text>
                      <span class="muted">
                        <xsl:text>(</xsl:text>
                        <xsl:value-of select="@agency"/>
                        <xsl:text>)</xsl:text>
                      </span>
                    </li>
                  </xsl:for-each>
                </ul>
              </dd>
            </xsl:if>
            <xsl:for-each select="e:mission">
              <dt>
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="'cover.mission'"/>
                </xsl:call-template>
              </dt>
              <dd>
                <strong>
                  <xsl:call-template name="date-range">
                    <xsl:with-param name="from" select="@from"/>
                    <xsl:with-param name="to" select="@to"/>
                  </xsl:call-template>
                </strong>
                <xsl:if test="normalize-space(.) != ''">
                  <br/>
                  <xsl:apply-templates select="." mode="text"/>
                </xsl:if>
              </dd>
            </xsl:for-each>
          </xsl:for-each>
          <xsl:call-template name="assessment-meta">
            <xsl:with-param name="a" select="e:self-assessment"/>
            <xsl:with-param name="key" select="'cover.self'"/>
          </xsl:call-template>
          <xsl:call-template name="assessment-meta">
            <xsl:with-param name="a" select="e:peer-assessment"/>
            <xsl:with-param name="key" select="'cover.peer'"/>
          </xsl:call-template>
        </dl>
        <p class="cover-foot">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'cover.foot'"/>
            <xsl:with-param name="a1" select="@generator"/>
          </xsl:call-template>
        </p>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="assessment-meta">
    <xsl:param name="a"/>
    <xsl:param name="key"/>
    <xsl:if test="$a and ($a/e:assessor or $a/e:date)">
      <dt>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="$key"/>
        </xsl:call-template>
      </dt>
      <dd>
        <xsl:apply-templates select="$a/e:assessor" mode="text"/>
        <xsl:if test="$a/e:assessor and $a/e:date">
          <xsl:text>, </xsl:text>
        </xsl:if>
        <xsl:if test="$a/e:date">
          <span class="num">
            <xsl:call-template name="date">
              <xsl:with-param name="d" select="$a/e:date"/>
            </xsl:call-template>
          </span>
        </xsl:if>
      </dd>
    </xsl:if>
  </xsl:template>

  <xsl:template name="date-range">
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:call-template name="t">
      <xsl:with-param name="key" select="'date.range'"/>
      <xsl:with-param name="a1">
        <xsl:call-template name="date">
          <xsl:with-param name="d" select="$from"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="a2">
        <xsl:call-template name="date">
          <xsl:with-param name="d" select="$to"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Key figures                                                   -->
  <!-- ============================================================ -->

  <xsl:template name="figure">
    <xsl:param name="class" select="''"/>
    <xsl:param name="label-key"/>
    <xsl:param name="value"/>
    <xsl:param name="note" select="''"/>
    <xsl:param name="data" select="''"/>
    <div class="fig {$class}">
      <xsl:if test="$data != ''">
        <xsl:attribute name="data-figure">
          <xsl:value-of select="$data"/>
        </xsl:attribute>
      </xsl:if>
      <div class="label">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="$label-key"/>
        </xsl:call-template>
      </div>
      <div class="value">
        <xsl:copy-of select="$value"/>
      </div>
      <xsl:if test="string($note) != ''">
        <div class="note">
          <xsl:copy-of select="$note"/>
        </div>
      </xsl:if>
    </div>
  </xsl:template>

  <xsl:template name="figure-final">
    <xsl:call-template name="figure">
      <xsl:with-param name="label-key" select="'fig.final'"/>
      <xsl:with-param name="data" select="'final'"/>
      <xsl:with-param name="value">
        <xsl:call-template name="score">
          <xsl:with-param name="n" select="$r/e:overall/@final"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="note">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'fig.of100'"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="figure-self">
    <xsl:call-template name="figure">
      <xsl:with-param name="label-key" select="'fig.self'"/>
      <xsl:with-param name="data" select="'self'"/>
      <xsl:with-param name="value">
        <xsl:call-template name="score">
          <xsl:with-param name="n" select="$r/e:overall/@self"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="note">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'fig.self-grade'"/>
          <xsl:with-param name="a1">
            <xsl:call-template name="grade">
              <xsl:with-param name="id" select="$r/e:overall/@self-grade"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="figure-grade">
    <xsl:call-template name="figure">
      <xsl:with-param name="class" select="'grade'"/>
      <xsl:with-param name="label-key" select="'fig.grade'"/>
      <xsl:with-param name="data" select="'grade'"/>
      <xsl:with-param name="value">
        <xsl:call-template name="grade">
          <xsl:with-param name="id" select="$r/e:overall/@grade"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="note">
        <xsl:if test="$r/e:overall/@uncapped-grade and $r/e:overall/@uncapped-grade != $r/e:overall/@grade">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'fig.capped'"/>
            <xsl:with-param name="a1">
              <xsl:call-template name="grade">
                <xsl:with-param name="id" select="$r/e:overall/@uncapped-grade"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Contents                                                      -->
  <!-- ============================================================ -->

  <xsl:template name="contents">
    <nav class="contents" aria-labelledby="contents-title">
      <h2 id="contents-title">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'sec.contents'"/>
        </xsl:call-template>
      </h2>
      <ol>
        <li><a href="#summary">1 <xsl:call-template name="t"><xsl:with-param name="key" select="'sec.summary'"/></xsl:call-template></a></li>
        <li><a href="#chart">2 <xsl:call-template name="t"><xsl:with-param name="key" select="'sec.chart'"/></xsl:call-template></a></li>
        <li><a href="#attention">3 <xsl:call-template name="t"><xsl:with-param name="key" select="'sec.attention'"/></xsl:call-template></a></li>
        <li>
          <a href="#areas">4 <xsl:call-template name="t"><xsl:with-param name="key" select="'sec.areas'"/></xsl:call-template></a>
          <ol>
            <xsl:for-each select="$r/e:area">
              <li>
                <a href="#area-{@id}">
                  <xsl:value-of select="concat('4.', position(), ' ')"/>
                  <xsl:apply-templates select="e:title" mode="text"/>
                </a>
              </li>
            </xsl:for-each>
          </ol>
        </li>
        <li><a href="#annex"><xsl:call-template name="t"><xsl:with-param name="key" select="'sec.annex'"/></xsl:call-template></a></li>
      </ol>
    </nav>
  </xsl:template>

  <xsl:template name="chapter-title">
    <xsl:param name="n"/>
    <xsl:param name="key"/>
    <h2>
      <xsl:if test="$n != ''">
        <xsl:value-of select="concat($n, ' ')"/>
      </xsl:if>
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="$key"/>
      </xsl:call-template>
    </h2>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- 1 Executive summary                                           -->
  <!-- ============================================================ -->

  <xsl:template name="executive-summary">
    <xsl:variable name="o" select="$r/e:overall"/>
    <section class="chapter" id="summary">
      <xsl:call-template name="chapter-title">
        <xsl:with-param name="n" select="'1'"/>
        <xsl:with-param name="key" select="'sec.summary'"/>
      </xsl:call-template>
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
              <xsl:call-template name="t">
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

      <p class="lead">
        <xsl:call-template name="t">
          <xsl:with-param name="key">
            <xsl:choose>
              <xsl:when test="$has-peer">summary.final</xsl:when>
              <xsl:otherwise>summary.self-only</xsl:otherwise>
            </xsl:choose>
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
        <xsl:if test="$has-self and $has-peer and $o/@self != 'na' and $o/@final != 'na'">
          <xsl:text> </xsl:text>
          <xsl:variable name="d" select="$o/@final - $o/@self"/>
          <xsl:call-template name="t">
            <xsl:with-param name="key">
              <xsl:choose>
                <xsl:when test="$d &lt; 0">summary.gap.lower</xsl:when>
                <xsl:when test="$d &gt; 0">summary.gap.higher</xsl:when>
                <xsl:otherwise>summary.gap.equal</xsl:otherwise>
              </xsl:choose>
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
                <xsl:with-param name="n" select="round(($d * 100) * (1 - 2 * ($d &lt; 0))) div 100"/>
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
      <xsl:variable name="unmet" select="$leaves[contains(concat(' ', @flags, ' '), ' mandatory-unmet ')]"/>
      <xsl:if test="$unmet">
        <div class="callout">
          <p>
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'summary.cap'"/>
              <xsl:with-param name="a1" select="count($unmet)"/>
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
            <xsl:for-each select="$unmet">
              <xsl:if test="position() &gt; 1">
                <xsl:text> · </xsl:text>
              </xsl:if>
              <xsl:apply-templates select="." mode="ref"/>
            </xsl:for-each>
          </p>
        </div>
      </xsl:if>

      <xsl:call-template name="status-table"/>
      <xsl:call-template name="top-recommendations"/>
    </section>
  </xsl:template>

  <xsl:template name="status-table">
    <table class="status-table" id="status-counts">
      <caption>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'status.caption'"/>
        </xsl:call-template>
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'col.status'"/>
            </xsl:call-template>
          </th>
          <xsl:if test="$has-self">
            <th scope="col" class="num">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="'col.self'"/>
              </xsl:call-template>
            </th>
          </xsl:if>
          <th scope="col" class="num">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'col.final'"/>
            </xsl:call-template>
          </th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="str:split('achieved partial not-started na missing', ' ')">
          <xsl:variable name="s" select="string(.)"/>
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
                <xsl:value-of select="count($counted[@self-status = $s])"/>
              </td>
            </xsl:if>
            <td class="num" data-final="">
              <xsl:value-of select="count($counted[@status = $s])"/>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">
            <xsl:call-template name="t">
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
    <xsl:variable name="recs" select="$r//e:peer/e:recommendation"/>
    <h3>
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'rec.title'"/>
      </xsl:call-template>
    </h3>
    <xsl:choose>
      <xsl:when test="not($recs)">
        <p class="muted">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'rec.none'"/>
          </xsl:call-template>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <p>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'rec.intro'"/>
          </xsl:call-template>
        </p>
        <ol class="recs">
          <!-- high, medium, low; document order within a priority -->
          <xsl:for-each select="$recs">
            <xsl:sort select="string-length(substring-before('high medium low', @priority))" data-type="number"/>
            <xsl:if test="position() &lt;= $top">
              <li>
                <span>
                  <span class="prio prio-{@priority}">
                    <xsl:call-template name="t">
                      <xsl:with-param name="key" select="concat('priority.', @priority)"/>
                    </xsl:call-template>
                  </span>
                </span>
                <div>
                  <div><xsl:apply-templates select="." mode="text"/></div>
                  <div class="small muted">
                    <xsl:apply-templates select="../.." mode="ref"/>
                  </div>
                </div>
              </li>
            </xsl:if>
          </xsl:for-each>
        </ol>
        <xsl:if test="count($recs) &gt; $top">
          <p class="small muted">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'rec.more'"/>
              <xsl:with-param name="a1" select="count($recs) - $top"/>
            </xsl:call-template>
          </p>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

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
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'chart.intro'"/>
        </xsl:call-template>
      </p>
      <figure>
        <xsl:call-template name="chart"/>
        <figcaption>
          <xsl:call-template name="t">
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
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'chart.title'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="self-label">
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'chart.self'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="final-label">
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'chart.final'"/>
      </xsl:call-template>
    </xsl:variable>
    <svg viewBox="0 0 720 {$height}" width="720" height="{$height}" role="img"
         aria-labelledby="chart-title chart-desc" direction="ltr" font-size="12">
      <title id="chart-title">
        <xsl:value-of select="$chart-title"/>
      </title>
      <desc id="chart-desc">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'chart.desc'"/>
        </xsl:call-template>
        <xsl:for-each select="$r/e:overall | $rows">
          <xsl:text> </xsl:text>
          <xsl:choose>
            <xsl:when test="self::e:overall">
              <xsl:call-template name="t">
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
                <xsl:call-template name="t">
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

  <!-- ============================================================ -->
  <!-- 3 What needs attention                                        -->
  <!-- ============================================================ -->

  <xsl:template name="attention">
    <xsl:variable name="mandatory" select="$leaves[contains(concat(' ', @flags, ' '), ' mandatory-unmet ')]"/>
    <xsl:variable name="blocked" select="$leaves[contains(concat(' ', @flags, ' '), ' blocked ')]"/>
    <xsl:variable name="unsupported" select="$leaves[contains(concat(' ', @flags, ' '), ' unsupported ')]"/>
    <xsl:variable name="overclaim" select="$leaves[contains(concat(' ', @flags, ' '), ' overclaim ')]"/>
    <xsl:variable name="disagreement" select="$leaves[contains(concat(' ', @flags, ' '), ' disagreement ')]"/>
    <xsl:variable name="missing" select="$leaves[@counted = 'true' and @status = 'missing']"/>
    <section class="chapter" id="attention">
      <xsl:call-template name="chapter-title">
        <xsl:with-param name="n" select="'3'"/>
        <xsl:with-param name="key" select="'sec.attention'"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="not($mandatory or $blocked or $unsupported or $overclaim or $disagreement or $missing)">
          <p>
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'att.none'"/>
            </xsl:call-template>
          </p>
        </xsl:when>
        <xsl:otherwise>
          <p>
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'att.intro'"/>
            </xsl:call-template>
          </p>
          <xsl:call-template name="attention-group">
            <xsl:with-param name="items" select="$mandatory"/>
            <xsl:with-param name="kind" select="'mandatory-unmet'"/>
          </xsl:call-template>
          <xsl:call-template name="attention-group">
            <xsl:with-param name="items" select="$blocked"/>
            <xsl:with-param name="kind" select="'blocked'"/>
          </xsl:call-template>
          <xsl:call-template name="attention-group">
            <xsl:with-param name="items" select="$unsupported"/>
            <xsl:with-param name="kind" select="'unsupported'"/>
          </xsl:call-template>
          <xsl:call-template name="attention-group">
            <xsl:with-param name="items" select="$overclaim"/>
            <xsl:with-param name="kind" select="'overclaim'"/>
          </xsl:call-template>
          <xsl:call-template name="attention-group">
            <xsl:with-param name="items" select="$disagreement"/>
            <xsl:with-param name="kind" select="'disagreement'"/>
          </xsl:call-template>
          <xsl:call-template name="attention-group">
            <xsl:with-param name="items" select="$missing"/>
            <xsl:with-param name="kind" select="'missing'"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="attention-group">
    <xsl:param name="items"/>
    <xsl:param name="kind"/>
    <xsl:if test="$items">
      <div class="att-group" data-attention="{$kind}">
        <h3>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="concat('att.', $kind)"/>
          </xsl:call-template>
          <span class="muted">
            <xsl:value-of select="concat(' (', count($items), ')')"/>
          </span>
        </h3>
        <p class="small muted">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="concat('att.', $kind, '.why')"/>
          </xsl:call-template>
        </p>
        <ul>
          <xsl:for-each select="$items">
            <li>
              <xsl:apply-templates select="." mode="ref"/>
              <xsl:text>: </xsl:text>
              <span class="muted">
                <xsl:call-template name="attention-detail">
                  <xsl:with-param name="kind" select="$kind"/>
                </xsl:call-template>
              </span>
            </li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- One line on why the current leaf is listed: only the levels its
       message names are looked up. -->
  <xsl:template name="attention-detail">
    <xsl:param name="kind"/>
    <xsl:call-template name="t">
      <xsl:with-param name="key" select="concat('att.', $kind, '.item')"/>
      <xsl:with-param name="a1">
        <xsl:choose>
          <xsl:when test="$kind = 'unsupported' or $kind = 'overclaim'">
            <xsl:call-template name="level-name">
              <xsl:with-param name="id" select="@self-level"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$kind = 'disagreement'">
            <xsl:call-template name="ratings-text"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="level-name">
              <xsl:with-param name="id" select="@final-level"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="a2">
        <xsl:choose>
          <xsl:when test="$kind = 'overclaim'">
            <xsl:call-template name="level-name">
              <xsl:with-param name="id" select="@peer-level"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="level-name">
              <xsl:with-param name="id" select="@final-effective"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="a3" select="translate(normalize-space(@requires), ' ', ',')"/>
      <xsl:with-param name="a4">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="concat('status.', @status)"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- 4 Results by area                                             -->
  <!-- ============================================================ -->

  <xsl:template name="areas">
    <section class="chapter" id="areas">
      <xsl:call-template name="chapter-title">
        <xsl:with-param name="n" select="'4'"/>
        <xsl:with-param name="key" select="'sec.areas'"/>
      </xsl:call-template>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'areas.intro'"/>
        </xsl:call-template>
      </p>
      <xsl:for-each select="$r/e:area">
        <xsl:apply-templates select=".">
          <xsl:with-param name="n" select="concat('4.', position())"/>
        </xsl:apply-templates>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template match="e:area">
    <xsl:param name="n"/>
    <section class="area" id="area-{@id}" data-area="{@id}">
      <xsl:element name="{substring('h3h4', 1 + 2 * number(not(parent::e:results)), 2)}">
        <xsl:value-of select="concat($n, ' ')"/>
        <span class="id"><xsl:value-of select="@id"/></span>
        <xsl:text> </xsl:text>
        <xsl:apply-templates select="e:title" mode="text"/>
      </xsl:element>
      <p class="area-head">
        <span>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'col.final-score'"/>
          </xsl:call-template>
          <xsl:text> </xsl:text>
          <strong class="num" data-k="final">
            <xsl:call-template name="score-text">
              <xsl:with-param name="n" select="@final"/>
            </xsl:call-template>
          </strong>
        </span>
        <span>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'col.self-score'"/>
          </xsl:call-template>
          <xsl:text> </xsl:text>
          <span class="num" data-k="self">
            <xsl:call-template name="score-text">
              <xsl:with-param name="n" select="@self"/>
            </xsl:call-template>
          </span>
        </span>
        <span>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'col.weight'"/>
          </xsl:call-template>
          <xsl:text> </xsl:text>
          <span class="num" data-k="weight">
            <xsl:call-template name="value">
              <xsl:with-param name="n" select="@weight"/>
            </xsl:call-template>
          </span>
          <xsl:if test="@counted = 'false'">
            <xsl:text> (</xsl:text>
            <xsl:value-of select="$w.not-counted"/>
            <xsl:text>)</xsl:text>
          </xsl:if>
        </span>
      </p>
      <xsl:if test="e:description"><p><xsl:apply-templates select="e:description" mode="text"/></p></xsl:if>
      <xsl:call-template name="area-table">
        <xsl:with-param name="n" select="$n"/>
      </xsl:call-template>
      <xsl:apply-templates select="*[self::e:milestone or self::e:indicator]" mode="card"/>
      <xsl:for-each select="e:area">
        <xsl:apply-templates select=".">
          <xsl:with-param name="n" select="concat($n, '.', position())"/>
        </xsl:apply-templates>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="area-table">
    <xsl:param name="n"/>
    <table class="area-table">
      <thead>
        <tr>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.id'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.item'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.weight'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.self-level'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.peer-level'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.self-score'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.final-score'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.status'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="*[self::e:area or self::e:milestone or self::e:indicator]">
          <xsl:variable name="sub" select="boolean(self::e:area)"/>
          <tr data-id="{@id}">
            <xsl:attribute name="class">
              <xsl:if test="$sub">subarea</xsl:if>
              <xsl:if test="@counted = 'false'"> notcounted</xsl:if>
            </xsl:attribute>
            <td>
              <a class="ref">
                <xsl:attribute name="href">
                  <xsl:choose>
                    <xsl:when test="$sub">#area-<xsl:value-of select="@id"/></xsl:when>
                    <xsl:otherwise>#leaf-<xsl:value-of select="@id"/></xsl:otherwise>
                  </xsl:choose>
                </xsl:attribute>
                <xsl:value-of select="@id"/>
              </a>
            </td>
            <td>
              <xsl:apply-templates select="e:title" mode="text"/>
              <xsl:if test="@mandatory = 'true'">
                <xsl:text> </xsl:text>
                <span class="flag flag-mandatory">
                  <xsl:value-of select="$w.leaf.mandatory"/>
                </span>
              </xsl:if>
              <xsl:if test="@flags">
                <br/>
                <xsl:for-each select="str:tokenize(@flags, ' ')">
                  <span class="flag flag-{.}">
                    <xsl:call-template name="t">
                      <xsl:with-param name="key" select="concat('flag.', .)"/>
                    </xsl:call-template>
                  </span>
                </xsl:for-each>
              </xsl:if>
            </td>
            <td class="num">
              <xsl:call-template name="value">
                <xsl:with-param name="n" select="@weight"/>
              </xsl:call-template>
            </td>
            <xsl:choose>
              <xsl:when test="$sub">
                <td colspan="2" class="muted small">
                  <xsl:value-of select="$w.area.sub"/>
                </td>
              </xsl:when>
              <xsl:otherwise>
                <td>
                  <xsl:call-template name="level-name">
                    <xsl:with-param name="id" select="@self-level"/>
                  </xsl:call-template>
                </td>
                <td>
                  <xsl:call-template name="level-name">
                    <xsl:with-param name="id" select="@peer-level"/>
                  </xsl:call-template>
                </td>
              </xsl:otherwise>
            </xsl:choose>
            <td class="num">
              <xsl:call-template name="score-text">
                <xsl:with-param name="n" select="@self"/>
              </xsl:call-template>
            </td>
            <td class="num">
              <strong>
                <xsl:call-template name="score-text">
                  <xsl:with-param name="n" select="@final"/>
                </xsl:call-template>
              </strong>
            </td>
            <td>
              <xsl:if test="not($sub)">
                <xsl:call-template name="status-badge">
                  <xsl:with-param name="status" select="@status"/>
                </xsl:call-template>
              </xsl:if>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <!-- One milestone or indicator in full. -->
  <xsl:template match="e:milestone | e:indicator" mode="card">
    <article class="leaf st-{@status}-card" id="leaf-{@id}" data-id="{@id}">
      <header>
        <span class="id"><xsl:value-of select="@id"/></span>
        <h4><xsl:apply-templates select="e:title" mode="text"/></h4>
        <xsl:call-template name="status-badge">
          <xsl:with-param name="status" select="@status"/>
        </xsl:call-template>
      </header>
      <p class="meta">
        <xsl:choose>
          <xsl:when test="self::e:indicator"><xsl:value-of select="$w.kind.indicator"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$w.kind.milestone"/></xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="concat(' · ', $w.leaf.weight, ' ')"/>
        <xsl:call-template name="value">
          <xsl:with-param name="n" select="@weight"/>
        </xsl:call-template>
        <xsl:if test="@counted = 'false'">
          <xsl:text> (</xsl:text>
          <xsl:value-of select="$w.not-counted"/>
          <xsl:text>)</xsl:text>
        </xsl:if>
        <xsl:if test="@mandatory = 'true'">
          <xsl:text> · </xsl:text>
          <xsl:value-of select="$w.leaf.mandatory"/>
        </xsl:if>
        <xsl:if test="@evidence = 'required'">
          <xsl:text> · </xsl:text>
          <xsl:value-of select="$w.leaf.evidence-required"/>
        </xsl:if>
        <xsl:if test="@requires">
          <xsl:text> · </xsl:text>
          <xsl:value-of select="concat($w.leaf.requires, ' ', translate(normalize-space(@requires), ' ', ','))"/>
        </xsl:if>
        <xsl:if test="self::e:indicator">
          <xsl:if test="@unit">
            <xsl:text> · </xsl:text>
            <xsl:value-of select="concat($w.leaf.unit, ' ', @unit)"/>
          </xsl:if>
          <xsl:text> · </xsl:text>
          <xsl:choose>
            <xsl:when test="@better = 'lower'"><xsl:value-of select="$w.leaf.better.lower"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$w.leaf.better.higher"/></xsl:otherwise>
          </xsl:choose>
        </xsl:if>
      </p>
      <xsl:if test="e:description"><p><xsl:apply-templates select="e:description" mode="text"/></p></xsl:if>
      <xsl:call-template name="levels-table"/>
      <xsl:if test="self::e:indicator and e:threshold">
        <xsl:call-template name="thresholds"/>
      </xsl:if>
      <xsl:call-template name="flags-explained"/>
      <xsl:if test="e:self or e:peer">
        <div class="cols">
          <div>
            <xsl:call-template name="source">
              <xsl:with-param name="s" select="e:self"/>
              <xsl:with-param name="label" select="$w.leaf.self"/>
            </xsl:call-template>
          </div>
          <div>
            <xsl:call-template name="source">
              <xsl:with-param name="s" select="e:peer"/>
              <xsl:with-param name="label" select="$w.leaf.peer"/>
            </xsl:call-template>
          </div>
        </div>
      </xsl:if>
      <xsl:if test="e:guidance">
        <div class="guidance">
          <strong>
            <xsl:value-of select="$w.leaf.guidance"/>
            <xsl:text> </xsl:text>
          </strong>
          <xsl:apply-templates select="e:guidance" mode="text"/>
        </div>
      </xsl:if>
    </article>
  </xsl:template>

  <!-- Self, review team and final side by side: level and score. -->
  <xsl:template name="levels-table">
    <div class="levels">
      <div data-k="self">
        <span class="label">
          <xsl:value-of select="$w.leaf.self"/>
        </span>
        <span class="level">
          <xsl:call-template name="level-with-effective">
            <xsl:with-param name="rated" select="@self-level"/>
            <xsl:with-param name="effective" select="@self-effective"/>
          </xsl:call-template>
          <xsl:call-template name="measure">
            <xsl:with-param name="m" select="e:self"/>
          </xsl:call-template>
        </span>
        <span class="num">
          <xsl:call-template name="score-text">
            <xsl:with-param name="n" select="@self"/>
          </xsl:call-template>
        </span>
      </div>
      <div data-k="peer">
        <span class="label">
          <xsl:value-of select="$w.leaf.peer"/>
        </span>
        <span class="level">
          <xsl:call-template name="level-name">
            <xsl:with-param name="id" select="@peer-level"/>
          </xsl:call-template>
          <xsl:call-template name="measure">
            <xsl:with-param name="m" select="e:peer"/>
          </xsl:call-template>
        </span>
      </div>
      <div data-k="final" class="final">
        <span class="label">
          <xsl:value-of select="$w.leaf.final"/>
        </span>
        <span class="level">
          <xsl:call-template name="level-with-effective">
            <xsl:with-param name="rated" select="@final-level"/>
            <xsl:with-param name="effective" select="@final-effective"/>
          </xsl:call-template>
        </span>
        <span class="num">
          <xsl:call-template name="score-text">
            <xsl:with-param name="n" select="@final"/>
          </xsl:call-template>
        </span>
      </div>
    </div>
  </xsl:template>

  <!-- An indicator's measured value, after its level. -->
  <xsl:template name="measure">
    <xsl:param name="m"/>
    <xsl:if test="$m/@value">
      <span class="muted">
        <xsl:text> (</xsl:text>
        <xsl:call-template name="value">
          <xsl:with-param name="n" select="$m/@value"/>
        </xsl:call-template>
        <xsl:if test="@unit">
          <xsl:value-of select="concat(' ', @unit)"/>
        </xsl:if>
        <xsl:text>)</xsl:text>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- A level as rated, and what it counted as when a prerequisite held it back. -->
  <xsl:template name="level-with-effective">
    <xsl:param name="rated"/>
    <xsl:param name="effective"/>
    <xsl:call-template name="level-name">
      <xsl:with-param name="id" select="$rated"/>
    </xsl:call-template>
    <xsl:if test="$effective and string($rated) != string($effective)">
      <xsl:value-of select="concat(' → ', $w.leaf.counted-as, ' ')"/>
      <xsl:call-template name="level-name">
        <xsl:with-param name="id" select="$effective"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="thresholds">
    <xsl:variable name="op">
      <xsl:choose>
        <xsl:when test="@better = 'lower'">≤ </xsl:when>
        <xsl:otherwise>≥ </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <p class="small">
      <strong>
        <xsl:value-of select="$w.leaf.thresholds"/>
        <xsl:text> </xsl:text>
      </strong>
      <xsl:for-each select="e:threshold">
        <xsl:if test="position() &gt; 1"> · </xsl:if>
        <xsl:call-template name="level-name">
          <xsl:with-param name="id" select="@level"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <span class="num">
          <xsl:value-of select="$op"/>
          <xsl:call-template name="value">
            <xsl:with-param name="n" select="@value"/>
          </xsl:call-template>
        </span>
      </xsl:for-each>
      <xsl:if test="@unit">
        <xsl:value-of select="concat(' (', @unit, ')')"/>
      </xsl:if>
    </p>
  </xsl:template>

  <xsl:template name="flags-explained">
    <xsl:if test="@flags">
      <xsl:variable name="leaf" select="."/>
      <div class="flags">
        <xsl:for-each select="str:tokenize(@flags, ' ')">
          <xsl:variable name="f" select="string(.)"/>
          <p data-flag="{$f}">
            <xsl:for-each select="$leaf">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="concat('flag.', $f, '.explain')"/>
                <xsl:with-param name="a1">
                  <xsl:choose>
                    <xsl:when test="$f = 'blocked'">
                      <xsl:call-template name="level-name">
                        <xsl:with-param name="id" select="@final-level"/>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:when test="$f = 'mandatory-unmet'">
                      <xsl:call-template name="grade">
                        <xsl:with-param name="id" select="$r/e:methodology/e:grades/@mandatory-cap"/>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:when test="$f = 'disagreement'">
                      <xsl:call-template name="ratings-text"/>
                    </xsl:when>
                    <xsl:otherwise>
                      <xsl:call-template name="level-name">
                        <xsl:with-param name="id" select="@self-level"/>
                      </xsl:call-template>
                    </xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
                <xsl:with-param name="a2">
                  <xsl:choose>
                    <xsl:when test="$f = 'blocked'">
                      <xsl:call-template name="level-name">
                        <xsl:with-param name="id" select="@final-effective"/>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:otherwise>
                      <xsl:call-template name="level-name">
                        <xsl:with-param name="id" select="@peer-level"/>
                      </xsl:call-template>
                    </xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
                <xsl:with-param name="a3" select="translate(normalize-space(@requires), ' ', ',')"/>
              </xsl:call-template>
            </xsl:for-each>
          </p>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- What one source said: level, ratings, evidence, texts. -->
  <xsl:template name="source">
    <xsl:param name="s"/>
    <xsl:param name="label"/>
    <h5>
      <xsl:value-of select="$label"/>
    </h5>
    <xsl:choose>
      <xsl:when test="not($s)">
        <p class="small muted">
          <xsl:value-of select="$w.leaf.no-response"/>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$s">
          <xsl:if test="e:rating">
            <p class="small">
              <strong>
                <xsl:value-of select="$w.leaf.ratings"/>
                <xsl:text> </xsl:text>
              </strong>
              <xsl:for-each select="..">
                <xsl:call-template name="ratings-text"/>
              </xsl:for-each>
              <xsl:if test="@consensus">
                <br/>
                <xsl:value-of select="concat($w.leaf.consensus, ' ')"/>
                <xsl:call-template name="level-name">
                  <xsl:with-param name="id" select="@consensus"/>
                </xsl:call-template>
              </xsl:if>
              <xsl:if test="@median and not(@consensus)">
                <br/>
                <xsl:value-of select="concat($w.leaf.median, ' ')"/>
                <xsl:call-template name="level-name">
                  <xsl:with-param name="id" select="@median"/>
                </xsl:call-template>
              </xsl:if>
            </p>
          </xsl:if>
          <xsl:if test="e:evidence">
            <p class="small"><strong><xsl:value-of select="$w.leaf.evidence"/></strong></p>
            <ul>
              <xsl:for-each select="e:evidence">
                <li>
                  <xsl:apply-templates select="." mode="text"/>
                  <xsl:if test="@href">
                    <xsl:text> </xsl:text>
                    <!-- A reference shown as text, never followed. -->
                    <code class="href" dir="ltr"><xsl:value-of select="@href"/></code>
                  </xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:if>
          <xsl:for-each select="e:comment">
            <p class="text">
              <strong>
                <xsl:value-of select="$w.leaf.comment"/>
                <xsl:text> </xsl:text>
              </strong>
              <xsl:apply-templates select="." mode="text"/>
            </p>
          </xsl:for-each>
          <xsl:for-each select="e:justification">
            <p class="text">
              <strong>
                <xsl:value-of select="$w.leaf.justification"/>
                <xsl:text> </xsl:text>
              </strong>
              <xsl:apply-templates select="." mode="text"/>
            </p>
          </xsl:for-each>
          <xsl:if test="e:finding">
            <p class="small"><strong><xsl:value-of select="$w.leaf.findings"/></strong></p>
            <ul>
              <xsl:for-each select="e:finding">
                <li class="finding">
                  <xsl:apply-templates select="." mode="text"/>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:if>
          <xsl:if test="e:recommendation">
            <p class="small"><strong><xsl:value-of select="$w.leaf.recommendations"/></strong></p>
            <xsl:for-each select="e:recommendation">
              <p class="rec">
                <span class="prio prio-{@priority}">
                  <xsl:call-template name="t">
                    <xsl:with-param name="key" select="concat('priority.', @priority)"/>
                  </xsl:call-template>
                </span>
                <xsl:text> </xsl:text>
                <xsl:apply-templates select="." mode="text"/>
              </p>
            </xsl:for-each>
          </xsl:if>
          <xsl:if test="not(e:rating or e:evidence or e:comment or e:justification or e:finding or e:recommendation)">
            <p class="small muted">
              <xsl:value-of select="$w.leaf.nothing-more"/>
            </p>
          </xsl:if>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Annex: methodology                                            -->
  <!-- ============================================================ -->

  <xsl:template name="annex">
    <xsl:variable name="m" select="$r/e:methodology"/>
    <xsl:variable name="achieved-name">
      <xsl:call-template name="level-name">
        <xsl:with-param name="id" select="$achieved-id"/>
      </xsl:call-template>
    </xsl:variable>
    <section class="chapter" id="annex">
      <xsl:call-template name="chapter-title">
        <xsl:with-param name="n" select="''"/>
        <xsl:with-param name="key" select="'sec.annex'"/>
      </xsl:call-template>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.intro'"/>
        </xsl:call-template>
      </p>

      <h3><xsl:call-template name="t"><xsl:with-param name="key" select="'annex.scale'"/></xsl:call-template></h3>
      <table id="scale">
        <thead>
          <tr>
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.level'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.value'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.leaf-score'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.description'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$m/e:scale/e:level">
            <tr>
              <th scope="row">
                <xsl:call-template name="level-name">
                  <xsl:with-param name="id" select="@id"/>
                </xsl:call-template>
                <xsl:if test="@id = $achieved-id">
                  <xsl:text> ✓</xsl:text>
                </xsl:if>
              </th>
              <td class="num"><xsl:value-of select="@value"/></td>
              <td class="num">
                <xsl:call-template name="num">
                  <xsl:with-param name="n" select="floor(10000 * @value div $max + 0.5) div 100"/>
                </xsl:call-template>
              </td>
              <td><xsl:apply-templates select="." mode="text"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.leaf'"/>
          <xsl:with-param name="a1" select="$max"/>
          <xsl:with-param name="a2" select="$achieved-name"/>
        </xsl:call-template>
      </p>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.rating'"/>
        </xsl:call-template>
      </p>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.prereq'"/>
          <xsl:with-param name="a1" select="$achieved-name"/>
        </xsl:call-template>
      </p>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.na'"/>
        </xsl:call-template>
      </p>

      <h3><xsl:call-template name="t"><xsl:with-param name="key" select="'annex.model'"/></xsl:call-template></h3>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="concat('model.', $r/@model)"/>
          <xsl:with-param name="a1" select="$max"/>
        </xsl:call-template>
      </p>
      <p class="formula">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="concat('formula.', $r/@model)"/>
          <xsl:with-param name="a1" select="$max"/>
        </xsl:call-template>
      </p>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.rounding'"/>
        </xsl:call-template>
      </p>
      <xsl:if test="$r/@model = 'weighted'">
        <xsl:call-template name="worked-example"/>
      </xsl:if>

      <h3><xsl:call-template name="t"><xsl:with-param name="key" select="'annex.met'"/></xsl:call-template></h3>
      <p class="formula">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.met-formula'"/>
          <xsl:with-param name="a1" select="$r/e:overall/@achieved"/>
          <xsl:with-param name="a2" select="$r/e:overall/@rated"/>
          <xsl:with-param name="a3">
            <xsl:call-template name="pct">
              <xsl:with-param name="n" select="$r/e:overall/@met"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </p>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.met-text'"/>
          <xsl:with-param name="a1" select="$achieved-name"/>
        </xsl:call-template>
      </p>

      <h3><xsl:call-template name="t"><xsl:with-param name="key" select="'annex.grades'"/></xsl:call-template></h3>
      <table id="grades">
        <thead>
          <tr>
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.grade'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.min'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.description'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$m/e:grades/e:grade">
            <tr>
              <th scope="row">
                <xsl:call-template name="grade">
                  <xsl:with-param name="id" select="@id"/>
                </xsl:call-template>
              </th>
              <td class="num">
                <xsl:call-template name="num">
                  <xsl:with-param name="n" select="@min"/>
                </xsl:call-template>
              </td>
              <td><xsl:apply-templates select="." mode="text"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.grade-rule'"/>
          <xsl:with-param name="a1">
            <xsl:call-template name="grade">
              <xsl:with-param name="id" select="$m/e:grades/@mandatory-cap"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </p>

      <h3><xsl:call-template name="t"><xsl:with-param name="key" select="'annex.terms'"/></xsl:call-template></h3>
      <dl class="defs">
        <xsl:for-each select="str:split('achieved partial not-started na missing', ' ')">
          <xsl:variable name="s" select="string(.)"/>
          <dt>
            <xsl:for-each select="$r">
              <xsl:call-template name="status-badge">
                <xsl:with-param name="status" select="$s"/>
              </xsl:call-template>
            </xsl:for-each>
          </dt>
          <dd>
            <xsl:for-each select="$r">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="concat('status.', $s, '.def')"/>
                <xsl:with-param name="a1" select="$achieved-name"/>
              </xsl:call-template>
            </xsl:for-each>
          </dd>
        </xsl:for-each>
        <xsl:for-each select="str:split('blocked mandatory-unmet unsupported disagreement overclaim', ' ')">
          <xsl:variable name="f" select="string(.)"/>
          <dt>
            <span class="flag flag-{$f}">
              <xsl:for-each select="$r">
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="concat('flag.', $f)"/>
                </xsl:call-template>
              </xsl:for-each>
            </span>
          </dt>
          <dd>
            <xsl:for-each select="$r">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="concat('flag.', $f, '.def')"/>
                <xsl:with-param name="a1" select="$achieved-name"/>
              </xsl:call-template>
            </xsl:for-each>
          </dd>
        </xsl:for-each>
      </dl>
    </section>
  </xsl:template>

  <!-- The overall score recomputed from the top-level areas shown. -->
  <xsl:template name="worked-example">
    <xsl:variable name="areas" select="$r/e:area[@counted = 'true']"/>
    <h4 class="small">
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'annex.worked'"/>
      </xsl:call-template>
    </h4>
    <table id="worked">
      <thead>
        <tr>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.area'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.weight'"/></xsl:call-template></th>
          <xsl:if test="$has-self">
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.self-score'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.weighted-self'"/></xsl:call-template></th>
          </xsl:if>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.final-score'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.weighted-final'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$areas">
          <tr>
            <th scope="row"><span class="id"><xsl:value-of select="@id"/></span></th>
            <td class="num">
              <xsl:call-template name="value">
                <xsl:with-param name="n" select="@weight"/>
              </xsl:call-template>
            </td>
            <xsl:if test="$has-self">
              <td class="num"><xsl:call-template name="score-text"><xsl:with-param name="n" select="@self"/></xsl:call-template></td>
              <td class="num">
                <xsl:if test="@self != 'na'">
                  <xsl:call-template name="value">
                    <xsl:with-param name="n" select="round(@weight * @self * 100000) div 100000"/>
                  </xsl:call-template>
                </xsl:if>
              </td>
            </xsl:if>
            <td class="num"><xsl:call-template name="score-text"><xsl:with-param name="n" select="@final"/></xsl:call-template></td>
            <td class="num">
              <xsl:if test="@final != 'na'">
                <xsl:call-template name="value">
                  <xsl:with-param name="n" select="round(@weight * @final * 100000) div 100000"/>
                </xsl:call-template>
              </xsl:if>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row"><xsl:call-template name="t"><xsl:with-param name="key" select="'annex.result'"/></xsl:call-template></th>
          <td></td>
          <xsl:if test="$has-self">
            <td></td>
            <td class="num">
              <xsl:call-template name="quotient">
                <xsl:with-param name="rows" select="$areas[@self != 'na']"/>
                <xsl:with-param name="which" select="'self'"/>
              </xsl:call-template>
            </td>
          </xsl:if>
          <td></td>
          <td class="num">
            <xsl:call-template name="quotient">
              <xsl:with-param name="rows" select="$areas[@final != 'na']"/>
              <xsl:with-param name="which" select="'final'"/>
            </xsl:call-template>
          </td>
        </tr>
      </tfoot>
    </table>
  </xsl:template>

  <!-- "Σ(w × s) ÷ Σw = q → rounded", for the rows given. The sums use the
       printed figures; XPath's doubles are exact enough for five decimals. -->
  <xsl:template name="quotient">
    <xsl:param name="rows"/>
    <xsl:param name="which"/>
    <xsl:variable name="sw" select="round(sum($rows/@weight) * 1000) div 1000"/>
    <xsl:variable name="products">
      <xsl:for-each select="$rows">
        <xsl:value-of select="concat(round(@weight * @*[local-name() = $which] * 100000), ' ')"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="sws" select="sum(str:tokenize($products, ' ')) div 100000"/>
    <xsl:choose>
      <xsl:when test="$sw &gt; 0">
        <xsl:call-template name="value">
          <xsl:with-param name="n" select="$sws"/>
        </xsl:call-template>
        <xsl:text> ÷ </xsl:text>
        <xsl:call-template name="value">
          <xsl:with-param name="n" select="$sw"/>
        </xsl:call-template>
        <xsl:text> = </xsl:text>
        <xsl:call-template name="num">
          <xsl:with-param name="n" select="round($sws div $sw * 10000) div 10000"/>
          <xsl:with-param name="pattern" select="'#,##0.####'"/>
        </xsl:call-template>
        <xsl:text> → </xsl:text>
        <strong>
          <xsl:call-template name="num">
            <xsl:with-param name="n" select="$r/e:overall/@*[local-name() = $which]"/>
          </xsl:call-template>
        </strong>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="num">
          <xsl:with-param name="n" select="'na'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
