/*
 * Self and peer assessments: the minimal valid ones load, alone and checked
 * against the default UN EMS scorecard, and each rule of doc/formats.md
 * broken alone fails with EMS_EINVALID and exactly one diagnostic, on the
 * right line, naming the problem.
 */
#include "unit_helpers.h"

#include "model.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

static const char SELF[] =
    "<?xml version='1.0' encoding='UTF-8'?>\n"                                              /*  1 */
    "<assessment xmlns='urn:emscore:1' kind='self' scorecard='un-ems' "
    "scorecard-version='2014.1' agency='UNIDO' period='2014' profile='unido-vic'>\n"       /*  2 */
    "  <assessor>Environmental focal point, UNIDO</assessor>\n"                            /*  3 */
    "  <date>2014-03-01</date>\n"                                                          /*  4 */
    "  <response milestone='EMS1' level='achieved'>\n"                                     /*  5 */
    "    <evidence href='UNIDO/DGB/2012/03'>Director-General's bulletin</evidence>\n"      /*  6 */
    "  </response>\n"                                                                      /*  7 */
    "  <response milestone='EMS2' level='na'>\n"                                           /*  8 */
    "    <justification>The policy of the Vienna centre applies.</justification>\n"        /*  9 */
    "  </response>\n"                                                                      /* 10 */
    "  <response milestone='EMS3' level='in-progress'/>\n"                                 /* 11 */
    "  <measure indicator='IND-GHG-PERCAP' value='8.5'/>\n"                                /* 12 */
    "</assessment>\n";                                                                     /* 13 */

static const char PEER[] =
    "<?xml version='1.0' encoding='UTF-8'?>\n"                                              /*  1 */
    "<assessment xmlns='urn:emscore:1' kind='peer' scorecard='un-ems' "
    "scorecard-version='2014.1' agency='UNIDO' period='2014'>\n"                           /*  2 */
    "  <mission from='2014-05-12' to='2014-05-16'>Vienna International Centre</mission>\n" /*  3 */
    "  <team>\n"                                                                           /*  4 */
    "    <reviewer id='r1' agency='UNEP' role='lead'>Reviewer from UNEP</reviewer>\n"      /*  5 */
    "    <reviewer id='r2' agency='WMO'>Reviewer from WMO</reviewer>\n"                    /*  6 */
    "  </team>\n"                                                                          /*  7 */
    "  <response milestone='EMS1'>\n"                                                      /*  8 */
    "    <rating by='r1' level='achieved'/>\n"                                             /*  9 */
    "    <rating by='r2' level='in-progress'/>\n"                                          /* 10 */
    "    <consensus level='achieved'/>\n"                                                  /* 11 */
    "    <finding>The bulletin is known to senior management.</finding>\n"                 /* 12 */
    "    <recommendation id='UNIDO-2014-R01' priority='medium'>Publish it on the intranet.</recommendation>\n" /* 13 */
    "  </response>\n"                                                                      /* 14 */
    "  <response milestone='EMS2'>\n"                                                      /* 15 */
    "    <rating by='r1' level='achieved'/>\n"                                             /* 16 */
    "  </response>\n"                                                                      /* 17 */
    "  <measure indicator='IND-GHG-PERCAP' value='9'/>\n"                                  /* 18 */
    "</assessment>\n";                                                                     /* 19 */

static ems_scorecard *un_ems(void)
{
    ems_scorecard *sc = NULL;
    assert_int_equal(ems_scorecard_load(&sc, unit_engine, unit_ctx,
                                        EMS_SOURCE_DIR "/scorecards/un-ems.xml"),
                     EMS_OK);
    return sc;
}

/* One rule broken alone; with_scorecard checks against un-ems.xml. */
typedef struct rule_case {
    const char *name;
    const char *base;
    const char *edits[5]; /* (from, to) pairs, NULL-terminated */
    bool with_scorecard;
    int status;
    long line;
    const char *words;
} rule_case;

static rule_case rules[] = {
    /* ---- rules needing no scorecard, in the order of doc/formats.md ---- */
    {"test_assessment__self_response_has_level", SELF,
     {"<response milestone='EMS3' level='in-progress'/>", "<response milestone='EMS3'/>"}, false,
     EMS_EINVALID, 11, "response to 'EMS3' has no level"},
    {"test_assessment__self_response_has_no_rating", SELF,
     {"<response milestone='EMS3' level='in-progress'/>",
      "<response milestone='EMS3' level='in-progress'><rating by='r1' level='achieved'/></response>"},
     false, EMS_EINVALID, 11, "response to 'EMS3' has <rating> or <consensus>"},
    {"test_assessment__self_response_has_no_consensus", SELF,
     {"<response milestone='EMS3' level='in-progress'/>",
      "<response milestone='EMS3' level='in-progress'><consensus level='achieved'/></response>"},
     false, EMS_EINVALID, 11, "response to 'EMS3' has <rating> or <consensus>"},
    {"test_assessment__peer_response_has_no_level", PEER,
     {"<response milestone='EMS2'>", "<response milestone='EMS2' level='achieved'>"}, false,
     EMS_EINVALID, 15, "response to 'EMS2' has a level attribute"},
    {"test_assessment__peer_response_has_rating", PEER,
     {"<response milestone='EMS2'>\n    <rating by='r1' level='achieved'/>",
      "<response milestone='EMS2'>\n    <comment>Not rated by the team.</comment>"},
     false, EMS_EINVALID, 15, "response to 'EMS2' has no <rating> and no <consensus>"},
    {"test_assessment__peer_has_mission", PEER,
     {"<mission from='2014-05-12' to='2014-05-16'>Vienna International Centre</mission>",
      "<!-- no mission -->"},
     false, EMS_EINVALID, 2, "peer assessment without <mission"},
    {"test_assessment__team_has_a_lead", PEER, {"role='lead'", "role='member'"}, false,
     EMS_EINVALID, 4, "the review team has no lead: give one reviewer role=\"lead\""},
    {"test_assessment__observers_do_not_rate", PEER,
     {"<reviewer id='r2' agency='WMO'>", "<reviewer id='r2' agency='WMO' role='observer'>"},
     false, EMS_EINVALID, 10,
     "rating by 'r2', who takes part as observer: only the team's lead and members rate"},
    {"test_assessment__secretariat_does_not_rate", PEER,
     {"<reviewer id='r2' agency='WMO'>", "<reviewer id='r2' agency='WMO' role='secretariat'>"},
     false, EMS_EINVALID, 10, "rating by 'r2', who takes part as secretariat"},
    {"test_assessment__nobody_rates_their_own_agency", PEER,
     {"<reviewer id='r2' agency='WMO'>", "<reviewer id='r2' agency='UNIDO'>"}, false,
     EMS_EINVALID, 10, "rating by 'r2' of UNIDO, the agency under review"},
    {"test_assessment__approved_review_gives_its_date", PEER,
     {"period='2014'>", "period='2014' status='approved'>"}, false, EMS_EINVALID, 2,
     "a review with status=\"approved\" gives the date the Peer Review Body approved it"},
    {"test_assessment__approval_date_needs_approval", PEER,
     {"period='2014'>", "period='2014' status='submitted' approved='2014-06-30'>"}, false,
     EMS_EINVALID, 2, "approved=\"2014-06-30\" on a review with status=\"submitted\""},
    {"test_assessment__self_has_no_status", SELF,
     {"period='2014'", "period='2014' status='draft'"}, false, EMS_EINVALID, 2,
     "self-assessment with a status or approval date"},
    {"test_assessment__peer_has_team", PEER, {"<team>", "<!--", "</team>", "-->"}, false,
     EMS_EINVALID, 2, "peer assessment without a <team> of reviewers"},
    {"test_assessment__self_has_no_mission", SELF,
     {"<date>2014-03-01</date>",
      "<date>2014-03-01</date><mission from='2014-05-12' to='2014-05-16'>Vienna</mission>"},
     false, EMS_EINVALID, 4, "self-assessment with a <mission>"},
    {"test_assessment__self_has_no_team", SELF,
     {"<date>2014-03-01</date>",
      "<date>2014-03-01</date><team><reviewer id='r1' agency='UNEP' role='lead'>R</reviewer></team>"},
     false, EMS_EINVALID, 4, "self-assessment with a <team>"},
    {"test_assessment__reviewer_ids_unique", PEER,
     {"Reviewer from WMO</reviewer>",
      "Reviewer from WMO</reviewer><reviewer id='r2' agency='UNDP'>Reviewer from UNDP</reviewer>"},
     false, EMS_EINVALID, 6, "duplicate reviewer id 'r2': already used on line 6"},
    {"test_assessment__rating_by_team_member", PEER, {"by='r2'", "by='r3'"}, false,
     EMS_EINVALID, 10, "rating by 'r3', who is not a reviewer of the <team>"},
    {"test_assessment__rating_once_per_reviewer", PEER, {"by='r2'", "by='r1'"}, false,
     EMS_EINVALID, 10, "reviewer 'r1' rates milestone 'EMS1' twice (first on line 9)"},
    {"test_assessment__na_level_needs_justification", SELF,
     {"<justification>The policy of the Vienna centre applies.</justification>", ""}, false,
     EMS_EINVALID, 8, "response to 'EMS2' says not applicable (na) but gives no <justification>"},
    {"test_assessment__na_needs_nonblank_justification", SELF,
     {"<justification>The policy of the Vienna centre applies.</justification>",
      "<justification>  </justification>"},
     false, EMS_EINVALID, 8, "says not applicable (na)"},
    {"test_assessment__na_rating_needs_justification", PEER,
     {"<rating by='r2' level='in-progress'/>", "<rating by='r2' level='na'/>"}, false,
     EMS_EINVALID, 8, "response to 'EMS1' says not applicable (na)"},
    {"test_assessment__na_consensus_needs_justification", PEER,
     {"<consensus level='achieved'/>", "<consensus level='na'/>"}, false, EMS_EINVALID, 8,
     "response to 'EMS1' says not applicable (na)"},
    {"test_assessment__one_response_per_milestone", SELF,
     {"milestone='EMS3'", "milestone='EMS1'"}, false, EMS_EINVALID, 11,
     "second response to milestone 'EMS1' (the first is on line 5)"},
    {"test_assessment__one_measure_per_indicator", SELF,
     {"value='8.5'/>", "value='8.5'/>\n  <measure indicator='IND-GHG-PERCAP' value='7'/>"}, false,
     EMS_EINVALID, 13, "second measure of indicator 'IND-GHG-PERCAP' (the first is on line 12)"},
    {"test_assessment__self_has_no_record", SELF,
     {"<date>2014-03-01</date>",
      "<date>2014-03-01</date><interviews><interview>Procurement Services</interview></interviews>"},
     false, EMS_EINVALID, 4, "self-assessment with <interviews>: the mission's interviews"},
    {"test_assessment__one_conclusions_per_area", PEER,
     {"</team>", "</team><narrative><conclusions area='EMS'><p>A.</p></conclusions>"
                 "<conclusions area='EMS'><p>B.</p></conclusions></narrative>"},
     false, EMS_EINVALID, 7, "second conclusions on area 'EMS' (the first are on line 7)"},
    {"test_assessment__mission_ends_after_start", PEER, {"to='2014-05-16'", "to='2014-05-02'"},
     false, EMS_EINVALID, 3, "mission ends (2014-05-02) before it starts (2014-05-12)"},

    /* ---- checks against the scorecard ---- */
    {"test_assessment__scorecard_id_matches", SELF, {"scorecard='un-ems'", "scorecard='un-ems-2'"},
     true, EMS_EINVALID, 2, "assessment is of scorecard 'un-ems-2', not 'un-ems'"},
    {"test_assessment__scorecard_version_matches", SELF,
     {"scorecard-version='2014.1'", "scorecard-version='2015.1'"}, true, EMS_EINVALID, 2,
     "assessment is of scorecard version '2015.1'"},
    {"test_assessment__profile_exists", SELF, {"profile='unido-vic'", "profile='unido-hq'"}, true,
     EMS_EINVALID, 2, "profile 'unido-hq' is not defined in scorecard 'un-ems'"},
    {"test_assessment__response_names_milestone", SELF, {"milestone='EMS3'", "milestone='EMS99'"},
     true, EMS_EINVALID, 11, "response to 'EMS99', which is not in scorecard 'un-ems'"},
    {"test_assessment__response_not_to_area", SELF, {"milestone='EMS3'", "milestone='CLIM'"}, true,
     EMS_EINVALID, 11, "response to 'CLIM', which is an area"},
    {"test_assessment__response_not_to_indicator", SELF,
     {"milestone='EMS3'", "milestone='IND-RENEW'"}, true, EMS_EINVALID, 11,
     "response to 'IND-RENEW', which is an indicator"},
    {"test_assessment__measure_names_indicator", SELF,
     {"indicator='IND-GHG-PERCAP'", "indicator='IND-PAPER'"}, true, EMS_EINVALID, 12,
     "measure of 'IND-PAPER', which is not in scorecard 'un-ems'"},
    {"test_assessment__measure_not_of_milestone", SELF,
     {"indicator='IND-GHG-PERCAP'", "indicator='EMS4'"}, true, EMS_EINVALID, 12,
     "measure of 'EMS4', which is a milestone, not an indicator"},
    {"test_assessment__measure_not_of_area", SELF, {"indicator='IND-GHG-PERCAP'", "indicator='FAC'"},
     true, EMS_EINVALID, 12, "measure of 'FAC', which is an area, not an indicator"},
    {"test_assessment__response_level_in_scale", SELF,
     {"level='in-progress'/>", "level='underway'/>"}, true, EMS_EINVALID, 11,
     "response level 'underway' is not in the scale of scorecard 'un-ems' (levels: not-started, "
     "initiated, in-progress, achieved, exceeded, na)"},
    {"test_assessment__rating_level_in_scale", PEER,
     {"level='in-progress'/>", "level='underway'/>"}, true, EMS_EINVALID, 10,
     "rating level 'underway' is not in the scale"},
    {"test_assessment__conclusions_name_an_area", PEER,
     {"</team>", "</team><narrative><conclusions area='WATER'><p>A.</p></conclusions></narrative>"},
     true, EMS_EINVALID, 7, "conclusions on area 'WATER', which is not in scorecard 'un-ems'"},
    {"test_assessment__conclusions_not_on_milestone", PEER,
     {"</team>", "</team><narrative><conclusions area='EMS1'><p>A.</p></conclusions></narrative>"},
     true, EMS_EINVALID, 7, "conclusions on 'EMS1', which is a milestone: the team concludes on top-level areas"},
    {"test_assessment__conclusions_on_top_level_area", PEER,
     {"</team>", "</team><narrative><conclusions area='FAC-WW'><p>A.</p></conclusions></narrative>"},
     true, EMS_EINVALID, 7, "conclusions on 'FAC-WW', which is part of area 'FAC'"},
    {"test_assessment__consensus_level_in_scale", PEER,
     {"<consensus level='achieved'/>", "<consensus level='done'/>"}, true, EMS_EINVALID, 11,
     "consensus level 'done' is not in the scale"},

    /* ---- schema rules ---- */
    {"test_assessment__schema_required_attribute", SELF, {" agency='UNIDO'", ""}, false,
     EMS_EINVALID, 2, "<assessment> lacks the required attribute 'agency'"},
    {"test_assessment__schema_agency_path_traversal", SELF, {"agency='UNIDO'", "agency='../UNIDO'"},
     false, EMS_EINVALID, 2, "attribute 'agency' of <assessment>: '../UNIDO' is not a valid identifier"},
    {"test_assessment__schema_kind", SELF, {"kind='self'", "kind='external'"}, false, EMS_EINVALID,
     2, "'external' is not one of {'self', 'peer', 'response'}"},
    {"test_assessment__schema_date", SELF, {"2014-03-01", "01/03/2014"}, false, EMS_EINVALID, 4,
     "<date>: '01/03/2014' is not a date: use YYYY-MM-DD"},
    {"test_assessment__schema_mission_date", PEER, {"from='2014-05-12'", "from='12 May 2014'"},
     false, EMS_EINVALID, 3, "attribute 'from' of <mission>: '12 May 2014' is not a date"},
    {"test_assessment__schema_measure_infinite", SELF, {"value='8.5'", "value='INF'"}, false,
     EMS_EINVALID, 12, "attribute 'value' of <measure>: 'INF' is not a decimal number"},
    {"test_assessment__schema_measure_exponent", SELF, {"value='8.5'", "value='8.5e0'"}, false,
     EMS_EINVALID, 12, "'8.5e0' is not a decimal number"},
    {"test_assessment__schema_priority", PEER, {"priority='medium'", "priority='urgent'"}, false,
     EMS_EINVALID, 13, "'urgent' is not one of {'high', 'medium', 'low'}"},
    {"test_assessment__schema_rating_order", PEER,
     {"<consensus level='achieved'/>", "<consensus level='achieved'/><rating by='r1' level='na'/>"},
     false, EMS_EINVALID, 11, "<rating> is not allowed here; expected one of: evidence"},
    {"test_assessment__schema_interview_date", PEER,
     {"</team>", "</team><interviews><interview date='9 June 2014'>Travel Unit</interview></interviews>"},
     false, EMS_EINVALID, 7, "attribute 'date' of <interview>: '9 June 2014' is not a date"},
    {"test_assessment__schema_paragraphs", PEER,
     {"</team>", "</team><narrative><context>Vienna.<p>V.</p></context></narrative>"}, false, EMS_EINVALID,
     7, "<context> may not contain text, only elements"},
    {"test_assessment__schema_record_order", PEER,
     {"</team>", "</team><narrative><context><p>V.</p></context></narrative><interviews><interview>"
                 "Travel Unit</interview></interviews>"},
     false, EMS_EINVALID, 7, "<interviews> is not allowed here"},
    {"test_assessment__schema_unknown_element", SELF,
     {"<assessor>", "<reviewer id='r1' agency='UNEP'>R</reviewer><assessor>"}, false,
     EMS_EINVALID, 3, "<reviewer id=\"r1\"> is not allowed here"},
};

static void test_assessment__rule(void **state)
{
    const rule_case *c = *state;
    ems_scorecard *sc = c->with_scorecard ? un_ems() : NULL;
    char *doc = unit_edit_list(__FILE__, __LINE__, c->base, c->edits);
    assert_int_equal(unit_assessment(NULL, doc, sc), c->status);
    assert_only_error(c->line, c->words);
    assert_string_equal(ems_ctx_diag(unit_ctx, 0)->file, "assessment.xml");
    free(doc);
    ems_scorecard_free(sc);
}

static void test_assessment__minimal_self(void **state)
{
    (void)state;
    ems_scorecard *sc = un_ems();
    ems_assessment *as = NULL;
    assert_int_equal(unit_assessment(&as, SELF, sc), EMS_OK);
    assert_int_equal(ems_ctx_ndiags(unit_ctx), 0);
    assert_string_equal(ems_assessment_kind(as), "self");
    assert_string_equal(ems_assessment_agency(as), "UNIDO");
    assert_string_equal(ems_assessment_period(as), "2014");
    assert_string_equal(as->profile, "unido-vic");
    assert_string_equal(as->date, "2014-03-01");
    assert_int_equal(as->nresponses, 3);
    assert_int_equal(as->responses[0].level, 3); /* achieved */
    assert_int_equal(as->responses[0].nevidence, 1);
    assert_string_equal(as->responses[0].evidence[0].href, "UNIDO/DGB/2012/03");
    assert_int_equal(as->responses[1].level, EMS_LEVEL_NA);
    size_t ems3;
    assert_true(ems_idmap__get(&sc->item_ids, "EMS3", &ems3));
    assert_int_equal(as->responses[2].item, ems3);
    assert_int_equal(as->nmeasures, 1);
    assert_string_equal(as->measures[0].value, "8.5");
    assert_int_not_equal(as->measures[0].item, EMS_NONE);
    ems_assessment_free(as);
    ems_scorecard_free(sc);
}

static void test_assessment__minimal_peer(void **state)
{
    (void)state;
    ems_scorecard *sc = un_ems();
    ems_assessment *as = NULL;
    assert_int_equal(unit_assessment(&as, PEER, sc), EMS_OK);
    assert_string_equal(ems_assessment_kind(as), "peer");
    assert_string_equal(as->mission_from, "2014-05-12");
    assert_int_equal(as->nteam, 2);
    assert_string_equal(as->team[1].agency, "WMO");
    const ems_response *r = &as->responses[0];
    assert_int_equal(r->nratings, 2);
    assert_int_equal(r->ratings[1].reviewer, 1);
    assert_int_equal(r->ratings[1].level, 2); /* in-progress */
    assert_int_equal(r->consensus, 3);
    assert_int_equal(r->nfindings, 1);
    assert_int_equal(r->nrecommendations, 1);
    assert_int_equal(r->recommendations[0].priority, EMS_PRIO_MEDIUM);
    assert_int_equal(as->responses[1].level, EMS_LEVEL_UNSET);
    ems_assessment_free(as);
    ems_scorecard_free(sc);
}

/* The mission's record: every part loads, paragraphs in order and as
 * written (inside white space too), conclusions resolved to their area. */
static void test_assessment__record(void **state)
{
    (void)state;
    char *doc = unit_edit(PEER, "</team>",
                          "</team>\n"
                          "  <interviews><interview date='2014-05-12'>Procurement Services</interview>"
                          "<interview>Travel Unit</interview></interviews>\n"
                          "  <documents><document ref='UNIDO/DGB/2012/03' date='2012-04-16'>Bulletin"
                          "</document><document>Travel policy</document></documents>\n"
                          "  <narrative><executive-summary><p>One.</p><p>Two,\n  continued.</p>"
                          "</executive-summary><context><p xml:lang='fr'>Vienne.</p></context>"
                          "<conclusions area='FAC'><p>Facilities.</p></conclusions>"
                          "<conclusions area='EMS'><p>System.</p></conclusions></narrative>");
    ems_scorecard *sc = un_ems();
    ems_assessment *as = NULL;
    assert_int_equal(unit_assessment(&as, doc, sc), EMS_OK);
    assert_int_equal(as->ninterviews, 2);
    assert_string_equal(as->interviews[0].date, "2014-05-12");
    assert_string_equal(as->interviews[1].unit.text, "Travel Unit");
    assert_null(as->interviews[1].date);
    assert_int_equal(as->ndocuments, 2);
    assert_string_equal(as->documents[0].ref, "UNIDO/DGB/2012/03");
    assert_string_equal(as->documents[0].date, "2012-04-16");
    assert_null(as->documents[1].ref);
    assert_int_equal(as->summary.n, 2);
    assert_string_equal(as->summary.p[1].text, "Two,\n  continued.");
    assert_string_equal(as->context.p[0].lang, "fr");
    assert_int_equal(as->nconclusions, 2);
    size_t fac;
    assert_true(ems_idmap__get(&sc->item_ids, "FAC", &fac));
    assert_int_equal(as->conclusions[0].item, fac);
    assert_int_equal(as->conclusions[1].line, 11);
    ems_assessment_free(as);
    ems_scorecard_free(sc);
    free(doc);
}

/* Without a scorecard nothing is resolved, so names it lacks pass. */
static void test_assessment__unchecked_without_scorecard(void **state)
{
    (void)state;
    char *doc = unit_edit(SELF, "milestone='EMS3'", "milestone='EMS99'", "scorecard='un-ems'",
                          "scorecard='other'");
    ems_assessment *as = NULL;
    assert_int_equal(unit_assessment(&as, doc, NULL), EMS_OK);
    assert_int_equal(as->responses[2].item, EMS_NONE);
    assert_int_equal(as->responses[2].level, EMS_LEVEL_UNSET);
    ems_assessment_free(as);
    free(doc);
}

static void test_assessment__consensus_alone_and_one_day_mission(void **state)
{
    (void)state;
    char *doc = unit_edit(PEER, "to='2014-05-16'", "to='2014-05-12'",
                          "<rating by='r1' level='achieved'/>\n    <rating by='r2' level='in-progress'/>",
                          "");
    ems_scorecard *sc = un_ems();
    assert_int_equal(unit_assessment(NULL, doc, sc), EMS_OK);
    ems_scorecard_free(sc);
    free(doc);
}

/* Every check runs: independent faults are all reported. */
static void test_assessment__all_faults_reported(void **state)
{
    (void)state;
    char *doc = unit_edit(SELF, "<response milestone='EMS3' level='in-progress'/>",
                          "<response milestone='EMS3'/>", "milestone='EMS2'", "milestone='EMS1'",
                          "<date>2014-03-01</date>",
                          "<date>2014-03-01</date><team><reviewer id='r1' agency='UNEP' role='lead'>R</reviewer></team>");
    assert_int_equal(unit_assessment(NULL, doc, NULL), EMS_EINVALID);
    assert_int_equal(ems_ctx_nerrors(unit_ctx), 3);
    assert_some_error(11, "has no level");
    assert_some_error(8, "second response to milestone 'EMS1'");
    assert_some_error(4, "self-assessment with a <team>");
    free(doc);
}

static void test_assessment__scorecard_is_not_an_assessment(void **state)
{
    (void)state;
    const char *doc = "<?xml version='1.0'?>\n"
                      "<scorecard xmlns='urn:emscore:1' id='x' version='1'/>\n";
    assert_int_equal(unit_assessment(NULL, doc, NULL), EMS_EINVALID);
    assert_only_error(2, "this is a scorecard, not an assessment");
}

static void test_assessment__item_limit(void **state)
{
    (void)state;
    assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_ITEMS, 3), EMS_OK);
    assert_int_equal(unit_assessment(NULL, SELF, NULL), EMS_ELIMIT);
    assert_only_error(0, "the assessment has more than 3 responses and measures");
    ems_ctx_clear(unit_ctx);
    assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_ITEMS, 4), EMS_OK);
    assert_int_equal(unit_assessment(NULL, SELF, NULL), EMS_OK);
}

/* The shipped samples are valid against the default scorecard. */
static void test_assessment__samples_validate(void **state)
{
    (void)state;
    static const char *const samples[] = {"unep-2014-self", "unep-2014-peer", "unido-2014-self",
                                          "unido-2014-peer", "wmo-2014-self", "wmo-2014-peer"};
    ems_scorecard *sc = un_ems();
    for (size_t i = 0; i < ARRAY_LEN(samples); i++) {
        char path[512];
        snprintf(path, sizeof(path), "%s/scorecards/samples/%s.xml", EMS_SOURCE_DIR, samples[i]);
        ems_doc_summary s = EMS_DOC_SUMMARY_INIT;
        assert_int_equal(ems_validate_file(&s, unit_engine, unit_ctx, path, sc), EMS_OK);
        assert_int_equal(s.type, EMS_DOC_ASSESSMENT);
        assert_string_equal(s.kind, strstr(samples[i], "peer") ? "peer" : "self");
    }
    ems_scorecard_free(sc);
}

/* A hostile file cannot flood memory with diagnostics, and the count of
 * errors stays true. */
static void test_assessment__diagnostics_bounded(void **state)
{
    (void)state;
    enum { N = 1100 };
    size_t cap = 256 + N * 40, used = 0;
    char *doc = malloc(cap);
    assert_non_null(doc);
    used += (size_t)snprintf(doc, cap, "<assessment xmlns='urn:emscore:1' kind='self' "
                             "scorecard='un-ems' scorecard-version='2014.1' agency='UNEP' period='2014'>\n");
    for (int i = 0; i < N; i++)
        used += (size_t)snprintf(doc + used, cap - used, "<response milestone='M%d'/>\n", i);
    snprintf(doc + used, cap - used, "</assessment>\n");
    assert_int_equal(unit_assessment(NULL, doc, NULL), EMS_EINVALID);
    assert_int_equal(ems_ctx_ndiags(unit_ctx), 1000);
    assert_int_equal(ems_ctx_nerrors(unit_ctx), N);
    free(doc);
}

static void test_assessment__bad_arguments(void **state)
{
    (void)state;
    ems_assessment *as = (ems_assessment *)&as;
    assert_int_equal(ems_assessment_load_memory(&as, unit_engine, unit_ctx, "x", NULL, 0, NULL),
                     EMS_EARG);
    assert_null(as);
    as = (ems_assessment *)&as;
    assert_int_equal(ems_assessment_load(&as, NULL, unit_ctx, "x", NULL), EMS_EARG);
    assert_null(as);
    ems_assessment_free(NULL);
    assert_null(ems_assessment_kind(NULL));
    assert_null(ems_assessment_agency(NULL));
}

int main(void)
{
    static const struct CMUnitTest fixed[] = {
        cmocka_unit_test_setup(test_assessment__minimal_self, unit_setup),
        cmocka_unit_test_setup(test_assessment__minimal_peer, unit_setup),
        cmocka_unit_test_setup(test_assessment__record, unit_setup),
        cmocka_unit_test_setup(test_assessment__unchecked_without_scorecard, unit_setup),
        cmocka_unit_test_setup(test_assessment__consensus_alone_and_one_day_mission, unit_setup),
        cmocka_unit_test_setup(test_assessment__all_faults_reported, unit_setup),
        cmocka_unit_test_setup(test_assessment__scorecard_is_not_an_assessment, unit_setup),
        cmocka_unit_test_setup(test_assessment__item_limit, unit_setup),
        cmocka_unit_test_setup(test_assessment__samples_validate, unit_setup),
        cmocka_unit_test_setup(test_assessment__diagnostics_bounded, unit_setup),
        cmocka_unit_test_setup(test_assessment__bad_arguments, unit_setup),
    };
    struct CMUnitTest tests[ARRAY_LEN(fixed) + ARRAY_LEN(rules)];
    memcpy(tests, fixed, sizeof(fixed));
    for (size_t i = 0; i < ARRAY_LEN(rules); i++)
        tests[ARRAY_LEN(fixed) + i] =
            (struct CMUnitTest){rules[i].name, test_assessment__rule, unit_setup, NULL, &rules[i]};
    return unit_run("assessment", tests);
}
