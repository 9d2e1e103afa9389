<?xml version="1.0" encoding="UTF-8"?>
<!--
  Peer-review report, executive edition: this review's recommendations in
  the order the results give them (<recommendations>: highest priority
  first), each beside the agency's management response as the register
  holds it (looked up by the recommendation's id, key "register").
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                exclude-result-prefixes="e">

  <xsl:template name="responses-section">
    <xsl:param name="n"/>
    <xsl:variable name="recs" select="$r/e:recommendations/e:recommendation"/>
    <section class="chapter" id="responses">
      <xsl:call-template name="chapter-title">
        <xsl:with-param name="n" select="$n"/>
        <xsl:with-param name="key" select="'sec.responses'"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="not($recs)">
          <p class="muted">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'rec.none'"/>
            </xsl:call-template>
          </p>
        </xsl:when>
        <xsl:otherwise>
          <p>
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'resp.intro'"/>
            </xsl:call-template>
          </p>
          <table class="followup responses">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'fu.col.recommendation'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'fu.col.response'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$recs">
                <xsl:variable name="leaf" select="key('leaf', @ref)"/>
                <xsl:variable name="made" select="$leaf/e:peer/e:recommendation[position() = current()/@n]"/>
                <tr id="rec-{$made/@id}">
                  <td>
                    <p class="rec-id">
                      <span class="prio prio-{@priority}">
                        <xsl:call-template name="msg">
                          <xsl:with-param name="key" select="concat('priority.', @priority)"/>
                        </xsl:call-template>
                      </span>
                      <xsl:text> </xsl:text>
                      <strong><xsl:value-of select="$made/@id"/></strong>
                    </p>
                    <p><xsl:apply-templates select="$made" mode="text"/></p>
                    <p class="small muted">
                      <xsl:apply-templates select="$leaf" mode="ref"/>
                    </p>
                  </td>
                  <td>
                    <xsl:apply-templates select="key('register', $made/@id)" mode="reply"/>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

</xsl:stylesheet>
