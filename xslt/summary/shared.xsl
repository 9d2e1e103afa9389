<?xml version="1.0" encoding="UTF-8"?>
<!--
  System-wide report: what every part shares. The page style, the title
  looked up in the catalogue, free text, chapter headings, the gap as the
  summary gives it.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <xsl:variable name="title">
    <xsl:call-template name="t">
      <xsl:with-param name="key" select="'sum.title'"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- ============================================================ -->
  <!-- Shared pieces                                                 -->
  <!-- ============================================================ -->

  <!-- The page style. -->
  <xsl:template name="css">
    <xsl:call-template name="page-css">
      <xsl:with-param name="header" select="concat($title, ' · ', $s/@scorecard, ' ', $s/@scorecard-version)"/>
      <xsl:with-param name="marking"><xsl:call-template name="page-marking"><xsl:with-param name="marking" select="$marking"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:text>
.banner { background: var(--accent); color: #fff; padding: 10mm 17mm 8mm; max-width: 210mm; margin: 0 auto; }
.banner h1 { color: #fff; margin: 0 0 2mm; font-size: 22pt; }
.banner p { margin: 0; opacity: .9; }
.marking { display: inline-block; margin-top: 3mm; border: 2px solid #fff; padding: 1mm 3mm; font-weight: 700;
  text-transform: uppercase; letter-spacing: .06em; }
.heat { margin-bottom: 6mm; }
/* Heat-map bands, 1 the highest grade: fills dark to light, so that the
   order survives greyscale, each with the text colour that keeps WCAG AA
   contrast (4.5:1 at least) on it; tests/cli/report_check.py checks them. */
rect.band-1 { fill: #08306b; } text.band-1 { fill: #ffffff; }
rect.band-2 { fill: #2f6ea8; } text.band-2 { fill: #ffffff; }
rect.band-3 { fill: #7fb0d8; } text.band-3 { fill: #1c2733; }
rect.band-4 { fill: #c6dcef; } text.band-4 { fill: #1c2733; }
rect.band-5 { fill: #eef4fa; } text.band-5 { fill: #1c2733; }
rect.band-6 { fill: #ffffff; } text.band-6 { fill: #1c2733; }
text.band-na { fill: #1c2733; }
rect.unbanded { fill: #ffffff; stroke: #c3cbd2; } text.unbanded { fill: #1c2733; }
ul.heat-legend { list-style: none; padding: 0; margin: 2mm 0 3mm; display: flex; flex-wrap: wrap;
  gap: 1mm 6mm; font-size: 9pt; }
ul.heat-legend li { display: flex; align-items: center; gap: 2mm; break-inside: avoid; }
ul.heat-legend svg.swatch { width: 22px; height: 16px; display: inline; }
.capped { font-size: 8pt; color: var(--muted); }
table.ranking td, table.ranking th { padding: 1mm 2mm; }
table.comparison .versus { width: 14%; text-align: end; }
table.comparison td.areas-versus { width: 40%; }
.versus-area { white-space: nowrap; }
table.unmet td:nth-child(2) { width: 42%; }
.since, .first-period, p.note { font-size: 8pt; color: var(--muted); }
@media print { .banner { max-width: none; } }
</xsl:text>
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

  <!-- The gap of the current element (final - self), signed; n/a when
       either is. -->
  <xsl:template name="gap">
    <xsl:call-template name="signed"><xsl:with-param name="v" select="string(@gap)"/></xsl:call-template>
  </xsl:template>

  <!-- A signed difference as the summary writes it: + before a positive
       one; n/a for na or none. -->
  <xsl:template name="signed">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="$v = 'na' or $v = ''">
        <xsl:value-of select="$na-word"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$v &gt; 0">+</xsl:if>
        <xsl:call-template name="num">
          <xsl:with-param name="n" select="$v"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
