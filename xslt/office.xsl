<?xml version="1.0" encoding="UTF-8"?>
<!--
  The word-processing reports (docx/, odt/): what they say and in what
  order, the same chapters as the HTML report. The sentences are composed
  here as strings; the layout is written once, in blocks (paragraphs,
  headings, tables, lists, bars) that each format's own module defines in
  its markup, so the DOCX and the ODT cannot drift apart.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <xsl:import href="common.xsl"/>

  <!-- A line such as "DRAFT" on the cover and in every page header. -->
  <xsl:param name="marking" select="''"/>
  <!-- How many recommendations the executive summary lists. -->
  <xsl:param name="top-recommendations" select="10"/>

  <xsl:key name="reviewer" match="e:reviewer" use="@id"/>

  <xsl:variable name="r" select="/e:results"/>
  <xsl:variable name="leaves" select="//e:area/*[self::e:milestone or self::e:indicator]"/>
  <xsl:variable name="has-self" select="boolean($r/e:self-assessment)"/>
  <xsl:variable name="has-peer" select="boolean($r/e:peer-assessment)"/>

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
  <xsl:variable name="doc-title" select="concat($r/@agency, ' ', $r/@period, ': ', $title)"/>

  <!-- The message key as a string. -->
  <xsl:template name="m">
    <xsl:param name="key"/>
    <xsl:call-template name="t">
      <xsl:with-param name="key" select="$key"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A level's name, "not rated" for none (level-name of common.xsl
       makes HTML for that case). -->
  <xsl:template name="level-text">
    <xsl:param name="id"/>
    <xsl:choose>
      <xsl:when test="string($id) = ''">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'leaf.not-rated'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="level-name">
          <xsl:with-param name="id" select="$id"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A level as rated, and what it counted as when a prerequisite held it back. -->
  <xsl:template name="level-effective-text">
    <xsl:param name="rated"/>
    <xsl:param name="effective"/>
    <xsl:call-template name="level-text">
      <xsl:with-param name="id" select="$rated"/>
    </xsl:call-template>
    <xsl:if test="$effective and string($rated) != string($effective)">
      <xsl:text> → </xsl:text>
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'leaf.counted-as'"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="level-text">
        <xsl:with-param name="id" select="$effective"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Free text from the results, whitespace collapsed. -->
  <xsl:template name="free-text">
    <xsl:param name="of" select="."/>
    <xsl:value-of select="normalize-space($of)"/>
  </xsl:template>

  <!-- The reviewers' ratings of the current leaf, as "Name: Level; ...". -->
  <xsl:template name="ratings-line">
    <xsl:for-each select="e:peer/e:rating">
      <xsl:if test="position() &gt; 1">; </xsl:if>
      <xsl:variable name="who" select="key('reviewer', @by)"/>
      <xsl:choose>
        <xsl:when test="$who"><xsl:value-of select="normalize-space($who)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="@by"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text>: </xsl:text>
      <xsl:call-template name="level-text">
        <xsl:with-param name="id" select="@level"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- The executive summary's lead: final score and grade, and how the
       self-assessment compares. -->
  <xsl:template name="lead-text">
    <xsl:variable name="o" select="$r/e:overall"/>
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
        <xsl:call-template name="grade-name">
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
          <xsl:call-template name="grade-name">
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
  </xsl:template>

  <xsl:template name="met-text">
    <xsl:variable name="o" select="$r/e:overall"/>
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
  </xsl:template>

  <!-- The grade cap, when mandatory milestones are unmet. -->
  <xsl:template name="cap-text">
    <xsl:param name="count"/>
    <xsl:variable name="o" select="$r/e:overall"/>
    <xsl:call-template name="t">
      <xsl:with-param name="key" select="'summary.cap'"/>
      <xsl:with-param name="a1" select="$count"/>
      <xsl:with-param name="a2">
        <xsl:call-template name="grade-name">
          <xsl:with-param name="id" select="$r/e:methodology/e:grades/@mandatory-cap"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:if test="$o/@uncapped-grade and $o/@uncapped-grade != $o/@grade">
      <xsl:text> </xsl:text>
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'summary.capped'"/>
        <xsl:with-param name="a1">
          <xsl:call-template name="grade-name">
            <xsl:with-param name="id" select="$o/@uncapped-grade"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Why the current leaf is on an attention list of this kind. -->
  <xsl:template name="attention-text">
    <xsl:param name="kind"/>
    <xsl:call-template name="t">
      <xsl:with-param name="key" select="concat('att.', $kind, '.item')"/>
      <xsl:with-param name="a1">
        <xsl:choose>
          <xsl:when test="$kind = 'unsupported' or $kind = 'overclaim'">
            <xsl:call-template name="level-text">
              <xsl:with-param name="id" select="@self-level"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$kind = 'disagreement'">
            <xsl:call-template name="ratings-line"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="level-text">
              <xsl:with-param name="id" select="@final-level"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="a2">
        <xsl:call-template name="level-text">
          <xsl:with-param name="id">
            <xsl:choose>
              <xsl:when test="$kind = 'overclaim'"><xsl:value-of select="@peer-level"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="@final-effective"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="a3" select="translate(normalize-space(@requires), ' ', ',')"/>
      <xsl:with-param name="a4">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="concat('status.', @status)"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- What flag f of the current leaf means for it. -->
  <xsl:template name="flag-text">
    <xsl:param name="f"/>
    <xsl:call-template name="t">
      <xsl:with-param name="key" select="concat('flag.', $f, '.explain')"/>
      <xsl:with-param name="a1">
        <xsl:choose>
          <xsl:when test="$f = 'blocked'">
            <xsl:call-template name="level-text">
              <xsl:with-param name="id" select="@final-level"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$f = 'mandatory-unmet'">
            <xsl:call-template name="grade-name">
              <xsl:with-param name="id" select="$r/e:methodology/e:grades/@mandatory-cap"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$f = 'disagreement'">
            <xsl:call-template name="ratings-line"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="level-text">
              <xsl:with-param name="id" select="@self-level"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="a2">
        <xsl:call-template name="level-text">
          <xsl:with-param name="id">
            <xsl:choose>
              <xsl:when test="$f = 'blocked'"><xsl:value-of select="@final-effective"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="@peer-level"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="a3" select="translate(normalize-space(@requires), ' ', ',')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The facts line of a leaf: kind, weight, mandatory, evidence,
       prerequisites, unit and direction. -->
  <xsl:template name="leaf-meta-text">
    <xsl:call-template name="t">
      <xsl:with-param name="key" select="concat('kind.', local-name())"/>
    </xsl:call-template>
    <xsl:text> · </xsl:text>
    <xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.weight'"/></xsl:call-template>
    <xsl:text> </xsl:text>
    <xsl:call-template name="value">
      <xsl:with-param name="n" select="@weight"/>
    </xsl:call-template>
    <xsl:if test="@counted = 'false'">
      <xsl:text> (</xsl:text>
      <xsl:call-template name="t"><xsl:with-param name="key" select="'not-counted'"/></xsl:call-template>
      <xsl:text>)</xsl:text>
    </xsl:if>
    <xsl:if test="@mandatory = 'true'">
      <xsl:text> · </xsl:text>
      <xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.mandatory'"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="@evidence = 'required'">
      <xsl:text> · </xsl:text>
      <xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.evidence-required'"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="@requires">
      <xsl:text> · </xsl:text>
      <xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.requires'"/></xsl:call-template>
      <xsl:value-of select="concat(' ', translate(normalize-space(@requires), ' ', ','))"/>
    </xsl:if>
    <xsl:if test="self::e:indicator">
      <xsl:if test="@unit">
        <xsl:text> · </xsl:text>
        <xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.unit'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', @unit)"/>
      </xsl:if>
      <xsl:text> · </xsl:text>
      <xsl:call-template name="t">
        <xsl:with-param name="key">
          <xsl:choose>
            <xsl:when test="@better = 'lower'">leaf.better.lower</xsl:when>
            <xsl:otherwise>leaf.better.higher</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- An indicator's measured value in m, after its level. -->
  <xsl:template name="measure-text">
    <xsl:param name="m"/>
    <xsl:if test="$m/@value">
      <xsl:text> (</xsl:text>
      <xsl:call-template name="value">
        <xsl:with-param name="n" select="$m/@value"/>
      </xsl:call-template>
      <xsl:if test="@unit">
        <xsl:value-of select="concat(' ', @unit)"/>
      </xsl:if>
      <xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- An indicator's thresholds: "Level ≥ value · ..." -->
  <xsl:template name="thresholds-text">
    <xsl:variable name="op">
      <xsl:choose>
        <xsl:when test="@better = 'lower'">≤ </xsl:when>
        <xsl:otherwise>≥ </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:for-each select="e:threshold">
      <xsl:if test="position() &gt; 1"> · </xsl:if>
      <xsl:call-template name="level-text">
        <xsl:with-param name="id" select="@level"/>
      </xsl:call-template>
      <xsl:value-of select="concat(' ', $op)"/>
      <xsl:call-template name="value">
        <xsl:with-param name="n" select="@value"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:if test="@unit">
      <xsl:value-of select="concat(' (', @unit, ')')"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="date-range-text">
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:call-template name="t">
      <xsl:with-param name="key" select="'date.range'"/>
      <xsl:with-param name="a1">
        <xsl:call-template name="date"><xsl:with-param name="d" select="$from"/></xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="a2">
        <xsl:call-template name="date"><xsl:with-param name="d" select="$to"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Layout, in the blocks each format defines:                    -->
  <!--   run (text, style), para-runs (style, runs),                 -->
  <!--   heading (level, text, mark), table (widths, head, rows),    -->
  <!--   row (cells, header), cell-runs (runs, style, span),         -->
  <!--   list (numbered, items), list-item-runs (numbered, runs),    -->
  <!--   bar-cell (self, final), toc (entries), toc-entry (mark,     -->
  <!--   text, level), tab, page-field (kind). Widths are in         -->
  <!--   twentieths of a point; style                                -->
  <!--   names are those of the formats' style sheets.               -->
  <!-- ============================================================ -->

  <!-- A4 less the margins of the HTML's print layout (17 mm each side). -->
  <xsl:variable name="text-width" select="9978"/>
  <!-- The column widths of each kind of table, adding up to text-width. -->
  <xsl:variable name="w.pairs" select="'3000 6978'"/>
  <xsl:variable name="w.chart" select="'2578 5200 1100 1100'"/>
  <xsl:variable name="w.area" select="'900 3078 700 1300 1300 800 800 1100'"/>
  <xsl:variable name="w.levels" select="'2600 5578 1800'"/>
  <xsl:variable name="w.scale" select="'2200 900 1200 5678'"/>
  <xsl:variable name="w.grades" select="'2200 1600 6178'"/>
  <xsl:variable name="all-widths" select="concat($w.pairs, ' ', $w.chart, ' ', $w.area, ' ', $w.levels, ' ', $w.scale, ' ', $w.grades)"/>

  <!-- The body of the report: every chapter of the HTML report. -->
  <xsl:template name="report-body">
    <xsl:call-template name="cover"/>
    <xsl:call-template name="contents"/>
    <xsl:call-template name="executive-summary"/>
    <xsl:call-template name="chart-section"/>
    <xsl:call-template name="attention"/>
    <xsl:call-template name="areas"/>
    <xsl:call-template name="annex"/>
  </xsl:template>

  <!-- The page header: the report's title, then the marking at the
       other end of the line. -->
  <xsl:template name="running-header">
    <xsl:call-template name="run">
      <xsl:with-param name="text" select="$doc-title"/>
    </xsl:call-template>
    <xsl:if test="normalize-space($marking) != ''">
      <xsl:call-template name="tab"/>
      <xsl:call-template name="run">
        <xsl:with-param name="text" select="$marking"/>
        <xsl:with-param name="style" select="'Marking'"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- "Page {1} of {2}" of the catalogue, with the format's page-field
       (kind: page or pages) in place of each placeholder. -->
  <xsl:template name="page-of-pages">
    <xsl:variable name="msg">
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'page'"/>
        <xsl:with-param name="a1" select="'&#xE001;'"/>
        <xsl:with-param name="a2" select="'&#xE002;'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="run">
      <xsl:with-param name="text" select="substring-before($msg, '&#xE001;')"/>
    </xsl:call-template>
    <xsl:call-template name="page-field"><xsl:with-param name="kind" select="'page'"/></xsl:call-template>
    <xsl:call-template name="run">
      <xsl:with-param name="text" select="substring-before(substring-after($msg, '&#xE001;'), '&#xE002;')"/>
    </xsl:call-template>
    <xsl:call-template name="page-field"><xsl:with-param name="kind" select="'pages'"/></xsl:call-template>
    <xsl:call-template name="run">
      <xsl:with-param name="text" select="substring-after($msg, '&#xE002;')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="para">
    <xsl:param name="text"/>
    <xsl:param name="style" select="''"/>
    <xsl:param name="run-style" select="''"/>
    <xsl:call-template name="para-runs">
      <xsl:with-param name="style" select="$style"/>
      <xsl:with-param name="runs">
        <xsl:call-template name="run">
          <xsl:with-param name="text" select="$text"/>
          <xsl:with-param name="style" select="$run-style"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A paragraph of the catalogue's message key. -->
  <xsl:template name="msg-para">
    <xsl:param name="key"/>
    <xsl:param name="style" select="''"/>
    <xsl:call-template name="para">
      <xsl:with-param name="style" select="$style"/>
      <xsl:with-param name="text">
        <xsl:call-template name="m"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A bold label, then text, in one paragraph. -->
  <xsl:template name="label-para">
    <xsl:param name="label"/>
    <xsl:param name="text"/>
    <xsl:param name="style" select="''"/>
    <xsl:call-template name="para-runs">
      <xsl:with-param name="style" select="$style"/>
      <xsl:with-param name="runs">
        <xsl:call-template name="run">
          <xsl:with-param name="text" select="concat($label, ' ')"/>
          <xsl:with-param name="style" select="'Strong'"/>
        </xsl:call-template>
        <xsl:call-template name="run">
          <xsl:with-param name="text" select="$text"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="chapter">
    <xsl:param name="n"/>
    <xsl:param name="key"/>
    <xsl:param name="mark"/>
    <xsl:call-template name="heading">
      <xsl:with-param name="level" select="1"/>
      <xsl:with-param name="mark" select="$mark"/>
      <xsl:with-param name="text">
        <xsl:if test="$n != ''"><xsl:value-of select="concat($n, ' ')"/></xsl:if>
        <xsl:call-template name="m"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="list-item">
    <xsl:param name="text"/>
    <xsl:call-template name="list-item-runs">
      <xsl:with-param name="runs">
        <xsl:call-template name="run">
          <xsl:with-param name="text" select="$text"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="cell">
    <xsl:param name="text"/>
    <xsl:param name="style" select="'TableText'"/>
    <xsl:param name="run-style" select="''"/>
    <xsl:param name="span" select="1"/>
    <xsl:call-template name="cell-runs">
      <xsl:with-param name="style" select="$style"/>
      <xsl:with-param name="span" select="$span"/>
      <xsl:with-param name="runs">
        <xsl:call-template name="run">
          <xsl:with-param name="text" select="$text"/>
          <xsl:with-param name="style" select="$run-style"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A header row of the catalogue's words, repeated on every page the
       table spans. -->
  <xsl:template name="header-row">
    <xsl:param name="keys"/>
    <xsl:call-template name="row">
      <xsl:with-param name="header" select="true()"/>
      <xsl:with-param name="cells">
        <xsl:for-each select="str:tokenize($keys, ' ')">
          <xsl:variable name="k" select="string(.)"/>
          <xsl:for-each select="$r">
            <xsl:call-template name="cell">
              <xsl:with-param name="style" select="'TableHeading'"/>
              <xsl:with-param name="text"><xsl:call-template name="m"><xsl:with-param name="key" select="$k"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="status-run">
    <xsl:param name="status"/>
    <xsl:call-template name="run">
      <xsl:with-param name="style" select="concat('Status-', $status)"/>
      <xsl:with-param name="text">
        <xsl:call-template name="m"><xsl:with-param name="key" select="concat('status.', $status)"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="priority-run">
    <xsl:call-template name="run">
      <xsl:with-param name="style" select="concat('Priority-', @priority)"/>
      <xsl:with-param name="text">
        <xsl:call-template name="m"><xsl:with-param name="key" select="concat('priority.', @priority)"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A row of two cells: label, and value with a muted note. -->
  <xsl:template name="pair-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="note" select="''"/>
    <xsl:call-template name="row">
      <xsl:with-param name="cells">
        <xsl:call-template name="cell">
          <xsl:with-param name="text" select="$label"/>
          <xsl:with-param name="run-style" select="'Strong'"/>
        </xsl:call-template>
        <xsl:call-template name="cell-runs">
          <xsl:with-param name="runs">
            <xsl:call-template name="run">
              <xsl:with-param name="text" select="$value"/>
            </xsl:call-template>
            <xsl:if test="string($note) != ''">
              <xsl:call-template name="run">
                <xsl:with-param name="text" select="concat(' (', $note, ')')"/>
                <xsl:with-param name="style" select="'Muted'"/>
              </xsl:call-template>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Cover and contents                                            -->
  <!-- ============================================================ -->

  <xsl:template name="cover">
    <xsl:call-template name="msg-para">
      <xsl:with-param name="key" select="'cover.kicker'"/>
      <xsl:with-param name="style" select="'Subtitle'"/>
    </xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="text" select="$title"/>
      <xsl:with-param name="style" select="'Title'"/>
    </xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="text" select="$r/@agency"/>
      <xsl:with-param name="style" select="'CoverAgency'"/>
    </xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="style" select="'Subtitle'"/>
      <xsl:with-param name="text">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'cover.period-line'"/>
          <xsl:with-param name="a1" select="$r/@period"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:if test="normalize-space($marking) != ''">
      <xsl:call-template name="para">
        <xsl:with-param name="text" select="$marking"/>
        <xsl:with-param name="run-style" select="'Marking'"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:variable name="o" select="$r/e:overall"/>
    <xsl:call-template name="table">
        <xsl:with-param name="widths" select="$w.pairs"/>
        <xsl:with-param name="head" select="0"/>
      <xsl:with-param name="rows">
      <xsl:call-template name="figure-rows"/>
      <xsl:call-template name="pair-row">
        <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="'cover.scorecard'"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="value" select="normalize-space($r/e:title)"/>
        <xsl:with-param name="note">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'cover.scorecard-id'"/>
            <xsl:with-param name="a1" select="$r/@scorecard"/>
            <xsl:with-param name="a2" select="$r/@scorecard-version"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:if test="$r/@profile">
        <xsl:call-template name="pair-row">
          <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="'cover.profile'"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$r/e:profile-title"><xsl:value-of select="normalize-space($r/e:profile-title)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$r/@profile"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="note" select="$r/@profile[../e:profile-title]"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="pair-row">
        <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="'cover.model'"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="value"><xsl:call-template name="m"><xsl:with-param name="key" select="concat('model.name.', $r/@model)"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:for-each select="$r/e:peer-assessment">
        <xsl:if test="e:team">
          <xsl:call-template name="pair-row">
            <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="'cover.team'"/></xsl:call-template></xsl:with-param>
            <xsl:with-param name="value">
              <xsl:for-each select="e:team/e:reviewer">
                <xsl:if test="position() &gt; 1">; </xsl:if>
                <xsl:value-of select="concat(normalize-space(.), ' (', @agency, ')')"/>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:for-each select="e:mission">
          <xsl:call-template name="pair-row">
            <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="'cover.mission'"/></xsl:call-template></xsl:with-param>
            <xsl:with-param name="value">
              <xsl:call-template name="date-range-text">
                <xsl:with-param name="from" select="@from"/>
                <xsl:with-param name="to" select="@to"/>
              </xsl:call-template>
              <xsl:if test="normalize-space(.) != ''">
                <xsl:value-of select="concat(': ', normalize-space(.))"/>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:call-template name="assessment-row">
        <xsl:with-param name="a" select="$r/e:self-assessment"/>
        <xsl:with-param name="key" select="'cover.self'"/>
      </xsl:call-template>
      <xsl:call-template name="assessment-row">
        <xsl:with-param name="a" select="$r/e:peer-assessment"/>
        <xsl:with-param name="key" select="'cover.peer'"/>
      </xsl:call-template>
    </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="style" select="'Small'"/>
      <xsl:with-param name="text">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'cover.foot'"/>
          <xsl:with-param name="a1" select="$r/@generator"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="assessment-row">
    <xsl:param name="a"/>
    <xsl:param name="key"/>
    <xsl:if test="$a and ($a/e:assessor or $a/e:date)">
      <xsl:call-template name="pair-row">
        <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="value" select="normalize-space($a/e:assessor)"/>
        <xsl:with-param name="note">
          <xsl:if test="$a/e:date">
            <xsl:call-template name="date"><xsl:with-param name="d" select="$a/e:date"/></xsl:call-template>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Final score, grade and self-assessment, as rows of a two-column table. -->
  <xsl:template name="figure-rows">
    <xsl:variable name="o" select="$r/e:overall"/>
    <xsl:call-template name="pair-row">
      <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="'fig.final'"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="value"><xsl:call-template name="score-text"><xsl:with-param name="n" select="$o/@final"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="note"><xsl:call-template name="m"><xsl:with-param name="key" select="'fig.of100'"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="pair-row">
      <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="'fig.grade'"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="value"><xsl:call-template name="grade-name"><xsl:with-param name="id" select="$o/@grade"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="note">
        <xsl:if test="$o/@uncapped-grade and $o/@uncapped-grade != $o/@grade">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'fig.capped'"/>
            <xsl:with-param name="a1"><xsl:call-template name="grade-name"><xsl:with-param name="id" select="$o/@uncapped-grade"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:if test="$has-self and $has-peer">
      <xsl:call-template name="pair-row">
        <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="'fig.self'"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="value"><xsl:call-template name="score-text"><xsl:with-param name="n" select="$o/@self"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="note">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'fig.self-grade'"/>
            <xsl:with-param name="a1"><xsl:call-template name="grade-name"><xsl:with-param name="id" select="$o/@self-grade"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The table of contents, its entries filled in so that it reads
       before anyone updates it. -->
  <xsl:template name="contents">
    <xsl:call-template name="msg-para">
      <xsl:with-param name="key" select="'sec.contents'"/>
      <xsl:with-param name="style" select="'TOCHeading'"/>
    </xsl:call-template>
    <xsl:call-template name="toc">
      <xsl:with-param name="entries">
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="mark" select="1"/>
          <xsl:with-param name="text"><xsl:text>1 </xsl:text><xsl:call-template name="m"><xsl:with-param name="key" select="'sec.summary'"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="mark" select="2"/>
          <xsl:with-param name="text"><xsl:text>2 </xsl:text><xsl:call-template name="m"><xsl:with-param name="key" select="'sec.chart'"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="mark" select="3"/>
          <xsl:with-param name="text"><xsl:text>3 </xsl:text><xsl:call-template name="m"><xsl:with-param name="key" select="'sec.attention'"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="mark" select="4"/>
          <xsl:with-param name="text"><xsl:text>4 </xsl:text><xsl:call-template name="m"><xsl:with-param name="key" select="'sec.areas'"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:for-each select="$r/e:area">
          <xsl:call-template name="toc-entry">
            <xsl:with-param name="mark" select="10 + position()"/>
            <xsl:with-param name="level" select="2"/>
            <xsl:with-param name="text" select="concat('4.', position(), ' ', @id, ' ', normalize-space(e:title))"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="mark" select="5"/>
          <xsl:with-param name="text"><xsl:call-template name="m"><xsl:with-param name="key" select="'sec.annex'"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

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
    <xsl:call-template name="table">
        <xsl:with-param name="widths" select="$w.pairs"/>
        <xsl:with-param name="head" select="0"/>
      <xsl:with-param name="rows">
      <xsl:call-template name="figure-rows"/>
      <xsl:call-template name="pair-row">
        <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="'fig.met'"/></xsl:call-template></xsl:with-param>
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
  </xsl:template>

  <xsl:template name="top-recommendations">
    <xsl:variable name="recs" select="$r//e:peer/e:recommendation"/>
    <xsl:variable name="top" select="number($top-recommendations)"/>
    <xsl:call-template name="heading">
      <xsl:with-param name="level" select="2"/>
      <xsl:with-param name="text"><xsl:call-template name="m"><xsl:with-param name="key" select="'rec.title'"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="not($recs)">
        <xsl:call-template name="msg-para"><xsl:with-param name="key" select="'rec.none'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="msg-para"><xsl:with-param name="key" select="'rec.intro'"/></xsl:call-template>
        <!-- high, medium, low; document order within a priority, as the HTML report -->
        <xsl:call-template name="list">
          <xsl:with-param name="numbered" select="true()"/>
          <xsl:with-param name="items">
            <xsl:for-each select="$recs">
              <xsl:sort select="string-length(substring-before('high medium low', @priority))" data-type="number"/>
              <xsl:if test="position() &lt;= $top">
                <xsl:call-template name="list-item-runs">
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
              </xsl:if>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:if test="count($recs) &gt; $top">
          <xsl:call-template name="para">
            <xsl:with-param name="style" select="'Small'"/>
            <xsl:with-param name="text">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="'rec.more'"/>
                <xsl:with-param name="a1" select="count($recs) - $top"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
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
      <xsl:with-param name="rows">
      <xsl:call-template name="header-row">
        <xsl:with-param name="keys" select="'col.area chart.title col.self-score col.final-score'"/>
      </xsl:call-template>
      <xsl:for-each select="$r/e:area | $r/e:overall">
        <xsl:call-template name="row"><xsl:with-param name="cells">
          <xsl:call-template name="cell">
            <xsl:with-param name="text">
              <xsl:choose>
                <xsl:when test="self::e:overall"><xsl:call-template name="m"><xsl:with-param name="key" select="'chart.overall'"/></xsl:call-template></xsl:when>
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
        </xsl:with-param></xsl:call-template>
      </xsl:for-each>
    </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="msg-para">
      <xsl:with-param name="key" select="'chart.caption'"/>
      <xsl:with-param name="style" select="'Caption'"/>
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
        <xsl:call-template name="msg-para"><xsl:with-param name="key" select="'att.intro'"/></xsl:call-template>
        <xsl:for-each select="str:split('mandatory-unmet blocked unsupported overclaim disagreement missing', ' ')">
          <xsl:variable name="kind" select="string(.)"/>
          <xsl:variable name="items" select="$flagged[contains(concat(' ', @flags, ' '), concat(' ', $kind, ' '))
                                             or ($kind = 'missing' and @counted = 'true' and @status = 'missing')]"/>
          <xsl:if test="$items">
            <xsl:for-each select="$r">
              <xsl:call-template name="heading">
                <xsl:with-param name="level" select="2"/>
                <xsl:with-param name="text">
                  <xsl:call-template name="m"><xsl:with-param name="key" select="concat('att.', $kind)"/></xsl:call-template>
                  <xsl:value-of select="concat(' (', count($items), ')')"/>
                </xsl:with-param>
              </xsl:call-template>
              <xsl:call-template name="msg-para">
                <xsl:with-param name="key" select="concat('att.', $kind, '.why')"/>
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

  <!-- ============================================================ -->
  <!-- 4 Results by area                                             -->
  <!-- ============================================================ -->

  <xsl:template name="areas">
    <xsl:call-template name="chapter">
      <xsl:with-param name="n" select="'4'"/>
      <xsl:with-param name="key" select="'sec.areas'"/>
      <xsl:with-param name="mark" select="4"/>
    </xsl:call-template>
    <xsl:call-template name="msg-para"><xsl:with-param name="key" select="'areas.intro'"/></xsl:call-template>
    <xsl:for-each select="$r/e:area">
      <xsl:apply-templates select="." mode="office">
        <xsl:with-param name="n" select="concat('4.', position())"/>
        <xsl:with-param name="mark" select="10 + position()"/>
      </xsl:apply-templates>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="e:area" mode="office">
    <xsl:param name="n"/>
    <xsl:param name="mark" select="''"/>
    <xsl:call-template name="heading">
      <xsl:with-param name="level" select="2 + number(not(parent::e:results))"/>
      <xsl:with-param name="mark" select="$mark"/>
      <xsl:with-param name="text" select="concat($n, ' ', @id, ' ', normalize-space(e:title))"/>
    </xsl:call-template>
    <xsl:call-template name="para-runs"><xsl:with-param name="runs">
      <xsl:call-template name="run">
        <xsl:with-param name="text"><xsl:call-template name="m"><xsl:with-param name="key" select="'col.final-score'"/></xsl:call-template><xsl:text> </xsl:text></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="run">
        <xsl:with-param name="style" select="'Strong'"/>
        <xsl:with-param name="text"><xsl:call-template name="score-text"><xsl:with-param name="n" select="@final"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="run">
        <xsl:with-param name="text">
          <xsl:text> · </xsl:text>
          <xsl:call-template name="m"><xsl:with-param name="key" select="'col.self-score'"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="score-text"><xsl:with-param name="n" select="@self"/></xsl:call-template>
          <xsl:text> · </xsl:text>
          <xsl:call-template name="m"><xsl:with-param name="key" select="'col.weight'"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="value"><xsl:with-param name="n" select="@weight"/></xsl:call-template>
          <xsl:if test="@counted = 'false'">
            <xsl:text> (</xsl:text>
            <xsl:call-template name="m"><xsl:with-param name="key" select="'not-counted'"/></xsl:call-template>
            <xsl:text>)</xsl:text>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:with-param></xsl:call-template>
    <xsl:if test="e:description">
      <xsl:call-template name="para">
        <xsl:with-param name="text" select="normalize-space(e:description)"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="area-table"/>
    <xsl:apply-templates select="e:milestone | e:indicator" mode="office"/>
    <xsl:for-each select="e:area">
      <xsl:apply-templates select="." mode="office">
        <xsl:with-param name="n" select="concat($n, '.', position())"/>
      </xsl:apply-templates>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="area-table">
    <xsl:call-template name="table">
        <xsl:with-param name="widths" select="$w.area"/>
      <xsl:with-param name="rows">
      <xsl:call-template name="header-row">
        <xsl:with-param name="keys" select="'col.id col.item col.weight col.self-level col.peer-level col.self-score col.final-score col.status'"/>
      </xsl:call-template>
      <xsl:for-each select="e:area | e:milestone | e:indicator">
        <xsl:variable name="sub" select="boolean(self::e:area)"/>
        <xsl:call-template name="row"><xsl:with-param name="cells">
          <xsl:call-template name="cell">
            <xsl:with-param name="text" select="@id"/>
            <xsl:with-param name="run-style" select="'Id'"/>
          </xsl:call-template>
          <xsl:call-template name="cell-runs"><xsl:with-param name="runs">
              <xsl:call-template name="run">
                <xsl:with-param name="text" select="normalize-space(e:title)"/>
              </xsl:call-template>
              <xsl:if test="@mandatory = 'true'">
                <xsl:call-template name="run"><xsl:with-param name="text" select="' '"/></xsl:call-template>
                <xsl:call-template name="run">
                  <xsl:with-param name="style" select="'Flag'"/>
                  <xsl:with-param name="text"><xsl:call-template name="m"><xsl:with-param name="key" select="'leaf.mandatory'"/></xsl:call-template></xsl:with-param>
                </xsl:call-template>
              </xsl:if>
              <xsl:for-each select="str:tokenize(@flags, ' ')">
                <xsl:variable name="f" select="string(.)"/>
                <xsl:call-template name="run"><xsl:with-param name="text" select="' '"/></xsl:call-template>
                <xsl:for-each select="$r">
                  <xsl:call-template name="run">
                    <xsl:with-param name="style" select="'Flag'"/>
                    <xsl:with-param name="text"><xsl:call-template name="m"><xsl:with-param name="key" select="concat('flag.', $f)"/></xsl:call-template></xsl:with-param>
                  </xsl:call-template>
                </xsl:for-each>
              </xsl:for-each>
            </xsl:with-param></xsl:call-template>
          <xsl:call-template name="cell">
            <xsl:with-param name="style" select="'TableNumber'"/>
            <xsl:with-param name="text"><xsl:call-template name="value"><xsl:with-param name="n" select="@weight"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
          <xsl:choose>
            <xsl:when test="$sub">
              <xsl:call-template name="cell">
                <xsl:with-param name="span" select="2"/>
                <xsl:with-param name="text"><xsl:call-template name="m"><xsl:with-param name="key" select="'area.sub'"/></xsl:call-template></xsl:with-param>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="cell">
                <xsl:with-param name="text"><xsl:call-template name="level-text"><xsl:with-param name="id" select="@self-level"/></xsl:call-template></xsl:with-param>
              </xsl:call-template>
              <xsl:call-template name="cell">
                <xsl:with-param name="text"><xsl:call-template name="level-text"><xsl:with-param name="id" select="@peer-level"/></xsl:call-template></xsl:with-param>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="cell">
            <xsl:with-param name="style" select="'TableNumber'"/>
            <xsl:with-param name="text"><xsl:call-template name="score-text"><xsl:with-param name="n" select="@self"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="cell">
            <xsl:with-param name="style" select="'TableNumber'"/>
            <xsl:with-param name="run-style" select="'Strong'"/>
            <xsl:with-param name="text"><xsl:call-template name="score-text"><xsl:with-param name="n" select="@final"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="cell-runs"><xsl:with-param name="runs">
              <xsl:if test="not($sub)">
                <xsl:call-template name="status-run"><xsl:with-param name="status" select="@status"/></xsl:call-template>
              </xsl:if>
            </xsl:with-param></xsl:call-template>
        </xsl:with-param></xsl:call-template>
      </xsl:for-each>
    </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One milestone or indicator in full. -->
  <xsl:template match="e:milestone | e:indicator" mode="office">
    <xsl:call-template name="heading">
      <xsl:with-param name="level" select="4"/>
      <xsl:with-param name="text" select="concat(@id, ' ', normalize-space(e:title))"/>
    </xsl:call-template>
    <xsl:call-template name="para-runs"><xsl:with-param name="style" select="'Small'"/><xsl:with-param name="runs">
      <xsl:call-template name="status-run"><xsl:with-param name="status" select="@status"/></xsl:call-template>
      <xsl:call-template name="run">
        <xsl:with-param name="text"><xsl:text> · </xsl:text><xsl:call-template name="leaf-meta-text"/></xsl:with-param>
      </xsl:call-template>
    </xsl:with-param></xsl:call-template>
    <xsl:if test="e:description">
      <xsl:call-template name="para"><xsl:with-param name="text" select="normalize-space(e:description)"/></xsl:call-template>
    </xsl:if>
    <xsl:call-template name="table">
        <xsl:with-param name="widths" select="$w.levels"/>
      <xsl:with-param name="rows">
      <xsl:call-template name="header-row">
        <xsl:with-param name="keys" select="'col.item col.level col.leaf-score'"/>
      </xsl:call-template>
      <xsl:call-template name="level-row">
        <xsl:with-param name="key" select="'leaf.self'"/>
        <xsl:with-param name="score" select="@self"/>
        <xsl:with-param name="level">
          <xsl:call-template name="level-effective-text">
            <xsl:with-param name="rated" select="@self-level"/>
            <xsl:with-param name="effective" select="@self-effective"/>
          </xsl:call-template>
          <xsl:call-template name="measure-text"><xsl:with-param name="m" select="e:self"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="level-row">
        <xsl:with-param name="key" select="'leaf.peer'"/>
        <xsl:with-param name="level">
          <xsl:call-template name="level-text"><xsl:with-param name="id" select="@peer-level"/></xsl:call-template>
          <xsl:call-template name="measure-text"><xsl:with-param name="m" select="e:peer"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="level-row">
        <xsl:with-param name="key" select="'leaf.final'"/>
        <xsl:with-param name="score" select="@final"/>
        <xsl:with-param name="level">
          <xsl:call-template name="level-effective-text">
            <xsl:with-param name="rated" select="@final-level"/>
            <xsl:with-param name="effective" select="@final-effective"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:with-param>
    </xsl:call-template>
    <xsl:if test="self::e:indicator and e:threshold">
      <xsl:call-template name="label-para">
        <xsl:with-param name="style" select="'Small'"/>
        <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="'leaf.thresholds'"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="text"><xsl:call-template name="thresholds-text"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:variable name="leaf" select="."/>
    <xsl:for-each select="str:tokenize(@flags, ' ')">
      <xsl:variable name="f" select="string(.)"/>
      <xsl:for-each select="$leaf">
        <xsl:call-template name="para">
          <xsl:with-param name="style" select="'Callout'"/>
          <xsl:with-param name="text"><xsl:call-template name="flag-text"><xsl:with-param name="f" select="$f"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:call-template name="source">
      <xsl:with-param name="s" select="e:self"/>
      <xsl:with-param name="key" select="'leaf.self'"/>
    </xsl:call-template>
    <xsl:call-template name="source">
      <xsl:with-param name="s" select="e:peer"/>
      <xsl:with-param name="key" select="'leaf.peer'"/>
    </xsl:call-template>
    <xsl:if test="e:guidance">
      <xsl:call-template name="label-para">
        <xsl:with-param name="style" select="'Guidance'"/>
        <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="'leaf.guidance'"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="text" select="normalize-space(e:guidance)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="level-row">
    <xsl:param name="key"/>
    <xsl:param name="level"/>
    <xsl:param name="score" select="''"/>
    <xsl:call-template name="row"><xsl:with-param name="cells">
      <xsl:call-template name="cell">
        <xsl:with-param name="text"><xsl:call-template name="m"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="run-style" select="'Strong'"/>
      </xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="text" select="$level"/></xsl:call-template>
      <xsl:call-template name="cell">
        <xsl:with-param name="style" select="'TableNumber'"/>
        <xsl:with-param name="text">
          <xsl:if test="string($score) != ''">
            <xsl:call-template name="score-text"><xsl:with-param name="n" select="$score"/></xsl:call-template>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:with-param></xsl:call-template>
  </xsl:template>

  <!-- What one source said: ratings, evidence, texts, findings and
       recommendations. -->
  <xsl:template name="source">
    <xsl:param name="s"/>
    <xsl:param name="key"/>
    <xsl:call-template name="msg-para">
      <xsl:with-param name="key" select="$key"/>
      <xsl:with-param name="style" select="'Heading5'"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="not($s)">
        <xsl:call-template name="msg-para">
          <xsl:with-param name="key" select="'leaf.no-response'"/>
          <xsl:with-param name="style" select="'Small'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$s">
          <xsl:if test="e:rating">
            <xsl:call-template name="label-para">
              <xsl:with-param name="style" select="'Small'"/>
              <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="'leaf.ratings'"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="text"><xsl:for-each select=".."><xsl:call-template name="ratings-line"/></xsl:for-each></xsl:with-param>
            </xsl:call-template>
            <xsl:if test="@consensus or @median">
              <xsl:call-template name="label-para">
                <xsl:with-param name="style" select="'Small'"/>
                <xsl:with-param name="label">
                  <xsl:call-template name="m">
                    <xsl:with-param name="key">
                      <xsl:choose>
                        <xsl:when test="@consensus">leaf.consensus</xsl:when>
                        <xsl:otherwise>leaf.median</xsl:otherwise>
                      </xsl:choose>
                    </xsl:with-param>
                  </xsl:call-template>
                </xsl:with-param>
                <xsl:with-param name="text"><xsl:call-template name="level-text"><xsl:with-param name="id" select="(@consensus | @median)[1]"/></xsl:call-template></xsl:with-param>
              </xsl:call-template>
            </xsl:if>
          </xsl:if>
          <xsl:if test="e:evidence">
            <xsl:call-template name="msg-para">
              <xsl:with-param name="key" select="'leaf.evidence'"/>
              <xsl:with-param name="style" select="'Label'"/>
            </xsl:call-template>
            <xsl:call-template name="list">
              <xsl:with-param name="items">
                <xsl:for-each select="e:evidence">
                  <xsl:call-template name="list-item-runs">
                    <xsl:with-param name="runs">
                      <xsl:call-template name="run"><xsl:with-param name="text" select="normalize-space(.)"/></xsl:call-template>
                      <xsl:if test="@href">
                        <!-- A reference shown as text, never a link. -->
                        <xsl:call-template name="run"><xsl:with-param name="text" select="' '"/></xsl:call-template>
                        <xsl:call-template name="run">
                          <xsl:with-param name="style" select="'Reference'"/>
                          <xsl:with-param name="text" select="@href"/>
                        </xsl:call-template>
                      </xsl:if>
                    </xsl:with-param>
                  </xsl:call-template>
                </xsl:for-each>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:if>
          <xsl:for-each select="e:comment">
            <xsl:call-template name="label-para">
              <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="'leaf.comment'"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="text" select="normalize-space(.)"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:for-each select="e:justification">
            <xsl:call-template name="label-para">
              <xsl:with-param name="label"><xsl:call-template name="m"><xsl:with-param name="key" select="'leaf.justification'"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="text" select="normalize-space(.)"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:if test="e:finding">
            <xsl:call-template name="msg-para">
              <xsl:with-param name="key" select="'leaf.findings'"/>
              <xsl:with-param name="style" select="'Label'"/>
            </xsl:call-template>
            <xsl:call-template name="list">
              <xsl:with-param name="items">
                <xsl:for-each select="e:finding">
                  <xsl:call-template name="list-item"><xsl:with-param name="text" select="normalize-space(.)"/></xsl:call-template>
                </xsl:for-each>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="e:recommendation">
            <xsl:call-template name="msg-para">
              <xsl:with-param name="key" select="'leaf.recommendations'"/>
              <xsl:with-param name="style" select="'Label'"/>
            </xsl:call-template>
            <xsl:for-each select="e:recommendation">
              <xsl:call-template name="para-runs">
                <xsl:with-param name="runs">
                  <xsl:call-template name="priority-run"/>
                  <xsl:call-template name="run"><xsl:with-param name="text" select="concat(' ', normalize-space(.))"/></xsl:call-template>
                </xsl:with-param>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:if>
          <xsl:if test="not(e:rating or e:evidence or e:comment or e:justification or e:finding or e:recommendation)">
            <xsl:call-template name="msg-para">
              <xsl:with-param name="key" select="'leaf.nothing-more'"/>
              <xsl:with-param name="style" select="'Small'"/>
            </xsl:call-template>
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
      <xsl:call-template name="level-text"><xsl:with-param name="id" select="$m/e:scale/@achieved"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="cap-name">
      <xsl:call-template name="grade-name"><xsl:with-param name="id" select="$m/e:grades/@mandatory-cap"/></xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="chapter">
      <xsl:with-param name="n" select="''"/>
      <xsl:with-param name="key" select="'sec.annex'"/>
      <xsl:with-param name="mark" select="5"/>
    </xsl:call-template>
    <xsl:call-template name="msg-para"><xsl:with-param name="key" select="'annex.intro'"/></xsl:call-template>
    <xsl:call-template name="heading">
      <xsl:with-param name="level" select="2"/>
      <xsl:with-param name="text"><xsl:call-template name="m"><xsl:with-param name="key" select="'annex.scale'"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="table">
        <xsl:with-param name="widths" select="$w.scale"/>
      <xsl:with-param name="rows">
      <xsl:call-template name="header-row">
        <xsl:with-param name="keys" select="'col.level col.value col.leaf-score col.description'"/>
      </xsl:call-template>
      <xsl:for-each select="$m/e:scale/e:level">
        <xsl:call-template name="row"><xsl:with-param name="cells">
          <xsl:call-template name="cell">
            <xsl:with-param name="text">
              <xsl:call-template name="level-text"><xsl:with-param name="id" select="@id"/></xsl:call-template>
              <xsl:if test="@id = $m/e:scale/@achieved"> ✓</xsl:if>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="cell">
            <xsl:with-param name="style" select="'TableNumber'"/>
            <xsl:with-param name="text" select="@value"/>
          </xsl:call-template>
          <xsl:call-template name="cell">
            <xsl:with-param name="style" select="'TableNumber'"/>
            <xsl:with-param name="text">
              <xsl:call-template name="num"><xsl:with-param name="n" select="floor(10000 * @value div $m/e:scale/@max + 0.5) div 100"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="cell"><xsl:with-param name="text" select="normalize-space(.)"/></xsl:call-template>
        </xsl:with-param></xsl:call-template>
      </xsl:for-each>
    </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="text">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.leaf'"/>
          <xsl:with-param name="a1" select="$m/e:scale/@max"/>
          <xsl:with-param name="a2" select="$achieved-name"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="msg-para"><xsl:with-param name="key" select="'annex.rating'"/></xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="text">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.prereq'"/>
          <xsl:with-param name="a1" select="$achieved-name"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="msg-para"><xsl:with-param name="key" select="'annex.na'"/></xsl:call-template>
    <xsl:call-template name="heading">
      <xsl:with-param name="level" select="2"/>
      <xsl:with-param name="text"><xsl:call-template name="m"><xsl:with-param name="key" select="'annex.model'"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="msg-para"><xsl:with-param name="key" select="concat('model.', $r/@model)"/></xsl:call-template>
    <xsl:call-template name="msg-para"><xsl:with-param name="key" select="'annex.rounding'"/></xsl:call-template>
    <xsl:call-template name="heading">
      <xsl:with-param name="level" select="2"/>
      <xsl:with-param name="text"><xsl:call-template name="m"><xsl:with-param name="key" select="'annex.grades'"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="table">
        <xsl:with-param name="widths" select="$w.grades"/>
      <xsl:with-param name="rows">
      <xsl:call-template name="header-row">
        <xsl:with-param name="keys" select="'col.grade col.min col.description'"/>
      </xsl:call-template>
      <xsl:for-each select="$m/e:grades/e:grade">
        <xsl:call-template name="row"><xsl:with-param name="cells">
          <xsl:call-template name="cell">
            <xsl:with-param name="text"><xsl:call-template name="grade-name"><xsl:with-param name="id" select="@id"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="cell">
            <xsl:with-param name="style" select="'TableNumber'"/>
            <xsl:with-param name="text"><xsl:call-template name="score-text"><xsl:with-param name="n" select="@min"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="cell"><xsl:with-param name="text" select="normalize-space(.)"/></xsl:call-template>
        </xsl:with-param></xsl:call-template>
      </xsl:for-each>
    </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="text">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.grade-rule'"/>
          <xsl:with-param name="a1" select="$cap-name"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
