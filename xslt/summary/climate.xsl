<?xml version="1.0" encoding="UTF-8"?>
<!--
  System-wide report, chapter 6: the system's greenhouse-gas emissions,
  from the summary's <climate>. Per period a stacked bar by source and by
  scope, a table by source and scope, and the agencies' contributions.
  Every total, share, segment start and per-person figure is computed by
  emscore; this only lays them out and scales the bars.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                exclude-result-prefixes="e">

  <!-- ============================================================ -->
  <!-- 7 Greenhouse-gas emissions (6 without periods)                -->
  <!-- ============================================================ -->

  <xsl:template name="climate">
    <xsl:if test="$s/e:climate">
      <section class="chapter" id="climate">
        <xsl:call-template name="heading">
          <!-- after the periods' chapter, where there is one -->
          <xsl:with-param name="n">
            <xsl:choose>
              <xsl:when test="$s/e:periods">7</xsl:when>
              <xsl:otherwise>6</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="key" select="'sum.climate'"/>
        </xsl:call-template>
        <p><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.climate-text'"/></xsl:call-template></p>
        <xsl:for-each select="$s/e:climate/e:period">
          <xsl:call-template name="climate-period"/>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="climate-period">
    <div class="climate-period" data-period="{@id}">
      <h3>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'sum.climate-period'"/>
          <xsl:with-param name="a1" select="@id"/>
          <xsl:with-param name="a2"><xsl:call-template name="value"><xsl:with-param name="n" select="@tco2e"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="a3" select="@agencies"/>
        </xsl:call-template>
      </h3>
      <xsl:if test="@per-person">
        <p class="climate-per-person">
          <xsl:call-template name="t">
            <xsl:with-param name="key">
              <xsl:choose>
                <xsl:when test="@personnel-tco2e">sum.climate-per-person-part</xsl:when>
                <xsl:otherwise>sum.climate-per-person</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
            <xsl:with-param name="a1"><xsl:call-template name="value"><xsl:with-param name="n" select="@per-person"/></xsl:call-template></xsl:with-param>
            <xsl:with-param name="a2"><xsl:call-template name="value"><xsl:with-param name="n" select="@personnel"/></xsl:call-template></xsl:with-param>
            <xsl:with-param name="a3"><xsl:call-template name="value"><xsl:with-param name="n" select="@personnel-tco2e"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </p>
      </xsl:if>
      <xsl:if test="e:source[@share]">
        <figure>
          <xsl:call-template name="climate-bars"/>
          <figcaption><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.climate-caption'"/></xsl:call-template></figcaption>
        </figure>
      </xsl:if>
      <xsl:call-template name="climate-sources"/>
      <h4><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.climate-agencies'"/></xsl:call-template></h4>
      <xsl:call-template name="climate-agencies"/>
    </div>
  </xsl:template>

  <!-- The period's bars by source and by scope (report/ghg-chart.xsl). -->
  <xsl:template name="climate-bars">
    <xsl:variable name="w" select="600"/>
    <xsl:variable name="legend-rows" select="ceiling(count(e:source[@share]) div 2)"/>
    <xsl:variable name="scope-y" select="60 + $legend-rows * 18 + 20"/>
    <xsl:variable name="height" select="$scope-y + 40 + 2 * 18 + 10"/>
    <svg viewBox="0 0 720 {$height}" width="720" height="{$height}" role="img"
         aria-labelledby="climate-chart-{@id}" direction="ltr" font-size="12"
         class="inventory-chart climate-chart">
      <title id="climate-chart-{@id}">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'sum.climate-chart'"/>
          <xsl:with-param name="a1" select="@id"/>
        </xsl:call-template>
      </title>
      <text x="10" y="16" font-weight="bold"><xsl:call-template name="t"><xsl:with-param name="key" select="'inventory.by-source'"/></xsl:call-template></text>
      <xsl:call-template name="inventory-stack">
        <xsl:with-param name="parts" select="e:source[@share]"/>
        <xsl:with-param name="y" select="24"/>
        <xsl:with-param name="w" select="$w"/>
      </xsl:call-template>
      <text x="10" y="{$scope-y - 8}" font-weight="bold"><xsl:call-template name="t"><xsl:with-param name="key" select="'inventory.by-scope'"/></xsl:call-template></text>
      <xsl:call-template name="inventory-stack">
        <xsl:with-param name="parts" select="e:scope[@share]"/>
        <xsl:with-param name="y" select="$scope-y"/>
        <xsl:with-param name="w" select="$w"/>
      </xsl:call-template>
    </svg>
  </xsl:template>

  <xsl:template name="climate-share">
    <td class="num"><xsl:call-template name="value"><xsl:with-param name="n" select="@tco2e"/></xsl:call-template></td>
    <td class="num">
      <xsl:if test="@share">
        <xsl:call-template name="value"><xsl:with-param name="n" select="@share"/></xsl:call-template>
      </xsl:if>
    </td>
  </xsl:template>

  <xsl:template name="climate-sources">
    <table class="climate-sources">
      <thead>
        <tr>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'inventory.col.source'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'inventory.col.scope'"/></xsl:call-template></th>
          <th scope="col" class="num">tCO2e</th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'inventory.col.share'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="e:source">
          <tr data-source="{@id}" data-scope="{@scope}">
            <th scope="row"><xsl:call-template name="inventory-label"/></th>
            <td><xsl:value-of select="@scope"/></td>
            <xsl:call-template name="climate-share"/>
          </tr>
        </xsl:for-each>
        <xsl:for-each select="e:scope">
          <tr class="inventory-scope" data-scope="{@n}">
            <th scope="row" colspan="2"><xsl:call-template name="inventory-label"/></th>
            <xsl:call-template name="climate-share"/>
          </tr>
        </xsl:for-each>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colspan="2"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.climate-total'"/></xsl:call-template></th>
          <td class="num"><xsl:call-template name="value"><xsl:with-param name="n" select="@tco2e"/></xsl:call-template></td>
          <td/>
        </tr>
      </tfoot>
    </table>
  </xsl:template>

  <xsl:template name="climate-agencies">
    <table class="climate-agencies">
      <thead>
        <tr>
          <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.agency'"/></xsl:call-template></th>
          <th scope="col" class="num">tCO2e</th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'inventory.col.share'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.climate-personnel'"/></xsl:call-template></th>
          <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.climate-per-person-col'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="e:agency">
          <tr data-agency="{@id}">
            <th scope="row">
              <xsl:value-of select="@id"/>
              <xsl:if test="@inventory-only = 'true'">
                <xsl:text> </xsl:text>
                <span class="capped"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.climate-inventory-only'"/></xsl:call-template></span>
              </xsl:if>
            </th>
            <xsl:call-template name="climate-share"/>
            <td class="num"><xsl:call-template name="value"><xsl:with-param name="n" select="@personnel"/></xsl:call-template></td>
            <td class="num"><xsl:call-template name="value"><xsl:with-param name="n" select="@per-person"/></xsl:call-template></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

</xsl:stylesheet>
