/*
 * The exact-arithmetic helpers under engine/util: decimals as text and as
 * scaled integers, the id map and the arena. Table-driven, one row per
 * rule or edge case.
 */
#include "unit_helpers.h"

#include <stdalign.h>

#include "util/arena.h"
#include "util/decimal.h"
#include "util/hash.h"
#include "util/ident.h"
#include "util/idmap.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

static void test_decimal__canonical_form(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out; /* out NULL: not a decimal */
    } rows[] = {
        {"0", "0"},          {"000", "0"},        {"-0", "0"},          {"+0.000", "0"},
        {".5", "0.5"},       {"5.", "5"},         {"007.50", "7.5"},    {"-12.340", "-12.34"},
        {"+3", "3"},         {" 42 ", "42"},      {"\t1.0\n", "1"},     {"10", "10"},
        {"100.001", "100.001"},
        {"123456789012345678901234567890", "123456789012345678901234567890"},
        {"", NULL},          {".", NULL},         {"-", NULL},          {"1e3", NULL},
        {"NaN", NULL},       {"INF", NULL},       {"1.2.3", NULL},      {"1 2", NULL},
        {"0x10", NULL},      {"--1", NULL},       {"1,5", NULL},
    };
    ems_arena a = EMS_ARENA_INIT;
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        int oom = -1;
        const char *got = ems_decimal__canon(&a, rows[i].in, &oom);
        assert_int_equal(oom, 0);
        if (!rows[i].out) {
            if (got)
                fail_msg("'%s' gave '%s', expected no decimal", rows[i].in, got);
            continue;
        }
        if (!got || strcmp(got, rows[i].out) != 0)
            fail_msg("'%s' gave '%s', expected '%s'", rows[i].in, got ? got : "(null)", rows[i].out);
    }
    ems_arena__dispose(&a);
}

static void test_decimal__compare(void **state)
{
    (void)state;
    static const struct {
        const char *a, *b;
        int sign;
    } rows[] = {
        {"0", "0", 0},       {"1", "2", -1},        {"2", "1", 1},          {"10", "9", 1},
        {"9.99", "10", -1},  {"0.5", "0.25", 1},    {"0.25", "0.5", -1},    {"1.5", "1.5", 0},
        {"1.05", "1.5", -1}, {"-1", "1", -1},       {"-2", "-1", -1},       {"-1.5", "-1.25", -1},
        {"-0.5", "0", -1},   {"0", "-0.5", 1},      {"100", "99.999", 1},   {"12.5", "12", 1},
        {"123456789012345678901234567890", "123456789012345678901234567889", 1},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        int c = ems_decimal__cmp(rows[i].a, rows[i].b);
        int sign = (c > 0) - (c < 0);
        if (sign != rows[i].sign)
            fail_msg("cmp('%s', '%s') = %d, expected sign %d", rows[i].a, rows[i].b, c, rows[i].sign);
        c = ems_decimal__cmp(rows[i].b, rows[i].a);
        assert_int_equal((c > 0) - (c < 0), -rows[i].sign);
    }
}

static void test_decimal__fixed_point(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        unsigned scale;
        int64_t max;
        ems_decimal_error err;
        int64_t value;
    } rows[] = {
        {"1", 3, 1000000000, EMS_DEC_OK, 1000},
        {"1.5", 3, 1000000000, EMS_DEC_OK, 1500},
        {"0.001", 3, 1000000000, EMS_DEC_OK, 1},
        {"1.2500", 3, 1000000000, EMS_DEC_OK, 1250}, /* trailing zeros are not precision */
        {"1000000", 3, 1000000000, EMS_DEC_OK, 1000000000},
        {"1000000.001", 3, 1000000000, EMS_DEC_RANGE, 0},
        {"0.0001", 3, 1000000000, EMS_DEC_PRECISION, 0},
        {"-1", 3, 1000000000, EMS_DEC_RANGE, 0},
        {"-0", 3, 1000000000, EMS_DEC_OK, 0},
        {"-0.000", 3, 1000000000, EMS_DEC_OK, 0},
        {"99999999999999999999", 3, INT64_MAX, EMS_DEC_RANGE, 0}, /* overflow, not wrap */
        {"9223372036854775807", 0, INT64_MAX, EMS_DEC_OK, INT64_MAX},
        {"9223372036854775808", 0, INT64_MAX, EMS_DEC_RANGE, 0},
        {"65", 2, 10000, EMS_DEC_OK, 6500},
        {"100.00", 2, 10000, EMS_DEC_OK, 10000},
        {"100.01", 2, 10000, EMS_DEC_RANGE, 0},
        {"3", 0, 1000000, EMS_DEC_OK, 3},
        {"3.5", 0, 1000000, EMS_DEC_PRECISION, 0},
        {"1e9", 3, 1000000000, EMS_DEC_SYNTAX, 0},
        {"NaN", 3, 1000000000, EMS_DEC_SYNTAX, 0},
        {"", 3, 1000000000, EMS_DEC_SYNTAX, 0},
        {" 2 ", 3, 1000000000, EMS_DEC_OK, 2000},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        int64_t v = -42;
        ems_decimal_error e = ems_decimal__fixed(rows[i].in, rows[i].scale, rows[i].max, &v);
        if (e != rows[i].err)
            fail_msg("'%s' (scale %u): error %d, expected %d", rows[i].in, rows[i].scale, e,
                     rows[i].err);
        if (e == EMS_DEC_OK && v != rows[i].value)
            fail_msg("'%s' (scale %u): %lld, expected %lld", rows[i].in, rows[i].scale,
                     (long long)v, (long long)rows[i].value);
        if (e != EMS_DEC_OK && v != -42)
            fail_msg("'%s': the output changed on failure", rows[i].in);
    }
}

/* Scaled integers back to text: what results and templates print, and
 * ems_decimal__fixed reads back to the same value. */
static void test_decimal__text(void **state)
{
    (void)state;
    static const struct {
        int64_t v;
        unsigned scale;
        const char *out;
    } rows[] = {
        {0, 3, "0"},      {1000, 3, "1"},   {1500, 3, "1.5"},    {250, 3, "0.25"},
        {1, 3, "0.001"},  {2010, 3, "2.01"}, {4000, 2, "40"},    {8550, 2, "85.5"},
        {7, 0, "7"},      {123456789012, 3, "123456789.012"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char buf[32];
        assert_string_equal(ems_decimal__text(buf, rows[i].v, rows[i].scale), rows[i].out);
        int64_t back = -1;
        assert_int_equal(ems_decimal__fixed(buf, rows[i].scale, INT64_MAX, &back), EMS_DEC_OK);
        assert_int_equal(back, rows[i].v);
    }
}

/* Hundredths as results and summaries print them: signed, both fractional
 * digits always, the extremes of int64_t included; a non-negative one reads
 * back through ems_decimal__fixed. */
static void test_decimal__hundredths(void **state)
{
    (void)state;
    static const struct {
        int64_t v;
        const char *out;
    } rows[] = {
        {0, "0.00"},      {5, "0.05"},       {-5, "-0.05"},     {100, "1.00"},
        {10000, "100.00"}, {-405, "-4.05"},  {1250, "12.50"},   {-100, "-1.00"},
        {INT64_MAX, "92233720368547758.07"}, {INT64_MIN, "-92233720368547758.08"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char buf[32];
        assert_string_equal(ems_decimal__hundredths(buf, rows[i].v), rows[i].out);
        int64_t back = -1;
        if (rows[i].v >= 0) {
            assert_int_equal(ems_decimal__fixed(buf, 2, INT64_MAX, &back), EMS_DEC_OK);
            assert_int_equal(back, rows[i].v);
        }
    }
}

static void test_decimal__whole_number(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        uint64_t min, max;
        ems_decimal_error want;
        uint64_t value;
    } rows[] = {
        {"1", 1, 10, EMS_DEC_OK, 1},
        {"10", 1, 10, EMS_DEC_OK, 10},
        {"007", 1, 10, EMS_DEC_OK, 7},
        {"0", 1, 10, EMS_DEC_RANGE, 0},
        {"11", 1, 10, EMS_DEC_RANGE, 0},
        {"0", 0, 10, EMS_DEC_OK, 0},
        {"18446744073709551615", 1, UINT64_MAX, EMS_DEC_OK, UINT64_MAX},
        {"18446744073709551615", 1, 2147483647, EMS_DEC_RANGE, 0},
        {"18446744073709551616", 1, UINT64_MAX, EMS_DEC_RANGE, 0},
        {"99999999999999999999999", 1, UINT64_MAX, EMS_DEC_RANGE, 0},
        {"", 1, 10, EMS_DEC_SYNTAX, 0},
        {"+5", 1, 10, EMS_DEC_SYNTAX, 0},
        {"-1", 0, 10, EMS_DEC_SYNTAX, 0},
        {"-0", 0, 10, EMS_DEC_SYNTAX, 0},
        {" 5", 1, 10, EMS_DEC_SYNTAX, 0},
        {"5 ", 1, 10, EMS_DEC_SYNTAX, 0},
        {"5\n", 1, 10, EMS_DEC_SYNTAX, 0},
        {"0x10", 1, 100, EMS_DEC_SYNTAX, 0},
        {"1e3", 1, 10000, EMS_DEC_SYNTAX, 0},
        {"1.0", 1, 10, EMS_DEC_SYNTAX, 0},
        {"\xd9\xa5", 1, 10, EMS_DEC_SYNTAX, 0}, /* ARABIC-INDIC DIGIT FIVE */
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        uint64_t v = 12345;
        int got = ems_decimal__whole(rows[i].in, rows[i].min, rows[i].max, &v);
        if (got != rows[i].want)
            fail_msg("'%s' in [%llu, %llu]: got %d, expected %d", rows[i].in,
                     (unsigned long long)rows[i].min, (unsigned long long)rows[i].max, got,
                     rows[i].want);
        assert_int_equal(v, got == EMS_DEC_OK ? rows[i].value : 12345);
    }
    assert_int_equal(ems_decimal__whole(NULL, 0, 1, &(uint64_t){0}), EMS_DEC_SYNTAX);
}

/* The published FNV-1a test vectors: shards are chosen by this hash, so
 * it must never change. */
static void test_decimal__hash(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        uint64_t h;
    } rows[] = {
        {"", UINT64_C(0xcbf29ce484222325)},
        {"a", UINT64_C(0xaf63dc4c8601ec8c)},
        {"foobar", UINT64_C(0x85944171f73967e8)},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        assert_true(ems_hash__string(rows[i].s) == rows[i].h);
        assert_true(ems_hash__bytes(rows[i].s, strlen(rows[i].s)) == rows[i].h);
    }
}

/* The identifier rule: the C check at its edges, and the schema's pattern
 * the same text as the one the form is given. */
static void test_decimal__identifier_rule(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        bool valid;
    } rows[] = {
        {"UNEP", true},  {"2014", true},   {"a.b_c-d", true}, {"9", true},
        {"", false},     {"-a", false},    {".a", false},     {"_a", false},
        {"a b", false},  {"a/b", false},   {"..", false},     {"é", false},
        {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", true},
        {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", false},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++)
        assert_int_equal(ems_ident__valid(rows[i].s), rows[i].valid);
    assert_false(ems_ident__valid(NULL));
    char *xsd = unit_slurp(EMS_SOURCE_DIR "/scorecards/emscore.xsd", NULL);
    assert_non_null(xsd);
    assert_non_null(strstr(xsd, "<xs:simpleType name=\"id\">\n    <xs:restriction base=\"xs:string\">\n"
                                "      <xs:pattern value=\"" EMS_IDENT_PATTERN "\"/>"));
    free(xsd);
}

static void test_decimal__idmap(void **state)
{
    (void)state;
    enum { N = 5000 };
    static char keys[N][16];
    ems_idmap m = EMS_IDMAP_INIT;
    size_t v = 99;
    assert_int_equal(ems_idmap__get(&m, "EMS1", &v), 0); /* empty map */
    for (size_t i = 0; i < N; i++) {
        snprintf(keys[i], sizeof(keys[i]), "EMS%zu", i);
        assert_int_equal(ems_idmap__put(&m, keys[i], i, NULL), 0);
    }
    assert_int_equal(m.len, N);
    for (size_t i = 0; i < N; i++) {
        assert_int_equal(ems_idmap__get(&m, keys[i], &v), 1);
        assert_int_equal(v, i);
    }
    /* a duplicate keeps the first value and reports it */
    size_t prev = 0;
    assert_int_equal(ems_idmap__put(&m, "EMS7", 12345, &prev), 1);
    assert_int_equal(prev, 7);
    assert_int_equal(ems_idmap__get(&m, "EMS7", &v), 1);
    assert_int_equal(v, 7);
    assert_int_equal(ems_idmap__get(&m, "EMS", &v), 0);
    assert_int_equal(ems_idmap__get(&m, "ems1", &v), 0); /* ids are case-sensitive */
    ems_idmap__dispose(&m);
    assert_null(m.slots);
    ems_idmap__dispose(&m); /* twice is harmless */
}

static void test_decimal__arena(void **state)
{
    (void)state;
    ems_arena a = EMS_ARENA_INIT;
    for (size_t i = 1; i < 200; i++) {
        unsigned char *p = ems_arena__alloc(&a, i, 7);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % alignof(max_align_t), 0);
        for (size_t k = 0; k < i * 7; k++)
            assert_int_equal(p[k], 0);
        memset(p, 0xab, i * 7);
    }
    /* larger than a block, then small ones again */
    unsigned char *big = ems_arena__alloc(&a, 1, 256 * 1024);
    assert_non_null(big);
    big[256 * 1024 - 1] = 1;
    assert_non_null(ems_arena__alloc(&a, 1, 1));
    assert_non_null(ems_arena__alloc(&a, 0, 8)); /* zero bytes: still a pointer */
    /* n * size overflowing is refused, not wrapped */
    assert_null(ems_arena__alloc(&a, SIZE_MAX / 2, 4));
    assert_null(ems_arena__alloc(&a, 1, SIZE_MAX - 8));
    char *s = ems_arena__strndup(&a, "UNEP-2014 and more", 9);
    assert_string_equal(s, "UNEP-2014");
    assert_string_equal(ems_arena__strdup(&a, ""), "");
    ems_arena__dispose(&a);
    assert_null(a.head);
    ems_arena__dispose(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decimal__canonical_form),
        cmocka_unit_test(test_decimal__compare),
        cmocka_unit_test(test_decimal__fixed_point),
        cmocka_unit_test(test_decimal__text),
        cmocka_unit_test(test_decimal__hundredths),
        cmocka_unit_test(test_decimal__whole_number),
        cmocka_unit_test(test_decimal__hash),
        cmocka_unit_test(test_decimal__identifier_rule),
        cmocka_unit_test(test_decimal__idmap),
        cmocka_unit_test(test_decimal__arena),
    };
    return unit_run_with("decimal", tests, NULL, NULL);
}
