<?xml version="1.0" encoding="UTF-8"?>
<!--
  Part of the peer-review report (included by peer-review.xsl): "Follow-up
  of earlier recommendations", from the results' <register>, and the line
  of the executive summary that counts them, and the management response
  to any recommendation of the register. The engine decides every
  status, overdue flag, count and the order (doc/formats.md, "Results");
  this only lays them out.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:e="urn:emscore:1"
                exclude-result-prefixes="e">

  <xsl:template name="followup-contents">
    <xsl:param name="n"/>
    <xsl:for-each select="/e:results/e:register[@earlier != '0']">
      <li>
        <a href="#followup">
          <xsl:value-of select="concat($n, ' ')"/>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'sec.followup'"/>
          </xsl:call-template>
        </a>
      </li>
    </xsl:for-each>
  </xsl:template>

  <!-- The executive summary's sentence on earlier recommendations. -->
  <xsl:template name="followup-summary">
    <xsl:for-each select="/e:results/e:register[@earlier != '0']">
      <p class="followup-summary">
        <xsl:call-template name="t">
          <xsl:with-param name="key" select="'fu.summary'"/>
          <xsl:with-param name="a1" select="@earlier"/>
          <xsl:with-param name="a2" select="@implemented"/>
          <xsl:with-param name="a3" select="@overdue"/>
        </xsl:call-template>
      </p>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="followup-section">
    <xsl:param name="n"/>
    <xsl:for-each select="/e:results/e:register[@earlier != '0']">
      <section class="chapter" id="followup">
        <h2>
          <xsl:value-of select="concat($n, ' ')"/>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'sec.followup'"/>
          </xsl:call-template>
        </h2>
        <p>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'fu.intro'"/>
          </xsl:call-template>
        </p>
        <table class="followup">
          <thead>
            <tr>
              <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'fu.col.recommendation'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'fu.col.response'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="msg"><xsl:with-param name="key" select="'col.status'"/></xsl:call-template></th>
            </tr>
          </thead>
          <tbody>
            <xsl:apply-templates select="e:recommendation[@earlier = 'true']" mode="followup"/>
          </tbody>
        </table>
      </section>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="e:recommendation" mode="followup">
    <xsl:variable name="latest" select="e:status[last()]"/>
    <tr id="rec-{@id}" class="fu-{@status}">
      <td>
        <p class="rec-id">
          <strong><xsl:value-of select="@id"/></strong>
          <xsl:text> · </xsl:text>
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'fu.made'"/>
            <xsl:with-param name="a1" select="@made"/>
            <xsl:with-param name="a2" select="@milestone"/>
          </xsl:call-template>
          <xsl:text> · </xsl:text>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="concat('priority.', @priority)"/>
          </xsl:call-template>
        </p>
        <p><xsl:apply-templates select="e:text" mode="text"/></p>
        <xsl:apply-templates select="." mode="owner-due"/>
      </td>
      <td>
        <xsl:apply-templates select="." mode="reply"/>
      </td>
      <td>
        <p>
          <strong class="fu-status">
            <xsl:choose>
              <xsl:when test="@status">
                <xsl:call-template name="msg">
                  <xsl:with-param name="key" select="concat('fu.status.', @status)"/>
                </xsl:call-template>
                <xsl:value-of select="concat(' (', @status-period, ')')"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="msg">
                  <xsl:with-param name="key" select="'fu.status.none'"/>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </strong>
          <xsl:if test="@overdue = 'true'">
            <xsl:text> </xsl:text>
            <span class="badge overdue">
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'fu.overdue'"/>
              </xsl:call-template>
            </span>
          </xsl:if>
        </p>
        <xsl:if test="@flags = 'disagreement'">
          <p class="note">
            <xsl:call-template name="t">
              <xsl:with-param name="key" select="'fu.disagreement'"/>
              <xsl:with-param name="a1">
                <xsl:call-template name="msg">
                  <xsl:with-param name="key" select="concat('fu.status.', $latest/@self)"/>
                </xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
          </p>
        </xsl:if>
        <xsl:for-each select="$latest/e:evidence">
          <p class="evidence">
            <xsl:apply-templates select="." mode="text"/>
            <xsl:if test="@href">
              <xsl:value-of select="concat(' [', @href, ']')"/>
            </xsl:if>
          </p>
        </xsl:for-each>
        <xsl:if test="$latest/e:comment">
          <p><xsl:apply-templates select="$latest/e:comment" mode="text"/></p>
        </xsl:if>
      </td>
    </tr>
  </xsl:template>

  <!-- The management response to a recommendation of the register: the
       decision, the planned action, its owner and due date. -->
  <xsl:template match="e:recommendation" mode="reply">
    <xsl:choose>
      <xsl:when test="e:reply">
        <xsl:for-each select="e:reply">
          <p>
            <strong>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="concat('fu.decision.', @decision)"/>
              </xsl:call-template>
            </strong>
          </p>
          <xsl:if test="e:action">
            <p><xsl:apply-templates select="e:action" mode="text"/></p>
          </xsl:if>
          <xsl:apply-templates select="." mode="owner-due"/>
          <xsl:if test="e:comment">
            <p><xsl:apply-templates select="e:comment" mode="text"/></p>
          </xsl:if>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <p>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'fu.no-response'"/>
          </xsl:call-template>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Who owns a recommendation or a reply, and when it is due. -->
  <xsl:template match="e:recommendation | e:reply" mode="owner-due">
    <xsl:if test="@owner or @due">
      <p class="meta">
        <xsl:if test="@owner">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'fu.owner'"/>
            <xsl:with-param name="a1" select="@owner"/>
          </xsl:call-template>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:if test="@due">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="'fu.due'"/>
            <xsl:with-param name="a1">
              <xsl:call-template name="date"><xsl:with-param name="d" select="@due"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </p>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
