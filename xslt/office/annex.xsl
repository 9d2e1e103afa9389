<?xml version="1.0" encoding="UTF-8"?>
<!--
  The word-processing reports' annex: the methodology.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

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
      <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.scale'"/></xsl:call-template></xsl:with-param>
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
      <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.model'"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="msg-para"><xsl:with-param name="key" select="concat('model.', $r/@model)"/></xsl:call-template>
    <xsl:call-template name="msg-para"><xsl:with-param name="key" select="'annex.rounding'"/></xsl:call-template>
    <xsl:if test="$grade-list">
      <xsl:call-template name="heading">
        <xsl:with-param name="level" select="2"/>
        <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.grades'"/></xsl:call-template></xsl:with-param>
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
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
