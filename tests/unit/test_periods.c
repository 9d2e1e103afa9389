/*
 * Periods in a summary (doc/formats.md, "Summary"): tables of the rules
 * that choose what is ranked (each agency's latest period, or one period
 * byte for byte), link each agency's period to its previous one (periods
 * in time order, ties broken by their bytes), list the periods, and make
 * the changes, per-period sums and implementation rate.
 */
#include "unit_helpers.h"

#include "model.h"
#include "periods.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define MAXKEYS 8

/* "A/2014 B/2015" into keys, in buf. */
static size_t parse_keys(ems_period_key *keys, char *buf, size_t cap, const char *text)
{
    size_t n = 0;
    snprintf(buf, cap, "%s", text);
    char *rest = NULL;
    for (char *tok = strtok_r(buf, " ", &rest); tok && n < MAXKEYS;
         tok = strtok_r(NULL, " ", &rest)) {
        char *slash = strchr(tok, '/');
        assert_non_null(slash);
        *slash = '\0';
        keys[n++] = (ems_period_key){tok, slash + 1};
    }
    return n;
}

static void append(char *out, size_t cap, const char *fmt, const char *a, const char *b)
{
    size_t len = strlen(out);
    snprintf(out + len, cap - len, fmt, len ? " " : "", a, b);
}

static void test_periods__selection(void **state)
{
    (void)state;
    static const struct {
        const char *name, *keys, *only;
        const char *ranked;   /* the ranked keys, in input order */
        const char *previous; /* KEY<PREVIOUS for each key that has one, input order */
        const char *periods;  /* every period once, in time order */
    } rows[] = {
        {"each agency's latest", "A/2014 A/2015 B/2014", NULL, "A/2015 B/2014", "A/2015<2014",
         "2014 2015"},
        {"any input order", "A/2015 B/2014 A/2014", NULL, "A/2015 B/2014", "A/2015<2014",
         "2014 2015"},
        {"one period", "A/2014 A/2015 B/2014", "2014", "A/2014 B/2014", "A/2015<2014",
         "2014 2015"},
        {"the later period", "A/2014 A/2015 B/2014", "2015", "A/2015", "A/2015<2014",
         "2014 2015"},
        {"a period no input has", "A/2014 A/2015", "2016", "", "A/2015<2014", "2014 2015"},
        {"an agency with a single period", "B/2014", NULL, "B/2014", "", "2014"},
        {"the single period of one agency, two of another", "A/2015 A/2014 B/2015", NULL,
         "A/2015 B/2015", "A/2015<2014", "2014 2015"},
        {"digits compare as numbers", "A/9 A/10", NULL, "A/10", "A/10<9", "9 10"},
        {"halves between years", "A/2016 A/2015-H2 A/2015", NULL, "A/2016",
         "A/2016<2015-H2 A/2015-H2<2015", "2015 2015-H2 2016"},
        {"periods that tie in time order: by their bytes", "A/2015 A/02015", NULL, "A/2015",
         "A/2015<02015", "02015 2015"},
        {"one period is byte for byte, not a tie", "A/2015 A/02015 B/2015", "02015",
         "A/02015", "A/2015<02015", "02015 2015"},
        {"agencies never mixed", "A/2014 B/2015 C/2013 B/2014 C/2014", NULL,
         "A/2014 B/2015 C/2014", "B/2015<2014 C/2014<2013", "2013 2014 2015"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        ems_period_key keys[MAXKEYS];
        char buf[256], ranked[256] = "", previous[256] = "", periods[256] = "";
        size_t n = parse_keys(keys, buf, sizeof(buf), rows[i].keys);
        ems_period_plan plan = EMS_PERIOD_PLAN_INIT;
        assert_int_equal(ems_periods__plan(&plan, keys, n, rows[i].only), EMS_OK);
        size_t nranked = 0;
        for (size_t k = 0; k < n; k++) {
            if (plan.ranked[k]) {
                append(ranked, sizeof(ranked), "%s%s/%s", keys[k].agency, keys[k].period);
                nranked++;
            }
            if (plan.previous[k] != EMS_NONE) {
                char key[64];
                snprintf(key, sizeof(key), "%s/%s", keys[k].agency, keys[k].period);
                append(previous, sizeof(previous), "%s%s<%s", key,
                       keys[plan.previous[k]].period);
                assert_string_equal(keys[plan.previous[k]].agency, keys[k].agency);
            }
            assert_string_equal(plan.periods[plan.period_of[k]], keys[k].period);
        }
        for (size_t k = 0; k < plan.nperiods; k++)
            append(periods, sizeof(periods), "%s%s%s", plan.periods[k], "");
        if (strcmp(ranked, rows[i].ranked) != 0 || strcmp(previous, rows[i].previous) != 0 ||
            strcmp(periods, rows[i].periods) != 0)
            print_error("%s: ranked '%s' previous '%s' periods '%s'\n", rows[i].name, ranked,
                        previous, periods);
        assert_string_equal(ranked, rows[i].ranked);
        assert_string_equal(previous, rows[i].previous);
        assert_string_equal(periods, rows[i].periods);
        assert_int_equal(plan.nranked, nranked);
        ems_periods__dispose(&plan);
    }
}

static void test_periods__order(void **state)
{
    (void)state;
    static const struct {
        const char *a, *b;
        int want;
    } rows[] = {
        {"2014", "2015", -1}, {"2015", "2015", 0},     {"10", "9", 1},
        {"02015", "2015", -1}, {"2015", "02015", 1},   {"2015-H2", "2016", -1},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++)
        assert_int_equal(ems_periods__cmp(rows[i].a, rows[i].b), rows[i].want);
}

static void test_periods__change(void **state)
{
    (void)state;
    static const struct {
        int64_t from, to;
        bool changed;
        int64_t delta;
    } rows[] = {
        {6220, 6596, true, 376}, /* UNIDO 2014 -> 2015: 62.20 -> 65.96 */
        {6596, 6220, true, -376}, {5000, 5000, true, 0},  {0, 10000, true, 10000},
        {-1, 5000, false, 0},     {5000, -1, false, 0},   {-1, -1, false, 0},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        int64_t delta = 12345;
        bool got = ems_periods__change(rows[i].from, rows[i].to, &delta);
        assert_int_equal(got, rows[i].changed);
        if (got)
            assert_int_equal(delta, rows[i].delta);
    }
}

static void test_periods__implementation_rate(void **state)
{
    (void)state;
    static const struct {
        size_t implemented, followed;
        int64_t want;
    } rows[] = {
        {4, 10, 4000}, {9, 24, 3750}, {1, 3, 3333}, {2, 3, 6667}, {1, 6, 1667},
        {0, 5, 0},     {5, 5, 10000}, {0, 0, -1},   {1, 6, 1667},
        {1, 20000, 1}, {1, 20001, 0}, /* 0.005 % rounds half up to 0.01 % */
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++)
        assert_int_equal(ems_periods__rate(rows[i].implemented, rows[i].followed), rows[i].want);
}

static void test_periods__sums_by_period(void **state)
{
    (void)state;
    ems_period_key keys[MAXKEYS];
    char buf[128];
    size_t n = parse_keys(keys, buf, sizeof(buf), "A/2015 B/2014 A/2014 C/2015");
    ems_period_plan plan = EMS_PERIOD_PLAN_INIT;
    assert_int_equal(ems_periods__plan(&plan, keys, n, NULL), EMS_OK);
    assert_int_equal(ems_periods__tally(&plan, 2), EMS_OK);
    /* overall self, final, met; area 0 and 1 self, final; -1 is na */
    static const int64_t fig[4][7] = {
        {7000, 6596, 6087, 6544, 5711, 0, 0}, {8000, 7764, 8667, -1, -1, 100, 200},
        {6500, 6220, 5500, 6250, -1, 0, 0},   {-1, -1, -1, 7000, 7100, 300, 400},
    };
    for (size_t k = 0; k < n; k++) {
        ems_periods__add(&plan, k, EMS_NONE, fig[k][0], fig[k][1], fig[k][2]);
        ems_periods__add(&plan, k, 0, fig[k][3], fig[k][4], 9999);
        ems_periods__add(&plan, k, 1, fig[k][5], fig[k][6], 9999);
    }
    assert_int_equal(plan.nperiods, 2);
    assert_string_equal(plan.periods[0], "2014");
    assert_int_equal(plan.agencies[0], 2);
    assert_int_equal(plan.agencies[1], 2);
    const ems_period_sums *o14 = ems_periods__sums(&plan, 0, EMS_NONE);
    assert_int_equal(o14->sum[1], 7764 + 6220);
    assert_int_equal(o14->n[1], 2);
    const ems_period_sums *o15 = ems_periods__sums(&plan, 1, EMS_NONE);
    assert_int_equal(o15->sum[0], 7000); /* C's na left out */
    assert_int_equal(o15->n[0], 1);
    assert_int_equal(o15->sum[2], 6087);
    const ems_period_sums *a14 = ems_periods__sums(&plan, 0, 0);
    assert_int_equal(a14->n[0], 1); /* B's area 0 is na */
    assert_int_equal(a14->sum[0], 6250);
    assert_int_equal(a14->n[1], 0);
    assert_int_equal(a14->n[2], 0); /* met only overall */
    const ems_period_sums *b15 = ems_periods__sums(&plan, 1, 1);
    assert_int_equal(b15->sum[1], 400);
    assert_int_equal(b15->n[1], 2);
    ems_periods__dispose(&plan);
    ems_periods__dispose(&plan); /* disposed twice is harmless */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_periods__selection, unit_setup),
        cmocka_unit_test_setup(test_periods__order, unit_setup),
        cmocka_unit_test_setup(test_periods__change, unit_setup),
        cmocka_unit_test_setup(test_periods__implementation_rate, unit_setup),
        cmocka_unit_test_setup(test_periods__sums_by_period, unit_setup),
    };
    return unit_run("periods", tests);
}
