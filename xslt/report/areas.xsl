<?xml version="1.0" encoding="UTF-8"?>
<!--
  Peer-review report, chapter 4: one section per area, with the review
  team's conclusions on it (record.xsl), its figures and the table of its
  sub-areas, milestones and indicators; the cards follow (cards.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- 4 Results by area                                             -->
  <!-- ============================================================ -->

  <!-- The headings of every area's table, looked up once. -->
  <xsl:variable name="w.col.id"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.id'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.col.item"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.item'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.col.weight"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.weight'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.col.self-level"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.self-level'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.col.peer-level"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.peer-level'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.col.self-score"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.self-score'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.col.final-score"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.final-score'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.col.status"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.status'"/></xsl:call-template></xsl:variable>

  <xsl:template name="areas">
    <section class="chapter" id="areas">
      <xsl:call-template name="chapter-title">
        <xsl:with-param name="n" select="'4'"/>
        <xsl:with-param name="key" select="'sec.areas'"/>
      </xsl:call-template>
      <p>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'areas.intro'"/>
        </xsl:call-template>
      </p>
      <xsl:for-each select="$r/e:area">
        <xsl:apply-templates select=".">
          <xsl:with-param name="n" select="concat('4.', position())"/>
        </xsl:apply-templates>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template match="e:area">
    <xsl:param name="n"/>
    <section class="area" id="area-{@id}" data-area="{@id}">
      <xsl:element name="{substring('h3h4', 1 + 2 * number(not(parent::e:results)), 2)}">
        <xsl:value-of select="concat($n, ' ')"/>
        <span class="id"><xsl:value-of select="@id"/></span>
        <xsl:text> </xsl:text>
        <xsl:apply-templates select="e:title" mode="text"/>
      </xsl:element>
      <xsl:call-template name="area-conclusions"/>
      <p class="area-head">
        <span>
          <xsl:copy-of select="$w.col.final-score"/>
          <xsl:text> </xsl:text>
          <strong class="num" data-k="final">
            <xsl:call-template name="score-text">
              <xsl:with-param name="n" select="@final"/>
            </xsl:call-template>
          </strong>
        </span>
        <span>
          <xsl:copy-of select="$w.col.self-score"/>
          <xsl:text> </xsl:text>
          <span class="num" data-k="self">
            <xsl:call-template name="score-text">
              <xsl:with-param name="n" select="@self"/>
            </xsl:call-template>
          </span>
        </span>
        <span>
          <xsl:copy-of select="$w.col.weight"/>
          <xsl:text> </xsl:text>
          <span class="num" data-k="weight">
            <xsl:call-template name="value">
              <xsl:with-param name="n" select="@weight"/>
            </xsl:call-template>
          </span>
          <xsl:if test="@counted = 'false'">
            <xsl:text> (</xsl:text>
            <xsl:copy-of select="$w.not-counted"/>
            <xsl:text>)</xsl:text>
          </xsl:if>
        </span>
      </p>
      <xsl:if test="e:description"><p><xsl:apply-templates select="e:description" mode="text"/></p></xsl:if>
      <xsl:call-template name="area-table">
        <xsl:with-param name="n" select="$n"/>
      </xsl:call-template>
      <xsl:apply-templates select="*[self::e:milestone or self::e:indicator]" mode="card"/>
      <xsl:for-each select="e:area">
        <xsl:apply-templates select=".">
          <xsl:with-param name="n" select="concat($n, '.', position())"/>
        </xsl:apply-templates>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="area-table">
    <xsl:param name="n"/>
    <table class="area-table">
      <thead>
        <tr>
          <th scope="col"><xsl:copy-of select="$w.col.id"/></th>
          <th scope="col"><xsl:copy-of select="$w.col.item"/></th>
          <th scope="col" class="num"><xsl:copy-of select="$w.col.weight"/></th>
          <th scope="col"><xsl:copy-of select="$w.col.self-level"/></th>
          <th scope="col"><xsl:copy-of select="$w.col.peer-level"/></th>
          <th scope="col" class="num"><xsl:copy-of select="$w.col.self-score"/></th>
          <th scope="col" class="num"><xsl:copy-of select="$w.col.final-score"/></th>
          <th scope="col"><xsl:copy-of select="$w.col.status"/></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="*[self::e:area or self::e:milestone or self::e:indicator]">
          <xsl:variable name="sub" select="boolean(self::e:area)"/>
          <tr data-id="{@id}">
            <xsl:attribute name="class">
              <xsl:if test="$sub">subarea</xsl:if>
              <xsl:if test="@counted = 'false'"> notcounted</xsl:if>
            </xsl:attribute>
            <td>
              <a class="ref">
                <xsl:attribute name="href">
                  <xsl:choose>
                    <xsl:when test="$sub">#area-<xsl:value-of select="@id"/></xsl:when>
                    <xsl:otherwise>#leaf-<xsl:value-of select="@id"/></xsl:otherwise>
                  </xsl:choose>
                </xsl:attribute>
                <xsl:value-of select="@id"/>
              </a>
            </td>
            <td>
              <xsl:apply-templates select="e:title" mode="text"/>
              <xsl:if test="@mandatory = 'true'">
                <xsl:text> </xsl:text>
                <span class="flag flag-mandatory">
                  <xsl:copy-of select="$w.leaf.mandatory"/>
                </span>
              </xsl:if>
              <xsl:if test="@flags">
                <br/>
                <xsl:for-each select="str:tokenize(@flags, ' ')">
                  <span class="flag flag-{.}">
                    <xsl:call-template name="msg">
                      <xsl:with-param name="key" select="concat('flag.', .)"/>
                    </xsl:call-template>
                  </span>
                </xsl:for-each>
              </xsl:if>
            </td>
            <td class="num">
              <xsl:call-template name="value">
                <xsl:with-param name="n" select="@weight"/>
              </xsl:call-template>
            </td>
            <xsl:choose>
              <xsl:when test="$sub">
                <td colspan="2" class="muted small">
                  <xsl:copy-of select="$w.area.sub"/>
                </td>
              </xsl:when>
              <xsl:otherwise>
                <td>
                  <xsl:call-template name="level-name">
                    <xsl:with-param name="id" select="@self-level"/>
                  </xsl:call-template>
                </td>
                <td>
                  <xsl:call-template name="level-name">
                    <xsl:with-param name="id" select="@peer-level"/>
                  </xsl:call-template>
                </td>
              </xsl:otherwise>
            </xsl:choose>
            <td class="num">
              <xsl:call-template name="score-text">
                <xsl:with-param name="n" select="@self"/>
              </xsl:call-template>
            </td>
            <td class="num">
              <strong>
                <xsl:call-template name="score-text">
                  <xsl:with-param name="n" select="@final"/>
                </xsl:call-template>
              </strong>
            </td>
            <td>
              <xsl:if test="not($sub)">
                <xsl:call-template name="status-badge">
                  <xsl:with-param name="status" select="@status"/>
                </xsl:call-template>
              </xsl:if>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

</xsl:stylesheet>
