<?xml version="1.0" encoding="UTF-8"?>
<!--
  The offline form of a self-assessment or a peer assessment: one HTML5
  page with its styles and script inside, which works opened from disk and
  contacts nothing (its Content-Security-Policy forbids any load). Made by
  emscore template (format html) from the scorecard as the scorer sees it
  under the chosen profile: ems_template_build() has already left out the
  items the profile does not select, and names the profile, if any, by a
  <profile> holding only its title.

  The page keeps the answers in the browser's local storage, shows what is
  answered, flags what would not validate, and saves the assessment file
  built with the DOM (children in the order of the schema). Every fixed
  word comes from the catalogue of the chosen language (common.xsl); the
  script takes its messages from the page.

  Parameters (strings): lang (set by emscore), agency, period, kind
  ("self" or "peer").
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:i="urn:emscore:i18n"
                exclude-result-prefixes="e i">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:param name="agency" select="''"/>
  <xsl:param name="period" select="''"/>
  <xsl:param name="kind" select="'self'"/>

  <xsl:variable name="sc" select="/e:scorecard"/>
  <xsl:variable name="peer" select="$kind = 'peer'"/>

  <!-- ============================================================ -->
  <!-- Page                                                          -->
  <!-- ============================================================ -->

  <xsl:template match="/">
    <xsl:variable name="heading">
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="concat('form.title.', $kind)"/>
        <xsl:with-param name="a1" select="$agency"/>
        <xsl:with-param name="a2" select="$period"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="{$lang}" dir="{$dir}">
      <head>
        <meta http-equiv="Content-Security-Policy"
              content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:value-of select="concat($heading, ': ', $sc/e:title)"/>
        </title>
        <style>
          <xsl:call-template name="css"/>
        </style>
      </head>
      <body>
        <div id="ems" data-scorecard="{$sc/@id}" data-version="{$sc/@version}"
             data-agency="{$agency}" data-period="{$period}" data-kind="{$kind}"
             data-profile="{$sc/e:profile/@id}">
          <header>
            <h1><xsl:value-of select="$heading"/></h1>
            <p class="sub">
              <xsl:value-of select="$sc/e:title"/>
              <xsl:text> (</xsl:text>
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="'form.scorecard'"/>
                <xsl:with-param name="a1" select="$sc/@id"/>
                <xsl:with-param name="a2" select="$sc/@version"/>
              </xsl:call-template>
              <xsl:text>)</xsl:text>
              <xsl:for-each select="$sc/e:profile">
                <br/>
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="'form.profile'"/>
                  <xsl:with-param name="a1" select="concat(@id, ': ', e:title)"/>
                </xsl:call-template>
              </xsl:for-each>
            </p>
            <xsl:call-template name="language-note"/>
          </header>
          <div class="top">
            <div class="toolbar">
              <button type="button" id="save" class="primary">
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="'form.save'"/>
                </xsl:call-template>
              </button>
              <button type="button" id="open">
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="'form.open'"/>
                </xsl:call-template>
              </button>
              <input type="file" id="open-file" accept=".xml,application/xml,text/xml" hidden="hidden"/>
              <button type="button" id="reset">
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="'form.reset'"/>
                </xsl:call-template>
              </button>
              <span class="progress">
                <progress id="progress" max="{count($sc//e:milestone | $sc//e:indicator)}" value="0"
                          aria-labelledby="progress-text"/>
                <span id="progress-text" aria-live="polite"/>
              </span>
            </div>
            <p id="status" role="status" aria-live="polite"/>
            <div id="problems" role="alert" tabindex="-1" hidden="hidden">
              <h2>
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="'form.problems'"/>
                </xsl:call-template>
              </h2>
              <ul/>
            </div>
          </div>
          <main>
            <section id="about">
              <p>
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="concat('form.intro.', $kind)"/>
                </xsl:call-template>
              </p>
              <xsl:call-template name="scale"/>
              <xsl:call-template name="details"/>
              <xsl:call-template name="contents"/>
            </section>
            <xsl:apply-templates select="$sc/e:area"/>
          </main>
          <ul id="messages" hidden="hidden">
            <xsl:for-each select="$fallback/i:msg[starts-with(@key, 'form.') or
                                  starts-with(@key, 'priority.') or @key = 'level.na']">
              <!-- As written, {1} and all: the script fills them in. -->
              <xsl:variable name="key" select="string(@key)"/>
              <xsl:variable name="en" select="string(.)"/>
              <li data-key="{$key}">
                <xsl:for-each select="$catalogue">
                  <xsl:choose>
                    <xsl:when test="key('msg', $key)">
                      <xsl:value-of select="key('msg', $key)"/>
                    </xsl:when>
                    <xsl:otherwise>
                      <xsl:value-of select="$en"/>
                    </xsl:otherwise>
                  </xsl:choose>
                </xsl:for-each>
              </li>
            </xsl:for-each>
          </ul>
        </div>
        <script>
          <xsl:call-template name="script"/>
        </script>
      </body>
    </html>
  </xsl:template>

  <!-- The scale, once: the script builds the rating lists from it. -->
  <xsl:template name="scale">
    <h2>
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'form.scale'"/>
      </xsl:call-template>
    </h2>
    <ul id="scale">
      <xsl:for-each select="$sc/e:scale/e:level">
        <li data-level="{@id}" data-value="{@value}">
          <xsl:value-of select="."/>
        </li>
      </xsl:for-each>
      <li data-level="na">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'form.na.explain'"/>
        </xsl:call-template>
      </li>
    </ul>
  </xsl:template>

  <xsl:template name="label">
    <xsl:param name="for"/>
    <xsl:param name="key"/>
    <label for="{$for}">
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="$key"/>
      </xsl:call-template>
    </label>
  </xsl:template>

  <!-- Who filled it in and when; for a review, the mission and the team. -->
  <xsl:template name="details">
    <h2>
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'form.about'"/>
      </xsl:call-template>
    </h2>
    <div class="grid">
      <div class="field">
        <xsl:call-template name="label">
          <xsl:with-param name="for" select="'assessor'"/>
          <xsl:with-param name="key" select="'form.assessor'"/>
        </xsl:call-template>
        <input type="text" id="assessor" data-g="assessor"/>
      </div>
      <div class="field">
        <xsl:call-template name="label">
          <xsl:with-param name="for" select="'date'"/>
          <xsl:with-param name="key" select="'form.date'"/>
        </xsl:call-template>
        <input type="date" id="date" data-g="date"/>
      </div>
    </div>
    <xsl:if test="$peer">
      <fieldset id="mission">
        <legend>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'form.mission'"/>
          </xsl:call-template>
        </legend>
        <div class="grid">
          <div class="field">
            <xsl:call-template name="label">
              <xsl:with-param name="for" select="'mission-from'"/>
              <xsl:with-param name="key" select="'form.mission.from'"/>
            </xsl:call-template>
            <input type="date" id="mission-from" data-g="from"/>
          </div>
          <div class="field">
            <xsl:call-template name="label">
              <xsl:with-param name="for" select="'mission-to'"/>
              <xsl:with-param name="key" select="'form.mission.to'"/>
            </xsl:call-template>
            <input type="date" id="mission-to" data-g="to"/>
          </div>
        </div>
        <div class="field">
          <xsl:call-template name="label">
            <xsl:with-param name="for" select="'mission-text'"/>
            <xsl:with-param name="key" select="'form.mission.text'"/>
          </xsl:call-template>
          <input type="text" id="mission-text" data-g="mission"/>
        </div>
      </fieldset>
      <fieldset id="team">
        <legend>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'form.team'"/>
          </xsl:call-template>
        </legend>
        <ul class="rows" id="team-rows"/>
        <button type="button" data-add="reviewer">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'form.reviewer.add'"/>
          </xsl:call-template>
        </button>
      </fieldset>
    </xsl:if>
  </xsl:template>

  <xsl:template name="contents">
    <nav id="contents" aria-labelledby="contents-h">
      <h2 id="contents-h">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'form.contents'"/>
        </xsl:call-template>
      </h2>
      <ol>
        <xsl:for-each select="$sc//e:area">
          <li class="depth{count(ancestor::e:area)}">
            <a href="#area-{@id}">
              <xsl:value-of select="concat(@id, ' ', e:title)"/>
            </a>
            <xsl:text> </xsl:text>
            <span class="count" data-area="{@id}"/>
          </li>
        </xsl:for-each>
      </ol>
    </nav>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Areas and items                                               -->
  <!-- ============================================================ -->

  <xsl:template match="e:area">
    <xsl:variable name="depth" select="count(ancestor::e:area)"/>
    <section class="area" id="area-{@id}" data-area="{@id}">
      <xsl:element name="{concat('h', 2 + $depth - ($depth &gt; 4) * ($depth - 4))}">
        <span class="id"><xsl:value-of select="@id"/></span>
        <xsl:text> </xsl:text>
        <xsl:value-of select="e:title"/>
        <xsl:text> </xsl:text>
        <span class="count" data-area="{@id}"/>
      </xsl:element>
      <xsl:for-each select="e:description">
        <p class="desc"><xsl:value-of select="."/></p>
      </xsl:for-each>
      <xsl:apply-templates select="e:area | e:milestone | e:indicator"/>
    </section>
  </xsl:template>

  <xsl:template match="e:milestone | e:indicator">
    <xsl:variable name="id" select="@id"/>
    <article class="item" id="item-{@id}" data-id="{@id}" data-type="{local-name()}"
             aria-labelledby="h-{@id}">
      <xsl:if test="self::e:indicator">
        <xsl:attribute name="data-better"><xsl:value-of select="@better"/></xsl:attribute>
      </xsl:if>
      <xsl:variable name="depth" select="count(ancestor::e:area)"/>
      <xsl:element name="{concat('h', 2 + $depth - ($depth &gt; 4) * ($depth - 4))}">
        <xsl:attribute name="id"><xsl:value-of select="concat('h-', @id)"/></xsl:attribute>
        <span class="id"><xsl:value-of select="@id"/></span>
        <xsl:text> </xsl:text>
        <xsl:value-of select="e:title"/>
      </xsl:element>
      <p class="tags">
        <xsl:if test="@mandatory = 'true' or @mandatory = '1'">
          <span class="tag strong">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'form.mandatory'"/>
            </xsl:call-template>
          </span>
        </xsl:if>
        <xsl:if test="@evidence = 'required'">
          <span class="tag">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'form.evidence-required'"/>
            </xsl:call-template>
          </span>
        </xsl:if>
        <xsl:if test="normalize-space(@requires)">
          <span class="tag">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'form.requires'"/>
              <xsl:with-param name="a1" select="normalize-space(@requires)"/>
            </xsl:call-template>
          </span>
        </xsl:if>
        <xsl:if test="@weight = 0">
          <span class="tag">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'form.not-counted'"/>
            </xsl:call-template>
          </span>
        </xsl:if>
        <xsl:if test="self::e:indicator">
          <span class="tag">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="concat('form.better.', @better)"/>
            </xsl:call-template>
          </span>
        </xsl:if>
      </p>
      <xsl:for-each select="e:description">
        <p class="desc"><xsl:value-of select="."/></p>
      </xsl:for-each>
      <xsl:for-each select="e:guidance">
        <details class="guidance">
          <summary>
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'form.guidance'"/>
            </xsl:call-template>
          </summary>
          <p><xsl:value-of select="."/></p>
        </details>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="self::e:indicator">
          <xsl:call-template name="measure"/>
        </xsl:when>
        <xsl:when test="$peer">
          <div class="ratings"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="levels"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="self::e:milestone">
        <div class="field justification">
          <xsl:call-template name="label">
            <xsl:with-param name="for" select="concat('j-', $id)"/>
            <xsl:with-param name="key" select="'form.justification'"/>
          </xsl:call-template>
          <textarea id="j-{@id}" data-f="justification" rows="2"/>
        </div>
      </xsl:if>
      <xsl:call-template name="list">
        <xsl:with-param name="what" select="'evidence'"/>
      </xsl:call-template>
      <div class="field">
        <xsl:call-template name="label">
          <xsl:with-param name="for" select="concat('c-', $id)"/>
          <xsl:with-param name="key" select="'form.comment'"/>
        </xsl:call-template>
        <textarea id="c-{@id}" data-f="comment" rows="2"/>
      </div>
      <xsl:if test="$peer and self::e:milestone">
        <xsl:call-template name="list">
          <xsl:with-param name="what" select="'finding'"/>
        </xsl:call-template>
        <xsl:call-template name="list">
          <xsl:with-param name="what" select="'recommendation'"/>
        </xsl:call-template>
      </xsl:if>
      <p class="msg" id="m-{@id}" aria-live="polite"/>
      <button type="button" class="clear" data-clear="{@id}">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'form.clear'"/>
        </xsl:call-template>
      </button>
    </article>
  </xsl:template>

  <!-- A self-assessment's level: one radio button per level, and na. -->
  <xsl:template name="levels">
    <xsl:variable name="id" select="@id"/>
    <fieldset class="levels">
      <legend>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'form.level'"/>
        </xsl:call-template>
      </legend>
      <xsl:for-each select="$sc/e:scale/e:level">
        <label>
          <input type="radio" name="level-{$id}" value="{@id}"/>
          <xsl:text> </xsl:text>
          <xsl:value-of select="."/>
        </label>
      </xsl:for-each>
      <label>
        <input type="radio" name="level-{$id}" value="na"/>
        <xsl:text> </xsl:text>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'level.na'"/>
        </xsl:call-template>
      </label>
    </fieldset>
  </xsl:template>

  <!-- An indicator's measured value, with its unit and thresholds. -->
  <xsl:template name="measure">
    <xsl:variable name="op">
      <xsl:choose>
        <xsl:when test="@better = 'lower'">&#8804; </xsl:when>
        <xsl:otherwise>&#8805; </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="e:threshold">
      <table class="thresholds">
        <caption>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'form.thresholds'"/>
          </xsl:call-template>
        </caption>
        <tbody>
          <xsl:for-each select="e:threshold">
            <xsl:variable name="level" select="@level"/>
            <tr data-level="{@level}" data-value="{@value}">
              <th scope="row"><xsl:value-of select="$sc/e:scale/e:level[@id = $level]"/></th>
              <td><xsl:value-of select="concat($op, @value, ' ', ../@unit)"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:if>
    <div class="field value">
      <xsl:call-template name="label">
        <xsl:with-param name="for" select="concat('v-', @id)"/>
        <xsl:with-param name="key" select="'form.value'"/>
      </xsl:call-template>
      <span class="with-unit">
        <input type="text" inputmode="decimal" id="v-{@id}" data-f="value" size="14"
               autocomplete="off"/>
        <xsl:text> </xsl:text>
        <span class="unit"><xsl:value-of select="@unit"/></span>
      </span>
      <output class="reached" for="v-{@id}"/>
    </div>
  </xsl:template>

  <!-- A list the script fills, with its add button: evidence, findings,
       recommendations. -->
  <xsl:template name="list">
    <xsl:param name="what"/>
    <fieldset class="list {$what}">
      <legend>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="concat('form.', $what, '.list')"/>
        </xsl:call-template>
      </legend>
      <ul class="rows" data-list="{$what}"/>
      <button type="button" data-add="{$what}">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="concat('form.', $what, '.add')"/>
        </xsl:call-template>
      </button>
    </fieldset>
  </xsl:template>

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
@media print {
  .top { position: static; }
  .toolbar button, .clear, [data-add], .rows button, #problems, #contents { display: none !important; }
  .item { border-inline-start-width: 1px; }
  details > summary { list-style: none; font-weight: 600; }
  a { color: inherit; text-decoration: none; }
}
]]></xsl:text>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Script                                                        -->
  <!-- ============================================================ -->

  <xsl:template name="script">
    <xsl:text><![CDATA[
(function () {
  'use strict';
  var NS = 'urn:emscore:1';
  var ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
  var DECIMAL = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$/;
  var DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
  var root = document.getElementById('ems');
  var cfg = root.dataset;
  var peer = cfg.kind === 'peer';
  var storeKey = 'emscore:' + [cfg.scorecard, cfg.version, cfg.agency, cfg.period, cfg.kind,
                               cfg.profile].join(':');
  var fileName = cfg.agency + '-' + cfg.period + '-' + cfg.kind + '.xml';

  var messages = {};
  each(document.querySelectorAll('#messages [data-key]'), function (li) {
    messages[li.getAttribute('data-key')] = li.textContent;
  });
  // The message key with {1}, {2}... filled in from the other arguments.
  function t(key) {
    var s = messages[key] || key;
    for (var i = 1; i < arguments.length; i++) s = s.split('{' + i + '}').join(String(arguments[i]));
    return s;
  }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function $(sel, from) { return (from || document).querySelector(sel); }
  function all(sel, from) { return Array.prototype.slice.call((from || document).querySelectorAll(sel)); }
  function trim(s) { return (s || '').replace(/^\s+|\s+$/g, ''); }

  var levels = all('#scale [data-level]').map(function (li) {
    return { id: li.getAttribute('data-level'), label: trim(li.textContent) };
  }).filter(function (l) { return l.id !== 'na'; });
  var items = all('.item');
  var byId = {};
  items.forEach(function (el) { byId[el.getAttribute('data-id')] = el; });

  // ---- the answers ----------------------------------------------------
  // {assessor, date, mission: {from, to, text}, team: [{key, id, agency, name}],
  //  items: {ID: {level, ratings: {KEY: level}, consensus, evidence: [{href, text}],
  //               comment, justification, findings: [text],
  //               recommendation: [{priority, text}], value}}}
  function blank() {
    return { assessor: '', date: '', mission: { from: '', to: '', text: '' }, team: [], items: {} };
  }
  function blankItem() {
    return { level: '', ratings: {}, consensus: '', evidence: [], comment: '', justification: '',
             finding: [], recommendation: [], value: '' };
  }
  var state = blank();
  var nextKey = 1;
  var tried = false; // a save was attempted: list every problem from then on

  // ---- small DOM builders ---------------------------------------------
  var uid = 0;
  function make(tag, attrs, kids) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]);
    });
    (kids || []).forEach(function (k) { e.appendChild(k); });
    return e;
  }
  // A labelled input, textarea or select inside a .field.
  function field(labelText, control) {
    var id = 'f' + (++uid);
    control.id = id;
    return make('div', { 'class': 'field' }, [make('label', { 'for': id, text: labelText }), control]);
  }
  function input(role, value) {
    var e = make('input', { type: 'text', 'data-r': role });
    e.value = value || '';
    return e;
  }
  function levelSelect(role, value, emptyText, by) {
    var s = make('select', { 'data-r': role });
    if (by) s.setAttribute('data-by', by);
    s.appendChild(make('option', { value: '', text: emptyText }));
    levels.forEach(function (l) { s.appendChild(make('option', { value: l.id, text: l.label })); });
    s.appendChild(make('option', { value: 'na', text: t('level.na') }));
    s.value = value || '';
    return s;
  }
  function removeButton() {
    return make('button', { type: 'button', 'data-remove': '1', text: t('form.remove') });
  }

  function row(what, v) {
    if (what === 'evidence')
      return make('li', {}, [field(t('form.evidence.href'), input('href', v.href)),
                             field(t('form.evidence.text'), input('text', v.text)), removeButton()]);
    if (what === 'finding') {
      var ta = make('textarea', { 'data-r': 'text', rows: '2' });
      ta.value = v || '';
      return make('li', {}, [field(t('form.finding'), ta), removeButton()]);
    }
    if (what === 'recommendation') {
      var p = make('select', { 'data-r': 'priority' });
      ['high', 'medium', 'low'].forEach(function (k) {
        p.appendChild(make('option', { value: k, text: t('priority.' + k) }));
      });
      p.value = v.priority || 'medium';
      var rt = make('textarea', { 'data-r': 'text', rows: '2' });
      rt.value = v.text || '';
      return make('li', {}, [field(t('form.priority'), p), field(t('form.recommendation'), rt),
                             removeButton()]);
    }
    var r = make('li', { 'data-key': v.key }, [field(t('form.reviewer.id'), input('id', v.id)),
                                                field(t('form.reviewer.agency'), input('agency', v.agency)),
                                                field(t('form.reviewer.name'), input('name', v.name)),
                                                removeButton()]);
    return r;
  }
  function readRow(what, li) {
    function v(role) { var e = $('[data-r="' + role + '"]', li); return e ? e.value : ''; }
    if (what === 'evidence') return { href: v('href'), text: v('text') };
    if (what === 'finding') return v('text');
    if (what === 'recommendation') return { priority: v('priority'), text: v('text') };
    return { key: li.getAttribute('data-key'), id: v('id'), agency: v('agency'), name: v('name') };
  }
  function fillList(ul, what, values) {
    ul.textContent = '';
    values.forEach(function (v) { ul.appendChild(row(what, v)); });
  }

  // Each reviewer's rating and the consensus of a peer response.
  function buildRatings(el, s) {
    var box = $('.ratings', el);
    box.textContent = '';
    var grid = make('div', { 'class': 'grid' });
    state.team.forEach(function (r) {
      var name = trim(r.id) || '?';
      if (trim(r.name)) name += ' (' + trim(r.name) + ')';
      grid.appendChild(field(t('form.rating', name),
                             levelSelect('rating', s.ratings[r.key], t('form.not-rated'), r.key)));
    });
    grid.appendChild(field(t('form.consensus'),
                           levelSelect('consensus', s.consensus, t('form.no-consensus'))));
    box.appendChild(grid);
  }

  // The rating lists follow the team: rebuilt when a reviewer is added,
  // removed or renamed, never while the team's own inputs have the focus.
  function relabel() {
    items.forEach(function (el) {
      if (el.getAttribute('data-type') === 'milestone')
        buildRatings(el, state.items[el.getAttribute('data-id')] || blankItem());
    });
  }

  // ---- form <-> state ---------------------------------------------------
  function globalInput(name) { return $('[data-g="' + name + '"]'); }

  function collect() {
    state.assessor = globalInput('assessor').value;
    state.date = globalInput('date').value;
    if (peer) {
      state.mission = { from: globalInput('from').value, to: globalInput('to').value,
                        text: globalInput('mission').value };
      state.team = all('#team-rows > li').map(function (li) { return readRow('reviewer', li); });
    }
    items.forEach(function (el) {
      var s = blankItem();
      var id = el.getAttribute('data-id');
      var checked = $('input[type=radio]:checked', el);
      if (checked) s.level = checked.value;
      each(el.querySelectorAll('select[data-r=rating]'), function (sel) {
        if (sel.value) s.ratings[sel.getAttribute('data-by')] = sel.value;
      });
      var c = $('select[data-r=consensus]', el);
      if (c) s.consensus = c.value;
      ['comment', 'justification', 'value'].forEach(function (f) {
        var e = $('[data-f="' + f + '"]', el);
        if (e) s[f] = e.value;
      });
      ['evidence', 'finding', 'recommendation'].forEach(function (what) {
        var ul = $('[data-list="' + what + '"]', el);
        if (ul) s[what] = all(':scope > li', ul).map(function (li) { return readRow(what, li); });
      });
      state.items[id] = s;
    });
  }

  function fill() {
    globalInput('assessor').value = state.assessor || '';
    globalInput('date').value = state.date || '';
    if (peer) {
      globalInput('from').value = state.mission.from || '';
      globalInput('to').value = state.mission.to || '';
      globalInput('mission').value = state.mission.text || '';
      fillList($('#team-rows'), 'reviewer', state.team);
      state.team.forEach(function (r) {
        var n = parseInt(String(r.key).replace(/\D/g, ''), 10);
        if (n >= nextKey) nextKey = n + 1;
      });
    }
    items.forEach(function (el) {
      var s = state.items[el.getAttribute('data-id')] || blankItem();
      each(el.querySelectorAll('input[type=radio]'), function (r) { r.checked = r.value === s.level; });
      ['comment', 'justification', 'value'].forEach(function (f) {
        var e = $('[data-f="' + f + '"]', el);
        if (e) e.value = s[f] || '';
      });
      ['evidence', 'finding', 'recommendation'].forEach(function (what) {
        var ul = $('[data-list="' + what + '"]', el);
        if (ul) fillList(ul, what, s[what] || []);
      });
    });
    if (peer) relabel();
  }

  // ---- what is answered, and what would not validate --------------------
  function has(s) {
    return s.evidence.some(function (e) { return trim(e.href) || trim(e.text); }) ||
      trim(s.comment) !== '' || trim(s.justification) !== '' ||
      s.finding.some(function (f) { return trim(f); }) ||
      s.recommendation.some(function (r) { return trim(r.text); });
  }
  function rated(s) {
    return peer ? Object.keys(s.ratings).length > 0 || s.consensus !== '' : s.level !== '';
  }
  function saysNa(s) {
    return s.level === 'na' || s.consensus === 'na' ||
      Object.keys(s.ratings).some(function (k) { return s.ratings[k] === 'na'; });
  }
  function isAnswered(el, s) {
    return el.getAttribute('data-type') === 'indicator' ? trim(s.value) !== '' : rated(s);
  }
  function digits(v) { return v.replace(/[^0-9]/g, '').replace(/^0+/, '').length; }
  // The problems of one item, as messages.
  function itemProblems(el, s) {
    var out = [];
    if (el.getAttribute('data-type') === 'indicator') {
      var v = trim(s.value);
      if (v !== '' && (!DECIMAL.test(v) || digits(v) > 30)) out.push(t('form.err.number'));
      else if (v === '' && has(s)) out.push(t('form.err.value'));
      return out;
    }
    if (!rated(s) && has(s)) out.push(t(peer ? 'form.err.rating' : 'form.err.level'));
    if (saysNa(s) && trim(s.justification) === '') out.push(t('form.err.na'));
    return out;
  }
  function globalProblems() {
    var out = [];
    if (state.date && !DATE.test(state.date)) out.push(t('form.err.date'));
    if (!peer) return out;
    var m = state.mission;
    if (!DATE.test(m.from) || !DATE.test(m.to)) out.push(t('form.err.mission'));
    else if (m.from > m.to) out.push(t('form.err.mission-order'));
    if (!state.team.length) out.push(t('form.err.team'));
    var seen = {};
    state.team.forEach(function (r, i) {
      if (!ID.test(trim(r.id)) || !ID.test(trim(r.agency)))
        out.push(t('form.err.reviewer', trim(r.id) || String(i + 1)));
      else if (seen[trim(r.id)]) out.push(t('form.err.duplicate', trim(r.id)));
      seen[trim(r.id)] = true;
    });
    return out;
  }

  // Progress, marks on the items, and the list of problems once a save
  // was tried. Returns the number of problems.
  function refresh() {
    var answered = 0, problems = [];
    var areaCounts = {};
    items.forEach(function (el) {
      var id = el.getAttribute('data-id');
      var s = state.items[id];
      var done = isAnswered(el, s);
      var p = itemProblems(el, s);
      answered += done ? 1 : 0;
      el.classList.toggle('answered', done && !p.length);
      el.classList.toggle('invalid', p.length > 0);
      el.classList.toggle('needs-justification', saysNa(s));
      el.classList.toggle('has-justification', trim(s.justification) !== '');
      $('.msg', el).textContent = p.join(' ');
      each(el.querySelectorAll('input, textarea, select'), function (c) {
        if (p.length) c.setAttribute('aria-describedby', 'm-' + id); else c.removeAttribute('aria-describedby');
      });
      p.forEach(function (msg) { problems.push({ id: id, text: id + ': ' + msg }); });
      var reached = $('output.reached', el);
      if (reached) showReached(el, s, reached);
      for (var a = el.parentNode; a && a.classList && a.classList.contains('area'); a = a.parentNode) {
        var c = areaCounts[a.getAttribute('data-area')] || (areaCounts[a.getAttribute('data-area')] = [0, 0]);
        c[0] += done ? 1 : 0;
        c[1] += 1;
      }
    });
    each(document.querySelectorAll('.count[data-area]'), function (span) {
      var c = areaCounts[span.getAttribute('data-area')] || [0, 0];
      span.textContent = t('form.progress', c[0], c[1]);
    });
    $('#progress').value = answered;
    $('#progress-text').textContent = t('form.progress', answered, items.length);
    var global = globalProblems();
    var box = $('#problems');
    var ul = $('ul', box);
    ul.textContent = '';
    global.forEach(function (g) { ul.appendChild(make('li', { text: g })); });
    problems.forEach(function (p) {
      ul.appendChild(make('li', {}, [make('a', { href: '#item-' + p.id, text: p.text })]));
    });
    box.hidden = !tried || (global.length + problems.length) === 0;
    return global.length + problems.length;
  }

  // The level an indicator's value reaches (SPEC 3.2): the highest level
  // whose threshold it meets.
  function showReached(el, s, out) {
    var v = trim(s.value);
    var lower = el.getAttribute('data-better') === 'lower';
    var rows = all('.thresholds tr[data-level]', el);
    rows.forEach(function (r) { r.classList.remove('met'); });
    if (v === '' || !DECIMAL.test(v) || !rows.length) { out.textContent = ''; return; }
    var x = parseFloat(v), best = null, bestIndex = -1;
    rows.forEach(function (r) {
      var th = parseFloat(r.getAttribute('data-value'));
      var index = levels.map(function (l) { return l.id; }).indexOf(r.getAttribute('data-level'));
      if ((lower ? x <= th : x >= th) && index > bestIndex) { best = r; bestIndex = index; }
    });
    if (best) best.classList.add('met');
    out.textContent = best ? t('form.reaches', levels[bestIndex].label) : t('form.reaches.none');
  }

  // ---- keeping the work in the browser ----------------------------------
  var storageWarned = false;
  function store() {
    try {
      localStorage.setItem(storeKey, JSON.stringify(state));
    } catch (e) {
      if (!storageWarned) say(t('form.storage.off'), true);
      storageWarned = true;
    }
  }
  function restore() {
    try {
      var saved = localStorage.getItem(storeKey);
      if (!saved) return false;
      var s = JSON.parse(saved);
      state = blank();
      Object.keys(s).forEach(function (k) { state[k] = s[k]; });
      return true;
    } catch (e) {
      return false;
    }
  }

  function say(text, bad) {
    var st = $('#status');
    st.textContent = text;
    st.classList.toggle('bad', !!bad);
  }

  function changed() {
    collect();
    store();
    refresh();
  }

  // ---- the assessment file ----------------------------------------------
  // Children in the order of the schema (SPEC 2.2): assessor, date,
  // mission, team, then responses and measures in scorecard order; in a
  // response rating*, consensus, evidence*, comment, justification,
  // finding*, recommendation*.
  function build() {
    var doc = document.implementation.createDocument(NS, 'assessment', null);
    var rootEl = doc.documentElement;
    function add(parent, name, text, attrs) {
      var e = doc.createElementNS(NS, name);
      Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (text) e.textContent = text;
      parent.appendChild(e);
      return e;
    }
    rootEl.setAttribute('kind', cfg.kind);
    rootEl.setAttribute('scorecard', cfg.scorecard);
    rootEl.setAttribute('scorecard-version', cfg.version);
    rootEl.setAttribute('agency', cfg.agency);
    rootEl.setAttribute('period', cfg.period);
    if (cfg.profile) rootEl.setAttribute('profile', cfg.profile);
    if (trim(state.assessor)) add(rootEl, 'assessor', trim(state.assessor));
    if (state.date) add(rootEl, 'date', state.date);
    var ids = {};
    if (peer) {
      add(rootEl, 'mission', trim(state.mission.text), { from: state.mission.from, to: state.mission.to });
      var team = add(rootEl, 'team');
      state.team.forEach(function (r) {
        ids[r.key] = trim(r.id);
        add(team, 'reviewer', trim(r.name), { id: trim(r.id), agency: trim(r.agency) });
      });
    }
    items.forEach(function (el) {
      var id = el.getAttribute('data-id');
      var s = state.items[id];
      var evidence = s.evidence.filter(function (e) { return trim(e.href) || trim(e.text); });
      if (el.getAttribute('data-type') === 'indicator') {
        if (trim(s.value) === '') return;
        var m = add(rootEl, 'measure', null, { indicator: id, value: trim(s.value) });
        evidence.forEach(function (e) { add(m, 'evidence', trim(e.text), trim(e.href) ? { href: trim(e.href) } : {}); });
        if (trim(s.comment)) add(m, 'comment', trim(s.comment));
        return;
      }
      if (!rated(s)) return;
      var r = add(rootEl, 'response', null, peer ? { milestone: id } : { milestone: id, level: s.level });
      if (peer) {
        state.team.forEach(function (rv) {
          if (s.ratings[rv.key]) add(r, 'rating', null, { by: ids[rv.key], level: s.ratings[rv.key] });
        });
        if (s.consensus) add(r, 'consensus', null, { level: s.consensus });
      }
      evidence.forEach(function (e) { add(r, 'evidence', trim(e.text), trim(e.href) ? { href: trim(e.href) } : {}); });
      if (trim(s.comment)) add(r, 'comment', trim(s.comment));
      if (trim(s.justification)) add(r, 'justification', trim(s.justification));
      s.finding.forEach(function (f) { if (trim(f)) add(r, 'finding', trim(f)); });
      s.recommendation.forEach(function (rec) {
        if (trim(rec.text)) add(r, 'recommendation', trim(rec.text), { priority: rec.priority || 'medium' });
      });
    });
    indent(doc, rootEl, '\n');
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc) + '\n';
  }
  // Line breaks and two spaces per level between elements, for people
  // reading the file; text content is left as it is.
  function indent(doc, el, prefix) {
    var kids = Array.prototype.filter.call(el.childNodes, function (n) { return n.nodeType === 1; });
    if (!kids.length) return;
    kids.forEach(function (k) {
      el.insertBefore(doc.createTextNode(prefix + '  '), k);
      indent(doc, k, prefix + '  ');
    });
    el.appendChild(doc.createTextNode(prefix));
  }

  function save() {
    collect();
    store();
    tried = true;
    if (refresh() > 0) {
      say(t('form.err.save'), true);
      $('#problems').focus();
      return;
    }
    var blob = new Blob([build()], { type: 'application/xml' });
    var a = make('a', { href: URL.createObjectURL(blob), download: fileName });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    say(t('form.saved', fileName));
  }

  // ---- opening a saved file ---------------------------------------------
  function children(el, name) {
    return Array.prototype.filter.call(el.childNodes, function (n) {
      return n.nodeType === 1 && n.namespaceURI === NS && (!name || n.localName === name);
    });
  }
  function text(el) { return el ? trim(el.textContent) : ''; }
  function describe(kind, agency, period, scorecard, version, profile) {
    return t('form.describe.' + (kind === 'peer' ? 'peer' : 'self'), agency, period,
             scorecard + ' ' + version + (profile ? ' / ' + profile : ''));
  }

  function load(name, content) {
    var doc = new DOMParser().parseFromString(content, 'application/xml');
    var r = doc.documentElement;
    if (doc.getElementsByTagName('parsererror').length || !r) return say(t('form.open.notxml', name), true);
    if (r.namespaceURI !== NS || r.localName !== 'assessment')
      return say(t('form.open.notassessment', name), true);
    var a = function (n) { return r.getAttribute(n) || ''; };
    if (a('kind') !== cfg.kind || a('scorecard') !== cfg.scorecard || a('scorecard-version') !== cfg.version ||
        a('agency') !== cfg.agency || a('period') !== cfg.period || a('profile') !== (cfg.profile || ''))
      return say(t('form.open.other', name,
                   describe(a('kind'), a('agency'), a('period'), a('scorecard'), a('scorecard-version'), a('profile')),
                   describe(cfg.kind, cfg.agency, cfg.period, cfg.scorecard, cfg.version, cfg.profile)), true);
    collect();
    var answers = items.filter(function (el) { return isAnswered(el, state.items[el.getAttribute('data-id')]); });
    if (answers.length && !window.confirm(t('form.open.replace', name))) return;
    var s = blank(), keys = {}, skipped = 0, count = 0;
    s.assessor = text(children(r, 'assessor')[0]);
    s.date = text(children(r, 'date')[0]);
    var mission = children(r, 'mission')[0];
    if (mission) s.mission = { from: mission.getAttribute('from') || '', to: mission.getAttribute('to') || '', text: text(mission) };
    children(r, 'team').forEach(function (team) {
      children(team, 'reviewer').forEach(function (rv) {
        var key = 'r' + (nextKey++);
        keys[rv.getAttribute('id')] = key;
        s.team.push({ key: key, id: rv.getAttribute('id') || '', agency: rv.getAttribute('agency') || '', name: text(rv) });
      });
    });
    function evidenceOf(e) {
      return children(e, 'evidence').map(function (v) { return { href: v.getAttribute('href') || '', text: text(v) }; });
    }
    children(r).forEach(function (e) {
      var isResponse = e.localName === 'response', isMeasure = e.localName === 'measure';
      if (!isResponse && !isMeasure) return;
      var id = e.getAttribute(isResponse ? 'milestone' : 'indicator');
      var el = byId[id];
      if (!el || (el.getAttribute('data-type') === 'milestone') !== isResponse) { skipped++; return; }
      var it = blankItem();
      it.evidence = evidenceOf(e);
      it.comment = text(children(e, 'comment')[0]);
      if (isMeasure) {
        it.value = e.getAttribute('value') || '';
      } else {
        it.level = e.getAttribute('level') || '';
        children(e, 'rating').forEach(function (rt) {
          if (keys[rt.getAttribute('by')]) it.ratings[keys[rt.getAttribute('by')]] = rt.getAttribute('level');
        });
        var c = children(e, 'consensus')[0];
        if (c) it.consensus = c.getAttribute('level') || '';
        it.justification = text(children(e, 'justification')[0]);
        it.finding = children(e, 'finding').map(text);
        it.recommendation = children(e, 'recommendation').map(function (x) {
          return { priority: x.getAttribute('priority') || 'medium', text: text(x) };
        });
      }
      s.items[id] = it;
      count++;
    });
    state = s;
    fill();
    changed();
    say(t('form.open.done', name, count) + (skipped ? ' ' + t('form.open.skipped', skipped) : ''), skipped > 0);
  }

  // ---- events ------------------------------------------------------------
  root.addEventListener('input', changed);
  root.addEventListener('change', function (ev) {
    if (ev.target.id !== 'open-file') changed();
  });
  root.addEventListener('click', function (ev) {
    var b = ev.target.closest ? ev.target.closest('button') : null;
    if (!b) return;
    var add = b.getAttribute('data-add');
    if (add === 'reviewer') {
      $('#team-rows').appendChild(row('reviewer', { key: 'r' + (nextKey++), id: '', agency: '', name: '' }));
      changed();
      relabel();
      $('#team-rows > li:last-child input').focus();
    } else if (add) {
      var ul = $('[data-list="' + add + '"]', b.parentNode);
      var li = row(add, add === 'finding' ? '' : {});
      ul.appendChild(li);
      $('input, textarea', li).focus();
      changed();
    } else if (b.hasAttribute('data-remove')) {
      var gone = b.closest('li');
      var inTeam = gone.parentNode.id === 'team-rows';
      gone.remove();
      changed();
      if (inTeam) relabel();
    } else if (b.hasAttribute('data-clear')) {
      var id = b.getAttribute('data-clear');
      state.items[id] = blankItem();
      fill();
      changed();
    }
  });
  // Reviewer names and ids label the rating lists: relabel as they change.
  if (peer) $('#team-rows').addEventListener('change', relabel);
  $('#save').addEventListener('click', save);
  $('#open').addEventListener('click', function () { $('#open-file').click(); });
  $('#open-file').addEventListener('change', function () {
    var f = this.files && this.files[0];
    if (!f) return;
    var reader = new FileReader();
    reader.onload = function () { load(f.name, String(reader.result)); };
    reader.onerror = function () { say(t('form.open.notxml', f.name), true); };
    reader.readAsText(f);
    this.value = '';
  });
  $('#reset').addEventListener('click', function () {
    if (!window.confirm(t('form.reset.confirm'))) return;
    state = blank();
    try { localStorage.removeItem(storeKey); } catch (e) { /* nothing kept */ }
    fill();
    changed();
    say('');
  });
  // Printed, the guidance shows in full.
  window.addEventListener('beforeprint', function () {
    each(document.querySelectorAll('details'), function (d) { d.open = true; });
  });

  var restored = restore();
  fill();
  collect();
  refresh();
  if (restored) say(t('form.restored'));
})();
]]></xsl:text>
  </xsl:template>

</xsl:stylesheet>
