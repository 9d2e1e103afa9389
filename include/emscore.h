/*
 * emscore: environmental-management scorecards, self and peer assessments,
 * exact scoring and peer-review reports.
 *
 * This header is the whole public API. Conventions:
 *  - Fallible functions return EMS_OK (0) or a negative ems_status.
 *  - Every function that hands something back (an object, a buffer and its
 *    length, counts) takes its out-parameters first; *out is set only on
 *    success and is NULL on failure. Nothing leaks on any path.
 *  - Every ems_*_free() accepts NULL.
 *  - Diagnostics (file, line, severity, message) are collected on the
 *    ems_ctx the call was made with; there is no global error state.
 *  - Getters return borrowed pointers, valid until the owning object is
 *    freed.
 *  - Memory handed to the caller (a char ** out-parameter) is freed with
 *    ems_free(); every object with its own ems_*_free().
 *  - Options structs start from their EMS_*_OPTIONS_INIT, which sets a
 *    version field the library checks (EMS_EARG otherwise), so fields can
 *    be added without breaking programs built against an older header.
 *    So do the structs the library fills in (ems_doc_summary and
 *    ems_batch_stats, from EMS_DOC_SUMMARY_INIT and EMS_BATCH_STATS_INIT).
 *  - Closed sets are enums, each with its ems_*_from_name() for the names
 *    the command line and documents use.
 *
 * Thread safety: call ems_engine_new() once, before any thread starts, and
 * share the engine read-only. Give each thread its own ems_ctx: a context
 * is never used by two threads at once. Scorecards, assessments, results
 * and reports are immutable once made and may be shared read-only across
 * threads; create reports (ems_report_new(), ems_report_set_param())
 * before the threads start. Free shared objects after they have finished.
 *
 * Process-wide effects: libxml2 and libxslt are set up for untrusted input
 * for the whole process and for good. The first ems_engine_new() lets
 * external entities, schemas and stylesheets load only from that engine's
 * data folder and turns off catalogs and network or compressed input; the
 * first ems_report_new() installs libxslt's document loader, error handler
 * and default security preferences (no file writes, no network). A program
 * that also uses libxml2 or libxslt itself gets these settings too.
 */
#ifndef EMSCORE_H
#define EMSCORE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && !defined(EMS_STATIC_ONLY)
#define EMS_API __attribute__((visibility("default")))
#else
#define EMS_API
#endif

#define EMS_VERSION_MAJOR 0
#define EMS_VERSION_MINOR 1
#define EMS_VERSION_PATCH 0
#define EMS_VERSION_STRING "0.1.0"
/** Compile-time version as one number: major*10000 + minor*100 + patch. */
#define EMS_VERSION_NUMBER \
    (EMS_VERSION_MAJOR * 10000 + EMS_VERSION_MINOR * 100 + EMS_VERSION_PATCH)

/** The namespace of every emscore document. */
#define EMS_NAMESPACE "urn:emscore:1"

/** Status codes. EMS_OK is 0; every error is negative. */
typedef enum ems_status {
    EMS_OK = 0,
    EMS_EINVALID = -1,  /**< an input document is invalid */
    EMS_ELIMIT = -2,    /**< an input exceeds a configured limit */
    EMS_EIO = -3,       /**< a file could not be read or written */
    EMS_ENOMEM = -4,    /**< out of memory */
    EMS_EARG = -5,      /**< the caller passed a bad argument */
    EMS_EINTERNAL = -6  /**< a bug in emscore */
} ems_status;

/** Static English text for a status code. Never NULL; not to be freed. */
EMS_API const char *ems_strerror(int status);

/** Run-time version string, e.g. "0.1.0". Static; not to be freed. */
EMS_API const char *ems_version(void);

/**
 * 1 when s is an identifier as agencies, periods and item ids are
 * (doc/formats.md: 1 to 64 letters, digits, '.', '_' or '-', starting with
 * a letter or digit), which makes it safe in a file name; else 0 (also for
 * NULL). Thread-safe.
 */
EMS_API int ems_identifier_valid(const char *s);

/**
 * Free a buffer the library handed to the caller (the bytes of
 * ems_results_serialize(), ems_report_render*(), ems_summary_build() and
 * ems_template_build()): the library's allocator, which need not be the
 * caller's. Objects have their own ems_*_free(). NULL is a no-op.
 */
EMS_API void ems_free(void *p);

/* ------------------------------------------------------------------ */
/* Context: limits and diagnostics, one per thread                      */
/* ------------------------------------------------------------------ */

typedef struct ems_ctx ems_ctx;

typedef enum ems_severity { EMS_SEV_ERROR = 0, EMS_SEV_WARNING = 1 } ems_severity;

/**
 * The one error type: a diagnostic about one place in one file.
 * line is 0 when no line applies. All strings are owned by the ems_ctx
 * and stay valid until ems_ctx_clear() or ems_ctx_free(). file and
 * message are each one line that drives no terminal, whatever a file name
 * or a document held: line feed, carriage return and tab are written \n,
 * \r, \t; other control characters, DEL and bytes that are not UTF-8
 * \xNN; C1 controls and U+2028, U+2029 \uXXXX.
 */
typedef struct ems_diag {
    int code;              /**< an ems_status */
    ems_severity severity;
    const char *file;      /**< never NULL; "" when no file applies */
    long line;
    const char *message;   /**< one line, no trailing newline */
} ems_diag;

/** Resource limits. Every limit applies per input document. */
typedef enum ems_limit {
    EMS_LIMIT_INPUT_BYTES,   /**< bytes read from disk (compressed); default 16 MiB */
    EMS_LIMIT_XML_BYTES,     /**< bytes of XML after decompression; default 16 MiB */
    EMS_LIMIT_DEPTH,         /**< element nesting depth; default 64 */
    EMS_LIMIT_ITEMS,         /**< areas+milestones+indicators, or responses+measures; default 200000 */
    EMS_LIMIT_COUNT_
} ems_limit;

/** Create a context with default limits. Free with ems_ctx_free(). */
EMS_API int ems_ctx_new(ems_ctx **out);
/** Free a context and its diagnostics; NULL is a no-op. */
EMS_API void ems_ctx_free(ems_ctx *ctx);

/** Set a limit (value > 0). Returns EMS_EARG for an unknown limit or 0. */
EMS_API int ems_ctx_set_limit(ems_ctx *ctx, ems_limit which, uint64_t value);
/** A limit in force: the default when ctx is NULL, 0 for an unknown limit. */
EMS_API uint64_t ems_ctx_limit(const ems_ctx *ctx, ems_limit which);

/** Number of diagnostics collected since the last ems_ctx_clear(). */
EMS_API size_t ems_ctx_ndiags(const ems_ctx *ctx);
/** The i-th diagnostic, or NULL when out of range. Owned by ctx. */
EMS_API const ems_diag *ems_ctx_diag(const ems_ctx *ctx, size_t i);
/** Number of diagnostics of severity EMS_SEV_ERROR. */
EMS_API size_t ems_ctx_nerrors(const ems_ctx *ctx);
/** Message of the last error diagnostic, or "" when there is none. Owned by ctx. */
EMS_API const char *ems_ctx_errmsg(const ems_ctx *ctx);
/** Forget all diagnostics. */
EMS_API void ems_ctx_clear(ems_ctx *ctx);

/* ------------------------------------------------------------------ */
/* Engine: the compiled schema (and stylesheets), shared read-only      */
/* ------------------------------------------------------------------ */

typedef struct ems_engine ems_engine;

/**
 * Initialise the XML libraries for safe use with untrusted input and
 * compile the schema found under datadir (datadir/scorecards/emscore.xsd).
 * datadir NULL means: $EMSCORE_DATADIR if set, else the compiled-in data
 * folder. Not thread-safe: call before starting threads. Diagnostics go to
 * ctx. Free with ems_engine_free() after every thread has finished.
 */
EMS_API int ems_engine_new(ems_engine **out, ems_ctx *ctx, const char *datadir);
EMS_API void ems_engine_free(ems_engine *engine);
/** The data folder in use. Owned by the engine. */
EMS_API const char *ems_engine_datadir(const ems_engine *engine);

/* ------------------------------------------------------------------ */
/* Documents                                                            */
/* ------------------------------------------------------------------ */

typedef struct ems_scorecard ems_scorecard;
typedef struct ems_assessment ems_assessment;

typedef enum ems_doctype {
    EMS_DOC_UNKNOWN = 0,
    EMS_DOC_SCORECARD,
    EMS_DOC_ASSESSMENT,
    EMS_DOC_RESULTS,
    EMS_DOC_SUMMARY, /**< many results gathered for a summary report */
    EMS_DOC_SHARD,   /**< a batch shard's list of groups (ems_batch_gather()) */
    EMS_DOC_INVENTORY /**< the greenhouse-gas inventory of an agency and period */
} ems_doctype;

/**
 * Load a scorecard from a file (plain or gzip), validate it against the
 * schema and every semantic rule, and build its model. On failure every
 * problem found is on ctx and the return is EMS_EINVALID, EMS_ELIMIT,
 * EMS_EIO or EMS_ENOMEM. Free the result with ems_scorecard_free().
 */
EMS_API int ems_scorecard_load(ems_scorecard **out, const ems_engine *engine,
                               ems_ctx *ctx, const char *path);
/** As ems_scorecard_load(), from memory; name is used in diagnostics. */
EMS_API int ems_scorecard_load_memory(ems_scorecard **out, const ems_engine *engine,
                                      ems_ctx *ctx, const char *name,
                                      const void *data, size_t len);
EMS_API void ems_scorecard_free(ems_scorecard *sc);

/** Identity of a scorecard. Strings owned by the scorecard. */
EMS_API const char *ems_scorecard_id(const ems_scorecard *sc);
EMS_API const char *ems_scorecard_version(const ems_scorecard *sc);

/**
 * Load an assessment (self or peer) from a file. When sc is not NULL the
 * assessment is also checked against it: scorecard id and version, and
 * every milestone, indicator, level and profile it names. Free with
 * ems_assessment_free().
 */
EMS_API int ems_assessment_load(ems_assessment **out, const ems_engine *engine,
                                ems_ctx *ctx, const char *path,
                                const ems_scorecard *sc);
/** As ems_assessment_load(), from memory; name is used in diagnostics. */
EMS_API int ems_assessment_load_memory(ems_assessment **out, const ems_engine *engine,
                                       ems_ctx *ctx, const char *name,
                                       const void *data, size_t len,
                                       const ems_scorecard *sc);
EMS_API void ems_assessment_free(ems_assessment *as);

/** Identity of an assessment. Strings owned by the assessment. */
EMS_API const char *ems_assessment_agency(const ems_assessment *as);
EMS_API const char *ems_assessment_period(const ems_assessment *as);
/** "self" or "peer" (static), or NULL when as is NULL. */
EMS_API const char *ems_assessment_kind(const ems_assessment *as);

/* ------------------------------------------------------------------ */
/* Greenhouse-gas inventories                                           */
/* ------------------------------------------------------------------ */

/** The greenhouse-gas inventory of one agency and period. */
typedef struct ems_inventory ems_inventory;

/**
 * Load an inventory from a file (plain or gzip), validate it against the
 * schema and the semantic rules of doc/formats.md ("Inventory"). Returns
 * EMS_OK, or EMS_EINVALID, EMS_ELIMIT, EMS_EIO, EMS_ENOMEM with every
 * problem on ctx. Free with ems_inventory_free(). Thread-safe with a ctx
 * per thread.
 */
EMS_API int ems_inventory_load(ems_inventory **out, const ems_engine *engine, ems_ctx *ctx,
                               const char *path);
/** As ems_inventory_load(), from memory; name is used in diagnostics. */
EMS_API int ems_inventory_load_memory(ems_inventory **out, const ems_engine *engine,
                                      ems_ctx *ctx, const char *name, const void *data,
                                      size_t len);
/** Free an inventory; NULL is a no-op. */
EMS_API void ems_inventory_free(ems_inventory *inv);

/** Agency, period and baseline period (NULL when it names none) of an
 * inventory. Owned by the inventory. */
EMS_API const char *ems_inventory_agency(const ems_inventory *inv);
EMS_API const char *ems_inventory_period(const ems_inventory *inv);
EMS_API const char *ems_inventory_baseline(const ems_inventory *inv);

/**
 * Turn a spreadsheet export (CSV, doc/formats.md "Inventory CSV") into
 * inventory documents, one per agency and period, and write each to
 * DIR/AGENCY-PERIOD.inventory.xml. Every row is checked and every bad one
 * reported as "FILE:LINE: error: column N (NAME): ..."; each document is
 * then validated like any inventory. Nothing is written unless every row
 * and document is valid and no target file exists yet; a document that
 * cannot be written removes those this call wrote. *ndocs (may be NULL)
 * gets the number written. Returns EMS_OK, EMS_EINVALID (bad rows or
 * documents), EMS_ELIMIT (file too large, more rows than
 * EMS_LIMIT_ITEMS), EMS_EIO (unreadable file, existing or unwritable
 * target), EMS_EARG or EMS_ENOMEM. Thread-safe with a ctx per thread.
 */
EMS_API int ems_inventory_import_csv(size_t *ndocs, const ems_engine *engine, ems_ctx *ctx,
                                     const char *path, const char *dir);

/**
 * What ems_validate_file() learnt of a valid document, for a one-line
 * summary. Plain data, owned by the caller.
 */
typedef struct ems_doc_summary {
    unsigned struct_version; /**< EMS_DOC_SUMMARY_VERSION (version is the document's) */
    ems_doctype type;
    char id[72];        /**< scorecard id, or agency of an assessment/results */
    char version[72];   /**< scorecard version, or period */
    char kind[16];      /**< "self"/"peer"/"response" for assessments, else "" */
    /** What the document holds: the member of its type. */
    union {
        struct {
            size_t areas, milestones, indicators, profiles;
        } scorecard;
        struct {
            size_t responses, measures, reviewers;
            size_t replies; /**< of a management response */
        } assessment;
        struct {
            size_t areas, leaves; /**< leaves: milestones and indicators */
        } results;
        struct {
            size_t entries;
        } summary;
        struct {
            size_t groups, shard, shards;
        } shard_list;
        struct {
            size_t sources, offsets, personnel;
        } inventory;
    } counts;
} ems_doc_summary;

#define EMS_DOC_SUMMARY_VERSION 1u
#define EMS_DOC_SUMMARY_INIT {EMS_DOC_SUMMARY_VERSION, EMS_DOC_UNKNOWN, "", "", "", {{0, 0, 0, 0}}}

/**
 * Validate any emscore document; its type comes from its root element.
 * Assessments are checked against sc when it is not NULL. Returns EMS_OK
 * and fills *summary (when not NULL; started from EMS_DOC_SUMMARY_INIT,
 * else EMS_EARG) if the document is valid.
 */
EMS_API int ems_validate_file(ems_doc_summary *summary, const ems_engine *engine,
                              ems_ctx *ctx, const char *path,
                              const ems_scorecard *sc);

/* ------------------------------------------------------------------ */
/* Scoring and results                                                  */
/* ------------------------------------------------------------------ */

/** The scores of one agency and period (doc/scoring.md), ready to be written. */
typedef struct ems_results ems_results;

/** How areas and the overall score are computed from the leaves (doc/scoring.md, 5). */
typedef enum ems_model {
    EMS_MODEL_WEIGHTED,        /**< "weighted" (default): weighted mean of counted children */
    EMS_MODEL_FLAT,            /**< "flat": weighted mean of every counted leaf below */
    EMS_MODEL_FLAT_UNWEIGHTED, /**< "flat-unweighted": plain mean of every counted leaf below */
    EMS_MODEL_ABSOLUTE         /**< "absolute": 100.00 when every counted leaf below is achieved, else 0 */
} ems_model;

/**
 * The model named name ("weighted", "flat", "flat-unweighted", "absolute").
 * Returns EMS_OK, or EMS_EARG for any other name (*out unchanged).
 * Thread-safe.
 */
EMS_API int ems_model_from_name(ems_model *out, const char *name);
/** The name of a model, or NULL for a value outside the enum. Static. Thread-safe. */
EMS_API const char *ems_model_name(ems_model model);

/**
 * Score the self and/or peer assessment of one agency and period.
 *
 * assessments holds n (1 to 3) assessments, in any order: at most one of
 * kind self, one of kind peer and one management response (kind
 * "response"), of the same agency, period, scorecard id and version; at
 * least one self or peer assessment. Each must have been loaded with sc (ems_assessment_load()
 * with this scorecard), which resolved its references: one loaded without
 * it, or with another scorecard, is refused with EMS_EARG.
 *
 * profile names a profile of sc; NULL means the one the assessments name
 * (when both name one they must agree), and no profile at all means every
 * item is selected. A profile given here overrides the assessments' with a
 * warning.
 *
 * Returns EMS_OK; EMS_EINVALID when the assessments do not belong together
 * or the profile is unknown (diagnostics name the offending files);
 * EMS_EARG or EMS_ENOMEM. The same inputs give the same results whatever
 * their order. Free the result with ems_results_free().
 *
 * The results borrow sc and the assessments: keep them alive, unchanged,
 * until ems_results_free(). Thread-safe with a ctx per thread: sc and the
 * assessments are only read, so threads may share them.
 */
EMS_API int ems_score(ems_results **out, ems_ctx *ctx, const ems_scorecard *sc,
                      const ems_assessment *const *assessments, size_t n,
                      const char *profile, ems_model model);
/**
 * Earlier periods of one agency: results documents read back so that a
 * new period is scored against them (progress and follow-up). Create with
 * ems_history_new(), add files with ems_history_add_file(), free with
 * ems_history_free(). Immutable once filled; may be shared read-only
 * across threads.
 */
typedef struct ems_history ems_history;

/** An empty history. Returns EMS_OK, EMS_EARG or EMS_ENOMEM. */
EMS_API int ems_history_new(ems_history **out);
/**
 * Read a results document (plain or gzip; validated against the schema)
 * into h. Returns EMS_OK; EMS_EINVALID, EMS_ELIMIT, EMS_EIO or EMS_ENOMEM
 * with a diagnostic (h unchanged). Whether the results belong with the
 * period being scored is checked by ems_score_with().
 */
EMS_API int ems_history_add_file(ems_history *h, const ems_engine *engine, ems_ctx *ctx,
                                 const char *path);
/** Free a history; NULL is a no-op. Only after the results scored with it. */
EMS_API void ems_history_free(ems_history *h);

/** What ems_score_with() scores with, besides the assessments; start from
 * EMS_SCORE_OPTIONS_INIT so that fields added later get their defaults. */
typedef struct ems_score_options {
    unsigned version;             /**< EMS_SCORE_OPTIONS_VERSION */
    const char *profile;          /**< as ems_score(); NULL: the assessments' own */
    ems_model model;              /**< as ems_score() */
    const ems_inventory *inventory;          /**< the period's GHG inventory; NULL: none */
    const ems_inventory *inventory_baseline; /**< the inventory of the baseline period
                                                  inventory names; NULL: none */
    const ems_history *history;   /**< earlier periods' results; NULL: none */
    const char *baseline;         /**< a period of history to compare with; NULL: the earliest */
} ems_score_options;

#define EMS_SCORE_OPTIONS_VERSION 1u
#define EMS_SCORE_OPTIONS_INIT \
    {EMS_SCORE_OPTIONS_VERSION, NULL, EMS_MODEL_WEIGHTED, NULL, NULL, NULL, NULL}

/**
 * As ems_score(), with an inventory, earlier periods, or both.
 *
 * assessments may also hold the management response (kind "response") of
 * the same agency and period: at most one document of each kind.
 *
 * With opts->inventory (of the assessments' agency and period) and,
 * optionally, the inventory of the baseline period it names, every
 * indicator of sc bound to an inventory figure (inventory="...") gets the
 * value computed from the inventory (doc/scoring.md, "Indicators from the
 * inventory"); a typed measure that differs from it is flagged
 * inconsistent, and the computed value counts. The results also carry the
 * inventory's breakdown for the report.
 *
 * With opts->history (earlier periods' results of the same agency and
 * scorecard id, any version, the same model, each period once and before
 * this one), the results also carry the series of overall and area scores
 * of every period, the changes since the previous period and since the
 * baseline (opts->baseline, a period of history; NULL: the earliest), and
 * the register of every recommendation made so far with its management
 * response and its follow-up in each period (doc/scoring.md, "Progress and
 * follow-up").
 *
 * Errors (EMS_EINVALID, every problem on ctx): an inventory not of the
 * assessments' agency and period or a baseline inventory not of the period
 * it names; results of another agency, scorecard or model, a period given
 * twice or not earlier than this one, an unknown baseline, a recommendation
 * id made twice, a reply or follow-up naming an unknown recommendation.
 * EMS_EARG for options not from EMS_SCORE_OPTIONS_INIT. The results borrow
 * the inventories and history as they borrow sc: keep them until
 * ems_results_free().
 */
EMS_API int ems_score_with(ems_results **out, ems_ctx *ctx, const ems_scorecard *sc,
                           const ems_assessment *const *assessments, size_t n,
                           const ems_score_options *opts);

/** Free results; NULL is a no-op. */
EMS_API void ems_results_free(ems_results *r);

/**
 * The results document (UTF-8 XML, doc/formats.md) as bytes:
 * *out gets a NUL-terminated buffer of *len bytes (len may be NULL), owned
 * by the caller and freed with ems_free(). The same results always give the
 * same bytes. Returns EMS_OK or EMS_ENOMEM (*out NULL). Thread-safe with a
 * ctx per thread.
 */
EMS_API int ems_results_serialize(char **out, size_t *len, const ems_results *r, ems_ctx *ctx);

/**
 * Write the results document to path, whole or not at all: the bytes go to
 * a new temporary file in the same folder, which is then renamed over path.
 * A path ending in ".gz" is written gzip-compressed. On failure the
 * temporary file is removed, an existing file at path is left untouched and
 * the return is EMS_EIO or EMS_ENOMEM. Thread-safe with a ctx per thread.
 */
EMS_API int ems_results_write(const ems_results *r, ems_ctx *ctx, const char *path);


/** Agency and period of the results. Owned by the assessments. Thread-safe. */
EMS_API const char *ems_results_agency(const ems_results *r);
EMS_API const char *ems_results_period(const ems_results *r);

/** The overall figures of results. */
typedef enum ems_overall {
    EMS_OVERALL_SELF,  /**< the self-assessment's score */
    EMS_OVERALL_FINAL, /**< the final score (peer rating where given) */
    EMS_OVERALL_MET    /**< share of rated counted leaves achieved */
} ems_overall;

/**
 * An overall figure in hundredths of a point (0 to 10000), or -1 when it is
 * not applicable (or r is NULL). Thread-safe.
 */
EMS_API int ems_results_overall(const ems_results *r, ems_overall which);
/**
 * The final grade id (after the mandatory cap), or "na" when the final
 * score is not applicable; NULL when the scorecard defines no grades (or r
 * is NULL). Owned by the scorecard. Thread-safe.
 */
EMS_API const char *ems_results_grade(const ems_results *r);

/* ------------------------------------------------------------------ */
/* Reports                                                              */
/* ------------------------------------------------------------------ */

/**
 * A report format and language, compiled once (XSLT) and then shared
 * read-only: any number of threads may render with it at once, each with
 * its own ems_ctx.
 */
typedef struct ems_report ems_report;

/**
 * Compile the stylesheet of a report format:
 *   "html"        the peer-review report of one results document (HTML5,
 *                 self-contained, printable on A4);
 *   "docx"        the same report as a Word document (Office Open XML), to
 *                 edit: heading styles, tables with repeating header rows,
 *                 page numbers, A4, the language set (right to left for
 *                 Arabic); a ZIP container whose entries have a fixed
 *                 order and time stamp, so the same results give the same
 *                 bytes;
 *   "odt"         likewise as an OpenDocument text (mimetype entry first
 *                 and stored);
 *   "csv"         one row per milestone and indicator of a results document
 *                 (RFC 4180, UTF-8, CRLF);
 *   "json"        a results document as JSON;
 *   "register"    the recommendation register of a results document as CSV:
 *                 one row per recommendation made so far, formula-like
 *                 cells neutralised;
 *   "summary"     the system-wide HTML report of a summary document
 *                 (ems_summary_build());
 *   "summary-csv" one row per agency of a summary document;
 *   "climate"     the greenhouse-gas figures of a summary document as CSV:
 *                 one row per period, agency and emission source, with the
 *                 system's totals (doc/formats.md, "Summary").
 * lang names a message catalogue, DATADIR/xslt/i18n/LANG.xml (built in:
 * en fr es ar zh ru); NULL means "en". user_stylesheet, when not NULL,
 * replaces the built-in stylesheet of the format and may then be given any
 * emscore document; for "docx" and "odt" its output must be
 * <package xmlns="urn:emscore:package"> holding, in entry order,
 * <part name="PATH"> elements of one root element (an XML part) or of text
 * only, method="stored" for an entry left uncompressed (doc/formats.md).
 *
 * Every stylesheet, built in or not, is read like any other input (no
 * DOCTYPE, nothing external) and runs with writing files, creating folders
 * and any network access forbidden, reading allowed only inside the data
 * folder (ems_engine_datadir()), and bounded template depth and XPath work.
 * A stylesheet that tries anything else fails with a diagnostic.
 *
 * Returns EMS_OK; EMS_EARG for an unknown format or language; EMS_EINVALID
 * when the stylesheet does not compile; EMS_EIO or EMS_ENOMEM. Not
 * thread-safe: create reports before starting threads. Free with
 * ems_report_free().
 */
EMS_API int ems_report_new(ems_report **out, const ems_engine *engine, ems_ctx *ctx,
                           const char *format, const char *lang, const char *user_stylesheet);

/** Which chapters of the peer-review report are printed. */
typedef enum ems_report_edition {
    EMS_REPORT_FULL,     /**< "full": every chapter, the milestone cards and the annex */
    /** "executive": for management, at most six A4 pages: the cover, the
     * executive summary with its key figures and good practices, the area
     * chart, this review's recommendations with the management response,
     * and the follow-up of earlier recommendations ("html" only). */
    EMS_REPORT_EXECUTIVE
} ems_report_edition;

/**
 * The edition named name ("full", "executive"). Returns EMS_OK, or
 * EMS_EARG for any other name (*out unchanged). Thread-safe.
 */
EMS_API int ems_report_edition_from_name(ems_report_edition *out, const char *name);

/** How ems_report_new_with() makes a report; start from
 * EMS_REPORT_OPTIONS_INIT so that fields added later get their defaults. */
typedef struct ems_report_options {
    unsigned version;            /**< EMS_REPORT_OPTIONS_VERSION */
    const char *lang;            /**< as ems_report_new(); NULL: "en" */
    const char *user_stylesheet; /**< as ems_report_new(); NULL: the built-in one */
    ems_report_edition edition;  /**< EMS_REPORT_FULL by default */
} ems_report_options;

#define EMS_REPORT_OPTIONS_VERSION 1u
#define EMS_REPORT_OPTIONS_INIT {EMS_REPORT_OPTIONS_VERSION, NULL, NULL, EMS_REPORT_FULL}

/**
 * As ems_report_new(), with the options opts (NULL: the defaults). An
 * edition other than EMS_REPORT_FULL chooses another built-in stylesheet
 * of the format: EMS_REPORT_EXECUTIVE is made for "html" only
 * (DATADIR/xslt/executive.xsl), and a user stylesheet, which replaces the
 * built-in ones, takes no edition. Returns as ems_report_new(); also
 * EMS_EARG (*out NULL) for options not from EMS_REPORT_OPTIONS_INIT, an
 * edition outside its enum, or one the format or a user stylesheet does
 * not have. The report is freed with ems_report_free(); the options are
 * the caller's and not kept. Not thread-safe, like ems_report_new().
 */
EMS_API int ems_report_new_with(ems_report **out, const ems_engine *engine, ems_ctx *ctx,
                                const char *format, const ems_report_options *opts);

/**
 * Set the string parameter name of every later render (replacing an
 * earlier value). The value reaches the stylesheet as an XPath string,
 * never as an expression. The built-in stylesheets know: "marking" (html,
 * docx, odt, summary: a line such as "Draft" on the cover and every printed
 * page), "top-recommendations" (html, docx, odt: how many the executive
 * summary lists, default 10) and "top-unmet" (summary: how many of the most often unmet
 * milestones it lists, default 15). "lang" is reserved. Returns EMS_OK,
 * EMS_EARG (bad name, a name that is not a top-level xsl:param of the
 * stylesheet or its imports, whose names the diagnostic lists; value not
 * UTF-8; more than 64 parameters) or EMS_ENOMEM. Not thread-safe: set
 * parameters before rendering.
 */
EMS_API int ems_report_set_param(ems_report *r, ems_ctx *ctx, const char *name,
                                 const char *value);

/**
 * Render the document at input_path (plain or gzip; validated against the
 * schema first). *out gets a NUL-terminated buffer of *len bytes (len may
 * be NULL, except for "docx" and "odt", whose ZIP bytes hold NULs), owned
 * by the caller and freed with ems_free(). Returns EMS_OK;
 * EMS_EINVALID when the input is invalid or the stylesheet fails on it
 * (*out NULL, nothing partial); EMS_ELIMIT, EMS_EIO or EMS_ENOMEM.
 * Thread-safe with a ctx per thread.
 */
EMS_API int ems_report_render(char **out, size_t *len, const ems_report *r, ems_ctx *ctx,
                              const char *input_path);
/** As ems_report_render(), from memory; name is used in diagnostics. */
EMS_API int ems_report_render_memory(char **out, size_t *len, const ems_report *r,
                                     ems_ctx *ctx, const char *name, const void *data,
                                     size_t size);

/**
 * Render as ems_report_render() and write the report to output as
 * ems_output_write() does (gzip-compressed when output ends in ".gz").
 * When output is an existing folder, the file inside
 * it is AGENCY-PERIOD.EXT for results and summary.EXT for a summary, EXT
 * being html (executive.html for the executive edition), docx, odt, csv,
 * json or register.csv by format; the name is built only from the
 * document's validated identifiers. On failure an existing file is left as
 * it was. Thread-safe with a ctx per thread (distinct outputs).
 */
EMS_API int ems_report_write(const ems_report *r, ems_ctx *ctx, const char *input_path,
                             const char *output);
/** As ems_report_write(), from memory; name is used in diagnostics. */
EMS_API int ems_report_write_memory(const ems_report *r, ems_ctx *ctx, const char *name,
                                    const void *data, size_t size, const char *output);

/** Free a report; NULL is a no-op. Only once no thread renders with it. */
EMS_API void ems_report_free(ems_report *r);

/**
 * Gather n results documents (paths; plain or gzip) of one scorecard
 * version and model into a summary document (doc/formats.md, "Summary"):
 * per agency its latest period's overall and top-level area figures, their
 * change since its previous period, and its unmet milestones and
 * indicators, ranked by final score, with system-wide averages, the
 * averages of every period, the implementation rate of earlier
 * recommendations, and the inventories the results carry added up per
 * period by source and scope, per person and per agency (<climate>). As
 * ems_summary_build_with() with default options.
 * Time and memory are linear in the inputs. *out gets the
 * NUL-terminated document of *len bytes (len may be NULL), freed with
 * ems_free(); the same inputs in any order give the same bytes.
 *
 * Every input is read and checked, and every problem reported: an invalid
 * document, one of another scorecard, version or model than the first, or
 * a second one for an agency and period make the call fail with
 * EMS_EINVALID (*out NULL). Also EMS_EARG (n is 0), EMS_ELIMIT, EMS_EIO or
 * EMS_ENOMEM. Thread-safe with a ctx per thread.
 */
EMS_API int ems_summary_build(char **out, size_t *len, const ems_engine *engine, ems_ctx *ctx,
                              const char *const *paths, size_t n);

/** What a summary ranks; start from EMS_SUMMARY_OPTIONS_INIT so that
 * fields added later get their defaults. */
typedef struct ems_summary_options {
    unsigned version;   /**< EMS_SUMMARY_OPTIONS_VERSION */
    const char *period; /**< rank the results of this period only; NULL: each
                             agency's latest period (doc/formats.md, "Summary") */
} ems_summary_options;

#define EMS_SUMMARY_OPTIONS_VERSION 1u
#define EMS_SUMMARY_OPTIONS_INIT {EMS_SUMMARY_OPTIONS_VERSION, NULL}

/**
 * As ems_summary_build(), ranking what opts says (NULL: the defaults).
 * Never an agency against itself: by default each agency's latest period
 * is ranked and averaged (periods in the order of doc/scoring.md,
 * "Progress and follow-up"); with opts->period, the results of that
 * period. Either way the summary gives every period's averages, and each
 * ranked agency's change since its previous period (among the inputs, or
 * the one its results carry in their progress when that is later).
 * Returns as ems_summary_build(); also EMS_EARG (*out NULL) for options
 * not from EMS_SUMMARY_OPTIONS_INIT or a period that is not an identifier,
 * and EMS_EINVALID when no input is of opts->period. *out is owned by the
 * caller, freed with ems_free(). Thread-safe with a ctx per thread.
 */
EMS_API int ems_summary_build_with(char **out, size_t *len, const ems_engine *engine,
                                   ems_ctx *ctx, const char *const *paths, size_t n,
                                   const ems_summary_options *opts);

/* ------------------------------------------------------------------ */
/* Templates: blank assessments and the offline form                    */
/* ------------------------------------------------------------------ */

/** Who fills a template in. */
typedef enum ems_template_kind {
    EMS_TEMPLATE_SELF,      /**< "self": the agency's self-assessment */
    EMS_TEMPLATE_PEER,      /**< "peer": the review team's peer assessment */
    EMS_TEMPLATE_INVENTORY, /**< "inventory": the agency's greenhouse-gas inventory */
    EMS_TEMPLATE_RESPONSE   /**< "response": the agency's management response to a review */
} ems_template_kind;

/** What a template is written as. */
typedef enum ems_template_format {
    EMS_TEMPLATE_XML,  /**< "xml": a document to edit */
    EMS_TEMPLATE_HTML, /**< "html": the offline form (self, peer and response) */
    EMS_TEMPLATE_CSV   /**< "csv": the header of the inventory CSV (inventory) */
} ems_template_format;

/**
 * The kind or format named name ("self", "peer", "inventory", "response"; "xml",
 * "html", "csv"). Returns EMS_OK, or EMS_EARG for any other name (*out
 * unchanged). Thread-safe.
 */
EMS_API int ems_template_kind_from_name(ems_template_kind *out, const char *name);
EMS_API int ems_template_format_from_name(ems_template_format *out, const char *name);

/** What ems_template_build() makes; start from EMS_TEMPLATE_OPTIONS_INIT so
 * that fields added later get their defaults. */
typedef struct ems_template_options {
    unsigned version;           /**< EMS_TEMPLATE_OPTIONS_VERSION */
    const char *agency;         /**< required; an identifier (doc/formats.md) */
    const char *period;         /**< required; an identifier */
    const char *profile;        /**< a profile of the scorecard; NULL: every item */
    ems_template_kind kind;     /**< EMS_TEMPLATE_SELF by default */
    ems_template_format format; /**< EMS_TEMPLATE_XML by default */
    const char *lang;           /**< html: language of the form, as ems_report_new(); NULL: "en" */
    /** EMS_TEMPLATE_RESPONSE only, and required there: the path of the
     * review the response answers, a peer assessment or a results document
     * of the agency and period (plain or gzip). */
    const char *from;
} ems_template_options;

#define EMS_TEMPLATE_OPTIONS_VERSION 1u
#define EMS_TEMPLATE_OPTIONS_INIT \
    {EMS_TEMPLATE_OPTIONS_VERSION, NULL, NULL, NULL, EMS_TEMPLATE_SELF, EMS_TEMPLATE_XML, NULL, NULL}

/**
 * Make what an agency (EMS_TEMPLATE_SELF) or a review team (PEER) fills in
 * for the scorecard sc, with exactly the items the scorer counts under the
 * profile (doc/scoring.md, 1), in scorecard order (RESPONSE and INVENTORY:
 * see below; sc may then be NULL):
 *   XML     a blank assessment that validates and scores as all-missing:
 *           each item's title, guidance and levels (or unit and
 *           thresholds) as a comment, followed by its response or measure
 *           inside a comment, ready to uncomment and fill in. A peer
 *           template carries a placeholder mission and reviewer to replace.
 *   HTML    one self-contained HTML5 page (inline script and styles, no
 *           network, works opened from disk) in which the assessment is
 *           filled in, kept in the browser's local storage, checked, and
 *           saved as an assessment file; it also opens a saved one.
 *           Made by DATADIR/xslt/form.xsl under the security settings of
 *           ems_report_new().
 * EMS_TEMPLATE_RESPONSE is the agency's blank management response to the
 * review in opts->from (read and validated; sc is not used): one reply per
 * recommendation the review makes in its period, each inside a comment
 * after a note on the recommendation, its decision, owner, due date and
 * action to fill in; it validates as it is and once filled in. As HTML it
 * is the form that lists those recommendations and saves the response.
 * EMS_EARG when from is missing, is not a peer assessment or
 * results, is of another agency or period, or makes no recommendation
 * (and for from with any other kind).
 * EMS_TEMPLATE_INVENTORY (sc may be NULL; profile and lang unused) is a
 * blank greenhouse-gas inventory of the agency and period (XML), or the
 * header line of the CSV that ems_inventory_import_csv() reads (CSV).
 * *out gets a NUL-terminated buffer of *len bytes (len may be NULL), owned
 * by the caller and freed with ems_free(); the same inputs give the same
 * bytes. Returns EMS_OK; EMS_EARG (*out NULL) for an agency or period that
 * is not an identifier, an unknown profile or language, a kind or format
 * outside its enum or not made for the kind (CSV is for inventories, HTML
 * for assessments and responses), a profile that selects nothing, or options not from
 * EMS_TEMPLATE_OPTIONS_INIT; EMS_EINVALID (an invalid from), EMS_EIO,
 * EMS_ELIMIT or EMS_ENOMEM.
 * XML is thread-safe with a ctx per thread; HTML compiles the form's
 * stylesheet, so, like ems_report_new(), it is not.
 */
EMS_API int ems_template_build(char **out, size_t *len, const ems_engine *engine, ems_ctx *ctx,
                               const ems_scorecard *sc, const ems_template_options *opts);

/**
 * Write len bytes to path (gzip-compressed when path ends in ".gz").
 * A new name or a regular file is written whole or not at all: an unnamed
 * file (O_TMPFILE) in path's folder, linked into place once complete, so a
 * process killed at any moment leaves no file; where the file system has
 * no O_TMPFILE, a hidden ".NAME.tmp-PID-N" renamed over path instead. A
 * replaced file keeps its permission bits (and owner where allowed); a new
 * one gets 0666 & ~umask. Hidden temporaries of path left by killed
 * processes are removed. A device, a FIFO, or a symbolic link to one or
 * through /proc (/dev/stdout) is written through, never replaced (a FIFO
 * with no reader is waited for 5 seconds, then EMS_EIO); any other
 * symbolic link is replaced, not followed; a folder or socket is EMS_EIO.
 * On failure an existing regular file is left untouched and the return is
 * EMS_EIO (a diagnostic naming path or its folder, never a temporary) or
 * EMS_ENOMEM (EMS_EARG without path). Thread-safe with a ctx per thread
 * (distinct paths).
 */
EMS_API int ems_output_write(ems_ctx *ctx, const char *path, const void *data, size_t len);

/* ------------------------------------------------------------------ */
/* Batch                                                                */
/* ------------------------------------------------------------------ */

/** What ems_batch_run() does; start from EMS_BATCH_OPTIONS_INIT so that
 * fields added later get their defaults. */
typedef struct ems_batch_options {
    unsigned version;       /**< EMS_BATCH_OPTIONS_VERSION */
    const char *output_dir; /**< required; created when missing (its parent must exist) */
    unsigned jobs;          /**< worker threads; 0 means one per online CPU */
    const char *lang;       /**< report language; NULL means "en" */
    const char *profile;    /**< NULL: each group's own profile */
    ems_model model;
    unsigned shard;         /**< with nshards > 0: do shard (1 to nshards) of the groups */
    unsigned nshards;       /**< 0: the run in one piece, with its summary */
    int resume;             /**< skip groups whose outputs are newer than their inputs */
    /** Called from the calling thread now and then, and once at the end
     * with done == total; may be NULL. */
    void (*progress)(void *user, size_t done, size_t total);
    void *user;
    /** Each group's reports: "html", "docx", "odt" and "executive" (the
     * html report's executive edition, AGENCY-PERIOD.executive.html),
     * comma-separated, each at most once (as ems_report_new_with()); NULL
     * means "html". */
    const char *formats;
    /** The period the summary ranks (as ems_summary_options); NULL: each
     * agency's latest. A shard writes no summary: it takes none. */
    const char *period;
} ems_batch_options;

#define EMS_BATCH_OPTIONS_VERSION 1u
#define EMS_BATCH_OPTIONS_INIT \
    {EMS_BATCH_OPTIONS_VERSION, NULL, 0, NULL, NULL, EMS_MODEL_WEIGHTED, 0, 0, 0, NULL, NULL, NULL, NULL}

/** What a batch run did. */
typedef struct ems_batch_stats {
    unsigned version; /**< EMS_BATCH_STATS_VERSION */
    size_t inputs;  /**< files read */
    size_t groups;  /**< agencies and periods (of this shard) */
    size_t reports; /**< groups scored and reported by this run */
    size_t skipped; /**< groups skipped by resume */
    size_t failed;  /**< groups and files that failed */
    size_t inventories; /**< inventories without assessments (of this shard),
                             counted in the summary's climate figures only */
} ems_batch_stats;

#define EMS_BATCH_STATS_VERSION 1u
#define EMS_BATCH_STATS_INIT {EMS_BATCH_STATS_VERSION, 0, 0, 0, 0, 0, 0}

/**
 * Score and report every agency and period found in paths (files, and
 * folders searched recursively for *.xml and *.xml.gz), grouping self and
 * peer assessments by agency and period. Into opts->output_dir it writes,
 * per group, AGENCY-PERIOD.results.xml and a report per opts->formats
 * (AGENCY-PERIOD.html by default, .docx, .odt), and across all groups
 * summary.xml, summary.html and summary.csv (which also list each group
 * that failed, with its first error) and climate.csv (the inventories'
 * figures; an inventory without assessments is counted there only, in
 * stats->inventories, and is no failure); each file whole or not at all (as
 * ems_output_write(), but anything in the way but a folder is replaced,
 * never written through), none outside that folder. Files found in
 * folders are *.xml and *.xml.gz in any case; each is read once to be
 * grouped, and a file changed before it is scored is an error.
 *
 * A bad file or group is reported on ctx (FILE:LINE diagnostics, in a
 * fixed order) and skipped; every other group is still done. The outputs
 * are the same whatever opts->jobs and the order of paths. A shard is
 * chosen by a hash of the agency (all its periods in one shard, so that
 * each finds its earlier periods' results), so N runs with shard 1..N do
 * every group once. A shard (opts->nshards > 0, even 1) writes no summary
 * but its list of groups, .emscore-shard-K-of-N.xml, first with its own
 * groups pending and again once they are done; ems_batch_gather() makes
 * the summary of all the shards.
 *
 * With opts->resume, results in the folder are reused only when they read
 * back (never through a symbolic link, never from a FIFO) as this group's
 * agency, period and assessments under this run's scorecard, model and
 * profile; any other group is done again with a warning. A later period's
 * results carry its agency's earlier periods, so they are done again too
 * when an earlier group of the run fails or writes other results than the
 * folder held, or when an earlier period's results outside the run are
 * newer than them.
 *
 * Returns EMS_OK when everything succeeded; EMS_EINVALID when any file or
 * group failed (the rest is done) or no assessment was found; EMS_EIO when
 * the output folder cannot be used; EMS_EARG (also for formats other than
 * html, docx, odt and executive, or one named twice, or options not from
 * EMS_BATCH_OPTIONS_INIT: nothing is written) or
 * EMS_ENOMEM. stats (may be NULL; from EMS_BATCH_STATS_INIT, else
 * EMS_EARG) is filled in every case. The engine and scorecard are shared read-only by the workers; ctx
 * is used by the calling thread only.
 */
EMS_API int ems_batch_run(ems_batch_stats *stats, const ems_engine *engine, ems_ctx *ctx,
                          const ems_scorecard *sc, const char *const *paths, size_t npaths,
                          const ems_batch_options *opts);

/**
 * Write summary.xml, summary.html, summary.csv and climate.csv into output_dir from
 * the results the shards of one ems_batch_run() left there: the bytes the
 * same run in one piece would have written. The folder says everything
 * else: its stamp and the shards' lists give the scorecard, model,
 * profile and language, and which groups there are.
 *
 * Nothing is written, and the return is EMS_EINVALID with one diagnostic
 * per problem, when a group has no results (its shard has not run or not
 * finished: each such group is named), when the lists come from runs with
 * other options or another number of shards, or when the folder has been
 * used by another run since (its stamp). Invalid results are refused as
 * by ems_summary_build(). Groups that failed in their shard are listed in
 * the summary with their reason and make the return EMS_EINVALID once the
 * summary is written, as ems_batch_run() does. Also EMS_EIO, EMS_ELIMIT,
 * EMS_EARG, EMS_ENOMEM.
 *
 * stats (may be NULL; from EMS_BATCH_STATS_INIT, else EMS_EARG) gets the
 * groups and the failed or missing ones.
 * Nothing is handed to the caller to free; the caller keeps engine and
 * ctx. Thread-safe with a ctx per thread (distinct folders).
 */
EMS_API int ems_batch_gather(ems_batch_stats *stats, const ems_engine *engine, ems_ctx *ctx,
                             const char *output_dir);

/**
 * As ems_batch_gather(), the summary ranking what opts says (NULL: the
 * defaults, each agency's latest period), as ems_summary_build_with():
 * also EMS_EARG for options not from EMS_SUMMARY_OPTIONS_INIT or a period
 * that is not an identifier, EMS_EINVALID (nothing written) when no group
 * of opts->period has results.
 */
EMS_API int ems_batch_gather_with(ems_batch_stats *stats, const ems_engine *engine,
                                  ems_ctx *ctx, const char *output_dir,
                                  const ems_summary_options *opts);

#ifdef __cplusplus
}
#endif

#endif /* EMSCORE_H */
