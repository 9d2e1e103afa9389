<?xml version="1.0" encoding="UTF-8"?>
<!--
  A results document as JSON (RFC 8259), for dashboards and portals. The
  names are those of the results XML. Scores, weights, counts, level values,
  thresholds and measures are JSON numbers; "na" scores and absent values
  are null; flags and requires are arrays. A free text is a string, with
  its xml:lang, when it has one, in "NAME-lang". Strings are escaped by
  common.xsl: quote, backslash and control characters.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e str">

  <xsl:import href="common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:include href="json/members.xsl"/>
  <xsl:include href="json/followup.xsl"/>
  <xsl:include href="json/record.xsl"/>

  <xsl:template match="/e:results">
    <xsl:text>{"format":"emscore-results"</xsl:text>
    <xsl:for-each select="@scorecard | @scorecard-version | @agency | @period | @model | @generator">
      <xsl:call-template name="member">
        <xsl:with-param name="name" select="local-name()"/>
        <xsl:with-param name="value" select="string(.)"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'profile'"/><xsl:with-param name="attr" select="@profile"/></xsl:call-template>
    <xsl:call-template name="text-member"><xsl:with-param name="name" select="'title'"/><xsl:with-param name="node" select="e:title"/></xsl:call-template>
    <xsl:call-template name="text-member"><xsl:with-param name="name" select="'profile-title'"/><xsl:with-param name="node" select="e:profile-title"/></xsl:call-template>
    <xsl:apply-templates select="e:methodology"/>
    <xsl:text>,"self-assessment":</xsl:text>
    <xsl:apply-templates select="e:self-assessment"/>
    <xsl:if test="not(e:self-assessment)">null</xsl:if>
    <xsl:text>,"peer-assessment":</xsl:text>
    <xsl:apply-templates select="e:peer-assessment"/>
    <xsl:if test="not(e:peer-assessment)">null</xsl:if>
    <xsl:apply-templates select="e:overall"/>
    <xsl:apply-templates select="e:status-counts | e:attention | e:recommendations"/>
    <xsl:text>,"areas":[</xsl:text>
    <xsl:apply-templates select="e:area"/>
    <xsl:text>]</xsl:text>
    <xsl:call-template name="bool-member"><xsl:with-param name="name" select="'illustrative'"/><xsl:with-param name="v" select="@illustrative"/></xsl:call-template>
    <xsl:text>,"progress":</xsl:text>
    <xsl:apply-templates select="e:progress"/>
    <xsl:if test="not(e:progress)">null</xsl:if>
    <xsl:text>,"register":</xsl:text>
    <xsl:apply-templates select="e:register"/>
    <xsl:if test="not(e:register)">null</xsl:if>
    <xsl:text>}&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="e:methodology">
    <xsl:text>,"methodology":{"scale":{</xsl:text>
    <xsl:call-template name="member">
      <xsl:with-param name="name" select="'achieved'"/>
      <xsl:with-param name="value" select="string(e:scale/@achieved)"/>
      <xsl:with-param name="first" select="true()"/>
    </xsl:call-template>
    <xsl:call-template name="number-member"><xsl:with-param name="name" select="'max'"/><xsl:with-param name="v" select="e:scale/@max"/></xsl:call-template>
    <xsl:text>,"levels":[</xsl:text>
    <xsl:for-each select="e:scale/e:level">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="member"><xsl:with-param name="name" select="'id'"/><xsl:with-param name="value" select="string(@id)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:call-template name="number-member"><xsl:with-param name="name" select="'value'"/><xsl:with-param name="v" select="@value"/></xsl:call-template>
      <xsl:call-template name="text-member"><xsl:with-param name="name" select="'label'"/><xsl:with-param name="node" select="."/></xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>]}</xsl:text>
    <!-- A scorecard without grades has no "grades". -->
    <xsl:for-each select="e:grades">
      <xsl:text>,"grades":{</xsl:text>
      <xsl:call-template name="member">
        <xsl:with-param name="name" select="'mandatory-cap'"/>
        <xsl:with-param name="value" select="string(@mandatory-cap)"/>
        <xsl:with-param name="first" select="true()"/>
      </xsl:call-template>
      <xsl:text>,"grades":[</xsl:text>
      <xsl:for-each select="e:grade">
        <xsl:if test="position() &gt; 1">,</xsl:if>
        <xsl:text>{</xsl:text>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'id'"/><xsl:with-param name="value" select="string(@id)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
        <xsl:call-template name="number-member"><xsl:with-param name="name" select="'min'"/><xsl:with-param name="v" select="@min"/></xsl:call-template>
        <xsl:call-template name="text-member"><xsl:with-param name="name" select="'label'"/><xsl:with-param name="node" select="."/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:text>]}</xsl:text>
    </xsl:for-each>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <xsl:template match="e:self-assessment | e:peer-assessment">
    <xsl:text>{"kind":</xsl:text>
    <xsl:call-template name="json-string"><xsl:with-param name="s" select="substring-before(local-name(), '-')"/></xsl:call-template>
    <xsl:call-template name="text-member"><xsl:with-param name="name" select="'assessor'"/><xsl:with-param name="node" select="e:assessor"/></xsl:call-template>
    <xsl:call-template name="text-member"><xsl:with-param name="name" select="'date'"/><xsl:with-param name="node" select="e:date"/></xsl:call-template>
    <xsl:if test="self::e:peer-assessment">
      <xsl:if test="@status">
        <xsl:call-template name="member"><xsl:with-param name="name" select="'status'"/><xsl:with-param name="value" select="string(@status)"/></xsl:call-template>
        <xsl:text>,"draft":</xsl:text>
        <xsl:value-of select="@draft = 'true'"/>
      </xsl:if>
      <xsl:if test="@approved">
        <xsl:call-template name="member"><xsl:with-param name="name" select="'approved'"/><xsl:with-param name="value" select="string(@approved)"/></xsl:call-template>
      </xsl:if>
      <xsl:text>,"mission":</xsl:text>
      <xsl:for-each select="e:mission">
        <xsl:text>{</xsl:text>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'from'"/><xsl:with-param name="value" select="string(@from)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'to'"/><xsl:with-param name="value" select="string(@to)"/></xsl:call-template>
        <xsl:call-template name="text-member"><xsl:with-param name="name" select="'text'"/><xsl:with-param name="node" select="."/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:if test="not(e:mission)">null</xsl:if>
      <xsl:text>,"team":[</xsl:text>
      <xsl:for-each select="e:team/e:reviewer">
        <xsl:if test="position() &gt; 1">,</xsl:if>
        <xsl:text>{</xsl:text>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'id'"/><xsl:with-param name="value" select="string(@id)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'agency'"/><xsl:with-param name="value" select="string(@agency)"/></xsl:call-template>
        <xsl:if test="@role">
          <xsl:call-template name="member"><xsl:with-param name="name" select="'role'"/><xsl:with-param name="value" select="string(@role)"/></xsl:call-template>
        </xsl:if>
        <xsl:call-template name="text-member"><xsl:with-param name="name" select="'name'"/><xsl:with-param name="node" select="."/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:text>]</xsl:text>
      <xsl:call-template name="record-members"/>
    </xsl:if>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <xsl:template match="e:overall">
    <xsl:text>,"overall":{"type":"overall"</xsl:text>
    <xsl:for-each select="@self | @final | @met | @gap">
      <xsl:call-template name="number-member">
        <xsl:with-param name="name" select="local-name()"/>
        <xsl:with-param name="v" select="."/>
        <xsl:with-param name="score" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="@grade | @self-grade | @uncapped-grade">
      <xsl:call-template name="member">
        <xsl:with-param name="name" select="local-name()"/>
        <xsl:with-param name="value" select="string(.)"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="@counted | @rated | @achieved">
      <xsl:call-template name="number-member">
        <xsl:with-param name="name" select="local-name()"/>
        <xsl:with-param name="v" select="."/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <!-- "status-counts":{"achieved":{"self":N,"final":N},...} -->
  <xsl:template match="e:status-counts">
    <xsl:text>,"status-counts":{</xsl:text>
    <xsl:for-each select="e:status">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:value-of select="concat('&quot;', @id, '&quot;:{&quot;self&quot;:', @self, ',&quot;final&quot;:', @final, '}')"/>
    </xsl:for-each>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <!-- "attention":[{"reason":"blocked","count":2,"items":["EMS14",...]},...] -->
  <xsl:template match="e:attention">
    <xsl:text>,"attention":[</xsl:text>
    <xsl:for-each select="e:reason">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:value-of select="concat('{&quot;reason&quot;:&quot;', @id, '&quot;,&quot;count&quot;:', @count, ',&quot;items&quot;:[')"/>
      <xsl:for-each select="e:item">
        <xsl:if test="position() &gt; 1">,</xsl:if>
        <xsl:call-template name="json-string"><xsl:with-param name="s" select="string(@ref)"/></xsl:call-template>
      </xsl:for-each>
      <xsl:text>]}</xsl:text>
    </xsl:for-each>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- "recommendations":[{"ref":"EMS13","n":1,"priority":"high"},...] in
       report order. -->
  <xsl:template match="e:recommendations">
    <xsl:text>,"recommendations":[</xsl:text>
    <xsl:for-each select="e:recommendation">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:text>{"ref":</xsl:text>
      <xsl:call-template name="json-string"><xsl:with-param name="s" select="string(@ref)"/></xsl:call-template>
      <xsl:value-of select="concat(',&quot;n&quot;:', @n, ',&quot;priority&quot;:&quot;', @priority, '&quot;}')"/>
    </xsl:for-each>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- Areas, milestones and indicators share their leading members. -->
  <xsl:template name="item-head">
    <xsl:text>{"type":</xsl:text>
    <xsl:call-template name="json-string"><xsl:with-param name="s" select="local-name()"/></xsl:call-template>
    <xsl:call-template name="member"><xsl:with-param name="name" select="'id'"/><xsl:with-param name="value" select="string(@id)"/></xsl:call-template>
    <xsl:call-template name="number-member"><xsl:with-param name="name" select="'weight'"/><xsl:with-param name="v" select="@weight"/></xsl:call-template>
    <xsl:call-template name="bool-member"><xsl:with-param name="name" select="'counted'"/><xsl:with-param name="v" select="@counted"/></xsl:call-template>
    <xsl:if test="@scope">
      <xsl:call-template name="member"><xsl:with-param name="name" select="'scope'"/><xsl:with-param name="value" select="string(@scope)"/></xsl:call-template>
    </xsl:if>
    <xsl:call-template name="number-member"><xsl:with-param name="name" select="'self'"/><xsl:with-param name="v" select="@self"/><xsl:with-param name="score" select="true()"/></xsl:call-template>
    <xsl:call-template name="number-member"><xsl:with-param name="name" select="'final'"/><xsl:with-param name="v" select="@final"/><xsl:with-param name="score" select="true()"/></xsl:call-template>
    <xsl:call-template name="text-member"><xsl:with-param name="name" select="'title'"/><xsl:with-param name="node" select="e:title"/></xsl:call-template>
    <xsl:call-template name="text-member"><xsl:with-param name="name" select="'description'"/><xsl:with-param name="node" select="e:description"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="e:area">
    <xsl:if test="position() &gt; 1">,</xsl:if>
    <xsl:call-template name="item-head"/>
    <xsl:text>,"children":[</xsl:text>
    <xsl:apply-templates select="*[self::e:area or self::e:milestone or self::e:indicator]"/>
    <xsl:text>]}</xsl:text>
  </xsl:template>

  <xsl:template match="e:milestone | e:indicator">
    <xsl:if test="position() &gt; 1">,</xsl:if>
    <xsl:call-template name="item-head"/>
    <xsl:call-template name="text-member"><xsl:with-param name="name" select="'guidance'"/><xsl:with-param name="node" select="e:guidance"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="self::e:milestone">
        <xsl:call-template name="bool-member"><xsl:with-param name="name" select="'mandatory'"/><xsl:with-param name="v" select="@mandatory"/></xsl:call-template>
        <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'evidence'"/><xsl:with-param name="attr" select="@evidence"/></xsl:call-template>
        <xsl:call-template name="list-member"><xsl:with-param name="name" select="'requires'"/><xsl:with-param name="v" select="@requires"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'unit'"/><xsl:with-param name="attr" select="@unit"/></xsl:call-template>
        <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'better'"/><xsl:with-param name="attr" select="@better"/></xsl:call-template>
        <xsl:text>,"thresholds":[</xsl:text>
        <xsl:for-each select="e:threshold">
          <xsl:if test="position() &gt; 1">,</xsl:if>
          <xsl:text>{</xsl:text>
          <xsl:call-template name="member"><xsl:with-param name="name" select="'level'"/><xsl:with-param name="value" select="string(@level)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
          <xsl:call-template name="number-member"><xsl:with-param name="name" select="'value'"/><xsl:with-param name="v" select="@value"/></xsl:call-template>
          <xsl:text>}</xsl:text>
        </xsl:for-each>
        <xsl:text>]</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="@self-level | @peer-level | @final-level | @self-effective | @final-effective | @self-status | @status">
      <xsl:call-template name="member">
        <xsl:with-param name="name" select="local-name()"/>
        <xsl:with-param name="value" select="string(.)"/>
      </xsl:call-template>
    </xsl:for-each>
    <!-- Levels absent from the results (not rated) are null here. -->
    <xsl:if test="not(@self-level)">,"self-level":null</xsl:if>
    <xsl:if test="not(@peer-level)">,"peer-level":null</xsl:if>
    <xsl:if test="not(@final-level)">,"final-level":null</xsl:if>
    <xsl:if test="not(@self-effective)">,"self-effective":null</xsl:if>
    <xsl:if test="not(@final-effective)">,"final-effective":null</xsl:if>
    <xsl:call-template name="list-member"><xsl:with-param name="name" select="'flags'"/><xsl:with-param name="v" select="@flags"/></xsl:call-template>
    <xsl:text>,"self-response":</xsl:text>
    <xsl:apply-templates select="e:self"/>
    <xsl:if test="not(e:self)">null</xsl:if>
    <xsl:text>,"peer-response":</xsl:text>
    <xsl:apply-templates select="e:peer"/>
    <xsl:if test="not(e:peer)">null</xsl:if>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <!-- What one source said about a leaf. -->
  <xsl:template match="e:self | e:peer">
    <xsl:text>{</xsl:text>
    <xsl:value-of select="concat('&quot;source&quot;:&quot;', local-name(), '&quot;')"/>
    <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'level'"/><xsl:with-param name="attr" select="@level"/></xsl:call-template>
    <xsl:if test="@value">
      <xsl:call-template name="number-member"><xsl:with-param name="name" select="'value'"/><xsl:with-param name="v" select="@value"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="self::e:peer and not(@value)">
      <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'consensus'"/><xsl:with-param name="attr" select="@consensus"/></xsl:call-template>
      <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'median'"/><xsl:with-param name="attr" select="@median"/></xsl:call-template>
      <xsl:text>,"ratings":[</xsl:text>
      <xsl:for-each select="e:rating">
        <xsl:if test="position() &gt; 1">,</xsl:if>
        <xsl:text>{</xsl:text>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'by'"/><xsl:with-param name="value" select="string(@by)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
        <xsl:call-template name="member"><xsl:with-param name="name" select="'level'"/><xsl:with-param name="value" select="string(@level)"/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:text>]</xsl:text>
    </xsl:if>
    <xsl:text>,"evidence":[</xsl:text>
    <xsl:for-each select="e:evidence">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:text>{"href":</xsl:text>
      <xsl:choose>
        <xsl:when test="@href"><xsl:call-template name="json-string"><xsl:with-param name="s" select="@href"/></xsl:call-template></xsl:when>
        <xsl:otherwise>null</xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="text-member"><xsl:with-param name="name" select="'text'"/><xsl:with-param name="node" select="."/></xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>]</xsl:text>
    <xsl:call-template name="text-member"><xsl:with-param name="name" select="'comment'"/><xsl:with-param name="node" select="e:comment"/></xsl:call-template>
    <xsl:call-template name="text-member"><xsl:with-param name="name" select="'justification'"/><xsl:with-param name="node" select="e:justification"/></xsl:call-template>
    <xsl:text>,"findings":[</xsl:text>
    <xsl:for-each select="e:finding">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="text-member"><xsl:with-param name="name" select="'text'"/><xsl:with-param name="node" select="."/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:if test="@type">
        <xsl:call-template name="member"><xsl:with-param name="name" select="'type'"/><xsl:with-param name="value" select="string(@type)"/></xsl:call-template>
      </xsl:if>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>],"recommendations":[</xsl:text>
    <xsl:for-each select="e:recommendation">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="member"><xsl:with-param name="name" select="'id'"/><xsl:with-param name="value" select="string(@id)"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:call-template name="member"><xsl:with-param name="name" select="'priority'"/><xsl:with-param name="value" select="string(@priority)"/></xsl:call-template>
      <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'owner'"/><xsl:with-param name="attr" select="@owner"/></xsl:call-template>
      <xsl:call-template name="attr-member"><xsl:with-param name="name" select="'due'"/><xsl:with-param name="attr" select="@due"/></xsl:call-template>
      <xsl:call-template name="text-member"><xsl:with-param name="name" select="'text'"/><xsl:with-param name="node" select="."/></xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>]}</xsl:text>
  </xsl:template>

</xsl:stylesheet>
