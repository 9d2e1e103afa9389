/*
 * Earlier periods: results documents read back (validated like any input)
 * into the figures and register that followup.c compares and carries on,
 * and the same figures taken from results just scored.
 */
#include <stdlib.h>
#include <string.h>

#include "dom.h"
#include "followup.h"
#include "internal.h"
#include "util/decimal.h"
#include "util/ident.h"

struct ems_history {
    ems_arena arena;
    ems_figures *periods;
    size_t n, cap;
};

int ems_history_new(ems_history **out)
{
    if (!out)
        return EMS_EARG;
    *out = calloc(1, sizeof(**out));
    return *out ? EMS_OK : EMS_ENOMEM;
}

void ems_history_free(ems_history *h)
{
    if (!h)
        return;
    ems_arena__dispose(&h->arena);
    free(h->periods);
    free(h);
}

size_t ems_history__count(const ems_history *h)
{
    return h ? h->n : 0;
}

const ems_figures *ems_history__period(const ems_history *h, size_t i)
{
    return &h->periods[i];
}

/* A score, "55.00", as hundredths; "na" (or anything else) as NA. The
 * schema has checked the form: 0.00 to 100.00. */
static int64_t parse_score(const char *s)
{
    int64_t v;
    return s && ems_decimal__fixed(s, 2, 10000, &v) == EMS_DEC_OK ? v : EMS_SCORE_NA;
}

typedef struct reader {
    ems_arena *a;
    bool oom;
} reader;

static const char *attr(reader *rd, xmlNodePtr n, const char *name)
{
    return ems_dom__attr(rd->a, n, name, &rd->oom);
}

static xmlNodePtr child(xmlNodePtr n, const char *name)
{
    for (xmlNodePtr c = ems_dom__first(n); c; c = ems_dom__next(c))
        if (ems_dom__is(c, name))
            return c;
    return NULL;
}

static size_t count_items(xmlNodePtr n)
{
    size_t k = 0;
    for (xmlNodePtr c = ems_dom__first(n); c; c = ems_dom__next(c))
        if (ems_dom__is(c, "area") || ems_dom__is(c, "milestone") || ems_dom__is(c, "indicator"))
            k += 1 + (ems_dom__is(c, "area") ? count_items(c) : 0);
    return k;
}

static void read_items(reader *rd, ems_figures *f, xmlNodePtr n, size_t parent)
{
    for (xmlNodePtr c = ems_dom__first(n); c && !rd->oom; c = ems_dom__next(c)) {
        bool area = ems_dom__is(c, "area");
        if (!area && !ems_dom__is(c, "milestone") && !ems_dom__is(c, "indicator"))
            continue;
        size_t i = f->nitems++;
        ems_fig_item *it = &f->items[i];
        it->id = attr(rd, c, "id");
        it->kind = area ? EMS_ITEM_AREA
                 : ems_dom__is(c, "milestone") ? EMS_ITEM_MILESTONE : EMS_ITEM_INDICATOR;
        it->parent = parent;
        it->self = parse_score(attr(rd, c, "self"));
        it->final = parse_score(attr(rd, c, "final"));
        it->status = ems_score__status_from(attr(rd, c, "status"));
        it->mandatory = ems_dom__bool(c, "mandatory", false);
        const char *flags = attr(rd, c, "flags");
        it->blocked = flags && strncmp(flags, "blocked", 7) == 0;
        xmlNodePtr title = child(c, "title");
        if (title)
            it->title = ems_dom__text(rd->a, title, &rd->oom);
        if (area)
            read_items(rd, f, c, i);
    }
}

static void read_evidence(reader *rd, xmlNodePtr n, const ems_evidence **out, size_t *count)
{
    size_t k = 0;
    for (xmlNodePtr c = ems_dom__first(n); c; c = ems_dom__next(c))
        k += ems_dom__is(c, "evidence");
    ems_evidence *ev = ems_arena__alloc(rd->a, k ? k : 1, sizeof(*ev));
    *out = ev;
    *count = 0;
    if (!ev) {
        rd->oom = true;
        return;
    }
    for (xmlNodePtr c = ems_dom__first(n); c && !rd->oom; c = ems_dom__next(c))
        if (ems_dom__is(c, "evidence")) {
            ev[*count].href = attr(rd, c, "href");
            ev[*count].text = ems_dom__text(rd->a, c, &rd->oom);
            (*count)++;
        }
}

static int source_status(reader *rd, xmlNodePtr n, const char *name)
{
    ems_follow_status s;
    return ems_follow__status_from(attr(rd, n, name), &s) ? (int)s : -1;
}

static void read_recommendation(reader *rd, xmlNodePtr n, ems_rec_entry *e, const char *file)
{
    e->id = attr(rd, n, "id");
    e->made = attr(rd, n, "made");
    e->milestone = attr(rd, n, "milestone");
    const char *prio = attr(rd, n, "priority");
    e->priority = prio && strcmp(prio, "low") == 0      ? EMS_PRIO_LOW
                : prio && strcmp(prio, "medium") == 0   ? EMS_PRIO_MEDIUM
                                                        : EMS_PRIO_HIGH;
    e->owner = attr(rd, n, "owner");
    e->due = attr(rd, n, "due");
    e->file = file;
    e->line = xmlGetLineNo(n);
    size_t nst = 0;
    for (xmlNodePtr c = ems_dom__first(n); c; c = ems_dom__next(c))
        nst += ems_dom__is(c, "status");
    e->history = ems_arena__alloc(rd->a, nst ? nst : 1, sizeof(*e->history));
    if (!e->history) {
        rd->oom = true;
        return;
    }
    for (xmlNodePtr c = ems_dom__first(n); c && !rd->oom; c = ems_dom__next(c)) {
        if (ems_dom__is(c, "text")) {
            e->text = ems_dom__text(rd->a, c, &rd->oom);
        } else if (ems_dom__is(c, "reply")) {
            ems_reply *rp = ems_arena__alloc(rd->a, 1, sizeof(*rp));
            if (!rp) {
                rd->oom = true;
                return;
            }
            rp->recommendation = e->id;
            ems_follow__decision_from(attr(rd, c, "decision"), &rp->decision);
            rp->owner = attr(rd, c, "owner");
            rp->due = attr(rd, c, "due");
            xmlNodePtr action = child(c, "action"), comment = child(c, "comment");
            if (action)
                rp->action = ems_dom__text(rd->a, action, &rd->oom);
            if (comment)
                rp->comment = ems_dom__text(rd->a, comment, &rd->oom);
            e->reply = rp;
        } else if (ems_dom__is(c, "status")) {
            ems_rec_status *st = &e->history[e->nhistory++];
            st->period = attr(rd, c, "period");
            int s = source_status(rd, c, "status");
            st->status = s < 0 ? EMS_FS_NOT_STARTED : (ems_follow_status)s;
            st->self = source_status(rd, c, "self");
            st->peer = source_status(rd, c, "peer");
            const char *flags = attr(rd, c, "flags");
            st->disagreement = flags && strcmp(flags, "disagreement") == 0;
            read_evidence(rd, c, &st->evidence, &st->nevidence);
            xmlNodePtr comment = child(c, "comment");
            if (comment)
                st->comment = ems_dom__text(rd->a, comment, &rd->oom);
        }
    }
}

static void read_register(reader *rd, ems_figures *f, xmlNodePtr reg)
{
    size_t k = 0;
    for (xmlNodePtr c = ems_dom__first(reg); c; c = ems_dom__next(c))
        k += ems_dom__is(c, "recommendation");
    f->register_ = ems_arena__alloc(rd->a, k ? k : 1, sizeof(*f->register_));
    if (!f->register_) {
        rd->oom = true;
        return;
    }
    for (xmlNodePtr c = ems_dom__first(reg); c && !rd->oom; c = ems_dom__next(c))
        if (ems_dom__is(c, "recommendation"))
            read_recommendation(rd, c, &f->register_[f->nregister++], f->file);
}

/* The review's reference date: the peer assessment's date, else the end
 * of its mission, else the self-assessment's date. */
static const char *read_asof(reader *rd, xmlNodePtr root)
{
    xmlNodePtr peer = child(root, "peer-assessment"), self = child(root, "self-assessment");
    xmlNodePtr date = peer ? child(peer, "date") : NULL;
    if (date)
        return ems_dom__text(rd->a, date, &rd->oom).text;
    xmlNodePtr mission = peer ? child(peer, "mission") : NULL;
    if (mission)
        return attr(rd, mission, "to");
    date = self ? child(self, "date") : NULL;
    return date ? ems_dom__text(rd->a, date, &rd->oom).text : NULL;
}

static int read_figures(ems_figures *f, ems_arena *a, xmlDocPtr doc, const char *file)
{
    reader rd = {a, false};
    xmlNodePtr root = xmlDocGetRootElement(doc);
    memset(f, 0, sizeof(*f));
    f->file = ems_arena__strdup(a, file);
    f->agency = attr(&rd, root, "agency");
    f->period = attr(&rd, root, "period");
    f->scorecard = attr(&rd, root, "scorecard");
    f->version = attr(&rd, root, "scorecard-version");
    f->model = attr(&rd, root, "model");
    f->asof = read_asof(&rd, root);
    f->illustrative = ems_dom__bool(root, "illustrative", false);
    xmlNodePtr overall = child(root, "overall");
    f->self = parse_score(attr(&rd, overall, "self"));
    f->final = parse_score(attr(&rd, overall, "final"));
    f->met = parse_score(attr(&rd, overall, "met"));
    f->grade = attr(&rd, overall, "grade");
    size_t n = count_items(root);
    f->items = ems_arena__alloc(a, n ? n : 1, sizeof(*f->items));
    if (!f->items)
        rd.oom = true;
    else
        read_items(&rd, f, root, EMS_NONE);
    xmlNodePtr reg = child(root, "register");
    if (reg && !rd.oom)
        read_register(&rd, f, reg);
    return rd.oom || !f->file ? EMS_ENOMEM : EMS_OK;
}

int ems_history__add_doc(ems_history *h, ems_ctx *ctx, xmlDocPtr doc, const char *file)
{
    if (h->n == h->cap) {
        size_t cap = h->cap ? 2 * h->cap : 4;
        ems_figures *grown = realloc(h->periods, cap * sizeof(*grown));
        if (!grown)
            return ems_ctx__error(ctx, EMS_ENOMEM, file, 0, "out of memory");
        h->periods = grown;
        h->cap = cap;
    }
    int rc = read_figures(&h->periods[h->n], &h->arena, doc, file);
    if (rc != EMS_OK)
        return ems_ctx__error(ctx, rc, file, 0, "out of memory");
    h->n++;
    return EMS_OK;
}

int ems_history_add_file(ems_history *h, const ems_engine *engine, ems_ctx *ctx, const char *path)
{
    if (!h || !engine || !path)
        return EMS_EARG;
    xmlDocPtr doc = NULL;
    int rc = ems_doc__load(&doc, engine, ctx, path, NULL, 0, EMS_DOC_RESULTS);
    if (rc == EMS_OK)
        rc = ems_history__add_doc(h, ctx, doc, path);
    xmlFreeDoc(doc);
    return rc;
}
