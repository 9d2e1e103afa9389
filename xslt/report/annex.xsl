<?xml version="1.0" encoding="UTF-8"?>
<!--
  Peer-review report, annex: the methodology. The scale with the score of
  each level, the model and its formula, the worked example of the
  weighted model, how met is computed, and the terms used.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- Annex: methodology                                            -->
  <!-- ============================================================ -->

  <xsl:template name="annex">
    <xsl:variable name="m" select="$r/e:methodology"/>
    <xsl:variable name="achieved-name">
      <xsl:call-template name="level-name">
        <xsl:with-param name="id" select="$achieved-id"/>
      </xsl:call-template>
    </xsl:variable>
    <section class="chapter" id="annex">
      <xsl:call-template name="chapter-title">
        <xsl:with-param name="n" select="''"/>
        <xsl:with-param name="key" select="'sec.annex'"/>
      </xsl:call-template>
      <p>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'annex.intro'"/>
        </xsl:call-template>
      </p>

      <h3><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.scale'"/></xsl:call-template></h3>
      <table id="scale">
        <thead>
          <tr>
            <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.level'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.value'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.leaf-score'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.description'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$m/e:scale/e:level">
            <xsl:variable name="id" select="string(@id)"/>
            <tr>
              <th scope="row">
                <xsl:call-template name="level-name">
                  <xsl:with-param name="id" select="@id"/>
                </xsl:call-template>
                <xsl:if test="@id = $achieved-id">
                  <xsl:text> ✓</xsl:text>
                </xsl:if>
              </th>
              <td class="num"><xsl:value-of select="@value"/></td>
              <td class="num">
                <xsl:call-template name="num">
                  <xsl:with-param name="n" select="$r/e:level-scores/e:level[@id = $id]/@score"/>
                </xsl:call-template>
              </td>
              <td><xsl:apply-templates select="." mode="text"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.leaf'"/>
          <xsl:with-param name="a1" select="$max"/>
          <xsl:with-param name="a2" select="$achieved-name"/>
        </xsl:call-template>
      </p>
      <p>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'annex.rating'"/>
        </xsl:call-template>
      </p>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.prereq'"/>
          <xsl:with-param name="a1" select="$achieved-name"/>
        </xsl:call-template>
      </p>
      <p>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'annex.na'"/>
        </xsl:call-template>
      </p>

      <h3><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.model'"/></xsl:call-template></h3>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="concat('model.', $r/@model)"/>
          <xsl:with-param name="a1" select="$max"/>
        </xsl:call-template>
      </p>
      <p class="formula">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="concat('formula.', $r/@model)"/>
          <xsl:with-param name="a1" select="$max"/>
        </xsl:call-template>
      </p>
      <p>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'annex.rounding'"/>
        </xsl:call-template>
      </p>
      <xsl:if test="$r/@model = 'weighted'">
        <xsl:call-template name="worked-example"/>
      </xsl:if>

      <h3><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.met'"/></xsl:call-template></h3>
      <p class="formula">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.met-formula'"/>
          <xsl:with-param name="a1" select="$r/e:overall/@achieved"/>
          <xsl:with-param name="a2" select="$r/e:overall/@rated"/>
          <xsl:with-param name="a3">
            <xsl:call-template name="pct">
              <xsl:with-param name="n" select="$r/e:overall/@met"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </p>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'annex.met-text'"/>
          <xsl:with-param name="a1" select="$achieved-name"/>
        </xsl:call-template>
      </p>

      <xsl:if test="$grade-list">
        <h3><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.grades'"/></xsl:call-template></h3>
        <table id="grades">
          <thead>
            <tr>
              <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.grade'"/></xsl:call-template></th>
              <th scope="col" class="num"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.min'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.description'"/></xsl:call-template></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$m/e:grades/e:grade">
              <tr>
                <th scope="row">
                  <xsl:call-template name="grade">
                    <xsl:with-param name="id" select="@id"/>
                  </xsl:call-template>
                </th>
                <td class="num">
                  <xsl:call-template name="num">
                    <xsl:with-param name="n" select="@min"/>
                  </xsl:call-template>
                </td>
                <td><xsl:apply-templates select="." mode="text"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
        <p>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'annex.grade-rule'"/>
            <xsl:with-param name="a1">
              <xsl:call-template name="grade">
                <xsl:with-param name="id" select="$m/e:grades/@mandatory-cap"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </p>
      </xsl:if>

      <h3><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.terms'"/></xsl:call-template></h3>
      <dl class="defs">
        <xsl:for-each select="str:split('achieved partial not-started na missing', ' ')">
          <xsl:variable name="s" select="string(.)"/>
          <dt>
            <xsl:for-each select="$r">
              <xsl:call-template name="status-badge">
                <xsl:with-param name="status" select="$s"/>
              </xsl:call-template>
            </xsl:for-each>
          </dt>
          <dd>
            <xsl:for-each select="$r">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="concat('status.', $s, '.def')"/>
                <xsl:with-param name="a1" select="$achieved-name"/>
              </xsl:call-template>
            </xsl:for-each>
          </dd>
        </xsl:for-each>
        <xsl:for-each select="str:split('blocked mandatory-unmet unsupported disagreement overclaim inconsistent', ' ')">
          <xsl:variable name="f" select="string(.)"/>
          <dt>
            <span class="flag flag-{$f}">
              <xsl:for-each select="$r">
                <xsl:call-template name="msg">
                  <xsl:with-param name="key" select="concat('flag.', $f)"/>
                </xsl:call-template>
              </xsl:for-each>
            </span>
          </dt>
          <dd>
            <xsl:for-each select="$r">
              <xsl:call-template name="t">
                <xsl:with-param name="key">
                  <xsl:call-template name="flag-key">
                    <xsl:with-param name="flag" select="$f"/>
                    <xsl:with-param name="part" select="'def'"/>
                  </xsl:call-template>
                </xsl:with-param>
                <xsl:with-param name="a1" select="$achieved-name"/>
              </xsl:call-template>
            </xsl:for-each>
          </dd>
        </xsl:for-each>
      </dl>
    </section>
  </xsl:template>

  <!-- The overall score recomputed from the top-level areas shown, with
       the products and sums of the results. -->
  <xsl:template name="worked-example">
    <xsl:variable name="sums" select="$r/e:weighted-sums"/>
    <h4 class="small">
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'annex.worked'"/>
      </xsl:call-template>
    </h4>
    <table id="worked">
      <thead>
        <tr>
          <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.area'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.weight'"/></xsl:call-template></th>
          <xsl:if test="$has-self">
            <th scope="col" class="num"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.self-score'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.weighted-self'"/></xsl:call-template></th>
          </xsl:if>
          <th scope="col" class="num"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.final-score'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.weighted-final'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$sums/e:area">
          <xsl:variable name="area" select="$r/e:area[@id = current()/@ref]"/>
          <tr>
            <th scope="row"><span class="id"><xsl:value-of select="@ref"/></span></th>
            <td class="num">
              <xsl:call-template name="value">
                <xsl:with-param name="n" select="$area/@weight"/>
              </xsl:call-template>
            </td>
            <xsl:if test="$has-self">
              <td class="num"><xsl:call-template name="score-text"><xsl:with-param name="n" select="$area/@self"/></xsl:call-template></td>
              <td class="num">
                <xsl:if test="@self">
                  <xsl:call-template name="value">
                    <xsl:with-param name="n" select="@self"/>
                  </xsl:call-template>
                </xsl:if>
              </td>
            </xsl:if>
            <td class="num"><xsl:call-template name="score-text"><xsl:with-param name="n" select="$area/@final"/></xsl:call-template></td>
            <td class="num">
              <xsl:if test="@final">
                <xsl:call-template name="value">
                  <xsl:with-param name="n" select="@final"/>
                </xsl:call-template>
              </xsl:if>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row"><xsl:call-template name="msg"><xsl:with-param name="key" select="'annex.result'"/></xsl:call-template></th>
          <td></td>
          <xsl:if test="$has-self">
            <td></td>
            <td class="num">
              <xsl:call-template name="quotient">
                <xsl:with-param name="which" select="'self'"/>
              </xsl:call-template>
            </td>
          </xsl:if>
          <td></td>
          <td class="num">
            <xsl:call-template name="quotient">
              <xsl:with-param name="which" select="'final'"/>
            </xsl:call-template>
          </td>
        </tr>
      </tfoot>
    </table>
  </xsl:template>

  <!-- "Σ(w × s) ÷ Σw = q → rounded", self or final. -->
  <xsl:template name="quotient">
    <xsl:param name="which"/>
    <xsl:variable name="total" select="$r/e:weighted-sums/e:total"/>
    <xsl:variable name="sw" select="$total/@*[local-name() = concat($which, '-weight')]"/>
    <xsl:choose>
      <xsl:when test="$sw">
        <xsl:call-template name="value">
          <xsl:with-param name="n" select="$total/@*[local-name() = $which]"/>
        </xsl:call-template>
        <xsl:text> ÷ </xsl:text>
        <xsl:call-template name="value">
          <xsl:with-param name="n" select="$sw"/>
        </xsl:call-template>
        <xsl:text> = </xsl:text>
        <xsl:call-template name="num">
          <xsl:with-param name="n" select="$total/@*[local-name() = concat($which, '-quotient')]"/>
          <xsl:with-param name="pattern" select="'#,##0.####'"/>
        </xsl:call-template>
        <xsl:text> → </xsl:text>
        <strong>
          <xsl:call-template name="num">
            <xsl:with-param name="n" select="$r/e:overall/@*[local-name() = $which]"/>
          </xsl:call-template>
        </strong>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="num">
          <xsl:with-param name="n" select="'na'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
