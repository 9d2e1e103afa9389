<?xml version="1.0" encoding="UTF-8"?>
<!--
  The word-processing reports: the review team's own words, before any
  score, as in the HTML report (report/record.xsl). At the start of
  chapter 1 the team's executive summary and the context of the review,
  the units and functions the mission met and the documents it reviewed;
  at the top of each area, the team's conclusions on it. Each paragraph of
  the results (<p>) is a paragraph of the document.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <xsl:template name="record">
    <xsl:variable name="pa" select="$r/e:peer-assessment"/>
    <xsl:for-each select="$pa/e:narrative/e:executive-summary">
      <xsl:call-template name="record-part">
        <xsl:with-param name="key" select="'record.summary'"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$pa/e:narrative/e:context">
      <xsl:call-template name="record-part">
        <xsl:with-param name="key" select="'record.context'"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$pa/e:interviews">
      <xsl:call-template name="heading">
        <xsl:with-param name="level" select="2"/>
        <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="'record.interviews'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="list">
        <xsl:with-param name="items">
          <xsl:for-each select="e:interview">
            <xsl:call-template name="list-item">
              <xsl:with-param name="text">
                <xsl:value-of select="normalize-space(.)"/>
                <xsl:if test="@date">
                  <xsl:text> (</xsl:text>
                  <xsl:call-template name="date"><xsl:with-param name="d" select="@date"/></xsl:call-template>
                  <xsl:text>)</xsl:text>
                </xsl:if>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$pa/e:documents">
      <xsl:call-template name="heading">
        <xsl:with-param name="level" select="2"/>
        <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="'record.documents'"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="list">
        <xsl:with-param name="items">
          <xsl:for-each select="e:document">
            <xsl:call-template name="list-item">
              <xsl:with-param name="text">
                <xsl:value-of select="normalize-space(.)"/>
                <xsl:if test="@ref or @date">
                  <xsl:text> (</xsl:text>
                  <xsl:value-of select="@ref"/>
                  <xsl:if test="@ref and @date">, </xsl:if>
                  <xsl:if test="@date">
                    <xsl:call-template name="date"><xsl:with-param name="d" select="@date"/></xsl:call-template>
                  </xsl:if>
                  <xsl:text>)</xsl:text>
                </xsl:if>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- The team's conclusions on the current area, at the top of its section. -->
  <xsl:template name="area-conclusions">
    <xsl:for-each select="$r/e:peer-assessment/e:narrative/e:conclusions[@area = current()/@id]">
      <xsl:call-template name="record-part">
        <xsl:with-param name="key" select="'record.conclusions'"/>
        <xsl:with-param name="level" select="3"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- A heading, then the current part's paragraphs. -->
  <xsl:template name="record-part">
    <xsl:param name="key"/>
    <xsl:param name="level" select="2"/>
    <xsl:call-template name="heading">
      <xsl:with-param name="level" select="$level"/>
      <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:for-each select="e:p">
      <xsl:call-template name="para">
        <xsl:with-param name="text" select="normalize-space(.)"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
