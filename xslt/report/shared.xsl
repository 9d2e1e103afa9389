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

  <!-- The style every edition shares: the page, the cover, the summary and
       the recommendations. The full edition adds detail-css (cards.xsl). -->
  <xsl:template name="css">
    <xsl:call-template name="page-css">
      <xsl:with-param name="header" select="concat($r/@agency, ' · ', $r/@period, ' · ', $title)"/>
      <xsl:with-param name="marking"><xsl:call-template name="page-marking"><xsl:with-param name="marking" select="$marking"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:text>@page :first { margin: 0; @top-left { content: none; } @top-right { content: none; }
  @bottom-left { content: none; } @bottom-right { content: none; } }

/* cover */
.cover { min-height: 297mm; display: flex; flex-direction: column; break-after: page;
  position: relative; }
</xsl:text>
    <xsl:call-template name="cover-band-css"/>
    <xsl:text>.cover-body { padding: 12mm 20mm 10mm; flex: 1; display: flex; flex-direction: column; gap: 8mm; }
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

/* The chart's chapter is short: its heading and sentence stay with the chart. */
#chart { break-inside: avoid; }
.lead { font-size: 11pt; }
.callout { border-inline-start: 4px solid var(--bad); background: #fbf1f1; padding: 2.5mm 4mm; margin: 3mm 0; }
.status-table { width: auto; min-width: 60%; }

/* recommendations and lists */
ol.recs { list-style: none; padding: 0; margin: 0 0 4mm; }
ol.recs li { display: grid; grid-template-columns: 18mm 1fr; gap: 3mm; padding: 2mm 0;
  border-bottom: 1px solid var(--line); break-inside: avoid; }
table.responses td:first-child { width: 58%; }
@media screen {
  .cover { box-shadow: 0 1px 6px rgba(0,0,0,.18); margin-bottom: 8mm; }
}
@media print {
  .cover { min-height: 297mm; max-width: none; height: 297mm; }
}
@media (max-width: 700px) {
  .cover-meta { grid-template-columns: 1fr; }
}
</xsl:text>
  </xsl:template>

  <xsl:variable name="title">
    <xsl:call-template name="msg">
      <xsl:with-param name="key">
        <xsl:choose>
          <xsl:when test="$has-peer">title.peer</xsl:when>
          <xsl:otherwise>title.self</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:variable>

  <!-- Words of every status badge, looked up once. Like every word
       looked up once, they are printed with xsl:copy-of: copying the text
       node costs less than making a string of it with xsl:value-of. -->
  <xsl:variable name="w.status.achieved"><xsl:call-template name="msg"><xsl:with-param name="key" select="'status.achieved'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.status.partial"><xsl:call-template name="msg"><xsl:with-param name="key" select="'status.partial'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.status.not-started"><xsl:call-template name="msg"><xsl:with-param name="key" select="'status.not-started'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.status.na"><xsl:call-template name="msg"><xsl:with-param name="key" select="'status.na'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.status.missing"><xsl:call-template name="msg"><xsl:with-param name="key" select="'status.missing'"/></xsl:call-template></xsl:variable>

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
        <xsl:when test="$status = 'achieved'"><xsl:copy-of select="$w.status.achieved"/></xsl:when>
        <xsl:when test="$status = 'partial'"><xsl:copy-of select="$w.status.partial"/></xsl:when>
        <xsl:when test="$status = 'not-started'"><xsl:copy-of select="$w.status.not-started"/></xsl:when>
        <xsl:when test="$status = 'na'"><xsl:copy-of select="$w.status.na"/></xsl:when>
        <xsl:otherwise><xsl:copy-of select="$w.status.missing"/></xsl:otherwise>
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
