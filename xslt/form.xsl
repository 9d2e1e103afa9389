<?xml version="1.0" encoding="UTF-8"?>
<!--
  The offline form of a self-assessment, a peer assessment or a management
  response: one HTML5 page with its styles and script inside, which works
  opened from disk and contacts nothing (its Content-Security-Policy
  forbids any load). Made by emscore template (format html) from the
  scorecard as the scorer sees it under the chosen profile:
  ems_template_build() has already left out the items the profile does
  not select, and names the profile, if any, by a <profile> holding only
  its title. A management response's form is made instead from the review
  it answers, a <review> naming the scorecard and listing the review's
  recommendations (engine/template.c, response_form_source).

  A review's form also has the mission's record above the items: the
  units met, the documents reviewed and the team's narrative.

  The page keeps the answers in the browser's local storage, shows what is
  answered, flags what would not validate, and saves the assessment file
  built with the DOM (children in the order of the schema). Every fixed
  word comes from the catalogue of the chosen language (common.xsl); the
  script takes its messages from the page.

  Parameters (strings): lang (set by emscore), agency, period, kind
  ("self", "peer" or "response"), script (set by emscore: the text of form/form.js).

  This file is the page; the items and the styles are modules under form/,
  and the script is form/form.js, inlined when the page is made.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:i="urn:emscore:i18n"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e i str">

  <xsl:import href="common.xsl"/>

  <!-- The parts of the page, each a module. -->
  <xsl:include href="form/items.xsl"/>
  <xsl:include href="form/style.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:param name="agency" select="''"/>
  <xsl:param name="period" select="''"/>
  <xsl:param name="kind" select="'self'"/>
  <!-- The identifier rule, as emscore states it (engine/util/ident.h). -->
  <xsl:param name="ident-pattern" select="''"/>
  <!-- The page's script: the text of form/form.js, which emscore reads
       from the data folder and passes here, so that the page stays one
       file and the script one that JavaScript tools can read. -->
  <xsl:param name="script" select="''"/>

  <xsl:variable name="sc" select="/e:scorecard"/>
  <!-- A management response's: the review it answers. -->
  <xsl:variable name="review" select="/e:review"/>
  <xsl:variable name="peer" select="$kind = 'peer'"/>
  <!-- The scale, for level-name (common.xsl): a level is called by the
       catalogue's name, as in the reports, or else by the scorecard's. -->
  <xsl:variable name="scale-levels" select="$sc/e:scale/e:level"/>
  <xsl:variable name="scorecard-id" select="string($sc/@id | $review/@scorecard)"/>
  <xsl:variable name="scorecard-version" select="string($sc/@version | $review/@scorecard-version)"/>

  <!-- ============================================================ -->
  <!-- Page                                                          -->
  <!-- ============================================================ -->

  <xsl:template match="/">
    <xsl:if test="$script = ''">
      <xsl:message terminate="yes">the form's script (form/form.js) was not given</xsl:message>
    </xsl:if>
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
          <xsl:value-of select="$heading"/>
          <xsl:for-each select="$sc/e:title">
            <xsl:value-of select="concat(': ', .)"/>
          </xsl:for-each>
        </title>
        <style>
          <xsl:call-template name="css">
            <xsl:with-param name="header" select="$heading"/>
          </xsl:call-template>
        </style>
      </head>
      <body>
        <div id="ems" data-scorecard="{$scorecard-id}" data-version="{$scorecard-version}"
             data-agency="{$agency}" data-period="{$period}" data-kind="{$kind}"
             data-profile="{$sc/e:profile/@id}" data-ident="{$ident-pattern}">
          <header class="cover-band">
            <h1><xsl:value-of select="$heading"/></h1>
            <p class="sub">
              <xsl:for-each select="$sc/e:title">
                <xsl:value-of select="concat(., ' (')"/>
              </xsl:for-each>
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="'form.scorecard'"/>
                <xsl:with-param name="a1" select="$scorecard-id"/>
                <xsl:with-param name="a2" select="$scorecard-version"/>
              </xsl:call-template>
              <xsl:if test="$sc">)</xsl:if>
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
          <div class="cover-stripe"/>
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
              <xsl:if test="$peer">
                <!-- the agency's claims beside each item, read-only -->
                <button type="button" id="open-claims">
                  <xsl:call-template name="t">
                    <xsl:with-param name="key" select="'form.claim.open'"/>
                  </xsl:call-template>
                </button>
                <input type="file" id="claims-file" accept=".xml,application/xml,text/xml" hidden="hidden"/>
              </xsl:if>
              <button type="button" id="reset">
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="'form.reset'"/>
                </xsl:call-template>
              </button>
              <span class="progress">
                <progress id="progress" max="{count($sc//e:milestone | $sc//e:indicator | $review/e:recommendation)}" value="0"
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
              <xsl:if test="$sc">
                <xsl:call-template name="scale"/>
              </xsl:if>
              <xsl:call-template name="details"/>
              <xsl:if test="$sc">
                <xsl:call-template name="contents"/>
              </xsl:if>
            </section>
            <xsl:if test="$peer">
              <xsl:call-template name="mission-record"/>
            </xsl:if>
            <xsl:apply-templates select="$sc/e:area | $review/e:recommendation"/>
          </main>
          <ul id="messages" hidden="hidden">
            <xsl:for-each select="$fallback/i:msg[starts-with(@key, 'form.') or
                                  starts-with(@key, 'priority.') or starts-with(@key, 'role.') or
                                  @key = 'level.na']">
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
          <xsl:text>&#10;</xsl:text>
          <xsl:value-of select="$script"/>
        </script>
      </body>
    </html>
  </xsl:template>

  <!-- The scale, once, each level described: the script builds the rating
       lists from it, with each level's name. -->
  <xsl:template name="scale">
    <h2>
      <xsl:call-template name="t">
        <xsl:with-param name="key" select="'form.scale'"/>
      </xsl:call-template>
    </h2>
    <ul id="scale">
      <xsl:for-each select="$sc/e:scale/e:level">
        <li data-level="{@id}" data-value="{@value}">
          <xsl:attribute name="data-label">
            <xsl:call-template name="level-name">
              <xsl:with-param name="id" select="@id"/>
            </xsl:call-template>
          </xsl:attribute>
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
          <xsl:with-param name="key">
            <xsl:choose>
              <!-- a management response is signed for the management -->
              <xsl:when test="$review">form.assessor.response</xsl:when>
              <xsl:otherwise>form.assessor</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
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
        <div class="grid">
          <div class="field">
            <xsl:call-template name="label">
              <xsl:with-param name="for" select="'review-status'"/>
              <xsl:with-param name="key" select="'form.status'"/>
            </xsl:call-template>
            <select id="review-status" data-g="status">
              <option value="draft">
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="'review.draft'"/>
                </xsl:call-template>
              </option>
              <option value="submitted">
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="'review.submitted'"/>
                </xsl:call-template>
              </option>
              <option value="approved">
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="'review.approved'"/>
                </xsl:call-template>
              </option>
              <option value="published">
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="'review.published'"/>
                </xsl:call-template>
              </option>
            </select>
          </div>
          <div class="field">
            <xsl:call-template name="label">
              <xsl:with-param name="for" select="'review-approved'"/>
              <xsl:with-param name="key" select="'form.approved'"/>
            </xsl:call-template>
            <input type="date" id="review-approved" data-g="approved"/>
          </div>
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
      <!-- The entities the review covers besides the agency: their staff,
           like the agency's, do not rate (rows the script fills). -->
      <fieldset id="covers" class="list entity">
        <legend>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'form.covers'"/>
          </xsl:call-template>
        </legend>
        <ul class="rows" data-list="entity"/>
        <button type="button" data-add="entity">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'form.entity.add'"/>
          </xsl:call-template>
        </button>
      </fieldset>
    </xsl:if>
  </xsl:template>

  <!-- A review's record of its mission, above the items: the units met and
       the documents reviewed (rows the script fills), the team's executive
       summary, the context and its conclusions on each top-level area, each
       a text whose paragraphs are separated by blank lines. -->
  <xsl:template name="mission-record">
    <section id="record" aria-labelledby="record-h">
      <h2 id="record-h">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'form.record'"/>
        </xsl:call-template>
      </h2>
      <p class="desc">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'form.record.intro'"/>
        </xsl:call-template>
      </p>
      <xsl:for-each select="str:tokenize('interview document', ' ')">
        <fieldset class="list {.}">
          <legend>
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="concat('record.', ., 's')"/>
            </xsl:call-template>
          </legend>
          <ul class="rows" data-list="{.}"/>
          <button type="button" data-add="{.}">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="concat('form.', ., '.add')"/>
            </xsl:call-template>
          </button>
        </fieldset>
      </xsl:for-each>
      <div class="field">
        <xsl:call-template name="label">
          <xsl:with-param name="for" select="'record-summary'"/>
          <xsl:with-param name="key" select="'form.record.summary'"/>
        </xsl:call-template>
        <textarea id="record-summary" data-g="summary" rows="6"/>
      </div>
      <div class="field">
        <xsl:call-template name="label">
          <xsl:with-param name="for" select="'record-context'"/>
          <xsl:with-param name="key" select="'form.record.context'"/>
        </xsl:call-template>
        <textarea id="record-context" data-g="context" rows="4"/>
      </div>
      <fieldset id="conclusions">
        <legend>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'record.conclusions'"/>
          </xsl:call-template>
        </legend>
        <xsl:for-each select="$sc/e:area">
          <div class="field">
            <label for="conclusions-{@id}">
              <xsl:value-of select="concat(@id, ' ', e:title)"/>
            </label>
            <textarea id="conclusions-{@id}" data-conclusions="{@id}" rows="3"/>
          </div>
        </xsl:for-each>
      </fieldset>
    </section>
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

</xsl:stylesheet>
