<?xml version="1.0" encoding="UTF-8"?>
<!--
  The executive edition of the peer-review report (the edition
  "executive" of the html report): for management, at most six A4 pages. The cover,
  the executive summary (the review team's own summary, key figures, lead
  sentences, counts by status, good practices), the scores by area, this review's recommendations with
  the management response, and the follow-up of earlier recommendations.
  The modules are peer-review.xsl's own; only those printed here are
  included, so nothing of the milestone cards, the other chapters or the
  annex is looked up or laid out.

  Parameters (strings): lang (set by emscore), marking (as peer-review.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                exclude-result-prefixes="e">

  <xsl:import href="common.xsl"/>

  <xsl:include href="report/shared.xsl"/>
  <xsl:include href="report/cover.xsl"/>
  <xsl:include href="report/executive-summary.xsl"/>
  <xsl:include href="report/record.xsl"/>
  <xsl:include href="report/good-practices.xsl"/>
  <xsl:include href="report/chart.xsl"/>
  <xsl:include href="report/responses.xsl"/>
  <xsl:include href="report/followup.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:param name="marking" select="''"/>

  <xsl:key name="reviewer" match="e:reviewer" use="@id"/>
  <xsl:key name="leaf" match="e:area/e:milestone | e:area/e:indicator" use="@id"/>
  <xsl:key name="register" match="e:register/e:recommendation" use="@id"/>

  <xsl:variable name="edition" select="'executive'"/>
  <xsl:variable name="r" select="/e:results"/>
  <xsl:variable name="has-self" select="boolean($r/e:self-assessment)"/>
  <xsl:variable name="has-peer" select="boolean($r/e:peer-assessment)"/>

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
          <xsl:call-template name="illustrative-note"/>
          <section class="chapter" id="summary">
            <xsl:call-template name="chapter-title">
              <xsl:with-param name="n" select="'1'"/>
              <xsl:with-param name="key" select="'sec.summary'"/>
            </xsl:call-template>
            <xsl:call-template name="record"><xsl:with-param name="mission" select="false()"/></xsl:call-template>
            <xsl:call-template name="summary-figures"/>
            <xsl:call-template name="summary-lead"/>
            <xsl:call-template name="followup-summary"/>
            <xsl:call-template name="status-table"/>
            <xsl:call-template name="good-practices"/>
          </section>
          <xsl:call-template name="chart-section"/>
          <xsl:call-template name="responses-section"><xsl:with-param name="n" select="'3'"/></xsl:call-template>
          <xsl:call-template name="followup-section"><xsl:with-param name="n" select="'4'"/></xsl:call-template>
        </main>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>
