<?xml version="1.0" encoding="UTF-8"?>
<!--
  System-wide report: lessons from the reviews, as the summary's digest
  gives them: every good practice the review teams found, by milestone,
  and the milestones where they found gaps most often.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                exclude-result-prefixes="e">

  <xsl:template name="digest">
    <xsl:variable name="d" select="$s/e:digest"/>
    <xsl:if test="$d">
      <section class="chapter" id="digest">
        <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.digest'"/></xsl:call-template></h2>
        <xsl:if test="$d/e:practice">
          <h3><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.digest-practices'"/></xsl:call-template></h3>
          <ul class="digest-practices">
            <xsl:for-each select="$d/e:practice">
              <li data-ref="{@ref}">
                <span dir="auto"><xsl:value-of select="normalize-space(.)"/></span>
                <xsl:text> </xsl:text>
                <span class="muted small">
                  <xsl:value-of select="concat('(', @agency, ' ', @period, ', ', @ref, ')')"/>
                </span>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:if>
        <xsl:if test="$d/e:gap">
          <h3><xsl:call-template name="t"><xsl:with-param name="key" select="'sum.digest-gaps'"/></xsl:call-template></h3>
          <ul class="digest-gaps">
            <xsl:for-each select="$d/e:gap">
              <li data-ref="{@ref}">
                <xsl:call-template name="t">
                  <xsl:with-param name="key" select="'sum.digest-gap'"/>
                  <xsl:with-param name="a1" select="@ref"/>
                  <xsl:with-param name="a2" select="@agencies"/>
                  <xsl:with-param name="a3"><xsl:call-template name="pct"><xsl:with-param name="n" select="@share"/></xsl:call-template></xsl:with-param>
                </xsl:call-template>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
