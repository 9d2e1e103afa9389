<?xml version="1.0" encoding="UTF-8"?>
<!--
  The offline form: one fieldset per area, milestone and indicator, with
  the inputs of a self-assessment or of a review team (levels, ratings,
  evidence, texts, indicator values), or one per recommendation of a
  review with the management's reply, that form/form.js reads and saves.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:i="urn:emscore:i18n"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e i str">

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
      <xsl:if test="$peer">
        <!-- what the agency's self-assessment says of the item, once opened -->
        <aside class="claim" hidden="hidden"/>
      </xsl:if>
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

  <!-- A recommendation of the review and the management's reply to it:
       the decision, the owner and due date (those the review proposed
       filled in), the planned action and a comment. -->
  <xsl:template match="e:recommendation">
    <xsl:variable name="id" select="@id"/>
    <article class="item" id="item-{@id}" data-id="{@id}" data-type="reply"
             aria-labelledby="h-{@id}">
      <h2 id="h-{@id}">
        <span class="id"><xsl:value-of select="@id"/></span>
        <xsl:text> </xsl:text>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'form.reply.milestone'"/>
          <xsl:with-param name="a1" select="@milestone"/>
        </xsl:call-template>
      </h2>
      <p class="tags">
        <span class="tag priority-{@priority}">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'form.reply.priority'"/>
            <xsl:with-param name="a1">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="concat('priority.', @priority)"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </span>
      </p>
      <blockquote class="recommendation-text">
        <xsl:value-of select="e:text"/>
      </blockquote>
      <fieldset class="levels" data-f="decision">
        <legend>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'form.reply.decision'"/>
          </xsl:call-template>
        </legend>
        <xsl:for-each select="str:tokenize('accepted partially-accepted rejected', ' ')">
          <label>
            <input type="radio" name="decision-{$id}" value="{.}"/>
            <xsl:text> </xsl:text>
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="concat('fu.decision.', .)"/>
            </xsl:call-template>
          </label>
        </xsl:for-each>
      </fieldset>
      <div class="grid">
        <div class="field">
          <xsl:call-template name="label">
            <xsl:with-param name="for" select="concat('o-', $id)"/>
            <xsl:with-param name="key" select="'form.reply.owner'"/>
          </xsl:call-template>
          <input type="text" id="o-{@id}" data-f="owner" maxlength="200" value="{@owner}"/>
        </div>
        <div class="field">
          <xsl:call-template name="label">
            <xsl:with-param name="for" select="concat('d-', $id)"/>
            <xsl:with-param name="key" select="'form.reply.due'"/>
          </xsl:call-template>
          <input type="date" id="d-{@id}" data-f="due" value="{@due}"/>
        </div>
      </div>
      <div class="field">
        <xsl:call-template name="label">
          <xsl:with-param name="for" select="concat('a-', $id)"/>
          <xsl:with-param name="key" select="'form.reply.action'"/>
        </xsl:call-template>
        <textarea id="a-{@id}" data-f="action" rows="3"/>
      </div>
      <div class="field">
        <xsl:call-template name="label">
          <xsl:with-param name="for" select="concat('c-', $id)"/>
          <xsl:with-param name="key" select="'form.comment'"/>
        </xsl:call-template>
        <textarea id="c-{@id}" data-f="comment" rows="2"/>
      </div>
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
    <fieldset class="levels" data-f="level">
      <legend>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'form.level'"/>
        </xsl:call-template>
      </legend>
      <xsl:for-each select="$sc/e:scale/e:level">
        <label>
          <input type="radio" name="level-{$id}" value="{@id}"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="level-name">
            <xsl:with-param name="id" select="@id"/>
          </xsl:call-template>
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
              <th scope="row">
                <xsl:call-template name="level-name">
                  <xsl:with-param name="id" select="$level"/>
                </xsl:call-template>
              </th>
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

</xsl:stylesheet>
