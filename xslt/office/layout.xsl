<?xml version="1.0" encoding="UTF-8"?>
<!--
  The word-processing reports' layout: the blocks each format (docx/,
  odt/) defines, called with office.xsl's texts; the table widths.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- Layout                                                        -->
  <!-- ============================================================ -->

  <!-- The blocks each format defines: run (text, style), para (style,
       text, run-style, label, runs), heading (level, text, mark), table
       (widths, head, rows, rows-of), row (cells, cells-of, header), cell
       (text, style, run-style, span, runs), list (numbered, items,
       items-of), list-item (numbered, text, runs), bar-cell (self,
       final), toc (entries), toc-entry (mark, text, level), tab,
       page-field (kind).
       A para's label is a bold run before its text. Widths are in
       twentieths of a point; style names are those of the formats'
       style sheets.
       A fragment passed to a block is copied, node by node, at every
       level it is passed through. So a block of one run takes its text
       (and run-style) instead of runs; the table of an area or a leaf
       (rows-of) has its rows made in place, by that node's template of
       mode "rows", a row of a node (cells-of) its cells, by the node's
       template of mode "cells", and a list of nodes (items-of) its
       items, by their template of mode "items". -->

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
    <xsl:variable name="m">
      <xsl:call-template name="marking-or-draft">
        <xsl:with-param name="marking" select="$marking"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="string($m) != ''">
      <xsl:call-template name="tab"/>
      <xsl:call-template name="run">
        <xsl:with-param name="text" select="string($m)"/>
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


  <!-- A paragraph of the catalogue's message key. -->
  <xsl:template name="msg-para">
    <xsl:param name="key"/>
    <xsl:param name="style" select="''"/>
    <xsl:call-template name="para">
      <xsl:with-param name="style" select="$style"/>
      <xsl:with-param name="text">
        <xsl:call-template name="msg"><xsl:with-param name="key" select="$key"/></xsl:call-template>
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
        <xsl:call-template name="msg"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>



  <!-- A header row of the catalogue's words, repeated on every page the
       table spans. -->
  <xsl:template name="header-row">
    <xsl:param name="keys"/>
    <xsl:call-template name="row">
      <xsl:with-param name="header" select="true()"/>
      <xsl:with-param name="cells-of" select="str:tokenize($keys, ' ')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A header cell: the word of the key, one of header-row's keys. -->
  <xsl:template match="token" mode="cells">
    <xsl:variable name="k" select="string(.)"/>
    <xsl:for-each select="$r">
      <xsl:call-template name="cell">
        <xsl:with-param name="style" select="'TableHeading'"/>
        <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="$k"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="status-run">
    <xsl:param name="status"/>
    <xsl:call-template name="run">
      <xsl:with-param name="style" select="concat('Status-', $status)"/>
      <xsl:with-param name="text">
        <xsl:call-template name="msg"><xsl:with-param name="key" select="concat('status.', $status)"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="priority-run">
    <xsl:call-template name="run">
      <xsl:with-param name="style" select="concat('Priority-', @priority)"/>
      <xsl:with-param name="text">
        <xsl:call-template name="msg"><xsl:with-param name="key" select="concat('priority.', @priority)"/></xsl:call-template>
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
        <xsl:call-template name="cell">
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

</xsl:stylesheet>
