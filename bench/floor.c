/*
 * The floor of the benchmark: the least work a batch can do with the same
 * libraries, in one process. It parses every input file, then applies the
 * peer-review stylesheet, compiled once, to each group's results document
 * and writes the HTML. No validation, no scoring, no temporary files, one
 * thread: whatever emscore batch spends above this is its own overhead.
 *
 *     floor STYLESHEET INPUT_DIR RESULTS_DIR OUTPUT_DIR
 *
 * Every *.xml in INPUT_DIR is parsed and freed; every NAME.results.xml in
 * RESULTS_DIR (written beforehand by emscore) becomes OUTPUT_DIR/NAME.html.
 * Inputs are trusted: this is a measuring tool, not a part of emscore.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libexslt/exslt.h>
#include <libxml/parser.h>
#include <libxslt/transform.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int parse_inputs(const char *dir, size_t *count)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "floor: %s: %s\n", dir, strerror(errno));
        return -1;
    }
    char path[4096];
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.' || !ends_with(e->d_name, ".xml"))
            continue;
        snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
        xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
        if (!doc) {
            fprintf(stderr, "floor: %s: not well-formed\n", path);
            rc = -1;
        }
        xmlFreeDoc(doc);
        ++*count;
    }
    closedir(d);
    return rc;
}

static int render(xsltStylesheetPtr style, const char *in, const char *out)
{
    xmlDocPtr doc = xmlReadFile(in, NULL, XML_PARSE_NONET);
    xmlDocPtr res = doc ? xsltApplyStylesheet(style, doc, NULL) : NULL;
    FILE *f = res ? fopen(out, "wb") : NULL;
    int rc = f && xsltSaveResultToFile(f, res, style) >= 0 ? 0 : -1;
    if (f && fclose(f) != 0)
        rc = -1;
    if (rc != 0)
        fprintf(stderr, "floor: %s: cannot render to %s\n", in, out);
    xmlFreeDoc(res);
    xmlFreeDoc(doc);
    return rc;
}

static int render_results(xsltStylesheetPtr style, const char *dir, const char *outdir,
                          size_t *count)
{
    static const char suffix[] = ".results.xml";
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "floor: %s: %s\n", dir, strerror(errno));
        return -1;
    }
    char in[4096], out[4096];
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.' || !ends_with(e->d_name, suffix))
            continue;
        int stem = (int)(strlen(e->d_name) - (sizeof(suffix) - 1));
        snprintf(in, sizeof(in), "%s/%s", dir, e->d_name);
        snprintf(out, sizeof(out), "%s/%.*s.html", outdir, stem, e->d_name);
        rc = render(style, in, out);
        ++*count;
    }
    closedir(d);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: floor STYLESHEET INPUT_DIR RESULTS_DIR OUTPUT_DIR\n");
        return 2;
    }
    xmlInitParser();
    exsltRegisterAll();
    xsltStylesheetPtr style = xsltParseStylesheetFile((const xmlChar *)argv[1]);
    if (!style) {
        fprintf(stderr, "floor: %s: cannot compile the stylesheet\n", argv[1]);
        return 1;
    }
    size_t inputs = 0, reports = 0;
    int rc = parse_inputs(argv[2], &inputs);
    if (rc == 0)
        rc = render_results(style, argv[3], argv[4], &reports);
    xsltFreeStylesheet(style);
    xsltCleanupGlobals();
    xmlCleanupParser();
    if (rc == 0)
        printf("floor: %zu inputs parsed, %zu reports\n", inputs, reports);
    return rc == 0 ? 0 : 1;
}
