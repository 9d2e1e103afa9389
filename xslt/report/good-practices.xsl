<?xml version="1.0" encoding="UTF-8"?>
<!--
  Peer-review report, chapter 1 continued: the good practices the review
  team found, as the results list them (good-practices, in scorecard
  order), each with its milestone: the lessons the peer reviews exist to
  share.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                exclude-result-prefixes="e">

  <xsl:template name="good-practices">
    <xsl:variable name="practices" select="$r/e:good-practices/e:practice"/>
    <xsl:if test="$practices">
      <h3 id="good-practices">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'gp.title'"/>
        </xsl:call-template>
      </h3>
      <p>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'gp.intro'"/>
          <xsl:with-param name="a1" select="$r/e:good-practices/@count"/>
        </xsl:call-template>
      </p>
      <ul class="good-practices">
        <xsl:for-each select="$practices">
          <xsl:variable name="leaf" select="key('leaf', @ref)"/>
          <li>
            <div>
              <xsl:apply-templates select="$leaf/e:peer/e:finding[position() = current()/@n]" mode="text"/>
            </div>
            <div class="small muted">
              <xsl:apply-templates select="$leaf" mode="ref"/>
            </div>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
