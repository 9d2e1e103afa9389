/*
 * Reports: the built-in stylesheets render the hand-written sample results
 * and its figures come back out of the HTML (read with libxml2's HTML
 * parser); formats, languages and parameters are checked; hostile
 * stylesheets fail cleanly with nothing returned; the summary document is
 * built, ranked and validated; reports render from several threads at
 * once to the same bytes.
 */
#include "unit_helpers.h"
#include "internal.h"

#include <dirent.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#define SAMPLE EMS_SOURCE_DIR "/tests/data/results/sample.results.xml"
#define STYLESHEETS EMS_SOURCE_DIR "/tests/data/stylesheets/"

static char scratch[64];

static int make_scratch(void **state)
{
    return unit_setup(state) != 0 ? -1 : unit_make_scratch(scratch, "report");
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

static char *read_text(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = malloc(1 << 20);
    assert_non_null(buf);
    *len = fread(buf, 1, (1 << 20) - 1, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

/* A report of format and lang, checking the out-parameter contract. */
static int make_report(ems_report **out, const char *format, const char *lang,
                       const char *stylesheet)
{
    ems_report *r = (ems_report *)&r;
    int rc = ems_report_new(&r, unit_engine, unit_ctx, format, lang, stylesheet);
    assert_true((rc == EMS_OK) == (r != NULL));
    *out = r;
    return rc;
}

static int render(const ems_report *r, const char *input, char **out, size_t *len)
{
    *out = (char *)out;
    int rc = ems_report_render(out, len, r, unit_ctx, input);
    assert_true((rc == EMS_OK) == (*out != NULL));
    return rc;
}

/* The text of the first node xpath selects in doc, whitespace trimmed. */
static char *xpath_text(xmlDocPtr doc, const char *xpath)
{
    xmlXPathContextPtr x = xmlXPathNewContext(doc);
    assert_non_null(x);
    xmlXPathRegisterNs(x, (const xmlChar *)"e", (const xmlChar *)EMS_NAMESPACE);
    xmlXPathObjectPtr o = xmlXPathEvalExpression((const xmlChar *)xpath, x);
    char *text = NULL;
    if (o && o->nodesetval && o->nodesetval->nodeNr > 0) {
        xmlChar *c = xmlNodeGetContent(o->nodesetval->nodeTab[0]);
        const char *s = (const char *)c;
        while (*s == ' ' || *s == '\n')
            s++;
        text = strdup(s);
        for (size_t n = strlen(text); n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\n');)
            text[--n] = '\0';
        xmlFree(c);
    }
    xmlXPathFreeObject(o);
    xmlXPathFreeContext(x);
    if (!text)
        print_error("nothing at %s\n", xpath);
    assert_non_null(text);
    return text;
}

/* The sample's figures, read from the results with XPath, are the figures
 * the HTML shows (libxml2's HTML parser reads the report). */
static void test_report__html_shows_the_figures_of_its_results(void **state)
{
    (void)state;
    ems_report *r;
    char *html;
    size_t len;
    assert_int_equal(make_report(&r, "html", NULL, NULL), EMS_OK);
    assert_int_equal(render(r, SAMPLE, &html, &len), EMS_OK);
    assert_int_equal(strlen(html), len);
    assert_true(strncmp(html, "<!DOCTYPE html>\n", 16) == 0);
    assert_null(strstr(html, "http:"));
    assert_null(strstr(html, "https:"));
    assert_null(strstr(html, "<script"));

    xmlDocPtr page = htmlReadMemory(html, (int)len, "report.html", "UTF-8",
                                    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
    assert_non_null(page);
    ems_doc_summary s = EMS_DOC_SUMMARY_INIT;
    assert_int_equal(ems_validate_file(&s, unit_engine, unit_ctx, SAMPLE, NULL), EMS_OK);
    xmlDocPtr results = xmlReadFile(SAMPLE, NULL, XML_PARSE_NONET);
    assert_non_null(results);
    static const struct {
        const char *html, *results;
    } figures[] = {
        {"//div[@data-figure='final']/div[@class='value']", "string(//e:overall/@final)"},
        {"//div[@data-figure='self']/div[@class='value']", "string(//e:overall/@self)"},
        {"//section[@data-area='EMS']//*[@data-k='final']", "string(//e:area[@id='EMS']/@final)"},
        {"//section[@data-area='CLIM-IND']//*[@data-k='self']",
         "string(//e:area[@id='CLIM-IND']/@self)"},
        {"//tr[@data-id='FAC1']/td[@class='num'][3]", "string(//e:milestone[@id='FAC1']/@final)"},
        {"//article[@data-id='IND-RED']//div[@data-k='final']/span[@class='num']",
         "string(//e:indicator[@id='IND-RED']/@final)"},
        {"//tr[@data-status='partial']/td[@data-final]", "string(count(//*[@counted='true'][@status='partial']))"},
    };
    for (size_t i = 0; i < sizeof(figures) / sizeof(figures[0]); i++) {
        char *shown = xpath_text(page, figures[i].html);
        xmlXPathContextPtr x = xmlXPathNewContext(results);
        xmlXPathRegisterNs(x, (const xmlChar *)"e", (const xmlChar *)EMS_NAMESPACE);
        xmlXPathObjectPtr o = xmlXPathEvalExpression((const xmlChar *)figures[i].results, x);
        assert_non_null(o);
        if (strtod(shown, NULL) != strtod((const char *)o->stringval, NULL))
            print_error("%s shows '%s', results say '%s'\n", figures[i].html, shown,
                        (const char *)o->stringval);
        assert_true(strtod(shown, NULL) == strtod((const char *)o->stringval, NULL));
        xmlXPathFreeObject(o);
        xmlXPathFreeContext(x);
        free(shown);
    }
    /* Flags are explained in words, and the cap is named. */
    char *flag = xpath_text(page, "//article[@data-id='EMS2']//p[@data-flag='blocked']");
    assert_non_null(strstr(flag, "EMS1 is not achieved"));
    free(flag);
    char *lang = xpath_text(page, "/html/@lang");
    assert_string_equal(lang, "en");
    free(lang);
    xmlFreeDoc(results);
    xmlFreeDoc(page);
    ems_free(html);
    ems_report_free(r);
}

static void test_report__languages_write_their_own_numbers(void **state)
{
    (void)state;
    static const struct {
        const char *lang, *final, *dir;
    } cases[] = {
        {"en", ">50.56<", "ltr"}, {"fr", ">50,56<", "ltr"}, {"es", ">50,56<", "ltr"},
        {"ru", ">50,56<", "ltr"}, {"ar", ">50.56<", "rtl"}, {"zh", ">50.56<", "ltr"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ems_report *r;
        char *html, want[64];
        size_t len;
        assert_int_equal(make_report(&r, "html", cases[i].lang, NULL), EMS_OK);
        assert_int_equal(render(r, SAMPLE, &html, &len), EMS_OK);
        snprintf(want, sizeof(want), "<html lang=\"%s\" dir=\"%s\">", cases[i].lang, cases[i].dir);
        assert_non_null(strstr(html, want));
        assert_non_null(strstr(html, cases[i].final));
        ems_free(html);
        ems_report_free(r);
    }
}

static void test_report__unknown_format_or_language(void **state)
{
    (void)state;
    ems_report *r;
    assert_int_equal(make_report(&r, "pdf", "en", NULL), EMS_EARG);
    assert_some_error(-1, "unknown report format 'pdf'");
    ems_ctx_clear(unit_ctx);
    assert_int_equal(make_report(&r, "html", "klingon", NULL), EMS_EARG);
    assert_some_error(-1, "no message catalogue for language 'klingon'");
    ems_ctx_clear(unit_ctx);
    assert_int_equal(make_report(&r, "html", "../../etc", NULL), EMS_EARG);
    assert_int_equal(ems_report_new(NULL, unit_engine, unit_ctx, "html", NULL, NULL), EMS_EARG);
    ems_report_free(NULL);
}

/* The executive edition is a built-in stylesheet of html only: its
 * chapters are there and the full edition's are not; any other format, a
 * user stylesheet, an unknown edition or options not from their INIT are
 * refused with nothing handed back. */
static void test_report__editions(void **state)
{
    (void)state;
    ems_report_edition ed = EMS_REPORT_FULL;
    assert_int_equal(ems_report_edition_from_name(&ed, "executive"), EMS_OK);
    assert_int_equal(ed, EMS_REPORT_EXECUTIVE);
    assert_int_equal(ems_report_edition_from_name(&ed, "full"), EMS_OK);
    assert_int_equal(ed, EMS_REPORT_FULL);
    assert_int_equal(ems_report_edition_from_name(&ed, "summary"), EMS_EARG);
    assert_int_equal(ed, EMS_REPORT_FULL);
    assert_int_equal(ems_report_edition_from_name(NULL, "full"), EMS_EARG);

    ems_report_options o = EMS_REPORT_OPTIONS_INIT;
    o.edition = EMS_REPORT_EXECUTIVE;
    o.lang = "fr";
    ems_report *r = (ems_report *)&r;
    assert_int_equal(ems_report_new_with(&r, unit_engine, unit_ctx, "html", &o), EMS_OK);
    char *html = NULL;
    assert_int_equal(render(r, SAMPLE, &html, NULL), EMS_OK);
    assert_non_null(strstr(html, "id=\"responses\""));
    assert_non_null(strstr(html, "DEMO-2014-R01"));
    assert_non_null(strstr(html, "Version de synthèse"));
    assert_null(strstr(html, "class=\"leaf "));
    assert_null(strstr(html, "id=\"annex\""));
    assert_null(strstr(html, "href=\"#leaf-"));
    ems_free(html);
    ems_report_free(r);

    r = (ems_report *)&r;
    assert_int_equal(ems_report_new_with(&r, unit_engine, unit_ctx, "docx", &o), EMS_EARG);
    assert_null(r);
    assert_some_error(-1, "the executive edition is made for the html format only, not for docx");
    ems_ctx_clear(unit_ctx);
    o.user_stylesheet = STYLESHEETS "custom.xsl";
    assert_int_equal(ems_report_new_with(&r, unit_engine, unit_ctx, "html", &o), EMS_EARG);
    assert_some_error(-1, "a stylesheet of your own replaces the built-in ones");
    ems_ctx_clear(unit_ctx);
    o.user_stylesheet = NULL;
    o.edition = (ems_report_edition)7;
    assert_int_equal(ems_report_new_with(&r, unit_engine, unit_ctx, "html", &o), EMS_EARG);
    ems_ctx_clear(unit_ctx);
    o.edition = EMS_REPORT_EXECUTIVE;
    o.version = 0;
    assert_int_equal(ems_report_new_with(&r, unit_engine, unit_ctx, "html", &o), EMS_EARG);
    assert_some_error(-1, "not from EMS_REPORT_OPTIONS_INIT");
    ems_ctx_clear(unit_ctx);
    /* NULL options: the full report, as ems_report_new(). */
    assert_int_equal(ems_report_new_with(&r, unit_engine, unit_ctx, "html", NULL), EMS_OK);
    assert_int_equal(render(r, SAMPLE, &html, NULL), EMS_OK);
    assert_non_null(strstr(html, "id=\"annex\""));
    ems_free(html);
    ems_report_free(r);
}

static void test_report__parameters_are_checked_and_passed_as_strings(void **state)
{
    (void)state;
    ems_report *r;
    char *html;
    size_t len;
    assert_int_equal(make_report(&r, "html", "en", NULL), EMS_OK);
    assert_int_equal(ems_report_set_param(r, unit_ctx, "lang", "fr"), EMS_EARG);
    assert_int_equal(ems_report_set_param(r, unit_ctx, "9lives", "x"), EMS_EARG);
    assert_int_equal(ems_report_set_param(r, unit_ctx, "a:b", "x"), EMS_EARG);
    assert_int_equal(ems_report_set_param(r, unit_ctx, "marking", "\xff\xfe"), EMS_EARG);
    /* An XPath expression stays a string; the last value wins. */
    assert_int_equal(ems_report_set_param(r, unit_ctx, "marking", "concat('a', 'b')"), EMS_OK);
    assert_int_equal(ems_report_set_param(r, unit_ctx, "marking", "x' or '1'='1 <b>"), EMS_OK);
    /* a name the stylesheet does not declare is refused, naming those it does */
    assert_int_equal(ems_report_set_param(r, unit_ctx, "unused-by-the-stylesheet", "1"), EMS_EARG);
    assert_non_null(strstr(ems_ctx_errmsg(unit_ctx), "takes marking, top-recommendations"));
    ems_ctx_clear(unit_ctx);
    assert_int_equal(render(r, SAMPLE, &html, &len), EMS_OK);
    assert_non_null(strstr(html, "x' or '1'='1 &lt;b&gt;"));
    assert_null(strstr(html, "concat("));
    ems_free(html);
    ems_report_free(r);
}

static void test_report__invalid_input_gives_nothing(void **state)
{
    (void)state;
    ems_report *r;
    char *out;
    size_t len = 99;
    static const char bad[] = "<results xmlns=\"urn:emscore:1\"/>";
    assert_int_equal(make_report(&r, "json", NULL, NULL), EMS_OK);
    out = (char *)&out;
    assert_int_equal(ems_report_render_memory(&out, &len, r, unit_ctx, "bad.xml", bad,
                                              sizeof(bad) - 1),
                     EMS_EINVALID);
    assert_null(out);
    assert_int_equal(len, 0);
    assert_some_error(1, "");
    ems_ctx_clear(unit_ctx);
    /* A summary is not what the html format reads. */
    ems_report_free(r);
    assert_int_equal(make_report(&r, "summary", NULL, NULL), EMS_OK);
    assert_int_equal(render(r, SAMPLE, &out, &len), EMS_EINVALID);
    assert_some_error(-1, "not a summary");
    ems_report_free(r);
}

/* Every hostile stylesheet: refused at compile time or at render, with an
 * error and nothing returned. */
static void test_report__hostile_stylesheets_fail_cleanly(void **state)
{
    (void)state;
    static const char *const names[] = {"write-xsl-document", "write-saxon", "read-file",
                                        "import-file", "doctype", "recursion", "xpath-bomb",
                                        "terminate", "dyn-evaluate", "write-exsl"};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        char path[512], *out = NULL;
        size_t len;
        snprintf(path, sizeof(path), STYLESHEETS "%s.xsl", names[i]);
        ems_report *r;
        int rc = make_report(&r, "html", NULL, path);
        if (rc == EMS_OK) {
            rc = render(r, SAMPLE, &out, &len);
            ems_report_free(r);
        }
        if (rc != EMS_EINVALID)
            print_error("%s: status %d\n", names[i], rc);
        assert_int_equal(rc, EMS_EINVALID);
        assert_null(out);
        assert_true(ems_ctx_nerrors(unit_ctx) > 0);
        ems_ctx_clear(unit_ctx);
    }
}

static void test_report__write_names_the_file_in_a_folder(void **state)
{
    (void)state;
    ems_report *r;
    struct stat sb;
    assert_int_equal(make_report(&r, "csv", NULL, NULL), EMS_OK);
    assert_int_equal(ems_report_write(r, unit_ctx, SAMPLE, scratch), EMS_OK);
    assert_int_equal(stat(in_scratch("DEMO-2014.csv"), &sb), 0);
    assert_int_equal(ems_report_write(r, unit_ctx, SAMPLE, in_scratch("named.csv.gz")), EMS_OK);
    assert_int_equal(stat(in_scratch("named.csv.gz"), &sb), 0);
    size_t len;
    char *csv = read_text(in_scratch("DEMO-2014.csv"), &len);
    /* header + 11 leaves, CRLF line ends */
    size_t lines = 0;
    for (char *p = csv; (p = strstr(p, "\r\n")) != NULL; p += 2)
        lines++;
    assert_int_equal(lines, 12);
    assert_non_null(strstr(csv, "\r\nDEMO,2014,un-ems,2014.1,demo,weighted,EMS,EMS,EMS1,milestone,"));
    free(csv);
    ems_report_free(r);
}

/* A copy of the sample with another agency and the final score changed. */
static void write_variant(const char *name, const char *agency, const char *final)
{
    size_t len;
    char *base = read_text(SAMPLE, &len);
    char new_agency[64], new_overall[96];
    snprintf(new_agency, sizeof(new_agency), "agency=\"%s\"", agency);
    snprintf(new_overall, sizeof(new_overall), "final=\"%s\" met=\"50.00\" grade=\"developing\"",
             final);
    char *doc = unit_edit(base, "agency=\"DEMO\"", new_agency,
                          "final=\"50.56\" met=\"50.00\" grade=\"developing\"", new_overall);
    FILE *f = fopen(in_scratch(name), "wb");
    assert_non_null(f);
    fputs(doc, f);
    fclose(f);
    free(doc);
    free(base);
}

static void test_report__summary_ranks_and_validates(void **state)
{
    (void)state;
    write_variant("a.results.xml", "AAA", "50.56");
    write_variant("b.results.xml", "BBB", "70.10");
    write_variant("c.results.xml", "CCC", "50.56");
    char a[512], b[512], c[512];
    snprintf(a, sizeof(a), "%s", in_scratch("a.results.xml"));
    snprintf(b, sizeof(b), "%s", in_scratch("b.results.xml"));
    snprintf(c, sizeof(c), "%s", in_scratch("c.results.xml"));
    const char *paths[] = {c, a, b};
    char *xml = (char *)&xml, *again = NULL;
    size_t len, len2;
    assert_int_equal(ems_summary_build(&xml, &len, unit_engine, unit_ctx, paths, 3), EMS_OK);
    /* Ranked by final score, ties share the rank and go by agency. */
    char *p1 = strstr(xml, "rank=\"1\" agency=\"BBB\"");
    char *p2 = strstr(xml, "rank=\"2\" agency=\"AAA\"");
    char *p3 = strstr(xml, "rank=\"2\" agency=\"CCC\"");
    assert_true(p1 && p2 && p3 && p1 < p2 && p2 < p3);
    assert_non_null(strstr(
        xml, "<averages self=\"68.89\" final=\"57.07\" gap=\"-11.82\" band=\"2\" met=\"50.00\">"));
    /* every grade counted, in the scorecard's order; no na row */
    assert_non_null(strstr(xml, "<grade id=\"leading\" entries=\"0\" share=\"0.00\"/>\n"
                                "    <grade id=\"advanced\" entries=\"0\" share=\"0.00\"/>\n"
                                "    <grade id=\"developing\" entries=\"3\" share=\"100.00\"/>"));
    assert_null(strstr(xml, "<grade id=\"na\""));
    assert_non_null(strstr(xml, "<unmet id=\"EMS1\" status=\"partial\" flags=\"mandatory-unmet overclaim\"/>"));
    /* Any order of the inputs gives the same bytes. */
    const char *reversed[] = {b, a, c};
    assert_int_equal(ems_summary_build(&again, &len2, unit_engine, unit_ctx, reversed, 3), EMS_OK);
    assert_int_equal(len, len2);
    assert_memory_equal(xml, again, len);
    ems_free(again);

    ems_report *r;
    char *html;
    assert_int_equal(make_report(&r, "summary", "fr", NULL), EMS_OK);
    html = (char *)&html;
    assert_int_equal(ems_report_render_memory(&html, &len2, r, unit_ctx, "summary.xml", xml, len),
                     EMS_OK);
    assert_non_null(strstr(html, "70,10"));
    assert_null(strstr(html, "http:"));
    ems_free(html);
    ems_report_free(r);
    ems_free(xml);
}

static void test_report__summary_refuses_what_does_not_belong(void **state)
{
    (void)state;
    write_variant("a.results.xml", "AAA", "50.56");
    char a[512];
    snprintf(a, sizeof(a), "%s", in_scratch("a.results.xml"));
    const char *twice[] = {a, a};
    char *xml = (char *)&xml;
    assert_int_equal(ems_summary_build(&xml, NULL, unit_engine, unit_ctx, twice, 2), EMS_EINVALID);
    assert_null(xml);
    assert_some_error(2, "a second results document for agency AAA, period 2014");
    ems_ctx_clear(unit_ctx);

    size_t len;
    char *base = read_text(a, &len);
    char *other = unit_edit(base, "agency=\"AAA\"", "agency=\"BBB\"", "model=\"weighted\"",
                            "model=\"flat\"");
    FILE *f = fopen(in_scratch("flat.results.xml"), "wb");
    fputs(other, f);
    fclose(f);
    free(other);
    free(base);
    char flat[512];
    snprintf(flat, sizeof(flat), "%s", in_scratch("flat.results.xml"));
    const char *mixed[] = {a, flat};
    assert_int_equal(ems_summary_build(&xml, NULL, unit_engine, unit_ctx, mixed, 2), EMS_EINVALID);
    assert_some_error(2, "cannot be summarised");
    ems_ctx_clear(unit_ctx);
    assert_int_equal(ems_summary_build(&xml, NULL, unit_engine, unit_ctx, mixed, 0), EMS_EARG);
}

typedef struct job {
    const ems_report *r;
    char *out;
    size_t len;
    int rc;
} job;

static void *render_job(void *arg)
{
    job *j = arg;
    ems_ctx *ctx = NULL;
    j->rc = ems_ctx_new(&ctx);
    for (int i = 0; i < 3 && j->rc == EMS_OK; i++) {
        ems_free(j->out);
        j->rc = ems_report_render(&j->out, &j->len, j->r, ctx, SAMPLE);
    }
    ems_ctx_free(ctx);
    return NULL;
}

/* One compiled report shared read-only by threads, a context each. */
/* A report of results in several languages is the same whether rendered
 * from a file (the texts of other languages dropped from the tree loaded)
 * or from a tree its caller keeps (batch renders several reports from one
 * tree): that tree keeps every language. */
static void test_report__kept_tree_keeps_its_languages(void **state)
{
    (void)state;
    const char *multilingual = EMS_SOURCE_DIR "/tests/data/golden/unep-2014.results.xml";
    xmlDocPtr kept = NULL;
    assert_int_equal(ems_xml__read_own_file(&kept, unit_ctx, multilingual), EMS_OK);
    xmlChar *before = NULL, *after = NULL;
    int nbefore = 0, nafter = 0;
    xmlDocDumpMemory(kept, &before, &nbefore);
    const char *const langs[] = {"fr", "en"};
    for (size_t i = 0; i < sizeof(langs) / sizeof(langs[0]); i++) {
        ems_report *r;
        char *from_file, *from_tree;
        size_t nfile, ntree;
        assert_int_equal(make_report(&r, "html", langs[i], NULL), EMS_OK);
        assert_int_equal(render(r, multilingual, &from_file, &nfile), EMS_OK);
        assert_int_equal(ems_report__render_doc(r, unit_ctx, "kept", kept, &from_tree, &ntree),
                         EMS_OK);
        assert_int_equal(nfile, ntree);
        assert_int_equal(strlen(from_tree), ntree);
        assert_memory_equal(from_file, from_tree, nfile);
        ems_free(from_file);
        ems_free(from_tree);
        ems_report_free(r);
    }
    xmlDocDumpMemory(kept, &after, &nafter);
    assert_int_equal(nbefore, nafter);
    assert_memory_equal(before, after, (size_t)nbefore);
    assert_non_null(strstr((const char *)after, "xml:lang=\"fr\""));
    xmlFree(before);
    xmlFree(after);
    xmlFreeDoc(kept);
}

static void test_report__threads_share_a_report(void **state)
{
    (void)state;
    ems_report *r;
    assert_int_equal(make_report(&r, "html", "ru", NULL), EMS_OK);
    job jobs[4];
    pthread_t th[4];
    for (int i = 0; i < 4; i++) {
        jobs[i] = (job){r, NULL, 0, -1};
        assert_int_equal(pthread_create(&th[i], NULL, render_job, &jobs[i]), 0);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(th[i], NULL);
    for (int i = 0; i < 4; i++) {
        assert_int_equal(jobs[i].rc, EMS_OK);
        assert_int_equal(jobs[i].len, jobs[0].len);
        assert_memory_equal(jobs[i].out, jobs[0].out, jobs[0].len);
    }
    for (int i = 0; i < 4; i++)
        ems_free(jobs[i].out);
    ems_report_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_report__html_shows_the_figures_of_its_results, unit_setup),
        cmocka_unit_test_setup(test_report__languages_write_their_own_numbers, unit_setup),
        cmocka_unit_test_setup(test_report__unknown_format_or_language, unit_setup),
        cmocka_unit_test_setup(test_report__editions, unit_setup),
        cmocka_unit_test_setup(test_report__parameters_are_checked_and_passed_as_strings,
                               unit_setup),
        cmocka_unit_test_setup(test_report__invalid_input_gives_nothing, unit_setup),
        cmocka_unit_test_setup(test_report__hostile_stylesheets_fail_cleanly, unit_setup),
        cmocka_unit_test_setup_teardown(test_report__write_names_the_file_in_a_folder,
                                        make_scratch, remove_scratch),
        cmocka_unit_test_setup_teardown(test_report__summary_ranks_and_validates, make_scratch,
                                        remove_scratch),
        cmocka_unit_test_setup_teardown(test_report__summary_refuses_what_does_not_belong,
                                        make_scratch, remove_scratch),
        cmocka_unit_test_setup(test_report__kept_tree_keeps_its_languages, unit_setup),
        cmocka_unit_test_setup(test_report__threads_share_a_report, unit_setup),
    };
    return unit_run("report", tests);
}
