/*
 * emscore import --format csv: a spreadsheet export of inventories (one row
 * per agency, period and source; doc/formats.md, "Inventory CSV") into one
 * inventory document per agency and period. Every row is checked before
 * anything is written, every document validated like any inventory, and
 * the documents are written all or none.
 */
#include <errno.h>
#include <fcntl.h>
#include <libxml/tree.h>
#include <libxml/xmlstring.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dom.h"
#include "ghg.h"
#include "internal.h"
#include "util/arena.h"
#include "util/csv.h"
#include "util/decimal.h"
#include "util/ident.h"

enum column {
    COL_AGENCY, COL_PERIOD, COL_BASELINE, COL_SOURCE, COL_SCOPE, COL_TCO2E,
    COL_ACTIVITY, COL_ACTIVITY_UNIT, COL_FACTOR, COL_FACTOR_UNIT, COL_FACTOR_SOURCE,
    COL_COMMENT, COL_COVERED, COL_TOTAL, COL_OFFSET, COL_OFFSET_STANDARD,
    COL_OFFSET_REGISTRY, NCOLUMNS
};

/* The header, in the order the template writes it. */
static const char *const column_names[NCOLUMNS] = {
    "agency", "period", "baseline", "source", "scope", "tco2e",
    "activity", "activity_unit", "factor", "factor_unit", "factor_source",
    "comment", "personnel_covered", "personnel_total", "offset_tco2e", "offset_standard",
    "offset_registry",
};

static bool required_column(int c)
{
    return c == COL_AGENCY || c == COL_PERIOD || c == COL_SOURCE || c == COL_SCOPE ||
           c == COL_TCO2E || c == COL_COVERED || c == COL_TOTAL;
}

/* Columns stated once per agency and period: where several rows give
 * them, they must agree. */
static bool inventory_column(int c)
{
    return c == COL_BASELINE || c == COL_COVERED || c == COL_TOTAL || c == COL_OFFSET ||
           c == COL_OFFSET_STANDARD || c == COL_OFFSET_REGISTRY;
}

#define MAX_CELLS 256
#define MAX_LABEL 200
#define MAX_HEADCOUNT INT64_C(100000000)

const char *ems_import__csv_header(void)
{
    return "agency,period,baseline,source,scope,tco2e,activity,activity_unit,factor,"
           "factor_unit,factor_source,comment,personnel_covered,personnel_total,offset_tco2e,"
           "offset_standard,offset_registry\r\n";
}

typedef struct row {
    const char *v[NCOLUMNS]; /* trimmed cells; "" when empty or the column is absent */
    size_t col[NCOLUMNS];    /* 1-based position in the file, 0 when absent */
    ems_ghg_source source;
    long line;
} row;

typedef struct importer {
    ems_ctx *ctx;
    const char *file;
    ems_arena arena;
    row *rows;
    size_t nrows, cap;
    int rc;
} importer;

#define BAD(im, r, c, ...) bad_cell((im), (r), (c), __VA_ARGS__)

static void bad_cell(importer *im, const row *r, int c, const char *fmt, ...) EMS_PRINTF(4, 5);

/* An error about cell c of row r: "column N (NAME): ...". */
static void bad_cell(importer *im, const row *r, int c, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    if (im->rc == EMS_OK)
        im->rc = EMS_EINVALID;
    ems_ctx__error(im->ctx, EMS_EINVALID, im->file, r->line, "column %zu (%s): %s", r->col[c],
                   column_names[c], msg);
}

static char *trim(char *s)
{
    while (*s == ' ')
        s++;
    size_t n = strlen(s);
    while (n > 0 && s[n - 1] == ' ')
        s[--n] = '\0';
    return s;
}

/* A spreadsheet would run a cell starting with one of these as a formula. */
static bool formula_like(const char *s)
{
    return s[0] && strchr("=+-@\t\r", s[0]) != NULL;
}

static void check_text(importer *im, const row *r, int c, size_t max)
{
    const char *s = r->v[c];
    if (!*s)
        return;
    if (!xmlCheckUTF8((const xmlChar *)s))
        BAD(im, r, c, "not UTF-8 text: save the spreadsheet as CSV UTF-8");
    else if (formula_like(s))
        BAD(im, r, c, "'%.40s' looks like a spreadsheet formula: export values, not formulas",
            s);
    else if (max && strlen(s) > max)
        BAD(im, r, c, "longer than %zu characters", max);
}

static void check_id(importer *im, const row *r, int c)
{
    const char *s = r->v[c];
    if (formula_like(s))
        BAD(im, r, c, "'%.40s' looks like a spreadsheet formula: export values, not formulas",
            s);
    else if (*s && !ems_ident__valid(s))
        BAD(im, r, c, "'%.40s' is not an identifier: " EMS_IDENT_RULE, s);
}

/* A non-negative number with at most scale decimals, up to max units. */
static void check_number(importer *im, const row *r, int c, unsigned scale, int64_t max,
                         const char *what)
{
    const char *s = r->v[c];
    int64_t v;
    if (!*s)
        return;
    switch (ems_decimal__fixed(s, scale, max, &v)) {
    case EMS_DEC_OK:
        return;
    case EMS_DEC_PRECISION:
        BAD(im, r, c, "'%.40s' has more than %u decimals", s, scale);
        return;
    case EMS_DEC_RANGE:
        if (s[0] == '-')
            BAD(im, r, c, "'%.40s' is negative: %s cannot be", s, what);
        else
            BAD(im, r, c, "'%.40s' is too large", s);
        return;
    default:
        BAD(im, r, c, "'%.40s' is not a number: digits, and a point before %s", s,
            scale ? "the decimals" : "nothing (a whole number)");
    }
}

/* A quantity of activity data or an emission factor: any non-negative
 * decimal. */
static void check_quantity(importer *im, const row *r, int c)
{
    const char *s = r->v[c];
    int oom = 0;
    ems_arena tmp = EMS_ARENA_INIT;
    if (*s && s[0] == '-')
        BAD(im, r, c, "'%.40s' is negative", s);
    else if (*s && (s[0] == '+' || strlen(s) > 31 || !ems_decimal__canon(&tmp, s, &oom)))
        BAD(im, r, c, "'%.40s' is not a number: digits, and a point before the decimals", s);
    ems_arena__dispose(&tmp);
}

static void check_row(importer *im, row *r)
{
    for (int c = 0; c < NCOLUMNS; c++)
        if (required_column(c) && !*r->v[c] && !inventory_column(c))
            BAD(im, r, c, "empty: every row gives its %s", column_names[c]);
    check_id(im, r, COL_AGENCY);
    check_id(im, r, COL_PERIOD);
    check_id(im, r, COL_BASELINE);
    for (int c = COL_ACTIVITY_UNIT; c < NCOLUMNS; c++)
        if (c != COL_FACTOR && c != COL_COVERED && c != COL_TOTAL && c != COL_OFFSET)
            check_text(im, r, c, c == COL_COMMENT ? 0 : MAX_LABEL);
    r->source = EMS_SRC_COUNT_; /* none: no duplicate to find */
    if (*r->v[COL_SOURCE] && !ems_ghg__source_from_name(r->v[COL_SOURCE], &r->source))
        BAD(im, r, COL_SOURCE, "'%.40s' is not a source: air-travel, other-travel, electricity, "
            "heat-steam, stationary-combustion, vehicles, refrigerants or other",
            r->v[COL_SOURCE]);
    const char *scope = r->v[COL_SCOPE];
    if (*scope && !(scope[1] == '\0' && scope[0] >= '1' && scope[0] <= '3'))
        BAD(im, r, COL_SCOPE, "'%.40s' is not a scope: 1, 2 or 3", scope);
    check_number(im, r, COL_TCO2E, 3, EMS_MAX_TONNES_MILLI, "emissions");
    check_number(im, r, COL_OFFSET, 3, EMS_MAX_TONNES_MILLI, "offsets");
    check_number(im, r, COL_COVERED, 0, MAX_HEADCOUNT, "personnel");
    check_number(im, r, COL_TOTAL, 0, MAX_HEADCOUNT, "personnel");
    check_quantity(im, r, COL_ACTIVITY);
    check_quantity(im, r, COL_FACTOR);
    if (*r->v[COL_ACTIVITY] && !*r->v[COL_ACTIVITY_UNIT])
        BAD(im, r, COL_ACTIVITY_UNIT, "empty, but activity is given: say what it counts");
    if (*r->v[COL_FACTOR] && !*r->v[COL_FACTOR_UNIT])
        BAD(im, r, COL_FACTOR_UNIT, "empty, but factor is given: give its unit");
}

/* The header: every name known, none twice, the required ones present.
 * map[i] is the column of the file's i-th cell. */
static int read_header(importer *im, const ems_csv_record *h, int *map)
{
    bool seen[NCOLUMNS] = {false};
    for (size_t i = 0; i < h->ncells; i++) {
        const char *name = trim(h->cells[i]);
        map[i] = -1;
        for (int c = 0; c < NCOLUMNS; c++)
            if (strcmp(name, column_names[c]) == 0)
                map[i] = c;
        if (map[i] < 0) {
            ems_ctx__error(im->ctx, EMS_EINVALID, im->file, h->line,
                           "column %zu: '%.40s' is not a column name (see emscore template "
                           "--kind inventory --format csv)", i + 1, name);
            im->rc = EMS_EINVALID;
        } else if (seen[map[i]]) {
            ems_ctx__error(im->ctx, EMS_EINVALID, im->file, h->line,
                           "column %zu: '%s' appears twice in the header", i + 1, name);
            im->rc = EMS_EINVALID;
        } else {
            seen[map[i]] = true;
        }
    }
    for (int c = 0; c < NCOLUMNS; c++)
        if (required_column(c) && !seen[c]) {
            ems_ctx__error(im->ctx, EMS_EINVALID, im->file, h->line,
                           "the header has no column '%s'", column_names[c]);
            im->rc = EMS_EINVALID;
        }
    return im->rc;
}

static bool blank(const ems_csv_record *rec)
{
    for (size_t i = 0; i < rec->ncells; i++)
        if (*trim(rec->cells[i]))
            return false;
    return true;
}

static int add_row(importer *im, const ems_csv_record *rec, const int *map)
{
    if (im->nrows == im->cap) {
        size_t cap = im->cap ? im->cap * 2 : 64, bytes;
        if (__builtin_mul_overflow(cap, sizeof(row), &bytes))
            return EMS_ENOMEM;
        row *rows = realloc(im->rows, bytes);
        if (!rows)
            return EMS_ENOMEM;
        im->rows = rows, im->cap = cap;
    }
    row *r = &im->rows[im->nrows++];
    memset(r, 0, sizeof(*r));
    r->line = rec->line;
    for (int c = 0; c < NCOLUMNS; c++)
        r->v[c] = "";
    for (size_t i = 0; i < rec->ncells; i++) {
        r->v[map[i]] = trim(rec->cells[i]);
        r->col[map[i]] = i + 1;
    }
    check_row(im, r);
    return EMS_OK;
}

static int read_rows(importer *im, const char *data, size_t len)
{
    ems_csv csv;
    ems_csv_record rec;
    const char *error = NULL;
    int map[MAX_CELLS];
    uint64_t max_rows = ems_ctx_limit(im->ctx, EMS_LIMIT_ITEMS);
    ems_csv__init(&csv, data, len);
    ems_csv_status st = ems_csv__next(&csv, &im->arena, &rec, MAX_CELLS, &error);
    if (st == EMS_CSV_NOMEM)
        return EMS_ENOMEM;
    if (st != EMS_CSV_RECORD)
        return ems_ctx__error(im->ctx, EMS_EINVALID, im->file, 1,
                              st == EMS_CSV_END ? "empty file: the first line is the header"
                                                : "header: %s", error);
    size_t ncols = rec.ncells;
    if (read_header(im, &rec, map) != EMS_OK)
        return im->rc;
    char other = csv.sep == ',' ? ';' : ',';
    for (;;) {
        const char *start = csv.p;
        st = ems_csv__next(&csv, &im->arena, &rec, MAX_CELLS, &error);
        if (st == EMS_CSV_END)
            break;
        if (st == EMS_CSV_NOMEM)
            return EMS_ENOMEM;
        if (st == EMS_CSV_BAD) {
            im->rc = ems_ctx__error(im->ctx, EMS_EINVALID, im->file, rec.line, "%s", error);
            continue;
        }
        if (blank(&rec))
            continue;
        if (rec.ncells != ncols) {
            size_t as_other = ems_csv__count(start, (size_t)(csv.end - start), other);
            if (as_other == ncols)
                ems_ctx__error(im->ctx, EMS_EINVALID, im->file, rec.line,
                               "cells separated by '%c', but the header by '%c': use one "
                               "separator throughout", other, csv.sep);
            else
                ems_ctx__error(im->ctx, EMS_EINVALID, im->file, rec.line,
                               "%zu cells, but the header has %zu columns", rec.ncells, ncols);
            im->rc = EMS_EINVALID;
            continue;
        }
        if (im->nrows >= max_rows)
            return ems_ctx__error(im->ctx, EMS_ELIMIT, im->file, rec.line,
                                  "more than %llu rows (raise the limit with --max-items)",
                                  (unsigned long long)max_rows);
        if (add_row(im, &rec, map) != EMS_OK)
            return EMS_ENOMEM;
    }
    if (im->rc == EMS_OK && im->nrows == 0)
        return ems_ctx__error(im->ctx, EMS_EINVALID, im->file, 1,
                              "no rows after the header: nothing to import");
    return im->rc;
}

static int by_group_key(const row *a, const row *b)
{
    int c = strcmp(a->v[COL_AGENCY], b->v[COL_AGENCY]);
    return c ? c : strcmp(a->v[COL_PERIOD], b->v[COL_PERIOD]);
}

/* Rows by agency, period and source, then line: groups are runs. */
static int by_group(const void *pa, const void *pb)
{
    const row *a = pa, *b = pb;
    int c = by_group_key(a, b);
    if (!c)
        c = (int)a->source - (int)b->source;
    return c ? c : (a->line > b->line) - (a->line < b->line);
}

/* The group rows[0..n): one source per row, and the figures stated once
 * the same wherever given. first[c] gets the row giving column c. */
static void check_group(importer *im, const row *rows, size_t n, const row **first)
{
    for (int c = 0; c < NCOLUMNS; c++)
        first[c] = NULL;
    for (size_t i = 0; i < n; i++) {
        const row *r = &rows[i];
        if (i > 0 && r->source == rows[i - 1].source && r->source != EMS_SRC_COUNT_)
            BAD(im, r, COL_SOURCE, "a second row for %s %s %s (the first is line %ld)",
                r->v[COL_AGENCY], r->v[COL_PERIOD], r->v[COL_SOURCE], rows[i - 1].line);
        for (int c = 0; c < NCOLUMNS; c++) {
            if (!inventory_column(c) || !*r->v[c])
                continue;
            if (!first[c])
                first[c] = r;
            else if (strcmp(first[c]->v[c], r->v[c]) != 0)
                BAD(im, r, c, "'%.40s' differs from '%.40s' on line %ld: state it once per "
                    "agency and period, or the same on every row", r->v[c], first[c]->v[c],
                    first[c]->line);
        }
    }
    const row *last = &rows[n - 1];
    for (int c = COL_COVERED; c <= COL_TOTAL; c++)
        if (!first[c])
            BAD(im, last, c, "no row of %s %s gives it", last->v[COL_AGENCY], last->v[COL_PERIOD]);
    if (first[COL_BASELINE] && strcmp(first[COL_BASELINE]->v[COL_BASELINE], last->v[COL_PERIOD]) == 0)
        BAD(im, first[COL_BASELINE], COL_BASELINE, "'%s' is the period itself: name the period "
            "the reduction is measured against", last->v[COL_PERIOD]);
    int64_t covered, total;
    if (first[COL_COVERED] && first[COL_TOTAL] &&
        ems_decimal__fixed(first[COL_COVERED]->v[COL_COVERED], 0, MAX_HEADCOUNT, &covered) ==
            EMS_DEC_OK &&
        ems_decimal__fixed(first[COL_TOTAL]->v[COL_TOTAL], 0, MAX_HEADCOUNT, &total) ==
            EMS_DEC_OK) {
        if (total == 0)
            BAD(im, first[COL_TOTAL], COL_TOTAL, "0: the per-person figures divide by the total "
                "personnel, which must be at least 1");
        else if (covered > total)
            BAD(im, first[COL_COVERED], COL_COVERED, "%lld is above personnel_total (%lld)",
                (long long)covered, (long long)total);
    }
    if (first[COL_OFFSET] && !first[COL_OFFSET_STANDARD])
        BAD(im, first[COL_OFFSET], COL_OFFSET_STANDARD,
            "empty, but offsets are given: name the standard of the credits retired");
}

/* One generated document, validated, not yet written. */
typedef struct output_doc {
    char name[160]; /* AGENCY-PERIOD-inventory.xml */
    xmlChar *bytes;
    int len;
    bool written;
} output_doc;

static xmlNodePtr child(xmlNodePtr parent, const char *name)
{
    return xmlNewChild(parent, parent->ns, (const xmlChar *)name, NULL);
}

/* An attribute from a cell, canonical when it is a number; none when empty. */
static void cell_attr(xmlNodePtr node, const char *name, const char *value, bool number,
                      ems_arena *a)
{
    int oom = 0;
    if (!*value)
        return;
    const char *text = number ? ems_decimal__canon(a, value, &oom) : value;
    if (text)
        xmlNewProp(node, (const xmlChar *)name, (const xmlChar *)text);
}

/* The inventory of the group rows[0..n) as a document. */
static xmlDocPtr build_doc(importer *im, const row *rows, size_t n, const row *const *first)
{
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr root = doc ? xmlNewDocNode(doc, NULL, (const xmlChar *)"inventory", NULL) : NULL;
    if (!root) {
        xmlFreeDoc(doc);
        return NULL;
    }
    xmlDocSetRootElement(doc, root);
    xmlSetNs(root, xmlNewNs(root, (const xmlChar *)EMS_NAMESPACE, NULL));
    ems_arena *a = &im->arena;
    cell_attr(root, "agency", rows[0].v[COL_AGENCY], false, a);
    cell_attr(root, "period", rows[0].v[COL_PERIOD], false, a);
    if (first[COL_BASELINE])
        cell_attr(root, "baseline", first[COL_BASELINE]->v[COL_BASELINE], false, a);
    xmlNodePtr p = child(root, "personnel");
    cell_attr(p, "covered", first[COL_COVERED]->v[COL_COVERED], true, a);
    cell_attr(p, "total", first[COL_TOTAL]->v[COL_TOTAL], true, a);
    for (size_t i = 0; i < n; i++) {
        const row *r = &rows[i];
        xmlNodePtr e = child(root, "emission");
        cell_attr(e, "source", r->v[COL_SOURCE], false, a);
        cell_attr(e, "scope", r->v[COL_SCOPE], false, a);
        cell_attr(e, "tco2e", r->v[COL_TCO2E], true, a);
        if (*r->v[COL_ACTIVITY]) {
            xmlNodePtr act = child(e, "activity");
            cell_attr(act, "quantity", r->v[COL_ACTIVITY], true, a);
            cell_attr(act, "unit", r->v[COL_ACTIVITY_UNIT], false, a);
        }
        if (*r->v[COL_FACTOR]) {
            xmlNodePtr f = child(e, "factor");
            cell_attr(f, "value", r->v[COL_FACTOR], true, a);
            cell_attr(f, "unit", r->v[COL_FACTOR_UNIT], false, a);
            cell_attr(f, "source", r->v[COL_FACTOR_SOURCE], false, a);
        }
        if (*r->v[COL_COMMENT])
            xmlNewTextChild(e, e->ns, (const xmlChar *)"comment", (const xmlChar *)r->v[COL_COMMENT]);
    }
    if (first[COL_OFFSET]) {
        xmlNodePtr o = child(root, "offset");
        cell_attr(o, "tco2e", first[COL_OFFSET]->v[COL_OFFSET], true, a);
        cell_attr(o, "standard", first[COL_OFFSET_STANDARD]->v[COL_OFFSET_STANDARD], false, a);
        if (first[COL_OFFSET_REGISTRY])
            cell_attr(o, "registry", first[COL_OFFSET_REGISTRY]->v[COL_OFFSET_REGISTRY], false, a);
    }
    return doc;
}

/* Serialise the group's document and check it as any inventory is
 * checked; diagnostics name DIR/NAME. */
static int make_doc(importer *im, const ems_engine *engine, const char *dir, const row *rows,
                    size_t n, const row *const *first, output_doc *out)
{
    snprintf(out->name, sizeof(out->name), "%s-%s-inventory.xml", rows[0].v[COL_AGENCY],
             rows[0].v[COL_PERIOD]);
    xmlDocPtr doc = build_doc(im, rows, n, first);
    if (!doc)
        return ems_ctx__error(im->ctx, EMS_ENOMEM, im->file, 0, "out of memory");
    xmlDocDumpFormatMemoryEnc(doc, &out->bytes, &out->len, "UTF-8", 1);
    xmlFreeDoc(doc);
    if (!out->bytes)
        return ems_ctx__error(im->ctx, EMS_ENOMEM, im->file, 0, "out of memory");
    char shown[4200];
    snprintf(shown, sizeof(shown), "%s/%s", dir, out->name);
    xmlDocPtr check = NULL;
    ems_inventory *inv = NULL;
    int rc = ems_doc__load(&check, engine, im->ctx, shown, out->bytes, (size_t)out->len,
                           EMS_DOC_INVENTORY);
    if (rc == EMS_OK)
        rc = ems_inventory__from_doc(&inv, im->ctx, check, shown);
    ems_inventory_free(inv);
    xmlFreeDoc(check);
    return rc;
}

/* Write every document, or none: refuse when any target exists, and
 * remove those written when one fails. */
static int write_all(ems_ctx *ctx, const char *dir, output_doc *docs, size_t n)
{
    int dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirfd < 0)
        return ems_ctx__error(ctx, EMS_EIO, dir, 0, "cannot open the output folder: %s",
                              strerror(errno));
    char shown[4200];
    int rc = EMS_OK;
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        snprintf(shown, sizeof(shown), "%s/%s", dir, docs[i].name);
        if (fstatat(dirfd, docs[i].name, &st, AT_SYMLINK_NOFOLLOW) == 0 || errno != ENOENT)
            rc = ems_ctx__error(ctx, EMS_EIO, shown, 0,
                                "already exists: nothing was written; move it away or import "
                                "into another folder");
    }
    for (size_t i = 0; i < n && rc == EMS_OK; i++) {
        snprintf(shown, sizeof(shown), "%s/%s", dir, docs[i].name);
        rc = ems_output__write_at(ctx, dirfd, docs[i].name, shown, docs[i].bytes,
                                  (size_t)docs[i].len);
        docs[i].written = rc == EMS_OK;
    }
    for (size_t i = 0; i < n && rc != EMS_OK; i++)
        if (docs[i].written)
            unlinkat(dirfd, docs[i].name, 0);
    close(dirfd);
    return rc;
}

/* Check data, make and validate every document, and write them into dir
 * (NULL: check only). */
static int import(size_t *ndocs, const ems_engine *engine, ems_ctx *ctx, const char *name,
                  const char *data, size_t len, const char *dir)
{
    importer im = {ctx, name, EMS_ARENA_INIT, NULL, 0, 0, EMS_OK};
    size_t ngroups = 0;
    output_doc *docs = NULL;
    int rc = read_rows(&im, data, len);
    /* bad rows (EMS_EINVALID) still go through the checks across rows */
    if (rc != EMS_OK && !(rc == EMS_EINVALID && im.nrows > 0))
        goto done;
    ems_array__sort(im.rows, im.nrows, sizeof(row), by_group);
    docs = calloc(im.nrows, sizeof(*docs)); /* at most one group per row */
    if (!docs) {
        rc = ems_ctx__error(ctx, EMS_ENOMEM, name, 0, "out of memory");
        goto done;
    }
    for (size_t i = 0, j; i < im.nrows; i = j) {
        for (j = i + 1; j < im.nrows && by_group_key(&im.rows[i], &im.rows[j]) == 0; j++)
            ;
        const row *first[NCOLUMNS];
        check_group(&im, &im.rows[i], j - i, first);
        if (im.rc != EMS_OK)
            continue; /* every row is checked; no document is made */
        int grc = make_doc(&im, engine, dir ? dir : ".", &im.rows[i], j - i, first,
                           &docs[ngroups++]);
        if (grc != EMS_OK && (rc == EMS_OK || grc == EMS_ENOMEM))
            rc = grc;
    }
    if (rc == EMS_OK)
        rc = im.rc;
    if (rc == EMS_OK && dir)
        rc = write_all(ctx, dir, docs, ngroups);
    if (rc == EMS_OK && ndocs)
        *ndocs = ngroups;
done:
    for (size_t i = 0; i < ngroups; i++)
        xmlFree(docs[i].bytes);
    free(docs);
    free(im.rows);
    ems_arena__dispose(&im.arena);
    return rc;
}

int ems_import__check_csv(size_t *ndocs, const ems_engine *engine, ems_ctx *ctx,
                          const char *name, const void *data, size_t len)
{
    if (ndocs)
        *ndocs = 0;
    return import(ndocs, engine, ctx, name, data, len, NULL);
}

int ems_inventory_import_csv(size_t *ndocs, const ems_engine *engine, ems_ctx *ctx,
                             const char *path, const char *dir)
{
    if (ndocs)
        *ndocs = 0;
    if (!engine || !path || !dir)
        return EMS_EARG;
    unsigned char *data = NULL;
    size_t len = 0;
    int rc = ems_xml__read_inflated(&data, &len, ctx, path);
    if (rc == EMS_OK)
        rc = import(ndocs, engine, ctx, path, (const char *)data, len, dir);
    free(data);
    return rc;
}

int ems_import__template(char **out, size_t *len, ems_ctx *ctx, const char *agency,
                         const char *period, bool csv_header)
{
    static const int usual_scope[EMS_SRC_COUNT_] = {3, 3, 2, 2, 1, 1, 1, 3};
    *out = NULL;
    if (csv_header) {
        *out = strdup(ems_import__csv_header());
        if (!*out)
            return ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
        if (len)
            *len = strlen(*out);
        return EMS_OK;
    }
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr root = doc ? xmlNewDocNode(doc, NULL, (const xmlChar *)"inventory", NULL) : NULL;
    int rc = EMS_OK;
    if (!root) {
        rc = ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
        goto done;
    }
    xmlDocSetRootElement(doc, root);
    xmlSetNs(root, xmlNewNs(root, (const xmlChar *)EMS_NAMESPACE, NULL));
    xmlNewProp(root, (const xmlChar *)"agency", (const xmlChar *)agency);
    xmlNewProp(root, (const xmlChar *)"period", (const xmlChar *)period);
    xmlAddChild(root, xmlNewDocComment(doc, (const xmlChar *)
        " Add baseline=\"PERIOD\" to the root element to compute the reduction against that "
        "period's inventory. Replace every 0: covered is the personnel of the sites that "
        "report data, total the personnel the per-person figures divide by (at least 1). "));
    xmlNodePtr p = child(root, "personnel");
    xmlNewProp(p, (const xmlChar *)"covered", (const xmlChar *)"0");
    xmlNewProp(p, (const xmlChar *)"total", (const xmlChar *)"1");
    xmlAddChild(root, xmlNewDocComment(doc, (const xmlChar *)
        " Emissions in tCO2e, at most 3 decimals, one element per source; each may hold "
        "<activity quantity=\"...\" unit=\"...\"/>, <factor value=\"...\" unit=\"...\" "
        "source=\"...\"/> and a <comment>. "));
    for (int src = 0; src < EMS_SRC_COUNT_; src++) {
        char scope[2] = {(char)('0' + usual_scope[src]), '\0'};
        xmlNodePtr e = child(root, "emission");
        xmlNewProp(e, (const xmlChar *)"source", (const xmlChar *)ems_ghg__source_name((ems_ghg_source)src));
        xmlNewProp(e, (const xmlChar *)"scope", (const xmlChar *)scope);
        xmlNewProp(e, (const xmlChar *)"tco2e", (const xmlChar *)"0");
    }
    xmlAddChild(root, xmlNewDocComment(doc, (const xmlChar *)
        " Offsets retired for the period: <offset tco2e=\"...\" standard=\"...\" "
        "registry=\"...\"/> "));
    if (!ems_dom__dump(out, len, doc))
        rc = ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
done:
    xmlFreeDoc(doc);
    return rc;
}
