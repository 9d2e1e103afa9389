<?xml version="1.0" encoding="UTF-8"?>
<!--
  The word-processing reports' chapter 4: results by area, each
  milestone and indicator in full.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- ============================================================ -->
  <!-- 4 Results by area                                             -->
  <!-- ============================================================ -->

  <xsl:template name="areas">
    <xsl:call-template name="chapter">
      <xsl:with-param name="n" select="'4'"/>
      <xsl:with-param name="key" select="'sec.areas'"/>
      <xsl:with-param name="mark" select="4"/>
    </xsl:call-template>
    <xsl:call-template name="msg-para"><xsl:with-param name="key" select="'areas.intro'"/></xsl:call-template>
    <xsl:for-each select="$r/e:area">
      <xsl:apply-templates select="." mode="office">
        <xsl:with-param name="n" select="concat('4.', position())"/>
        <xsl:with-param name="mark" select="10 + position()"/>
      </xsl:apply-templates>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="e:area" mode="office">
    <xsl:param name="n"/>
    <xsl:param name="mark" select="''"/>
    <xsl:call-template name="heading">
      <xsl:with-param name="level" select="2 + number(not(parent::e:results))"/>
      <xsl:with-param name="mark" select="$mark"/>
      <xsl:with-param name="text" select="concat($n, ' ', @id, ' ', normalize-space(e:title))"/>
    </xsl:call-template>
    <xsl:call-template name="area-conclusions"/>
    <xsl:call-template name="para"><xsl:with-param name="runs">
      <xsl:call-template name="run">
        <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.final-score'"/></xsl:call-template><xsl:text> </xsl:text></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="run">
        <xsl:with-param name="style" select="'Strong'"/>
        <xsl:with-param name="text"><xsl:call-template name="score-text"><xsl:with-param name="n" select="@final"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="run">
        <xsl:with-param name="text">
          <xsl:text> · </xsl:text>
          <xsl:call-template name="msg"><xsl:with-param name="key" select="'col.self-score'"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="score-text"><xsl:with-param name="n" select="@self"/></xsl:call-template>
          <xsl:text> · </xsl:text>
          <xsl:call-template name="msg"><xsl:with-param name="key" select="'col.weight'"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="value"><xsl:with-param name="n" select="@weight"/></xsl:call-template>
          <xsl:if test="@counted = 'false'">
            <xsl:text> (</xsl:text>
            <xsl:call-template name="msg"><xsl:with-param name="key" select="'not-counted'"/></xsl:call-template>
            <xsl:text>)</xsl:text>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:with-param></xsl:call-template>
    <xsl:if test="e:description">
      <xsl:call-template name="para">
        <xsl:with-param name="text" select="normalize-space(e:description)"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="area-table"/>
    <xsl:apply-templates select="e:milestone | e:indicator" mode="office"/>
    <xsl:for-each select="e:area">
      <xsl:apply-templates select="." mode="office">
        <xsl:with-param name="n" select="concat($n, '.', position())"/>
      </xsl:apply-templates>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="area-table">
    <xsl:call-template name="table">
      <xsl:with-param name="widths" select="$w.area"/>
      <xsl:with-param name="rows-of" select="."/>
    </xsl:call-template>
  </xsl:template>

  <!-- The area table's rows: one for each sub-area, milestone and indicator. -->
  <xsl:template match="e:area" mode="rows">
    <xsl:call-template name="header-row">
      <xsl:with-param name="keys" select="'col.id col.item col.weight col.self-level col.peer-level col.self-score col.final-score col.status'"/>
    </xsl:call-template>
    <xsl:for-each select="e:area | e:milestone | e:indicator">
      <xsl:call-template name="row">
        <xsl:with-param name="cells-of" select="."/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- A sub-area's, milestone's or indicator's row in its area's table. -->
  <xsl:template match="e:area | e:milestone | e:indicator" mode="cells">
    <xsl:variable name="sub" select="boolean(self::e:area)"/>
    <xsl:call-template name="cell">
      <xsl:with-param name="text" select="@id"/>
      <xsl:with-param name="run-style" select="'Id'"/>
    </xsl:call-template>
    <xsl:call-template name="cell"><xsl:with-param name="runs">
        <xsl:call-template name="run">
          <xsl:with-param name="text" select="normalize-space(e:title)"/>
        </xsl:call-template>
        <xsl:if test="@mandatory = 'true'">
          <xsl:call-template name="run"><xsl:with-param name="text" select="' '"/></xsl:call-template>
          <xsl:call-template name="run">
            <xsl:with-param name="style" select="'Flag'"/>
            <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.mandatory'"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:for-each select="str:tokenize(@flags, ' ')">
          <xsl:variable name="f" select="string(.)"/>
          <xsl:call-template name="run"><xsl:with-param name="text" select="' '"/></xsl:call-template>
          <xsl:for-each select="$r">
            <xsl:call-template name="run">
              <xsl:with-param name="style" select="'Flag'"/>
              <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="concat('flag.', $f)"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:with-param></xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="style" select="'TableNumber'"/>
      <xsl:with-param name="text"><xsl:call-template name="value"><xsl:with-param name="n" select="@weight"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="$sub">
        <xsl:call-template name="cell">
          <xsl:with-param name="span" select="2"/>
          <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="'area.sub'"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="cell">
          <xsl:with-param name="text"><xsl:call-template name="level-text"><xsl:with-param name="id" select="@self-level"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="cell">
          <xsl:with-param name="text"><xsl:call-template name="level-text"><xsl:with-param name="id" select="@peer-level"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="cell">
      <xsl:with-param name="style" select="'TableNumber'"/>
      <xsl:with-param name="text"><xsl:call-template name="score-text"><xsl:with-param name="n" select="@self"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="style" select="'TableNumber'"/>
      <xsl:with-param name="run-style" select="'Strong'"/>
      <xsl:with-param name="text"><xsl:call-template name="score-text"><xsl:with-param name="n" select="@final"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="cell">
      <xsl:with-param name="run-style" select="concat('Status-', @status)"/>
      <xsl:with-param name="text">
        <xsl:if test="not($sub)"><xsl:call-template name="msg"><xsl:with-param name="key" select="concat('status.', @status)"/></xsl:call-template></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One milestone or indicator in full. -->
  <xsl:template match="e:milestone | e:indicator" mode="office">
    <xsl:call-template name="heading">
      <xsl:with-param name="level" select="4"/>
      <xsl:with-param name="text" select="concat(@id, ' ', normalize-space(e:title))"/>
    </xsl:call-template>
    <xsl:call-template name="para"><xsl:with-param name="style" select="'Small'"/><xsl:with-param name="runs">
      <xsl:call-template name="status-run"><xsl:with-param name="status" select="@status"/></xsl:call-template>
      <xsl:call-template name="run">
        <xsl:with-param name="text"><xsl:text> · </xsl:text><xsl:call-template name="leaf-meta-text"/></xsl:with-param>
      </xsl:call-template>
    </xsl:with-param></xsl:call-template>
    <xsl:if test="e:description">
      <xsl:call-template name="para"><xsl:with-param name="text" select="normalize-space(e:description)"/></xsl:call-template>
    </xsl:if>
    <xsl:call-template name="table">
      <xsl:with-param name="widths" select="$w.levels"/>
      <xsl:with-param name="rows-of" select="."/>
    </xsl:call-template>
    <xsl:if test="self::e:indicator and e:threshold">
      <xsl:call-template name="para">
        <xsl:with-param name="style" select="'Small'"/>
        <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.thresholds'"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="text"><xsl:call-template name="thresholds-text"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:variable name="leaf" select="."/>
    <xsl:for-each select="str:tokenize(@flags, ' ')">
      <xsl:variable name="f" select="string(.)"/>
      <xsl:for-each select="$leaf">
        <xsl:call-template name="para">
          <xsl:with-param name="style" select="'Callout'"/>
          <xsl:with-param name="text"><xsl:call-template name="flag-text"><xsl:with-param name="f" select="$f"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:call-template name="source">
      <xsl:with-param name="s" select="e:self"/>
      <xsl:with-param name="key" select="'leaf.self'"/>
    </xsl:call-template>
    <xsl:call-template name="source">
      <xsl:with-param name="s" select="e:peer"/>
      <xsl:with-param name="key" select="'leaf.peer'"/>
    </xsl:call-template>
    <xsl:if test="e:guidance">
      <xsl:call-template name="para">
        <xsl:with-param name="style" select="'Guidance'"/>
        <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.guidance'"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="text" select="normalize-space(e:guidance)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The current leaf's levels and scores, self, peer and final. -->
  <xsl:template match="e:milestone | e:indicator" mode="rows">
    <xsl:call-template name="header-row">
      <xsl:with-param name="keys" select="'col.item col.level col.leaf-score'"/>
    </xsl:call-template>
    <xsl:call-template name="level-row">
      <xsl:with-param name="key" select="'leaf.self'"/>
      <xsl:with-param name="score" select="@self"/>
      <xsl:with-param name="level">
        <xsl:call-template name="level-effective-text">
          <xsl:with-param name="rated" select="@self-level"/>
          <xsl:with-param name="effective" select="@self-effective"/>
        </xsl:call-template>
        <xsl:call-template name="measure-text"><xsl:with-param name="m" select="e:self"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="level-row">
      <xsl:with-param name="key" select="'leaf.peer'"/>
      <xsl:with-param name="level">
        <xsl:call-template name="level-text"><xsl:with-param name="id" select="@peer-level"/></xsl:call-template>
        <xsl:call-template name="measure-text"><xsl:with-param name="m" select="e:peer"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="level-row">
      <xsl:with-param name="key" select="'leaf.final'"/>
      <xsl:with-param name="score" select="@final"/>
      <xsl:with-param name="level">
        <xsl:call-template name="level-effective-text">
          <xsl:with-param name="rated" select="@final-level"/>
          <xsl:with-param name="effective" select="@final-effective"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="level-row">
    <xsl:param name="key"/>
    <xsl:param name="level"/>
    <xsl:param name="score" select="''"/>
    <xsl:call-template name="row"><xsl:with-param name="cells">
      <xsl:call-template name="cell">
        <xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="run-style" select="'Strong'"/>
      </xsl:call-template>
      <xsl:call-template name="cell"><xsl:with-param name="text" select="$level"/></xsl:call-template>
      <xsl:call-template name="cell">
        <xsl:with-param name="style" select="'TableNumber'"/>
        <xsl:with-param name="text">
          <xsl:if test="string($score) != ''">
            <xsl:call-template name="score-text"><xsl:with-param name="n" select="$score"/></xsl:call-template>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:with-param></xsl:call-template>
  </xsl:template>

  <!-- What one source said: ratings, evidence, texts, findings and
       recommendations. -->
  <xsl:template name="source">
    <xsl:param name="s"/>
    <xsl:param name="key"/>
    <xsl:call-template name="msg-para">
      <xsl:with-param name="key" select="$key"/>
      <xsl:with-param name="style" select="'Heading5'"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="not($s)">
        <xsl:call-template name="msg-para">
          <xsl:with-param name="key" select="'leaf.no-response'"/>
          <xsl:with-param name="style" select="'Small'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$s">
          <xsl:if test="e:rating">
            <xsl:call-template name="para">
              <xsl:with-param name="style" select="'Small'"/>
              <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.ratings'"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="text"><xsl:for-each select=".."><xsl:call-template name="ratings-line"/></xsl:for-each></xsl:with-param>
            </xsl:call-template>
            <xsl:if test="@consensus or @median">
              <xsl:call-template name="para">
                <xsl:with-param name="style" select="'Small'"/>
                <xsl:with-param name="label">
                  <xsl:call-template name="msg">
                    <xsl:with-param name="key">
                      <xsl:choose>
                        <xsl:when test="@consensus">leaf.consensus</xsl:when>
                        <xsl:otherwise>leaf.median</xsl:otherwise>
                      </xsl:choose>
                    </xsl:with-param>
                  </xsl:call-template>
                </xsl:with-param>
                <xsl:with-param name="text"><xsl:call-template name="level-text"><xsl:with-param name="id" select="(@consensus | @median)[1]"/></xsl:call-template></xsl:with-param>
              </xsl:call-template>
            </xsl:if>
          </xsl:if>
          <xsl:if test="e:evidence">
            <xsl:call-template name="msg-para">
              <xsl:with-param name="key" select="'leaf.evidence'"/>
              <xsl:with-param name="style" select="'Label'"/>
            </xsl:call-template>
            <xsl:call-template name="list">
              <xsl:with-param name="items-of" select="e:evidence"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:for-each select="e:comment">
            <xsl:call-template name="para">
              <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.comment'"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="text" select="normalize-space(.)"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:for-each select="e:justification">
            <xsl:call-template name="para">
              <xsl:with-param name="label"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.justification'"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="text" select="normalize-space(.)"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:if test="e:finding">
            <xsl:call-template name="msg-para">
              <xsl:with-param name="key" select="'leaf.findings'"/>
              <xsl:with-param name="style" select="'Label'"/>
            </xsl:call-template>
            <xsl:call-template name="list">
              <xsl:with-param name="items-of" select="e:finding"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="e:recommendation">
            <xsl:call-template name="msg-para">
              <xsl:with-param name="key" select="'leaf.recommendations'"/>
              <xsl:with-param name="style" select="'Label'"/>
            </xsl:call-template>
            <xsl:for-each select="e:recommendation">
              <xsl:call-template name="para">
                <xsl:with-param name="runs">
                  <xsl:call-template name="priority-run"/>
                  <xsl:call-template name="run"><xsl:with-param name="text" select="concat(' ', normalize-space(.))"/></xsl:call-template>
                </xsl:with-param>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:if>
          <xsl:if test="not(e:rating or e:evidence or e:comment or e:justification or e:finding or e:recommendation)">
            <xsl:call-template name="msg-para">
              <xsl:with-param name="key" select="'leaf.nothing-more'"/>
              <xsl:with-param name="style" select="'Small'"/>
            </xsl:call-template>
          </xsl:if>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A piece of evidence as listed under its source. -->
  <xsl:template match="e:evidence" mode="items">
    <xsl:call-template name="list-item">
      <xsl:with-param name="runs">
        <xsl:call-template name="run"><xsl:with-param name="text" select="normalize-space(.)"/></xsl:call-template>
        <xsl:if test="@href">
          <!-- A reference shown as text, never a link. -->
          <xsl:call-template name="run"><xsl:with-param name="text" select="' '"/></xsl:call-template>
          <xsl:call-template name="run">
            <xsl:with-param name="style" select="'Reference'"/>
            <xsl:with-param name="text" select="@href"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A finding as listed under its source: its kind, then its text. -->
  <xsl:template match="e:finding" mode="items">
    <xsl:variable name="label">
      <xsl:if test="@type = 'good-practice' or @type = 'gap'">
        <xsl:call-template name="msg"><xsl:with-param name="key" select="concat('finding.', @type)"/></xsl:call-template>
        <xsl:text> </xsl:text>
      </xsl:if>
    </xsl:variable>
    <xsl:call-template name="list-item"><xsl:with-param name="text" select="concat($label, normalize-space(.))"/></xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
