<?xml version="1.0" encoding="UTF-8"?>
<!--
  Peer-review report: what every part shares. The page style, the words
  looked up once in the catalogue of the chosen language (common.xsl has
  the look-up itself), and small pieces: free text, scores, status
  badges, links to a leaf's card, ratings, the gap.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- The shared page style, then the cover, contents and milestone cards. -->
  <xsl:template name="css">
    <xsl:call-template name="page-css">
      <xsl:with-param name="header" select="concat($r/@agency, ' · ', $r/@period, ' · ', $title)"/>
      <xsl:with-param name="marking"><xsl:call-template name="page-marking"><xsl:with-param name="marking" select="$marking"/></xsl:call-template></xsl:with-param>
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

  <!-- A leaf's id, then its title; the id links to the leaf's card in the
       full edition, the one that has the cards. -->
  <xsl:template match="e:milestone | e:indicator" mode="ref">
    <xsl:choose>
      <xsl:when test="$edition = 'full'">
        <a class="ref" href="#leaf-{@id}">
          <xsl:value-of select="@id"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="ref">
          <xsl:value-of select="@id"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
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
      <xsl:when test="$r/e:overall/@gap = 'na'">
        <xsl:call-template name="num">
          <xsl:with-param name="n" select="'na'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$r/e:overall/@gap &gt; 0">+</xsl:if>
        <xsl:call-template name="num">
          <xsl:with-param name="n" select="$r/e:overall/@gap"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
