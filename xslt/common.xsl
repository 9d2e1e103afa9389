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

  <!-- The page style of the HTML reports and the form. -->
  <xsl:include href="page-style.xsl"/>

  <!-- The message `key`, with {1}, {2}, {3} and {4} replaced by a1..a4.
       Called for nearly every word of a report: it makes no result tree
       fragment unless the message has placeholders. -->
  <xsl:template name="t">
    <xsl:param name="key"/>
    <xsl:param name="a1"/>
    <xsl:param name="a2"/>
    <xsl:param name="a3"/>
    <xsl:param name="a4"/>
    <xsl:for-each select="$catalogue">
      <xsl:variable name="own" select="key('msg', $key)"/>
      <xsl:choose>
        <!-- The usual case first, in one test. -->
        <xsl:when test="$own and not(contains($own, '{'))">
          <xsl:value-of select="$own"/>
        </xsl:when>
        <xsl:when test="not($own)">
          <xsl:for-each select="$fallback">
            <xsl:call-template name="fill">
              <xsl:with-param name="text" select="string(key('msg', $key))"/>
              <xsl:with-param name="a1" select="$a1"/>
              <xsl:with-param name="a2" select="$a2"/>
              <xsl:with-param name="a3" select="$a3"/>
              <xsl:with-param name="a4" select="$a4"/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="fill">
            <xsl:with-param name="text" select="string($own)"/>
            <xsl:with-param name="a1" select="$a1"/>
            <xsl:with-param name="a2" select="$a2"/>
            <xsl:with-param name="a3" select="$a3"/>
            <xsl:with-param name="a4" select="$a4"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- t for a message with no placeholder filled (no a1 to a4 passed):
       a template's parameters not passed are each evaluated and freed on
       every call, so the plain messages of a report come here. -->
  <xsl:template name="msg">
    <xsl:param name="key"/>
    <xsl:for-each select="$catalogue">
      <xsl:variable name="own" select="key('msg', $key)"/>
      <xsl:choose>
        <xsl:when test="$own and not(contains($own, '{'))">
          <xsl:value-of select="$own"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="$key"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="fill">
    <xsl:param name="text"/>
    <xsl:param name="a1"/>
    <xsl:param name="a2"/>
    <xsl:param name="a3"/>
    <xsl:param name="a4"/>
    <!-- Most messages have {1} and {2} at most: with no "{" left after
         them, {3} and {4} cannot be in the text. -->
    <xsl:variable name="two" select="str:replace(str:replace($text, '{1}', $a1), '{2}', $a2)"/>
    <xsl:choose>
      <xsl:when test="contains($two, '{')">
        <xsl:value-of select="str:replace(str:replace($two, '{3}', $a3), '{4}', $a4)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$two"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The separators of numbers: decimal, then grouping. -->
  <xsl:variable name="separators">
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'num.decimal'"/>
    </xsl:call-template>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'num.group'"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:variable name="sep" select="string($separators)"/>
  <xsl:variable name="na-word">
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'na.short'"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- Invented data (the bundled samples, illustrative="true"): a note on
       the first page and a word on every printed page, so that nobody
       reads the figures as real results of the agencies named. -->
  <xsl:variable name="illustrative-mark">
    <xsl:if test="/*/@illustrative = 'true'">
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'illustrative.mark'"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:variable>

  <xsl:template name="illustrative-note">
    <xsl:if test="/*/@illustrative = 'true'">
      <p class="illustrative" role="note">
        <strong><xsl:value-of select="$illustrative-mark"/></strong>
        <xsl:text> </xsl:text>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'illustrative.note'"/>
        </xsl:call-template>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- The review's scope, from the results' top-level areas marked core or
       chosen by the engine: "core EMS, CLIM; chosen themes: FAC, ICT" in
       the report's language. -->
  <xsl:template name="scope-line">
    <xsl:param name="r"/>
    <xsl:variable name="chosen" select="$r/e:area[@scope = 'chosen']"/>
    <xsl:variable name="key">
      <xsl:choose>
        <xsl:when test="$chosen">cover.scope-line</xsl:when>
        <xsl:otherwise>cover.scope-core-only</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="t">
      <xsl:with-param name="key" select="string($key)"/>
      <xsl:with-param name="a1">
        <xsl:call-template name="id-list">
          <xsl:with-param name="nodes" select="$r/e:area[@scope = 'core']"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="a2">
        <xsl:call-template name="id-list">
          <xsl:with-param name="nodes" select="$chosen"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The ids of nodes in document order, joined as the language lists. -->
  <xsl:template name="id-list">
    <xsl:param name="nodes"/>
    <xsl:variable name="sep">
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'list.sep'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:for-each select="$nodes">
      <xsl:if test="position() &gt; 1">
        <xsl:value-of select="$sep"/>
      </xsl:if>
      <xsl:value-of select="@id"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The status of the review (a peer-assessment of the results) in words,
       with the date the Peer Review Body approved it. -->
  <xsl:template name="review-status">
    <xsl:variable name="status">
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="concat('review.', @status)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="@approved">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'cover.approved-on'"/>
          <xsl:with-param name="a1" select="$status"/>
          <xsl:with-param name="a2">
            <xsl:call-template name="date">
              <xsl:with-param name="d" select="@approved"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$status"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The marking asked for (the parameter marking), else the catalogue's
       DRAFT when the results say the review is not yet approved. -->
  <xsl:template name="marking-or-draft">
    <xsl:param name="marking"/>
    <xsl:choose>
      <xsl:when test="normalize-space($marking) != ''">
        <xsl:value-of select="$marking"/>
      </xsl:when>
      <xsl:when test="/e:results/e:peer-assessment/@draft = 'true'">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'draft.mark'"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The words on the other side of every printed page's header: the
       marking (or DRAFT), and the illustrative mark. -->
  <xsl:template name="page-marking">
    <xsl:param name="marking"/>
    <xsl:variable name="m">
      <xsl:call-template name="marking-or-draft">
        <xsl:with-param name="marking" select="$marking"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:value-of select="normalize-space(concat($m, ' ', $illustrative-mark))"/>
  </xsl:template>

  <!-- A number in the language's separators, two decimals unless another
       format-number pattern is given; "na" becomes the catalogue's word. -->
  <xsl:template name="num">
    <xsl:param name="n"/>
    <xsl:param name="pattern" select="'#,##0.00'"/>
    <xsl:choose>
      <!-- A score as results print it ("55.00"): only the separator changes. -->
      <xsl:when test="$pattern = '#,##0.00' and string-length(substring-after($n, '.')) = 2
                      and string-length(substring-before($n, '.')) &lt;= 3 and not(starts-with($n, '-'))">
        <xsl:value-of select="translate($n, '.', $sep)"/>
      </xsl:when>
      <xsl:when test="string(number($n)) = 'NaN'">
        <xsl:value-of select="$na-word"/>
      </xsl:when>
      <xsl:when test="number($n) &lt; 0">
        <xsl:value-of select="concat('&#x2212;', translate(format-number(-$n, $pattern), '.,', $sep))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="translate(format-number($n, $pattern), '.,', $sep)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A score as results print it ("55.00", at most "100.00", or "na"):
       only the decimal separator changes. The cheap case of num, called
       for nearly every figure of a report. -->
  <xsl:template name="score-text">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n = 'na'"><xsl:value-of select="$na-word"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="translate($n, '.', $sep)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A decimal as given (a measure or a weight): its own digits. The
       usual case, a number not below zero, without a second call. -->
  <xsl:template name="value">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n &gt;= 0">
        <xsl:value-of select="translate(format-number($n, '#,##0.######'), '.,', $sep)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="num">
          <xsl:with-param name="n" select="$n"/>
          <xsl:with-param name="pattern" select="'#,##0.######'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
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
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="concat('month.', $month)"/>
            </xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="a3" select="substring($d, 1, 4)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$d"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Said once, on the cover, when some of the scorecard's texts are not
       given in the report's language: the engine lists the languages in
       which all of them are (doc/formats.md), and chose the texts. -->
  <xsl:template name="language-note">
    <xsl:variable name="complete" select="/*/e:languages/@complete"/>
    <xsl:if test="$complete and not(contains(concat(' ', $complete, ' '), concat(' ', $lang, ' ')))">
      <p class="language-note muted small">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'cover.language-fallback'"/>
        </xsl:call-template>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:variable name="scale-levels" select="/*/e:methodology/e:scale/e:level"/>
  <xsl:variable name="grade-list" select="/*/e:methodology/e:grades/e:grade"/>
  <!-- A scorecard may have no grades: the catalogue's sentences that name
       a grade then have a twin without it, KEY.ungraded. -->
  <xsl:variable name="graded-key"><xsl:if test="not($grade-list)">.ungraded</xsl:if></xsl:variable>

  <!-- The catalogue's key of what a flag means (head flag, part def or
       explain) or of why an attention list matters (head att, part why):
       the mandatory flag's names the grade cap. -->
  <xsl:template name="flag-key">
    <xsl:param name="head" select="'flag'"/>
    <xsl:param name="flag"/>
    <xsl:param name="part"/>
    <xsl:value-of select="concat($head, '.', $flag, '.', $part)"/>
    <xsl:if test="$flag = 'mandatory-unmet'"><xsl:value-of select="$graded-key"/></xsl:if>
  </xsl:template>

  <!-- A level by id (level-lookup below); a muted "not rated" for none. A
       report names a level hundreds of times, mostly the levels of the
       usual scale: their names are looked up once. -->
  <xsl:variable name="w.level.achieved"><xsl:call-template name="level-lookup"><xsl:with-param name="id" select="'achieved'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.level.in-progress"><xsl:call-template name="level-lookup"><xsl:with-param name="id" select="'in-progress'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.level.exceeded"><xsl:call-template name="level-lookup"><xsl:with-param name="id" select="'exceeded'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.level.initiated"><xsl:call-template name="level-lookup"><xsl:with-param name="id" select="'initiated'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.level.not-started"><xsl:call-template name="level-lookup"><xsl:with-param name="id" select="'not-started'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.level.na"><xsl:call-template name="level-lookup"><xsl:with-param name="id" select="'na'"/></xsl:call-template></xsl:variable>
  <xsl:variable name="w.leaf.not-rated"><xsl:call-template name="msg"><xsl:with-param name="key" select="'leaf.not-rated'"/></xsl:call-template></xsl:variable>
  <xsl:template name="level-name">
    <xsl:param name="id"/>
    <xsl:choose>
      <xsl:when test="$id = 'achieved'"><xsl:copy-of select="$w.level.achieved"/></xsl:when>
      <xsl:when test="$id = 'in-progress'"><xsl:copy-of select="$w.level.in-progress"/></xsl:when>
      <xsl:when test="$id = 'exceeded'"><xsl:copy-of select="$w.level.exceeded"/></xsl:when>
      <xsl:when test="$id = 'initiated'"><xsl:copy-of select="$w.level.initiated"/></xsl:when>
      <xsl:when test="$id = 'not-started'"><xsl:copy-of select="$w.level.not-started"/></xsl:when>
      <xsl:when test="string($id) = ''"><span class="muted"><xsl:copy-of select="$w.leaf.not-rated"/></span></xsl:when>
      <xsl:when test="$id = 'na'"><xsl:copy-of select="$w.level.na"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="level-lookup">
          <xsl:with-param name="id" select="$id"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A level by id: the catalogue's name for the usual levels, else the
       scorecard's own label (from the document's methodology). -->
  <xsl:template name="level-lookup">
    <xsl:param name="id"/>
    <xsl:for-each select="$catalogue">
      <xsl:variable name="own" select="key('msg', concat('level.', $id))"/>
      <xsl:choose>
        <xsl:when test="$own">
          <xsl:value-of select="$own"/>
        </xsl:when>
        <xsl:when test="$scale-levels[@id = $id]">
          <xsl:value-of select="$scale-levels[@id = $id]"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="$id"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- A grade by id, likewise: the scorecard's label up to its colon. -->
  <xsl:template name="grade-name">
    <xsl:param name="id"/>
    <xsl:variable name="label" select="string($grade-list[@id = $id])"/>
    <xsl:for-each select="$fallback">
      <xsl:choose>
        <xsl:when test="key('msg', concat('grade.', $id)) or $id = ''">
          <xsl:call-template name="msg">
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
    </xsl:for-each>
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

  <!-- A text cell of a CSV file: an RFC 4180 field, quoted (quotes
       doubled) when it holds a comma, a quote, a line break or leading or
       trailing space. A text a spreadsheet would read as a formula (first
       character =, +, -, @, tab or carriage return) gets a single quote
       before it, inside the quotes, as OWASP's "CSV injection" advice says.
       For text only: numbers are written as they are, so -3.5 stays a
       number. -->
  <xsl:template name="csv-field">
    <xsl:param name="s"/>
    <xsl:variable name="v" select="string($s)"/>
    <xsl:choose>
      <xsl:when test="starts-with($v, '=') or starts-with($v, '+') or starts-with($v, '-')
                      or starts-with($v, '@') or starts-with($v, '&#9;')
                      or starts-with($v, '&#13;')">
        <xsl:text>"'</xsl:text>
        <xsl:value-of select="str:replace($v, '&quot;', '&quot;&quot;')"/>
        <xsl:text>"</xsl:text>
      </xsl:when>
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
