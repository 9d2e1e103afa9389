/*
 * The results document and output files: deterministic bytes that validate
 * against the schema, texts copied with their xml:lang and escaped, and
 * files written whole or not at all, plain or gzip, never through a
 * planted symlink, leaving an existing file untouched on failure.
 */
#include "unit_helpers.h"

#include <dirent.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define SAMPLES EMS_SOURCE_DIR "/scorecards/samples/"

static char scratch[64];

static int make_scratch(void **state)
{
    return unit_setup(state) != 0 ? -1 : unit_make_scratch(scratch, "results");
}

static int remove_scratch(void **state)
{
    (void)state;
    return unit_remove_scratch(scratch);
}

static char *in_scratch(const char *name)
{
    static char path[512];
    snprintf(path, sizeof(path), "%s/%s", scratch, name);
    return path;
}

/* Entries of the scratch folder, "." and ".." aside. */
static int entries(void)
{
    DIR *d = opendir(scratch);
    assert_non_null(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = NULL;
    size_t cap = 0, n = 0, got;
    do {
        if (n + 4096 > cap) {
            cap = (n + 4096) * 2;
            buf = realloc(buf, cap);
            assert_non_null(buf);
        }
        got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
    } while (got > 0);
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static char *gunzip(const char *path, size_t *len)
{
    gzFile gz = gzopen(path, "rb");
    assert_non_null(gz);
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    assert_non_null(buf);
    int got;
    while ((got = gzread(gz, buf + n, (unsigned)(cap - n - 1))) > 0) {
        n += (size_t)got;
        if (cap - n < 4096) {
            cap *= 2;
            buf = realloc(buf, cap);
            assert_non_null(buf);
        }
    }
    assert_int_equal(got, 0);
    gzclose(gz);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* The UNIDO samples, scored with the default scorecard. */
typedef struct scored {
    ems_scorecard *sc;
    ems_assessment *as[2];
    ems_results *r;
} scored;

static void score_unido(scored *s)
{
    assert_int_equal(ems_scorecard_load(&s->sc, unit_engine, unit_ctx,
                                        EMS_SOURCE_DIR "/scorecards/un-ems.xml"),
                     EMS_OK);
    assert_int_equal(ems_assessment_load(&s->as[0], unit_engine, unit_ctx,
                                         SAMPLES "unido-2014-self.xml", s->sc),
                     EMS_OK);
    assert_int_equal(ems_assessment_load(&s->as[1], unit_engine, unit_ctx,
                                         SAMPLES "unido-2014-peer.xml", s->sc),
                     EMS_OK);
    assert_int_equal(ems_score(&s->r, unit_ctx, s->sc, (const ems_assessment *const *)s->as, 2,
                               NULL, EMS_MODEL_WEIGHTED),
                     EMS_OK);
}

static void unscore(scored *s)
{
    ems_results_free(s->r);
    ems_assessment_free(s->as[0]);
    ems_assessment_free(s->as[1]);
    ems_scorecard_free(s->sc);
}

static void test_results__written_file_is_the_serialized_bytes_and_valid(void **state)
{
    (void)state;
    scored s = {0};
    score_unido(&s);
    char *bytes = NULL;
    size_t len = 0;
    assert_int_equal(ems_results_serialize(&bytes, &len, s.r, unit_ctx), EMS_OK);
    assert_int_equal(strlen(bytes), len);
    static const char head[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<results xmlns=";
    assert_int_equal(strncmp(bytes, head, strlen(head)), 0);
    assert_non_null(strstr(bytes, "\n  <overall self=\"65.04\" final=\"62.20\" met=\"52.17\" "
                                  "grade=\"developing\" self-grade=\"advanced\" "
                                  "uncapped-grade=\"advanced\" counted=\"47\" rated=\"46\" "
                                  "achieved=\"24\" gap=\"-2.84\"/>\n"));
    /* measures keep their evidence and comment */
    assert_non_null(strstr(bytes, "<self value=\"70\">\n        <evidence>Electricity supply "
                                  "contract of the VIC with certified hydropower share</evidence>\n"
                                  "        <comment>Share for the whole VIC compound.</comment>\n"
                                  "      </self>"));
    umask(022);
    const char *path = in_scratch("unido.results.xml");
    assert_int_equal(ems_results_write(s.r, unit_ctx, path), EMS_OK);
    size_t flen;
    char *file = slurp(path, &flen);
    assert_int_equal(flen, len);
    assert_memory_equal(file, bytes, len);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0644);
    assert_int_equal(entries(), 1);

    ems_doc_summary sum = EMS_DOC_SUMMARY_INIT;
    assert_int_equal(ems_validate_file(&sum, unit_engine, unit_ctx, path, NULL), EMS_OK);
    assert_int_equal(sum.type, EMS_DOC_RESULTS);
    assert_string_equal(sum.id, "UNIDO");

    /* the same results, the same bytes */
    char *again = NULL;
    assert_int_equal(ems_results_serialize(&again, NULL, s.r, unit_ctx), EMS_OK);
    assert_string_equal(again, bytes);
    ems_free(again);
    ems_free(file);
    ems_free(bytes);
    unscore(&s);
}

/* What the reports print is decided here: counts by status, the lists
 * of what needs attention and the recommendations in report order. */
static void test_results__report_figures_are_in_the_results(void **state)
{
    (void)state;
    scored s = {0};
    score_unido(&s);
    char *bytes = NULL;
    assert_int_equal(ems_results_serialize(&bytes, NULL, s.r, unit_ctx), EMS_OK);
    assert_non_null(strstr(bytes, "<status id=\"achieved\" self=\"27\" final=\"24\"/>\n"
                                  "    <status id=\"partial\" self=\"17\" final=\"20\"/>\n"
                                  "    <status id=\"not-started\" self=\"2\" final=\"2\"/>\n"
                                  "    <status id=\"na\" self=\"1\" final=\"1\"/>\n"
                                  "    <status id=\"missing\" self=\"0\" final=\"0\"/>"));
    /* mandatory-unmet first, empty reasons left out, document order */
    assert_non_null(strstr(bytes, "<attention>\n    <reason id=\"mandatory-unmet\" count=\"1\">\n"
                                  "      <item ref=\"CLIM1\"/>\n    </reason>\n"
                                  "    <reason id=\"blocked\" count=\"5\">\n"
                                  "      <item ref=\"EMS14\"/>"));
    assert_null(strstr(bytes, "<reason id=\"unsupported\""));
    /* high before medium whatever the document order; EMS2's low one last
     * but two although it comes first in the document */
    char *high = strstr(bytes, "<recommendation ref=\"CLIM1\" n=\"1\" priority=\"high\"/>");
    char *medium = strstr(bytes, "<recommendation ref=\"EMS6\" n=\"1\" priority=\"medium\"/>");
    char *low = strstr(bytes, "<recommendation ref=\"EMS2\" n=\"1\" priority=\"low\"/>");
    assert_true(strstr(bytes, "<recommendations count=\"10\">") && high && medium && low &&
                high < medium && medium < low);
    ems_free(bytes);
    unscore(&s);

    /* A self-assessment alone: final is self, and no recommendations. */
    assert_int_equal(ems_scorecard_load(&s.sc, unit_engine, unit_ctx,
                                        EMS_SOURCE_DIR "/scorecards/un-ems.xml"),
                     EMS_OK);
    assert_int_equal(ems_assessment_load(&s.as[0], unit_engine, unit_ctx,
                                         SAMPLES "unido-2014-self.xml", s.sc),
                     EMS_OK);
    s.as[1] = NULL;
    assert_int_equal(ems_score(&s.r, unit_ctx, s.sc, (const ems_assessment *const *)s.as, 1,
                               NULL, EMS_MODEL_WEIGHTED),
                     EMS_OK);
    assert_int_equal(ems_results_serialize(&bytes, NULL, s.r, unit_ctx), EMS_OK);
    assert_non_null(strstr(bytes, "gap=\"0.00\"/>"));
    assert_non_null(strstr(bytes, "<recommendations count=\"0\"/>"));
    ems_free(bytes);
    unscore(&s);
}

static void test_results__gz_path_is_compressed_and_reproducible(void **state)
{
    (void)state;
    scored s = {0};
    score_unido(&s);
    char *bytes = NULL;
    size_t len = 0;
    assert_int_equal(ems_results_serialize(&bytes, &len, s.r, unit_ctx), EMS_OK);
    char first[512];
    snprintf(first, sizeof(first), "%s", in_scratch("a.xml.gz"));
    assert_int_equal(ems_results_write(s.r, unit_ctx, first), EMS_OK);
    assert_int_equal(ems_results_write(s.r, unit_ctx, in_scratch("b.xml.gz")), EMS_OK);
    size_t n;
    char *plain = gunzip(first, &n);
    assert_int_equal(n, len);
    assert_memory_equal(plain, bytes, len);
    size_t na, nb;
    char *a = slurp(first, &na), *b = slurp(in_scratch("b.xml.gz"), &nb);
    assert_true(na < len / 2);
    assert_int_equal((unsigned char)a[0], 0x1f);
    assert_int_equal((unsigned char)a[1], 0x8b);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na);
    free(a);
    free(b);
    free(plain);
    ems_free(bytes);
    unscore(&s);
}

static void test_results__failure_leaves_the_target_untouched(void **state)
{
    (void)state;
    scored s = {0};
    score_unido(&s);
    const char *names[] = {"old.xml", "old.xml.gz"};
    for (size_t i = 0; i < 2; i++) {
        char path[512];
        snprintf(path, sizeof(path), "%s", in_scratch(names[i]));
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        fputs("old content\n", f);
        fclose(f);
        /* A file size limit makes the write fail half-way (EFBIG). */
        struct rlimit old, small = {4096, 4096};
        void (*prev)(int) = signal(SIGXFSZ, SIG_IGN);
        assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
        small.rlim_max = old.rlim_max;
        assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
        int rc = ems_results_write(s.r, unit_ctx, path);
        assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
        signal(SIGXFSZ, prev);
        assert_int_equal(rc, EMS_EIO);
        assert_some_error(0, "cannot write");
        assert_string_equal(ems_ctx_diag(unit_ctx, 0)->file, path);
        ems_ctx_clear(unit_ctx);
        size_t n;
        char *kept = slurp(path, &n);
        assert_string_equal(kept, "old content\n");
        free(kept);
        assert_int_equal(entries(), (int)i + 1); /* no temporary file left */
    }
    unscore(&s);
}

static void test_results__unwritable_places(void **state)
{
    (void)state;
    scored s = {0};
    score_unido(&s);
    assert_int_equal(ems_results_write(s.r, unit_ctx, in_scratch("no/such/folder.xml")), EMS_EIO);
    assert_only_error(0, "/no/such does not exist");
    ems_ctx_clear(unit_ctx);
    /* A folder in the way: refused, the folder kept, nothing left behind. */
    assert_int_equal(mkdir(in_scratch("taken"), 0755), 0);
    assert_int_equal(ems_results_write(s.r, unit_ctx, in_scratch("taken")), EMS_EIO);
    assert_only_error(0, "is a folder");
    ems_ctx_clear(unit_ctx);
    struct stat st;
    assert_int_equal(stat(in_scratch("taken"), &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    assert_int_equal(entries(), 1);
    assert_int_equal(ems_results_write(NULL, unit_ctx, in_scratch("x.xml")), EMS_EARG);
    assert_int_equal(ems_results_write(s.r, unit_ctx, NULL), EMS_EARG);
    char *bytes = (char *)&bytes;
    assert_int_equal(ems_results_serialize(&bytes, NULL, NULL, unit_ctx), EMS_EARG);
    assert_null(bytes);
    unscore(&s);
}

static void test_results__symlink_is_replaced_not_followed(void **state)
{
    (void)state;
    scored s = {0};
    score_unido(&s);
    char victim[512], link[512];
    snprintf(victim, sizeof(victim), "%s", in_scratch("victim"));
    snprintf(link, sizeof(link), "%s", in_scratch("out.xml"));
    FILE *f = fopen(victim, "w");
    assert_non_null(f);
    fputs("keep\n", f);
    fclose(f);
    assert_int_equal(symlink(victim, link), 0);
    assert_int_equal(ems_results_write(s.r, unit_ctx, link), EMS_OK);
    struct stat st;
    assert_int_equal(lstat(link, &st), 0);
    assert_true(S_ISREG(st.st_mode));
    size_t n;
    char *kept = slurp(victim, &n);
    assert_string_equal(kept, "keep\n");
    free(kept);
    unscore(&s);
}

static const char CARD[] =
    "<scorecard xmlns='urn:emscore:1' id='t' version='1' xml:lang='en'><title>T &amp; Co</title>"
    "<scale achieved='yes'><level id='no' value='0'>No</level><level id='yes' value='1'>Yes</level>"
    "<level id='yes' value='1' xml:lang='fr'>Oui</level></scale>"
    "<grades mandatory-cap='low'><grade id='high' min='50.5'>H</grade><grade id='low' min='0'>L</grade></grades>"
    "<area id='A' weight='0.125'><title>A</title>"
    "<milestone id='M1' evidence='required'><title xml:lang='zh-Hans'>计数 &lt;1&gt;</title>"
    "<title>Counter &lt;1&gt;</title></milestone>"
    "<indicator id='I1' better='lower'><title>I</title><threshold level='yes' value='-2.50'/></indicator>"
    "</area></scorecard>";

static const char SELF[] =
    "<assessment xmlns='urn:emscore:1' kind='self' scorecard='t' scorecard-version='1' "
    "agency='AG' period='2020'><assessor>Q \"quoted\"</assessor>"
    "<response milestone='M1' level='yes'><evidence href='a?b=1&amp;c=\"2\"' xml:lang='fr'>"
    "preuve</evidence><comment>x &lt; y</comment></response>"
    "<measure indicator='I1' value='-3'/></assessment>";

static void test_results__texts_escaped_with_their_language(void **state)
{
    (void)state;
    ems_scorecard *sc = NULL;
    ems_assessment *as = NULL;
    ems_results *r = NULL;
    assert_int_equal(unit_scorecard(&sc, CARD), EMS_OK);
    assert_int_equal(unit_assessment(&as, SELF, sc), EMS_OK);
    const ems_assessment *one[1] = {as};
    assert_int_equal(ems_score(&r, unit_ctx, sc, one, 1, NULL, EMS_MODEL_WEIGHTED), EMS_OK);
    char *x = NULL;
    assert_int_equal(ems_results_serialize(&x, NULL, r, unit_ctx), EMS_OK);
    static const char *const want[] = {
        "<title xml:lang=\"en\">T &amp; Co</title>",
        "<level id=\"yes\" value=\"1\" xml:lang=\"en\">Yes</level>\n"
        "      <level id=\"yes\" value=\"1\" xml:lang=\"fr\">Oui</level>",
        "<languages complete=\"en\"/>",
        "<grade id=\"high\" min=\"50.50\" xml:lang=\"en\">H</grade>",
        "<assessor>Q &quot;quoted&quot;</assessor>",
        "<area id=\"A\" weight=\"0.125\" counted=\"true\" self=\"100.00\" final=\"100.00\">",
        /* English first, whatever the scorecard's order */
        "<title xml:lang=\"en\">Counter &lt;1&gt;</title>\n"
        "      <title xml:lang=\"zh-Hans\">计数 &lt;1&gt;</title>",
        "<evidence href=\"a?b=1&amp;c=&quot;2&quot;\" xml:lang=\"fr\">preuve</evidence>",
        "<comment>x &lt; y</comment>",
        "<threshold level=\"yes\" value=\"-2.5\"/>",
        "<self value=\"-3\"/>",
        "<self-assessment>\n    <assessor>",
    };
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        if (!strstr(x, want[i]))
            print_error("missing: %s\nin:\n%s\n", want[i], x);
        assert_non_null(strstr(x, want[i]));
    }
    assert_null(strstr(x, "<profile-title"));
    assert_null(strstr(x, "profile=\""));
    assert_null(strstr(x, "<peer-assessment"));
    ems_free(x);
    ems_results_free(r);
    ems_assessment_free(as);
    ems_scorecard_free(sc);
}

/* The mission's record in the results: paragraphs as written, in order,
 * conclusions in the scorecard's order of areas and none of an area the
 * profile leaves out (unido-vic leaves out EVT). */
static void test_results__record_in_scorecard_order(void **state)
{
    (void)state;
    static const char peer[] =
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        "<assessment xmlns='urn:emscore:1' kind='peer' scorecard='un-ems' "
        "scorecard-version='2014.1' agency='UNIDO' period='2014' profile='unido-vic'>\n"
        "  <mission from='2014-05-12' to='2014-05-16'>Vienna</mission>\n"
        "  <team><reviewer id='r1' agency='UNEP' role='lead'>R</reviewer></team>\n"
        "  <interviews><interview date='2014-05-12'>Travel Unit</interview></interviews>\n"
        "  <documents><document ref='UNIDO/DGB/2012/03'>Bulletin &amp; annex</document></documents>\n"
        "  <narrative>\n"
        "    <context><p>Vienna,\n      shared premises.</p><p>Second.</p></context>\n"
        "    <conclusions area='FAC'><p>Facilities.</p></conclusions>\n"
        "    <conclusions area='EVT'><p>Events.</p></conclusions>\n"
        "    <conclusions area='EMS'><p>System.</p></conclusions>\n"
        "  </narrative>\n"
        "  <response milestone='EMS1'><rating by='r1' level='achieved'/></response>\n"
        "</assessment>\n";
    ems_scorecard *sc = NULL;
    ems_assessment *as = NULL;
    ems_results *r = NULL;
    assert_int_equal(ems_scorecard_load(&sc, unit_engine, unit_ctx,
                                        EMS_SOURCE_DIR "/scorecards/un-ems.xml"),
                     EMS_OK);
    assert_int_equal(unit_assessment(&as, peer, sc), EMS_OK);
    const ems_assessment *one[1] = {as};
    assert_int_equal(ems_score(&r, unit_ctx, sc, one, 1, "unido-vic", EMS_MODEL_WEIGHTED), EMS_OK);
    char *x = NULL;
    assert_int_equal(ems_results_serialize(&x, NULL, r, unit_ctx), EMS_OK);
    static const char *const want[] = {
        "<interviews>\n      <interview date=\"2014-05-12\">Travel Unit</interview>\n    </interviews>",
        "<document ref=\"UNIDO/DGB/2012/03\">Bulletin &amp; annex</document>",
        "<context>\n        <p>Vienna,\n      shared premises.</p>\n        <p>Second.</p>\n      </context>",
        "<conclusions area=\"EMS\">\n        <p>System.</p>\n      </conclusions>\n"
        "      <conclusions area=\"FAC\">",
    };
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        if (!strstr(x, want[i]))
            print_error("missing: %s\nin:\n%s\n", want[i], x);
        assert_non_null(strstr(x, want[i]));
    }
    assert_null(strstr(x, "Events."));
    assert_null(strstr(x, "<executive-summary"));
    ems_free(x);
    ems_results_free(r);
    ems_assessment_free(as);
    ems_scorecard_free(sc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_results__written_file_is_the_serialized_bytes_and_valid,
                                        make_scratch, remove_scratch),
        cmocka_unit_test_setup(test_results__report_figures_are_in_the_results, unit_setup),
        cmocka_unit_test_setup_teardown(test_results__gz_path_is_compressed_and_reproducible,
                                        make_scratch, remove_scratch),
        cmocka_unit_test_setup_teardown(test_results__failure_leaves_the_target_untouched,
                                        make_scratch, remove_scratch),
        cmocka_unit_test_setup_teardown(test_results__unwritable_places, make_scratch,
                                        remove_scratch),
        cmocka_unit_test_setup_teardown(test_results__symlink_is_replaced_not_followed,
                                        make_scratch, remove_scratch),
        cmocka_unit_test_setup(test_results__texts_escaped_with_their_language, unit_setup),
        cmocka_unit_test_setup(test_results__record_in_scorecard_order, unit_setup),
    };
    return unit_run("results", tests);
}
