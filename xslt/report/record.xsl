<?xml version="1.0" encoding="UTF-8"?>
<!--
  Peer-review report: the review team's own words, before any score. At
  the start of chapter 1 the team's executive summary and the context of
  the review, then the units and functions the mission met and the
  documents it reviewed; at the top of each area's section, the team's
  conclusions on it. Each paragraph of the results (<p>) is a paragraph
  here. Nothing is shown of what the results do not give.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- The team's summary; with the mission (the full report), then the
       context, the units met and the documents reviewed. -->
  <xsl:template name="record">
    <xsl:param name="mission" select="true()"/>
    <xsl:variable name="pa" select="$r/e:peer-assessment"/>
    <xsl:variable name="shown" select="$pa/e:narrative/e:executive-summary
        | ($pa/e:narrative/e:context | $pa/e:interviews | $pa/e:documents)[$mission]"/>
    <xsl:if test="$shown">
      <div class="record" id="record">
        <xsl:for-each select="$pa/e:narrative/e:executive-summary">
          <xsl:call-template name="record-heading">
            <xsl:with-param name="key" select="'record.summary'"/>
          </xsl:call-template>
          <xsl:apply-templates select="e:p" mode="para"/>
        </xsl:for-each>
        <xsl:for-each select="$pa/e:narrative/e:context[$mission]">
          <xsl:call-template name="record-heading">
            <xsl:with-param name="key" select="'record.context'"/>
          </xsl:call-template>
          <xsl:apply-templates select="e:p" mode="para"/>
        </xsl:for-each>
        <xsl:for-each select="$pa/e:interviews[$mission]">
          <xsl:call-template name="record-heading">
            <xsl:with-param name="key" select="'record.interviews'"/>
          </xsl:call-template>
          <ul class="interviews">
            <xsl:for-each select="e:interview">
              <li>
                <xsl:apply-templates select="." mode="text"/>
                <xsl:if test="@date">
                  <xsl:text> </xsl:text>
                  <span class="muted num">
                    <xsl:text>(</xsl:text>
                    <xsl:call-template name="date">
                      <xsl:with-param name="d" select="@date"/>
                    </xsl:call-template>
                    <xsl:text>)</xsl:text>
                  </span>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:for-each>
        <xsl:for-each select="$pa/e:documents[$mission]">
          <xsl:call-template name="record-heading">
            <xsl:with-param name="key" select="'record.documents'"/>
          </xsl:call-template>
          <ul class="documents">
            <xsl:for-each select="e:document">
              <li>
                <xsl:apply-templates select="." mode="text"/>
                <xsl:if test="@ref or @date">
                  <xsl:text> </xsl:text>
                  <span class="muted">
                    <xsl:text>(</xsl:text>
                    <xsl:value-of select="@ref"/>
                    <xsl:if test="@ref and @date">, </xsl:if>
                    <xsl:if test="@date">
                      <xsl:call-template name="date">
                        <xsl:with-param name="d" select="@date"/>
                      </xsl:call-template>
                    </xsl:if>
                    <xsl:text>)</xsl:text>
                  </span>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The team's conclusions on the current area, at the top of its section. -->
  <xsl:template name="area-conclusions">
    <xsl:for-each select="$r/e:peer-assessment/e:narrative/e:conclusions[@area = current()/@id]">
      <div class="conclusions" data-conclusions="{@area}">
        <h4>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'record.conclusions'"/>
          </xsl:call-template>
        </h4>
        <xsl:apply-templates select="e:p" mode="para"/>
      </div>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="record-heading">
    <xsl:param name="key"/>
    <h3>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="$key"/>
      </xsl:call-template>
    </h3>
  </xsl:template>

  <xsl:template match="e:p" mode="para">
    <p dir="auto">
      <xsl:if test="@xml:lang">
        <xsl:attribute name="lang">
          <xsl:value-of select="@xml:lang"/>
        </xsl:attribute>
      </xsl:if>
      <xsl:value-of select="normalize-space(.)"/>
    </p>
  </xsl:template>

</xsl:stylesheet>
