/*
 * Templates: the XML template and the HTML form hold exactly the items the
 * scorer selects (an unselected ancestor area wins, a later select wins),
 * the XML template loads as an assessment of the scorecard whatever its
 * texts hold ("--" is not allowed in an XML comment), the peer template
 * validates with its mission's record commented out, the form shows the scorecard's texts as text, the same inputs
 * give the same bytes, and bad arguments are refused with EMS_EARG and a
 * message.
 */
#include "unit_helpers.h"

#include "util/ident.h"

static const char CARD[] =
    "<scorecard xmlns=\"urn:emscore:1\" id=\"t\" version=\"1\">\n"
    "  <title>Test card</title>\n"
    "  <scale achieved=\"yes\"><level id=\"no\" value=\"0\">No</level>"
    "<level id=\"yes\" value=\"1\">Yes</level></scale>\n"
    "  <grades mandatory-cap=\"low\"><grade id=\"high\" min=\"50\">High</grade>"
    "<grade id=\"low\" min=\"0\">Low</grade></grades>\n"
    "  <area id=\"A\"><title>Area A</title>\n"
    "    <milestone id=\"A1\" evidence=\"required\"><title>First -- with dashes</title>"
    "<guidance>Ends with a dash -</guidance></milestone>\n"
    "    <area id=\"A-sub\"><title>Sub</title>\n"
    "      <milestone id=\"A2\" requires=\"A1\"><title>Second</title></milestone>\n"
    "    </area>\n"
    "    <indicator id=\"A3\" better=\"lower\" unit=\"t &amp; kg\">"
    "<title>Third &lt;/script&gt;&lt;script&gt;alert(1)</title>"
    "<threshold level=\"yes\" value=\"5\"/></indicator>\n"
    "  </area>\n"
    "  <area id=\"B\" weight=\"0\"><title>B</title><milestone id=\"B1\"><title>B one</title>"
    "</milestone></area>\n"
    "  <profile id=\"no-sub\"><title>Without the sub-area</title>"
    "<select idref=\"A-sub\" selected=\"false\"/><select idref=\"A2\"/>"
    "<select idref=\"B1\" selected=\"false\"/></profile>\n"
    "  <profile id=\"later-wins\"><title>Later wins</title>"
    "<select idref=\"B1\" selected=\"false\"/><select idref=\"B1\" selected=\"true\"/></profile>\n"
    "  <profile id=\"without-b\"><title>Without B</title><select idref=\"B\" selected=\"false\"/>"
    "</profile>\n"
    "  <profile id=\"nothing\"><title>None</title><select idref=\"A\" selected=\"false\"/>"
    "<select idref=\"B\" selected=\"false\"/></profile>\n"
    "</scorecard>\n";

static ems_scorecard *card(void)
{
    ems_scorecard *sc = NULL;
    if (unit_scorecard(&sc, CARD) != EMS_OK)
        unit_dump_diags();
    assert_non_null(sc);
    return sc;
}

/* A template of sc, checking the out-parameter contract. */
static int build(char **out, const ems_scorecard *sc, const char *profile, const char *kind,
                 const char *format)
{
    ems_template_options o = EMS_TEMPLATE_OPTIONS_INIT;
    o.agency = "UNEP";
    o.period = "2014";
    o.profile = profile;
    if (kind)
        assert_int_equal(ems_template_kind_from_name(&o.kind, kind), EMS_OK);
    if (format)
        assert_int_equal(ems_template_format_from_name(&o.format, format), EMS_OK);
    char *bytes = (char *)&bytes;
    size_t len = 1;
    int rc = ems_template_build(&bytes, &len, unit_engine, unit_ctx, sc, &o);
    assert_true((rc == EMS_OK) == (bytes != NULL));
    if (rc == EMS_OK)
        assert_int_equal(len, strlen(bytes));
    else
        assert_int_equal(len, 0);
    *out = bytes;
    return rc;
}

/* The leaves the scorer reports for the template: each "id=" of a
 * milestone or indicator in the results, space-separated. */
static void scored_leaves(char *ids, size_t cap, const ems_scorecard *sc, const char *tpl,
                          const char *profile)
{
    ems_assessment *as = NULL;
    ems_results *r = NULL;
    char *xml = NULL;
    if (unit_assessment(&as, tpl, sc) != EMS_OK)
        unit_dump_diags();
    assert_non_null(as);
    assert_int_equal(ems_score(&r, unit_ctx, sc, (const ems_assessment *const *)&as, 1, profile,
                               EMS_MODEL_WEIGHTED),
                     EMS_OK);
    assert_int_equal(ems_results_serialize(&xml, NULL, r, unit_ctx), EMS_OK);
    assert_int_equal(ems_results_overall(r, EMS_OVERALL_MET), -1);
    ids[0] = '\0';
    for (const char *p = xml; (p = strstr(p, " id=\"")) != NULL; p++) {
        const char *tag = p;
        while (tag > xml && tag[-1] != '<')
            tag--;
        if (strncmp(tag, "milestone ", 10) != 0 && strncmp(tag, "indicator ", 10) != 0)
            continue;
        size_t n = strcspn(p + 5, "\"");
        snprintf(ids + strlen(ids), cap - strlen(ids), "%s%.*s", ids[0] ? " " : "", (int)n, p + 5);
        assert_non_null(strstr(tag, "status=\"missing\""));
    }
    ems_free(xml);
    ems_results_free(r);
    ems_assessment_free(as);
}

static void test_template__selects_as_the_scorer(void **state)
{
    (void)state;
    static const struct {
        const char *profile, *leaves;
    } rows[] = {
        {NULL, "A1 A2 A3 B1"},
        {"no-sub", "A1 A3"},          /* A2 is selected, but its area is not */
        {"later-wins", "A1 A2 A3 B1"}, /* the later select of B1 wins */
    };
    ems_scorecard *sc = card();
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        char *tpl = NULL, ids[256];
        assert_int_equal(build(&tpl, sc, rows[i].profile, NULL, NULL), EMS_OK);
        scored_leaves(ids, sizeof(ids), sc, tpl, rows[i].profile);
        assert_string_equal(ids, rows[i].leaves);
        /* the same leaves, commented out, in the template */
        char listed[256] = "";
        for (const char *p = tpl; (p = strstr(p, "<!-- <")) != NULL; p++) {
            const char *q = strchr(p, '"');
            snprintf(listed + strlen(listed), sizeof(listed) - strlen(listed), "%s%.*s",
                     listed[0] ? " " : "", (int)strcspn(q + 1, "\""), q + 1);
        }
        assert_string_equal(listed, rows[i].leaves);
        ems_free(tpl);
    }
    ems_scorecard_free(sc);
}

static void test_template__texts_are_kept_in_comments(void **state)
{
    (void)state;
    ems_scorecard *sc = card();
    char *tpl = NULL;
    assert_int_equal(build(&tpl, sc, "no-sub", NULL, "xml"), EMS_OK);
    /* "--" and a final "-" are spaced apart; everything else is kept */
    assert_non_null(strstr(tpl, "First - - with dashes"));
    assert_non_null(strstr(tpl, "Guidance: Ends with a dash - "));
    assert_non_null(strstr(tpl, "Evidence required."));
    assert_non_null(strstr(tpl, "Lower is better; unit: t & kg. Thresholds: yes <= 5."));
    assert_non_null(strstr(tpl, "Profile no-sub: Without the sub-area"));
    assert_non_null(strstr(tpl, " profile=\"no-sub\""));
    /* the prerequisite A2 is not selected: no "Requires" for A1 either way */
    assert_null(strstr(tpl, "Requires"));
    ems_free(tpl);
    ems_scorecard_free(sc);
}

static void test_template__peer_template_validates(void **state)
{
    (void)state;
    ems_scorecard *sc = card();
    char *tpl = NULL;
    ems_assessment *as = NULL;
    assert_int_equal(build(&tpl, sc, NULL, "peer", "xml"), EMS_OK);
    assert_int_equal(unit_assessment(&as, tpl, sc), EMS_OK);
    assert_string_equal(ems_assessment_kind(as), "peer");
    assert_non_null(strstr(tpl, "<rating by=\"reviewer1\" level=\"\"/>"));
    /* the mission's record, commented out: conclusions on each top-level
     * area the profile selects */
    assert_non_null(strstr(tpl, "<!-- <interviews>"));
    assert_non_null(strstr(tpl, "<!-- <documents>"));
    assert_non_null(strstr(tpl, "<!-- <narrative>"));
    assert_non_null(strstr(tpl, "<conclusions area=\"A\">"));
    assert_non_null(strstr(tpl, "<conclusions area=\"B\">"));
    ems_assessment_free(as);
    ems_free(tpl);
    assert_int_equal(build(&tpl, sc, "without-b", "peer", "xml"), EMS_OK);
    assert_non_null(strstr(tpl, "<conclusions area=\"A\">"));
    assert_null(strstr(tpl, "<conclusions area=\"B\">"));
    ems_free(tpl);
    ems_scorecard_free(sc);
}

static void test_template__same_bytes_every_time(void **state)
{
    (void)state;
    ems_scorecard *sc = card();
    static const char *const formats[] = {"xml", "html"};
    for (size_t i = 0; i < 2; i++) {
        char *a = NULL, *b = NULL;
        assert_int_equal(build(&a, sc, "no-sub", "self", formats[i]), EMS_OK);
        assert_int_equal(build(&b, sc, "no-sub", "self", formats[i]), EMS_OK);
        assert_string_equal(a, b);
        ems_free(a);
        ems_free(b);
    }
    ems_scorecard_free(sc);
}

static void test_template__form_holds_the_selected_items(void **state)
{
    (void)state;
    ems_scorecard *sc = card();
    char *html = NULL;
    assert_int_equal(build(&html, sc, "no-sub", "peer", "html"), EMS_OK);
    assert_non_null(strstr(html, "<!DOCTYPE html>"));
    assert_non_null(strstr(html, "data-agency=\"UNEP\" data-period=\"2014\" data-kind=\"peer\" "
                                 "data-profile=\"no-sub\""));
    assert_non_null(strstr(html, "data-id=\"A1\""));
    assert_non_null(strstr(html, "data-id=\"A3\""));
    assert_null(strstr(html, "data-id=\"A2\""));
    assert_null(strstr(html, "data-id=\"B1\""));
    /* a review's record concludes on the selected top-level areas */
    assert_non_null(strstr(html, "data-conclusions=\"A\""));
    assert_null(strstr(html, "data-conclusions=\"A-sub\""));
    assert_non_null(strstr(html, "t &amp; kg"));
    /* a scorecard's text is text: it cannot end the form's script */
    assert_non_null(strstr(html, "Third &lt;/script&gt;&lt;script&gt;alert(1)"));
    assert_null(strstr(html, "<script>alert"));
    assert_non_null(strstr(html, "id=\"team-rows\""));
    /* the form checks identifiers by the engine's own rule */
    assert_non_null(strstr(html, "data-ident=\"" EMS_IDENT_PATTERN "\""));
    ems_free(html);
    assert_int_equal(build(&html, sc, "without-b", "peer", "html"), EMS_OK);
    assert_non_null(strstr(html, "data-conclusions=\"A\""));
    assert_null(strstr(html, "data-conclusions=\"B\""));
    ems_free(html);
    ems_scorecard_free(sc);
}

/* The names the command line gives, to the enums and nothing else. */
static void test_template__kind_and_format_names(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        int kind, format; /* -1: not a name of that enum */
    } rows[] = {
        {"self", EMS_TEMPLATE_SELF, -1},      {"peer", EMS_TEMPLATE_PEER, -1},
        {"inventory", EMS_TEMPLATE_INVENTORY, -1}, {"response", EMS_TEMPLATE_RESPONSE, -1},
        {"xml", -1, EMS_TEMPLATE_XML},
        {"html", -1, EMS_TEMPLATE_HTML},      {"csv", -1, EMS_TEMPLATE_CSV},
        {"team", -1, -1},                     {"Self", -1, -1},
        {"", -1, -1},                         {NULL, -1, -1},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        ems_template_kind k = (ems_template_kind)77;
        ems_template_format f = (ems_template_format)77;
        assert_int_equal(ems_template_kind_from_name(&k, rows[i].name),
                         rows[i].kind < 0 ? EMS_EARG : EMS_OK);
        assert_int_equal(k, rows[i].kind < 0 ? 77 : rows[i].kind);
        assert_int_equal(ems_template_format_from_name(&f, rows[i].name),
                         rows[i].format < 0 ? EMS_EARG : EMS_OK);
        assert_int_equal(f, rows[i].format < 0 ? 77 : rows[i].format);
    }
    assert_int_equal(ems_template_kind_from_name(NULL, "self"), EMS_EARG);
}

#define PEER_2014 EMS_SOURCE_DIR "/scorecards/samples/unido-2014-peer.xml"
#define SELF_2014 EMS_SOURCE_DIR "/scorecards/samples/unido-2014-self.xml"

static void test_template__refuses_bad_arguments(void **state)
{
    (void)state;
    enum {
        V = EMS_TEMPLATE_OPTIONS_VERSION,
        SELF = EMS_TEMPLATE_SELF,
        RESPONSE = EMS_TEMPLATE_RESPONSE,
        XML = EMS_TEMPLATE_XML
    };
    static const struct {
        unsigned version;
        const char *agency, *period, *profile;
        int kind, format;
        const char *lang, *from, *words;
    } rows[] = {
        {V, "UN EP", "2014", NULL, SELF, XML, NULL, NULL, "agency 'UN EP' is not an identifier"},
        {V, "UNEP", "", NULL, SELF, XML, NULL, NULL, "period '' is not an identifier"},
        {V, NULL, "2014", NULL, SELF, XML, NULL, NULL, "agency '' is not an identifier"},
        {V, "UNEP", "2014", "nope", SELF, XML, NULL, NULL,
         "profile 'nope' is not defined in scorecard 't' (its profiles: no-sub, later-wins, "
         "without-b, nothing)"},
        {V, "UNEP", "2014", "nothing", SELF, XML, NULL, NULL, "profile 'nothing' selects no area"},
        {V, "UNEP", "2014", NULL, EMS_TEMPLATE_PEER, EMS_TEMPLATE_CSV, NULL, NULL,
         "a peer template is written as xml or html, not csv"},
        {V, "UNEP", "2014", NULL, EMS_TEMPLATE_INVENTORY, EMS_TEMPLATE_HTML, NULL, NULL,
         "an inventory template is written as xml or csv, not html"},
        {V, "UNEP", "2014", NULL, SELF, 9, NULL, NULL, "not an unknown format"},
        {V, "UNEP", "2014", NULL, 9, XML, NULL, NULL, "options not from EMS_TEMPLATE_OPTIONS_INIT"},
        {0, "UNEP", "2014", NULL, SELF, XML, NULL, NULL, "options not from EMS_TEMPLATE_OPTIONS_INIT"},
        {V, "UNEP", "2014", NULL, SELF, EMS_TEMPLATE_HTML, "../en", NULL,
         "no message catalogue for language"},
        /* the management response: the review it answers, of its agency and period */
        {V, "UNIDO", "2014", NULL, RESPONSE, XML, NULL, NULL, "needs the review it answers"},
        {V, "UNIDO", "2014", NULL, SELF, XML, NULL, PEER_2014, "from is for the management response"},
        {V, "UNIDO", "2014", NULL, RESPONSE, EMS_TEMPLATE_CSV, NULL, PEER_2014,
         "a response template is written as xml or html, not csv"},
        {V, "UNIDO", "2015", NULL, RESPONSE, XML, NULL, PEER_2014,
         "the review is of agency UNIDO, period 2014, not of agency UNIDO, period 2015"},
        {V, "WMO", "2014", NULL, RESPONSE, XML, NULL, PEER_2014,
         "the review is of agency UNIDO, period 2014, not of agency WMO, period 2014"},
        {V, "UNIDO", "2014", NULL, RESPONSE, XML, NULL, SELF_2014,
         "give a peer assessment or results, not a self assessment"},
        {V, "UN IDO", "2014", NULL, RESPONSE, XML, NULL, PEER_2014,
         "agency 'UN IDO' is not an identifier"},
    };
    ems_scorecard *sc = card();
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        ems_template_options o = {rows[i].version, rows[i].agency, rows[i].period,
                                  rows[i].profile, (ems_template_kind)rows[i].kind,
                                  (ems_template_format)rows[i].format, rows[i].lang,
                                  rows[i].from};
        char *out = (char *)&out;
        ems_ctx_clear(unit_ctx);
        assert_int_equal(ems_template_build(&out, NULL, unit_engine, unit_ctx, sc, &o), EMS_EARG);
        assert_null(out);
        assert_some_error(-1, rows[i].words);
    }
    ems_template_options o = EMS_TEMPLATE_OPTIONS_INIT;
    assert_int_equal(ems_template_build(NULL, NULL, unit_engine, unit_ctx, sc, &o), EMS_EARG);
    char *out = NULL;
    assert_int_equal(ems_template_build(&out, NULL, unit_engine, unit_ctx, NULL, &o), EMS_EARG);
    assert_null(out);
    ems_scorecard_free(sc);
}

/* The management response to a review lists its recommendations, each
 * reply commented out, and validates as it is. */
static void test_template__response_lists_the_recommendations(void **state)
{
    (void)state;
    ems_template_options o = EMS_TEMPLATE_OPTIONS_INIT;
    o.agency = "UNIDO";
    o.period = "2014";
    o.kind = EMS_TEMPLATE_RESPONSE;
    o.from = PEER_2014;
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(ems_template_build(&out, &len, unit_engine, unit_ctx, NULL, &o), EMS_OK);
    assert_non_null(
        strstr(out, "kind=\"response\" scorecard=\"un-ems\" scorecard-version=\"2014.1\""));
    size_t n = 0;
    for (const char *p = out; (p = strstr(p, "<!-- <reply recommendation=\"UNIDO-2014-R")); p++)
        n++;
    assert_int_equal(n, 10);
    assert_non_null(strstr(out, "Recommendation UNIDO-2014-R07 (milestone CLIM6, priority low):"));
    ems_assessment *as = NULL;
    assert_int_equal(
        ems_assessment_load_memory(&as, unit_engine, unit_ctx, "response.xml", out, len, NULL),
        EMS_OK);
    assert_string_equal(ems_assessment_kind(as), "response");
    ems_assessment_free(as);
    ems_free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_template__selects_as_the_scorer, unit_setup),
        cmocka_unit_test_setup(test_template__texts_are_kept_in_comments, unit_setup),
        cmocka_unit_test_setup(test_template__peer_template_validates, unit_setup),
        cmocka_unit_test_setup(test_template__same_bytes_every_time, unit_setup),
        cmocka_unit_test_setup(test_template__form_holds_the_selected_items, unit_setup),
        cmocka_unit_test(test_template__kind_and_format_names),
        cmocka_unit_test_setup(test_template__refuses_bad_arguments, unit_setup),
        cmocka_unit_test_setup(test_template__response_lists_the_recommendations, unit_setup),
    };
    return unit_run("template", tests);
}
