/*
 * The summary document: many results of one scorecard version and model
 * gathered for the system-wide report. Each results document is read,
 * validated and reduced to its overall and top-level area figures and its
 * unmet leaves, then freed; the summary is written with xmlTextWriter.
 * Hash maps keep every lookup O(1), so the whole is linear in the inputs
 * (plus the sort of the ranking).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "climate.h"
#include "digest.h"
#include "dom.h"
#include "internal.h"
#include "lang.h"
#include "periods.h"
#include "util/arena.h"
#include "util/decimal.h"
#include "util/ident.h"
#include "xmlw.h"

typedef struct area_def {
    const char *id;
    ems_text title;
    bool listed; /* placed in the output order */
    int64_t sum_self, sum_final; /* for the averages, hundredths */
    size_t n_self, n_final;
} area_def;

typedef struct leaf_def {
    const char *id, *kind, *area;
    bool mandatory;
    ems_text title;
    size_t unmet, partial, not_started, missing; /* entries, by final status */
} leaf_def;

typedef struct area_score {
    size_t area;
    const char *self, *final;
} area_score;

typedef struct unmet {
    size_t leaf;
    const char *status, *flags;
} unmet;

/* The overall attributes, in the order they are written. */
static const char *const overall_names[] = {"self",           "final",   "met",
                                            "grade",          "self-grade",
                                            "uncapped-grade", "counted", "rated",
                                            "achieved",       "gap"};
#define NOVERALL (sizeof(overall_names) / sizeof(overall_names[0]))

/* A group that was submitted but could not be scored, and why. */
typedef struct failure {
    const char *agency, *period, *reason;
} failure;

/* An entry's previous period, as the summary found it, and the earlier
 * recommendations of its register: followed up, of them implemented. */
typedef struct period_link {
    const char *previous; /* NULL: its first period */
    int64_t previous_final;
    size_t previous_scores, previous_nscores; /* a range of the area_score array */
    size_t earlier, followed, implemented;
} period_link;

typedef struct entry {
    const char *file, *agency, *period, *profile;
    const char *overall[NOVERALL];
    int64_t final; /* hundredths, -1 for na: the ranking key */
    size_t rank;
    size_t scores, nscores; /* a range of the area_score array */
    size_t unmets, nunmets; /* a range of the unmet array */
    period_link link;       /* its previous period and its register (periods.h) */
    const char *lead;       /* the agency of its review's lead; NULL when none */
    size_t themes;          /* its set of top-level areas, among the ranked entries' */
} entry;

/* The ranked entries reviewed on one set of top-level areas: the mean of
 * their final scores is what each of them is compared with. */
typedef struct theme_set {
    int64_t sum;
    size_t n; /* those whose final score is not na */
} theme_set;

struct ems_summary_builder {
    pthread_mutex_t lock; /* batch workers add their results concurrently */
    ems_arena arena;
    bool oom;
    const char *scorecard, *version, *model, *first_file;
    bool illustrative; /* some results are of invented data */
    ems_text title;
    xmlNodePtr methodology; /* copied from the first document */
    xmlDocPtr methodology_doc;
    const char **grade_ids; /* the scorecard's grades, highest first */
    int64_t *grade_min;     /* their minimum scores, hundredths */
    size_t ngrades;
    area_def *areas;
    size_t nareas, careas;
    leaf_def *leaves;
    size_t nleaves, cleaves;
    area_score *scores;
    size_t nscores, cscores;
    unmet *unmets;
    size_t nunmets, cunmets;
    entry *entries;
    size_t nentries, centries;
    failure *failures;
    size_t nfailures, cfailures;
    ems_idmap area_ids, leaf_ids, entry_ids;
    unsigned complete; /* the languages all added results are complete in (lang.h) */
    int64_t sum[3]; /* self, final, met */
    size_t n[3];
    bool ranked;
    ems_climate *climate; /* the inventories' figures (climate.c) */
    ems_digest *digest;   /* the reviews' typed findings (digest.c) */
    const char *only;      /* the one period ranked; NULL: each agency's latest */
    size_t nall;           /* entries of every period: those ranked come first */
    ems_period_plan plan;  /* periods.h, made when ranking */
    theme_set *theme_sets; /* the ranked entries' sets of areas, made when ranking */
    const struct entry **by_agency; /* the ranked entries by agency and period */
};
typedef struct ems_summary_builder summary;

/* "55.00" -> 5500; "na" (or anything else) -> -1. The schema has checked
 * the form: at most 100.00 with exactly two decimals. */
static int64_t hundredths(const char *s)
{
    int64_t v;
    return s && ems_decimal__fixed(s, 2, 10000, &v) == EMS_DEC_OK ? v : -1;
}

static const char *attr(summary *s, xmlNodePtr n, const char *name)
{
    return ems_dom__attr(&s->arena, n, name, &s->oom);
}

static xmlNodePtr child(xmlNodePtr n, const char *name)
{
    for (xmlNodePtr c = ems_dom__first(n); c; c = ems_dom__next(c))
        if (ems_dom__is(c, name))
            return c;
    return NULL;
}

static bool is_unmet(const char *status)
{
    return status && (strcmp(status, "partial") == 0 || strcmp(status, "not-started") == 0 ||
                      strcmp(status, "missing") == 0);
}

/* The leaves below area node n (of top-level area top) that are counted
 * and not met. */
static int collect_unmet(summary *s, xmlNodePtr n, const char *top)
{
    for (xmlNodePtr c = ems_dom__first(n); c; c = ems_dom__next(c)) {
        if (ems_dom__is(c, "area")) {
            int rc = collect_unmet(s, c, top);
            if (rc != EMS_OK)
                return rc;
            continue;
        }
        bool milestone = ems_dom__is(c, "milestone");
        if (!milestone && !ems_dom__is(c, "indicator"))
            continue;
        const char *status = attr(s, c, "status");
        if (!ems_dom__bool(c, "counted", false) || !is_unmet(status))
            continue;
        const char *id = attr(s, c, "id");
        if (!id)
            return EMS_ENOMEM;
        size_t leaf;
        if (!ems_idmap__get(&s->leaf_ids, id, &leaf)) {
            if (!ems_array__grow((void **)&s->leaves, &s->cleaves, s->nleaves, sizeof(leaf_def)))
                return EMS_ENOMEM;
            leaf = s->nleaves;
            s->leaves[leaf] = (leaf_def){
                .id = id,
                .kind = milestone ? "milestone" : "indicator",
                .area = top,
                .mandatory = ems_dom__bool(c, "mandatory", false),
                .title = ems_dom__texts(&s->arena, child(c, "title"), &s->oom)};
            if (ems_idmap__put(&s->leaf_ids, id, leaf, NULL) < 0)
                return EMS_ENOMEM;
            s->nleaves++;
        }
        if (!ems_array__grow((void **)&s->unmets, &s->cunmets, s->nunmets, sizeof(unmet)))
            return EMS_ENOMEM;
        s->unmets[s->nunmets++] = (unmet){leaf, status, attr(s, c, "flags")};
    }
    return s->oom ? EMS_ENOMEM : EMS_OK;
}

/* A grade (or other text) repeated in another language: the results give
 * each after the English one, with xml:lang. */
static bool is_translation(xmlNodePtr node)
{
    return xmlHasNsProp(node, (const xmlChar *)"lang", XML_XML_NAMESPACE) != NULL;
}

/* The grades of the methodology, for the bands and the grade counts. */
static int read_grades(summary *s)
{
    xmlNodePtr grades = child(s->methodology, "grades");
    for (xmlNodePtr g = ems_dom__first(grades); g; g = ems_dom__next(g))
        s->ngrades += !is_translation(g);
    s->grade_ids = ems_arena__alloc(&s->arena, s->ngrades + 1, sizeof(*s->grade_ids));
    s->grade_min = ems_arena__alloc(&s->arena, s->ngrades + 1, sizeof(*s->grade_min));
    if (!s->grade_ids || !s->grade_min)
        return EMS_ENOMEM;
    size_t i = 0;
    for (xmlNodePtr g = ems_dom__first(grades); g; g = ems_dom__next(g)) {
        if (is_translation(g))
            continue;
        s->grade_ids[i] = attr(s, g, "id");
        s->grade_min[i++] = hundredths(attr(s, g, "min"));
    }
    return s->oom ? EMS_ENOMEM : EMS_OK;
}

static void add_mean(int64_t *sum, size_t *n, int64_t v)
{
    if (v >= 0) {
        *sum += v;
        (*n)++;
    }
}

/* The languages a results document says its texts are complete in; only
 * English for results written before they said so. */
static unsigned complete_languages(xmlNodePtr root)
{
    xmlChar *list = xmlGetNoNsProp(child(root, "languages"), (const xmlChar *)"complete");
    unsigned set = list ? 0 : 1u << EMS_LANG_EN;
    char *rest = NULL;
    for (char *tok = list ? strtok_r((char *)list, " \t\n", &rest) : NULL; tok;
         tok = strtok_r(NULL, " \t\n", &rest)) {
        int k = ems_lang__index(tok);
        if (k >= 0)
            set |= 1u << k;
    }
    xmlFree(list);
    return set;
}

/* The earlier recommendations of a register: those with a status are
 * followed up. */
static void read_register(period_link *l, xmlNodePtr reg)
{
    for (xmlNodePtr r = ems_dom__first(reg); r; r = ems_dom__next(r)) {
        if (!ems_dom__is(r, "recommendation") || !ems_dom__bool(r, "earlier", false))
            continue;
        l->earlier++;
        xmlChar *status = xmlGetNoNsProp(r, (const xmlChar *)"status");
        l->followed += status != NULL;
        l->implemented += status && xmlStrEqual(status, (const xmlChar *)"implemented");
        xmlFree(status);
    }
}

/* The period just before period that results carry in their progress,
 * when scored over earlier ones: its final scores, overall and of the
 * areas the summary knows, after the entry's own in the area_score array.
 * The summary's own results of that agency replace it when they are as
 * recent (select_periods). */
static int read_progress(summary *s, period_link *l, xmlNodePtr progress, const char *period)
{
    xmlNodePtr best = NULL;
    const char *best_id = NULL;
    for (xmlNodePtr p = ems_dom__first(progress); p; p = ems_dom__next(p)) {
        const char *id = ems_dom__is(p, "period") ? attr(s, p, "id") : NULL;
        if (id && ems_periods__cmp(id, period) < 0 &&
            (!best_id || ems_periods__cmp(id, best_id) > 0)) {
            best = p;
            best_id = id;
        }
    }
    if (!best)
        return s->oom ? EMS_ENOMEM : EMS_OK;
    l->previous = best_id;
    l->previous_final = hundredths(attr(s, best, "final"));
    l->previous_scores = s->nscores;
    for (xmlNodePtr a = ems_dom__first(best); a; a = ems_dom__next(a)) {
        const char *id = ems_dom__is(a, "area") ? attr(s, a, "id") : NULL;
        size_t k;
        if (!id || !ems_idmap__get(&s->area_ids, id, &k))
            continue;
        if (!ems_array__grow((void **)&s->scores, &s->cscores, s->nscores, sizeof(area_score)))
            return EMS_ENOMEM;
        s->scores[s->nscores++] = (area_score){k, attr(s, a, "self"), attr(s, a, "final")};
    }
    l->previous_nscores = s->nscores - l->previous_scores;
    return s->oom ? EMS_ENOMEM : EMS_OK;
}

/* Reduce one valid results document to its entry. */
static int add_results(summary *s, ems_ctx *ctx, xmlDocPtr doc, const char *file)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    const char *scorecard = attr(s, root, "scorecard");
    const char *version = attr(s, root, "scorecard-version");
    const char *model = attr(s, root, "model");
    if (s->oom)
        return EMS_ENOMEM;
    s->illustrative |= ems_dom__bool(root, "illustrative", false);
    if (!s->scorecard) {
        s->scorecard = scorecard;
        s->version = version;
        s->model = model;
        s->first_file = file;
        s->title = ems_dom__texts(&s->arena, child(root, "title"), &s->oom);
        s->methodology_doc = xmlNewDoc((const xmlChar *)"1.0");
        s->methodology = s->methodology_doc
                             ? xmlDocCopyNode(child(root, "methodology"), s->methodology_doc, 1)
                             : NULL;
        if (!s->methodology)
            return EMS_ENOMEM;
        xmlDocSetRootElement(s->methodology_doc, s->methodology);
        if (read_grades(s) != EMS_OK)
            return EMS_ENOMEM;
    } else if (strcmp(scorecard, s->scorecard) != 0 || strcmp(version, s->version) != 0 ||
               strcmp(model, s->model) != 0) {
        return ems_ctx__error(ctx, EMS_EINVALID, file, xmlGetLineNo(root),
                              "results of scorecard %s version %s (model %s) cannot be "
                              "summarised with those of scorecard %s version %s (model %s), "
                              "such as %s",
                              scorecard, version, model, s->scorecard, s->version, s->model,
                              s->first_file);
    }

    s->complete &= complete_languages(root);
    entry e = {.file = ems_arena__strndup(&s->arena, file, strlen(file)), .agency = attr(s, root, "agency"), .period = attr(s, root, "period"),
               .profile = attr(s, root, "profile"), .scores = s->nscores, .unmets = s->nunmets};
    if (s->oom || !e.file)
        return EMS_ENOMEM;
    size_t len = strlen(e.agency) + strlen(e.period) + 2;
    char *key = ems_arena__alloc(&s->arena, len, 1);
    if (!key)
        return EMS_ENOMEM;
    snprintf(key, len, "%s\t%s", e.agency, e.period);
    size_t first;
    int put = ems_idmap__put(&s->entry_ids, key, s->nentries, &first);
    if (put < 0)
        return EMS_ENOMEM;
    if (put == 1)
        return ems_ctx__error(ctx, EMS_EINVALID, file, xmlGetLineNo(root),
                              "a second results document for agency %s, period %s (the first "
                              "is %s)",
                              e.agency, e.period, s->entries[first].file);

    xmlNodePtr overall = child(root, "overall");
    for (size_t i = 0; i < NOVERALL; i++)
        e.overall[i] = attr(s, overall, overall_names[i]);
    e.final = hundredths(e.overall[1]);
    read_register(&e.link, child(root, "register"));
    xmlNodePtr team = child(child(root, "peer-assessment"), "team");
    for (xmlNodePtr rv = ems_dom__first(team); rv && !e.lead; rv = ems_dom__next(rv)) {
        xmlChar *role = xmlGetNoNsProp(rv, (const xmlChar *)"role");
        if (role && xmlStrEqual(role, (const xmlChar *)"lead"))
            e.lead = attr(s, rv, "agency");
        xmlFree(role);
    }

    for (xmlNodePtr a = ems_dom__first(root); a; a = ems_dom__next(a)) {
        if (!ems_dom__is(a, "area"))
            continue;
        const char *id = attr(s, a, "id");
        if (!id)
            return EMS_ENOMEM;
        size_t k;
        if (!ems_idmap__get(&s->area_ids, id, &k)) {
            if (!ems_array__grow((void **)&s->areas, &s->careas, s->nareas, sizeof(area_def)))
                return EMS_ENOMEM;
            k = s->nareas;
            s->areas[k] = (area_def){.id = id,
                                     .title = ems_dom__texts(&s->arena, child(a, "title"), &s->oom)};
            if (ems_idmap__put(&s->area_ids, id, k, NULL) < 0)
                return EMS_ENOMEM;
            s->nareas++;
        }
        area_score sc = {k, attr(s, a, "self"), attr(s, a, "final")};
        if (!ems_array__grow((void **)&s->scores, &s->cscores, s->nscores, sizeof(area_score)))
            return EMS_ENOMEM;
        s->scores[s->nscores++] = sc;
        int rc = collect_unmet(s, a, id);
        if (rc != EMS_OK)
            return rc;
    }
    xmlNodePtr inventory = child(root, "inventory");
    ems_climate_figures fig;
    if (inventory && !ems_climate__from_node(&fig, inventory, e.agency, e.period))
        return ems_ctx__error(ctx, EMS_EINVALID, file, xmlGetLineNo(inventory),
                              "inventory figures of %s for %s that are not tonnes in hundredths",
                              e.agency, e.period);
    if (inventory && ems_climate__add(s->climate, &fig) != EMS_OK)
        return EMS_ENOMEM;
    e.nscores = s->nscores - e.scores;
    e.nunmets = s->nunmets - e.unmets;
    if (read_progress(s, &e.link, child(root, "progress"), e.period) != EMS_OK ||
        ems_digest__add(s->digest, root, e.agency, e.period) != EMS_OK)
        return EMS_ENOMEM;
    if (!ems_array__grow((void **)&s->entries, &s->centries, s->nentries, sizeof(entry)))
        return EMS_ENOMEM;
    s->entries[s->nentries++] = e;
    return s->oom ? EMS_ENOMEM : EMS_OK;
}

/* By agency, period and reason: the order of adds does not show. */
static int by_failure(const void *pa, const void *pb)
{
    const failure *a = pa, *b = pb;
    int c = strcmp(a->agency, b->agency);
    if (!c)
        c = strcmp(a->period, b->period);
    return c ? c : strcmp(a->reason, b->reason);
}

/* Best final score first, na last; then by agency and period. */
static int by_rank(const void *pa, const void *pb)
{
    const entry *a = pa, *b = pb;
    if (a->final != b->final)
        return a->final > b->final ? -1 : 1;
    int c = strcmp(a->agency, b->agency);
    return c ? c : strcmp(a->period, b->period);
}

/* ---- writing -------------------------------------------------------- */

/* "AGENCY<tab>PERIOD", the key of an entry in a map. */
static void entry_key(char key[160], const char *agency, const char *period)
{
    snprintf(key, 160, "%s\t%s", agency, period);
}

/* The first n entries by agency and period: the map borrows its keys from
 * the arena a. False when out of memory. */
static bool index_entries(ems_idmap *m, ems_arena *a, const summary *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char *key = ems_arena__alloc(a, 160, 1);
        if (!key)
            return false;
        entry_key(key, s->entries[i].agency, s->entries[i].period);
        if (ems_idmap__put(m, key, i, NULL) < 0)
            return false;
    }
    return true;
}

static bool is_ranked(const void *user, const char *agency, const char *period)
{
    char key[160];
    size_t i;
    entry_key(key, agency, period);
    return ems_idmap__get(user, key, &i);
}

/* <digest>, with the gaps counted over the ranked entries. */
static bool write_digest(ems_xw *w, const summary *s)
{
    ems_idmap ranked = EMS_IDMAP_INIT;
    ems_arena keys = EMS_ARENA_INIT;
    bool ok = index_entries(&ranked, &keys, s, s->nentries) &&
              ems_digest__write(s->digest, w, is_ranked, &ranked, s->nentries);
    ems_idmap__dispose(&ranked);
    ems_arena__dispose(&keys);
    return ok;
}

typedef struct reciprocal {
    const char *period, *agency, *other;
} reciprocal;

static int by_period_agency(const void *pa, const void *pb)
{
    const reciprocal *a = pa, *b = pb;
    int c = ems_periods__cmp(a->period, b->period);
    return c ? c : strcmp(a->agency, b->agency);
}

/* Two agencies that led each other's reviews in the same period: a
 * warning, for peer reviews are meant to be independent. Each pair once,
 * the lesser agency first, by period then agency. */
static int write_reciprocal(ems_xw *w, const summary *s)
{
    ems_idmap at = EMS_IDMAP_INIT;
    ems_arena keys = EMS_ARENA_INIT;
    reciprocal *found = malloc((s->nall ? s->nall : 1) * sizeof(*found));
    char key[160];
    size_t n = 0;
    int rc = found && index_entries(&at, &keys, s, s->nall) ? EMS_OK : EMS_ENOMEM;
    for (size_t i = 0; rc == EMS_OK && i < s->nall; i++) {
        const entry *a = &s->entries[i];
        size_t j;
        if (!a->lead || strcmp(a->agency, a->lead) >= 0)
            continue;
        entry_key(key, a->lead, a->period);
        if (ems_idmap__get(&at, key, &j) && s->entries[j].lead &&
            strcmp(s->entries[j].lead, a->agency) == 0)
            found[n++] = (reciprocal){a->period, a->agency, a->lead};
    }
    if (rc == EMS_OK) {
        ems_array__sort(found, n, sizeof(*found), by_period_agency);
        for (size_t k = 0; k < n; k++) {
            ems_xw__start(w, "reciprocal");
            ems_xw__attr(w, "period", found[k].period);
            ems_xw__attr(w, "agency", found[k].agency);
            ems_xw__attr(w, "other", found[k].other);
            ems_xw__end(w);
        }
    }
    ems_idmap__dispose(&at);
    ems_arena__dispose(&keys);
    free(found);
    return rc;
}

/* The text t itself (k = 0) or its translation k. */
static ems_text in_language(ems_text t, size_t k)
{
    return k ? t.translations[k - 1] : t;
}

/* The mean of n scores in hundredths, half up; -1 (na) when n is 0. */
static int64_t mean(int64_t sum, size_t n)
{
    return n ? (2 * sum + (int64_t)n) / (2 * (int64_t)n) : -1;
}

/* A score, percentage or signed difference in hundredths; "na" for a
 * score of -1. */
static void w_hundredths(ems_xw *w, const char *name, int64_t v)
{
    char buf[32];
    ems_xw__attr(w, name, ems_decimal__hundredths(buf, v));
}

static void w_score(ems_xw *w, const char *name, int64_t v)
{
    if (v < 0)
        ems_xw__attr(w, name, "na");
    else
        w_hundredths(w, name, v);
}

/* final - self, "na" when either is. */
static void w_gap(ems_xw *w, int64_t self, int64_t final)
{
    if (self < 0 || final < 0)
        ems_xw__attr(w, "gap", "na");
    else
        w_hundredths(w, "gap", final - self);
}

/* count of n in percent, hundredths half up. */
static void w_share(ems_xw *w, size_t count, size_t n)
{
    w_hundredths(w, "share", n ? (int64_t)((20000 * (uint64_t)count + n) / (2 * (uint64_t)n)) : 0);
}

/* The scores of an area (or of all): self, final, their gap, and the band
 * of the final score: the position of its grade among the scorecard's
 * grades, 1 the highest; no band when the final score is na or there are
 * no grades. */
static void w_scores(ems_xw *w, const summary *s, int64_t self, int64_t final)
{
    w_score(w, "self", self);
    w_score(w, "final", final);
    w_gap(w, self, final);
    if (final >= 0 && s->ngrades) {
        size_t band = 1;
        for (size_t g = 0; g < s->ngrades; g++)
            band += s->grade_min[g] > final;
        ems_xw__count(w, "band", (long long)band);
    }
}

/* The methodology as read: elements, attributes (xml:lang kept) and text. */
static void w_copy(ems_xw *w, xmlNodePtr n)
{
    ems_xw__start(w, (const char *)n->name);
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
        if (!v) {
            w->failed = true;
            continue;
        }
        char qname[128];
        snprintf(qname, sizeof(qname), "%s%s%.100s", a->ns ? (const char *)a->ns->prefix : "",
                 a->ns ? ":" : "", (const char *)a->name);
        ems_xw__attr(w, qname, (const char *)v);
        xmlFree(v);
    }
    if (ems_dom__first(n)) {
        for (xmlNodePtr c = ems_dom__first(n); c; c = ems_dom__next(c))
            w_copy(w, c);
    } else {
        xmlChar *text = xmlNodeGetContent(n);
        w->failed |= !text;
        ems_xw__text(w, (const char *)text);
        xmlFree(text);
    }
    ems_xw__end(w);
}

/* How many entries have each grade, and their share, in the scorecard's
 * order; then na when some entry's final score is. */
static void write_grade_counts(ems_xw *w, const summary *s)
{
    size_t na = s->nentries;
    ems_xw__start(w, "grade-counts");
    for (size_t g = 0; g < s->ngrades; g++) {
        size_t n = 0;
        for (size_t i = 0; i < s->nentries; i++)
            n += strcmp(s->entries[i].overall[3], s->grade_ids[g]) == 0;
        na -= n;
        ems_xw__start(w, "grade");
        ems_xw__attr(w, "id", s->grade_ids[g]);
        ems_xw__count(w, "entries", (long long)n);
        w_share(w, n, s->nentries);
        ems_xw__end(w);
    }
    if (na > 0) {
        ems_xw__start(w, "grade");
        ems_xw__attr(w, "id", "na");
        ems_xw__count(w, "entries", (long long)na);
        w_share(w, na, s->nentries);
        ems_xw__end(w);
    }
    ems_xw__end(w);
}

/* The final score of area in an entry's previous period; -1 when na or
 * not there. */
static int64_t previous_area(const summary *s, const period_link *l, size_t area)
{
    for (size_t i = l->previous_scores; i < l->previous_scores + l->previous_nscores; i++)
        if (s->scores[i].area == area)
            return hundredths(s->scores[i].final);
    return -1;
}

/* The change of a final score since the entry's previous period, "na"
 * when either is; nothing in its first period. */
static void w_change(ems_xw *w, const period_link *l, int64_t from, int64_t to)
{
    int64_t delta;
    if (!l->previous)
        return;
    if (ems_periods__change(from, to, &delta))
        w_hundredths(w, "change", delta);
    else
        ems_xw__attr(w, "change", "na");
}

/* A score's difference from the mean it is compared with (score -
 * average, signed), absent when either is na. */
static void w_difference(ems_xw *w, int64_t score, int64_t average)
{
    if (score >= 0 && average >= 0)
        w_hundredths(w, "difference", score - average);
}

/* How many earlier recommendations were followed up and implemented, and
 * the rate: of the system, or of one entry (doc/formats.md). */
static void w_implementation(ems_xw *w, size_t earlier, size_t followed, size_t implemented,
                             const char *rate_name)
{
    ems_xw__count(w, "earlier", (long long)earlier);
    ems_xw__count(w, "followed-up", (long long)followed);
    ems_xw__count(w, "implemented", (long long)implemented);
    w_score(w, rate_name, ems_periods__rate(implemented, followed));
}

static void write_entry(ems_xw *w, const summary *s, const entry *e, bool unmet_lists)
{
    char rank[32];
    ems_xw__start(w, "entry");
    if (e->final >= 0) {
        snprintf(rank, sizeof(rank), "%zu", e->rank);
        ems_xw__attr(w, "rank", rank);
    }
    ems_xw__attr(w, "agency", e->agency);
    ems_xw__attr(w, "period", e->period);
    ems_xw__attr(w, "profile", e->profile);
    for (size_t i = 0; i < NOVERALL; i++)
        ems_xw__attr(w, overall_names[i], e->overall[i]);
    ems_xw__attr(w, "previous", e->link.previous);
    w_change(w, &e->link, e->link.previous_final, e->final);
    if (e->link.earlier)
        w_implementation(w, e->link.earlier, e->link.followed, e->link.implemented,
                         "implementation-rate");
    const theme_set *t = &s->theme_sets[e->themes];
    if (t->n > 1 && e->final >= 0) { /* more than itself to compare with */
        ems_xw__count(w, "comparable", (long long)t->n);
        w_score(w, "average", mean(t->sum, t->n));
        w_difference(w, e->final, mean(t->sum, t->n));
    }
    for (size_t i = e->scores; i < e->scores + e->nscores; i++) {
        const area_def *a = &s->areas[s->scores[i].area];
        int64_t final = hundredths(s->scores[i].final);
        ems_xw__start(w, "area");
        ems_xw__attr(w, "id", a->id);
        w_scores(w, s, hundredths(s->scores[i].self), final);
        w_change(w, &e->link, previous_area(s, &e->link, s->scores[i].area), final);
        if (a->n_final > 1)
            w_difference(w, final, mean(a->sum_final, a->n_final));
        ems_xw__end(w);
    }
    for (size_t i = e->unmets; unmet_lists && i < e->unmets + e->nunmets; i++) {
        ems_xw__start(w, "unmet");
        ems_xw__attr(w, "id", s->leaves[s->unmets[i].leaf].id);
        ems_xw__attr(w, "status", s->unmets[i].status);
        ems_xw__attr(w, "flags", s->unmets[i].flags);
        ems_xw__end(w);
    }
    ems_xw__end(w);
}

/* Every period's averages, whatever is ranked, then the implementation
 * of the ranked entries' earlier recommendations (doc/formats.md). */
static void write_periods(ems_xw *w, const summary *s, const size_t *area_order)
{
    const ems_period_plan *p = &s->plan;
    size_t agencies = 0, earlier = 0, followed = 0, implemented = 0;
    ems_xw__start(w, "periods");
    ems_xw__attr(w, "ranked", s->only ? "period" : "latest");
    ems_xw__attr(w, "period", s->only);
    for (size_t k = 0; k < p->nperiods; k++) {
        const ems_period_sums *o = ems_periods__sums(p, k, EMS_NONE);
        ems_xw__start(w, "period");
        ems_xw__attr(w, "id", p->periods[k]);
        ems_xw__count(w, "agencies", (long long)p->agencies[k]);
        w_scores(w, s, mean(o->sum[0], o->n[0]), mean(o->sum[1], o->n[1]));
        w_score(w, "met", mean(o->sum[2], o->n[2]));
        for (size_t i = 0; i < s->nareas; i++) {
            const ems_period_sums *a = ems_periods__sums(p, k, area_order[i]);
            ems_xw__start(w, "area");
            ems_xw__attr(w, "id", s->areas[area_order[i]].id);
            w_scores(w, s, mean(a->sum[0], a->n[0]), mean(a->sum[1], a->n[1]));
            ems_xw__end(w);
        }
        ems_xw__end(w);
    }
    for (size_t i = 0; i < s->nentries; i++) {
        const period_link *l = &s->entries[i].link;
        agencies += l->earlier > 0;
        earlier += l->earlier;
        followed += l->followed;
        implemented += l->implemented;
    }
    ems_xw__start(w, "implementation");
    ems_xw__count(w, "agencies", (long long)agencies);
    w_implementation(w, earlier, followed, implemented, "rate");
    ems_xw__end(w);
    ems_xw__end(w);
}

/* Most often unmet first, then by id. */
static int by_unmet(const void *pa, const void *pb)
{
    const leaf_def *a = *(const leaf_def *const *)pa, *b = *(const leaf_def *const *)pb;
    if (a->unmet != b->unmet)
        return a->unmet > b->unmet ? -1 : 1;
    return strcmp(a->id, b->id);
}

/* Areas in the order the ranking first meets them, so the document
 * depends on the inputs' contents, not on their order; leaves most often
 * unmet first. */
static int listing_order(size_t **areas, const leaf_def ***leaves, summary *s)
{
    size_t na = 0;
    *areas = calloc(s->nareas ? s->nareas : 1, sizeof(size_t));
    *leaves = calloc(s->nleaves ? s->nleaves : 1, sizeof(leaf_def *));
    if (!*areas || !*leaves)
        return EMS_ENOMEM;
    for (size_t i = 0; i < s->nareas; i++)
        s->areas[i].listed = false;
    for (size_t i = 0; i < s->nall; i++) { /* the ranked first */
        const entry *e = &s->entries[i];
        for (size_t k = e->scores; k < e->scores + e->nscores; k++) {
            area_def *a = &s->areas[s->scores[k].area];
            if (!a->listed) {
                a->listed = true;
                (*areas)[na++] = s->scores[k].area;
            }
        }
    }
    for (size_t i = 0; i < s->nleaves; i++)
        (*leaves)[i] = &s->leaves[i];
    ems_array__sort(*leaves, s->nleaves, sizeof(leaf_def *), by_unmet);
    return EMS_OK;
}

static int write_summary(char **out, size_t *len, summary *s, bool unmet_lists)
{
    ems_xw w = {0};
    size_t *area_order = NULL;
    const leaf_def **leaf_order = NULL;
    int rc = listing_order(&area_order, &leaf_order, s);
    if (rc != EMS_OK || !ems_xw__open(&w)) {
        rc = EMS_ENOMEM;
        goto done;
    }
    ems_xw__start(&w, "summary");
    ems_xw__attr(&w, "xmlns", EMS_NAMESPACE);
    ems_xw__attr(&w, "scorecard", s->scorecard);
    ems_xw__attr(&w, "scorecard-version", s->version);
    ems_xw__attr(&w, "model", s->model);
    ems_xw__attr(&w, "illustrative", s->illustrative ? "true" : NULL);
    ems_xw__attr(&w, "generator", "emscore " EMS_VERSION_STRING);
    ems_xw__count(&w, "entries", (long long)s->nentries);
    for (size_t k = 0; k <= s->title.ntranslations; k++) {
        ems_xw__start(&w, "title");
        ems_xw__lang_text(&w, in_language(s->title, k));
        ems_xw__end(&w);
    }
    char langs[3 * EMS_NLANGS];
    ems_lang__list(langs, s->complete);
    ems_xw__start(&w, "languages");
    ems_xw__attr(&w, "complete", langs);
    ems_xw__end(&w);
    w_copy(&w, s->methodology);
    ems_xw__start(&w, "averages");
    w_scores(&w, s, mean(s->sum[0], s->n[0]), mean(s->sum[1], s->n[1]));
    w_score(&w, "met", mean(s->sum[2], s->n[2]));
    for (size_t i = 0; i < s->nareas; i++) {
        const area_def *a = &s->areas[area_order[i]];
        ems_xw__start(&w, "area");
        ems_xw__attr(&w, "id", a->id);
        w_scores(&w, s, mean(a->sum_self, a->n_self), mean(a->sum_final, a->n_final));
        ems_xw__end(&w);
    }
    ems_xw__end(&w);
    if (s->ngrades)
        write_grade_counts(&w, s);
    write_periods(&w, s, area_order);
    ems_xw__start(&w, "areas");
    for (size_t i = 0; i < s->nareas; i++) {
        const area_def *a = &s->areas[area_order[i]];
        for (size_t k = 0; k <= a->title.ntranslations; k++) {
            ems_xw__start(&w, "area");
            ems_xw__attr(&w, "id", a->id);
            ems_xw__lang_text(&w, in_language(a->title, k));
            ems_xw__end(&w);
        }
    }
    ems_xw__end(&w);
    ems_xw__start(&w, "leaves");
    for (size_t i = 0; i < s->nleaves; i++) {
        const leaf_def *l = leaf_order[i];
        for (size_t k = 0; l->unmet > 0 && k <= l->title.ntranslations; k++) {
            ems_xw__start(&w, "leaf");
            ems_xw__attr(&w, "id", l->id);
            ems_xw__attr(&w, "kind", l->kind);
            ems_xw__attr(&w, "area", l->area);
            ems_xw__attr(&w, "mandatory", l->mandatory ? "true" : "false");
            ems_xw__count(&w, "unmet", (long long)l->unmet);
            ems_xw__count(&w, "partial", (long long)l->partial);
            ems_xw__count(&w, "not-started", (long long)l->not_started);
            ems_xw__count(&w, "missing", (long long)l->missing);
            w_share(&w, l->unmet, s->nentries);
            ems_xw__lang_text(&w, in_language(l->title, k));
            ems_xw__end(&w);
        }
    }
    ems_xw__end(&w);
    for (size_t i = 0; i < s->nentries; i++)
        write_entry(&w, s, &s->entries[i], unmet_lists);
    ems_xw__start(&w, "by-agency");
    for (size_t i = 0; i < s->nentries; i++) {
        const entry *e = s->by_agency[i];
        ems_xw__start(&w, "ref");
        ems_xw__attr(&w, "agency", e->agency);
        ems_xw__attr(&w, "period", e->period);
        ems_xw__end(&w);
    }
    ems_xw__end(&w);
    for (size_t i = 0; i < s->nfailures; i++) {
        ems_xw__start(&w, "failed");
        ems_xw__attr(&w, "agency", s->failures[i].agency);
        ems_xw__attr(&w, "period", s->failures[i].period);
        ems_xw__text(&w, s->failures[i].reason);
        ems_xw__end(&w);
    }
    if (write_reciprocal(&w, s) != EMS_OK || !write_digest(&w, s))
        w.failed = true;
    w.failed |= !ems_climate__write(s->climate, &w);
    if (!ems_xw__finish(&w, out, len))
        rc = EMS_ENOMEM;
done:
    free(area_order);
    free((void *)leaf_order);
    ems_xw__discard(&w);
    return rc;
}

int ems_summary__new(ems_summary_builder **out)
{
    summary *s = calloc(1, sizeof(*s));
    if (!s)
        return EMS_ENOMEM;
    if (ems_climate__new(&s->climate) != EMS_OK || ems_digest__new(&s->digest) != EMS_OK ||
        pthread_mutex_init(&s->lock, NULL) != 0) {
        ems_climate__free(s->climate);
        ems_digest__free(s->digest);
        free(s);
        return EMS_ENOMEM;
    }
    s->arena = (ems_arena)EMS_ARENA_INIT;
    s->area_ids = s->leaf_ids = s->entry_ids = (ems_idmap)EMS_IDMAP_INIT;
    s->complete = EMS_LANGS_ALL;
    s->plan = (ems_period_plan)EMS_PERIOD_PLAN_INIT;
    *out = s;
    return EMS_OK;
}

int ems_summary__add_doc(ems_summary_builder *s, ems_ctx *ctx, xmlDocPtr doc, const char *file)
{
    pthread_mutex_lock(&s->lock);
    int rc = add_results(s, ctx, doc, file);
    pthread_mutex_unlock(&s->lock);
    if (rc == EMS_ENOMEM)
        ems_ctx__error(ctx, rc, file, 0, "out of memory");
    return rc;
}

int ems_summary__add_file(ems_summary_builder *s, const ems_engine *engine, ems_ctx *ctx,
                          const char *path)
{
    xmlDocPtr doc = NULL;
    int rc = ems_doc__load(&doc, engine, ctx, path, NULL, 0, EMS_DOC_RESULTS);
    if (rc == EMS_OK)
        rc = ems_summary__add_doc(s, ctx, doc, path);
    xmlFreeDoc(doc);
    return rc;
}

int ems_summary__add_failed(ems_summary_builder *s, const char *agency, const char *period,
                            const char *reason)
{
    pthread_mutex_lock(&s->lock);
    failure f = {ems_arena__strdup(&s->arena, agency), ems_arena__strdup(&s->arena, period),
                 ems_arena__strdup(&s->arena, reason)};
    bool ok = f.agency && f.period && f.reason &&
              ems_array__grow((void **)&s->failures, &s->cfailures, s->nfailures, sizeof(failure));
    if (ok)
        s->failures[s->nfailures++] = f;
    pthread_mutex_unlock(&s->lock);
    return ok ? EMS_OK : EMS_ENOMEM;
}

int ems_summary__add_inventory(ems_summary_builder *s, const struct ems_climate_figures *f)
{
    pthread_mutex_lock(&s->lock);
    int rc = ems_climate__add(s->climate, f);
    pthread_mutex_unlock(&s->lock);
    return rc;
}

int ems_summary__set_period(ems_summary_builder *s, const char *period)
{
    s->only = period ? ems_arena__strdup(&s->arena, period) : NULL;
    return period && !s->only ? EMS_ENOMEM : EMS_OK;
}

size_t ems_summary__count(const ems_summary_builder *s)
{
    return s->nentries;
}

/* The averages and the counts of unmet leaves, over the ranked entries. */
static void recount(summary *s)
{
    memset(s->sum, 0, sizeof(s->sum));
    memset(s->n, 0, sizeof(s->n));
    for (size_t i = 0; i < s->nareas; i++) {
        area_def *a = &s->areas[i];
        a->sum_self = a->sum_final = 0;
        a->n_self = a->n_final = 0;
    }
    for (size_t i = 0; i < s->nleaves; i++) {
        leaf_def *l = &s->leaves[i];
        l->unmet = l->partial = l->not_started = l->missing = 0;
    }
    for (size_t i = 0; i < s->nentries; i++) {
        const entry *e = &s->entries[i];
        for (int k = 0; k < 3; k++)
            add_mean(&s->sum[k], &s->n[k], hundredths(e->overall[k]));
        for (size_t k = e->scores; k < e->scores + e->nscores; k++) {
            area_def *a = &s->areas[s->scores[k].area];
            add_mean(&a->sum_self, &a->n_self, hundredths(s->scores[k].self));
            add_mean(&a->sum_final, &a->n_final, hundredths(s->scores[k].final));
        }
        for (size_t k = e->unmets; k < e->unmets + e->nunmets; k++) {
            leaf_def *l = &s->leaves[s->unmets[k].leaf];
            const char *status = s->unmets[k].status;
            l->unmet++;
            if (strcmp(status, "partial") == 0)
                l->partial++;
            else if (strcmp(status, "not-started") == 0)
                l->not_started++;
            else
                l->missing++;
        }
    }
}

/* Choose what is ranked (periods.h): each agency's latest period, or
 * s->only. Each entry is linked to its agency's previous period (of the
 * inputs, or the one its results carry when that is later), every
 * period's sums are counted, and the entries are reordered: the ranked
 * in [0, nentries), the others after them up to nall. Failed groups of
 * another period than s->only are dropped. */
static int select_periods(summary *s, ems_ctx *ctx)
{
    size_t n = s->nentries;
    ems_period_key *keys = calloc(n ? n : 1, sizeof(*keys));
    entry *moved = calloc(n ? n : 1, sizeof(*moved));
    int rc = keys && moved ? EMS_OK : EMS_ENOMEM;
    for (size_t i = 0; rc == EMS_OK && i < n; i++)
        keys[i] = (ems_period_key){s->entries[i].agency, s->entries[i].period};
    ems_periods__dispose(&s->plan);
    if (rc == EMS_OK)
        rc = ems_periods__plan(&s->plan, keys, n, s->only);
    if (rc == EMS_OK)
        rc = ems_periods__tally(&s->plan, s->nareas);
    if (rc != EMS_OK)
        goto done;
    if (s->plan.nranked == 0) {
        rc = ems_ctx__error(ctx, EMS_EINVALID, "", 0, "no results of period %s to summarise",
                            s->only);
        goto done;
    }
    size_t ranked = 0, other = s->plan.nranked;
    for (size_t i = 0; i < n; i++) {
        entry *e = &s->entries[i];
        size_t prev = s->plan.previous[i];
        if (prev != EMS_NONE &&
            (!e->link.previous ||
             ems_periods__cmp(s->entries[prev].period, e->link.previous) >= 0)) {
            const entry *p = &s->entries[prev];
            e->link.previous = p->period;
            e->link.previous_final = p->final;
            e->link.previous_scores = p->scores;
            e->link.previous_nscores = p->nscores;
        }
        ems_periods__add(&s->plan, i, EMS_NONE, hundredths(e->overall[0]), e->final,
                         hundredths(e->overall[2]));
        for (size_t k = e->scores; k < e->scores + e->nscores; k++)
            ems_periods__add(&s->plan, i, s->scores[k].area, hundredths(s->scores[k].self),
                             hundredths(s->scores[k].final), -1);
        moved[s->plan.ranked[i] ? ranked++ : other++] = *e;
    }
    memcpy(s->entries, moved, n * sizeof(*moved));
    s->nall = n;
    s->nentries = s->plan.nranked;
    size_t kept = 0;
    for (size_t i = 0; i < s->nfailures; i++)
        if (!s->only || strcmp(s->failures[i].period, s->only) == 0)
            s->failures[kept++] = s->failures[i];
    s->nfailures = kept;
    recount(s);
done:
    free(keys);
    free(moved);
    return rc;
}

/* The ranked entries' order by agency and period. */
static int by_agency_period(const void *pa, const void *pb)
{
    const entry *a = *(const entry *const *)pa, *b = *(const entry *const *)pb;
    int c = strcmp(a->agency, b->agency);
    return c ? c : strcmp(a->period, b->period);
}

/* What the report compares each ranked entry with (doc/formats.md,
 * "Summary"): the entries reviewed on the same set of top-level areas,
 * keyed by the areas' indices in increasing order; and the entries in
 * agency order, for a report that lists rather than ranks. */
static int compare(summary *s)
{
    ems_idmap sets = EMS_IDMAP_INIT;
    size_t nsets = 0;
    int rc = EMS_ENOMEM;
    s->theme_sets = ems_arena__alloc(&s->arena, s->nentries, sizeof(theme_set));
    s->by_agency = ems_arena__alloc(&s->arena, s->nentries, sizeof(entry *));
    size_t *areas = calloc(s->nareas ? s->nareas : 1, sizeof(size_t));
    char *key = malloc(s->nareas * 21 + 1);
    if (!s->theme_sets || !s->by_agency || !areas || !key)
        goto done;
    for (size_t i = 0; i < s->nentries; i++) {
        entry *e = &s->entries[i];
        size_t n = 0, len = 0, set;
        for (size_t k = e->scores; k < e->scores + e->nscores; k++) {
            size_t a = s->scores[k].area, j = n++;
            for (; j > 0 && areas[j - 1] > a; j--) /* a handful of areas: insertion */
                areas[j] = areas[j - 1];
            areas[j] = a;
        }
        key[0] = '\0';
        for (size_t k = 0; k < n; k++)
            len += (size_t)sprintf(key + len, "%zu,", areas[k]);
        const char *owned = ems_arena__strdup(&s->arena, key); /* the map borrows keys */
        int put = owned ? ems_idmap__put(&sets, owned, nsets, &set) : -1;
        if (put < 0)
            goto done;
        if (put == 0)
            set = nsets++;
        e->themes = set;
        add_mean(&s->theme_sets[set].sum, &s->theme_sets[set].n, e->final);
        s->by_agency[i] = e;
    }
    ems_array__sort(s->by_agency, s->nentries, sizeof(entry *), by_agency_period);
    rc = EMS_OK;
done:
    ems_idmap__dispose(&sets);
    free(areas);
    free(key);
    return rc;
}

static int finish(summary *s, ems_ctx *ctx, char **out, size_t *len, bool unmet_lists)
{
    *out = NULL;
    if (len)
        *len = 0;
    /* The scorecard's identity, title and methodology come from results:
     * failures alone make no summary. */
    if (s->nentries == 0)
        return ems_ctx__error(ctx, EMS_EARG, "", 0, "no results to summarise");
    if (!s->ranked) {
        int rc = select_periods(s, ctx);
        if (rc != EMS_OK)
            return rc == EMS_ENOMEM ? ems_ctx__error(ctx, rc, "", 0, "out of memory") : rc;
        ems_array__sort(s->failures, s->nfailures, sizeof(failure), by_failure);
        ems_array__sort(s->entries, s->nentries, sizeof(entry), by_rank);
        for (size_t i = 0; i < s->nentries; i++)
            s->entries[i].rank = i > 0 && s->entries[i].final == s->entries[i - 1].final
                                     ? s->entries[i - 1].rank
                                     : i + 1;
        s->ranked = true;
        if (compare(s) != EMS_OK)
            return ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    }
    int rc = write_summary(out, len, s, unmet_lists);
    if (rc == EMS_ENOMEM)
        ems_ctx__error(ctx, rc, "", 0, "out of memory while writing the summary");
    return rc;
}

int ems_summary__finish(ems_summary_builder *s, ems_ctx *ctx, char **out, size_t *len)
{
    return finish(s, ctx, out, len, true);
}

int ems_summary__figures(ems_summary_builder *s, ems_ctx *ctx, char **out, size_t *len)
{
    return finish(s, ctx, out, len, false);
}

void ems_summary__free(ems_summary_builder *s)
{
    if (!s)
        return;
    ems_idmap__dispose(&s->area_ids);
    ems_idmap__dispose(&s->leaf_ids);
    ems_idmap__dispose(&s->entry_ids);
    free(s->areas);
    free(s->leaves);
    free(s->scores);
    free(s->unmets);
    free(s->entries);
    free(s->failures);
    ems_periods__dispose(&s->plan);
    xmlFreeDoc(s->methodology_doc);
    ems_climate__free(s->climate);
    ems_digest__free(s->digest);
    ems_arena__dispose(&s->arena);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

int ems_summary_build(char **out, size_t *len, const ems_engine *engine, ems_ctx *ctx,
                      const char *const *paths, size_t n)
{
    return ems_summary_build_with(out, len, engine, ctx, paths, n, NULL);
}

int ems_summary_build_with(char **out, size_t *len, const ems_engine *engine, ems_ctx *ctx,
                           const char *const *paths, size_t n, const ems_summary_options *opts)
{
    if (!out)
        return EMS_EARG;
    *out = NULL;
    if (len)
        *len = 0;
    if (!engine || !paths || n == 0)
        return ems_ctx__error(ctx, EMS_EARG, "", 0, "ems_summary_build: no results to summarise");
    const char *period = opts ? opts->period : NULL;
    if (opts && (opts->version != EMS_SUMMARY_OPTIONS_VERSION ||
                 (period && !ems_ident__valid(period))))
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "ems_summary_build_with: options not from "
                              "EMS_SUMMARY_OPTIONS_INIT, or a period that is not an identifier");
    summary *s = NULL;
    if (ems_summary__new(&s) != EMS_OK || ems_summary__set_period(s, period) != EMS_OK) {
        ems_summary__free(s);
        return ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    }
    int rc = EMS_OK;
    for (size_t i = 0; i < n && rc != EMS_ENOMEM; i++) {
        int r = ems_summary__add_file(s, engine, ctx, paths[i]);
        /* Keep reading: every bad input is reported, the worst code wins. */
        if (r != EMS_OK && (rc == EMS_OK || r == EMS_ENOMEM || r == EMS_EIO))
            rc = r;
    }
    if (rc == EMS_OK)
        rc = ems_summary__finish(s, ctx, out, len);
    ems_summary__free(s);
    return rc;
}
