<?xml version="1.0" encoding="UTF-8"?>
<!--
  System-wide report, chapter 2: the ranking, one row per entry in the
  summary's order with its rank.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- 2 Ranking                                                     -->
  <!-- ============================================================ -->

  <xsl:template name="ranking">
    <section class="chapter" id="ranking">
      <xsl:call-template name="heading">
        <xsl:with-param name="n" select="'2'"/>
        <xsl:with-param name="key" select="'sum.ranking'"/>
      </xsl:call-template>
      <p><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.ranking-text'"/></xsl:call-template></p>
      <xsl:call-template name="ranked-note"/>
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
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'fig.grade'"/></xsl:call-template></th>
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
              <td>
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
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
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
    </section>
  </xsl:template>

</xsl:stylesheet>
