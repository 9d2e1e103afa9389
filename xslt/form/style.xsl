<?xml version="1.0" encoding="UTF-8"?>
<!--
  The offline form: its page style, on screen and printed.
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
    <xsl:text><![CDATA[
:root { --ink: #1b1f24; --muted: #5b6470; --line: #c9d1d9; --accent: #0b5cad; --bad: #b00020; --ok: #1d6b35; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
#ems { max-width: 60rem; margin: 0 auto; padding: 0 1rem 4rem; }
h1 { font-size: 1.5rem; margin: .5rem 0 .2rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
h4 { font-size: 1rem; margin: 0 0 .3rem; }
.sub, .desc, .language-note { color: var(--muted); margin: .2rem 0 .5rem; }
.top { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: .5rem 0; }
.toolbar { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
button { font: inherit; padding: .35rem .8rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--ink); cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible, a:focus-visible { outline: 3px solid #f0b400; outline-offset: 1px; }
.progress { display: inline-flex; gap: .5rem; align-items: center; margin-inline-start: auto; }
progress { width: 10rem; }
#status { margin: .3rem 0 0; min-height: 1.2em; color: var(--ok); }
#status.bad { color: var(--bad); }
#problems { border: 2px solid var(--bad); border-radius: 4px; padding: .3rem .8rem; margin-top: .4rem; max-height: 40vh; overflow: auto; }
#problems h2 { font-size: 1rem; margin: .3rem 0; color: var(--bad); }
#scale { list-style: none; padding: 0; }
#scale li { margin: .15rem 0; }
.grid { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
.field { display: flex; flex-direction: column; margin: .4rem 0; }
.field label { font-weight: 600; font-size: .93rem; }
input[type=text], input[type=date], textarea, select { font: inherit; padding: .3rem .4rem; border: 1px solid #8c959f; border-radius: 3px; background: #fff; color: var(--ink); }
textarea { width: 100%; resize: vertical; }
fieldset { border: 1px solid var(--line); border-radius: 4px; margin: .5rem 0; padding: .3rem .8rem .6rem; }
legend { font-weight: 600; font-size: .93rem; padding: 0 .3rem; }
#contents ol { list-style: none; padding-inline-start: 0; }
#contents .depth1 { margin-inline-start: 1.2rem; }
#contents .depth2 { margin-inline-start: 2.4rem; }
.count { color: var(--muted); font-size: .85rem; font-weight: normal; white-space: nowrap; }
.id { color: var(--muted); font-weight: 600; }
.item, .area { scroll-margin-top: 7rem; }
.item { border: 1px solid var(--line); border-inline-start: 5px solid var(--line); border-radius: 4px; padding: .6rem .9rem; margin: .8rem 0; break-inside: avoid; }
.item.answered { border-inline-start-color: var(--ok); }
.item.invalid { border-inline-start-color: var(--bad); }
.tags { margin: .1rem 0 .3rem; }
.tag { display: inline-block; border: 1px solid var(--line); border-radius: 3px; padding: 0 .35rem; font-size: .8rem; margin-inline-end: .3rem; }
.tag.strong { border-color: var(--ink); font-weight: 600; }
.levels label { display: block; padding: .1rem 0; }
.levels label:has(input:checked) { font-weight: 600; }
.ratings .grid .field { min-width: 14rem; }
.justification { display: none; }
.item.needs-justification .justification, .item.has-justification .justification { display: flex; }
.rows { list-style: none; padding: 0; margin: .2rem 0; }
.rows li { display: flex; flex-wrap: wrap; gap: .3rem .8rem; align-items: flex-end; margin: .3rem 0; }
.rows li .field { margin: 0; flex: 1 1 12rem; }
.rows li textarea { min-width: 16rem; }
.thresholds { border-collapse: collapse; margin: .3rem 0; font-size: .9rem; }
.thresholds caption { text-align: start; font-weight: 600; }
.thresholds th, .thresholds td { border: 1px solid var(--line); padding: .1rem .5rem; text-align: start; font-weight: normal; }
.thresholds tr.met th, .thresholds tr.met td { font-weight: 700; background: #e6f4ea; }
.with-unit { display: flex; gap: .4rem; align-items: center; }
.reached { color: var(--muted); font-size: .9rem; }
.msg { color: var(--bad); font-weight: 600; margin: .3rem 0; }
.msg:empty { display: none; }
.clear { font-size: .85rem; }
.claim { background: var(--bg); border-inline-start: 3px solid var(--accent); padding: .3rem .8rem; margin: .4rem 0; font-size: .93rem; }
.claim p, .claim ul { margin: .15rem 0; }
.claim .claim-h { font-weight: 600; color: var(--accent); }
@media print {
  .top { position: static; }
  .toolbar button, .clear, [data-add], .rows button, #problems, #contents { display: none !important; }
  .item { border-inline-start-width: 1px; }
  details > summary { list-style: none; font-weight: 600; }
  a { color: inherit; text-decoration: none; }
}
]]></xsl:text>
  </xsl:template>

</xsl:stylesheet>
