<?xml version="1.0" encoding="UTF-8"?>
<!--
  The peer-review report of one agency and period: a self-contained HTML5
  page (inline CSS and SVG, no script, no external reference) from one
  results document. Printed, it is an A4 report with a cover, a running
  header and page numbers. Every fixed word comes from the catalogue of the
  chosen language (common.xsl).

  This file is the page; each part of it is a module under report/, and
  every figure, list and order comes from the results document, so the
  modules only lay it out. A new section is a module of its own: a named
  template in report/NAME.xsl, included below and called from the page
  template in its place; its CSS goes into report/shared.xsl, its words
  into the six catalogues xslt/i18n/*.xml.

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

  <!-- One module per part of the report, in the order of the page. -->
  <xsl:include href="report/shared.xsl"/>
  <xsl:include href="report/cover.xsl"/>
  <xsl:include href="report/record.xsl"/>
  <xsl:include href="report/executive-summary.xsl"/>
  <xsl:include href="report/good-practices.xsl"/>
  <xsl:include href="report/chart.xsl"/>
  <xsl:include href="report/attention.xsl"/>
  <xsl:include href="report/areas.xsl"/>
  <xsl:include href="report/cards.xsl"/>
  <xsl:include href="report/inventory.xsl"/>
  <xsl:include href="report/ghg-chart.xsl"/>
  <xsl:include href="report/progress.xsl"/>
  <xsl:include href="report/followup.xsl"/>
  <xsl:include href="report/annex.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:param name="marking" select="''"/>
  <xsl:param name="top-recommendations" select="10"/>

  <xsl:key name="reviewer" match="e:reviewer" use="@id"/>
  <!-- One leaf per id: the lists of the results name leaves by id. -->
  <xsl:key name="leaf" match="e:area/e:milestone | e:area/e:indicator" use="@id"/>

  <xsl:variable name="edition" select="'full'"/>
  <xsl:variable name="r" select="/e:results"/>
  <xsl:variable name="max" select="$r/e:methodology/e:scale/@max"/>
  <xsl:variable name="achieved-id" select="$r/e:methodology/e:scale/@achieved"/>
  <xsl:variable name="has-self" select="boolean($r/e:self-assessment)"/>
  <xsl:variable name="has-peer" select="boolean($r/e:peer-assessment)"/>
  <xsl:variable name="top" select="number($top-recommendations)"/>

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
          <xsl:call-template name="detail-css"/>
        </style>
      </head>
      <body>
        <xsl:apply-templates select="$r" mode="cover"/>
        <main>
          <xsl:call-template name="illustrative-note"/>
          <xsl:call-template name="contents"/>
          <xsl:call-template name="executive-summary"/>
          <xsl:call-template name="chart-section"/>
          <xsl:call-template name="attention"/>
          <xsl:call-template name="areas"/>
          <xsl:call-template name="inventory-section"/>
          <xsl:call-template name="progress-section"><xsl:with-param name="n" select="5 + count($r/e:inventory)"/></xsl:call-template>
          <xsl:call-template name="followup-section"><xsl:with-param name="n" select="5 + count($r/e:inventory) + count($r/e:progress)"/></xsl:call-template>
          <xsl:call-template name="annex"/>
        </main>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>
