<?xml version="1.0" encoding="UTF-8"?>
<!--
  System-wide report, chapter 5: the milestones most often unmet, the
  first top-unmet of the summary's leaves (already in that order).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- 5 Most often unmet                                            -->
  <!-- ============================================================ -->

  <xsl:template name="unmet">
    <xsl:variable name="leaves" select="$s/e:leaves/e:leaf"/>
    <section class="chapter" id="unmet">
      <xsl:call-template name="heading">
        <xsl:with-param name="n" select="'5'"/>
        <xsl:with-param name="key" select="'sum.unmet'"/>
      </xsl:call-template>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'sum.unmet-text'"/>
          <xsl:with-param name="a1" select="number($top-unmet)"/>
        </xsl:call-template>
      </p>
      <xsl:choose>
        <xsl:when test="not($leaves)">
          <p class="muted"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.unmet-none'"/></xsl:call-template></p>
        </xsl:when>
        <xsl:otherwise>
          <table class="unmet">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.id'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.item'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.agencies-unmet'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.share'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'status.partial'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'status.not-started'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'status.missing'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$leaves[position() &lt;= number($top-unmet)]">
                  <xsl:variable name="count" select="@unmet"/>
                  <xsl:variable name="leaf" select="."/>
                  <tr data-id="{@id}">
                    <th scope="row"><span class="id"><xsl:value-of select="@id"/></span></th>
                    <td>
                      <xsl:apply-templates select="$leaf" mode="text"/>
                      <xsl:if test="$leaf/@mandatory = 'true'">
                        <xsl:text> </xsl:text>
                        <span class="flag flag-mandatory-unmet"><xsl:call-template name="t"><xsl:with-param name="key" select="'leaf.mandatory'"/></xsl:call-template></span>
                      </xsl:if>
                      <br/>
                      <span class="small muted">
                        <xsl:value-of select="concat($leaf/@area, ' ')"/>
                        <xsl:apply-templates select="key('area', $leaf/@area)" mode="text"/>
                      </span>
                    </td>
                    <td class="num"><strong><xsl:value-of select="$count"/></strong></td>
                    <td class="num">
                      <xsl:call-template name="pct">
                        <xsl:with-param name="n" select="@share"/>
                      </xsl:call-template>
                    </td>
                    <td class="num"><xsl:value-of select="@partial"/></td>
                    <td class="num"><xsl:value-of select="@not-started"/></td>
                    <td class="num"><xsl:value-of select="@missing"/></td>
                  </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

</xsl:stylesheet>
