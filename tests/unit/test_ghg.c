/*
 * The inventory figures (engine/ghg.c) in exact hundredths, one row per
 * rule and edge case: zero baseline, zero offsets, tiny and huge figures,
 * half-up rounding both ways; the agreement of typed values; and the
 * inventory loader's rules.
 */
#include "unit_helpers.h"

#include "ghg.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define T(x) INT64_C(x)

/* An inventory of up to 8 emissions and 2 offsets, in thousandths. */
typedef struct fake {
    ems_inventory inv;
    ems_emission em[8];
    ems_offset off[2];
} fake;

static void fake_init(fake *f, int64_t covered, int64_t personnel)
{
    memset(f, 0, sizeof(*f));
    f->inv.covered = covered;
    f->inv.personnel = personnel;
    f->inv.emissions = f->em;
    f->inv.offsets = f->off;
}

static void fake_emit(fake *f, ems_ghg_source s, int scope, int64_t milli)
{
    f->em[f->inv.nemissions++] = (ems_emission){.source = s, .scope = scope, .milli = milli};
}

static void fake_offset(fake *f, int64_t milli)
{
    f->off[f->inv.noffsets++] = (ems_offset){.milli = milli, .standard = "CDM"};
}

static void test_ghg__primitives(void **state)
{
    (void)state;
    static const struct {
        char op; /* h: hundredths, p: per person, %: percent, r: reduction */
        int64_t a, b, want;
    } rows[] = {
        {'h', 0, 0, 0},
        {'h', 4, 0, 0},          /* 0.004 t -> 0.00 */
        {'h', 5, 0, 1},          /* 0.005 t -> 0.01, half up */
        {'h', 5380125, 0, 538013},
        {'h', T(1000000000000), 0, T(100000000000)}, /* 10^9 t, the largest */
        {'p', 5380000, 1150, 468},                   /* 4.678... -> 4.68 */
        {'p', 5380000, 780, 690},                    /* 6.897... -> 6.90 */
        {'p', 5, 1, 1},                              /* 0.005 t per person -> 0.01 */
        {'p', 4, 1, 0},
        {'p', 1, T(100000000), 0},                   /* a kilogram over 10^8 people */
        {'p', T(8000000000000), 1, T(800000000000)}, /* eight sources of 10^9 t, one person */
        {'%', 1, 8, 1250},
        {'%', 1, 3, 3333},
        {'%', 2, 3, 6667},
        {'%', 782, 1150, 6800},                      /* 67.9956... -> 68.00 */
        {'%', 1251, 1290, 9698},
        {'%', 0, 5, 0},                              /* zero offsets */
        {'%', 3, 2, 15000},                          /* offsets above the total */
        {'%', T(64000000000000), 1, T(640000000000000000)}, /* 64 offsets of 10^9 t over 1 kg */
        {'r', 6256000, 5380000, 1400},               /* 14.0025... -> 14.00 */
        {'r', 5740000, 3960000, 3101},
        {'r', 100, 100, 0},
        {'r', 8, 9, -1250},                          /* a rise is negative */
        {'r', 3, 4, -3333},
        {'r', 3, 5, -6667},                          /* the magnitude rounds half up */
        {'r', 1, 0, 10000},                          /* all gone */
        {'r', 1, T(8000000000000), T(-80000000000000000) + 10000},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        int64_t got = rows[i].op == 'h'   ? ems_ghg__hundredths(rows[i].a)
                    : rows[i].op == 'p' ? ems_ghg__per_person(rows[i].a, rows[i].b)
                    : rows[i].op == '%' ? ems_ghg__percent(rows[i].a, rows[i].b)
                                        : ems_ghg__reduction(rows[i].a, rows[i].b);
        if (got != rows[i].want)
            fail_msg("row %zu: %c(%lld, %lld) = %lld, expected %lld", i, rows[i].op,
                     (long long)rows[i].a, (long long)rows[i].b, (long long)got,
                     (long long)rows[i].want);
    }
}

static void test_ghg__figures(void **state)
{
    (void)state;
    fake cur, base;
    fake_init(&cur, 782, 1150);
    fake_emit(&cur, EMS_SRC_AIR_TRAVEL, 3, 2964000);
    fake_emit(&cur, EMS_SRC_ELECTRICITY, 2, 1012400);
    fake_emit(&cur, EMS_SRC_REFRIGERANTS, 1, 298000);
    fake_init(&base, 700, 1100);
    fake_emit(&base, EMS_SRC_AIR_TRAVEL, 3, 3620000);
    fake_emit(&base, EMS_SRC_ELECTRICITY, 2, 1240500);
    int64_t v;
    assert_int_equal(ems_ghg__total(&cur.inv), 4274400);
    assert_int_equal(ems_ghg__source_total(&cur.inv, EMS_SRC_ELECTRICITY), 1012400);
    assert_int_equal(ems_ghg__source_total(&cur.inv, EMS_SRC_VEHICLES), 0);
    assert_int_equal(ems_ghg__scope_total(&cur.inv, 1), 298000);
    assert_int_equal(ems_ghg__scope_total(&cur.inv, 3), 2964000);
    assert_true(ems_ghg__figure(&cur.inv, NULL, EMS_GHG_TOTAL, &v));
    assert_int_equal(v, 427440);
    assert_true(ems_ghg__figure(&cur.inv, NULL, EMS_GHG_PER_PERSON, &v));
    assert_int_equal(v, 372); /* 4274.4 / 1150 = 3.7169... */
    assert_true(ems_ghg__figure(&cur.inv, NULL, EMS_GHG_AIR_PER_PERSON, &v));
    assert_int_equal(v, 258); /* 2964 / 1150 = 2.5773... */
    assert_true(ems_ghg__figure(&cur.inv, NULL, EMS_GHG_COVERAGE, &v));
    assert_int_equal(v, 6800);
    /* no baseline, or a zero one: no reduction */
    assert_false(ems_ghg__figure(&cur.inv, NULL, EMS_GHG_REDUCTION, &v));
    assert_true(ems_ghg__figure(&cur.inv, &base.inv, EMS_GHG_REDUCTION, &v));
    assert_int_equal(v, 1206); /* (4860.5 - 4274.4) / 4860.5 = 12.0584... */
    fake zero;
    fake_init(&zero, 1, 1);
    fake_emit(&zero, EMS_SRC_OTHER, 3, 0);
    assert_false(ems_ghg__figure(&cur.inv, &zero.inv, EMS_GHG_REDUCTION, &v));
    /* zero offsets are 0 %; offsets of a zero total have no share */
    assert_true(ems_ghg__figure(&cur.inv, NULL, EMS_GHG_OFFSET, &v));
    assert_int_equal(v, 0);
    fake_offset(&cur, 4274400);
    fake_offset(&cur, 1);
    assert_true(ems_ghg__figure(&cur.inv, NULL, EMS_GHG_OFFSET, &v));
    assert_int_equal(v, 10000); /* 100.00002... */
    fake_offset(&zero, 5);
    assert_false(ems_ghg__figure(&zero.inv, NULL, EMS_GHG_OFFSET, &v));
    assert_true(ems_ghg__figure(&zero.inv, NULL, EMS_GHG_TOTAL, &v));
    assert_int_equal(v, 0);
    assert_false(ems_ghg__figure(&cur.inv, NULL, EMS_GHG_NONE, &v));
}

static void test_ghg__agreement_and_text(void **state)
{
    (void)state;
    static const struct {
        const char *typed;
        int64_t computed;
        bool agrees;
    } rows[] = {
        {"6.4", 639, true},   {"6.4", 644, true},    {"6.4", 645, false}, /* 6.45 -> 6.5 */
        {"6.4", 635, true},   {"6.4", 634, false},   {"14", 1400, true},
        {"14", 1449, true},   {"14", 1450, false},   {"6.9", 468, false},
        {"4.68", 468, true},  {"4.68", 469, false},  {"4.681", 468, false},
        {"0", 0, true},       {"0", 49, true},       {"0", -49, true},
        {"-12", -1200, true}, {"12", -1200, false},  {"-12", 1200, false},
        {"-12.5", -1250, true}, {"-0.1", -5, true},  {"100", 10000, true},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++)
        if (ems_ghg__agrees(rows[i].typed, rows[i].computed) != rows[i].agrees)
            fail_msg("row %zu: '%s' against %lld hundredths: expected %s", i, rows[i].typed,
                     (long long)rows[i].computed, rows[i].agrees ? "agreement" : "none");
    static const struct {
        int64_t v;
        const char *text;
    } texts[] = {{0, "0"}, {1, "0.01"}, {10, "0.1"}, {100, "1"}, {468, "4.68"},
                 {-1250, "-12.5"}, {-1, "-0.01"}, {T(100000000000), "1000000000"}};
    char buf[32];
    for (size_t i = 0; i < ARRAY_LEN(texts); i++)
        assert_string_equal(ems_ghg__text(buf, texts[i].v), texts[i].text);
    ems_ghg_source s;
    ems_ghg_figure f;
    assert_true(ems_ghg__source_from_name("heat-steam", &s));
    assert_int_equal(s, EMS_SRC_HEAT_STEAM);
    assert_false(ems_ghg__source_from_name("heat", &s));
    assert_true(ems_ghg__figure_from_name("air-travel-per-person", &f));
    assert_int_equal(f, EMS_GHG_AIR_PER_PERSON);
    assert_false(ems_ghg__figure_from_name("", &f));
}

static const char base_doc[] =
    "<?xml version=\"1.0\"?>\n"
    "<inventory xmlns=\"urn:emscore:1\" agency=\"UNIDO\" period=\"2014\" baseline=\"2010\">\n"
    "  <personnel covered=\"782\" total=\"1150\"/>\n"
    "  <emission source=\"air-travel\" scope=\"3\" tco2e=\"2964\"/>\n"
    "  <emission source=\"electricity\" scope=\"2\" tco2e=\"1012.4\"/>\n"
    "  <offset tco2e=\"10.5\" standard=\"CDM\"/>\n"
    "</inventory>\n";

static int load(const char *text, ems_inventory **out)
{
    ems_inventory *inv = (ems_inventory *)1;
    int rc = ems_inventory_load_memory(&inv, unit_engine, unit_ctx, "inv.xml", text,
                                       strlen(text));
    if (rc != EMS_OK)
        assert_null(inv);
    if (out)
        *out = inv;
    else
        ems_inventory_free(inv);
    return rc;
}

static void test_ghg__loader(void **state)
{
    (void)state;
    ems_inventory *inv = NULL;
    assert_int_equal(load(base_doc, &inv), EMS_OK);
    assert_string_equal(ems_inventory_agency(inv), "UNIDO");
    assert_string_equal(ems_inventory_period(inv), "2014");
    assert_string_equal(ems_inventory_baseline(inv), "2010");
    assert_int_equal(ems_ghg__total(inv), 3976400);
    assert_int_equal(ems_ghg__offsets(inv), 10500);
    assert_int_equal(inv->covered, 782);
    ems_inventory_free(inv);
    ems_inventory_free(NULL);
}

static void test_ghg__loader_rules(void **state)
{
    (void)state;
    static const struct {
        const char *from, *to;
        long line;
        const char *words;
    } rows[] = {
        {"tco2e=\"2964\"", "tco2e=\"-1\"", 4, "below the minimum"},
        {"tco2e=\"2964\"", "tco2e=\"1.2345\"", 4, "tco2e"},
        {"\"air-travel\"", "\"planes\"", 4, "planes"},
        {"\"electricity\"", "\"air-travel\"", 5, "second emission of source 'air-travel' (the first is on line 4)"},
        {"total=\"1150\"", "total=\"0\"", 3, "total=\"0\""},
        {"covered=\"782\"", "covered=\"1151\"", 3, "personnel covered (1151) is above the total (1150)"},
        {"baseline=\"2010\"", "baseline=\"2014\"", 2, "is the inventory's own period"},
        {"scope=\"3\"", "scope=\"4\"", 4, "scope"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char *doc = unit_edit(base_doc, rows[i].from, rows[i].to);
        ems_ctx_clear(unit_ctx);
        if (load(doc, NULL) != EMS_EINVALID)
            fail_msg("row %zu: '%s' is accepted", i, rows[i].to);
        assert_some_error(rows[i].line, rows[i].words);
        free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ghg__primitives),
        cmocka_unit_test(test_ghg__figures),
        cmocka_unit_test(test_ghg__agreement_and_text),
        cmocka_unit_test_setup(test_ghg__loader, unit_setup),
        cmocka_unit_test_setup(test_ghg__loader_rules, unit_setup),
    };
    return unit_run("ghg", tests);
}
