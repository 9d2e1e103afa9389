<?xml version="1.0" encoding="UTF-8"?>
<!--
  Peer-review report: the card of one milestone or indicator. Levels,
  flags explained, thresholds, what the self-assessment and the review
  team said, findings and recommendations.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- Milestone cards                                               -->
  <!-- ============================================================ -->

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
          <xsl:when test="self::e:indicator"><xsl:value-of select="$w.kind.indicator"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$w.kind.milestone"/></xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="concat(' · ', $w.leaf.weight, ' ')"/>
        <xsl:call-template name="value">
          <xsl:with-param name="n" select="@weight"/>
        </xsl:call-template>
        <xsl:if test="@counted = 'false'">
          <xsl:text> (</xsl:text>
          <xsl:value-of select="$w.not-counted"/>
          <xsl:text>)</xsl:text>
        </xsl:if>
        <xsl:if test="@mandatory = 'true'">
          <xsl:text> · </xsl:text>
          <xsl:value-of select="$w.leaf.mandatory"/>
        </xsl:if>
        <xsl:if test="@evidence = 'required'">
          <xsl:text> · </xsl:text>
          <xsl:value-of select="$w.leaf.evidence-required"/>
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
            <xsl:when test="@better = 'lower'"><xsl:value-of select="$w.leaf.better.lower"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$w.leaf.better.higher"/></xsl:otherwise>
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
            <xsl:value-of select="$w.leaf.guidance"/>
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
          <xsl:value-of select="$w.leaf.self"/>
        </span>
        <span class="level">
          <xsl:call-template name="level-with-effective">
            <xsl:with-param name="rated" select="@self-level"/>
            <xsl:with-param name="effective" select="@self-effective"/>
          </xsl:call-template>
          <xsl:call-template name="measure">
            <xsl:with-param name="m" select="e:self"/>
          </xsl:call-template>
        </span>
        <span class="num">
          <xsl:call-template name="score-text">
            <xsl:with-param name="n" select="@self"/>
          </xsl:call-template>
        </span>
      </div>
      <div data-k="peer">
        <span class="label">
          <xsl:value-of select="$w.leaf.peer"/>
        </span>
        <span class="level">
          <xsl:call-template name="level-name">
            <xsl:with-param name="id" select="@peer-level"/>
          </xsl:call-template>
          <xsl:call-template name="measure">
            <xsl:with-param name="m" select="e:peer"/>
          </xsl:call-template>
        </span>
      </div>
      <div data-k="final" class="final">
        <span class="label">
          <xsl:value-of select="$w.leaf.final"/>
        </span>
        <span class="level">
          <xsl:call-template name="level-with-effective">
            <xsl:with-param name="rated" select="@final-level"/>
            <xsl:with-param name="effective" select="@final-effective"/>
          </xsl:call-template>
        </span>
        <span class="num">
          <xsl:call-template name="score-text">
            <xsl:with-param name="n" select="@final"/>
          </xsl:call-template>
        </span>
      </div>
    </div>
  </xsl:template>

  <!-- An indicator's measured value, after its level. -->
  <xsl:template name="measure">
    <xsl:param name="m"/>
    <xsl:if test="$m/@value">
      <span class="muted">
        <xsl:text> (</xsl:text>
        <xsl:call-template name="value">
          <xsl:with-param name="n" select="$m/@value"/>
        </xsl:call-template>
        <xsl:if test="@unit">
          <xsl:value-of select="concat(' ', @unit)"/>
        </xsl:if>
        <xsl:text>)</xsl:text>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- A level as rated, and what it counted as when a prerequisite held it back. -->
  <xsl:template name="level-with-effective">
    <xsl:param name="rated"/>
    <xsl:param name="effective"/>
    <xsl:call-template name="level-name">
      <xsl:with-param name="id" select="$rated"/>
    </xsl:call-template>
    <xsl:if test="$effective and string($rated) != string($effective)">
      <xsl:value-of select="concat(' → ', $w.leaf.counted-as, ' ')"/>
      <xsl:call-template name="level-name">
        <xsl:with-param name="id" select="$effective"/>
      </xsl:call-template>
    </xsl:if>
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
        <xsl:value-of select="$w.leaf.thresholds"/>
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
                <xsl:with-param name="key" select="concat('flag.', $f, '.explain')"/>
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
          <xsl:value-of select="$w.leaf.no-response"/>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$s">
          <xsl:if test="e:rating">
            <p class="small">
              <strong>
                <xsl:value-of select="$w.leaf.ratings"/>
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
            <p class="small"><strong><xsl:value-of select="$w.leaf.evidence"/></strong></p>
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
                <xsl:value-of select="$w.leaf.comment"/>
                <xsl:text> </xsl:text>
              </strong>
              <xsl:apply-templates select="." mode="text"/>
            </p>
          </xsl:for-each>
          <xsl:for-each select="e:justification">
            <p class="text">
              <strong>
                <xsl:value-of select="$w.leaf.justification"/>
                <xsl:text> </xsl:text>
              </strong>
              <xsl:apply-templates select="." mode="text"/>
            </p>
          </xsl:for-each>
          <xsl:if test="e:finding">
            <p class="small"><strong><xsl:value-of select="$w.leaf.findings"/></strong></p>
            <ul>
              <xsl:for-each select="e:finding">
                <li class="finding" data-type="{@type}">
                  <xsl:if test="@type = 'good-practice' or @type = 'gap'">
                    <strong>
                      <xsl:call-template name="t">
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
            <p class="small"><strong><xsl:value-of select="$w.leaf.recommendations"/></strong></p>
            <xsl:for-each select="e:recommendation">
              <p class="rec">
                <span class="prio prio-{@priority}">
                  <xsl:call-template name="t">
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
              <xsl:value-of select="$w.leaf.nothing-more"/>
            </p>
          </xsl:if>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
