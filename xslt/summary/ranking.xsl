<?xml version="1.0" encoding="UTF-8"?>
<!--
  System-wide report, chapter 2: each agency beside the average of the
  agencies reviewed on the same themes, in agency order; or, with
  ranking=yes, the ranking, one row per entry in the summary's order with
  its rank. Then the groups not reported and the reciprocal reviews.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- 2 Comparison or ranking                                       -->
  <!-- ============================================================ -->

  <xsl:template name="ranking">
    <xsl:variable name="chapter">
      <xsl:choose>
        <xsl:when test="$ranked">ranking</xsl:when>
        <xsl:otherwise>comparison</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <section class="chapter" id="{$chapter}">
      <xsl:call-template name="heading">
        <xsl:with-param name="n" select="'2'"/>
        <xsl:with-param name="key" select="concat('sum.', $chapter)"/>
      </xsl:call-template>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key">
            <xsl:value-of select="concat('sum.', $chapter, '-text')"/>
            <xsl:if test="$ranked"><xsl:value-of select="$graded-key"/></xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </p>
      <xsl:call-template name="ranked-note"/>
      <xsl:choose>
        <xsl:when test="$ranked">
          <xsl:call-template name="ranking-table"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="comparison-table"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="not-reported"/>
    </section>
  </xsl:template>

  <!-- Each agency's final score beside the mean of the agencies reviewed
       on the same top-level areas, and each area's score beside the
       area's mean, as the summary gives the differences. -->
  <xsl:template name="comparison-table">
    <table class="comparison">
      <thead>
        <tr>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.agency'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.period'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.final-score'"/></xsl:call-template></th>
          <xsl:if test="$s/e:periods">
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.change'"/></xsl:call-template></th>
          </xsl:if>
          <th scope="col" class="versus"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.same-themes'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.by-area'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'fig.met'"/></xsl:call-template></th>
          <xsl:if test="$grades">
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'fig.grade'"/></xsl:call-template></th>
          </xsl:if>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$listed">
          <xsl:for-each select="key('entry', concat(@agency, ' ', @period))">
            <tr data-agency="{@agency}" data-period="{@period}">
              <th scope="row"><xsl:value-of select="@agency"/></th>
              <td><xsl:value-of select="@period"/></td>
              <td class="num"><strong><xsl:call-template name="num"><xsl:with-param name="n" select="@final"/></xsl:call-template></strong></td>
              <xsl:if test="$s/e:periods">
                <xsl:call-template name="change-cell"/>
              </xsl:if>
              <td class="num versus">
                <xsl:choose>
                  <xsl:when test="@comparable">
                    <xsl:call-template name="signed"><xsl:with-param name="v" select="string(@difference)"/></xsl:call-template>
                    <br/>
                    <span class="since">
                      <xsl:call-template name="t">
                        <xsl:with-param name="key" select="'sum.same-themes-of'"/>
                        <xsl:with-param name="a1"><xsl:call-template name="num"><xsl:with-param name="n" select="@average"/></xsl:call-template></xsl:with-param>
                        <xsl:with-param name="a2" select="@comparable"/>
                      </xsl:call-template>
                    </span>
                  </xsl:when>
                  <xsl:otherwise>–</xsl:otherwise>
                </xsl:choose>
              </td>
              <td class="areas-versus">
                <xsl:for-each select="e:area[@difference]">
                  <span class="versus-area" data-area="{@id}">
                    <span class="id"><xsl:value-of select="@id"/></span>
                    <xsl:text> </xsl:text>
                    <xsl:call-template name="signed"><xsl:with-param name="v" select="string(@difference)"/></xsl:call-template>
                    <xsl:if test="position() != last()"><xsl:text> ·</xsl:text></xsl:if>
                  </span>
                  <xsl:text> </xsl:text>
                </xsl:for-each>
              </td>
              <td class="num"><xsl:call-template name="pct"><xsl:with-param name="n" select="@met"/></xsl:call-template></td>
              <xsl:if test="$grades">
                <td><xsl:call-template name="grade-cell"/></td>
              </xsl:if>
            </tr>
          </xsl:for-each>
        </xsl:for-each>
      </tbody>
    </table>
    <xsl:if test="$entries[not(@comparable)]">
      <p class="small muted"><xsl:call-template name="msg"><xsl:with-param name="key" select="'sum.no-same-themes'"/></xsl:call-template></p>
    </xsl:if>
  </xsl:template>

  <!-- The grade of the current entry, and the grade the cap lowered. -->
  <xsl:template name="grade-cell">
    <xsl:call-template name="grade-name"><xsl:with-param name="id" select="@grade"/></xsl:call-template>
    <xsl:if test="@uncapped-grade != @grade">
      <br/>
      <span class="capped">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'fig.capped'"/>
          <xsl:with-param name="a1">
            <xsl:call-template name="grade-name"><xsl:with-param name="id" select="@uncapped-grade"/></xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </span>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ranking-table">
    <table class="ranking">
      <thead>
        <tr>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.rank'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.agency'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.period'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.final-score'"/></xsl:call-template></th>
          <xsl:if test="$s/e:periods">
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.change'"/></xsl:call-template></th>
          </xsl:if>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.self-score'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'fig.gap'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'fig.met'"/></xsl:call-template></th>
          <xsl:if test="$grades">
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'fig.grade'"/></xsl:call-template></th>
          </xsl:if>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$entries">
          <tr data-agency="{@agency}" data-period="{@period}">
            <td class="num">
              <xsl:choose>
                <xsl:when test="@rank"><xsl:value-of select="@rank"/></xsl:when>
                <xsl:otherwise>–</xsl:otherwise>
              </xsl:choose>
            </td>
            <th scope="row"><xsl:value-of select="@agency"/></th>
            <td><xsl:value-of select="@period"/></td>
            <td class="num"><strong><xsl:call-template name="num"><xsl:with-param name="n" select="@final"/></xsl:call-template></strong></td>
            <xsl:if test="$s/e:periods">
              <xsl:call-template name="change-cell"/>
            </xsl:if>
            <td class="num"><xsl:call-template name="num"><xsl:with-param name="n" select="@self"/></xsl:call-template></td>
            <td class="num">
              <xsl:call-template name="gap"/>
            </td>
            <td class="num"><xsl:call-template name="pct"><xsl:with-param name="n" select="@met"/></xsl:call-template></td>
            <xsl:if test="$grades">
              <td><xsl:call-template name="grade-cell"/></td>
            </xsl:if>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template name="not-reported">
    <xsl:if test="$s/e:failed">
      <h3><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.not-reported'"/></xsl:call-template></h3>
      <p><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.not-reported-text'"/></xsl:call-template></p>
      <ul class="not-reported">
        <xsl:for-each select="$s/e:failed">
          <li data-agency="{@agency}" data-period="{@period}">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'sum.not-reported-item'"/>
              <xsl:with-param name="a1" select="@agency"/>
              <xsl:with-param name="a2" select="@period"/>
              <xsl:with-param name="a3" select="string(.)"/>
            </xsl:call-template>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
    <xsl:if test="$s/e:reciprocal">
      <div class="callout" id="reciprocal">
        <p><strong><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.reciprocal'"/></xsl:call-template></strong></p>
        <ul>
          <xsl:for-each select="$s/e:reciprocal">
            <li data-period="{@period}">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="'sum.reciprocal-item'"/>
                <xsl:with-param name="a1" select="@agency"/>
                <xsl:with-param name="a2" select="@other"/>
                <xsl:with-param name="a3" select="@period"/>
              </xsl:call-template>
            </li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
