<?xml version="1.0" encoding="UTF-8"?>
<!--
  CSV (RFC 4180: a header row, fields quoted when they hold a comma, a
  quote or a line break, quotes doubled, CRLF line ends; UTF-8). A text
  cell that a spreadsheet would run as a formula is neutralised
  (common.xsl, csv-field); numbers are written as numbers.
  From a results document: one row per milestone and indicator of the
  agency. From a summary document: one row per agency ranked, with the
  final and self score of every top-level area and, when the summary has
  periods, the changes since the agency's previous period and how many of
  its earlier recommendations were followed up and implemented; then one
  row per period with its averages (agency empty, agencies its count) and
  one row for the system's implementation rate (agency and period empty,
  agencies those with earlier recommendations); when
  groups failed, a last column not_reported, empty but on one row per
  failed agency and period, which gives the reason. Column names are fixed
  identifiers in every language; scores are written with a full stop as in
  the results, and left empty when not applicable.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                exclude-result-prefixes="e">

  <xsl:import href="common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="crlf" select="'&#13;&#10;'"/>

  <!-- A score, or nothing for "na". -->
  <xsl:template name="score-field">
    <xsl:param name="v"/>
    <xsl:if test="$v != 'na'">
      <xsl:value-of select="$v"/>
    </xsl:if>
  </xsl:template>

  <!-- ,NUMBER: a number as the results write it (the schema allows
       digits, '-' and '.' only), never treated as text. -->
  <xsl:template name="number-field">
    <xsl:param name="v"/>
    <xsl:text>,</xsl:text>
    <xsl:value-of select="$v"/>
  </xsl:template>

  <!-- ,TEXT: a text cell, neutralised by csv-field. -->
  <xsl:template name="field">
    <xsl:param name="v"/>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="csv-field">
      <xsl:with-param name="s" select="$v"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ,EARLIER,FOLLOWED_UP,IMPLEMENTED,RATE of an entry or of the
       system's implementation; empty for an entry without earlier
       recommendations. -->
  <xsl:template name="implementation-fields">
    <xsl:param name="of"/>
    <xsl:param name="rate"/>
    <xsl:text>,</xsl:text>
    <xsl:value-of select="$of/@earlier"/>
    <xsl:text>,</xsl:text>
    <xsl:value-of select="$of/@followed-up"/>
    <xsl:text>,</xsl:text>
    <xsl:value-of select="$of/@implemented"/>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="score-field"><xsl:with-param name="v" select="$rate"/></xsl:call-template>
  </xsl:template>

  <!-- The comparison's columns, empty: rows that are not entries. -->
  <xsl:template name="no-comparison">
    <xsl:text>,,,</xsl:text>
    <xsl:for-each select="/e:summary/e:areas/e:area"><xsl:text>,</xsl:text></xsl:for-each>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Results: a row per leaf                                       -->
  <!-- ============================================================ -->

  <xsl:template match="/e:results">
    <xsl:text>agency,period,scorecard,scorecard_version,profile,model,area,parent,id,type,title,weight,counted,mandatory,evidence,self_level,peer_level,final_level,self_effective,final_effective,self_score,final_score,self_status,status,flags,self_value,peer_value,unit</xsl:text>
    <xsl:value-of select="$crlf"/>
    <xsl:apply-templates select=".//e:area/*[self::e:milestone or self::e:indicator]"/>
  </xsl:template>

  <xsl:template match="e:milestone | e:indicator">
    <xsl:variable name="r" select="/e:results"/>
    <xsl:call-template name="csv-field"><xsl:with-param name="s" select="$r/@agency"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$r/@period"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$r/@scorecard"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$r/@scorecard-version"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$r/@profile"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$r/@model"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="ancestor::e:area[last()]/@id"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="../@id"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@id"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="local-name()"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="normalize-space(e:title)"/></xsl:call-template>
    <xsl:call-template name="number-field"><xsl:with-param name="v" select="@weight"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@counted"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@mandatory"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@evidence"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@self-level"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@peer-level"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@final-level"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@self-effective"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@final-effective"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="score-field"><xsl:with-param name="v" select="@self"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="score-field"><xsl:with-param name="v" select="@final"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@self-status"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@status"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@flags"/></xsl:call-template>
    <xsl:call-template name="number-field"><xsl:with-param name="v" select="e:self/@value"/></xsl:call-template>
    <xsl:call-template name="number-field"><xsl:with-param name="v" select="e:peer/@value"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@unit"/></xsl:call-template>
    <xsl:value-of select="$crlf"/>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Summary: a row per agency and period                          -->
  <!-- ============================================================ -->

  <xsl:template match="/e:summary">
    <xsl:variable name="areas" select="e:areas/e:area"/>
    <xsl:variable name="failed" select="e:failed"/>
    <xsl:variable name="periods" select="e:periods"/>
    <xsl:text>rank,agency,period,profile,final_score,self_score,met,grade,self_grade,uncapped_grade,counted,rated,achieved</xsl:text>
    <xsl:for-each select="$areas">
      <xsl:call-template name="field"><xsl:with-param name="v" select="concat(@id, '_final')"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="v" select="concat(@id, '_self')"/></xsl:call-template>
    </xsl:for-each>
    <xsl:text>,comparable,same_themes_average,difference</xsl:text>
    <xsl:for-each select="$areas">
      <xsl:call-template name="field"><xsl:with-param name="v" select="concat(@id, '_difference')"/></xsl:call-template>
    </xsl:for-each>
    <xsl:if test="$periods">
      <xsl:text>,previous_period,final_change</xsl:text>
      <xsl:for-each select="$areas">
        <xsl:call-template name="field"><xsl:with-param name="v" select="concat(@id, '_change')"/></xsl:call-template>
      </xsl:for-each>
      <xsl:text>,agencies,earlier,followed_up,implemented,implementation_rate</xsl:text>
    </xsl:if>
    <xsl:if test="$failed"><xsl:text>,not_reported</xsl:text></xsl:if>
    <xsl:value-of select="$crlf"/>
    <xsl:for-each select="e:entry">
      <xsl:variable name="entry" select="."/>
      <xsl:value-of select="@rank"/>
      <xsl:call-template name="field"><xsl:with-param name="v" select="@agency"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="v" select="@period"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="v" select="@profile"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="score-field"><xsl:with-param name="v" select="@final"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="score-field"><xsl:with-param name="v" select="@self"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="score-field"><xsl:with-param name="v" select="@met"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="v" select="@grade"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="v" select="@self-grade"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="v" select="@uncapped-grade"/></xsl:call-template>
      <xsl:call-template name="number-field"><xsl:with-param name="v" select="@counted"/></xsl:call-template>
      <xsl:call-template name="number-field"><xsl:with-param name="v" select="@rated"/></xsl:call-template>
      <xsl:call-template name="number-field"><xsl:with-param name="v" select="@achieved"/></xsl:call-template>
      <!-- An area outside the agency's profile leaves its two fields empty. -->
      <xsl:for-each select="$areas">
        <xsl:variable name="cell" select="$entry/e:area[@id = current()/@id]"/>
        <xsl:text>,</xsl:text>
        <xsl:call-template name="score-field"><xsl:with-param name="v" select="string($cell/@final)"/></xsl:call-template>
        <xsl:text>,</xsl:text>
        <xsl:call-template name="score-field"><xsl:with-param name="v" select="string($cell/@self)"/></xsl:call-template>
      </xsl:for-each>
      <!-- Beside the entries on the same themes; empty where not compared. -->
      <xsl:text>,</xsl:text>
      <xsl:value-of select="@comparable"/>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="score-field"><xsl:with-param name="v" select="string(@average)"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:value-of select="@difference"/>
      <xsl:for-each select="$areas">
        <xsl:text>,</xsl:text>
        <xsl:value-of select="$entry/e:area[@id = current()/@id]/@difference"/>
      </xsl:for-each>
      <!-- Changes: empty in a first period, or where either score is na. -->
      <xsl:if test="$periods">
        <xsl:call-template name="field"><xsl:with-param name="v" select="@previous"/></xsl:call-template>
        <xsl:text>,</xsl:text>
        <xsl:call-template name="score-field"><xsl:with-param name="v" select="string(@change)"/></xsl:call-template>
        <xsl:for-each select="$areas">
          <xsl:text>,</xsl:text>
          <xsl:call-template name="score-field"><xsl:with-param name="v" select="string($entry/e:area[@id = current()/@id]/@change)"/></xsl:call-template>
        </xsl:for-each>
        <xsl:text>,</xsl:text>
        <xsl:call-template name="implementation-fields">
          <xsl:with-param name="of" select="."/>
          <xsl:with-param name="rate" select="string(@implementation-rate)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$failed"><xsl:text>,</xsl:text></xsl:if>
      <xsl:value-of select="$crlf"/>
    </xsl:for-each>
    <!-- A period's averages: no rank, agency or profile. -->
    <xsl:for-each select="$periods/e:period">
      <xsl:variable name="period" select="."/>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="field"><xsl:with-param name="v" select="@id"/></xsl:call-template>
      <xsl:text>,,</xsl:text>
      <xsl:call-template name="score-field"><xsl:with-param name="v" select="@final"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="score-field"><xsl:with-param name="v" select="@self"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="score-field"><xsl:with-param name="v" select="@met"/></xsl:call-template>
      <xsl:text>,,,,,,</xsl:text>
      <xsl:for-each select="$areas">
        <xsl:variable name="cell" select="$period/e:area[@id = current()/@id]"/>
        <xsl:text>,</xsl:text>
        <xsl:call-template name="score-field"><xsl:with-param name="v" select="string($cell/@final)"/></xsl:call-template>
        <xsl:text>,</xsl:text>
        <xsl:call-template name="score-field"><xsl:with-param name="v" select="string($cell/@self)"/></xsl:call-template>
      </xsl:for-each>
      <xsl:call-template name="no-comparison"/>
      <xsl:text>,,</xsl:text>
      <xsl:for-each select="$areas"><xsl:text>,</xsl:text></xsl:for-each>
      <xsl:call-template name="number-field"><xsl:with-param name="v" select="@agencies"/></xsl:call-template>
      <xsl:text>,,,,</xsl:text>
      <xsl:if test="$failed"><xsl:text>,</xsl:text></xsl:if>
      <xsl:value-of select="$crlf"/>
    </xsl:for-each>
    <!-- The system's implementation of earlier recommendations: no agency
         and no period. -->
    <xsl:for-each select="$periods/e:implementation">
      <xsl:text>,,,,,,,,,,,,</xsl:text>
      <xsl:for-each select="$areas"><xsl:text>,,</xsl:text></xsl:for-each>
      <xsl:call-template name="no-comparison"/>
      <xsl:text>,,</xsl:text>
      <xsl:for-each select="$areas"><xsl:text>,</xsl:text></xsl:for-each>
      <xsl:call-template name="number-field"><xsl:with-param name="v" select="@agencies"/></xsl:call-template>
      <xsl:call-template name="implementation-fields">
        <xsl:with-param name="of" select="."/>
        <xsl:with-param name="rate" select="string(@rate)"/>
      </xsl:call-template>
      <xsl:if test="$failed"><xsl:text>,</xsl:text></xsl:if>
      <xsl:value-of select="$crlf"/>
    </xsl:for-each>
    <!-- No rank, profile or figure: only the reason. -->
    <xsl:for-each select="$failed">
      <xsl:call-template name="field"><xsl:with-param name="v" select="@agency"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="v" select="@period"/></xsl:call-template>
      <xsl:text>,,,,,,,,,,</xsl:text>
      <xsl:for-each select="$areas"><xsl:text>,,</xsl:text></xsl:for-each>
      <xsl:call-template name="no-comparison"/>
      <xsl:if test="$periods">
        <xsl:text>,,,,,,,</xsl:text>
        <xsl:for-each select="$areas"><xsl:text>,</xsl:text></xsl:for-each>
      </xsl:if>
      <xsl:call-template name="field"><xsl:with-param name="v" select="string(.)"/></xsl:call-template>
      <xsl:value-of select="$crlf"/>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
