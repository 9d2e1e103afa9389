/* Declarations shared by the library's files; not exported. */
#ifndef EMSCORE_INTERNAL_H
#define EMSCORE_INTERNAL_H

#include <libxml/tree.h>
#include <stdarg.h>
#include <stdbool.h>

#include "emscore.h"
#include "model.h"

#if defined(__GNUC__)
#define EMS_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define EMS_PRINTF(f, a)
#endif

/* ctx.c */
/* Record a diagnostic; returns code so callers can `return ems_ctx__error(...)`.
 * When the diagnostic cannot be stored (out of memory), the context
 * remembers that it dropped one. */
int ems_ctx__report(ems_ctx *ctx, int code, ems_severity sev, const char *file, long line,
                    const char *fmt, ...) EMS_PRINTF(6, 7);
int ems_ctx__vreport(ems_ctx *ctx, int code, ems_severity sev, const char *file, long line,
                     const char *fmt, va_list ap);
/* Copy every diagnostic of from (may be NULL) to the end of to. */
void ems_ctx__append(ems_ctx *to, const ems_ctx *from);
#define ems_ctx__error(ctx, code, file, line, ...) \
    ems_ctx__report((ctx), (code), EMS_SEV_ERROR, (file), (line), __VA_ARGS__)

/* The loaders of scorecards, assessments and inventories report every
 * problem and return the first failure that is not EMS_EINVALID (out of
 * memory, a limit) or else EMS_EINVALID: their builder keeps it in rc. */
static inline void ems_load__fail(int *rc, int code)
{
    if (*rc == EMS_OK || *rc == EMS_EINVALID)
        *rc = code;
}
/* An invalid document: the error at line of the file a builder b (with
 * fields ctx, file and rc) reads. */
#define EMS_LOAD_ERR(b, line, ...)                  \
    (ems_load__fail(&(b)->rc, EMS_EINVALID),        \
     ems_ctx__error((b)->ctx, EMS_EINVALID, (b)->file, (line), __VA_ARGS__))

/* engine.c */
struct ems_engine {
    char *datadir;     /* realpath of the data folder */
    void *schema;      /* xmlSchemaPtr */
};

/* xmlio.c: the only caller of the libxml2 parser. */
/* Read a document (plain or gzip) from a file or memory within ctx's
 * limits and parse it safely. On success *out owns the document (free with
 * xmlFreeDoc). */
int ems_xml__read_file(xmlDocPtr *out, ems_ctx *ctx, const char *path);
/* The bytes of a file (gunzipped when gzip) within ctx's limits, not
 * parsed: for inputs that are not XML (CSV). *out is freed with free(). */
int ems_xml__read_inflated(unsigned char **out, size_t *len, ems_ctx *ctx, const char *path);
/* A file of the project's own (schema, built-in stylesheet), read with
 * the default limits whatever the caller set on ctx for its inputs. */
int ems_xml__read_own_file(xmlDocPtr *out, ems_ctx *ctx, const char *path);
/* The same, its names in dict (referenced, not taken): for a module that
 * must share the importing stylesheet's dictionary. */
int ems_xml__read_own_file_in(xmlDocPtr *out, ems_ctx *ctx, const char *path, xmlDictPtr dict);
int ems_xml__read_memory(xmlDocPtr *out, ems_ctx *ctx, const char *name, const void *data,
                         size_t len);
/* A UTF-8 text file of the project's own (the form's script), read whole
 * with the default limits and NUL-terminated; *out is freed with free(). */
int ems_xml__read_own_text(char **out, ems_ctx *ctx, const char *path);
/* Bytes emscore itself has just written (results, a summary): parsed as
 * safely as any input, but not held to the caller's per-input limits,
 * which guard against hostile files, not against our own output. */
int ems_xml__read_own_memory(xmlDocPtr *out, ems_ctx *ctx, const char *name, const void *data,
                             size_t len);
/* Watch libxml2's and libxslt's allocations on this thread from now on;
 * then: did any fail? (They often carry on with a piece missing.) */
void ems_xml__alloc_watch(void);
bool ems_xml__alloc_failed(void);
/* One-time process setup for untrusted input: entity loader allowing only
 * files under datadir, no catalogs, no network or compressed input
 * handlers. Idempotent. */
int ems_xml__global_init(const char *datadir);

/* The root element of a document and the attributes batch groups by,
 * read without parsing the rest (values not validated, cut to fit). */
typedef struct ems_xml_root {
    bool found, ours; /* ours: in the emscore namespace */
    char name[32];
    char kind[16], agency[72], period[72], profile[72];
    char baseline[72]; /* an inventory's baseline period, "" when none */
    long line;
    size_t size;   /* of the file's bytes, */
    uint64_t hash; /* and their ems_hash__bytes */
} ems_xml_root;
int ems_xml__sniff_file(ems_xml_root *out, ems_ctx *ctx, const char *path);
/* The bytes of name (relative to dirfd; path in diagnostics), within ctx's
 * input limit: a regular file only, opened without blocking (a FIFO is
 * refused, never waited on) and, with nofollow, not through a symbolic
 * link. *out is the caller's, freed with free(). */
int ems_xml__read_bytes(unsigned char **out, size_t *len, ems_ctx *ctx, int dirfd,
                        const char *name, const char *path, bool nofollow);
/* A file emscore wrote itself into the folder dirfd (results for
 * --resume): read as ems_xml__read_bytes with nofollow, parsed as
 * ems_xml__read_own_memory; shown names it in diagnostics. */
int ems_xml__read_own_at(xmlDocPtr *out, ems_ctx *ctx, int dirfd, const char *name,
                         const char *shown);

/* xsd.c */
int ems_xsd__compile(void **out, ems_ctx *ctx, const char *path);
void ems_xsd__free(void *schema);
/* Validate doc; every problem goes to ctx, rewritten in the document's own
 * terms. */
int ems_xsd__validate(const void *schema, ems_ctx *ctx, xmlDocPtr doc, const char *file);

/* doc.c: helpers for reading validated documents into the model. */
ems_doctype ems_doc__type(xmlNodePtr root);
const char *ems_doc__type_name(ems_doctype t);
/* Check the root names the expected type; report otherwise. */
int ems_doc__expect(ems_ctx *ctx, xmlDocPtr doc, const char *file, ems_doctype want);
/* Load: read, parse, check root type, validate against the schema. */
int ems_doc__load(xmlDocPtr *out, const ems_engine *engine, ems_ctx *ctx, const char *file,
                  const void *data, size_t len, ems_doctype want);

/* scorecard.c / assessment.c: model from a schema-valid document, with the
 * semantic rules. */
int ems_scorecard__from_doc(ems_scorecard **out, ems_ctx *ctx, xmlDocPtr doc, const char *file);

/* What id names in sc, for the rules that take a top-level area (a scope's
 * core, a review's conclusions): EMS_TOP_AREA with its index in *item, or
 * why it is not one (*item then the item it names, when there is one). */
typedef enum { EMS_TOP_AREA, EMS_TOP_UNKNOWN, EMS_TOP_NOT_AREA, EMS_TOP_NESTED } ems_top_area;
ems_top_area ems_scorecard__top_area(const ems_scorecard *sc, const char *id, size_t *item);
/* "area", "milestone" or "indicator". */
const char *ems_scorecard__kind_name(ems_item_kind k);
int ems_assessment__from_doc(ems_assessment **out, ems_ctx *ctx, xmlDocPtr doc,
                             const char *file, const ems_scorecard *sc);
int ems_inventory__from_doc(ems_inventory **out, ems_ctx *ctx, xmlDocPtr doc, const char *file);
/* Cross-check an assessment against a scorecard, resolving its references. */
int ems_assessment__check(ems_assessment *as, ems_ctx *ctx, const ems_scorecard *sc);
/* The values `emscore template --kind peer` writes for the mission and the
 * reviewer, which validate but must be replaced before scoring. */
#define EMS_PLACEHOLDER_DATE "0001-01-01"
#define EMS_PLACEHOLDER_REVIEWER "reviewer1"
#define EMS_PLACEHOLDER_AGENCY "REVIEWING-AGENCY"
/* Report each placeholder left in as, with severity sev (an error when
 * scoring, a warning when validating); returns how many there are. */
size_t ems_assessment__placeholders(const ems_assessment *as, ems_ctx *ctx, ems_severity sev);
/* The names results and reports use for a reviewer's role and a review's
 * status. Static. */
const char *ems_assessment__role_name(ems_role r);
const char *ems_assessment__status_name(ems_review_status s);
const char *ems_assessment__finding_name(ems_finding_type t);

/* report.c: render an already loaded document of the report's input type
 * (the caller keeps doc); as ems_report_render() otherwise. */
int ems_report__render_doc(const ems_report *r, ems_ctx *ctx, const char *name, xmlDocPtr doc,
                           char **out, size_t *len);
/* The same into the file path (relative to dirfd, shown in diagnostics)
 * in a folder emscore owns, as ems_output__write_at(); the HTML, CSV and
 * JSON are written as they are serialised, never held whole. */
int ems_report__write_doc(const ems_report *r, ems_ctx *ctx, const char *name, xmlDocPtr doc,
                          int dirfd, const char *path, const char *shown);
/* The file extension of the report's format: "html", "docx", ... */
const char *ems_report__ext(const ems_report *r);

/* package.c: the ZIP container (DOCX, ODT) of a result tree
 * <package xmlns="urn:emscore:package"> of <part name=".." [method="stored"]>
 * elements, entries in document order with a fixed time stamp. *out is
 * NUL-terminated, *len bytes, freed with free(); name is for diagnostics.
 * EMS_EINVALID for a tree that is not such a package. */
int ems_package__zip(ems_ctx *ctx, const char *name, xmlDocPtr tree, char **out, size_t *len);

/* summary.c: the summary built up one results document at a time. Adding
 * is thread-safe; the document is the same whatever the order of adds. */
typedef struct ems_summary_builder ems_summary_builder;
int ems_summary__new(ems_summary_builder **out);
/* Reduce a valid results document (the caller keeps doc); file names it in
 * diagnostics. */
int ems_summary__add_doc(ems_summary_builder *s, ems_ctx *ctx, xmlDocPtr doc, const char *file);
/* Read, validate and add a results file. */
int ems_summary__add_file(ems_summary_builder *s, const ems_engine *engine, ems_ctx *ctx,
                          const char *path);
/* A group that could not be scored, listed with its reason (agency and
 * period as found, even when not identifiers). */
int ems_summary__add_failed(ems_summary_builder *s, const char *agency, const char *period,
                            const char *reason);
/* The inventory figures of a group without assessments (climate.h), for
 * the summary's <climate>; thread-safe like the other adds. */
struct ems_climate_figures;
int ems_summary__add_inventory(ems_summary_builder *s, const struct ems_climate_figures *f);
/* Rank only the results of period (copied), not each agency's latest
 * (NULL, the default): doc/formats.md, "Summary". EMS_OK or EMS_ENOMEM. */
int ems_summary__set_period(ems_summary_builder *s, const char *period);
/* How many results were added. */
size_t ems_summary__count(const ems_summary_builder *s);
/* The summary document of everything added: *out as ems_summary_build(). */
int ems_summary__finish(ems_summary_builder *s, ems_ctx *ctx, char **out, size_t *len);
/* The same without each entry's list of unmet leaves, which no summary
 * stylesheet reads: a quarter of the size, for rendering. Not a valid
 * summary document for anyone else. */
int ems_summary__figures(ems_summary_builder *s, ems_ctx *ctx, char **out, size_t *len);
void ems_summary__free(ems_summary_builder *s);

/* gather.c: a batch folder as a whole. A shard run leaves its list of
 * groups in the folder, DIR/.emscore-shard-K-of-N.xml (doc/formats.md,
 * "Shard lists"): every group of the run with the shard it belongs to, and
 * the state of the shard's own groups. */
typedef struct ems_shard_group {
    const char *agency, *period;
    unsigned shard;     /* the shard it belongs to, from 1 */
    const char *state;  /* this shard's own: "pending", "done" or "failed"; others NULL */
    const char *reason; /* "failed": its first error, as FILE:LINE: MESSAGE */
    bool inventory_only; /* an inventory without assessments */
    const struct ems_climate_figures *inventory; /* its figures, once "done" */
} ems_shard_group;
typedef struct ems_shard_list {
    unsigned shard, nshards;
    const char *scorecard, *version, *model, *profile, *lang; /* profile, lang may be NULL */
    const ems_shard_group *groups;
    size_t ngroups;
} ems_shard_list;
/* The folder's stamp (.emscore-batch) for a run with list's options. */
void ems_gather__stamp(char *out, size_t cap, const ems_shard_list *list);
int ems_gather__write_list(ems_ctx *ctx, int outfd, const char *output_dir,
                           const ems_shard_list *list);
/* Write summary.xml, then summary.html, summary.csv and climate.csv in lang, into the
 * folder open as outfd; frees *s (and sets it NULL) as soon as the XML is
 * made, to keep the memory of the last step down. */
int ems_gather__write_summary(ems_summary_builder **s, const ems_engine *engine, ems_ctx *ctx,
                              int outfd, const char *output_dir, const char *lang);

/* history.c: the earlier periods added to a history, in the order added. */
struct ems_figures;
size_t ems_history__count(const ems_history *h);
const struct ems_figures *ems_history__period(const ems_history *h, size_t i);
/* Add results emscore has just written, already parsed (not validated
 * again); file names them. */
int ems_history__add_doc(ems_history *h, ems_ctx *ctx, xmlDocPtr doc, const char *file);

/* output.c: write len bytes to path whole or not at all (an unnamed file in
 * the same folder linked into place, or a hidden temporary renamed over
 * path where the file system has no O_TMPFILE; a replaced file keeps its
 * permission bits); gzip-compressed when path ends in ".gz". A device or
 * FIFO (or a symbolic link to one) is written through instead; a folder
 * or socket is refused. On failure an existing regular file is untouched
 * and the return is EMS_EIO (or EMS_ENOMEM) with a diagnostic naming path
 * (or its folder), never a temporary. ems_output__write also removes the
 * hidden temporaries of path that killed processes left. */
int ems_output__write(ems_ctx *ctx, const char *path, const void *data, size_t len);
/* The same, relative to the folder open as dirfd (AT_FDCWD: the current
 * one); shown is the name used in diagnostics. */
int ems_output__write_at(ems_ctx *ctx, int dirfd, const char *path, const char *shown,
                         const void *data, size_t len);
/* The same, the bytes written by produce as they are made rather than held
 * whole in memory: produce writes them with ems_output__put() and returns
 * EMS_OK, or an error it has reported on ctx (nothing is then placed). It
 * may be called twice (a second temporary where the first could not be
 * linked) and must write the same bytes each time. named: a name the user
 * gave (as ems_output__write), else a name in a folder emscore owns (as
 * ems_output__write_at). */
typedef struct ems_output_sink ems_output_sink;
typedef int (*ems_output_producer)(void *user, ems_ctx *ctx, ems_output_sink *sink);
int ems_output__produce(ems_ctx *ctx, int dirfd, const char *path, const char *shown, bool named,
                        ems_output_producer produce, void *user);
/* Write len bytes; false once any write has failed (the error is reported
 * when the file is closed). */
bool ems_output__put(ems_output_sink *sink, const void *data, size_t len);
/* Remove from the folder dir (relative to dirfd) the hidden temporaries
 * ".NAME.tmp-PID-N" of processes that no longer run; of NAME base only,
 * unless base is NULL. */
void ems_output__sweep(int dirfd, const char *dir, const char *base);
/* batch.c, tests only: called once the files are grouped, before any is
 * read again to be scored. */
extern void (*ems_batch__grouped_hook)(void);
/* Tests only: behave as on a file system without O_TMPFILE. */
extern bool ems_output__no_tmpfile;

/* import.c: the header line of the inventory CSV, CRLF-terminated. */
const char *ems_import__csv_header(void);
/* ems_inventory_import_csv() on bytes, writing nothing: every row
 * checked, every document made and validated. */
int ems_import__check_csv(size_t *ndocs, const ems_engine *engine, ems_ctx *ctx,
                          const char *name, const void *data, size_t len);
/* The blank inventory of ems_template_build(), EMS_TEMPLATE_INVENTORY: the
 * document, or with csv_header the CSV's header line. agency and period
 * are checked identifiers. */
int ems_import__template(char **out, size_t *len, ems_ctx *ctx, const char *agency,
                         const char *period, bool csv_header);

/* report.c: the compiled form stylesheet (xslt/form.xsl), which turns a
 * scorecard into the HTML form of ems_template_build(); free with
 * ems_report_free(). */
int ems_report__form_new(ems_report **out, const ems_engine *engine, ems_ctx *ctx,
                         const char *lang);

#endif
