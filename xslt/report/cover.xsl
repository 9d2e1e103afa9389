<?xml version="1.0" encoding="UTF-8"?>
<!--
  Peer-review report: the cover (agency, period, key figures, who assessed
  and when), the key-figure boxes shared with the executive summary, and
  the table of contents.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- Cover                                                         -->
  <!-- ============================================================ -->

  <xsl:template match="e:results" mode="cover">
    <section class="cover" id="cover">
      <div class="cover-band">
        <p class="kicker">
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'cover.kicker'"/>
          </xsl:call-template>
        </p>
        <h1>
          <xsl:value-of select="$title"/>
        </h1>
        <p class="agency">
          <xsl:value-of select="@agency"/>
        </p>
        <p class="period">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'cover.period-line'"/>
            <xsl:with-param name="a1" select="@period"/>
          </xsl:call-template>
        </p>
        <xsl:if test="$edition = 'executive'">
          <p class="period">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'cover.edition.executive'"/>
            </xsl:call-template>
          </p>
        </xsl:if>
      </div>
      <div class="cover-stripe"></div>
      <div class="cover-body">
        <xsl:call-template name="illustrative-note"/>
        <xsl:variable name="m">
          <xsl:call-template name="marking-or-draft">
            <xsl:with-param name="marking" select="$marking"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:if test="string($m) != ''">
          <p>
            <span class="marking">
              <xsl:value-of select="$m"/>
            </span>
          </p>
        </xsl:if>
        <xsl:call-template name="language-note"/>
        <div class="cover-figures">
          <xsl:call-template name="figure-final"/>
          <xsl:call-template name="figure-grade"/>
          <xsl:if test="$has-self and $has-peer">
            <xsl:call-template name="figure-self"/>
          </xsl:if>
        </div>
        <dl class="cover-meta">
          <dt>
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'cover.scorecard'"/>
            </xsl:call-template>
          </dt>
          <dd>
            <xsl:apply-templates select="e:title" mode="text"/>
            <br/>
            <span class="muted small">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="'cover.scorecard-id'"/>
                <xsl:with-param name="a1" select="@scorecard"/>
                <xsl:with-param name="a2" select="@scorecard-version"/>
              </xsl:call-template>
            </span>
          </dd>
          <xsl:if test="@profile">
            <dt>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'cover.profile'"/>
              </xsl:call-template>
            </dt>
            <dd>
              <xsl:choose>
                <xsl:when test="e:profile-title">
                  <xsl:apply-templates select="e:profile-title" mode="text"/>
                  <br/>
                  <span class="muted small">
                    <xsl:value-of select="@profile"/>
                  </span>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:value-of select="@profile"/>
                </xsl:otherwise>
              </xsl:choose>
            </dd>
          </xsl:if>
          <xsl:if test="e:area/@scope">
            <dt>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'cover.scope'"/>
              </xsl:call-template>
            </dt>
            <dd class="scope">
              <xsl:call-template name="scope-line">
                <xsl:with-param name="r" select="."/>
              </xsl:call-template>
            </dd>
          </xsl:if>
          <dt>
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'cover.model'"/>
            </xsl:call-template>
          </dt>
          <dd>
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="concat('model.name.', @model)"/>
            </xsl:call-template>
          </dd>
          <xsl:for-each select="e:peer-assessment[@status]">
            <dt>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'cover.review-status'"/>
              </xsl:call-template>
            </dt>
            <dd data-status="{@status}">
              <xsl:call-template name="review-status"/>
            </dd>
          </xsl:for-each>
          <xsl:for-each select="e:peer-assessment/e:covers">
            <dt>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'cover.entities'"/>
              </xsl:call-template>
            </dt>
            <dd>
              <ul>
                <xsl:for-each select="e:entity">
                  <li data-entity="{@id}"><span dir="auto"><xsl:value-of select="normalize-space(.)"/></span> <span class="muted">(<xsl:value-of select="@id"/>)</span></li>
                </xsl:for-each>
              </ul>
            </dd>
          </xsl:for-each>
          <xsl:for-each select="e:peer-assessment">
            <xsl:if test="e:team">
              <dt>
                <xsl:call-template name="msg">
                  <xsl:with-param name="key" select="'cover.team'"/>
                </xsl:call-template>
              </dt>
              <dd>
                <ul>
                  <xsl:for-each select="e:team/e:reviewer">
                    <li>
                      <span dir="auto">
                        <xsl:value-of select="normalize-space(.)"/>
                      </span>
                      <xsl:text> </xsl:text>
                      <span class="muted">
                        <xsl:text>(</xsl:text>
                        <xsl:value-of select="@agency"/>
                        <xsl:if test="@role">
                          <xsl:text>, </xsl:text>
                          <xsl:call-template name="msg">
                            <xsl:with-param name="key" select="concat('role.', @role)"/>
                          </xsl:call-template>
                        </xsl:if>
                        <xsl:text>)</xsl:text>
                      </span>
                    </li>
                  </xsl:for-each>
                </ul>
              </dd>
            </xsl:if>
            <xsl:for-each select="e:mission">
              <dt>
                <xsl:call-template name="msg">
                  <xsl:with-param name="key" select="'cover.mission'"/>
                </xsl:call-template>
              </dt>
              <dd>
                <strong>
                  <xsl:call-template name="date-range">
                    <xsl:with-param name="from" select="@from"/>
                    <xsl:with-param name="to" select="@to"/>
                  </xsl:call-template>
                </strong>
                <xsl:if test="normalize-space(.) != ''">
                  <br/>
                  <xsl:apply-templates select="." mode="text"/>
                </xsl:if>
              </dd>
            </xsl:for-each>
          </xsl:for-each>
          <xsl:call-template name="assessment-meta">
            <xsl:with-param name="a" select="e:self-assessment"/>
            <xsl:with-param name="key" select="'cover.self'"/>
          </xsl:call-template>
          <xsl:call-template name="assessment-meta">
            <xsl:with-param name="a" select="e:peer-assessment"/>
            <xsl:with-param name="key" select="'cover.peer'"/>
          </xsl:call-template>
        </dl>
        <p class="cover-foot">
          <xsl:call-template name="t">
            <xsl:with-param name="key">
              <xsl:choose>
                <xsl:when test="$edition = 'full'">cover.foot</xsl:when>
                <xsl:otherwise>cover.foot.executive</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
            <xsl:with-param name="a1" select="@generator"/>
          </xsl:call-template>
        </p>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="assessment-meta">
    <xsl:param name="a"/>
    <xsl:param name="key"/>
    <xsl:if test="$a and ($a/e:assessor or $a/e:date)">
      <dt>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="$key"/>
        </xsl:call-template>
      </dt>
      <dd>
        <xsl:apply-templates select="$a/e:assessor" mode="text"/>
        <xsl:if test="$a/e:assessor and $a/e:date">
          <xsl:text>, </xsl:text>
        </xsl:if>
        <xsl:if test="$a/e:date">
          <span class="num">
            <xsl:call-template name="date">
              <xsl:with-param name="d" select="$a/e:date"/>
            </xsl:call-template>
          </span>
        </xsl:if>
      </dd>
    </xsl:if>
  </xsl:template>

  <xsl:template name="date-range">
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:call-template name="t">
      <xsl:with-param name="key" select="'date.range'"/>
      <xsl:with-param name="a1">
        <xsl:call-template name="date">
          <xsl:with-param name="d" select="$from"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="a2">
        <xsl:call-template name="date">
          <xsl:with-param name="d" select="$to"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Key figures                                                   -->
  <!-- ============================================================ -->

  <xsl:template name="figure">
    <xsl:param name="class" select="''"/>
    <xsl:param name="label-key"/>
    <xsl:param name="value"/>
    <xsl:param name="note" select="''"/>
    <xsl:param name="data" select="''"/>
    <div class="fig {$class}">
      <xsl:if test="$data != ''">
        <xsl:attribute name="data-figure">
          <xsl:value-of select="$data"/>
        </xsl:attribute>
      </xsl:if>
      <div class="label">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="$label-key"/>
        </xsl:call-template>
      </div>
      <div class="value">
        <xsl:copy-of select="$value"/>
      </div>
      <xsl:if test="string($note) != ''">
        <div class="note">
          <xsl:copy-of select="$note"/>
        </div>
      </xsl:if>
    </div>
  </xsl:template>

  <xsl:template name="figure-final">
    <xsl:call-template name="figure">
      <xsl:with-param name="label-key" select="'fig.final'"/>
      <xsl:with-param name="data" select="'final'"/>
      <xsl:with-param name="value">
        <xsl:call-template name="score">
          <xsl:with-param name="n" select="$r/e:overall/@final"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="note">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'fig.of100'"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="figure-self">
    <xsl:call-template name="figure">
      <xsl:with-param name="label-key" select="'fig.self'"/>
      <xsl:with-param name="data" select="'self'"/>
      <xsl:with-param name="value">
        <xsl:call-template name="score">
          <xsl:with-param name="n" select="$r/e:overall/@self"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="note">
        <xsl:if test="$grade-list">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'fig.self-grade'"/>
            <xsl:with-param name="a1">
              <xsl:call-template name="grade">
                <xsl:with-param name="id" select="$r/e:overall/@self-grade"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The grade, where the scorecard has grades. -->
  <xsl:template name="figure-grade">
    <xsl:if test="$grade-list">
      <xsl:call-template name="figure">
        <xsl:with-param name="class" select="'grade'"/>
        <xsl:with-param name="label-key" select="'fig.grade'"/>
        <xsl:with-param name="data" select="'grade'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="grade">
            <xsl:with-param name="id" select="$r/e:overall/@grade"/>
          </xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="note">
          <xsl:if test="$r/e:overall/@uncapped-grade and $r/e:overall/@uncapped-grade != $r/e:overall/@grade">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'fig.capped'"/>
              <xsl:with-param name="a1">
                <xsl:call-template name="grade">
                  <xsl:with-param name="id" select="$r/e:overall/@uncapped-grade"/>
                </xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Contents                                                      -->
  <!-- ============================================================ -->

  <xsl:template name="contents">
    <nav class="contents" aria-labelledby="contents-title">
      <h2 id="contents-title">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'sec.contents'"/>
        </xsl:call-template>
      </h2>
      <ol>
        <li><a href="#summary">1 <xsl:call-template name="msg"><xsl:with-param name="key" select="'sec.summary'"/></xsl:call-template></a></li>
        <li><a href="#chart">2 <xsl:call-template name="msg"><xsl:with-param name="key" select="'sec.chart'"/></xsl:call-template></a></li>
        <li><a href="#attention">3 <xsl:call-template name="msg"><xsl:with-param name="key" select="'sec.attention'"/></xsl:call-template></a></li>
        <li>
          <a href="#areas">4 <xsl:call-template name="msg"><xsl:with-param name="key" select="'sec.areas'"/></xsl:call-template></a>
          <ol>
            <xsl:for-each select="$r/e:area">
              <li>
                <a href="#area-{@id}">
                  <xsl:value-of select="concat('4.', position(), ' ')"/>
                  <xsl:apply-templates select="e:title" mode="text"/>
                </a>
              </li>
            </xsl:for-each>
          </ol>
        </li>
        <xsl:call-template name="inventory-contents"/>
        <xsl:call-template name="progress-contents"><xsl:with-param name="n" select="5 + count($r/e:inventory)"/></xsl:call-template>
        <xsl:call-template name="followup-contents"><xsl:with-param name="n" select="5 + count($r/e:inventory) + count($r/e:progress)"/></xsl:call-template>
        <li><a href="#annex"><xsl:call-template name="msg"><xsl:with-param name="key" select="'sec.annex'"/></xsl:call-template></a></li>
      </ol>
    </nav>
  </xsl:template>

  <xsl:template name="chapter-title">
    <xsl:param name="n"/>
    <xsl:param name="key"/>
    <h2>
      <xsl:if test="$n != ''">
        <xsl:value-of select="concat($n, ' ')"/>
      </xsl:if>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="$key"/>
      </xsl:call-template>
    </h2>
  </xsl:template>

</xsl:stylesheet>
