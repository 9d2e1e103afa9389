/*
 * Reports: XSLT over results and summary documents. The only file that
 * includes libxslt. Stylesheets are read by xmlio.c like any input (so a
 * DOCTYPE is refused and nothing external is loaded), compiled once and
 * shared read-only; each render gets its own transform context, with the
 * security preferences, limits and error routing that README.md's
 * "Security" describes.
 */
#include <libexslt/exslt.h>
#include <libxml/xmlstring.h>
#include <libxslt/documents.h>
#include <libxslt/imports.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dom.h"
#include "internal.h"
#include "lang.h"
#include "util/arena.h"
#include "util/ident.h"
#include "xmlcompat.h"

/* Limits for hostile stylesheets. The XPath and instruction budget grows
 * with the input: the built-in reports need under 200 operations per node
 * (a report of 100,000 milestones some 400 million), so a linear
 * stylesheet always fits and a quadratic one is stopped early. */
#define MAX_TEMPLATE_DEPTH 1000
#define MIN_OPERATIONS 50000000UL
#define OPERATIONS_PER_NODE 2000UL
#define MAX_PARAMS 64

typedef struct report_format {
    const char *name;
    const char *stylesheet; /* under DATADIR/xslt */
    ems_doctype input;
    const char *ext;
    bool package; /* the result tree holds the parts of a ZIP container (package.c) */
    ems_report_edition edition;
} report_format;

/* A format and edition with no line here is not made. */
static const report_format formats[] = {
    {"html", "peer-review.xsl", EMS_DOC_RESULTS, "html", false, EMS_REPORT_FULL},
    {"html", "executive.xsl", EMS_DOC_RESULTS, "executive.html", false, EMS_REPORT_EXECUTIVE},
    {"csv", "csv.xsl", EMS_DOC_RESULTS, "csv", false, EMS_REPORT_FULL},
    {"json", "json.xsl", EMS_DOC_RESULTS, "json", false, EMS_REPORT_FULL},
    {"register", "register.xsl", EMS_DOC_RESULTS, "register.csv", false, EMS_REPORT_FULL},
    {"docx", "docx/package.xsl", EMS_DOC_RESULTS, "docx", true, EMS_REPORT_FULL},
    {"odt", "odt/package.xsl", EMS_DOC_RESULTS, "odt", true, EMS_REPORT_FULL},
    {"summary", "summary.xsl", EMS_DOC_SUMMARY, "html", false, EMS_REPORT_FULL},
    {"summary-csv", "csv.xsl", EMS_DOC_SUMMARY, "csv", false, EMS_REPORT_FULL},
    {"climate", "climate.xsl", EMS_DOC_SUMMARY, "csv", false, EMS_REPORT_FULL},
};

struct ems_report {
    const ems_engine *engine;
    const report_format *fmt;
    xsltStylesheetPtr style;
    char *path; /* the stylesheet, for diagnostics */
    bool builtin;
    char *lang;
    char *names[MAX_PARAMS], *values[MAX_PARAMS];
    size_t nparams;
};

/* ---- one compile or render in progress ------------------------------ */

/* libxslt reports through a process-wide handler and calls its document
 * loader without our context, so the call in progress on this thread is
 * found here. Set on entry to a compile or render, cleared on exit. */
typedef struct run {
    ems_ctx *ctx;
    const char *datadir;
    const char *file; /* named by diagnostics that carry no location */
    xsltTransformContextPtr t; /* NULL while compiling */
    bool failed;
    int shown; /* messages passed on; a runaway stylesheet is cut short */
    char msg[1024]; /* a message arriving in pieces, up to its newline */
    size_t len;
    char where[PATH_MAX]; /* location of the next message, from libxslt's context line */
    long where_line;
    bool where_warning;
} run;

static _Thread_local run *current;

/* Is the realpath of path inside dir? */
static bool inside(const char *dir, const char *path, char real[PATH_MAX])
{
    size_t n = strlen(dir);
    return realpath(path, real) && strncmp(real, dir, n) == 0 && real[n] == '/';
}

static int check_read(xsltSecurityPrefsPtr sec, xsltTransformContextPtr t, const char *path)
{
    (void)sec, (void)t;
    char real[PATH_MAX];
    return current && path && inside(current->datadir, path, real);
}

/* "runtime error: file F line N element E" and its variants announce where
 * the next message happened. */
static bool context_line(run *st, const char *s)
{
    static const char *const kinds[] = {"runtime error", "compilation error",
                                        "compilation warning", "error"};
    for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
        size_t n = strlen(kinds[i]);
        if (strncmp(s, kinds[i], n) != 0 || (s[n] != '\0' && s[n] != ':'))
            continue;
        st->where[0] = '\0';
        st->where_line = 0;
        st->where_warning = i == 2;
        const char *file = strstr(s + n, ": file ");
        if (file) {
            file += 7;
            const char *end = strstr(file, " line ");
            const char *elem = strstr(file, " element ");
            if (!end || (elem && elem < end))
                end = elem;
            size_t len = end ? (size_t)(end - file) : strlen(file);
            if (len >= sizeof(st->where))
                len = sizeof(st->where) - 1;
            memcpy(st->where, file, len);
            st->where[len] = '\0';
            const char *line = strstr(file, " line ");
            if (line)
                st->where_line = strtol(line + 6, NULL, 10);
        }
        return true;
    }
    return false;
}

#define MAX_SHOWN 6

/* Pass on the message assembled so far. An xsl:message leaves the
 * transform in its OK state, so it is a warning; libxslt moves the state
 * out of OK before reporting any error. */
static void emit(run *st, bool error)
{
    while (st->len > 0 && (st->msg[st->len - 1] == '\n' || st->msg[st->len - 1] == ' '))
        st->len--;
    st->msg[st->len] = '\0';
    if (st->len > 0 && !context_line(st, st->msg)) {
        bool warning = !error && (st->where_warning || (st->t && st->t->state == XSLT_STATE_OK));
        if (!warning)
            st->failed = true;
        if (st->shown < MAX_SHOWN)
            ems_ctx__report(st->ctx, EMS_EINVALID, warning ? EMS_SEV_WARNING : EMS_SEV_ERROR,
                            st->where[0] ? st->where : st->file, st->where_line, "%s",
                            st->shown == MAX_SHOWN - 1 ? "further messages of the stylesheet "
                                                         "were not shown"
                                                       : st->msg);
        st->shown++;
        st->where[0] = '\0';
        st->where_line = 0;
        st->where_warning = false;
    }
    st->len = 0;
}

static void vmessage(run *st, bool error, const char *fmt, va_list ap)
{
    char piece[1024];
    vsnprintf(piece, sizeof(piece), fmt, ap);
    for (const char *p = piece; *p; p++) {
        if (*p == '\n') {
            emit(st, error);
        } else if (st->len < sizeof(st->msg) - 1) {
            st->msg[st->len++] = *p;
        }
    }
}

/* libxslt's channel: errors, and the text of xsl:message. */
static void on_message(void *user, const char *fmt, ...) EMS_PRINTF(2, 3);
static void on_message(void *user, const char *fmt, ...)
{
    run *st = user ? user : current;
    if (!st)
        return; /* outside our calls: nobody to tell, and a library never prints */
    va_list ap;
    va_start(ap, fmt);
    vmessage(st, false, fmt, ap);
    va_end(ap);
}

/* libxml2's channel, reached through XPath: always an error. */
static void on_libxml_message(void *user, const char *fmt, ...) EMS_PRINTF(2, 3);
static void on_libxml_message(void *user, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmessage(user, true, fmt, ap);
    va_end(ap);
}

static void on_xpath_error(void *user, ems_xml_error *err)
{
    if (!err || err->level < XML_ERR_ERROR)
        return;
    char text[512];
    snprintf(text, sizeof(text), "%s", err->message ? err->message : "error");
    text[strcspn(text, "\n")] = '\0';
    if (err->str1)
        on_libxml_message(user, "XPath: %s in '%.200s'\n", text, err->str1);
    else
        on_libxml_message(user, "XPath: %s\n", text);
}

/* libxml2's own handlers are per thread: point them at st for the call. */
typedef struct saved_handlers {
    xmlGenericErrorFunc generic;
    void *generic_ctx;
    xmlStructuredErrorFunc structured;
    void *structured_ctx;
} saved_handlers;

static void begin(run *st, saved_handlers *saved)
{
    saved->generic = xmlGenericError;
    saved->generic_ctx = xmlGenericErrorContext;
    saved->structured = xmlStructuredError;
    saved->structured_ctx = xmlStructuredErrorContext;
    xmlSetGenericErrorFunc(st, on_libxml_message);
    xmlSetStructuredErrorFunc(st, on_xpath_error);
    current = st;
}

static void end(run *st, const saved_handlers *saved)
{
    if (st->len > 0)
        emit(st, false);
    current = NULL;
    xmlSetGenericErrorFunc(saved->generic_ctx, saved->generic);
    xmlSetStructuredErrorFunc(saved->structured_ctx, saved->structured);
}

/* ---- documents libxslt asks for ------------------------------------- */

/* Imported and included modules, and document(), come through here: read
 * by xmlio.c, never by libxslt's own parser. libxslt has already checked
 * the read against the security preferences; the data-folder test is
 * repeated so that nothing else is ever opened. */
static xmlDocPtr load_document(const xmlChar *uri, xmlDictPtr dict, int options, void *caller,
                               xsltLoadType type)
{
    (void)options, (void)caller;
    run *st = current;
    if (!st || !uri)
        return NULL;
    const char *path = (const char *)uri;
    if (strncmp(path, "file://", 7) == 0)
        path += 7;
    char real[PATH_MAX];
    xmlDocPtr doc = NULL;
    if (!inside(st->datadir, path, real)) {
        ems_ctx__error(st->ctx, EMS_EINVALID, path, 0, "not in the data folder %s: refused",
                       st->datadir);
        st->failed = true;
        return NULL;
    }
    /* Only the data folder's own files get here: not inputs, so the
     * per-input limits do not apply. A module is parsed into the importing
     * stylesheet's dictionary: libxslt compares interned names (modes, for
     * one) by pointer. */
    if (ems_xml__read_own_file_in(&doc, st->ctx, real,
                                  type == XSLT_LOAD_STYLESHEET ? dict : NULL) != EMS_OK) {
        st->failed = true;
        return NULL;
    }
    /* libxslt finds loaded documents again by their URI. */
    xmlFree((xmlChar *)doc->URL);
    doc->URL = xmlStrdup(uri);
    if (!doc->URL) {
        xmlFreeDoc(doc);
        ems_ctx__error(st->ctx, EMS_ENOMEM, real, 0, "out of memory");
        st->failed = true;
        return NULL;
    }
    return doc;
}

/* ---- process-wide setup --------------------------------------------- */

static xsltSecurityPrefsPtr prefs;
static bool setup_ok;

/* Once per process: EXSLT strings (the only extension the stylesheets
 * use), the loader, the error handler, and the security preferences that
 * serve as the default (compile time: xsl:import) and per transform. */
static void setup(void)
{
    xsltInit();
    exsltStrRegister();
    xsltSetLoaderFunc(load_document);
    xsltSetGenericErrorFunc(NULL, on_message);
    prefs = xsltNewSecurityPrefs();
    if (!prefs)
        return;
    if (xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_FILE, check_read) != 0 ||
        xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid) != 0 ||
        xsltSetSecurityPrefs(prefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid) != 0 ||
        xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid) != 0 ||
        xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid) != 0)
        return;
    xsltSetDefaultSecurityPrefs(prefs);
    setup_ok = true;
}

/* ---- names ---------------------------------------------------------- */

static bool is_letter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* 1 to 64 characters of [A-Za-z0-9._-]. */
static bool name_chars(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        if (!is_letter(s[n]) && !is_digit(s[n]) && s[n] != '.' && s[n] != '_' && s[n] != '-')
            return false;
    return n >= 1 && n <= 64;
}

/* An identifier of our documents (doc/formats.md): agency, period, language. */
static bool valid_id(const char *s)
{
    return s && (is_letter(s[0]) || is_digit(s[0])) && name_chars(s);
}

/* A parameter name: an XML name without a prefix. */
static bool valid_param_name(const char *s)
{
    return s && (is_letter(s[0]) || s[0] == '_') && name_chars(s);
}

static char *join(const char *a, const char *b, const char *c)
{
    size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s%s%s", a, b, c);
    return s;
}

/* ---- the public API ------------------------------------------------- */

/* libxslt says "error" for its compile-time warnings too: the messages are
 * collected apart and passed on as errors only when the compile failed. */
static int compile(ems_report *r, ems_ctx *ctx, const char *datadir)
{
    xmlDocPtr doc = NULL;
    /* A user's stylesheet is an input like any other; ours is not. */
    int rc = r->builtin ? ems_xml__read_own_file(&doc, ctx, r->path)
                        : ems_xml__read_file(&doc, ctx, r->path);
    if (rc != EMS_OK)
        return rc;
    ems_ctx *notes = NULL;
    if (ems_ctx_new(&notes) != EMS_OK) {
        xmlFreeDoc(doc);
        return ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    }
    run st = {.ctx = notes, .datadir = datadir, .file = r->path};
    saved_handlers saved;
    begin(&st, &saved);
    r->style = xsltParseStylesheetDoc(doc);
    end(&st, &saved);
    ems_severity sev = r->style ? EMS_SEV_WARNING : EMS_SEV_ERROR;
    for (size_t i = 0; i < ems_ctx_ndiags(notes); i++) {
        const ems_diag *d = ems_ctx_diag(notes, i);
        ems_ctx__report(ctx, d->code, d->severity == EMS_SEV_ERROR ? sev : d->severity, d->file,
                        d->line, "%s", d->message);
    }
    ems_ctx_free(notes);
    if (r->style)
        return EMS_OK; /* the stylesheet owns its document now */
    xmlFreeDoc(doc);
    return ems_ctx__error(ctx, EMS_EINVALID, r->path, 0,
                          "this stylesheet cannot be used (see the errors above)");
}

static int report_new(ems_report **out, const ems_engine *engine, ems_ctx *ctx,
                      const report_format *fmt, const char *lang, const char *user_stylesheet);

static const char *const edition_names[] = {
    [EMS_REPORT_FULL] = "full",
    [EMS_REPORT_EXECUTIVE] = "executive",
};
#define NEDITIONS (sizeof(edition_names) / sizeof(edition_names[0]))

EMS_IDENT_FROM_NAME(ems_report_edition_from_name, ems_report_edition, edition_names)

int ems_report_new_with(ems_report **out, const ems_engine *engine, ems_ctx *ctx,
                        const char *format, const ems_report_options *opts)
{
    if (!out)
        return EMS_EARG;
    *out = NULL;
    ems_report_options defaults = EMS_REPORT_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    if (!engine || !format)
        return ems_ctx__error(ctx, EMS_EARG, "", 0, "ems_report_new: no engine or format");
    if (opts->version != EMS_REPORT_OPTIONS_VERSION || (unsigned)opts->edition >= NEDITIONS)
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "ems_report_new_with: options not from EMS_REPORT_OPTIONS_INIT");
    const report_format *fmt = NULL, *other = NULL;
    for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
        if (strcmp(formats[i].name, format) == 0) {
            if (formats[i].edition == opts->edition)
                fmt = &formats[i];
            other = &formats[i];
        }
    if (!other)
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "unknown report format '%.64s': use html, csv, json, register, "
                              "docx, odt, summary, summary-csv or climate",
                              format);
    if (!fmt)
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "the %s edition is made for the html format only, not for %s",
                              edition_names[opts->edition], format);
    /* A user's stylesheet replaces the built-in ones, so it has no editions
     * to choose from. */
    if (opts->user_stylesheet && opts->edition != EMS_REPORT_FULL)
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "a stylesheet of your own replaces the built-in ones: the %s "
                              "edition is one of them",
                              edition_names[opts->edition]);
    return report_new(out, engine, ctx, fmt, opts->lang, opts->user_stylesheet);
}

int ems_report_new(ems_report **out, const ems_engine *engine, ems_ctx *ctx, const char *format,
                   const char *lang, const char *user_stylesheet)
{
    ems_report_options opts = EMS_REPORT_OPTIONS_INIT;
    opts.lang = lang;
    opts.user_stylesheet = user_stylesheet;
    return ems_report_new_with(out, engine, ctx, format, &opts);
}

/* The form of a scorecard is made by ems_template_build(), which gives it
 * its parameters; it is no report format of its own. */
int ems_report__form_new(ems_report **out, const ems_engine *engine, ems_ctx *ctx,
                         const char *lang)
{
    static const report_format form = {"form", "form.xsl", EMS_DOC_SCORECARD, "html", false,
                                        EMS_REPORT_FULL};
    *out = NULL;
    int rc = report_new(out, engine, ctx, &form, lang, NULL);
    if (rc != EMS_OK)
        return rc;
    /* The script is a file of its own for JavaScript tools, inlined here
     * as a string parameter: the page stays one file, and the stylesheet
     * reads nothing beyond what the security preferences allow. */
    char *path = join(ems_engine_datadir(engine), "/xslt/form/form.js", "");
    char *script = NULL;
    rc = path ? ems_xml__read_own_text(&script, ctx, path)
              : ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    if (rc == EMS_OK)
        rc = ems_report_set_param(*out, ctx, "script", script);
    free(script);
    free(path);
    if (rc != EMS_OK) {
        ems_report_free(*out);
        *out = NULL;
    }
    return rc;
}

static int report_new(ems_report **out, const ems_engine *engine, ems_ctx *ctx,
                      const report_format *fmt, const char *lang, const char *user_stylesheet)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    if (!lang)
        lang = "en";
    const char *datadir = ems_engine_datadir(engine);
    char catalogue[PATH_MAX];
    if (!valid_id(lang) || snprintf(catalogue, sizeof(catalogue), "%s/xslt/i18n/%s.xml", datadir,
                                    lang) >= (int)sizeof(catalogue) ||
        access(catalogue, R_OK) != 0)
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "no message catalogue for language '%.64s' in %s/xslt/i18n "
                              "(the built-in ones: en fr es ar zh ru)",
                              lang, datadir);
    pthread_once(&once, setup);
    if (!setup_ok)
        return ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "cannot set up the XSLT library");

    ems_report *r = calloc(1, sizeof(*r));
    if (!r || !(r->lang = strdup(lang)) ||
        !(r->path = user_stylesheet ? strdup(user_stylesheet)
                                    : join(datadir, "/xslt/", fmt->stylesheet))) {
        ems_report_free(r);
        return ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    }
    r->engine = engine;
    r->fmt = fmt;
    r->builtin = !user_stylesheet;
    int rc = compile(r, ctx, datadir);
    if (rc != EMS_OK) {
        ems_report_free(r);
        return rc;
    }
    *out = r;
    return EMS_OK;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The top-level xsl:param names of the stylesheet and its imports but
 * "lang", in a sorted list for a message ("a, b, c"): libxslt's own order
 * changed between releases. Whether name is one. */
static bool known_param(const ems_report *r, const char *name, char *list, size_t cap)
{
    const char *names[64];
    size_t n = 0;
    bool found = false;
    for (xsltStylesheetPtr st = r->style; st; st = xsltNextImport(st))
        for (xsltStackElemPtr v = st->variables; v; v = v->next) {
            if (!v->comp || v->comp->type != XSLT_FUNC_PARAM || v->nameURI ||
                xmlStrEqual(v->name, (const xmlChar *)"lang"))
                continue;
            found |= xmlStrEqual(v->name, (const xmlChar *)name);
            if (n < sizeof(names) / sizeof(names[0]))
                names[n++] = (const char *)v->name;
        }
    ems_array__sort(names, n, sizeof(names[0]), by_name);
    size_t used = 0;
    list[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && strcmp(names[i], names[i - 1]) == 0)
            continue;
        int w = snprintf(list + used, cap - used, "%s%s", used ? ", " : "", names[i]);
        if (w > 0 && (size_t)w < cap - used)
            used += (size_t)w;
    }
    return found;
}

int ems_report_set_param(ems_report *r, ems_ctx *ctx, const char *name, const char *value)
{
    if (!r || !name || !value)
        return ems_ctx__error(ctx, EMS_EARG, "", 0, "ems_report_set_param: missing argument");
    if (!valid_param_name(name))
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "'%.80s' is not a parameter name (a letter or '_', then letters, "
                              "digits, '.', '_' or '-')",
                              name);
    if (strcmp(name, "lang") == 0)
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "the parameter 'lang' is the report's language: choose it when "
                              "creating the report");
    if (xmlCheckUTF8((const unsigned char *)value) == 0)
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "the value of parameter '%s' is not valid UTF-8", name);
    char known[1024];
    if (!known_param(r, name, known, sizeof(known)))
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "unknown parameter '%s': the stylesheet %s takes %s", name, r->path,
                              known[0] ? known : "none");
    size_t i = 0;
    while (i < r->nparams && strcmp(r->names[i], name) != 0)
        i++;
    if (i == MAX_PARAMS)
        return ems_ctx__error(ctx, EMS_EARG, "", 0, "more than %d parameters", MAX_PARAMS);
    char *v = strdup(value);
    char *n = i < r->nparams ? r->names[i] : strdup(name);
    if (!v || !n) {
        free(v);
        if (i == r->nparams)
            free(n);
        return ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    }
    if (i == r->nparams) {
        r->names[i] = n;
        r->nparams++;
    }
    free(r->values[i]);
    r->values[i] = v;
    return EMS_OK;
}

const char *ems_report__ext(const ems_report *r)
{
    return r->fmt->ext;
}

void ems_report_free(ems_report *r)
{
    if (!r)
        return;
    xsltFreeStylesheet(r->style);
    for (size_t i = 0; i < r->nparams; i++) {
        free(r->names[i]);
        free(r->values[i]);
    }
    free(r->path);
    free(r->lang);
    free(r);
}

/* The file name a report of this document gets inside a folder:
 * AGENCY-PERIOD.EXT for results, summary.EXT for a summary (climate.csv
 * for its climate figures); built only from identifiers checked here,
 * whatever the schema said. */
static void stem_of(char stem[160], const report_format *fmt, xmlDocPtr doc)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    stem[0] = '\0';
    if (ems_doc__type(root) == EMS_DOC_SUMMARY) {
        snprintf(stem, 160, "%s", strcmp(fmt->name, "climate") == 0 ? "climate" : "summary");
        return;
    }
    xmlChar *agency = xmlGetNoNsProp(root, (const xmlChar *)"agency");
    xmlChar *period = xmlGetNoNsProp(root, (const xmlChar *)"period");
    if (valid_id((const char *)agency) && valid_id((const char *)period))
        snprintf(stem, 160, "%s-%s", (const char *)agency, (const char *)period);
    xmlFree(agency);
    xmlFree(period);
}

/* Elements, attributes and text nodes of doc. */
static unsigned long count_nodes(xmlDocPtr doc)
{
    unsigned long n = 0;
    xmlNodePtr root = xmlDocGetRootElement(doc), cur = root;
    while (cur) {
        n++;
        if (cur->type == XML_ELEMENT_NODE)
            for (xmlAttrPtr a = cur->properties; a; a = a->next)
                n++;
        if (cur->children && cur->type == XML_ELEMENT_NODE) {
            cur = cur->children;
            continue;
        }
        while (cur && cur != root && !cur->next)
            cur = cur->parent;
        cur = cur && cur != root ? cur->next : NULL;
    }
    return n;
}

/* ---- the report's language ------------------------------------------ */

/* Results and summaries carry each scorecard text in every language it is
 * given in: the element repeated, with its xml:lang (doc/formats.md). The
 * report's language is chosen here, so that a stylesheet sees one text of
 * each, as if the scorecard had one language. Texts are the elements below,
 * the same text being a run of siblings of one name and one id (levels,
 * grades, a summary's areas and leaves) or none (titles...). */
static bool translatable(xmlNodePtr n)
{
    static const char *const names[] = {"title", "description", "guidance", "profile-title",
                                        "level", "grade",       "area",     "leaf"};
    /* Called for every element: the namespace is compared once. */
    if (!ems_dom__is(n, (const char *)n->name))
        return false;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (xmlStrEqual(n->name, (const xmlChar *)names[i]))
            return true;
    return false;
}

/* b continues a's run: another language of the same text, so tagged with
 * its xml:lang (only the English text may go without). Siblings of one
 * name that are not texts (a weighted sum's areas) carry none. */
static bool same_text(xmlNodePtr a, xmlNodePtr b)
{
    if (!b || !xmlStrEqual(a->name, b->name) ||
        !xmlHasNsProp(b, (const xmlChar *)"lang", XML_XML_NAMESPACE))
        return false;
    xmlChar *ia = xmlGetNoNsProp(a, (const xmlChar *)"id");
    xmlChar *ib = xmlGetNoNsProp(b, (const xmlChar *)"id");
    bool same = ia == ib || (ia && ib && xmlStrEqual(ia, ib));
    xmlFree(ia);
    xmlFree(ib);
    return same;
}

/* How well n suits language want: 2 it is in want, 1 it is English (the
 * stand-in), 0 neither. */
static int fit(xmlNodePtr n, int want)
{
    xmlChar *tag = xmlGetNsProp(n, (const xmlChar *)"lang", XML_XML_NAMESPACE);
    int k = ems_lang__index((const char *)tag);
    xmlFree(tag);
    return k == want ? 2 : k == EMS_LANG_EN;
}

/* Keep the best text of each run among parent's children; drop the others
 * (with the indentation before them) when apply, else only count them. */
static size_t choose_children(xmlNodePtr parent, int want, bool apply)
{
    size_t dropped = 0;
    xmlNodePtr c = ems_dom__first(parent);
    while (c) {
        xmlNodePtr end = ems_dom__next(c), best = c;
        if (translatable(c)) {
            int best_fit = fit(c, want);
            for (; same_text(c, end); end = ems_dom__next(end)) {
                int f = fit(end, want);
                if (f > best_fit)
                    best = end, best_fit = f;
            }
        }
        while (c != end) {
            xmlNodePtr next = ems_dom__next(c);
            if (c != best) {
                dropped++;
                if (apply) {
                    if (c->prev && xmlIsBlankNode(c->prev)) {
                        xmlNodePtr blank = c->prev;
                        xmlUnlinkNode(blank);
                        xmlFreeNode(blank);
                    }
                    xmlUnlinkNode(c);
                    xmlFreeNode(c);
                }
            }
            c = next;
        }
    }
    return dropped;
}

/* Every element of doc, its children chosen, in document order. */
static size_t choose(xmlDocPtr doc, int want, bool apply)
{
    size_t dropped = 0;
    xmlNodePtr root = xmlDocGetRootElement(doc), cur = root;
    while (cur) {
        dropped += choose_children(cur, want, apply);
        xmlNodePtr down = ems_dom__first(cur);
        if (down) {
            cur = down;
            continue;
        }
        while (cur && cur != root && !ems_dom__next(cur))
            cur = cur->parent;
        cur = cur && cur != root ? ems_dom__next(cur) : NULL;
    }
    return dropped;
}

/* doc with the texts of language lang (English where lang has none): doc
 * itself, changed in place when it is ours to change (owned) or when it
 * has one text of each, else *copy; NULL when out of memory. Choosing in
 * place spares a copy of the whole tree, a tenth of a render. */
static xmlDocPtr in_language(xmlDocPtr doc, const char *lang, bool owned, xmlDocPtr *copy)
{
    int want = ems_lang__index(lang);
    *copy = NULL;
    if (choose(doc, want, owned) == 0 || owned)
        return doc;
    *copy = xmlCopyDoc(doc, 1);
    if (*copy)
        choose(*copy, want, true);
    return *copy;
}

/* A growing buffer that libxml2's serialiser writes into, 4 KB at a time:
 * the report is held once, not also in libxml2's buffer and its copy. */
typedef struct held {
    char *data;
    size_t len, cap;
    bool failed;
} held;

static int sink_write(void *user, const char *piece, int n)
{
    held *k = user;
    if (n < 0 || k->failed)
        return -1;
    if ((size_t)n >= k->cap - k->len) {
        size_t cap = k->cap ? k->cap : 65536;
        while ((size_t)n >= cap - k->len)
            cap = cap > SIZE_MAX / 2 ? SIZE_MAX : cap * 2;
        char *grown = realloc(k->data, cap);
        if (!grown) {
            k->failed = true;
            return -1;
        }
        k->data = grown;
        k->cap = cap;
    }
    memcpy(k->data + k->len, piece, (size_t)n);
    k->len += (size_t)n;
    return n;
}

/* res as the stylesheet's xsl:output says, through write, with the encoder
 * xsltSaveResultToString would choose. False when it could not be done:
 * xsltSaveResultTo and a failed flush are not reliable about a buffer that
 * could not grow, so a failed allocation also counts. */
static bool serialise(const ems_report *r, xmlDocPtr res, xmlOutputWriteCallback write,
                      void *user)
{
    const xmlChar *encoding = NULL;
    XSLT_GET_IMPORT_PTR(encoding, r->style, encoding)
    /* UTF-8 needs no encoder; the handler's name is deprecated from 2.13 on,
     * the parsed encoding is not. */
    xmlCharEncodingHandlerPtr encoder =
        encoding && xmlParseCharEncoding((const char *)encoding) != XML_CHAR_ENCODING_UTF8
            ? xmlFindCharEncodingHandler((const char *)encoding)
            : NULL;
    xmlOutputBufferPtr buf = xmlOutputBufferCreateIO(write, NULL, user, encoder);
    bool ok = buf && xsltSaveResultTo(buf, res, r->style) >= 0;
    if (buf && xmlOutputBufferClose(buf) < 0)
        ok = false;
    return ok && !ems_xml__alloc_failed();
}

/* res into *out (ours, NUL-terminated). */
static int serialise_to_memory(const ems_report *r, ems_ctx *ctx, const char *name,
                               xmlDocPtr res, char **out, size_t *len)
{
    held k = {0};
    bool ok = serialise(r, res, sink_write, &k);
    /* Room for the terminating NUL: writing one byte makes sure of it. */
    if (!ok || k.failed || sink_write(&k, "", 1) != 1) {
        free(k.data);
        return ems_ctx__error(ctx, EMS_ENOMEM, name, 0, "out of memory");
    }
    *out = k.data;
    if (len)
        *len = k.len - 1;
    return EMS_OK;
}

/* Where a report goes: into memory (out, len), or into the file path
 * (relative to dirfd; shown in diagnostics; named as ems_output__produce). */
typedef struct target {
    char **out;
    size_t *len;
    int dirfd;
    const char *path, *shown;
    bool named;
} target;

typedef struct streamed {
    const ems_report *r;
    xmlDocPtr res;
    const char *name;
    ems_output_sink *sink;
} streamed;

static int stream_write(void *user, const char *piece, int n)
{
    streamed *s = user;
    return n >= 0 && ems_output__put(s->sink, piece, (size_t)n) ? n : -1;
}

/* The serialised report straight into the output file, never held whole. */
static int stream_report(void *user, ems_ctx *ctx, ems_output_sink *sink)
{
    streamed *s = user;
    s->sink = sink;
    /* A write that failed is reported when the file is closed. */
    if (!serialise(s->r, s->res, stream_write, s) && ems_xml__alloc_failed())
        return ems_ctx__error(ctx, EMS_ENOMEM, s->name, 0, "out of memory");
    return EMS_OK;
}

/* res (the transform of name) to its target: the ZIP package of DOCX and
 * ODT is made in memory, every other report is serialised as it is
 * written. */
static int deliver(const ems_report *r, ems_ctx *ctx, const char *name, xmlDocPtr res,
                   const target *to)
{
    char *bytes = NULL;
    size_t n = 0;
    int rc = EMS_OK;
    if (r->fmt->package) {
        rc = ems_package__zip(ctx, name, res, &bytes, &n);
        if (rc == EMS_OK && ems_xml__alloc_failed()) { /* a part may lack a piece */
            free(bytes);
            bytes = NULL;
            rc = ems_ctx__error(ctx, EMS_ENOMEM, name, 0, "out of memory while packing");
        }
    } else if (!to->path) {
        return serialise_to_memory(r, ctx, name, res, to->out, to->len);
    } else {
        return ems_output__produce(ctx, to->dirfd, to->path, to->shown, to->named, stream_report,
                                   &(streamed){.r = r, .res = res, .name = name});
    }
    if (rc == EMS_OK && to->path) {
        rc = to->named ? ems_output__write(ctx, to->path, bytes, n)
                       : ems_output__write_at(ctx, to->dirfd, to->path, to->shown, bytes, n);
    } else if (rc == EMS_OK) {
        *to->out = bytes;
        bytes = NULL;
        if (to->len)
            *to->len = n;
    }
    free(bytes);
    return rc;
}

/* The report of doc to its target; owned: doc may be changed (the caller
 * frees it after). */
static int render_tree(const ems_report *r, ems_ctx *ctx, const char *name, xmlDocPtr doc,
                       bool owned, const target *to)
{
    xmlDocPtr copy = NULL;
    xmlDocPtr res = NULL;
    xsltTransformContextPtr t = NULL;
    int rc = EMS_OK;
    run st = {.ctx = ctx, .datadir = ems_engine_datadir(r->engine), .file = r->path};
    saved_handlers saved;
    begin(&st, &saved);
    ems_xml__alloc_watch();
    doc = in_language(doc, r->lang, owned, &copy);
    t = doc ? xsltNewTransformContext(r->style, doc) : NULL;
    if (!t) {
        rc = ems_ctx__error(ctx, EMS_ENOMEM, name, 0, "out of memory");
        goto done;
    }
    st.t = t;
    xsltSetTransformErrorFunc(t, &st, on_message);
    xsltSetCtxtSecurityPrefs(prefs, t);
    xsltSetCtxtParseOptions(t, XML_PARSE_NONET);
    unsigned long nodes = count_nodes(doc);
    unsigned long budget = nodes > ULONG_MAX / OPERATIONS_PER_NODE ? ULONG_MAX
                                                                   : nodes * OPERATIONS_PER_NODE;
    t->maxTemplateDepth = MAX_TEMPLATE_DEPTH;
    t->opLimit = budget > MIN_OPERATIONS ? budget : MIN_OPERATIONS;
    t->xpathCtxt->opLimit = t->opLimit;
    /* Values are passed as XPath strings by libxslt: nothing is parsed. */
    if (xsltQuoteOneUserParam(t, (const xmlChar *)"lang", (const xmlChar *)r->lang) != 0) {
        rc = ems_ctx__error(ctx, EMS_ENOMEM, name, 0, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < r->nparams; i++) {
        if (xsltQuoteOneUserParam(t, (const xmlChar *)r->names[i],
                                  (const xmlChar *)r->values[i]) != 0) {
            rc = ems_ctx__error(ctx, EMS_ENOMEM, name, 0, "out of memory");
            goto done;
        }
    }
    res = xsltApplyStylesheetUser(r->style, doc, NULL, NULL, NULL, t);
    if (st.len > 0)
        emit(&st, false);
    if (ems_xml__alloc_failed()) { /* the result may lack a piece, silently */
        rc = ems_ctx__error(ctx, EMS_ENOMEM, name, 0, "out of memory while rendering");
        goto done;
    }
    if (!res || st.failed || t->state != XSLT_STATE_OK) {
        rc = ems_ctx__error(ctx, EMS_EINVALID, name, 0,
                            "no report made: the stylesheet %s failed on this input", r->path);
        goto done;
    }
    rc = deliver(r, ctx, name, res, to);
done:
    end(&st, &saved);
    xmlFreeDoc(res);
    xsltFreeTransformContext(t);
    xmlFreeDoc(copy);
    return rc;
}

int ems_report__render_doc(const ems_report *r, ems_ctx *ctx, const char *name, xmlDocPtr doc,
                           char **out, size_t *len)
{
    *out = NULL;
    if (len)
        *len = 0;
    return render_tree(r, ctx, name, doc, false, &(target){.out = out, .len = len});
}

int ems_report__write_doc(const ems_report *r, ems_ctx *ctx, const char *name, xmlDocPtr doc,
                          int dirfd, const char *path, const char *shown)
{
    return render_tree(r, ctx, name, doc, false,
                       &(target){.dirfd = dirfd, .path = path, .shown = shown});
}

/* The input document of a report, read from name (or data, size). */
static int load_input(xmlDocPtr *doc, const ems_report *r, ems_ctx *ctx, const char *name,
                      const void *data, size_t size)
{
    /* A user stylesheet may be written for any emscore document. */
    ems_doctype want = r->builtin ? r->fmt->input : EMS_DOC_UNKNOWN;
    return ems_doc__load(doc, r->engine, ctx, name, data, size, want);
}

static int render(const ems_report *r, ems_ctx *ctx, const char *name, const void *data,
                  size_t size, char **out, size_t *len)
{
    xmlDocPtr doc = NULL;
    *out = NULL;
    if (len)
        *len = 0;
    int rc = load_input(&doc, r, ctx, name, data, size);
    if (rc == EMS_OK)
        rc = render_tree(r, ctx, name, doc, true, &(target){.out = out, .len = len});
    xmlFreeDoc(doc);
    return rc;
}

int ems_report_render(char **out, size_t *len, const ems_report *r, ems_ctx *ctx,
                      const char *input_path)
{
    if (!out)
        return EMS_EARG;
    *out = NULL;
    if (!r || !input_path)
        return ems_ctx__error(ctx, EMS_EARG, "", 0, "ems_report_render: missing argument");
    return render(r, ctx, input_path, NULL, 0, out, len);
}

int ems_report_render_memory(char **out, size_t *len, const ems_report *r, ems_ctx *ctx,
                             const char *name, const void *data, size_t size)
{
    if (!out)
        return EMS_EARG;
    *out = NULL;
    if (!r || !data)
        return ems_ctx__error(ctx, EMS_EARG, "", 0, "ems_report_render_memory: missing argument");
    return render(r, ctx, name ? name : "(memory)", data, size, out, len);
}

static int write_report(const ems_report *r, ems_ctx *ctx, const char *name, const void *data,
                        size_t size, const char *output)
{
    char *path = NULL;
    char stem[160];
    xmlDocPtr doc = NULL;
    if (!r || !name || !output)
        return ems_ctx__error(ctx, EMS_EARG, "", 0, "ems_report_write: missing argument");
    int rc = load_input(&doc, r, ctx, name, data, size);
    if (rc != EMS_OK)
        return rc;
    stem_of(stem, r->fmt, doc);
    struct stat sb;
    if (stat(output, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        if (!stem[0]) {
            xmlFreeDoc(doc);
            return ems_ctx__error(ctx, EMS_EINVALID, name, 0,
                                  "agency or period is not an identifier: no file name for it");
        }
        size_t n = strlen(output);
        while (n > 1 && output[n - 1] == '/')
            n--;
        size_t cap = n + strlen(stem) + strlen(r->fmt->ext) + 3;
        path = malloc(cap);
        if (path)
            snprintf(path, cap, "%.*s/%s.%s", (int)n, output, stem, r->fmt->ext);
    } else {
        path = strdup(output);
    }
    if (!path)
        rc = ems_ctx__error(ctx, EMS_ENOMEM, output, 0, "out of memory");
    else
        rc = render_tree(r, ctx, name, doc, true,
                         &(target){.dirfd = AT_FDCWD, .path = path, .shown = path, .named = true});
    free(path);
    xmlFreeDoc(doc);
    return rc;
}

int ems_report_write(const ems_report *r, ems_ctx *ctx, const char *input_path,
                     const char *output)
{
    return write_report(r, ctx, input_path, NULL, 0, output);
}

int ems_report_write_memory(const ems_report *r, ems_ctx *ctx, const char *name,
                            const void *data, size_t size, const char *output)
{
    if (!data)
        return ems_ctx__error(ctx, EMS_EARG, "", 0, "ems_report_write_memory: no data");
    return write_report(r, ctx, name ? name : "(memory)", data, size, output);
}
