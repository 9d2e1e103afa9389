<?xml version="1.0" encoding="UTF-8"?>
<!--
  System-wide report, chapter 6: periods. What the ranking shows (each
  agency's latest period, or one period), the average scores of every
  period of the inputs, overall and by top-level area, and how many of
  the earlier recommendations followed up were implemented. Every figure
  comes from the summary's periods element; the change of each ranked
  agency is printed beside its score in the ranking (the change template
  below).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- The change of the current element's final score since its entry's
       previous period: signed, n/a when either score is, "first period"
       when the entry has none. -->
  <xsl:template name="change">
    <xsl:param name="entry" select="."/>
    <xsl:choose>
      <xsl:when test="not($entry/@previous)">
        <span class="first-period">
          <xsl:call-template name="t"><xsl:with-param name="key" select="'sum.first-period'"/></xsl:call-template>
        </span>
      </xsl:when>
      <xsl:when test="@change = 'na'">
        <xsl:value-of select="$na-word"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="@change &gt; 0">+</xsl:if>
        <xsl:call-template name="num"><xsl:with-param name="n" select="@change"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The ranking's column of changes: the figure and the period it is
       measured from. -->
  <xsl:template name="change-cell">
    <td class="num change">
      <xsl:call-template name="change"/>
      <xsl:if test="@previous">
        <br/>
        <span class="since">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'sum.since'"/>
            <xsl:with-param name="a1" select="@previous"/>
          </xsl:call-template>
        </span>
      </xsl:if>
    </td>
  </xsl:template>

  <!-- What the ranking shows, said once above it. -->
  <xsl:template name="ranked-note">
    <xsl:variable name="p" select="$s/e:periods"/>
    <xsl:if test="$p">
      <p class="ranked">
        <xsl:choose>
          <xsl:when test="$p/@ranked = 'period'">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'sum.ranked-period'"/>
              <xsl:with-param name="a1" select="$p/@period"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="t"><xsl:with-param name="key" select="'sum.ranked-latest'"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- 6 Periods                                                     -->
  <!-- ============================================================ -->

  <xsl:template name="periods">
    <xsl:variable name="p" select="$s/e:periods"/>
    <xsl:if test="$p">
      <section class="chapter" id="periods">
        <xsl:call-template name="heading">
          <xsl:with-param name="n" select="'6'"/>
          <xsl:with-param name="key" select="'sum.periods'"/>
        </xsl:call-template>
        <p><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.periods-text'"/></xsl:call-template></p>
        <table class="periods">
          <thead>
            <tr>
              <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.id'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.area'"/></xsl:call-template></th>
              <xsl:for-each select="$p/e:period">
                <th scope="col" class="num" data-period="{@id}"><xsl:value-of select="@id"/></th>
              </xsl:for-each>
            </tr>
          </thead>
          <tbody>
            <tr data-area="">
              <th scope="row" colspan="2"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.period-agencies'"/></xsl:call-template></th>
              <xsl:for-each select="$p/e:period">
                <td class="num"><xsl:value-of select="@agencies"/></td>
              </xsl:for-each>
            </tr>
            <tr data-area="">
              <th scope="row" colspan="2"><xsl:call-template name="t"><xsl:with-param name="key" select="'chart.overall'"/></xsl:call-template></th>
              <xsl:for-each select="$p/e:period">
                <td class="num"><strong><xsl:call-template name="num"><xsl:with-param name="n" select="@final"/></xsl:call-template></strong></td>
              </xsl:for-each>
            </tr>
            <!-- The areas in the summary's order: each period lists them all. -->
            <xsl:for-each select="$p/e:period[1]/e:area">
              <xsl:variable name="i" select="position()"/>
              <tr data-area="{@id}">
                <th scope="row"><span class="id"><xsl:value-of select="@id"/></span></th>
                <td><xsl:apply-templates select="key('area', @id)" mode="text"/></td>
                <xsl:for-each select="$p/e:period">
                  <td class="num"><xsl:call-template name="num"><xsl:with-param name="n" select="e:area[$i]/@final"/></xsl:call-template></td>
                </xsl:for-each>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
        <p class="note"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.periods-note'"/></xsl:call-template></p>
        <h3><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.implementation'"/></xsl:call-template></h3>
        <xsl:for-each select="$p/e:implementation">
          <p class="implementation" data-rate="{@rate}">
            <xsl:choose>
              <xsl:when test="@rate = 'na'">
                <xsl:call-template name="t"><xsl:with-param name="key" select="'sum.implementation-none'"/></xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="'sum.implementation-text'"/>
                  <xsl:with-param name="a1" select="@implemented"/>
                  <xsl:with-param name="a2" select="@followed-up"/>
                  <xsl:with-param name="a3">
                    <xsl:call-template name="pct"><xsl:with-param name="n" select="@rate"/></xsl:call-template>
                  </xsl:with-param>
                  <xsl:with-param name="a4" select="@agencies"/>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </p>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
