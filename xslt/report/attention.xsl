<?xml version="1.0" encoding="UTF-8"?>
<!--
  Peer-review report, chapter 3: what needs attention, one group per
  reason of the results' attention list, and one line per leaf on why.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- 3 What needs attention                                        -->
  <!-- ============================================================ -->

  <xsl:template name="attention">
    <xsl:variable name="reasons" select="$r/e:attention/e:reason"/>
    <section class="chapter" id="attention">
      <xsl:call-template name="chapter-title">
        <xsl:with-param name="n" select="'3'"/>
        <xsl:with-param name="key" select="'sec.attention'"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="not($reasons)">
          <p>
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'att.none'"/>
            </xsl:call-template>
          </p>
        </xsl:when>
        <xsl:otherwise>
          <p>
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="concat('att.intro', $graded-key)"/>
            </xsl:call-template>
          </p>
          <xsl:apply-templates select="$reasons" mode="attention"/>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- One reason, with the leaves it lists. -->
  <xsl:template match="e:reason" mode="attention">
    <xsl:variable name="kind" select="string(@id)"/>
    <div class="att-group" data-attention="{$kind}">
      <h3>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="concat('att.', $kind)"/>
        </xsl:call-template>
        <span class="muted">
          <xsl:value-of select="concat(' (', @count, ')')"/>
        </span>
      </h3>
      <p class="small muted">
        <xsl:call-template name="msg">
          <xsl:with-param name="key">
            <xsl:call-template name="flag-key">
              <xsl:with-param name="head" select="'att'"/>
              <xsl:with-param name="flag" select="$kind"/>
              <xsl:with-param name="part" select="'why'"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </p>
      <ul>
        <xsl:for-each select="key('leaf', e:item/@ref)">
          <li>
            <xsl:apply-templates select="." mode="ref"/>
            <xsl:text>: </xsl:text>
            <span class="muted">
              <xsl:call-template name="attention-detail">
                <xsl:with-param name="kind" select="$kind"/>
              </xsl:call-template>
            </span>
          </li>
        </xsl:for-each>
      </ul>
    </div>
  </xsl:template>

  <!-- One line on why the current leaf is listed: only the levels its
       message names are looked up. -->
  <xsl:template name="attention-detail">
    <xsl:param name="kind"/>
    <xsl:call-template name="t">
      <xsl:with-param name="key" select="concat('att.', $kind, '.item')"/>
      <xsl:with-param name="a1">
        <xsl:choose>
          <xsl:when test="$kind = 'unsupported' or $kind = 'overclaim'">
            <xsl:call-template name="level-name">
              <xsl:with-param name="id" select="@self-level"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$kind = 'disagreement'">
            <xsl:call-template name="ratings-text"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="level-name">
              <xsl:with-param name="id" select="@final-level"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="a2">
        <xsl:choose>
          <xsl:when test="$kind = 'overclaim'">
            <xsl:call-template name="level-name">
              <xsl:with-param name="id" select="@peer-level"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="level-name">
              <xsl:with-param name="id" select="@final-effective"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="a3" select="translate(normalize-space(@requires), ' ', ',')"/>
      <xsl:with-param name="a4">
        <!-- Only the mandatory milestones' line names the status. -->
        <xsl:if test="$kind = 'mandatory-unmet'">
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="concat('status.', @status)"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
