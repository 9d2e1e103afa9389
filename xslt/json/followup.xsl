<?xml version="1.0" encoding="UTF-8"?>
<!--
  The JSON report's progress since earlier periods and the register of
  recommendations, as in the results.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <!-- Progress: the series and the changes, as in the results. -->
  <xsl:template match="e:progress">
    <xsl:text>{</xsl:text>
    <xsl:call-template name="member"><xsl:with-param name="name" select="'previous'"/><xsl:with-param name="value" select="string(@previous)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
    <xsl:call-template name="member"><xsl:with-param name="name" select="'baseline'"/><xsl:with-param name="value" select="string(@baseline)"/></xsl:call-template>
    <xsl:text>,"periods":[</xsl:text>
    <xsl:for-each select="e:period">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="member"><xsl:with-param name="name" select="'id'"/><xsl:with-param name="value" select="string(@id)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:call-template name="member"><xsl:with-param name="name" select="'scorecard-version'"/><xsl:with-param name="value" select="string(@scorecard-version)"/></xsl:call-template>
      <xsl:for-each select="@self | @final | @met">
        <xsl:call-template name="number-member"><xsl:with-param name="name" select="local-name()"/><xsl:with-param name="v" select="."/><xsl:with-param name="score" select="true()"/></xsl:call-template>
      </xsl:for-each>
      <xsl:call-template name="member"><xsl:with-param name="name" select="'grade'"/><xsl:with-param name="value" select="string(@grade)"/></xsl:call-template>
      <xsl:text>,"areas":[</xsl:text>
      <xsl:for-each select="e:area">
        <xsl:if test="position() &gt; 1">,</xsl:if>
        <xsl:text>{</xsl:text>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'id'"/><xsl:with-param name="value" select="string(@id)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
        <xsl:call-template name="number-member"><xsl:with-param name="name" select="'self'"/><xsl:with-param name="v" select="@self"/><xsl:with-param name="score" select="true()"/></xsl:call-template>
        <xsl:call-template name="number-member"><xsl:with-param name="name" select="'final'"/><xsl:with-param name="v" select="@final"/><xsl:with-param name="score" select="true()"/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:text>]}</xsl:text>
    </xsl:for-each>
    <xsl:text>],"changes":[</xsl:text>
    <xsl:for-each select="e:changes">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="member"><xsl:with-param name="name" select="'since'"/><xsl:with-param name="value" select="string(@since)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:call-template name="member"><xsl:with-param name="name" select="'period'"/><xsl:with-param name="value" select="string(@period)"/></xsl:call-template>
      <xsl:call-template name="member"><xsl:with-param name="name" select="'scorecard-version'"/><xsl:with-param name="value" select="string(@scorecard-version)"/></xsl:call-template>
      <xsl:for-each select="@improved | @declined | @unchanged">
        <xsl:call-template name="number-member"><xsl:with-param name="name" select="local-name()"/><xsl:with-param name="v" select="."/></xsl:call-template>
      </xsl:for-each>
      <xsl:text>,"items":[</xsl:text>
      <xsl:for-each select="e:overall | e:area | e:milestone | e:indicator">
        <xsl:if test="position() &gt; 1">,</xsl:if>
        <xsl:text>{</xsl:text>
        <xsl:call-template name="json-string"><xsl:with-param name="s" select="'type'"/></xsl:call-template>
        <xsl:text>:</xsl:text>
        <xsl:call-template name="json-string"><xsl:with-param name="s" select="local-name()"/></xsl:call-template>
        <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'id'"/><xsl:with-param name="attr" select="@id"/></xsl:call-template>
        <xsl:call-template name="number-member"><xsl:with-param name="name" select="'from'"/><xsl:with-param name="v" select="@from"/><xsl:with-param name="score" select="true()"/></xsl:call-template>
        <xsl:call-template name="number-member"><xsl:with-param name="name" select="'to'"/><xsl:with-param name="v" select="@to"/><xsl:with-param name="score" select="true()"/></xsl:call-template>
        <xsl:call-template name="number-member"><xsl:with-param name="name" select="'delta'"/><xsl:with-param name="v" select="@delta"/><xsl:with-param name="score" select="true()"/></xsl:call-template>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'direction'"/><xsl:with-param name="value" select="string(@direction)"/></xsl:call-template>
        <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'reason'"/><xsl:with-param name="attr" select="@reason"/></xsl:call-template>
        <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'from-status'"/><xsl:with-param name="attr" select="@from-status"/></xsl:call-template>
        <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'to-status'"/><xsl:with-param name="attr" select="@to-status"/></xsl:call-template>
        <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'prerequisite'"/><xsl:with-param name="attr" select="@prerequisite"/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:text>],"uncomparable":[</xsl:text>
      <xsl:for-each select="e:uncomparable">
        <xsl:if test="position() &gt; 1">,</xsl:if>
        <xsl:text>{</xsl:text>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'id'"/><xsl:with-param name="value" select="string(@id)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'kind'"/><xsl:with-param name="value" select="string(@kind)"/></xsl:call-template>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'in'"/><xsl:with-param name="value" select="string(@in)"/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:text>]}</xsl:text>
    </xsl:for-each>
    <xsl:text>]}</xsl:text>
  </xsl:template>

  <!-- The register: the fields of report format "register", then each
       recommendation's response and history. -->
  <xsl:template match="e:register">
    <xsl:text>{</xsl:text>
    <xsl:for-each select="@total | @earlier | @implemented | @overdue">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:value-of select="concat('&quot;', local-name(), '&quot;:', number(.))"/>
    </xsl:for-each>
    <xsl:text>,"recommendations":[</xsl:text>
    <xsl:for-each select="e:recommendation">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="member"><xsl:with-param name="name" select="'id'"/><xsl:with-param name="value" select="string(@id)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:for-each select="@made | @milestone | @priority">
        <xsl:call-template name="member"><xsl:with-param name="name" select="local-name()"/><xsl:with-param name="value" select="string(.)"/></xsl:call-template>
      </xsl:for-each>
      <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'owner'"/><xsl:with-param name="attr" select="@owner"/></xsl:call-template>
      <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'due'"/><xsl:with-param name="attr" select="@due"/></xsl:call-template>
      <xsl:call-template name="bool-member"><xsl:with-param name="name" select="'earlier'"/><xsl:with-param name="v" select="@earlier"/></xsl:call-template>
      <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'status'"/><xsl:with-param name="attr" select="@status"/></xsl:call-template>
      <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'status-period'"/><xsl:with-param name="attr" select="@status-period"/></xsl:call-template>
      <xsl:call-template name="bool-member"><xsl:with-param name="name" select="'overdue'"/><xsl:with-param name="v" select="@overdue"/></xsl:call-template>
      <xsl:call-template name="list-member"><xsl:with-param name="name" select="'flags'"/><xsl:with-param name="v" select="@flags"/></xsl:call-template>
      <xsl:call-template name="text-member"><xsl:with-param name="name" select="'text'"/><xsl:with-param name="node" select="e:text"/></xsl:call-template>
      <xsl:text>,"response":</xsl:text>
      <xsl:choose>
        <xsl:when test="e:reply">
          <xsl:for-each select="e:reply">
            <xsl:text>{</xsl:text>
            <xsl:call-template name="member"><xsl:with-param name="name" select="'decision'"/><xsl:with-param name="value" select="string(@decision)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
            <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'owner'"/><xsl:with-param name="attr" select="@owner"/></xsl:call-template>
            <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'due'"/><xsl:with-param name="attr" select="@due"/></xsl:call-template>
            <xsl:call-template name="text-member"><xsl:with-param name="name" select="'action'"/><xsl:with-param name="node" select="e:action"/></xsl:call-template>
            <xsl:call-template name="text-member"><xsl:with-param name="name" select="'comment'"/><xsl:with-param name="node" select="e:comment"/></xsl:call-template>
            <xsl:text>}</xsl:text>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>null</xsl:otherwise>
      </xsl:choose>
      <xsl:text>,"history":[</xsl:text>
      <xsl:for-each select="e:status">
        <xsl:if test="position() &gt; 1">,</xsl:if>
        <xsl:text>{</xsl:text>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'period'"/><xsl:with-param name="value" select="string(@period)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'status'"/><xsl:with-param name="value" select="string(@status)"/></xsl:call-template>
        <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'self'"/><xsl:with-param name="attr" select="@self"/></xsl:call-template>
        <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'peer'"/><xsl:with-param name="attr" select="@peer"/></xsl:call-template>
        <xsl:call-template name="list-member"><xsl:with-param name="name" select="'flags'"/><xsl:with-param name="v" select="@flags"/></xsl:call-template>
        <xsl:text>,"evidence":[</xsl:text>
        <xsl:for-each select="e:evidence">
          <xsl:if test="position() &gt; 1">,</xsl:if>
          <xsl:text>{</xsl:text>
          <xsl:call-template name="text-member"><xsl:with-param name="name" select="'text'"/><xsl:with-param name="node" select="."/><xsl:with-param name="first" select="true()"/></xsl:call-template>
          <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'href'"/><xsl:with-param name="attr" select="@href"/></xsl:call-template>
          <xsl:text>}</xsl:text>
        </xsl:for-each>
        <xsl:text>]</xsl:text>
        <xsl:call-template name="text-member"><xsl:with-param name="name" select="'comment'"/><xsl:with-param name="node" select="e:comment"/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:text>]}</xsl:text>
    </xsl:for-each>
    <xsl:text>]}</xsl:text>
  </xsl:template>

</xsl:stylesheet>
