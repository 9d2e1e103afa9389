/*
 * The loader (engine/xmlio.c) through the public API: gzip with caps, size
 * and depth limits, DOCTYPE refusal, no file read outside, and one clear
 * diagnostic for every kind of broken input.
 */
#include "unit_helpers.h"

#include <ftw.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

static const char CARD[] =
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    "<scorecard xmlns='urn:emscore:1' id='mini-ems' version='2014.1'>\n" /* line 2 */
    "  <title>Minimal UN EMS scorecard</title>\n"
    "  <scale achieved='achieved'>\n"
    "    <level id='not-started' value='0'>Not started</level>\n"
    "    <level id='achieved' value='1'>Achieved</level>\n"
    "  </scale>\n"
    "  <grades mandatory-cap='beginning'>\n"
    "    <grade id='advanced' min='50'>Advanced</grade>\n"
    "    <grade id='beginning' min='0'>Beginning</grade>\n"
    "  </grades>\n"
    "  <area id='EMS'>\n"
    "    <title>Environmental management system</title>\n"
    "    <milestone id='EMS1'>\n"
    "      <title>Environmental policy adopted</title>\n" /* depth 4 */
    "    </milestone>\n"
    "  </area>\n"
    "</scorecard>\n"; /* line 18 */

#define SECRET "MARKER-7f3c-not-for-diagnostics"

/* A gzip member of `times` copies of unit, compressed as it streams so the
 * test itself never holds the expansion. Free the result. */
static unsigned char *gzip_repeat(const void *unit, size_t ulen, size_t times, size_t *outlen)
{
    z_stream zs;
    memset(&zs, 0, sizeof(zs));
    assert_int_equal(deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY), Z_OK);
    size_t per = ulen < 64 * 1024 ? (64 * 1024) / (ulen ? ulen : 1) : 1;
    unsigned char *chunk = malloc(per * ulen + 1);
    size_t cap = 64 * 1024, used = 0;
    unsigned char *out = malloc(cap);
    assert_true(chunk && out);
    for (size_t i = 0; i < per; i++)
        memcpy(chunk + i * ulen, unit, ulen);
    for (;;) {
        size_t n = times < per ? times : per;
        times -= n;
        zs.next_in = chunk;
        zs.avail_in = (unsigned)(n * ulen);
        int flush = times ? Z_NO_FLUSH : Z_FINISH, z;
        do {
            if (cap - used < 4096) {
                cap *= 2;
                out = realloc(out, cap);
                assert_non_null(out);
            }
            zs.next_out = out + used;
            zs.avail_out = (unsigned)(cap - used);
            z = deflate(&zs, flush);
            used = cap - zs.avail_out;
        } while (zs.avail_in > 0 || (flush == Z_FINISH && z != Z_STREAM_END));
        if (!times)
            break;
    }
    deflateEnd(&zs);
    free(chunk);
    *outlen = used;
    return out;
}

static unsigned char *gzip_of(const char *text, size_t len, size_t *outlen)
{
    return gzip_repeat(text, len, 1, outlen);
}

/* <d> nested depth times. */
static char *nested(size_t depth)
{
    char *s = malloc(depth * 7 + 1), *p = s;
    assert_non_null(s);
    for (size_t i = 0; i < depth; i++)
        p += sprintf(p, "<d>");
    for (size_t i = 0; i < depth; i++)
        p += sprintf(p, "</d>");
    return s;
}

/* A scratch folder for the run, removed with its files at the end. */
static char scratch[64];

static int group_setup(void **state)
{
    snprintf(scratch, sizeof(scratch), "/tmp/emscore-xmlio-XXXXXX");
    if (!mkdtemp(scratch))
        return -1;
    return unit_group_setup(state);
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static int group_teardown(void **state)
{
    int rc = nftw(scratch, remove_entry, 8, FTW_DEPTH | FTW_PHYS);
    return unit_group_teardown(state) | rc;
}

static const char *scratch_file(const char *name, const void *data, size_t len)
{
    static char path[128];
    snprintf(path, sizeof(path), "%s/%s", scratch, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
    return path;
}

/* ---- plain and gzip ------------------------------------------------- */

static void test_xmlio__plain_and_gzip_read_the_same(void **state)
{
    (void)state;
    size_t len;
    unsigned char *gz = gzip_of(CARD, strlen(CARD), &len);
    assert_int_equal(unit_scorecard(NULL, CARD), EMS_OK);
    assert_int_equal(unit_scorecard_bytes(NULL, gz, len), EMS_OK);
    /* detected by content: the name says nothing */
    ems_doc_summary s = EMS_DOC_SUMMARY_INIT;
    assert_int_equal(ems_validate_file(&s, unit_engine, unit_ctx, scratch_file("card.xml", gz, len),
                                       NULL),
                     EMS_OK);
    assert_int_equal(s.type, EMS_DOC_SCORECARD);
    assert_string_equal(s.id, "mini-ems");
    assert_int_equal(ems_ctx_ndiags(unit_ctx), 0);
    free(gz);
}

/* Limits as large as uint64_t goes: no size arithmetic may wrap. */
static void test_xmlio__limits_at_the_top_of_uint64(void **state)
{
    (void)state;
    size_t len;
    unsigned char *gz = gzip_of(CARD, strlen(CARD), &len);
    for (int i = 0; i < 2; i++) {
        assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_INPUT_BYTES, UINT64_MAX - (uint64_t)i),
                         EMS_OK);
        assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_XML_BYTES, UINT64_MAX - (uint64_t)i),
                         EMS_OK);
        assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_DEPTH, UINT64_MAX - (uint64_t)i),
                         EMS_OK);
        assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_ITEMS, UINT64_MAX - (uint64_t)i),
                         EMS_OK);
        assert_int_equal(unit_scorecard_bytes(NULL, gz, len), EMS_OK);
        assert_int_equal(unit_scorecard(NULL, CARD), EMS_OK);
        assert_int_equal(ems_ctx_ndiags(unit_ctx), 0);
    }
    free(gz);
}

static void test_xmlio__gzip_members_concatenated(void **state)
{
    (void)state;
    size_t half = strlen(CARD) / 2, l1, l2;
    unsigned char *a = gzip_of(CARD, half, &l1);
    unsigned char *b = gzip_of(CARD + half, strlen(CARD) - half, &l2);
    unsigned char *both = malloc(l1 + l2);
    assert_non_null(both);
    memcpy(both, a, l1);
    memcpy(both + l1, b, l2);
    assert_int_equal(unit_scorecard_bytes(NULL, both, l1 + l2), EMS_OK);
    free(a);
    free(b);
    free(both);
}

static void test_xmlio__gzip_truncated(void **state)
{
    (void)state;
    size_t len;
    unsigned char *gz = gzip_of(CARD, strlen(CARD), &len);
    assert_int_equal(unit_scorecard_bytes(NULL, gz, len / 2), EMS_EINVALID);
    assert_only_error(0, "truncated gzip data");
    ems_ctx_clear(unit_ctx);
    /* the trailer alone missing */
    assert_int_equal(unit_scorecard_bytes(NULL, gz, len - 4), EMS_EINVALID);
    assert_only_error(0, "truncated gzip data");
    free(gz);
}

static void test_xmlio__gzip_corrupt(void **state)
{
    (void)state;
    size_t len;
    unsigned char *gz = gzip_of(CARD, strlen(CARD), &len);
    gz[len - 8] ^= 0xff; /* the CRC-32 of the trailer */
    assert_int_equal(unit_scorecard_bytes(NULL, gz, len), EMS_EINVALID);
    assert_only_error(0, "corrupt gzip data: incorrect data check");
    free(gz);
}

static void test_xmlio__gzip_trailing_garbage(void **state)
{
    (void)state;
    size_t len;
    unsigned char *gz = gzip_of(CARD, strlen(CARD), &len);
    gz = realloc(gz, len + 4);
    assert_non_null(gz);
    memcpy(gz + len, "junk", 4);
    assert_int_equal(unit_scorecard_bytes(NULL, gz, len + 4), EMS_EINVALID);
    assert_only_error(0, "trailing garbage after the gzip data");
    free(gz);
}

static void test_xmlio__gzip_of_nothing(void **state)
{
    (void)state;
    size_t len;
    unsigned char *gz = gzip_of("", 0, &len);
    assert_int_equal(unit_scorecard_bytes(NULL, gz, len), EMS_EINVALID);
    assert_only_error(0, "empty file");
    free(gz);
}

/* 64 MiB of <a/> in well under 1 MiB: refused at the cap, fast, holding
 * no more than the cap (measured under a low cap, so that even a
 * sanitizer's overhead on it stays far below the expansion). */
static void test_xmlio__gzip_bomb_refused_quickly(void **state)
{
    (void)state;
    size_t len;
    unsigned char *bomb = gzip_repeat("<a/>", 4, (size_t)16 * 1024 * 1024, &len);
    assert_true(len < 1024 * 1024);
    struct rusage before, after;
    assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_XML_BYTES, 2 << 20), EMS_OK);
    getrusage(RUSAGE_SELF, &before);
    int rc = unit_scorecard_bytes(NULL, bomb, len);
    getrusage(RUSAGE_SELF, &after);
    assert_int_equal(rc, EMS_ELIMIT);
    assert_only_error(0, "decompressed size exceeds the limit of 2097152 bytes");
    /* ru_maxrss is in KiB */
    assert_true(after.ru_maxrss - before.ru_maxrss < 24 * 1024);

    ems_ctx_clear(unit_ctx);
    assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_XML_BYTES, 16 << 20), EMS_OK);
    clock_t t0 = clock();
    rc = unit_scorecard_bytes(NULL, bomb, len);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    free(bomb);
    assert_int_equal(rc, EMS_ELIMIT);
    assert_only_error(0, "decompressed size exceeds the limit of 16777216 bytes");
    assert_true(secs < 2.0);
}

/* ---- size limits ---------------------------------------------------- */

static void test_xmlio__xml_bytes_limit(void **state)
{
    (void)state;
    size_t n = strlen(CARD), len;
    unsigned char *gz = gzip_of(CARD, n, &len);
    assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_XML_BYTES, n), EMS_OK);
    assert_int_equal(unit_scorecard(NULL, CARD), EMS_OK);
    assert_int_equal(unit_scorecard_bytes(NULL, gz, len), EMS_OK);
    assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_XML_BYTES, n - 1), EMS_OK);
    assert_int_equal(unit_scorecard(NULL, CARD), EMS_ELIMIT);
    assert_only_error(0, "over the limit of");
    ems_ctx_clear(unit_ctx);
    assert_int_equal(unit_scorecard_bytes(NULL, gz, len), EMS_ELIMIT);
    assert_only_error(0, "decompressed size exceeds the limit");
    free(gz);
}

static void test_xmlio__input_bytes_limit(void **state)
{
    (void)state;
    size_t len;
    unsigned char *gz = gzip_of(CARD, strlen(CARD), &len);
    const char *path = scratch_file("card.xml.gz", gz, len);
    assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_INPUT_BYTES, len), EMS_OK);
    assert_int_equal(unit_scorecard_bytes(NULL, gz, len), EMS_OK);
    assert_int_equal(ems_validate_file(NULL, unit_engine, unit_ctx, path, NULL), EMS_OK);
    assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_INPUT_BYTES, len - 1), EMS_OK);
    assert_int_equal(unit_scorecard_bytes(NULL, gz, len), EMS_ELIMIT);
    assert_only_error(0, "over the limit of");
    ems_ctx_clear(unit_ctx);
    assert_int_equal(ems_validate_file(NULL, unit_engine, unit_ctx, path, NULL), EMS_ELIMIT);
    assert_only_error(0, "(raise it with --max-input-bytes)");
    free(gz);
}

/* The schema is the project's, not an input: low input limits set before
 * the engine exists do not stop it from compiling. */
static void test_xmlio__limits_spare_the_schema(void **state)
{
    (void)state;
    ems_ctx *ctx = NULL;
    ems_engine *engine = NULL;
    assert_int_equal(ems_ctx_new(&ctx), EMS_OK);
    assert_int_equal(ems_ctx_set_limit(ctx, EMS_LIMIT_INPUT_BYTES, 100), EMS_OK);
    assert_int_equal(ems_ctx_set_limit(ctx, EMS_LIMIT_XML_BYTES, 100), EMS_OK);
    assert_int_equal(ems_ctx_set_limit(ctx, EMS_LIMIT_DEPTH, 2), EMS_OK);
    assert_int_equal(ems_engine_new(&engine, ctx, EMS_SOURCE_DIR), EMS_OK);
    assert_int_equal(ems_ctx_ndiags(ctx), 0);
    ems_engine_free(engine);
    ems_ctx_free(ctx);
}

/* ---- DOCTYPE and entities ------------------------------------------- */

static void check_doctype_refused(const char *doc)
{
    assert_int_equal(unit_scorecard(NULL, doc), EMS_EINVALID);
    assert_only_error(2, "a DOCTYPE is not allowed");
}

static void test_xmlio__doctype_internal_subset(void **state)
{
    (void)state;
    check_doctype_refused("<?xml version='1.0'?>\n"
                          "<!DOCTYPE scorecard [\n"
                          "  <!ENTITY org 'United Nations Environment Programme'>\n"
                          "]>\n"
                          "<scorecard xmlns='urn:emscore:1' id='a' version='1'/>\n");
}

static void test_xmlio__doctype_external(void **state)
{
    (void)state;
    check_doctype_refused("<?xml version='1.0'?>\n"
                          "<!DOCTYPE scorecard SYSTEM 'http://127.0.0.1:9/emscore.dtd'>\n"
                          "<scorecard xmlns='urn:emscore:1' id='a' version='1'/>\n");
    ems_ctx_clear(unit_ctx);
    check_doctype_refused("<?xml version='1.0'?>\n"
                          "<!DOCTYPE scorecard PUBLIC '-//UN//EMS//EN' 'emscore.dtd'>\n"
                          "<scorecard xmlns='urn:emscore:1' id='a' version='1'/>\n");
}

static void test_xmlio__billion_laughs(void **state)
{
    (void)state;
    char doc[4096], *p = doc;
    p += sprintf(p, "<?xml version='1.0'?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 'lol'>\n");
    for (int i = 1; i <= 9; i++) {
        p += sprintf(p, "<!ENTITY lol%d '", i);
        for (int k = 0; k < 10; k++)
            p += sprintf(p, "&lol%d;", i - 1);
        p += sprintf(p, "'>\n");
    }
    sprintf(p, "]>\n<scorecard xmlns='urn:emscore:1' id='a' version='1'>"
               "<title>&lol9;</title></scorecard>\n");
    clock_t t0 = clock();
    check_doctype_refused(doc);
    assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 1.0);
}

/* External entities, parameter entities and XInclude naming a local file:
 * its content never reaches a diagnostic. */
static void test_xmlio__no_file_read_outside(void **state)
{
    (void)state;
    const char *secret = scratch_file("secret.txt", SECRET "\n", strlen(SECRET) + 1);
    char doc[1024];
    const char *const forms[] = {
        "<?xml version='1.0'?>\n<!DOCTYPE scorecard [\n<!ENTITY x SYSTEM 'file://%s'>\n]>\n"
        "<scorecard xmlns='urn:emscore:1' id='a' version='1'><title>&x;</title></scorecard>\n",
        "<?xml version='1.0'?>\n<!DOCTYPE scorecard [\n<!ENTITY %% p SYSTEM '%s'>\n%%p;\n]>\n"
        "<scorecard xmlns='urn:emscore:1' id='a' version='1'/>\n",
        "<?xml version='1.0'?>\n<scorecard xmlns='urn:emscore:1' id='a' version='1'>\n"
        "<title><xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='%s' "
        "parse='text'/></title></scorecard>\n",
    };
    for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
        snprintf(doc, sizeof(doc), forms[i], secret);
        assert_int_equal(unit_scorecard(NULL, doc), EMS_EINVALID);
        assert_true(ems_ctx_ndiags(unit_ctx) > 0);
        for (size_t k = 0; k < ems_ctx_ndiags(unit_ctx); k++)
            assert_null(strstr(ems_ctx_diag(unit_ctx, k)->message, SECRET));
        ems_ctx_clear(unit_ctx);
    }
}

/* ---- depth ---------------------------------------------------------- */

/* The depth check runs before the root check, so a foreign root shows
 * which of the two refused the document. */
static void test_xmlio__depth_limit(void **state)
{
    (void)state;
    char *at = nested(64), *over = nested(65);
    assert_int_equal(unit_scorecard(NULL, at), EMS_EINVALID);
    assert_only_error(1, "root element <d> has no namespace");
    ems_ctx_clear(unit_ctx);
    assert_int_equal(unit_scorecard(NULL, over), EMS_ELIMIT);
    assert_only_error(1, "elements nest deeper than the limit of 64");
    free(at);
    free(over);
}

static void test_xmlio__depth_limit_set(void **state)
{
    (void)state;
    assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_DEPTH, 4), EMS_OK);
    assert_int_equal(unit_scorecard(NULL, CARD), EMS_OK);
    assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_DEPTH, 3), EMS_OK);
    assert_int_equal(unit_scorecard(NULL, CARD), EMS_ELIMIT);
    assert_only_error(15, "elements nest deeper than the limit of 3");
}

/* Raised above libxml2's own bound (256), depth is still refused, once. */
static void test_xmlio__depth_beyond_parser_bound(void **state)
{
    (void)state;
    char *deep = nested(300);
    assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_DEPTH, 1000), EMS_OK);
    assert_int_equal(unit_scorecard(NULL, deep), EMS_EINVALID);
    assert_only_error(1, "not well-formed XML: excessive depth");
    free(deep);
}

/* ---- broken bytes --------------------------------------------------- */

static void test_xmlio__empty_input(void **state)
{
    (void)state;
    assert_int_equal(unit_scorecard_bytes(NULL, "", 0), EMS_EINVALID);
    assert_only_error(0, "empty file: expected an XML document");
    ems_ctx_clear(unit_ctx);
    assert_int_equal(unit_scorecard(NULL, "\n  \n"), EMS_EINVALID);
    assert_only_error(3, "not well-formed XML: start tag expected");
}

static void test_xmlio__invalid_utf8(void **state)
{
    (void)state;
    assert_int_equal(unit_scorecard(NULL, "<?xml version='1.0' encoding='UTF-8'?>\n"
                                          "<scorecard xmlns='urn:emscore:1' id='a' version='1'>\n"
                                          "<title>Caf\xe9 des Nations</title></scorecard>\n"),
                     EMS_EINVALID);
    assert_only_error(3, "not well-formed XML: input is not proper UTF-8");
}

/* libxml2 2.9 refuses this, later versions let the mark win: refused on
 * every version, in the same words. */
static void test_xmlio__utf8_bom_declared_utf16(void **state)
{
    (void)state;
    assert_int_equal(unit_scorecard(NULL, "\xef\xbb\xbf<?xml version='1.0' encoding='UTF-16'?>\n"
                                          "<scorecard xmlns='urn:emscore:1' id='a' version='1'>\n"
                                          "<title>T</title></scorecard>\n"),
                     EMS_EINVALID);
    assert_only_error(1, "not well-formed XML: document labelled UTF-16 but has UTF-8 content");
}

static void test_xmlio__nul_byte(void **state)
{
    (void)state;
    static const char doc[] = "<?xml version='1.0'?>\n"
                              "<scorecard xmlns='urn:emscore:1' id='a' version='1'>\n"
                              "<title>UN\0EP</title></scorecard>\n";
    assert_int_equal(unit_scorecard_bytes(NULL, doc, sizeof(doc) - 1), EMS_EINVALID);
    assert_only_error(3, "not well-formed XML: char 0x0 out of allowed range");
}

static void test_xmlio__binary_garbage(void **state)
{
    (void)state;
    static const unsigned char png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13,
                                        'I',  'H', 'D', 'R', 0,    0,    0,    1,    0, 0, 0, 1};
    assert_int_equal(unit_scorecard_bytes(NULL, png, sizeof(png)), EMS_EINVALID);
    assert_only_error(1, "not well-formed XML");
}

/* The first well-formedness error is reported; its cascade is not. */
static void test_xmlio__first_wellformedness_error_only(void **state)
{
    (void)state;
    assert_int_equal(unit_scorecard(NULL, "<scorecard xmlns='urn:emscore:1' id='a' version='1'>\n"
                                          "<title>Policy</titel>\n"
                                          "<scale></grades>\n"
                                          "<area id='x' weight='1'\n"),
                     EMS_EINVALID);
    assert_only_error(2, "not well-formed XML: opening and ending tag mismatch: title");
}

static void test_xmlio__truncated_xml(void **state)
{
    (void)state;
    char doc[sizeof(CARD)];
    memcpy(doc, CARD, sizeof(CARD));
    doc[strlen(CARD) / 2] = '\0';
    assert_int_equal(unit_scorecard(NULL, doc), EMS_EINVALID);
    assert_only_error(-1, "not well-formed XML");
}

static void test_xmlio__two_documents(void **state)
{
    (void)state;
    char doc[2 * sizeof(CARD)];
    snprintf(doc, sizeof(doc), "%s%s", CARD, CARD);
    assert_int_equal(unit_scorecard(NULL, doc), EMS_EINVALID);
    assert_only_error(19, "XML declaration allowed only at the start of the document");
}

/* ---- roots ---------------------------------------------------------- */

static void test_xmlio__wrong_namespace(void **state)
{
    (void)state;
    char *doc = unit_edit(CARD, "urn:emscore:1", "urn:emscore:2");
    assert_int_equal(unit_scorecard(NULL, doc), EMS_EINVALID);
    assert_only_error(2, "root element <scorecard> is in namespace 'urn:emscore:2', not emscore's");
    free(doc);
}

static void test_xmlio__no_namespace(void **state)
{
    (void)state;
    char *doc = unit_edit(CARD, " xmlns='urn:emscore:1'", "");
    assert_int_equal(unit_scorecard(NULL, doc), EMS_EINVALID);
    assert_only_error(2, "root element <scorecard> has no namespace: add xmlns=\"urn:emscore:1\"");
    free(doc);
}

static void test_xmlio__wrong_root(void **state)
{
    (void)state;
    assert_int_equal(unit_scorecard(NULL, "<?xml version='1.0'?>\n"
                                          "<checklist xmlns='urn:emscore:1' id='a'/>\n"),
                     EMS_EINVALID);
    assert_only_error(2, "root element <checklist> is not an emscore document");
}

/* ---- files ---------------------------------------------------------- */

static void test_xmlio__unreadable_files(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof(path), "%s/missing.xml", scratch);
    assert_int_equal(ems_validate_file(NULL, unit_engine, unit_ctx, path, NULL), EMS_EIO);
    assert_only_error(0, "cannot open: No such file or directory");
    assert_string_equal(ems_ctx_diag(unit_ctx, 0)->file, path);
    ems_ctx_clear(unit_ctx);
    assert_int_equal(ems_validate_file(NULL, unit_engine, unit_ctx, scratch, NULL), EMS_EIO);
    assert_only_error(0, "not a regular file");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        /* first, so the peak resident size is not an earlier test's */
        cmocka_unit_test_setup(test_xmlio__gzip_bomb_refused_quickly, unit_setup),
        cmocka_unit_test_setup(test_xmlio__plain_and_gzip_read_the_same, unit_setup),
        cmocka_unit_test_setup(test_xmlio__gzip_members_concatenated, unit_setup),
        cmocka_unit_test_setup(test_xmlio__limits_at_the_top_of_uint64, unit_setup),
        cmocka_unit_test_setup(test_xmlio__gzip_truncated, unit_setup),
        cmocka_unit_test_setup(test_xmlio__gzip_corrupt, unit_setup),
        cmocka_unit_test_setup(test_xmlio__gzip_trailing_garbage, unit_setup),
        cmocka_unit_test_setup(test_xmlio__gzip_of_nothing, unit_setup),
        cmocka_unit_test_setup(test_xmlio__xml_bytes_limit, unit_setup),
        cmocka_unit_test_setup(test_xmlio__input_bytes_limit, unit_setup),
        cmocka_unit_test_setup(test_xmlio__limits_spare_the_schema, unit_setup),
        cmocka_unit_test_setup(test_xmlio__doctype_internal_subset, unit_setup),
        cmocka_unit_test_setup(test_xmlio__doctype_external, unit_setup),
        cmocka_unit_test_setup(test_xmlio__billion_laughs, unit_setup),
        cmocka_unit_test_setup(test_xmlio__no_file_read_outside, unit_setup),
        cmocka_unit_test_setup(test_xmlio__depth_limit, unit_setup),
        cmocka_unit_test_setup(test_xmlio__depth_limit_set, unit_setup),
        cmocka_unit_test_setup(test_xmlio__depth_beyond_parser_bound, unit_setup),
        cmocka_unit_test_setup(test_xmlio__empty_input, unit_setup),
        cmocka_unit_test_setup(test_xmlio__invalid_utf8, unit_setup),
        cmocka_unit_test_setup(test_xmlio__utf8_bom_declared_utf16, unit_setup),
        cmocka_unit_test_setup(test_xmlio__nul_byte, unit_setup),
        cmocka_unit_test_setup(test_xmlio__binary_garbage, unit_setup),
        cmocka_unit_test_setup(test_xmlio__first_wellformedness_error_only, unit_setup),
        cmocka_unit_test_setup(test_xmlio__truncated_xml, unit_setup),
        cmocka_unit_test_setup(test_xmlio__two_documents, unit_setup),
        cmocka_unit_test_setup(test_xmlio__wrong_namespace, unit_setup),
        cmocka_unit_test_setup(test_xmlio__no_namespace, unit_setup),
        cmocka_unit_test_setup(test_xmlio__wrong_root, unit_setup),
        cmocka_unit_test_setup(test_xmlio__unreadable_files, unit_setup),
    };
    return unit_run_with("xmlio", tests, group_setup, group_teardown);
}
