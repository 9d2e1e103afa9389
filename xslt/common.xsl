<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared by the report stylesheets: the message catalogue of the chosen
  language (i18n/LANG.xml beside this file), numbers, percentages and dates
  formatted for that language, level, status, grade and flag names, and
  escaping for JSON and CSV. Every lookup is a key or a short fixed list, so
  a report costs time linear in its input.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                xmlns:i="urn:emscore:i18n"
                xmlns:str="http://exslt.org/strings"
                exclude-result-prefixes="e i str">

  <!-- Set by emscore from its lang option; i18n/LANG.xml must exist. -->
  <xsl:param name="lang" select="'en'"/>

  <xsl:variable name="catalogue" select="document(concat('i18n/', $lang, '.xml'))/i:catalogue"/>
  <!-- Messages a catalogue lacks fall back to English. -->
  <xsl:variable name="fallback" select="document('i18n/en.xml')/i:catalogue"/>
  <xsl:variable name="dir">
    <xsl:choose>
      <xsl:when test="$catalogue/@dir = 'rtl'">rtl</xsl:when>
      <xsl:otherwise>ltr</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:key name="msg" match="i:msg" use="@key"/>

  <!-- The message `key`, with {1}, {2}, {3} and {4} replaced by a1..a4. -->
  <xsl:template name="t">
    <xsl:param name="key"/>
    <xsl:param name="a1" select="''"/>
    <xsl:param name="a2" select="''"/>
    <xsl:param name="a3" select="''"/>
    <xsl:param name="a4" select="''"/>
    <xsl:variable name="own">
      <xsl:for-each select="$catalogue">
        <xsl:value-of select="key('msg', $key)"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="text">
      <xsl:choose>
        <xsl:when test="string($own) != ''">
          <xsl:value-of select="$own"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="$fallback">
            <xsl:value-of select="key('msg', $key)"/>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="contains($text, '{')">
        <xsl:value-of select="str:replace(str:replace(str:replace(str:replace($text,
                              '{1}', $a1), '{2}', $a2), '{3}', $a3), '{4}', $a4)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$text"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Whether the catalogue or English has a message `key`: "1" or "". -->
  <xsl:template name="has">
    <xsl:param name="key"/>
    <xsl:for-each select="$fallback">
      <xsl:if test="key('msg', $key)">1</xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- A decimal with `decimals` digits after the separator (2 by default),
       in the language's separators; "na" becomes the catalogue's word. -->
  <xsl:template name="num">
    <xsl:param name="n"/>
    <xsl:param name="decimals" select="2"/>
    <xsl:choose>
      <xsl:when test="string($n) = 'na' or string($n) = '' or string(number($n)) = 'NaN'">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'na.short'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="pattern">
          <xsl:choose>
            <xsl:when test="$decimals = 2">#,##0.00</xsl:when>
            <xsl:when test="$decimals = 1">#,##0.0</xsl:when>
            <xsl:when test="$decimals = 0">#,##0</xsl:when>
            <!-- As many decimals as the value has, up to six. -->
            <xsl:otherwise>#,##0.######</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="sep">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'num.decimal'"/>
          </xsl:call-template>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'num.group'"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="abs" select="translate(format-number(number($n), $pattern), '-', '')"/>
        <xsl:if test="number($n) &lt; 0">&#x2212;</xsl:if>
        <xsl:value-of select="translate($abs, '.,', $sep)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A decimal as given (a measure or a weight): its own digits. -->
  <xsl:template name="value">
    <xsl:param name="n"/>
    <xsl:call-template name="num">
      <xsl:with-param name="n" select="$n"/>
      <xsl:with-param name="decimals" select="-1"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A share in points (0 to 100) as a percentage. -->
  <xsl:template name="pct">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="string($n) = 'na'">
        <xsl:call-template name="num">
          <xsl:with-param name="n" select="$n"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'num.percent'"/>
          <xsl:with-param name="a1">
            <xsl:call-template name="num">
              <xsl:with-param name="n" select="$n"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An xs:date (YYYY-MM-DD) in the language's long form. -->
  <xsl:template name="date">
    <xsl:param name="d"/>
    <xsl:variable name="month" select="number(substring($d, 6, 2))"/>
    <xsl:choose>
      <xsl:when test="string-length($d) = 10 and $month &gt;= 1 and $month &lt;= 12">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'date.long'"/>
          <xsl:with-param name="a1" select="number(substring($d, 9, 2))"/>
          <xsl:with-param name="a2">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="concat('month.', $month)"/>
            </xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="a3" select="substring($d, 1, 4)"/>
          <xsl:with-param name="a4" select="$month"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$d"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A level by id: the catalogue's name for the usual levels, else the
       scorecard's own label (from the results' methodology). -->
  <xsl:template name="level-name">
    <xsl:param name="id"/>
    <xsl:param name="scale" select="/*/e:methodology/e:scale"/>
    <xsl:variable name="known">
      <xsl:call-template name="has">
        <xsl:with-param name="key" select="concat('level.', $id)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$known = '1' or $id = 'na'">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="concat('level.', $id)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$scale/e:level[@id = $id]">
        <xsl:value-of select="$scale/e:level[@id = $id]"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$id"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A grade by id, likewise; "na" when there is none. -->
  <xsl:template name="grade-name">
    <xsl:param name="id"/>
    <xsl:param name="grades" select="/*/e:methodology/e:grades"/>
    <xsl:variable name="known">
      <xsl:call-template name="has">
        <xsl:with-param name="key" select="concat('grade.', $id)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="label" select="string($grades/e:grade[@id = $id])"/>
    <xsl:choose>
      <xsl:when test="$known = '1' or $id = 'na' or $id = ''">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="concat('grade.', $id)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="contains($label, ':')">
        <xsl:value-of select="substring-before($label, ':')"/>
      </xsl:when>
      <xsl:when test="$label != ''">
        <xsl:value-of select="$label"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$id"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Text for JSON: backslash and quote escaped, and the control
       characters XML can carry (tab, line feed, carriage return) as \u00XX;
       also U+2028/U+2029, which JavaScript strings cannot hold raw. -->
  <xsl:template name="json-string">
    <xsl:param name="s"/>
    <xsl:text>"</xsl:text>
    <xsl:value-of select="str:replace(str:replace(str:replace(str:replace(str:replace(
                          str:replace(str:replace(string($s), '\', '\\'), '&quot;', '\&quot;'),
                          '&#9;', '\u0009'), '&#10;', '\u000a'), '&#13;', '\u000d'),
                          '&#x2028;', '\u2028'), '&#x2029;', '\u2029')"/>
    <xsl:text>"</xsl:text>
  </xsl:template>

  <!-- An RFC 4180 field: quoted (quotes doubled) when it holds a comma, a
       quote, a line break or leading or trailing space. -->
  <xsl:template name="csv-field">
    <xsl:param name="s"/>
    <xsl:variable name="v" select="string($s)"/>
    <xsl:choose>
      <xsl:when test="contains($v, ',') or contains($v, '&quot;') or contains($v, '&#10;')
                      or contains($v, '&#13;') or starts-with($v, ' ')
                      or substring($v, string-length($v)) = ' '">
        <xsl:text>"</xsl:text>
        <xsl:value-of select="str:replace($v, '&quot;', '&quot;&quot;')"/>
        <xsl:text>"</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$v"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
