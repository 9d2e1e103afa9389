<?xml version="1.0" encoding="UTF-8"?>
<!--
  Peer-review report: the card of one milestone or indicator. Levels,
  flags explained, thresholds, what the self-assessment and the review
  team said, findings and recommendations; the style and the words of the
  full edition's detailed chapters.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- Milestone cards                                               -->
  <!-- ============================================================ -->

  <!-- The style of the full edition's own chapters: contents, what needs
       attention, the results by area and their milestone cards. -->
  <xsl:template name="detail-css">
    <xsl:text>
/* The results by area and the annex are long: each starts a page. The
   areas within follow each other, each heading kept with its figures. */
#areas, #annex { break-before: page; }
section.area { margin-top: 6mm; }
tr.subarea td { background: var(--accent-soft); font-weight: 600; }
tr.notcounted td { color: var(--muted); }
.att-group { margin-bottom: 5mm; break-inside: avoid-page; }
.att-group ul { margin: 1mm 0 0; padding-inline-start: 5mm; }
.att-group li { margin-bottom: 1mm; }
.contents ol { list-style: none; padding-inline-start: 0; }
.contents ol ol { padding-inline-start: 6mm; }
.contents li { margin: .8mm 0; }
.contents a { border-bottom: 1px dotted var(--muted); }

/* milestone cards */
/* A long card may run over a page; its head stays with its levels. */
.leaf { border: 1px solid var(--line); border-inline-start: 4px solid var(--accent);
  padding: 2.5mm 3.5mm; margin: 0 0 3.5mm; }
.leaf header, .leaf .meta { break-after: avoid; }
.leaf .levels, .leaf .flags, .leaf .cols > div > ul > li { break-inside: avoid; }
/* Chromium does not go back into a grid for an earlier break, so the
   columns are kept whole: the page may then break before them, and the
   guidance after them stays with its card. */
.leaf .cols { break-inside: avoid; }
.leaf.st-achieved-card { border-inline-start-color: var(--ok); }
.leaf.st-partial-card { border-inline-start-color: var(--part); }
.leaf.st-not-started-card { border-inline-start-color: var(--bad); }
.leaf.st-na-card, .leaf.st-missing-card { border-inline-start-style: dashed; border-inline-start-color: var(--na); }
.leaf header { display: flex; gap: 3mm; align-items: baseline; flex-wrap: wrap; }
.leaf header h4 { flex: 1; }
.leaf .meta { font-size: 8.5pt; color: var(--muted); margin: .8mm 0 2mm; }
.levels { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 2mm; margin: 2mm 0; }
.levels > div { background: var(--soft); padding: 1.5mm 2.5mm; display: flex; flex-wrap: wrap;
  gap: 0 2mm; align-items: baseline; }
.levels .label { flex-basis: 100%; font-size: 7.5pt; text-transform: uppercase; letter-spacing: .05em;
  color: var(--muted); }
.levels .level { flex: 1; }
.levels .final { background: var(--accent-soft); font-weight: 600; }
.leaf .flags { margin: 2mm 0; padding: 2mm 3mm; background: #fff8e6; border: 1px solid #e8d5a8; font-size: 9pt; }
.leaf .flags p { margin: .5mm 0; }
.leaf .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; }
.leaf .cols > div { min-width: 0; }
.leaf h5 { font-size: 8.5pt; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
  margin: 2mm 0 1mm; }
.leaf ul { margin: 0 0 1.5mm; padding-inline-start: 4.5mm; font-size: 9pt; }
.leaf .text { font-size: 9pt; }
/* The guidance box ends its card: never alone at the top of a page. */
.leaf .guidance { font-size: 8.5pt; color: var(--muted); border-top: 1px dotted var(--line);
  margin-top: 2mm; padding-top: 1.5mm; break-inside: avoid; break-before: avoid; }
.rec { margin: 1mm 0; font-size: 9pt; }
.finding { font-size: 9pt; }
.area-head { display: flex; gap: 5mm; flex-wrap: wrap; align-items: baseline; margin-bottom: 2mm;
  break-after: avoid; }
.area-head span { color: var(--muted); font-size: 9.5pt; }
.area-head strong, .area-head span span { color: var(--ink); }

@media (max-width: 700px) {
  .leaf .cols { grid-template-columns: 1fr; }
}
</xsl:text>
  </xsl:template>

  <!-- Words used for every milestone, looked up once (printed with
       xsl:copy-of, see shared.xsl). -->
  <xsl:variable name="w.leaf.self"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.self'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.peer"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.peer'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.final"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.final'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.mandatory"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.mandatory'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.evidence-required"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.evidence-required'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.requires"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.requires'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.weight"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.weight'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.unit"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.unit'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.better.higher"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.better.higher'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.better.lower"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.better.lower'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.thresholds"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.thresholds'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.ratings"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.ratings'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.consensus"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.consensus'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.median"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.median'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.evidence"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.evidence'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.comment"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.comment'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.justification"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.justification'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.findings"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.findings'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.recommendations"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.recommendations'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.guidance"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.guidance'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.no-response"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.no-response'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.nothing-more"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.nothing-more'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.counted-as"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.counted-as'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.not-counted"><xsl:call-template name="msg"><xsl:with-param name="key" select="'not-counted'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.kind.milestone"><xsl:call-template name="msg"><xsl:with-param name="key" select="'kind.milestone'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.kind.indicator"><xsl:call-template name="msg"><xsl:with-param name="key" select="'kind.indicator'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.area.sub"><xsl:call-template name="msg"><xsl:with-param name="key" select="'area.sub'"/></xsl:call-template></xsl:variable>

  <!-- One milestone or indicator in full. -->
  <xsl:template match="e:milestone | e:indicator" mode="card">
    <article class="leaf st-{@status}-card" id="leaf-{@id}" data-id="{@id}">
      <header>
        <span class="id"><xsl:value-of select="@id"/></span>
        <h4><xsl:apply-templates select="e:title" mode="text"/></h4>
        <xsl:call-template name="status-badge">
          <xsl:with-param name="status" select="@status"/>
        </xsl:call-template>
      </header>
      <p class="meta">
        <xsl:choose>
          <xsl:when test="self::e:indicator"><xsl:copy-of select="$w.kind.indicator"/></xsl:when>
          <xsl:otherwise><xsl:copy-of select="$w.kind.milestone"/></xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="concat(' · ', $w.leaf.weight, ' ')"/>
        <xsl:call-template name="value">
          <xsl:with-param name="n" select="@weight"/>
        </xsl:call-template>
        <xsl:if test="@counted = 'false'">
          <xsl:text> (</xsl:text>
          <xsl:copy-of select="$w.not-counted"/>
          <xsl:text>)</xsl:text>
        </xsl:if>
        <xsl:if test="@mandatory = 'true'">
          <xsl:text> · </xsl:text>
          <xsl:copy-of select="$w.leaf.mandatory"/>
        </xsl:if>
        <xsl:if test="@evidence = 'required'">
          <xsl:text> · </xsl:text>
          <xsl:copy-of select="$w.leaf.evidence-required"/>
        </xsl:if>
        <xsl:if test="@requires">
          <xsl:text> · </xsl:text>
          <xsl:value-of select="concat($w.leaf.requires, ' ', translate(normalize-space(@requires), ' ', ','))"/>
        </xsl:if>
        <xsl:if test="self::e:indicator">
          <xsl:if test="@unit">
            <xsl:text> · </xsl:text>
            <xsl:value-of select="concat($w.leaf.unit, ' ', @unit)"/>
          </xsl:if>
          <xsl:text> · </xsl:text>
          <xsl:choose>
            <xsl:when test="@better = 'lower'"><xsl:copy-of select="$w.leaf.better.lower"/></xsl:when>
            <xsl:otherwise><xsl:copy-of select="$w.leaf.better.higher"/></xsl:otherwise>
          </xsl:choose>
        </xsl:if>
      </p>
      <xsl:if test="e:description"><p><xsl:apply-templates select="e:description" mode="text"/></p></xsl:if>
      <xsl:call-template name="levels-table"/>
      <xsl:if test="self::e:indicator and e:threshold">
        <xsl:call-template name="thresholds"/>
      </xsl:if>
      <xsl:call-template name="inventory-computed"/>
      <xsl:call-template name="flags-explained"/>
      <xsl:if test="e:self or e:peer">
        <div class="cols">
          <div>
            <xsl:call-template name="source">
              <xsl:with-param name="s" select="e:self"/>
              <xsl:with-param name="label" select="$w.leaf.self"/>
            </xsl:call-template>
          </div>
          <div>
            <xsl:call-template name="source">
              <xsl:with-param name="s" select="e:peer"/>
              <xsl:with-param name="label" select="$w.leaf.peer"/>
            </xsl:call-template>
          </div>
        </div>
      </xsl:if>
      <xsl:if test="e:guidance">
        <div class="guidance">
          <strong>
            <xsl:copy-of select="$w.leaf.guidance"/>
            <xsl:text> </xsl:text>
          </strong>
          <xsl:apply-templates select="e:guidance" mode="text"/>
        </div>
      </xsl:if>
    </article>
  </xsl:template>

  <!-- Self, review team and final side by side: level and score. -->
  <xsl:template name="levels-table">
    <div class="levels">
      <div data-k="self">
        <span class="label">
          <xsl:copy-of select="$w.leaf.self"/>
        </span>
        <span class="level">
          <xsl:call-template name="level-name">
            <xsl:with-param name="id" select="@self-level"/>
          </xsl:call-template>
          <xsl:apply-templates select="@self-effective[string(.) != string(../@self-level)]" mode="counted-as"/>
          <xsl:apply-templates select="e:self/@value" mode="measure"/>
        </span>
        <span class="num">
          <xsl:call-template name="score-text">
            <xsl:with-param name="n" select="@self"/>
          </xsl:call-template>
        </span>
      </div>
      <div data-k="peer">
        <span class="label">
          <xsl:copy-of select="$w.leaf.peer"/>
        </span>
        <span class="level">
          <xsl:call-template name="level-name">
            <xsl:with-param name="id" select="@peer-level"/>
          </xsl:call-template>
          <xsl:apply-templates select="e:peer/@value" mode="measure"/>
        </span>
      </div>
      <div data-k="final" class="final">
        <span class="label">
          <xsl:copy-of select="$w.leaf.final"/>
        </span>
        <span class="level">
          <xsl:call-template name="level-name">
            <xsl:with-param name="id" select="@final-level"/>
          </xsl:call-template>
          <xsl:apply-templates select="@final-effective[string(.) != string(../@final-level)]" mode="counted-as"/>
        </span>
        <span class="num">
          <xsl:call-template name="score-text">
            <xsl:with-param name="n" select="@final"/>
          </xsl:call-template>
        </span>
      </div>
    </div>
  </xsl:template>

  <!-- An indicator's measured value (the value of its self or peer), after
       its level. Applied, not called: most leaves have none. -->
  <xsl:template match="@value" mode="measure">
    <span class="muted">
      <xsl:text> (</xsl:text>
      <xsl:call-template name="value">
        <xsl:with-param name="n" select="."/>
      </xsl:call-template>
      <xsl:if test="../../@unit">
        <xsl:value-of select="concat(' ', ../../@unit)"/>
      </xsl:if>
      <xsl:text>)</xsl:text>
    </span>
  </xsl:template>

  <!-- What a level counted as when a prerequisite held it back: the
       effective level, applied only where it is not the level rated. -->
  <xsl:template match="@*" mode="counted-as">
    <xsl:value-of select="concat(' → ', $w.leaf.counted-as, ' ')"/>
    <xsl:call-template name="level-name">
      <xsl:with-param name="id" select="."/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="thresholds">
    <xsl:variable name="op">
      <xsl:choose>
        <xsl:when test="@better = 'lower'">≤ </xsl:when>
        <xsl:otherwise>≥ </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <p class="small">
      <strong>
        <xsl:copy-of select="$w.leaf.thresholds"/>
        <xsl:text> </xsl:text>
      </strong>
      <xsl:for-each select="e:threshold">
        <xsl:if test="position() &gt; 1"> · </xsl:if>
        <xsl:call-template name="level-name">
          <xsl:with-param name="id" select="@level"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <span class="num">
          <xsl:value-of select="$op"/>
          <xsl:call-template name="value">
            <xsl:with-param name="n" select="@value"/>
          </xsl:call-template>
        </span>
      </xsl:for-each>
      <xsl:if test="@unit">
        <xsl:value-of select="concat(' (', @unit, ')')"/>
      </xsl:if>
    </p>
  </xsl:template>

  <xsl:template name="flags-explained">
    <xsl:if test="@flags">
      <xsl:variable name="leaf" select="."/>
      <div class="flags">
        <xsl:for-each select="str:tokenize(@flags, ' ')">
          <xsl:variable name="f" select="string(.)"/>
          <p data-flag="{$f}">
            <xsl:for-each select="$leaf">
              <xsl:call-template name="t">
                <xsl:with-param name="key">
                  <xsl:call-template name="flag-key">
                    <xsl:with-param name="flag" select="$f"/>
                    <xsl:with-param name="part" select="'explain'"/>
                  </xsl:call-template>
                </xsl:with-param>
                <xsl:with-param name="a1">
                  <xsl:choose>
                    <xsl:when test="$f = 'blocked'">
                      <xsl:call-template name="level-name">
                        <xsl:with-param name="id" select="@final-level"/>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:when test="$f = 'mandatory-unmet'">
                      <xsl:call-template name="grade">
                        <xsl:with-param name="id" select="$r/e:methodology/e:grades/@mandatory-cap"/>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:when test="$f = 'disagreement'">
                      <xsl:call-template name="ratings-text"/>
                    </xsl:when>
                    <xsl:when test="$f = 'inconsistent'">
                      <xsl:call-template name="inventory-typed"/>
                    </xsl:when>
                    <xsl:otherwise>
                      <xsl:call-template name="level-name">
                        <xsl:with-param name="id" select="@self-level"/>
                      </xsl:call-template>
                    </xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
                <xsl:with-param name="a2">
                  <xsl:choose>
                    <xsl:when test="$f = 'inconsistent'">
                      <xsl:call-template name="value">
                        <xsl:with-param name="n" select="@computed"/>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:when test="$f = 'blocked'">
                      <xsl:call-template name="level-name">
                        <xsl:with-param name="id" select="@final-effective"/>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:otherwise>
                      <xsl:call-template name="level-name">
                        <xsl:with-param name="id" select="@peer-level"/>
                      </xsl:call-template>
                    </xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
                <xsl:with-param name="a3" select="translate(normalize-space(@requires), ' ', ',')"/>
              </xsl:call-template>
            </xsl:for-each>
          </p>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- What one source said: level, ratings, evidence, texts. -->
  <xsl:template name="source">
    <xsl:param name="s"/>
    <xsl:param name="label"/>
    <h5>
      <xsl:value-of select="$label"/>
    </h5>
    <xsl:choose>
      <xsl:when test="not($s)">
        <p class="small muted">
          <xsl:copy-of select="$w.leaf.no-response"/>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$s">
          <xsl:if test="e:rating">
            <p class="small">
              <strong>
                <xsl:copy-of select="$w.leaf.ratings"/>
                <xsl:text> </xsl:text>
              </strong>
              <xsl:for-each select="..">
                <xsl:call-template name="ratings-text"/>
              </xsl:for-each>
              <xsl:if test="@consensus">
                <br/>
                <xsl:value-of select="concat($w.leaf.consensus, ' ')"/>
                <xsl:call-template name="level-name">
                  <xsl:with-param name="id" select="@consensus"/>
                </xsl:call-template>
              </xsl:if>
              <xsl:if test="@median and not(@consensus)">
                <br/>
                <xsl:value-of select="concat($w.leaf.median, ' ')"/>
                <xsl:call-template name="level-name">
                  <xsl:with-param name="id" select="@median"/>
                </xsl:call-template>
              </xsl:if>
            </p>
          </xsl:if>
          <xsl:if test="e:evidence">
            <p class="small"><strong><xsl:copy-of select="$w.leaf.evidence"/></strong></p>
            <ul>
              <xsl:for-each select="e:evidence">
                <li>
                  <xsl:apply-templates select="." mode="text"/>
                  <xsl:if test="@href">
                    <xsl:text> </xsl:text>
                    <!-- A reference shown as text, never followed. -->
                    <code class="href" dir="ltr"><xsl:value-of select="@href"/></code>
                  </xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:if>
          <xsl:for-each select="e:comment">
            <p class="text">
              <strong>
                <xsl:copy-of select="$w.leaf.comment"/>
                <xsl:text> </xsl:text>
              </strong>
              <xsl:apply-templates select="." mode="text"/>
            </p>
          </xsl:for-each>
          <xsl:for-each select="e:justification">
            <p class="text">
              <strong>
                <xsl:copy-of select="$w.leaf.justification"/>
                <xsl:text> </xsl:text>
              </strong>
              <xsl:apply-templates select="." mode="text"/>
            </p>
          </xsl:for-each>
          <xsl:if test="e:finding">
            <p class="small"><strong><xsl:copy-of select="$w.leaf.findings"/></strong></p>
            <ul>
              <xsl:for-each select="e:finding">
                <li class="finding" data-type="{@type}">
                  <xsl:if test="@type = 'good-practice' or @type = 'gap'">
                    <strong>
                      <xsl:call-template name="msg">
                        <xsl:with-param name="key" select="concat('finding.', @type)"/>
                      </xsl:call-template>
                    </strong>
                    <xsl:text> </xsl:text>
                  </xsl:if>
                  <xsl:apply-templates select="." mode="text"/>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:if>
          <xsl:if test="e:recommendation">
            <p class="small"><strong><xsl:copy-of select="$w.leaf.recommendations"/></strong></p>
            <xsl:for-each select="e:recommendation">
              <p class="rec">
                <span class="prio prio-{@priority}">
                  <xsl:call-template name="msg">
                    <xsl:with-param name="key" select="concat('priority.', @priority)"/>
                  </xsl:call-template>
                </span>
                <xsl:text> </xsl:text>
                <xsl:apply-templates select="." mode="text"/>
              </p>
            </xsl:for-each>
          </xsl:if>
          <xsl:if test="not(e:rating or e:evidence or e:comment or e:justification or e:finding or e:recommendation)">
            <p class="small muted">
              <xsl:copy-of select="$w.leaf.nothing-more"/>
            </p>
          </xsl:if>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
