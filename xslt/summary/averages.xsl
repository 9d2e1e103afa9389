<?xml version="1.0" encoding="UTF-8"?>
<!--
  System-wide report, chapter 4: the averages by top-level area.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- 4 Averages by area                                            -->
  <!-- ============================================================ -->

  <xsl:template name="area-averages">
    <section class="chapter" id="averages">
      <xsl:call-template name="heading">
        <xsl:with-param name="n" select="'4'"/>
        <xsl:with-param name="key" select="'sum.averages'"/>
      </xsl:call-template>
      <p><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.averages-text'"/></xsl:call-template></p>
      <table class="averages">
        <thead>
          <tr>
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.id'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.area'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.self-score'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.final-score'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'fig.gap'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$s/e:averages/e:area">
            <tr data-area="{@id}">
              <th scope="row"><span class="id"><xsl:value-of select="@id"/></span></th>
              <td><xsl:apply-templates select="key('area', @id)" mode="text"/></td>
              <td class="num"><xsl:call-template name="num"><xsl:with-param name="n" select="@self"/></xsl:call-template></td>
              <td class="num"><strong><xsl:call-template name="num"><xsl:with-param name="n" select="@final"/></xsl:call-template></strong></td>
              <td class="num">
                <xsl:call-template name="gap"/>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
        <tfoot>
          <tr data-area="">
            <th scope="row" colspan="2"><xsl:call-template name="t"><xsl:with-param name="key" select="'chart.overall'"/></xsl:call-template></th>
            <td class="num"><xsl:call-template name="num"><xsl:with-param name="n" select="$s/e:averages/@self"/></xsl:call-template></td>
            <td class="num"><xsl:call-template name="num"><xsl:with-param name="n" select="$s/e:averages/@final"/></xsl:call-template></td>
            <td class="num">
              <xsl:for-each select="$s/e:averages"><xsl:call-template name="gap"/></xsl:for-each>
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  </xsl:template>

</xsl:stylesheet>
