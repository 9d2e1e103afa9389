<?xml version="1.0" encoding="UTF-8"?>
<!--
  The word-processing reports' cover and table of contents.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

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
    <xsl:variable name="m">
      <xsl:call-template name="marking-or-draft">
        <xsl:with-param name="marking" select="$marking"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="string($m) != ''">
      <xsl:call-template name="para">
        <xsl:with-param name="text" select="string($m)"/>
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
        <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'cover.scorecard'"/></xsl:call-template></xsl:with-param>
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
          <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'cover.profile'"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$r/e:profile-title"><xsl:value-of select="normalize-space($r/e:profile-title)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$r/@profile"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="note" select="$r/@profile[../e:profile-title]"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$r/e:area/@scope">
        <xsl:call-template name="pair-row">
          <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'cover.scope'"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="value"><xsl:call-template name="scope-line"><xsl:with-param name="r" select="$r"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="pair-row">
        <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'cover.model'"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="value"><xsl:call-template name="msg"><xsl:with-param name="key" select="concat('model.name.', $r/@model)"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:for-each select="$r/e:peer-assessment[@status]">
        <xsl:call-template name="pair-row">
          <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'cover.review-status'"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="value"><xsl:call-template name="review-status"/></xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="$r/e:peer-assessment/e:covers">
        <xsl:call-template name="pair-row">
          <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'cover.entities'"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="value">
            <xsl:for-each select="e:entity">
              <xsl:if test="position() &gt; 1">; </xsl:if>
              <xsl:value-of select="concat(normalize-space(.), ' (', @id, ')')"/>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="$r/e:peer-assessment">
        <xsl:if test="e:team">
          <xsl:call-template name="pair-row">
            <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'cover.team'"/></xsl:call-template></xsl:with-param>
            <xsl:with-param name="value">
              <xsl:for-each select="e:team/e:reviewer">
                <xsl:if test="position() &gt; 1">; </xsl:if>
                <xsl:value-of select="concat(normalize-space(.), ' (', @agency)"/>
                <xsl:if test="@role">
                  <xsl:text>, </xsl:text>
                  <xsl:call-template name="msg"><xsl:with-param name="key" select="concat('role.', @role)"/></xsl:call-template>
                </xsl:if>
                <xsl:text>)</xsl:text>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:for-each select="e:mission">
          <xsl:call-template name="pair-row">
            <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'cover.mission'"/></xsl:call-template></xsl:with-param>
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
        <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:with-param>
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
      <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'fig.final'"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="value"><xsl:call-template name="score-text"><xsl:with-param name="n" select="$o/@final"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="note"><xsl:call-template name="msg"><xsl:with-param name="key" select="'fig.of100'"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:if test="$grade-list">
      <xsl:call-template name="pair-row">
        <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'fig.grade'"/></xsl:call-template></xsl:with-param>
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
    </xsl:if>
    <xsl:if test="$has-self and $has-peer">
      <xsl:call-template name="pair-row">
        <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'fig.self'"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="value"><xsl:call-template name="score-text"><xsl:with-param name="n" select="$o/@self"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="note">
          <xsl:if test="$grade-list">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'fig.self-grade'"/>
              <xsl:with-param name="a1"><xsl:call-template name="grade-name"><xsl:with-param name="id" select="$o/@self-grade"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
          </xsl:if>
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
          <xsl:with-param name="text"><xsl:text>1 </xsl:text><xsl:call-template name="msg"><xsl:with-param name="key" select="'sec.summary'"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="mark" select="2"/>
          <xsl:with-param name="text"><xsl:text>2 </xsl:text><xsl:call-template name="msg"><xsl:with-param name="key" select="'sec.chart'"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="mark" select="3"/>
          <xsl:with-param name="text"><xsl:text>3 </xsl:text><xsl:call-template name="msg"><xsl:with-param name="key" select="'sec.attention'"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="mark" select="4"/>
          <xsl:with-param name="text"><xsl:text>4 </xsl:text><xsl:call-template name="msg"><xsl:with-param name="key" select="'sec.areas'"/></xsl:call-template></xsl:with-param>
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
          <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="'sec.annex'"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
