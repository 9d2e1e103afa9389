/*
 * Scoring (doc/scoring.md): a table worked out by hand, one row per
 * rule and edge case, checked on the results document itself; the checks
 * ems_score() makes on its inputs; a property over generated scorecards;
 * and a time limit on a scorecard of 100,000 milestones.
 */
#include "unit_helpers.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>

#include "score.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ---- building documents ---------------------------------------------- */

#define SCALE5                                                                         \
    "<scale achieved='achieved'><level id='not-started' value='0'>0</level>"           \
    "<level id='initiated' value='1'>1</level><level id='in-progress' value='2'>2</level>" \
    "<level id='achieved' value='3'>3</level><level id='exceeded' value='4'>4</level></scale>"
#define GRADES                                                                           \
    "<grades mandatory-cap='developing'><grade id='leading' min='70'>L</grade>"         \
    "<grade id='advanced' min='55'>A</grade><grade id='developing' min='35'>D</grade>" \
    "<grade id='beginning' min='0'>B</grade></grades>"
#define AREA(id, attrs, body) "<area id='" id "' " attrs "><title>" id "</title>" body "</area>"
#define MS(id, attrs) "<milestone id='" id "' " attrs "><title>" id "</title></milestone>"
#define IND(id, attrs, th) "<indicator id='" id "' " attrs "><title>" id "</title>" th "</indicator>"
#define TH(level, value) "<threshold level='" level "' value='" value "'/>"
#define HIGHER(id)                                                                          \
    IND(id, "better='higher'",                                                              \
        TH("initiated", "0") TH("in-progress", "10") TH("achieved", "25") TH("exceeded", "45"))
#define LOWER(id)                                                                           \
    IND(id, "better='lower'",                                                               \
        TH("initiated", "250") TH("in-progress", "180") TH("achieved", "120") TH("exceeded", "80"))

/* self responses (with evidence unless said), measures, peer responses */
#define S(id, level) "<response milestone='" id "' level='" level "'><evidence>e</evidence></response>"
#define SNOEV(id, level) "<response milestone='" id "' level='" level "'/>"
#define SNA(id) "<response milestone='" id "' level='na'><justification>j</justification></response>"
#define MEAS(id, value) "<measure indicator='" id "' value='" value "'/>"
#define P(id, ratings) "<response milestone='" id "'>" ratings "<justification>j</justification></response>"
#define R(by, level) "<rating by='" by "' level='" level "'/>"
#define CONS(level) "<consensus level='" level "'/>"

static char *concat(const char *a, const char *b, const char *c, const char *d, const char *e)
{
    size_t n = strlen(a) + strlen(b) + strlen(c) + strlen(d) + strlen(e) + 1;
    char *s = malloc(n);
    assert_non_null(s);
    snprintf(s, n, "%s%s%s%s%s", a, b, c, d, e);
    return s;
}

static ems_scorecard *card(const char *scale, const char *items)
{
    char *text = concat("<scorecard xmlns='urn:emscore:1' id='t' version='1'><title>T</title>",
                        scale ? scale : SCALE5, GRADES, items, "</scorecard>");
    ems_scorecard *sc = NULL;
    int rc = unit_scorecard(&sc, text);
    if (rc != EMS_OK)
        unit_dump_diags();
    assert_int_equal(rc, EMS_OK);
    free(text);
    return sc;
}

static ems_assessment *assessment(const ems_scorecard *sc, const char *kind, const char *agency,
                                  const char *body)
{
    char head[512];
    snprintf(head, sizeof(head),
             "<assessment xmlns='urn:emscore:1' kind='%s' scorecard='t' scorecard-version='1' "
             "agency='%s' period='P'>%s",
             kind, agency,
             strcmp(kind, "peer") == 0
                 ? "<mission from='2014-01-01' to='2014-01-02'>m</mission><team>"
                   "<reviewer id='r1' agency='X' role='lead'>a</reviewer><reviewer id='r2' agency='X'>b</reviewer>"
                   "<reviewer id='r3' agency='X'>c</reviewer><reviewer id='r4' agency='X'>d</reviewer>"
                   "</team>"
                 : "");
    char *text = concat(head, body, "</assessment>", "", "");
    ems_assessment *as = NULL;
    int rc = unit_assessment(&as, text, sc);
    if (rc != EMS_OK)
        unit_dump_diags();
    assert_int_equal(rc, EMS_OK);
    free(text);
    return as;
}

/* ---- checking the results document ------------------------------------ */

/*
 * expect: "KEY=VALUE; KEY=VALUE; ..." where KEY is "ID@attr" (the area,
 * milestone or indicator ID), "ID/child[n]@attr" (a child element of it),
 * or "@attr" (the overall element). VALUE "-" means the attribute (or the
 * element) is absent.
 */
static void check_one(xmlXPathContextPtr xp, const char *row, const char *key, const char *want)
{
    char path[512], id[128] = "", child[128] = "", attr[64];
    const char *at = strchr(key, '@'), *slash = strchr(key, '/');
    assert_non_null(at);
    const char *idend = slash && slash < at ? slash : at;
    snprintf(id, sizeof(id), "%.*s", (int)(idend - key), key);
    if (slash && slash < at) {
        const char *bracket = memchr(slash, '[', (size_t)(at - slash));
        const char *nameend = bracket ? bracket : at;
        snprintf(child, sizeof(child), "/*[local-name()='%.*s']%.*s", (int)(nameend - slash - 1),
                 slash + 1, (int)(at - nameend), nameend);
    }
    snprintf(attr, sizeof(attr), "%s", at + 1);
    if (id[0])
        snprintf(path, sizeof(path),
                 "//*[(local-name()='area' or local-name()='milestone' or "
                 "local-name()='indicator') and @id='%s']%s/@%s",
                 id, child, attr);
    else
        snprintf(path, sizeof(path), "/*/*[local-name()='overall']/@%s", attr);
    xmlXPathObjectPtr res = xmlXPathEvalExpression((const xmlChar *)path, xp);
    assert_non_null(res);
    int n = res->nodesetval ? res->nodesetval->nodeNr : 0;
    xmlChar *got = n ? xmlNodeGetContent(res->nodesetval->nodeTab[0]) : NULL;
    bool ok = n <= 1 && (strcmp(want, "-") == 0 ? n == 0 : got && strcmp((char *)got, want) == 0);
    if (!ok)
        print_error("%s: %s is '%s', expected '%s'\n", row, key, got ? (char *)got : "(absent)",
                    want);
    xmlFree(got);
    xmlXPathFreeObject(res);
    assert_true(ok);
}

static void check_results(const char *row, const char *xml, size_t len, const char *expect)
{
    xmlDocPtr doc = xmlReadMemory(xml, (int)len, "results.xml", NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    xmlXPathContextPtr xp = xmlXPathNewContext(doc);
    assert_non_null(xp);
    char *list = strdup(expect);
    assert_non_null(list);
    char *save = NULL;
    for (char *item = strtok_r(list, ";", &save); item; item = strtok_r(NULL, ";", &save)) {
        while (*item == ' ')
            item++;
        char *eq = strchr(item, '=');
        assert_non_null(eq);
        *eq = '\0';
        check_one(xp, row, item, eq + 1);
    }
    free(list);
    xmlXPathFreeContext(xp);
    xmlFreeDoc(doc);
}

/* ---- the table -------------------------------------------------------- */

typedef struct row {
    const char *name;
    const char *scale; /* NULL: not-started 0 .. exceeded 4, achieved 3 */
    const char *items; /* areas and profiles */
    const char *self;  /* responses and measures; NULL: no self-assessment */
    const char *peer;  /* NULL: no peer assessment */
    const char *profile;
    ems_model model;
    const char *expect;
} row;

#define ITEMS_MODELS                                                                 \
    AREA("A", "weight='2'", MS("A1", "weight='2'") AREA("B", "", MS("B1", "") MS("B2", ""))) \
    AREA("C", "", MS("C1", ""))
#define SELF_MODELS S("A1", "achieved") S("B1", "initiated") S("B2", "exceeded") S("C1", "exceeded")

static const row rows[] = {
    {"leaf score per level, status per value", NULL,
     AREA("A", "", MS("A0", "") MS("A1", "") MS("A2", "") MS("A3", "") MS("A4", "")),
     S("A0", "not-started") S("A1", "initiated") S("A2", "in-progress") S("A3", "achieved")
         S("A4", "exceeded"),
     NULL, NULL, EMS_MODEL_WEIGHTED,
     "A0@final=0.00; A1@final=25.00; A2@final=50.00; A3@final=75.00; A4@final=100.00;"
     "A0@status=not-started; A1@status=partial; A3@status=achieved; A4@status=achieved;"
     "A1@self-level=initiated; A1@final-level=initiated; A1@peer-level=-; A1@final-effective=initiated;"
     "A1@self-status=partial; A1@flags=-; A@final=50.00; @final=50.00; @self=50.00; @met=40.00;"
     "@counted=5; @rated=5; @achieved=2; @grade=developing; @uncapped-grade=developing"},

    {"1/8 of 10000 is 1250", "<scale achieved='top'><level id='zero' value='0'>z</level>"
                             "<level id='one' value='1'>o</level><level id='top' value='8'>t</level></scale>",
     AREA("A", "", MS("A1", "")), S("A1", "one"), NULL, NULL, EMS_MODEL_WEIGHTED,
     "A1@final=12.50; A1@status=partial; A@final=12.50"},

    {"thirds round half up, parents from rounded children",
     "<scale achieved='two'><level id='zero' value='0'>z</level><level id='one' value='1'>o</level>"
     "<level id='two' value='2'>t</level><level id='three' value='3'>h</level></scale>",
     AREA("A", "", MS("A1", "") MS("A2", "")) AREA("B", "", MS("B1", "") MS("B2", "")),
     S("A1", "one") S("A2", "zero") S("B1", "two") S("B2", "zero"), NULL, NULL, EMS_MODEL_WEIGHTED,
     /* 3333.33 -> 3333; 6666.67 -> 6667; (3333+0)/2 = 1666.5 -> 1667;
      * (6667+0)/2 = 3333.5 -> 3334; (1667+3334)/2 = 2500.5 -> 2501 */
     "A1@final=33.33; B1@final=66.67; A@final=16.67; B@final=33.34; @final=25.01"},

    /* The same input in the four models (leaves 75, 25, 100, 100). */
    {"weighted: nested areas", NULL, ITEMS_MODELS, SELF_MODELS, NULL, NULL, EMS_MODEL_WEIGHTED,
     /* B = (2500+10000)/2 = 6250; A = (2*7500 + 6250)/3 = 7083.33;
      * overall = (2*7083 + 10000)/3 = 8055.33 */
     "B@final=62.50; A@final=70.83; C@final=100.00; @final=80.55; @self=80.55; @met=75.00;"
     "@grade=leading; A@weight=2; A1@weight=2"},
    {"flat: every counted leaf below, area weights ignored", NULL, ITEMS_MODELS, SELF_MODELS,
     NULL, NULL, EMS_MODEL_FLAT,
     /* B = 10000*5/(4*2); A = 10000*(6+1+4)/(4*4) = 6875; overall = 10000*15/(4*5) */
     "B@final=62.50; A@final=68.75; C@final=100.00; @final=75.00; @met=75.00; @grade=leading"},
    {"flat-unweighted: every counted leaf weighs 1", NULL, ITEMS_MODELS, SELF_MODELS, NULL, NULL,
     EMS_MODEL_FLAT_UNWEIGHTED,
     /* A = 10000*8/12 = 6666.67; overall = 10000*12/16 */
     "B@final=62.50; A@final=66.67; C@final=100.00; @final=75.00; @met=75.00"},
    {"absolute: 100 only when every counted leaf is achieved", NULL, ITEMS_MODELS, SELF_MODELS,
     NULL, NULL, EMS_MODEL_ABSOLUTE,
     "B@final=0.00; A@final=0.00; C@final=100.00; @final=0.00; @met=75.00; @grade=beginning"},

    {"weight 0 leaf: shown, not counted", NULL, AREA("A", "", MS("A1", "") MS("A2", "weight='0'")),
     S("A1", "in-progress") S("A2", "exceeded"), NULL, NULL, EMS_MODEL_WEIGHTED,
     "A2@counted=false; A2@weight=0; A2@final=100.00; A1@counted=true; A@final=50.00; @counted=1;"
     "@rated=1; @met=0.00"},
    {"weight 0 sub-area: out of its parent, its leaves still counted", NULL,
     AREA("A", "", MS("A1", "") AREA("B", "weight='0'", MS("B1", ""))),
     S("A1", "in-progress") S("B1", "exceeded"), NULL, NULL, EMS_MODEL_WEIGHTED,
     "B@counted=false; B@final=100.00; B1@counted=true; A@final=50.00; @final=50.00; @counted=2;"
     "@met=50.00"},
    {"weight 0 sub-area, flat: its leaves count in the parent", NULL,
     AREA("A", "", MS("A1", "") AREA("B", "weight='0'", MS("B1", ""))),
     S("A1", "in-progress") S("B1", "exceeded"), NULL, NULL, EMS_MODEL_FLAT,
     "B@final=100.00; A@final=75.00; @final=75.00"},
    {"weight 0 top area", NULL, AREA("A", "weight='0'", MS("A1", "")) AREA("C", "", MS("C1", "")),
     S("A1", "exceeded") S("C1", "in-progress"), NULL, NULL, EMS_MODEL_WEIGHTED,
     "A@counted=false; A@final=100.00; @final=50.00; @counted=2"},
    {"weight 0 top area, flat", NULL, AREA("A", "weight='0'", MS("A1", "")) AREA("C", "", MS("C1", "")),
     S("A1", "exceeded") S("C1", "in-progress"), NULL, NULL, EMS_MODEL_FLAT, "@final=75.00"},
    {"nothing counted: na everywhere above", NULL, AREA("A", "", MS("A1", "weight='0'")),
     S("A1", "achieved"), NULL, NULL, EMS_MODEL_WEIGHTED,
     "A1@final=75.00; A@final=na; A@self=na; @final=na; @self=na; @met=na; @grade=na;"
     "@self-grade=na; @uncapped-grade=na; @counted=0; @rated=0; @achieved=0"},

    {"profile: refine replaces the weight, the later one wins", NULL,
     AREA("A", "", MS("A1", "") MS("A2", ""))
         "<profile id='p'><title>p</title><refine idref='A2' weight='0'/><refine idref='A1' weight='1.5'/>"
         "<refine idref='A2' weight='3'/></profile>",
     S("A1", "exceeded") S("A2", "not-started"), NULL, "p", EMS_MODEL_WEIGHTED,
     /* (1.5*10000 + 3*0)/4.5 = 3333.33 */
     "A1@weight=1.5; A2@weight=3; A2@counted=true; A@final=33.33"},
    {"profile: selection, later select wins, unselected ancestors win", NULL,
     AREA("A", "", MS("A1", "") MS("A2", "") AREA("B", "", MS("B1", ""))) AREA("C", "", MS("C1", ""))
         "<profile id='p'><title>p</title><select idref='C' selected='false'/>"
         "<select idref='A2' selected='false'/><select idref='A2'/><select idref='B' selected='false'/>"
         "<select idref='B1' selected='true'/></profile>",
     S("A1", "achieved") S("A2", "initiated") S("B1", "exceeded") S("C1", "exceeded"), NULL, "p",
     EMS_MODEL_WEIGHTED,
     "C@id=-; C1@id=-; B@id=-; B1@id=-; A2@id=A2; A@final=50.00; @final=50.00; @counted=2"},
    {"profile: none named means everything", NULL,
     AREA("A", "", MS("A1", "")) "<profile id='p'><title>p</title><select idref='A1' selected='false'/></profile>",
     S("A1", "achieved"), NULL, NULL, EMS_MODEL_WEIGHTED, "A1@id=A1; @final=75.00"},

    {"na leaves left out, an all-na area is na", NULL,
     AREA("A", "", MS("A1", "") MS("A2", "")) AREA("B", "", MS("B1", "")),
     S("A1", "exceeded") SNA("A2") SNA("B1"), NULL, NULL, EMS_MODEL_WEIGHTED,
     "A@final=100.00; B@final=na; B@self=na; A2@final=na; A2@status=na; A2@self-status=na;"
     "A2@final-level=na; A2@self-level=na; A2@final-effective=-; @final=100.00; @met=100.00;"
     "@rated=1; @counted=3"},
    {"na leaves, flat", NULL, AREA("A", "", MS("A1", "") MS("A2", "")) AREA("B", "", MS("B1", "")),
     S("A1", "in-progress") SNA("A2") SNA("B1"), NULL, NULL, EMS_MODEL_FLAT,
     "A@final=50.00; B@final=na; @final=50.00"},
    {"na leaves, absolute", NULL, AREA("A", "", MS("A1", "") MS("A2", "")) AREA("B", "", MS("B1", "")),
     S("A1", "achieved") SNA("A2") SNA("B1"), NULL, NULL, EMS_MODEL_ABSOLUTE,
     "A@final=100.00; B@final=na; @final=100.00"},
    {"met leaves na and missing out of the count", NULL,
     AREA("A", "", MS("A1", "") MS("A2", "") MS("A3", "") MS("A4", "")),
     S("A1", "achieved") S("A2", "in-progress") SNA("A3"), NULL, NULL, EMS_MODEL_WEIGHTED,
     "A4@status=missing; A4@self-status=missing; A4@final=0.00; A4@self-level=-; A4@final-level=-;"
     "A4@final-effective=-; @counted=4; @rated=2; @achieved=1; @met=50.00"},

    {"prerequisite chain A <- B <- C, in any document order", NULL,
     AREA("A", "", MS("MC", "requires='MB'") MS("MB", "requires='MA'") MS("MA", "")),
     S("MA", "initiated") S("MB", "exceeded") S("MC", "achieved"), NULL, NULL, EMS_MODEL_WEIGHTED,
     "MA@flags=-; MB@flags=blocked; MB@final-level=exceeded; MB@final-effective=in-progress;"
     "MB@self-effective=in-progress; MB@final=50.00; MB@self=50.00; MB@status=partial;"
     "MC@flags=blocked; MC@final-effective=in-progress; MC@final=50.00; MC@requires=MB;"
     "A@final=41.67"},
    {"prerequisites: na achieved, missing 0, unchanged value still blocked, weight 0 counts", NULL,
     AREA("A", "",
          MS("P1", "") MS("D1", "requires='P1'") MS("P2", "") MS("D2", "requires='P2'") MS("P3", "")
              MS("D3", "requires='P3'") MS("P4", "weight='0'") MS("D4", "requires='P4'")),
     SNA("P1") S("D1", "exceeded") S("D2", "exceeded") S("P3", "initiated") S("D3", "initiated")
         S("P4", "initiated") S("D4", "achieved"),
     NULL, NULL, EMS_MODEL_WEIGHTED,
     "D1@flags=-; D1@final=100.00; P2@status=missing; D2@flags=blocked; D2@final-effective=in-progress;"
     "D3@flags=blocked; D3@final=25.00; D3@final-effective=initiated; P4@counted=false;"
     "D4@flags=blocked; D4@final=50.00; D4@status=partial"},
    {"prerequisites: an unselected one is ignored", NULL,
     AREA("A", "", MS("P1", "") MS("D1", "requires='P1'"))
         "<profile id='p'><title>p</title><select idref='P1' selected='false'/></profile>",
     S("P1", "not-started") S("D1", "achieved"), NULL, "p", EMS_MODEL_WEIGHTED,
     "P1@id=-; D1@requires=-; D1@flags=-; D1@final=75.00; D1@status=achieved"},
    {"prerequisites: self and final settled apart, blocked only for final", NULL,
     AREA("A", "", MS("P1", "") MS("D1", "requires='P1'")), S("P1", "initiated") S("D1", "achieved"),
     P("P1", R("r1", "achieved")), NULL, EMS_MODEL_WEIGHTED,
     "P1@status=achieved; D1@self-effective=in-progress; D1@self-status=partial; D1@self=50.00;"
     "D1@final-effective=achieved; D1@status=achieved; D1@final=75.00; D1@flags=-;"
     "D1@peer-level=-"},

    {"peer: median, consensus, na reviewers, disagreement", NULL,
     AREA("A", "",
          MS("M1", "") MS("M2", "") MS("M3", "") MS("M4", "") MS("M5", "") MS("M6", "") MS("M7", "")
              MS("M8", "")),
     S("M7", "exceeded"),
     P("M1", R("r1", "initiated") R("r2", "achieved") R("r3", "exceeded"))
         P("M2", R("r1", "initiated") R("r2", "in-progress") R("r3", "achieved") R("r4", "exceeded"))
             P("M3", R("r1", "achieved") R("r2", "exceeded"))
                 P("M4", R("r1", "na") R("r2", "in-progress") R("r3", "exceeded"))
                     P("M5", R("r1", "exceeded") R("r2", "exceeded") R("r3", "exceeded") CONS("initiated"))
                         P("M6", R("r1", "achieved") R("r2", "achieved") CONS("na"))
                             P("M7", R("r1", "na") R("r2", "na"))
                                 P("M8", R("r1", "initiated") R("r2", "achieved") CONS("in-progress")),
     NULL, EMS_MODEL_WEIGHTED,
     "M1@peer-level=achieved; M1/peer@median=achieved; M1@flags=disagreement; M1@self-level=-;"
     "M1@self-status=missing; M1@self=0.00;"
     "M2@peer-level=in-progress; M2/peer@median=in-progress; M2@flags=disagreement;"
     "M3@peer-level=achieved; M3@flags=-;"
     "M4@peer-level=in-progress; M4/peer@median=in-progress; M4@flags=disagreement;"
     "M5@peer-level=initiated; M5/peer@median=exceeded; M5/peer@consensus=initiated; M5@final=25.00;"
     "M5/peer@level=initiated; M5@flags=-;"
     "M6@peer-level=na; M6/peer@consensus=na; M6@status=na; M6@final=na;"
     "M7@peer-level=na; M7/peer@median=na; M7@final-level=na; M7@self-level=exceeded; M7@self=100.00;"
     "M7@status=na; M7@flags=-;"
     "M8@peer-level=in-progress; M8/peer@median=initiated; M8@flags=disagreement;"
     "M8/peer@consensus=in-progress;"
     /* final: (7500+5000+7500+5000+2500+5000)/6 = 5416.67; self: 10000/8 */
     "@final=54.17; @self=12.50; @met=33.33; @rated=6; @achieved=2"},
    {"peer: overclaim as rated, no peer response means the self rating", NULL,
     AREA("A", "", MS("O1", "") MS("O2", "") MS("O3", "")),
     S("O1", "exceeded") S("O2", "in-progress") S("O3", "achieved"),
     P("O1", R("r1", "achieved")) P("O2", R("r1", "achieved")), NULL, EMS_MODEL_WEIGHTED,
     "O1@flags=overclaim; O1@final=75.00; O1@self=100.00; O2@flags=-; O2@final=75.00;"
     "O3@peer-level=-; O3@final-level=achieved; O3@final=75.00; O3/peer@level=-"},
    {"unsupported: achieved or above, evidence required, none given", NULL,
     AREA("A", "",
          MS("U1", "evidence='required'") MS("U2", "evidence='required'") MS("U3", "evidence='required'")
              MS("U4", "") MS("U5", "evidence='required'")),
     SNOEV("U1", "achieved") S("U2", "exceeded") SNOEV("U3", "in-progress") SNOEV("U4", "exceeded")
         SNA("U5"),
     NULL, NULL, EMS_MODEL_WEIGHTED,
     "U1@flags=unsupported; U1@evidence=required; U2@flags=-; U3@flags=-; U4@flags=-;"
     "U4@evidence=optional; U5@flags=-"},

    {"mandatory cap applied", NULL, AREA("A", "", MS("K1", "mandatory='true'") MS("K2", "weight='9'")),
     S("K1", "in-progress") S("K2", "exceeded"), NULL, NULL, EMS_MODEL_WEIGHTED,
     /* (5000 + 9*10000)/10 = 9500 */
     "@final=95.00; @uncapped-grade=leading; @grade=developing; @self-grade=leading;"
     "K1@flags=mandatory-unmet; K1@mandatory=true; K2@mandatory=false; K2@flags=-"},
    {"mandatory cap not applied: the grade is already below it", NULL,
     AREA("A", "", MS("K1", "mandatory='true'") MS("K2", "")), S("K1", "initiated") S("K2", "not-started"),
     NULL, NULL, EMS_MODEL_WEIGHTED,
     "@final=12.50; @uncapped-grade=beginning; @grade=beginning; K1@flags=mandatory-unmet"},
    {"mandatory achieved or na: no cap", NULL,
     AREA("A", "", MS("K1", "mandatory='true'") MS("K2", "mandatory='true'") MS("K3", "")),
     S("K1", "achieved") SNA("K2") S("K3", "exceeded"), NULL, NULL, EMS_MODEL_WEIGHTED,
     "@final=87.50; @grade=leading; @uncapped-grade=leading; K1@flags=-; K2@flags=-"},
    {"mandatory: missing caps, weight 0 does not, under a weight-0 area does", NULL,
     AREA("A", "", MS("K1", "mandatory='true' weight='0'") MS("K2", ""))
         AREA("Z", "weight='0'", MS("K3", "mandatory='true'")),
     S("K1", "not-started") S("K2", "exceeded"), NULL, NULL, EMS_MODEL_WEIGHTED,
     "@final=100.00; @uncapped-grade=leading; @grade=developing; K1@flags=-;"
     "K3@flags=mandatory-unmet; K3@status=missing"},
    {"mandatory cap from the final status, not the self one", NULL,
     AREA("A", "", MS("K1", "mandatory='true'") MS("K2", "weight='9'")),
     S("K1", "achieved") S("K2", "exceeded"), P("K1", R("r1", "in-progress")), NULL, EMS_MODEL_WEIGHTED,
     /* self (7500 + 9*10000)/10; final (5000 + 9*10000)/10 */
     "@self=97.50; @self-grade=leading; @final=95.00; @uncapped-grade=leading; @grade=developing;"
     "K1@flags=mandatory-unmet overclaim; K1@self-status=achieved; K1@status=partial"},
    {"grade: a score equal to a minimum gets that grade", NULL,
     AREA("A", "", MS("G1", "weight='4'") MS("G2", "")), S("G1", "in-progress") S("G2", "achieved"),
     NULL, NULL, EMS_MODEL_WEIGHTED, "@final=55.00; @grade=advanced"},

    {"indicators: thresholds, values exactly on them", NULL,
     AREA("A", "",
          HIGHER("H1") HIGHER("H2") HIGHER("H3") HIGHER("H4") HIGHER("H5") LOWER("L1") LOWER("L2")
              LOWER("L3") LOWER("L4")
                  IND("N1", "unit='t' better='higher'", "")
                      IND("H6", "better='higher'", TH("exceeded", "45") TH("initiated", "0"))),
     MEAS("H1", "25") MEAS("H2", "24.999") MEAS("H3", "45.0") MEAS("H4", "-1") MEAS("L1", "120")
         MEAS("L2", "120.001") MEAS("L3", "300") MEAS("L4", "080") MEAS("N1", "5") MEAS("H6", "44"),
     MEAS("H1", "10"), NULL, EMS_MODEL_WEIGHTED,
     "H1@self-level=achieved; H1@peer-level=in-progress; H1@final=50.00; H1@self=75.00;"
     "H1@flags=overclaim; H1/self@value=25; H1/peer@value=10; H1@better=higher;"
     "H2@self-level=in-progress; H3@self-level=exceeded; H3/self@value=45; H4@self-level=not-started;"
     "H4@status=not-started; H5@status=missing; H5@self-level=-; H5/self@value=-;"
     "L1@self-level=achieved; L1@better=lower; L2@self-level=in-progress; L3@self-level=not-started;"
     "L4@self-level=exceeded; L4/self@value=80; N1@self-level=not-started; N1@unit=t;"
     "H6@self-level=initiated; H6/threshold[1]@level=initiated; H6/threshold[2]@level=exceeded"},
};

static void test_score__table(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        const row *t = &rows[i];
        ems_scorecard *sc = card(t->scale, t->items);
        const ems_assessment *as[2];
        size_t n = 0;
        ems_assessment *self = t->self ? assessment(sc, "self", "A", t->self) : NULL;
        ems_assessment *peer = t->peer ? assessment(sc, "peer", "A", t->peer) : NULL;
        if (self)
            as[n++] = self;
        if (peer)
            as[n++] = peer;
        ems_results *r = NULL;
        int rc = ems_score(&r, unit_ctx, sc, as, n, t->profile, t->model);
        if (rc != EMS_OK)
            unit_dump_diags();
        assert_int_equal(rc, EMS_OK);
        char *xml = NULL;
        size_t len = 0;
        assert_int_equal(ems_results_serialize(&xml, &len, r, unit_ctx), EMS_OK);
        check_results(t->name, xml, len, t->expect);
        ems_free(xml);
        ems_results_free(r);
        ems_assessment_free(self);
        ems_assessment_free(peer);
        ems_scorecard_free(sc);
        assert_int_equal(ems_ctx_ndiags(unit_ctx), 0);
    }
}

/* ---- arithmetic -------------------------------------------------------- */

static void test_score__rounding(void **state)
{
    (void)state;
    static const struct {
        unsigned long long n, d, want;
    } cases[] = {
        {10000, 8, 1250},  {10000, 3, 3333},   {20000, 3, 6667}, {251, 2, 126}, /* 125.5 */
        {249, 2, 125},     /* 124.5 */          {250, 2, 125},    {0, 7, 0},     {5, 10, 1},
        {4, 10, 0},        {10000, 10000, 1},  {1, 3, 0},        {2, 3, 1},     {3, 2, 2},
    };
    for (size_t i = 0; i < ARRAY_LEN(cases); i++)
        assert_true(ems_score__div(cases[i].n, cases[i].d) == cases[i].want);
    /* The largest sums the limits allow divide exactly, without overflow. */
    ems_u128 big = (ems_u128)1000000000 * 1000000 * 10000 * 200000;
    assert_true(ems_score__div(big, 200000) == (ems_u128)1000000000 * 1000000 * 10000);
    assert_true(ems_score__div(big + 100000, 200000) == (ems_u128)1000000000 * 1000000 * 10000 + 1);
}

static void test_score__model_names(void **state)
{
    (void)state;
    ems_model m = EMS_MODEL_ABSOLUTE;
    static const char *const names[] = {"weighted", "flat", "flat-unweighted", "absolute"};
    for (int i = 0; i < 4; i++) {
        assert_int_equal(ems_model_from_name(&m, names[i]), EMS_OK);
        assert_int_equal(m, i);
        assert_string_equal(ems_model_name(m), names[i]);
    }
    assert_int_equal(ems_model_from_name(&m, "Weighted"), EMS_EARG);
    assert_int_equal(ems_model_from_name(&m, NULL), EMS_EARG);
    assert_int_equal(m, EMS_MODEL_ABSOLUTE);
    assert_null(ems_model_name((ems_model)4));
}

/* ---- the inputs must belong together ----------------------------------- */

#define PAIR_ITEMS AREA("A", "", MS("A1", "")) "<profile id='p'><title>p</title></profile><profile id='q'><title>q</title></profile>"

static int score_pair(ems_results **r, const ems_scorecard *sc, ems_assessment *a,
                      ems_assessment *b, const char *profile)
{
    const ems_assessment *as[2] = {a, b};
    *r = (ems_results *)r; /* must be reset */
    int rc = ems_score(r, unit_ctx, sc, as, b ? 2 : 1, profile, EMS_MODEL_WEIGHTED);
    assert_true((rc == EMS_OK) == (*r != NULL));
    return rc;
}

static void test_score__refuses_mismatched_inputs(void **state)
{
    (void)state;
    ems_scorecard *sc = card(NULL, PAIR_ITEMS);
    ems_assessment *self = assessment(sc, "self", "A", S("A1", "achieved"));
    ems_assessment *self2 = assessment(sc, "self", "A", S("A1", "initiated"));
    ems_assessment *peer = assessment(sc, "peer", "A", P("A1", R("r1", "achieved")));
    ems_assessment *peer2 = assessment(sc, "peer", "A", P("A1", R("r1", "achieved")));
    ems_assessment *other = assessment(sc, "peer", "B", P("A1", R("r1", "achieved")));
    ems_results *r;

    assert_int_equal(score_pair(&r, sc, self, self2, NULL), EMS_EINVALID);
    assert_only_error(1, "a second self-assessment");
    ems_ctx_clear(unit_ctx);
    assert_int_equal(score_pair(&r, sc, peer, peer2, NULL), EMS_EINVALID);
    assert_only_error(1, "a second peer assessment");
    ems_ctx_clear(unit_ctx);
    assert_int_equal(score_pair(&r, sc, self, other, NULL), EMS_EINVALID);
    assert_only_error(1, "agency 'B' differs from agency 'A' of assessment.xml");
    ems_ctx_clear(unit_ctx);

    /* NULL, none, four, a bad model */
    assert_int_equal(ems_score(NULL, unit_ctx, sc, NULL, 0, NULL, EMS_MODEL_WEIGHTED), EMS_EARG);
    assert_int_equal(score_pair(&r, sc, self, peer, "nope"), EMS_EINVALID);
    assert_only_error(0, "profile 'nope' is not defined in scorecard 't'");
    ems_ctx_clear(unit_ctx);
    const ems_assessment *four[4] = {self, peer, peer2, self};
    r = (ems_results *)&r;
    assert_int_equal(ems_score(&r, unit_ctx, sc, four, 4, NULL, EMS_MODEL_WEIGHTED), EMS_EARG);
    assert_null(r);
    r = (ems_results *)&r;
    assert_int_equal(ems_score(&r, unit_ctx, sc, four, 1, NULL, (ems_model)9), EMS_EARG);
    assert_null(r);
    ems_ctx_clear(unit_ctx);

    ems_assessment_free(self);
    ems_assessment_free(self2);
    ems_assessment_free(peer);
    ems_assessment_free(peer2);
    ems_assessment_free(other);
    ems_scorecard_free(sc);
}

static ems_assessment *with_header(const ems_scorecard *sc, const char *edit_from,
                                   const char *edit_to, const char *kind)
{
    char text[1024];
    snprintf(text, sizeof(text),
             "<assessment xmlns='urn:emscore:1' kind='%s' scorecard='t' scorecard-version='1' "
             "agency='A' period='P'>%s%s</assessment>",
             kind,
             strcmp(kind, "peer") == 0 ? "<mission from='2014-01-01' to='2014-01-02'>m</mission>"
                                         "<team><reviewer id='r1' agency='X' role='lead'>a</reviewer></team>"
                                       : "",
             strcmp(kind, "peer") == 0 ? P("A1", R("r1", "achieved")) : S("A1", "achieved"));
    char *edited = unit_edit(text, edit_from, edit_to);
    ems_assessment *as = NULL;
    assert_int_equal(unit_assessment(&as, edited, sc), EMS_OK);
    free(edited);
    return as;
}

static void test_score__profiles_of_the_assessments(void **state)
{
    (void)state;
    ems_scorecard *sc = card(NULL, PAIR_ITEMS);
    ems_assessment *self_p = with_header(sc, "period='P'", "period='P' profile='p'", "self");
    ems_assessment *peer_q = with_header(sc, "period='P'", "period='P' profile='q'", "peer");
    ems_assessment *peer_none = with_header(sc, "period='P'", "period='P'", "peer");
    ems_results *r;

    assert_int_equal(score_pair(&r, sc, self_p, peer_q, NULL), EMS_EINVALID);
    assert_only_error(1, "profile 'q' differs from profile 'p' of assessment.xml");
    ems_ctx_clear(unit_ctx);

    /* One names a profile: that one. */
    assert_int_equal(score_pair(&r, sc, peer_none, self_p, NULL), EMS_OK);
    assert_string_equal(r->profile->id, "p");
    ems_results_free(r);

    /* Asked for: it wins, with a warning for each assessment naming another. */
    assert_int_equal(score_pair(&r, sc, self_p, peer_q, "q"), EMS_OK);
    assert_string_equal(r->profile->id, "q");
    assert_int_equal(ems_ctx_nerrors(unit_ctx), 0);
    assert_int_equal(ems_ctx_ndiags(unit_ctx), 1);
    assert_int_equal(ems_ctx_diag(unit_ctx, 0)->severity, EMS_SEV_WARNING);
    assert_non_null(strstr(ems_ctx_diag(unit_ctx, 0)->message, "scored with profile 'q'"));
    ems_ctx_clear(unit_ctx);
    ems_results_free(r);

    ems_assessment_free(self_p);
    ems_assessment_free(peer_q);
    ems_assessment_free(peer_none);
    ems_scorecard_free(sc);
}

static void test_score__needs_assessments_loaded_with_the_scorecard(void **state)
{
    (void)state;
    ems_scorecard *sc = card(NULL, PAIR_ITEMS);
    ems_scorecard *other = card(NULL, AREA("Z", "", MS("Z1", "")) AREA("A", "", MS("A1", "")));
    ems_assessment *unchecked = with_header(NULL, "period='P'", "period='P'", "self");
    ems_assessment *checked_other = with_header(other, "period='P'", "period='P'", "self");
    ems_results *r;
    assert_int_equal(score_pair(&r, sc, unchecked, NULL, NULL), EMS_EARG);
    assert_some_error(0, "not loaded with scorecard card.xml");
    ems_ctx_clear(unit_ctx);
    assert_int_equal(score_pair(&r, sc, checked_other, NULL, NULL), EMS_EARG);
    ems_ctx_clear(unit_ctx);
    ems_assessment_free(unchecked);
    ems_assessment_free(checked_other);
    ems_scorecard_free(other);
    ems_scorecard_free(sc);
}

static void test_score__order_and_accessors(void **state)
{
    (void)state;
    ems_scorecard *sc = card(NULL, AREA("A", "", MS("A1", "mandatory='true'") MS("A2", "")));
    ems_assessment *self = assessment(sc, "self", "UNX", S("A1", "exceeded") S("A2", "achieved"));
    ems_assessment *peer = assessment(sc, "peer", "UNX", P("A1", R("r1", "in-progress")));
    ems_results *r1, *r2;
    assert_int_equal(score_pair(&r1, sc, self, peer, NULL), EMS_OK);
    assert_int_equal(score_pair(&r2, sc, peer, self, NULL), EMS_OK);
    char *x1, *x2;
    size_t n1, n2;
    assert_int_equal(ems_results_serialize(&x1, &n1, r1, unit_ctx), EMS_OK);
    assert_int_equal(ems_results_serialize(&x2, NULL, r2, unit_ctx), EMS_OK);
    n2 = strlen(x2);
    assert_int_equal(n1, n2);
    assert_memory_equal(x1, x2, n1);
    assert_string_equal(ems_results_agency(r1), "UNX");
    assert_string_equal(ems_results_period(r1), "P");
    assert_int_equal(ems_results_overall(r1, EMS_OVERALL_SELF), 8750);
    assert_int_equal(ems_results_overall(r1, EMS_OVERALL_FINAL), 6250);
    assert_int_equal(ems_results_overall(r1, EMS_OVERALL_MET), 5000);
    assert_int_equal(ems_results_overall(r1, (ems_overall)7), -1);
    assert_string_equal(ems_results_grade(r1), "developing");
    assert_null(ems_results_agency(NULL));
    assert_int_equal(ems_results_overall(NULL, EMS_OVERALL_FINAL), -1);
    ems_free(x1);
    ems_free(x2);
    ems_free(NULL);
    ems_results_free(r1);
    ems_results_free(r2);
    ems_results_free(NULL);
    ems_assessment_free(self);
    ems_assessment_free(peer);
    ems_scorecard_free(sc);
}

/* ---- property: one level everywhere gives that level's score ------------- */

typedef struct gen {
    char *buf;
    size_t len, cap;
    uint64_t seed;
    int nitems, nmilestones;
} gen;

static void put(gen *g, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    assert_true(n >= 0);
    if (g->len + (size_t)n + 1 > g->cap) {
        g->cap = (g->len + (size_t)n + 1) * 2;
        g->buf = realloc(g->buf, g->cap);
        assert_non_null(g->buf);
    }
    va_start(ap, fmt);
    vsnprintf(g->buf + g->len, g->cap - g->len, fmt, ap);
    va_end(ap);
    g->len += (size_t)n;
}

static unsigned rnd(gen *g, unsigned n)
{
    g->seed = g->seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)((g->seed >> 33) % n);
}

static const char *const weights[] = {"0", "1", "1", "1.5", "2", "0.125", "3", "10", "0.5", "1"};

/* What the generator knows of each area, to predict na. */
typedef struct gen_area {
    int id;
    bool counted;       /* its own weight > 0 */
    bool leaves_below;  /* any counted leaf below (flat models) */
    bool weighted_live; /* any counted child leaf or live counted sub-area (weighted) */
} gen_area;

#define GEN_MAX_AREAS 4096

static gen_area gen_areas[GEN_MAX_AREAS];
static int gen_nareas;

static gen_area gen_tree(gen *g, int depth)
{
    gen_area self = {g->nitems++, false, false, false};
    const char *w = weights[rnd(g, ARRAY_LEN(weights))];
    self.counted = strcmp(w, "0") != 0;
    put(g, "<area id='a%d' weight='%s'><title>a</title>", self.id, w);
    unsigned kids = rnd(g, 5);
    for (unsigned k = 0; k < kids; k++) {
        if (depth < 4 && rnd(g, 3) == 0 && gen_nareas < GEN_MAX_AREAS - 8) {
            gen_area sub = gen_tree(g, depth + 1);
            self.leaves_below |= sub.leaves_below;
            self.weighted_live |= sub.counted && sub.weighted_live;
        } else {
            int m = g->nmilestones++;
            g->nitems++;
            const char *mw = weights[rnd(g, ARRAY_LEN(weights))];
            put(g, "<milestone id='m%d' weight='%s'", m, mw);
            if (m > 0 && rnd(g, 3) == 0)
                put(g, " requires='m%u'", rnd(g, (unsigned)m));
            put(g, "><title>m</title></milestone>");
            bool counted = strcmp(mw, "0") != 0;
            self.leaves_below |= counted;
            self.weighted_live |= counted;
        }
    }
    put(g, "</area>");
    gen_areas[gen_nareas++] = self;
    return self;
}

static void test_score__property_one_level_everywhere(void **state)
{
    (void)state;
    gen g = {NULL, 0, 0, 20141231, 0, 0};
    for (int round = 0; round < 300; round++) {
        g.len = 0;
        g.nitems = g.nmilestones = 0;
        gen_nareas = 0;
        unsigned nlevels = 2 + rnd(&g, 5);
        int64_t values[8] = {0};
        put(&g, "<scorecard xmlns='urn:emscore:1' id='t' version='1'><title>T</title>"
                "<scale achieved='l%u'>", 1 + rnd(&g, nlevels - 1));
        for (unsigned l = 0; l < nlevels; l++) {
            values[l] = l ? values[l - 1] + 1 + rnd(&g, 3) : 0;
            put(&g, "<level id='l%u' value='%lld'>l</level>", l, (long long)values[l]);
        }
        put(&g, "</scale>" GRADES);
        bool top_leaves = false, top_weighted = false;
        unsigned ntop = 1 + rnd(&g, 4);
        for (unsigned t = 0; t < ntop; t++) {
            gen_area a = gen_tree(&g, 0);
            top_leaves |= a.leaves_below;
            top_weighted |= a.counted && a.weighted_live;
        }
        put(&g, "</scorecard>");
        ems_scorecard *sc = NULL;
        assert_int_equal(unit_scorecard(&sc, g.buf), EMS_OK);

        unsigned level = rnd(&g, nlevels);
        char *card_text = strdup(g.buf);
        g.len = 0;
        put(&g, "<assessment xmlns='urn:emscore:1' kind='self' scorecard='t' scorecard-version='1' "
                "agency='A' period='P'>");
        for (int m = 0; m < g.nmilestones; m++)
            put(&g, "<response milestone='m%d' level='l%u'/>", m, level);
        put(&g, "</assessment>");
        ems_assessment *as = NULL;
        assert_int_equal(unit_assessment(&as, g.buf, sc), EMS_OK);
        int64_t want = (int64_t)ems_score__div((ems_u128)values[level] * 10000,
                                                (ems_u128)values[nlevels - 1]);

        static const ems_model models[] = {EMS_MODEL_WEIGHTED, EMS_MODEL_FLAT,
                                           EMS_MODEL_FLAT_UNWEIGHTED};
        for (size_t k = 0; k < ARRAY_LEN(models); k++) {
            ems_results *r = NULL;
            const ems_assessment *one[1] = {as};
            assert_int_equal(ems_score(&r, unit_ctx, sc, one, 1, NULL, models[k]), EMS_OK);
            bool weighted = models[k] == EMS_MODEL_WEIGHTED;
            for (int a = 0; a < gen_nareas; a++) {
                char id[16];
                size_t idx;
                snprintf(id, sizeof(id), "a%d", gen_areas[a].id);
                assert_true(ems_idmap__get(&sc->item_ids, id, &idx));
                bool live = weighted ? gen_areas[a].weighted_live : gen_areas[a].leaves_below;
                int64_t got = r->items[idx].final.score;
                if (got != (live ? want : EMS_SCORE_NA))
                    print_error("round %d, model %s, area %s: %lld, expected %lld\n%s\n", round,
                                ems_model_name(models[k]), id, (long long)got,
                                (long long)(live ? want : EMS_SCORE_NA), card_text);
                assert_true(got == (live ? want : EMS_SCORE_NA));
            }
            bool live = weighted ? top_weighted : top_leaves;
            assert_true(r->overall_final == (live ? want : EMS_SCORE_NA));
            assert_true(r->overall_self == r->overall_final);
            ems_results_free(r);
        }
        free(card_text);
        ems_assessment_free(as);
        ems_scorecard_free(sc);
    }
    free(g.buf);
}

/* ---- scale -------------------------------------------------------------- */

/* 100 areas of PER_AREA milestones, each requiring the one before it: one
 * chain through the whole scorecard, blocked halfway. 100,000 milestones,
 * or 10,000 under EMS_TEST_QUICK (the sanitizer and valgrind runs). How
 * long it takes is measured by `make bench`, not asserted here. */
static void test_score__one_prerequisite_chain_through_a_large_scorecard(void **state)
{
    (void)state;
    const char *quick = getenv("EMS_TEST_QUICK");
    const int areas = 100, per_area = quick && *quick == '1' ? 100 : 1000;
    const int n = areas * per_area, blocker = n / 2;
    gen g = {NULL, 0, 0, 1, 0, 0};
    put(&g, "<scorecard xmlns='urn:emscore:1' id='t' version='1'><title>T</title>" SCALE5 GRADES);
    for (int a = 0; a < areas; a++) {
        put(&g, "<area id='a%d'><title>a</title>", a);
        for (int m = 0; m < per_area; m++) {
            int id = a * per_area + m;
            if (id)
                put(&g, "<milestone id='m%d' requires='m%d'><title>m</title></milestone>", id, id - 1);
            else
                put(&g, "<milestone id='m0'><title>m</title></milestone>");
        }
        put(&g, "</area>");
    }
    put(&g, "</scorecard>");
    ems_scorecard *sc = NULL;
    assert_int_equal(unit_scorecard(&sc, g.buf), EMS_OK);
    g.len = 0;
    put(&g, "<assessment xmlns='urn:emscore:1' kind='self' scorecard='t' scorecard-version='1' "
            "agency='A' period='P'>");
    for (int m = 0; m < n; m++)
        put(&g, "<response milestone='m%d' level='%s'/>", m, m == blocker ? "initiated" : "exceeded");
    put(&g, "</assessment>");
    ems_assessment *as = NULL;
    assert_int_equal(unit_assessment(&as, g.buf, sc), EMS_OK);
    free(g.buf);

    const ems_assessment *one[1] = {as};
    ems_results *r = NULL;
    assert_int_equal(ems_score(&r, unit_ctx, sc, one, 1, NULL, EMS_MODEL_WEIGHTED), EMS_OK);
    /* The blocker is initiated: every milestone after it is capped to
     * in-progress (50.00), every one before it is exceeded (100.00). */
    char id[16];
    size_t idx;
    snprintf(id, sizeof id, "m%d", n - 1);
    assert_true(ems_idmap__get(&sc->item_ids, id, &idx));
    assert_int_equal(r->items[idx].final.score, 5000);
    assert_true(r->items[idx].flags & EMS_FLAG_BLOCKED);
    snprintf(id, sizeof id, "m%d", blocker - 1);
    assert_true(ems_idmap__get(&sc->item_ids, id, &idx));
    assert_int_equal(r->items[idx].final.score, 10000);
    /* a0..a49 at 10000; a50 opens with the blocker (25.00) then 50.00s:
     * 4998 (1000 per area: 4997.5 rounded half up) or 4975 (100 per area);
     * a51..a99 at 5000. Overall (50*10000 + a50 + 49*5000) / 100 is
     * 7499.98 or 7499.75, both 7500. */
    assert_int_equal(r->overall_final, 7500);
    char *xml = NULL;
    assert_int_equal(ems_results_serialize(&xml, NULL, r, unit_ctx), EMS_OK);
    ems_free(xml);
    ems_results_free(r);
    ems_assessment_free(as);
    ems_scorecard_free(sc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_score__table, unit_setup),
        cmocka_unit_test_setup(test_score__rounding, unit_setup),
        cmocka_unit_test_setup(test_score__model_names, unit_setup),
        cmocka_unit_test_setup(test_score__refuses_mismatched_inputs, unit_setup),
        cmocka_unit_test_setup(test_score__profiles_of_the_assessments, unit_setup),
        cmocka_unit_test_setup(test_score__needs_assessments_loaded_with_the_scorecard, unit_setup),
        cmocka_unit_test_setup(test_score__order_and_accessors, unit_setup),
        cmocka_unit_test_setup(test_score__property_one_level_everywhere, unit_setup),
        cmocka_unit_test_setup(test_score__one_prerequisite_chain_through_a_large_scorecard, unit_setup),
    };
    return unit_run("score", tests);
}
