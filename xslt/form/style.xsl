<?xml version="1.0" encoding="UTF-8"?>
<!--
  The offline form: its page style, on screen and printed: that of the
  HTML reports (common.xsl: type, colours, tables, the cover band), and
  what only a form has.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:i="urn:emscore:i18n"
                exclude-result-prefixes="e i">

  <!-- ============================================================ -->
  <!-- Styles                                                        -->
  <!-- ============================================================ -->

  <xsl:template name="css">
    <!-- printed, each page's running header -->
    <xsl:param name="header"/>
    <!-- The reports' type, colours, tables and cover band (common.xsl),
         then what only a form has. -->
    <xsl:call-template name="page-css">
      <xsl:with-param name="header" select="$header"/>
      <xsl:with-param name="marking" select="''"/>
    </xsl:call-template>
    <xsl:call-template name="cover-band-css"/>
    <xsl:text><![CDATA[
#ems { max-width: 210mm; margin: 0 auto; background: #fff; }
#ems main { max-width: none; padding: 2mm 17mm 18mm; box-shadow: none; }
#ems > header.cover-band { padding: 12mm 17mm 8mm; }
.cover-band h1 { font-size: 20pt; margin: 0 0 3mm; }
.cover-band .sub, .cover-band .language-note { color: #fff; opacity: .9; margin: 0; }
.sub, .desc { color: var(--muted); margin: .2rem 0 .5rem; }
.top { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: 2mm 17mm; }
.toolbar { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
button { font: inherit; padding: .35rem .8rem; border: 1px solid var(--line); border-radius: 4px; background: var(--soft); color: var(--ink); cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible, a:focus-visible { outline: 3px solid #f0b400; outline-offset: 1px; }
.progress { display: inline-flex; gap: .5rem; align-items: center; margin-inline-start: auto; }
progress { width: 10rem; accent-color: var(--accent); }
#status { margin: .3rem 0 0; min-height: 1.2em; color: var(--ok); }
#status.bad { color: var(--bad); }
#problems { border: 2px solid var(--bad); border-radius: 4px; padding: .3rem .8rem; margin-top: .4rem; max-height: 40vh; overflow: auto; }
#problems h2 { font-size: 11pt; margin: .3rem 0; padding: 0; border: 0; color: var(--bad); }
#problems a { text-decoration: underline; }
#about { padding: 4mm 0; }
#record { padding: 0 0 4mm; }
#record textarea { min-height: 4.5em; }
[data-f=owner] { min-width: 22rem; }
#scale { list-style: none; padding: 0; }
#scale li { margin: .15rem 0; }
.grid { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
.field { display: flex; flex-direction: column; margin: .4rem 0; }
.field label { font-weight: 600; font-size: 9.5pt; }
input[type=text], input[type=date], textarea, select { font: inherit; padding: .3rem .4rem; border: 1px solid #8c959f; border-radius: 3px; background: #fff; color: var(--ink); }
textarea { width: 100%; resize: vertical; }
fieldset { border: 1px solid var(--line); border-radius: 4px; margin: .5rem 0; padding: .3rem .8rem .6rem; }
legend { font-weight: 600; font-size: 9.5pt; padding: 0 .3rem; }
#contents ol { list-style: none; padding-inline-start: 0; }
#contents .depth1 { margin-inline-start: 1.2rem; }
#contents .depth2 { margin-inline-start: 2.4rem; }
#contents a { border-bottom: 1px dotted var(--muted); }
.count { color: var(--muted); font-size: 8.5pt; font-weight: normal; white-space: nowrap; }
.area > h2, .area > h3 { margin-top: 8mm; }
.item, .area { scroll-margin-top: 7rem; }
.item { border: 1px solid var(--line); border-inline-start: 4px solid var(--accent); padding: 2.5mm 3.5mm; margin: 0 0 3.5mm; break-inside: avoid; }
.item > h2, .item > h3, .item > h4, .item > h5, .item > h6 { font-size: 11pt; margin: 0 0 1mm; padding: 0; border: 0; color: var(--ink); }
.item.answered { border-inline-start-color: var(--ok); }
.item.invalid { border-inline-start-color: var(--bad); }
.tags { margin: .1rem 0 .3rem; }
.tag { display: inline-block; border: 1px solid var(--line); border-radius: 1mm; padding: 0 1.5mm; font-size: 8pt; font-weight: 600; margin-inline-end: .3rem; background: var(--soft); }
.tag.strong { border-color: var(--bad); color: var(--bad); background: #fbe9ea; }
.tag.priority-high { background: var(--bad); border-color: var(--bad); color: #fff; }
.tag.priority-medium { border: 1.5px solid var(--part); color: var(--part); background: #fff; }
.tag.priority-low { border: 1px dashed var(--na); color: var(--na); background: #fff; }
.recommendation-text { margin: 1.5mm 0; padding: 1.5mm 3mm; border-inline-start: 3px solid var(--un); background: var(--accent-soft); }
.levels label { display: block; padding: .1rem 0; }
.levels label:has(input:checked) { font-weight: 600; }
.ratings .grid .field { min-width: 14rem; }
.justification { display: none; }
.item.needs-justification .justification, .item.has-justification .justification { display: flex; }
.rows { list-style: none; padding: 0; margin: .2rem 0; }
.rows li { display: flex; flex-wrap: wrap; gap: .3rem .8rem; align-items: flex-end; margin: .3rem 0; }
.rows li .field { margin: 0; flex: 1 1 12rem; }
.rows li textarea { min-width: 16rem; }
table.thresholds { width: auto; margin: 1mm 0; }
.thresholds caption { font-size: 9pt; }
.thresholds th { font-weight: normal; }
.thresholds tr.met th, .thresholds tr.met td { font-weight: 700; background: #e6f4ea; }
.with-unit { display: flex; gap: .4rem; align-items: center; }
.reached { color: var(--muted); font-size: 9pt; }
.claim { background: var(--soft); border-inline-start: 3px solid var(--accent); padding: 1.5mm 3mm; margin: 1.5mm 0; font-size: 9.5pt; }
.claim p, .claim ul { margin: .15rem 0; }
.claim .claim-h { font-weight: 600; color: var(--accent); }
.msg { color: var(--bad); font-weight: 600; margin: .3rem 0; }
.msg:empty { display: none; }
.clear { font-size: 8.5pt; }
@media screen {
  #ems { box-shadow: 0 1px 6px rgba(0,0,0,.18); }
}
@media print {
  #ems { max-width: none; }
  #ems main { padding: 0; }
  .top { position: static; padding: 0; }
  .toolbar button, .clear, [data-add], .rows button, #problems, #contents { display: none !important; }
  .item { border-inline-start-width: 1px; }
  details > summary { list-style: none; font-weight: 600; }
}
]]></xsl:text>
  </xsl:template>

</xsl:stylesheet>
