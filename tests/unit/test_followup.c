/*
 * Peer review over time (doc/scoring.md, "Progress and follow-up"): tables
 * of the rules that order periods, settle a period's follow-up status,
 * decide overdue and compare figures between periods (versions that
 * differ included); the register over earlier periods, missing ones
 * included, with its errors; the rules the loader checks on
 * recommendations, follow-ups and management responses.
 */
#include "unit_helpers.h"

#include "followup.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ---- periods, statuses, overdue, changes ----------------------------- */

static void test_followup__period_order(void **state)
{
    (void)state;
    static const struct {
        const char *a, *b;
        int want;
    } rows[] = {
        {"2014", "2015", -1},    {"2015", "2014", 1},       {"2015", "2015", 0},
        {"9", "10", -1},         {"2015", "2015-H2", -1},   {"2015-H1", "2015-H2", -1},
        {"2015-H2", "2016", -1}, {"2015-Q10", "2015-Q9", 1}, {"02015", "2015", 0},
        {"a", "b", -1},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        int got = ems_follow__period_cmp(rows[i].a, rows[i].b);
        if (got != rows[i].want)
            print_error("%s vs %s: %d, expected %d\n", rows[i].a, rows[i].b, got, rows[i].want);
        assert_int_equal(got, rows[i].want);
    }
}

static void test_followup__peer_status_wins(void **state)
{
    (void)state;
    ems_followup impl = {.status = EMS_FS_IMPLEMENTED}, prog = {.status = EMS_FS_IN_PROGRESS};
    static const struct {
        int self, peer; /* 0 none, 1 implemented, 2 in-progress */
        bool known;
        ems_follow_status want;
        bool disagreement;
    } rows[] = {
        {0, 0, false, 0, false},
        {1, 0, true, EMS_FS_IMPLEMENTED, false},   /* the agency alone */
        {0, 2, true, EMS_FS_IN_PROGRESS, false},   /* the team alone */
        {1, 2, true, EMS_FS_IN_PROGRESS, true},    /* the team wins, flagged */
        {2, 1, true, EMS_FS_IMPLEMENTED, true},
        {2, 2, true, EMS_FS_IN_PROGRESS, false},   /* agreement */
    };
    const ems_followup *by[] = {NULL, &impl, &prog};
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        ems_rec_status st = {0};
        bool known = ems_follow__merge(&st, by[rows[i].self], by[rows[i].peer]);
        assert_int_equal(known, rows[i].known);
        if (!known)
            continue;
        assert_int_equal(st.status, rows[i].want);
        assert_int_equal(st.disagreement, rows[i].disagreement);
        assert_int_equal(st.self, rows[i].self ? (int)by[rows[i].self]->status : -1);
        assert_int_equal(st.peer, rows[i].peer ? (int)by[rows[i].peer]->status : -1);
    }
}

static void test_followup__overdue(void **state)
{
    (void)state;
    static const ems_follow_status impl = EMS_FS_IMPLEMENTED, prog = EMS_FS_IN_PROGRESS,
                                   sup = EMS_FS_SUPERSEDED, nlr = EMS_FS_NO_LONGER_RELEVANT,
                                   ns = EMS_FS_NOT_STARTED;
    static const struct {
        const char *due, *asof;
        const ems_follow_status *latest;
        bool want;
    } rows[] = {
        {"2015-03-31", "2015-06-26", &prog, true},  /* past due, in progress */
        {"2015-03-31", "2015-06-26", NULL, true},   /* past due, never followed up */
        {"2015-03-31", "2015-06-26", &ns, true},
        {"2015-03-31", "2015-06-26", &impl, false}, /* done */
        {"2015-03-31", "2015-06-26", &sup, false},  /* closed otherwise */
        {"2015-03-31", "2015-06-26", &nlr, false},
        {"2015-06-26", "2015-06-26", &prog, false}, /* due today is not late */
        {"2015-12-31", "2015-06-26", &prog, false}, /* not yet due */
        {NULL, "2015-06-26", &prog, false},         /* no due date */
        {"2015-03-31", NULL, &prog, false},         /* no date to judge by */
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++)
        assert_int_equal(ems_follow__overdue(rows[i].due, rows[i].asof, rows[i].latest),
                         rows[i].want);
}

static void test_followup__change_in_hundredths(void **state)
{
    (void)state;
    static const struct {
        int64_t from, to, delta;
        ems_direction want;
    } rows[] = {
        {6220, 6596, 376, EMS_DIR_IMPROVED},
        {5000, 2500, -2500, EMS_DIR_DECLINED},
        {4500, 4500, 0, EMS_DIR_UNCHANGED},
        {0, 10000, 10000, EMS_DIR_IMPROVED},
        {10000, 0, -10000, EMS_DIR_DECLINED},
        {EMS_SCORE_NA, 5000, 0, EMS_DIR_NONE},
        {5000, EMS_SCORE_NA, 0, EMS_DIR_NONE},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        int64_t delta = 12345;
        assert_int_equal(ems_follow__change(rows[i].from, rows[i].to, &delta), rows[i].want);
        assert_int_equal(delta, rows[i].delta);
    }
}

/* ---- comparing two periods ------------------------------------------- */

/* Two areas: A (leaves a1, a2) and B (leaves b1 and, in the second
 * version, b2 instead of b3). */
#define LEAF(id, parent, final, status) \
    {id, EMS_ITEM_MILESTONE, parent, final, final, status, false, false, {NULL, NULL, NULL, 0}}
#define AREA_(id, final) \
    {id, EMS_ITEM_AREA, EMS_NONE, final, final, EMS_LS_NA, false, false, {NULL, NULL, NULL, 0}}

static void test_followup__compare_same_version(void **state)
{
    (void)state;
    ems_fig_item before[] = {AREA_("A", 5000), LEAF("a1", 0, 5000, EMS_LS_PARTIAL),
                             LEAF("a2", 0, 5000, EMS_LS_PARTIAL), AREA_("B", 2500),
                             LEAF("b1", 3, 2500, EMS_LS_PARTIAL)};
    ems_fig_item after[] = {AREA_("A", 6250), LEAF("a1", 0, 7500, EMS_LS_ACHIEVED),
                            LEAF("a2", 0, 5000, EMS_LS_PARTIAL), AREA_("B", 0),
                            LEAF("b1", 3, 0, EMS_LS_NOT_STARTED)};
    after[1].blocked = false;
    before[1].blocked = true;
    ems_figures f0 = {.period = "2014", .version = "1", .final = 3750, .items = before, .nitems = 5};
    ems_figures f1 = {.period = "2015", .version = "1", .final = 3125, .items = after, .nitems = 5};
    ems_arena a = EMS_ARENA_INIT;
    ems_changes ch;
    assert_int_equal(ems_follow__compare(&ch, &a, &f0, &f1), EMS_OK);
    assert_null(ch.overall.reason);
    assert_int_equal(ch.overall.delta, -625);
    assert_int_equal(ch.overall.direction, EMS_DIR_DECLINED);
    assert_int_equal(ch.nareas, 2);
    assert_int_equal(ch.areas[0].delta, 1250);
    assert_int_equal(ch.areas[1].delta, -2500);
    /* only the leaves that moved are listed, in the later order */
    assert_int_equal(ch.nleaves, 2);
    assert_string_equal(ch.leaves[0].id, "a1");
    assert_int_equal(ch.leaves[0].direction, EMS_DIR_IMPROVED);
    assert_true(ch.leaves[0].from_blocked && !ch.leaves[0].to_blocked);
    assert_string_equal(ch.leaves[1].id, "b1");
    assert_int_equal(ch.leaves[1].to_status, EMS_LS_NOT_STARTED);
    assert_int_equal(ch.improved, 1);
    assert_int_equal(ch.declined, 1);
    assert_int_equal(ch.unchanged, 1);
    assert_int_equal(ch.nuncomparable, 0);
    ems_arena__dispose(&a);
}

static void test_followup__compare_versions_that_differ(void **state)
{
    (void)state;
    ems_fig_item before[] = {AREA_("A", 5000), LEAF("a1", 0, 5000, EMS_LS_PARTIAL),
                             LEAF("a2", 0, 5000, EMS_LS_PARTIAL), AREA_("B", 2500),
                             LEAF("b1", 3, 2500, EMS_LS_PARTIAL), LEAF("b3", 3, 2500, EMS_LS_PARTIAL)};
    ems_fig_item after[] = {AREA_("A", 6250), LEAF("a1", 0, 7500, EMS_LS_ACHIEVED),
                            LEAF("a2", 0, 5000, EMS_LS_PARTIAL), AREA_("B", 5000),
                            LEAF("b1", 3, 5000, EMS_LS_PARTIAL), LEAF("b2", 3, 5000, EMS_LS_PARTIAL)};
    ems_figures f0 = {.period = "2014", .version = "2014.1", .final = 3750, .items = before, .nitems = 6};
    ems_figures f1 = {.period = "2015", .version = "2015.1", .final = 5625, .items = after, .nitems = 6};
    ems_arena a = EMS_ARENA_INIT;
    ems_changes ch;
    assert_int_equal(ems_follow__compare(&ch, &a, &f0, &f1), EMS_OK);
    /* the overall score and area B stand on different items */
    assert_string_equal(ch.overall.reason, "items");
    assert_int_equal(ch.overall.direction, EMS_DIR_NONE);
    assert_null(ch.areas[0].reason);
    assert_int_equal(ch.areas[0].delta, 1250);
    assert_string_equal(ch.areas[1].reason, "items");
    /* the shared leaves are compared */
    assert_int_equal(ch.improved, 2);
    assert_int_equal(ch.unchanged, 1);
    /* and the others listed: new in the later period, gone from the earlier */
    assert_int_equal(ch.nuncomparable, 2);
    assert_string_equal(ch.uncomparable[0].id, "b2");
    assert_string_equal(ch.uncomparable[0].reason, "new");
    assert_string_equal(ch.uncomparable[1].id, "b3");
    assert_string_equal(ch.uncomparable[1].reason, "gone");
    ems_arena__dispose(&a);
}

/* ---- the register ----------------------------------------------------- */

#define HEAD(kind, period)                                                                 \
    "<?xml version='1.0' encoding='UTF-8'?>\n"                                            \
    "<assessment xmlns='urn:emscore:1' kind='" kind "' scorecard='un-ems' "               \
    "scorecard-version='2014.1' agency='UNIDO' period='" period "'>\n"
#define PEER_HEAD(period)                                                                  \
    HEAD("peer", period)                                                                   \
    "  <date>" period "-06-30</date>\n"                                                    \
    "  <mission from='" period "-06-01' to='" period "-06-05'>VIC</mission>\n"            \
    "  <team><reviewer id='r1' agency='UNEP' role='lead'>R</reviewer></team>\n"

static const char PEER_2015[] =
    PEER_HEAD("2015")                                                         /* 1-5 */
    "  <response milestone='EMS2'>\n"                                         /* 6 */
    "    <rating by='r1' level='achieved'/>\n"                                /* 7 */
    "    <recommendation id='UNIDO-2015-R01' priority='high'>New.</recommendation>\n" /* 8 */
    "  </response>\n"                                                         /* 9 */
    "  <follow-up recommendation='UNIDO-2014-R01' status='in-progress'/>\n"   /* 10 */
    "</assessment>\n";

static const char SELF_2015[] =
    HEAD("self", "2015")                                                      /* 1-2 */
    "  <response milestone='EMS2' level='achieved'/>\n"                       /* 3 */
    "  <follow-up recommendation='UNIDO-2014-R01' status='implemented'/>\n"   /* 4 */
    "  <follow-up recommendation='UNIDO-2013-R01' status='implemented'/>\n"   /* 5 */
    "</assessment>\n";

static ems_assessment *load(const char *text)
{
    ems_assessment *as = NULL;
    if (unit_assessment(&as, text, NULL) != EMS_OK)
        unit_dump_diags();
    assert_non_null(as);
    return as;
}

/* An earlier register of one recommendation made in made, with the
 * statuses of the periods given (NULL-terminated) and a response. */
typedef struct past {
    ems_figures f;
    ems_rec_entry e;
    ems_rec_status st[4];
    ems_reply reply;
} past;

static void make_past(past *p, const char *period, const char *id, const char *made,
                      const char *due, const char *const *statuses)
{
    memset(p, 0, sizeof(*p));
    p->reply = (ems_reply){.recommendation = id, .decision = EMS_DECISION_ACCEPTED, .due = due};
    p->e = (ems_rec_entry){.id = id, .made = made, .milestone = "EMS1", .file = "past.xml",
                           .reply = &p->reply, .history = p->st};
    for (size_t i = 0; statuses && statuses[i]; i++) {
        p->st[i] = (ems_rec_status){.period = statuses[i], .status = EMS_FS_NOT_STARTED,
                                    .self = -1, .peer = (int)EMS_FS_NOT_STARTED};
        p->e.nhistory++;
    }
    p->f = (ems_figures){.file = "past.xml", .period = period, .register_ = &p->e, .nregister = 1};
}

static const ems_rec_entry *find(const ems_rec_entry *e, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(e[i].id, id) == 0)
            return &e[i];
    return NULL;
}

static void test_followup__register_over_missing_periods(void **state)
{
    (void)state;
    /* 2012 made one (followed up in 2013), 2014 made another; 2013 itself
     * is not given, and the 2015 review follows up both */
    past p12, p14;
    make_past(&p12, "2012", "UNIDO-2013-R01", "2012", "2013-01-31", (const char *[]){"2013", NULL});
    p12.e.id = "UNIDO-2013-R01";
    make_past(&p14, "2014", "UNIDO-2014-R01", "2014", "2015-12-31", NULL);
    ems_assessment *peer = load(PEER_2015), *self = load(SELF_2015);
    const ems_figures *pasts[] = {&p12.f, &p14.f};
    ems_register_in in = {pasts, 2, "2015", self, peer, NULL, "2015-06-30"};
    ems_arena a = EMS_ARENA_INIT;
    ems_rec_entry *reg = NULL;
    size_t n = 0;
    assert_int_equal(ems_follow__register(&reg, &n, &a, unit_ctx, &in), EMS_OK);
    assert_int_equal(n, 3);
    /* in the order of the periods they were made in */
    assert_string_equal(reg[0].id, "UNIDO-2013-R01");
    assert_string_equal(reg[1].id, "UNIDO-2014-R01");
    assert_string_equal(reg[2].id, "UNIDO-2015-R01");
    /* the earlier history is kept and this period added after it */
    assert_int_equal(reg[0].nhistory, 2);
    assert_string_equal(reg[0].history[0].period, "2013");
    assert_string_equal(reg[0].history[1].period, "2015");
    assert_int_equal(reg[0].history[1].status, EMS_FS_IMPLEMENTED);
    assert_false(reg[0].overdue); /* implemented, though past due */
    /* the team's status wins over the agency's, flagged */
    const ems_rec_entry *r14 = find(reg, n, "UNIDO-2014-R01");
    assert_int_equal(r14->nhistory, 1);
    assert_int_equal(r14->history[0].status, EMS_FS_IN_PROGRESS);
    assert_true(r14->history[0].disagreement);
    assert_true(r14->earlier);
    assert_false(r14->overdue); /* due at the end of 2015 */
    assert_non_null(r14->reply);
    assert_false(reg[2].earlier);
    assert_int_equal(reg[2].nhistory, 0);
    ems_arena__dispose(&a);
    ems_assessment_free(peer);
    ems_assessment_free(self);
}

static void test_followup__register_errors(void **state)
{
    (void)state;
    ems_arena a = EMS_ARENA_INIT;
    ems_rec_entry *reg = NULL;
    size_t n = 0;
    past p14, p13;
    make_past(&p14, "2014", "UNIDO-2015-R01", "2014", NULL, NULL);
    ems_assessment *peer = load(PEER_2015), *self = load(SELF_2015);
    /* a recommendation made twice: the 2015 review reuses a 2014 id */
    const ems_figures *pasts[] = {&p14.f};
    ems_register_in in = {pasts, 1, "2015", NULL, peer, NULL, NULL};
    assert_int_equal(ems_follow__register(&reg, &n, &a, unit_ctx, &in), EMS_EINVALID);
    assert_some_error(8, "recommendation id 'UNIDO-2015-R01' was already made in period 2014 (past.xml)");
    /* a follow-up of a recommendation no earlier period makes (and the peer's
     * of one it does not know either) */
    ems_ctx_clear(unit_ctx);
    ems_register_in none = {NULL, 0, "2015", self, NULL, NULL, NULL};
    assert_int_equal(ems_follow__register(&reg, &n, &a, unit_ctx, &none), EMS_EINVALID);
    assert_some_error(4, "follow-up of recommendation 'UNIDO-2014-R01', which no earlier period makes");
    assert_some_error(5, "follow-up of recommendation 'UNIDO-2013-R01', which no earlier period makes");
    assert_int_equal(ems_ctx_nerrors(unit_ctx), 2);
    /* two earlier registers that disagree on when a recommendation was made */
    ems_ctx_clear(unit_ctx);
    make_past(&p13, "2013", "UNIDO-2015-R01", "2013", NULL, NULL);
    const ems_figures *both[] = {&p13.f, &p14.f};
    ems_register_in clash = {both, 2, "2015", NULL, NULL, NULL, NULL};
    assert_int_equal(ems_follow__register(&reg, &n, &a, unit_ctx, &clash), EMS_EINVALID);
    assert_only_error(0, "recommendation 'UNIDO-2015-R01' is made in period 2014 here and in period 2013");
    /* a reply to an unknown recommendation, and one to an earlier period's */
    ems_ctx_clear(unit_ctx);
    make_past(&p14, "2014", "UNIDO-2014-R01", "2014", NULL, NULL);
    ems_assessment *resp = load(HEAD("response", "2015")
                                "  <reply recommendation='UNIDO-2015-R09' decision='accepted'/>\n"
                                "  <reply recommendation='UNIDO-2014-R01' decision='rejected'/>\n"
                                "  <reply recommendation='UNIDO-2015-R01' decision='accepted'/>\n"
                                "</assessment>\n");
    ems_register_in answered = {pasts, 1, "2015", NULL, peer, resp, NULL};
    assert_int_equal(ems_follow__register(&reg, &n, &a, unit_ctx, &answered), EMS_EINVALID);
    assert_some_error(3, "reply to recommendation 'UNIDO-2015-R09', which the peer assessment of UNIDO 2015 does not make");
    assert_some_error(4, "reply to recommendation 'UNIDO-2014-R01' of period 2014");
    assert_int_equal(ems_ctx_nerrors(unit_ctx), 2);
    ems_arena__dispose(&a);
    ems_assessment_free(peer);
    ems_assessment_free(self);
    ems_assessment_free(resp);
}

/* ---- rules of the loader ---------------------------------------------- */

static void test_followup__loader_rules(void **state)
{
    (void)state;
    static const struct {
        const char *doc;
        long line;
        const char *words;
    } rows[] = {
        {PEER_HEAD("2015") "  <response milestone='EMS2'><rating by='r1' level='achieved'/>\n"
                           "    <recommendation id='R1' priority='high'>a</recommendation>\n"
                           "    <recommendation id='R1' priority='low'>b</recommendation>\n"
                           "  </response>\n</assessment>\n",
         8, "recommendation id 'R1' is used twice (first on line 7)"},
        {HEAD("self", "2015") "  <follow-up recommendation='R1' status='implemented'/>\n"
                              "  <follow-up recommendation='R1' status='in-progress'/>\n</assessment>\n",
         4, "second follow-up of recommendation 'R1' (the first is on line 3)"},
        {PEER_HEAD("2015") "  <response milestone='EMS2'><rating by='r1' level='achieved'/>\n"
                           "    <recommendation id='R1' priority='high'>a</recommendation>\n"
                           "  </response>\n"
                           "  <follow-up recommendation='R1' status='implemented'/>\n</assessment>\n",
         9, "follow-up of recommendation 'R1', which this assessment makes (line 7)"},
        {HEAD("response", "2015") "  <reply recommendation='R1' decision='accepted'/>\n"
                                  "  <reply recommendation='R1' decision='rejected'/>\n</assessment>\n",
         4, "second reply to recommendation 'R1' (the first is on line 3)"},
        {HEAD("self", "2015") "  <reply recommendation='R1' decision='accepted'/>\n</assessment>\n",
         3, "<reply> in a self-assessment"},
        {HEAD("response", "2015") "  <response milestone='EMS1' level='achieved'/>\n</assessment>\n",
         3, "management response (kind=\"response\") with a <response>"},
        {HEAD("response", "2015") "  <mission from='2015-01-01' to='2015-01-02'>x</mission>\n"
                                  "</assessment>\n",
         3, "management response with a <mission>"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        ems_ctx_clear(unit_ctx);
        assert_int_equal(unit_assessment(NULL, rows[i].doc, NULL), EMS_EINVALID);
        assert_only_error(rows[i].line, rows[i].words);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_followup__period_order, unit_setup),
        cmocka_unit_test_setup(test_followup__peer_status_wins, unit_setup),
        cmocka_unit_test_setup(test_followup__overdue, unit_setup),
        cmocka_unit_test_setup(test_followup__change_in_hundredths, unit_setup),
        cmocka_unit_test_setup(test_followup__compare_same_version, unit_setup),
        cmocka_unit_test_setup(test_followup__compare_versions_that_differ, unit_setup),
        cmocka_unit_test_setup(test_followup__register_over_missing_periods, unit_setup),
        cmocka_unit_test_setup(test_followup__register_errors, unit_setup),
        cmocka_unit_test_setup(test_followup__loader_rules, unit_setup),
    };
    return unit_run("followup", tests);
}
