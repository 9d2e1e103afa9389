<?xml version="1.0" encoding="UTF-8"?>
<!--
  The word-processing reports (docx/, odt/): what they say and in what
  order, the same chapters as the HTML report. The sentences are composed
  here as strings; the layout is written once, in blocks (paragraphs,
  headings, tables, lists, bars) that each format's own module defines in
  its markup, so the DOCX and the ODT cannot drift apart. This file holds
  the texts; office/ the layout blocks, the cover and each chapter.
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
  <xsl:key name="leaf" match="e:area/e:milestone | e:area/e:indicator" use="@id"/>

  <xsl:variable name="r" select="/e:results"/>
  <xsl:variable name="leaves" select="//e:area/*[self::e:milestone or self::e:indicator]"/>
  <xsl:variable name="has-self" select="boolean($r/e:self-assessment)"/>
  <xsl:variable name="has-peer" select="boolean($r/e:peer-assessment)"/>

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
  <xsl:variable name="doc-title" select="concat($r/@agency, ' ', $r/@period, ': ', $title)"/>

  <!-- A level's name, "not rated" for none (level-name of common.xsl
       makes HTML for that case). -->
  <xsl:template name="level-text">
    <xsl:param name="id"/>
    <xsl:choose>
      <xsl:when test="string($id) = ''"><xsl:copy-of select="$w.leaf.not-rated"/></xsl:when>
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
      <xsl:call-template name="msg">
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
        <xsl:value-of select="$graded-key"/>
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
          <xsl:call-template name="grade-name">
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
      <xsl:with-param name="key" select="concat('summary.cap', $graded-key)"/>
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
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="concat('status.', @status)"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- What flag f of the current leaf means for it. -->
  <xsl:template name="flag-text">
    <xsl:param name="f"/>
    <xsl:call-template name="t">
      <xsl:with-param name="key">
        <xsl:call-template name="flag-key">
          <xsl:with-param name="flag" select="$f"/>
          <xsl:with-param name="part" select="'explain'"/>
        </xsl:call-template>
      </xsl:with-param>
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
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="concat('kind.', local-name())"/>
    </xsl:call-template>
    <xsl:text> · </xsl:text>
    <xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.weight'"/></xsl:call-template>
    <xsl:text> </xsl:text>
    <xsl:call-template name="value">
      <xsl:with-param name="n" select="@weight"/>
    </xsl:call-template>
    <xsl:if test="@counted = 'false'">
      <xsl:text> (</xsl:text>
      <xsl:call-template name="msg"><xsl:with-param name="key" select="'not-counted'"/></xsl:call-template>
      <xsl:text>)</xsl:text>
    </xsl:if>
    <xsl:if test="@mandatory = 'true'">
      <xsl:text> · </xsl:text>
      <xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.mandatory'"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="@evidence = 'required'">
      <xsl:text> · </xsl:text>
      <xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.evidence-required'"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="@requires">
      <xsl:text> · </xsl:text>
      <xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.requires'"/></xsl:call-template>
      <xsl:value-of select="concat(' ', translate(normalize-space(@requires), ' ', ','))"/>
    </xsl:if>
    <xsl:if test="self::e:indicator">
      <xsl:if test="@unit">
        <xsl:text> · </xsl:text>
        <xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.unit'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', @unit)"/>
      </xsl:if>
      <xsl:text> · </xsl:text>
      <xsl:call-template name="msg">
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

  <xsl:include href="office/layout.xsl"/>
  <xsl:include href="office/cover.xsl"/>
  <xsl:include href="office/record.xsl"/>
  <xsl:include href="office/chapters.xsl"/>
  <xsl:include href="office/areas.xsl"/>
  <xsl:include href="office/annex.xsl"/>

</xsl:stylesheet>
