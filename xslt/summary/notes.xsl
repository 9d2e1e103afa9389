<?xml version="1.0" encoding="UTF-8"?>
<!--
  System-wide report: notes on how the figures are made; the grades and
  their rule when the scorecard has grades.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- Notes                                                         -->
  <!-- ============================================================ -->

  <xsl:template name="notes">
    <section class="chapter" id="notes">
      <xsl:call-template name="heading">
        <xsl:with-param name="n" select="''"/>
        <xsl:with-param name="key" select="'sum.notes'"/>
      </xsl:call-template>
      <p><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.note-averages'"/></xsl:call-template></p>
      <p>
        <xsl:choose>
          <xsl:when test="$ranked">
            <xsl:call-template name="t"><xsl:with-param name="key" select="'sum.note-rank'"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="t"><xsl:with-param name="key" select="'sum.note-compare'"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </p>
      <p><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.note-unmet'"/></xsl:call-template></p>
      <xsl:if test="$grades">
        <p>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'annex.grade-rule'"/>
            <xsl:with-param name="a1">
              <xsl:call-template name="grade-name">
                <xsl:with-param name="id" select="$s/e:methodology/e:grades/@mandatory-cap"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </p>
        <table id="grades">
          <thead>
            <tr>
              <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.grade'"/></xsl:call-template></th>
              <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.min'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.description'"/></xsl:call-template></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$grades">
              <tr>
                <th scope="row"><xsl:call-template name="grade-name"><xsl:with-param name="id" select="@id"/></xsl:call-template></th>
                <td class="num"><xsl:call-template name="num"><xsl:with-param name="n" select="@min"/></xsl:call-template></td>
                <td><xsl:apply-templates select="." mode="text"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:if>
    </section>
  </xsl:template>

</xsl:stylesheet>
