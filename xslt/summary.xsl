<?xml version="1.0" encoding="UTF-8"?>
<!--
  The system-wide report across many agencies, from a summary document
  (emscore report, format summary): ranking, heat map of agencies by
  top-level area, grade distribution, averages, the milestones most
  often unmet and the system's greenhouse-gas emissions. Self-contained HTML5 like the peer-review report. The
  summary document brings its counts (how many agencies miss each
  milestone) and averages, and every lookup here is a key or a short
  list, so the report costs time linear in the number of agencies.

  Parameters (strings): lang (set by emscore), marking (a line such as
  "Draft" on the cover and every page), top-unmet (how many milestones the
  "most often unmet" table lists; default 15).

  This file is the page; each chapter is a module under summary/, included
  below and called from the page template. A new chapter is a module of
  its own there; its CSS goes into summary/shared.xsl.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <xsl:import href="common.xsl"/>

  <!-- One module per part of the report, in the order of the page. -->
  <xsl:include href="summary/shared.xsl"/>
  <xsl:include href="summary/overview.xsl"/>
  <xsl:include href="summary/ranking.xsl"/>
  <xsl:include href="summary/heat-map.xsl"/>
  <xsl:include href="summary/averages.xsl"/>
  <xsl:include href="summary/unmet.xsl"/>
  <xsl:include href="summary/periods.xsl"/>
  <xsl:include href="summary/digest.xsl"/>
  <xsl:include href="summary/climate.xsl"/>
  <xsl:include href="report/ghg-chart.xsl"/>
  <xsl:include href="summary/notes.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:param name="marking" select="''"/>
  <xsl:param name="top-unmet" select="15"/>
  <!-- yes: rank the agencies (chapter 2 and the heat map's order); else
       each agency beside the agencies reviewed on the same themes, in
       agency order. -->
  <xsl:param name="ranking" select="'no'"/>

  <xsl:key name="area" match="e:areas/e:area" use="@id"/>
  <xsl:key name="entry" match="e:entry" use="concat(@agency, ' ', @period)"/>

  <xsl:variable name="s" select="/e:summary"/>
  <xsl:variable name="entries" select="$s/e:entry"/>
  <xsl:variable name="ranked" select="$ranking = 'yes' or not($s/e:by-agency)"/>
  <!-- The rows of chapters 2 and 3: entries, or references to them. -->
  <xsl:variable name="listed" select="$entries[$ranked] | $s/e:by-agency/e:ref[not($ranked)]"/>
  <xsl:variable name="n" select="number($s/@entries)"/>
  <xsl:variable name="areas" select="$s/e:areas/e:area"/>
  <xsl:variable name="grades" select="$s/e:methodology/e:grades/e:grade"/>
  <!-- Rows per heat map, so that one fits a printed page. -->
  <xsl:variable name="rows-per-map" select="40"/>

  <!-- ============================================================ -->
  <!-- Page                                                          -->
  <!-- ============================================================ -->

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="{$lang}" dir="{$dir}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="{$s/@generator}"/>
        <title>
          <xsl:value-of select="concat($title, ': ', normalize-space($s/e:title))"/>
        </title>
        <style>
          <xsl:call-template name="css"/>
        </style>
      </head>
      <body>
        <header class="banner">
          <h1><xsl:value-of select="$title"/></h1>
          <p>
            <xsl:apply-templates select="$s/e:title" mode="text"/>
            <xsl:text> · </xsl:text>
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'sum.subtitle'"/>
              <xsl:with-param name="a1" select="$s/@scorecard"/>
              <xsl:with-param name="a2" select="$s/@scorecard-version"/>
              <xsl:with-param name="a3">
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="concat('model.name.', $s/@model)"/>
                </xsl:call-template>
              </xsl:with-param>
              <xsl:with-param name="a4" select="$n"/>
            </xsl:call-template>
          </p>
          <xsl:if test="normalize-space($marking) != ''">
            <span class="marking"><xsl:value-of select="$marking"/></span>
          </xsl:if>
          <xsl:call-template name="language-note"/>
        </header>
        <main>
          <xsl:call-template name="illustrative-note"/>
          <xsl:call-template name="overview"/>
          <xsl:call-template name="ranking"/>
          <xsl:call-template name="heat-maps"/>
          <xsl:call-template name="area-averages"/>
          <xsl:call-template name="unmet"/>
          <xsl:call-template name="periods"/>
          <xsl:call-template name="climate"/>
          <xsl:call-template name="digest"/>
          <xsl:call-template name="notes"/>
        </main>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>
