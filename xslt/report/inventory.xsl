<?xml version="1.0" encoding="UTF-8"?>
<!--
  The report's greenhouse-gas inventory chapter: emissions by source as a
  stacked bar and a table (with the change since the baseline), by scope,
  the per-person figure with its denominator, and the offsets. Included by
  peer-review.xsl. Every figure, share and segment start is computed by
  emscore and read from <inventory> in the results; this only lays out.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                exclude-result-prefixes="e">

  <!-- Its line in the table of contents, when there is an inventory. -->
  <xsl:template name="inventory-contents">
    <xsl:if test="$r/e:inventory">
      <li><a href="#inventory">5 <xsl:call-template name="msg"><xsl:with-param name="key" select="'sec.inventory'"/></xsl:call-template></a></li>
    </xsl:if>
  </xsl:template>

  <xsl:template name="inventory-section">
    <xsl:param name="n" select="'5'"/>
    <xsl:for-each select="$r/e:inventory">
      <section class="chapter" id="inventory">
        <xsl:call-template name="chapter-title">
          <xsl:with-param name="n" select="$n"/>
          <xsl:with-param name="key" select="'sec.inventory'"/>
        </xsl:call-template>
        <p>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'inventory.total'"/>
            <xsl:with-param name="a1" select="@period"/>
            <xsl:with-param name="a2"><xsl:call-template name="value"><xsl:with-param name="n" select="@tco2e"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'inventory.per-person'"/>
            <xsl:with-param name="a1"><xsl:call-template name="value"><xsl:with-param name="n" select="@per-person"/></xsl:call-template></xsl:with-param>
            <xsl:with-param name="a2"><xsl:call-template name="value"><xsl:with-param name="n" select="@personnel"/></xsl:call-template></xsl:with-param>
            <xsl:with-param name="a3"><xsl:call-template name="value"><xsl:with-param name="n" select="@covered"/></xsl:call-template></xsl:with-param>
            <xsl:with-param name="a4"><xsl:call-template name="value"><xsl:with-param name="n" select="@coverage"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'inventory.air'"/>
            <xsl:with-param name="a1"><xsl:call-template name="value"><xsl:with-param name="n" select="@air-travel-per-person"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </p>
        <p class="inventory-baseline">
          <xsl:choose>
            <xsl:when test="@reduction">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="'inventory.baseline'"/>
                <xsl:with-param name="a1" select="@baseline"/>
                <xsl:with-param name="a2"><xsl:call-template name="value"><xsl:with-param name="n" select="@baseline-tco2e"/></xsl:call-template></xsl:with-param>
                <xsl:with-param name="a3"><xsl:call-template name="value"><xsl:with-param name="n" select="@reduction"/></xsl:call-template></xsl:with-param>
              </xsl:call-template>
            </xsl:when>
            <xsl:when test="@baseline">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="'inventory.no-baseline'"/>
                <xsl:with-param name="a1" select="@baseline"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'inventory.no-baseline-named'"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </p>
        <figure>
          <xsl:call-template name="inventory-bars"/>
          <figcaption>
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'inventory.caption'"/>
            </xsl:call-template>
          </figcaption>
        </figure>
        <xsl:call-template name="inventory-table"/>
        <h3>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'inventory.offsets-title'"/>
          </xsl:call-template>
        </h3>
        <p class="inventory-offsets">
          <xsl:choose>
            <xsl:when test="e:offset">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="'inventory.offsets'"/>
                <xsl:with-param name="a1"><xsl:call-template name="value"><xsl:with-param name="n" select="@offsets-tco2e"/></xsl:call-template></xsl:with-param>
                <xsl:with-param name="a2"><xsl:call-template name="value"><xsl:with-param name="n" select="@offset"/></xsl:call-template></xsl:with-param>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'inventory.no-offsets'"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </p>
        <xsl:if test="e:offset">
          <ul class="inventory-offset-list">
            <xsl:for-each select="e:offset">
              <li>
                <xsl:call-template name="value"><xsl:with-param name="n" select="@tco2e"/></xsl:call-template>
                <xsl:value-of select="concat(' tCO2e · ', @standard)"/>
                <xsl:if test="@registry">
                  <xsl:value-of select="concat(' · ', @registry)"/>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:if>
      </section>
    </xsl:for-each>
  </xsl:template>

  <!-- On an indicator's card: the value computed from the inventory. -->
  <xsl:template name="inventory-computed">
    <xsl:if test="@computed">
      <p class="computed">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'leaf.computed'"/>
          <xsl:with-param name="a1">
            <xsl:call-template name="value"><xsl:with-param name="n" select="@computed"/></xsl:call-template>
            <xsl:if test="@unit">
              <xsl:value-of select="concat(' ', @unit)"/>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- The typed values of an inconsistent indicator: the self-assessment's,
       then the review team's. -->
  <xsl:template name="inventory-typed">
    <xsl:for-each select="e:self | e:peer">
      <xsl:if test="position() &gt; 1">, </xsl:if>
      <xsl:call-template name="value"><xsl:with-param name="n" select="@value"/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- Two stacked bars, by source and by scope, each segment from its
       share-from over its share of the width; a legend below each. -->
  <xsl:template name="inventory-bars">
    <xsl:variable name="w" select="600"/>
    <xsl:variable name="sources" select="e:source[@share]"/>
    <xsl:variable name="scopes" select="e:scope[@share]"/>
    <xsl:variable name="legend-rows" select="ceiling(count($sources) div 2)"/>
    <xsl:variable name="scope-y" select="60 + $legend-rows * 18 + 20"/>
    <xsl:variable name="height" select="$scope-y + 40 + 2 * 18 + 10"/>
    <svg viewBox="0 0 720 {$height}" width="720" height="{$height}" role="img"
         aria-labelledby="inventory-chart-title" direction="ltr" font-size="12"
         class="inventory-chart">
      <title id="inventory-chart-title">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'inventory.chart-title'"/>
        </xsl:call-template>
      </title>
      <text x="10" y="16" font-weight="bold">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'inventory.by-source'"/>
        </xsl:call-template>
      </text>
      <xsl:call-template name="inventory-stack">
        <xsl:with-param name="parts" select="$sources"/>
        <xsl:with-param name="y" select="24"/>
        <xsl:with-param name="w" select="$w"/>
      </xsl:call-template>
      <text x="10" y="{$scope-y - 8}" font-weight="bold">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'inventory.by-scope'"/>
        </xsl:call-template>
      </text>
      <xsl:call-template name="inventory-stack">
        <xsl:with-param name="parts" select="$scopes"/>
        <xsl:with-param name="y" select="$scope-y"/>
        <xsl:with-param name="w" select="$w"/>
      </xsl:call-template>
    </svg>
  </xsl:template>

  <xsl:template name="inventory-table">
    <table class="inventory-table">
      <thead>
        <tr>
          <th><xsl:call-template name="msg"><xsl:with-param name="key" select="'inventory.col.source'"/></xsl:call-template></th>
          <th><xsl:call-template name="msg"><xsl:with-param name="key" select="'inventory.col.scope'"/></xsl:call-template></th>
          <th class="num">tCO2e</th>
          <th class="num"><xsl:call-template name="msg"><xsl:with-param name="key" select="'inventory.col.share'"/></xsl:call-template></th>
          <xsl:if test="@baseline-tco2e">
            <th class="num">
              <xsl:call-template name="t">
                <xsl:with-param name="key" select="'inventory.col.baseline'"/>
                <xsl:with-param name="a1" select="@baseline"/>
              </xsl:call-template>
            </th>
            <th class="num"><xsl:call-template name="msg"><xsl:with-param name="key" select="'inventory.col.change'"/></xsl:call-template></th>
          </xsl:if>
          <th><xsl:call-template name="msg"><xsl:with-param name="key" select="'inventory.col.activity'"/></xsl:call-template></th>
          <th><xsl:call-template name="msg"><xsl:with-param name="key" select="'inventory.col.factor'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:variable name="with-baseline" select="boolean(@baseline-tco2e)"/>
        <xsl:for-each select="e:source">
          <tr data-source="{@id}">
            <td><xsl:call-template name="inventory-label"/></td>
            <td><xsl:value-of select="@scope"/></td>
            <td class="num"><xsl:call-template name="value"><xsl:with-param name="n" select="@tco2e"/></xsl:call-template></td>
            <td class="num"><xsl:call-template name="value"><xsl:with-param name="n" select="@share"/></xsl:call-template></td>
            <xsl:if test="$with-baseline">
              <td class="num"><xsl:call-template name="value"><xsl:with-param name="n" select="@baseline-tco2e"/></xsl:call-template></td>
              <td class="num">
                <xsl:if test="@change">
                  <xsl:if test="@change &gt; 0">+</xsl:if>
                  <xsl:call-template name="value"><xsl:with-param name="n" select="@change"/></xsl:call-template>
                </xsl:if>
              </td>
            </xsl:if>
            <td>
              <xsl:if test="@activity">
                <xsl:call-template name="value"><xsl:with-param name="n" select="@activity"/></xsl:call-template>
                <xsl:value-of select="concat(' ', @activity-unit)"/>
              </xsl:if>
            </td>
            <td>
              <xsl:if test="@factor">
                <xsl:call-template name="value"><xsl:with-param name="n" select="@factor"/></xsl:call-template>
                <xsl:value-of select="concat(' ', @factor-unit)"/>
                <xsl:if test="@factor-source">
                  <xsl:value-of select="concat(' (', @factor-source, ')')"/>
                </xsl:if>
              </xsl:if>
            </td>
          </tr>
        </xsl:for-each>
        <xsl:for-each select="e:scope">
          <tr class="inventory-scope" data-scope="{@n}">
            <td><xsl:call-template name="inventory-label"/></td>
            <td/>
            <td class="num"><xsl:call-template name="value"><xsl:with-param name="n" select="@tco2e"/></xsl:call-template></td>
            <td class="num"><xsl:call-template name="value"><xsl:with-param name="n" select="@share"/></xsl:call-template></td>
            <xsl:if test="$with-baseline"><td/><td/></xsl:if>
            <td/>
            <td/>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

</xsl:stylesheet>
