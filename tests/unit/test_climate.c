/*
 * The system's climate figures (engine/climate.c) in exact hundredths, one
 * row per edge case: one agency, zero emissions, personnel not stated
 * (left out of the per-person figure), tiny and huge figures, half-up
 * rounding, and shares that sum to 100 through their starts; the order of
 * the summary; the figures of an inventory model and of an XML element.
 */
#include "unit_helpers.h"

#include <libxml/xmlwriter.h>

#include "climate.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define T(x) INT64_C(x)
#define MAXA 4

/* Agencies of one period: each with up to two (source, scope, tonnes in
 * hundredths) parts and its personnel. */
typedef struct agency_row {
    const char *agency;
    int64_t personnel;
    struct {
        ems_ghg_source src;
        int scope;
        int64_t h;
    } parts[2];
} agency_row;

static void fill(ems_climate_figures *f, const agency_row *a)
{
    memset(f, 0, sizeof(*f));
    f->agency = a->agency;
    f->period = "2014";
    f->personnel = a->personnel;
    for (int k = 0; k < 2; k++)
        if (a->parts[k].scope)
            f->tco2e[a->parts[k].src][a->parts[k].scope - 1] += a->parts[k].h;
}

static void test_climate__period(void **state)
{
    (void)state;
    static const struct {
        const char *what;
        size_t n;
        agency_row a[MAXA];
        int64_t total, personnel, per_person; /* per_person -1: none */
        int64_t share[MAXA], from[MAXA];      /* the agencies', -1: none */
    } rows[] = {
        {"one agency", 1, {{"A", 1150, {{EMS_SRC_AIR_TRAVEL, 3, T(296400)}, {EMS_SRC_ELECTRICITY, 2, T(101240)}}}},
         T(397640), 1150, 346, {10000}, {0}},
        {"zero emissions", 2, {{"A", 10, {{0}}}, {"B", 20, {{0}}}}, 0, 30, 0, {-1, -1}, {-1, -1}},
        {"no personnel stated at all", 1, {{"A", 0, {{EMS_SRC_OTHER, 1, 500}}}}, 500, 0, -1, {10000}, {0}},
        {"personnel of one agency not stated: out of per person", 2,
         {{"A", 10, {{EMS_SRC_VEHICLES, 1, 10000}}}, {"B", 0, {{EMS_SRC_VEHICLES, 1, 5000}}}},
         15000, 10, 1000, {6667, 3333}, {0, 6667}},
        {"per person half up", 1, {{"A", 2, {{EMS_SRC_OTHER, 3, 201}}}}, 201, 2, 101, {10000}, {0}},
        {"per person half down", 1, {{"A", 3, {{EMS_SRC_OTHER, 3, 301}}}}, 301, 3, 100, {10000}, {0}},
        {"tiny: a hundredth each, thirds", 3,
         {{"A", 1, {{EMS_SRC_OTHER, 3, 1}}}, {"B", 1, {{EMS_SRC_OTHER, 3, 1}}}, {"C", 1, {{EMS_SRC_OTHER, 3, 1}}}},
         3, 3, 1, {3333, 3333, 3333}, {0, 3333, 6667}},
        {"a hundredth among a billion tonnes", 2,
         {{"A", 1, {{EMS_SRC_AIR_TRAVEL, 3, T(100000000000)}}}, {"B", 1, {{EMS_SRC_OTHER, 3, 1}}}},
         T(100000000001), 2, T(50000000001), {10000, 0}, {0, 10000}},
        {"huge: 10^9 t from two sources, one person", 1,
         {{"A", 1, {{EMS_SRC_AIR_TRAVEL, 3, T(100000000000)}, {EMS_SRC_REFRIGERANTS, 1, T(100000000000)}}}},
         T(200000000000), 1, T(200000000000), {10000}, {0}},
        {"sevenths: shares sum to 9999, the starts reach 100", 3,
         {{"A", 7, {{EMS_SRC_OTHER, 3, 3}}}, {"B", 7, {{EMS_SRC_OTHER, 3, 2}}}, {"C", 7, {{EMS_SRC_OTHER, 3, 2}}}},
         7, 21, 0, {4286, 2857, 2857}, {0, 4286, 7143}},
    };
    for (size_t r = 0; r < ARRAY_LEN(rows); r++) {
        ems_climate_figures f[MAXA];
        ems_climate_part ag[MAXA];
        ems_climate_period p;
        for (size_t i = 0; i < rows[r].n; i++)
            fill(&f[i], &rows[r].a[i]);
        ems_climate__period(&p, ag, f, rows[r].n);
        if (p.tco2e != rows[r].total || p.personnel != rows[r].personnel ||
            p.per_person != rows[r].per_person)
            fail_msg("%s: total %lld personnel %lld per person %lld", rows[r].what,
                     (long long)p.tco2e, (long long)p.personnel, (long long)p.per_person);
        int64_t scopes = 0;
        for (int k = 0; k < 3; k++)
            scopes += p.scope[k].tco2e;
        assert_int_equal(scopes, p.tco2e);
        for (size_t i = 0; i < rows[r].n; i++)
            if (ag[i].share != rows[r].share[i] || ag[i].from != rows[r].from[i])
                fail_msg("%s: agency %zu share %lld from %lld", rows[r].what, i,
                         (long long)ag[i].share, (long long)ag[i].from);
        /* the last start plus the last share is 100 within a rounding */
        const ems_climate_part *last = &ag[rows[r].n - 1];
        if (p.tco2e > 0 && llabs(last->from + last->share - 10000) > 1)
            fail_msg("%s: the last part ends at %lld", rows[r].what,
                     (long long)(last->from + last->share));
    }
}

/* Sources by source then scope, their starts from the exact running sum;
 * scopes likewise. */
static void test_climate__sources_and_scopes(void **state)
{
    (void)state;
    ems_climate_figures f[2];
    ems_climate_part ag[2];
    ems_climate_period p;
    fill(&f[0], &(agency_row){"A", 100, {{EMS_SRC_HEAT_STEAM, 2, 100}, {EMS_SRC_AIR_TRAVEL, 3, 200}}});
    fill(&f[1], &(agency_row){"B", 100, {{EMS_SRC_HEAT_STEAM, 3, 100}, {EMS_SRC_AIR_TRAVEL, 3, 200}}});
    ems_climate__period(&p, ag, f, 2);
    assert_int_equal(p.tco2e, 600);
    assert_int_equal(p.source[EMS_SRC_AIR_TRAVEL][2].tco2e, 400);
    assert_int_equal(p.source[EMS_SRC_AIR_TRAVEL][2].share, 6667);
    assert_int_equal(p.source[EMS_SRC_AIR_TRAVEL][2].from, 0);
    assert_int_equal(p.source[EMS_SRC_HEAT_STEAM][1].share, 1667);
    assert_int_equal(p.source[EMS_SRC_HEAT_STEAM][1].from, 6667);
    assert_int_equal(p.source[EMS_SRC_HEAT_STEAM][2].from, 8333);
    assert_int_equal(p.scope[0].tco2e, 0);
    assert_int_equal(p.scope[0].share, 0);
    assert_int_equal(p.scope[1].tco2e, 100);
    assert_int_equal(p.scope[2].tco2e, 500);
    assert_int_equal(p.scope[2].from, 1667);
    assert_int_equal(p.per_person, 3); /* 6 t over 200 people: 0.03 */
}

static void test_climate__order(void **state)
{
    (void)state;
    ems_climate_figures f[5];
    fill(&f[4], &(agency_row){"ZZZ", 1, {{EMS_SRC_OTHER, 3, 1}}});
    f[4].period = "2015-H2"; /* after 2015, in time order */
    fill(&f[0], &(agency_row){"WMO", 1, {{EMS_SRC_OTHER, 3, 5}}});
    fill(&f[1], &(agency_row){"UNEP", 1, {{EMS_SRC_OTHER, 3, 5}}});
    fill(&f[2], &(agency_row){"UNIDO", 1, {{EMS_SRC_OTHER, 3, 9}}});
    fill(&f[3], &(agency_row){"AAA", 1, {{EMS_SRC_OTHER, 3, 99}}});
    f[3].period = "2015";
    qsort(f, 5, sizeof(f[0]), ems_climate__order);
    assert_string_equal(f[0].agency, "UNIDO");
    assert_string_equal(f[1].agency, "UNEP");
    assert_string_equal(f[2].agency, "WMO");
    assert_string_equal(f[3].agency, "AAA");
    assert_string_equal(f[4].agency, "ZZZ");
}

/* An inventory's thousandths become the hundredths its results carry. */
static void test_climate__from_inventory(void **state)
{
    (void)state;
    ems_emission em[3] = {
        {.source = EMS_SRC_AIR_TRAVEL, .scope = 3, .milli = 2964000},
        {.source = EMS_SRC_VEHICLES, .scope = 1, .milli = 5}, /* 0.005 t -> 0.01 */
        {.source = EMS_SRC_OTHER, .scope = 3, .milli = 4},    /* 0.004 t -> 0 */
    };
    ems_inventory inv = {.agency = "UNIDO", .period = "2015", .personnel = 1150,
                         .emissions = em, .nemissions = 3};
    ems_climate_figures f;
    ems_climate__from_inventory(&f, &inv);
    assert_string_equal(f.agency, "UNIDO");
    assert_true(f.inventory_only);
    assert_int_equal(f.personnel, 1150);
    assert_int_equal(f.tco2e[EMS_SRC_AIR_TRAVEL][2], 296400);
    assert_int_equal(f.tco2e[EMS_SRC_VEHICLES][0], 1);
    assert_int_equal(f.tco2e[EMS_SRC_OTHER][2], 0);
    assert_int_equal(ems_climate__total(&f), 296401);
}

/* Written to a shard list's element and read back, as a results'
 * <inventory> is read; then the <climate> the summary writes. */
static void test_climate__node_and_write(void **state)
{
    (void)state;
    ems_climate_figures f, back;
    fill(&f, &(agency_row){"WMO", 705, {{EMS_SRC_ELECTRICITY, 2, 116700}, {EMS_SRC_OTHER, 3, 5}}});
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr root = xmlNewNode(NULL, (const xmlChar *)"group");
    xmlNsPtr ns = xmlNewNs(root, (const xmlChar *)"urn:emscore:1", NULL);
    xmlSetNs(root, ns);
    xmlDocSetRootElement(doc, root);
    assert_true(ems_climate__write_node(root, &f));
    assert_true(ems_climate__from_node(&back, root->children, "WMO", "2014"));
    assert_memory_equal(back.tco2e, f.tco2e, sizeof(f.tco2e));
    assert_int_equal(back.personnel, 705);
    xmlSetProp(root->children->children, (const xmlChar *)"tco2e", (const xmlChar *)"1.234");
    assert_false(ems_climate__from_node(&back, root->children, "WMO", "2014"));
    xmlFreeDoc(doc);

    ems_climate *c = NULL;
    assert_int_equal(ems_climate__new(&c), EMS_OK);
    f.inventory_only = true;
    assert_int_equal(ems_climate__add(c, &f), EMS_OK);
    fill(&f, &(agency_row){"UNEP", 0, {{EMS_SRC_AIR_TRAVEL, 3, 300000}}});
    assert_int_equal(ems_climate__add(c, &f), EMS_OK);
    ems_xw x;
    assert_true(ems_xw__open(&x));
    assert_true(ems_climate__write(c, &x));
    char *xml = NULL;
    assert_true(ems_xw__finish(&x, &xml, NULL));
    static const char *const want[] = {
        "<climate periods=\"1\" inventories=\"2\" inventory-only=\"1\">",
        "<period id=\"2014\" agencies=\"2\" tco2e=\"4167.05\" personnel=\"705\" "
        "personnel-tco2e=\"1167.05\" per-person=\"1.66\">",
        "<source id=\"air-travel\" scope=\"3\" tco2e=\"3000\" share=\"71.99\" share-from=\"0\"/>",
        "<source id=\"electricity\" scope=\"2\" tco2e=\"1167\" share=\"28.01\" share-from=\"71.99\"/>",
        "<source id=\"other\" scope=\"3\" tco2e=\"0.05\" share=\"0\" share-from=\"100\"/>",
        "<scope n=\"1\" tco2e=\"0\" share=\"0\" share-from=\"0\"/>",
        "<agency id=\"UNEP\" tco2e=\"3000\" share=\"71.99\" share-from=\"0\">",
        "<agency id=\"WMO\" tco2e=\"1167.05\" share=\"28.01\" share-from=\"71.99\" personnel=\"705\" "
        "per-person=\"1.66\" inventory-only=\"true\">",
        "<source id=\"electricity\" scope=\"2\" tco2e=\"1167\" share=\"28.01\"/>",
    };
    for (size_t i = 0; i < ARRAY_LEN(want); i++)
        if (!strstr(xml, want[i]))
            fail_msg("no %s in\n%s", want[i], xml);
    free(xml);
    ems_climate__free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_climate__period),
        cmocka_unit_test(test_climate__sources_and_scopes),
        cmocka_unit_test(test_climate__order),
        cmocka_unit_test(test_climate__from_inventory),
        cmocka_unit_test(test_climate__node_and_write),
    };
    return unit_run("climate", tests);
}
