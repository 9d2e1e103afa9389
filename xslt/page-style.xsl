<?xml version="1.0" encoding="UTF-8"?>
<!--
  Part of common.xsl (included there): the style sheet shared by the HTML
  reports and the offline form, with its A4 pages, running header and page
  numbers, and the cover band.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="str">

  <!-- A CSS string literal holding s: quotes, backslashes and line breaks
       escaped, and "<" too, so the text cannot close the style element. -->
  <xsl:template name="css-string">
    <xsl:param name="s"/>
    <xsl:text>"</xsl:text>
    <xsl:value-of select="str:replace(str:replace(str:replace(str:replace(string($s),
                          '\', '\\'), '&quot;', '\&quot;'), '&lt;', '\3c '), '&#10;', ' ')"/>
    <xsl:text>"</xsl:text>
  </xsl:template>

  <!-- The style sheet shared by the HTML reports: A4 pages with a running
       header (header, and marking on the other side) and page numbers,
       type, tables, badges and figures. Words, not colour alone, carry
       every meaning, so the reports survive greyscale print. -->
  <xsl:template name="page-css">
    <xsl:param name="header"/>
    <xsl:param name="marking"/>
    <xsl:variable name="start">
      <xsl:choose>
        <xsl:when test="$dir = 'rtl'">right</xsl:when>
        <xsl:otherwise>left</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="end">
      <xsl:choose>
        <xsl:when test="$dir = 'rtl'">left</xsl:when>
        <xsl:otherwise>right</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="page-label">
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'page'"/>
        <xsl:with-param name="a1" select="'&#xE001;'"/>
        <xsl:with-param name="a2" select="'&#xE002;'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="quoted-page">
      <xsl:call-template name="css-string">
        <xsl:with-param name="s" select="$page-label"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:text>
@page { size: A4; margin: 22mm 17mm 20mm 17mm;
  @top-</xsl:text><xsl:value-of select="$start"/><xsl:text> { content: </xsl:text>
    <xsl:call-template name="css-string">
      <xsl:with-param name="s" select="$header"/>
    </xsl:call-template>
    <xsl:text>; font: 8pt var(--font); color: #4a5a6a; }
  @top-</xsl:text><xsl:value-of select="$end"/><xsl:text> { content: </xsl:text>
    <xsl:call-template name="css-string">
      <xsl:with-param name="s" select="$marking"/>
    </xsl:call-template>
    <xsl:text>; font: bold 8pt var(--font); color: #9b1c1c; }
  @bottom-</xsl:text><xsl:value-of select="$end"/><xsl:text> { content: </xsl:text>
    <!-- The page counters go between the catalogue's words. -->
    <xsl:value-of select="str:replace(str:replace($quoted-page, '&#xE001;', '&quot; counter(page) &quot;'),
                          '&#xE002;', '&quot; counter(pages) &quot;')"/>
    <xsl:text>; font: 8pt var(--font); color: #4a5a6a; }
}
:root { --font: "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans",
    "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans CJK SC", "Microsoft YaHei",
    "PingFang SC", "DejaVu Sans", sans-serif;
  --ink: #1c2733; --muted: #56636f; --line: #c9d2da; --soft: #eef2f5;
  --accent: #0b5c8e; --accent-soft: #e3eef6; --un: #009edb;
  --ok: #1e6b34; --part: #8a5a00; --bad: #a4262c; --na: #5f6b76; }
* { box-sizing: border-box; }
html { background: #dfe5ea; }
body { margin: 0; font-family: var(--font); font-size: 10.5pt; line-height: 1.45;
  color: var(--ink); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main, .cover { max-width: 210mm; margin: 0 auto; background: #fff; }
main { padding: 12mm 17mm 18mm; }
h1, h2, h3, h4 { line-height: 1.2; color: var(--accent); break-after: avoid; }
h2 { font-size: 17pt; margin: 0 0 4mm; padding-bottom: 2mm; border-bottom: 2px solid var(--accent); }
h3 { font-size: 13pt; margin: 7mm 0 2mm; }
h4 { font-size: 11pt; margin: 0; color: var(--ink); }
p { margin: 0 0 2.5mm; }
/* A chapter follows the one before on the same page: a forced break before
   a short chapter left the page before it half empty. Long chapters start
   a page of their own (each report says which). */
section.chapter { padding-top: 2mm; }
/* Numbers keep their sign and digits in order in right-to-left text too. */
.num { font-variant-numeric: tabular-nums; white-space: nowrap; unicode-bidi: plaintext; }
td.num, th.num { text-align: end; }
.muted { color: var(--muted); }
.small { font-size: 9pt; }
.id { font-weight: 600; color: var(--accent); white-space: nowrap; }
a { color: inherit; text-decoration: none; }
a.ref { color: var(--accent); font-weight: 600; }
code, .href { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8.5pt;
  color: var(--muted); overflow-wrap: anywhere; }

/* figures */
.fig .label { font-size: 8.5pt; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
/* Words wrap between words only, never inside one ("développement"): the
   grade is set small enough for the longest grade word of every language
   to fit its box. */
.fig .value { font-size: 20pt; font-weight: 700; line-height: 1.1; margin: 1mm 0;
  hyphens: manual; overflow-wrap: normal; word-break: normal; }
.fig.grade .value { font-size: 12pt; padding: 1.2mm 0 .8mm; }
.fig .note { font-size: 8.5pt; color: var(--muted); }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(36mm, 1fr)); gap: 3mm; margin: 4mm 0 5mm; }
.figures .fig { border: 1px solid var(--line); border-top: 4px solid var(--accent); padding: 3mm; break-inside: avoid; }
.figures .fig.grade { border-top-color: var(--un); }

/* tables */
.illustrative { border: 2px dashed #9b1c1c; color: #5a1010; background: #fff8f0; padding: 2mm 4mm;
  margin: 3mm 0; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm; font-size: 9pt; }
caption { text-align: start; font-weight: 600; color: var(--ink); padding-bottom: 1.5mm; caption-side: top; }
th, td { padding: 1.4mm 2mm; border-bottom: 1px solid var(--line); vertical-align: top; text-align: start; }
thead th { background: var(--soft); border-bottom: 2px solid var(--accent); font-weight: 600; font-size: 8.5pt; }
tfoot td, tfoot th { border-top: 2px solid var(--accent); border-bottom: none; font-weight: 600; }
tr { break-inside: avoid; }
thead { display: table-header-group; }

/* badges: words, not colour alone, so they survive greyscale */
.badge { display: inline-block; padding: .2mm 2mm; border-radius: 1mm; font-size: 8pt;
  font-weight: 600; white-space: nowrap; border: 1px solid currentColor; }
.st-achieved { color: var(--ok); }
.st-partial { color: var(--part); }
.st-not-started { color: var(--bad); }
.st-na, .st-missing { color: var(--na); border-style: dashed; }
.prio { display: inline-block; min-width: 15mm; text-align: center; padding: .2mm 1.5mm;
  font-size: 8pt; font-weight: 700; border-radius: 1mm; }
.prio-high { background: var(--bad); color: #fff; }
.prio-medium { border: 1.5px solid var(--part); color: var(--part); }
.prio-low { border: 1px dashed var(--na); color: var(--na); }
.flag { display: inline-block; font-size: 7.5pt; font-weight: 600; padding: 0 1.5mm; margin: .3mm;
  border-radius: 1mm; background: var(--soft); border: 1px solid var(--line); white-space: nowrap; }
.flag-mandatory-unmet { background: #fbe9ea; border-color: var(--bad); color: var(--bad); }

/* chart */
figure { margin: 3mm 0 6mm; break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 9pt; color: var(--muted); margin-top: 2mm; }

.formula { font-family: "DejaVu Serif", Georgia, serif; background: var(--soft); padding: 2mm 4mm; margin: 2mm 0 3mm; }
dl.defs { display: grid; grid-template-columns: 45mm 1fr; gap: 1.5mm 5mm; font-size: 9.5pt; }
dl.defs dt { font-weight: 600; }
dl.defs dd { margin: 0; }

@media screen {
  body { padding: 8mm 0; }
  main { box-shadow: 0 1px 6px rgba(0,0,0,.18); }
  section.chapter { margin-top: 10mm; }
}
@media print {
  html, body { background: #fff; }
  body { font-size: 9.5pt; }
  section.chapter + section.chapter { margin-top: 7mm; }
  main { padding: 0; max-width: none; }
  a { border: none !important; }
}
@media (max-width: 700px) {
  main { padding: 6mm; }
  dl.defs { grid-template-columns: 1fr; }
}
</xsl:text>
  </xsl:template>

  <!-- The band in the accent colour, with the UN-blue stripe under it,
       that opens a report's cover and an offline form. -->
  <xsl:template name="cover-band-css">
    <xsl:text>.cover-band { background: var(--accent); color: #fff; padding: 26mm 20mm 14mm; }
.cover-band .kicker { text-transform: uppercase; letter-spacing: .12em; font-size: 9pt;
  opacity: .85; margin-bottom: 6mm; }
.cover-band h1 { color: #fff; font-size: 26pt; margin: 0 0 10mm; font-weight: 600; }
.cover-band .agency { font-size: 40pt; font-weight: 700; margin: 0; letter-spacing: .02em; }
.cover-band .period { font-size: 15pt; margin: 1mm 0 0; opacity: .9; }
.cover-stripe { height: 3mm; background: var(--un); }
</xsl:text>
  </xsl:template>

</xsl:stylesheet>
