/*
 * Peer review over time: follow-up statuses, the recommendation register
 * and the changes between periods (doc/scoring.md, "Progress and
 * follow-up"). Every figure is an exact difference of hundredths.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "followup.h"
#include "internal.h"
#include "util/arena.h"
#include "util/ident.h"

static const char *const status_names[] = {
    [EMS_FS_IMPLEMENTED] = "implemented",
    [EMS_FS_IN_PROGRESS] = "in-progress",
    [EMS_FS_NOT_STARTED] = "not-started",
    [EMS_FS_SUPERSEDED] = "superseded",
    [EMS_FS_NO_LONGER_RELEVANT] = "no-longer-relevant",
};

static const char *const decision_names[] = {
    [EMS_DECISION_ACCEPTED] = "accepted",
    [EMS_DECISION_PARTIAL] = "partially-accepted",
    [EMS_DECISION_REJECTED] = "rejected",
};

const char *ems_follow__status_name(ems_follow_status s)
{
    return (unsigned)s < EMS_FS_COUNT_ ? status_names[s] : NULL;
}

bool ems_follow__status_from(const char *name, ems_follow_status *out)
{
    int i = ems_ident__lookup(status_names, EMS_FS_COUNT_, name);
    if (i < 0)
        return false;
    *out = (ems_follow_status)i;
    return true;
}

const char *ems_follow__decision_name(ems_decision d)
{
    return (unsigned)d <= EMS_DECISION_REJECTED ? decision_names[d] : NULL;
}

bool ems_follow__decision_from(const char *name, ems_decision *out)
{
    int i = ems_ident__lookup(decision_names, 3, name);
    if (i < 0)
        return false;
    *out = (ems_decision)i;
    return true;
}

const char *ems_follow__priority_name(ems_priority p)
{
    static const char *const names[] = {"high", "medium", "low"};
    return (unsigned)p <= EMS_PRIO_LOW ? names[p] : NULL;
}

const char *ems_follow__direction_name(ems_direction d)
{
    static const char *const names[] = {"improved", "declined", "unchanged", "na"};
    return (unsigned)d <= EMS_DIR_NONE ? names[d] : NULL;
}

int ems_follow__period_cmp(const char *a, const char *b)
{
    while (*a && *b) {
        if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
            while (*a == '0')
                a++;
            while (*b == '0')
                b++;
            size_t na = 0, nb = 0;
            while (isdigit((unsigned char)a[na]))
                na++;
            while (isdigit((unsigned char)b[nb]))
                nb++;
            if (na != nb)
                return na < nb ? -1 : 1;
            int c = memcmp(a, b, na);
            if (c)
                return c < 0 ? -1 : 1;
            a += na;
            b += nb;
            continue;
        }
        if (*a != *b)
            return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
        a++;
        b++;
    }
    return *a ? 1 : *b ? -1 : 0;
}

bool ems_follow__merge(ems_rec_status *out, const ems_followup *self, const ems_followup *peer)
{
    const ems_followup *won = peer ? peer : self;
    if (!won)
        return false;
    out->status = won->status;
    out->self = self ? (int)self->status : -1;
    out->peer = peer ? (int)peer->status : -1;
    out->disagreement = self && peer && self->status != peer->status;
    out->evidence = won->evidence;
    out->nevidence = won->nevidence;
    out->comment = won->comment;
    return true;
}

bool ems_follow__overdue(const char *due, const char *asof, const ems_follow_status *latest)
{
    if (!due || !asof)
        return false;
    if (latest && (*latest == EMS_FS_IMPLEMENTED || *latest == EMS_FS_SUPERSEDED ||
                   *latest == EMS_FS_NO_LONGER_RELEVANT))
        return false;
    /* xs:date values of the form YYYY-MM-DD compare as text; a time zone
     * suffix does not change the day. */
    return strncmp(due, asof, 10) < 0;
}

ems_direction ems_follow__change(int64_t from, int64_t to, int64_t *delta)
{
    *delta = 0;
    if (from == EMS_SCORE_NA || to == EMS_SCORE_NA)
        return EMS_DIR_NONE;
    *delta = to - from;
    return *delta > 0 ? EMS_DIR_IMPROVED : *delta < 0 ? EMS_DIR_DECLINED : EMS_DIR_UNCHANGED;
}

/* ---- changes between two periods ------------------------------------- */

static bool is_leaf(const ems_fig_item *it)
{
    return it->kind != EMS_ITEM_AREA;
}

static bool has_ancestor(const ems_figures *f, size_t i, size_t area)
{
    for (size_t p = f->items[i].parent; p != EMS_NONE; p = f->items[p].parent)
        if (p == area)
            return true;
    return false;
}

/* The leaves under area a of f (every leaf when a is EMS_NONE) are exactly
 * those under the area of the same id in g. */
static bool same_leaves(const ems_figures *f, size_t a, const ems_figures *g, const ems_idmap *gids)
{
    size_t ga = EMS_NONE, nf = 0, ng = 0;
    if (a != EMS_NONE && !ems_idmap__get(gids, f->items[a].id, &ga))
        return false;
    for (size_t i = 0; i < f->nitems; i++) {
        if (!is_leaf(&f->items[i]) || (a != EMS_NONE && !has_ancestor(f, i, a)))
            continue;
        size_t j;
        if (!ems_idmap__get(gids, f->items[i].id, &j) || !is_leaf(&g->items[j]) ||
            (ga != EMS_NONE && !has_ancestor(g, j, ga)))
            return false;
        nf++;
    }
    for (size_t j = 0; j < g->nitems; j++)
        ng += is_leaf(&g->items[j]) && (ga == EMS_NONE || has_ancestor(g, j, ga));
    return nf == ng;
}

static int index_items(ems_idmap *m, const ems_figures *f)
{
    for (size_t i = 0; i < f->nitems; i++)
        if (ems_idmap__put(m, f->items[i].id, i, NULL) < 0)
            return EMS_ENOMEM;
    return EMS_OK;
}

static void compare_one(ems_change *c, const ems_fig_item *from, const ems_fig_item *to)
{
    c->from = from->final;
    c->to = to->final;
    c->from_status = from->status;
    c->to_status = to->status;
    c->from_blocked = from->blocked;
    c->to_blocked = to->blocked;
    c->direction = ems_follow__change(c->from, c->to, &c->delta);
}

int ems_follow__compare(ems_changes *out, ems_arena *arena, const ems_figures *since,
                        const ems_figures *cur)
{
    memset(out, 0, sizeof(*out));
    out->since = since;
    ems_idmap prev = EMS_IDMAP_INIT, now = EMS_IDMAP_INIT;
    int rc = index_items(&prev, since);
    if (rc == EMS_OK)
        rc = index_items(&now, cur);
    size_t nareas = 0, nleaves = 0;
    for (size_t i = 0; i < cur->nitems; i++)
        nareas += !is_leaf(&cur->items[i]);
    nleaves = cur->nitems - nareas;
    out->areas = ems_arena__alloc(arena, nareas ? nareas : 1, sizeof(*out->areas));
    out->leaves = ems_arena__alloc(arena, nleaves ? nleaves : 1, sizeof(*out->leaves));
    out->uncomparable = ems_arena__alloc(arena, cur->nitems + since->nitems + 1,
                                         sizeof(*out->uncomparable));
    if (!out->areas || !out->leaves || !out->uncomparable)
        rc = EMS_ENOMEM;
    if (rc != EMS_OK)
        goto done;
    out->overall = (ems_change){.item = EMS_NONE};
    if (same_leaves(cur, EMS_NONE, since, &prev)) {
        out->overall.from = since->final;
        out->overall.to = cur->final;
        out->overall.direction = ems_follow__change(since->final, cur->final, &out->overall.delta);
    } else {
        out->overall.reason = "items";
        out->overall.direction = EMS_DIR_NONE;
    }
    for (size_t i = 0; i < cur->nitems; i++) {
        const ems_fig_item *it = &cur->items[i];
        size_t j;
        bool shared = ems_idmap__get(&prev, it->id, &j) && since->items[j].kind == it->kind;
        ems_change c = {.item = i, .id = it->id, .kind = it->kind};
        if (!shared) {
            c.reason = "new";
            c.direction = EMS_DIR_NONE;
            out->uncomparable[out->nuncomparable++] = c;
            continue;
        }
        if (!is_leaf(it)) {
            if (same_leaves(cur, i, since, &prev))
                compare_one(&c, &since->items[j], it);
            else {
                c.reason = "items";
                c.direction = EMS_DIR_NONE;
            }
            out->areas[out->nareas++] = c;
            continue;
        }
        compare_one(&c, &since->items[j], it);
        if (c.direction == EMS_DIR_IMPROVED)
            out->improved++;
        else if (c.direction == EMS_DIR_DECLINED)
            out->declined++;
        else if (c.direction == EMS_DIR_UNCHANGED)
            out->unchanged++;
        if (c.direction == EMS_DIR_IMPROVED || c.direction == EMS_DIR_DECLINED)
            out->leaves[out->nleaves++] = c;
    }
    for (size_t j = 0; j < since->nitems; j++) {
        size_t i;
        if (ems_idmap__get(&now, since->items[j].id, &i) && cur->items[i].kind == since->items[j].kind)
            continue;
        out->uncomparable[out->nuncomparable++] =
            (ems_change){.item = EMS_NONE, .id = since->items[j].id, .kind = since->items[j].kind,
                         .direction = EMS_DIR_NONE, .reason = "gone"};
    }
done:
    ems_idmap__dispose(&prev);
    ems_idmap__dispose(&now);
    return rc;
}

/* ---- the register ---------------------------------------------------- */

typedef struct reg {
    ems_rec_entry *e;
    size_t n, cap;
    ems_idmap ids;
    ems_arena *arena;
    ems_ctx *ctx;
    int rc;
} reg;

static ems_rec_entry *reg_add(reg *g, const ems_rec_entry *e)
{
    if (g->n == g->cap) {
        size_t cap = g->cap ? 2 * g->cap : 16;
        ems_rec_entry *grown = ems_arena__alloc(g->arena, cap, sizeof(*grown));
        if (!grown)
            return NULL;
        if (g->n)
            memcpy(grown, g->e, g->n * sizeof(*grown));
        g->e = grown;
        g->cap = cap;
    }
    if (ems_idmap__put(&g->ids, e->id, g->n, NULL) < 0)
        return NULL;
    g->e[g->n] = *e;
    return &g->e[g->n++];
}

/* Append one period's status to e's history, in period order; a period
 * already there keeps the status it has. */
static bool add_status(ems_arena *a, ems_rec_entry *e, const ems_rec_status *st)
{
    size_t at = e->nhistory;
    for (size_t k = 0; k < e->nhistory; k++) {
        int c = ems_follow__period_cmp(st->period, e->history[k].period);
        if (c == 0)
            return true;
        if (c < 0 && at == e->nhistory)
            at = k;
    }
    ems_rec_status *h = ems_arena__alloc(a, e->nhistory + 1, sizeof(*h));
    if (!h)
        return false;
    if (at)
        memcpy(h, e->history, at * sizeof(*h));
    h[at] = *st;
    if (e->nhistory > at)
        memcpy(h + at + 1, e->history + at, (e->nhistory - at) * sizeof(*h));
    e->history = h;
    e->nhistory++;
    return true;
}

static int oom(reg *g)
{
    return g->rc = ems_ctx__error(g->ctx, EMS_ENOMEM, "", 0, "out of memory");
}

static void reg_error(reg *g, const char *file, long line, const char *fmt, ...) EMS_PRINTF(4, 5);
static void reg_error(reg *g, const char *file, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ems_ctx__vreport(g->ctx, EMS_EINVALID, EMS_SEV_ERROR, file, line, fmt, ap);
    va_end(ap);
    if (g->rc == EMS_OK)
        g->rc = EMS_EINVALID;
}

static void merge_past(reg *g, const ems_figures *past)
{
    for (size_t k = 0; k < past->nregister && g->rc != EMS_ENOMEM; k++) {
        const ems_rec_entry *pe = &past->register_[k];
        size_t i;
        if (!ems_idmap__get(&g->ids, pe->id, &i)) {
            ems_rec_entry copy = *pe;
            copy.history = NULL;
            copy.nhistory = 0;
            if (!reg_add(g, &copy)) {
                oom(g);
                return;
            }
            i = g->n - 1;
        } else if (strcmp(g->e[i].made, pe->made) != 0) {
            /* check: a recommendation id names one recommendation */
            reg_error(g, past->file, 0,
                      "recommendation '%s' is made in period %s here and in period %s by %s",
                      pe->id, pe->made, g->e[i].made, g->e[i].file);
            continue;
        } else if (pe->reply) {
            g->e[i].reply = pe->reply; /* the later results know the response */
        }
        for (size_t h = 0; h < pe->nhistory; h++)
            if (!add_status(g->arena, &g->e[i], &pe->history[h])) {
                oom(g);
                return;
            }
    }
}

static void add_made(reg *g, const ems_assessment *peer, const char *period)
{
    for (size_t i = 0; peer && i < peer->nresponses; i++)
        for (size_t k = 0; k < peer->responses[i].nrecommendations; k++) {
            const ems_recommendation *rec = &peer->responses[i].recommendations[k];
            size_t j;
            if (ems_idmap__get(&g->ids, rec->id, &j)) {
                /* check: an id is not reused in a later period */
                reg_error(g, peer->file, rec->line,
                          "recommendation id '%s' was already made in period %s (%s): give a "
                          "new recommendation a new id, and follow the earlier one up with "
                          "<follow-up recommendation=\"%s\" .../>",
                          rec->id, g->e[j].made, g->e[j].file, rec->id);
                continue;
            }
            ems_rec_entry e = {.id = rec->id, .made = period, .milestone = rec->milestone,
                               .priority = rec->priority, .owner = rec->owner, .due = rec->due,
                               .text = rec->text, .file = peer->file, .line = rec->line};
            if (!reg_add(g, &e)) {
                oom(g);
                return;
            }
        }
}

static void add_replies(reg *g, const ems_assessment *resp, const char *period)
{
    for (size_t i = 0; resp && i < resp->nreplies; i++) {
        const ems_reply *rp = &resp->replies[i];
        size_t j;
        /* check: a reply answers a recommendation of its period's review */
        if (!ems_idmap__get(&g->ids, rp->recommendation, &j))
            reg_error(g, resp->file, rp->line,
                      "reply to recommendation '%s', which the peer assessment of %s %s does not "
                      "make",
                      rp->recommendation, resp->agency, period);
        else if (strcmp(g->e[j].made, period) != 0)
            reg_error(g, resp->file, rp->line,
                      "reply to recommendation '%s' of period %s: a management response answers "
                      "the recommendations of its own period (%s)",
                      rp->recommendation, g->e[j].made, period);
        else
            g->e[j].reply = rp;
    }
}

/* This period's follow-ups: the peer team's word wins over the agency's. */
static void add_followups(reg *g, const ems_assessment *self, const ems_assessment *peer,
                          const char *period)
{
    const ems_assessment *src[2] = {peer, self};
    for (size_t s = 0; s < 2; s++)
        for (size_t i = 0; src[s] && i < src[s]->nfollowups; i++) {
            const ems_followup *f = &src[s]->followups[i];
            size_t j;
            if (!ems_idmap__get(&g->ids, f->recommendation, &j)) {
                /* check: a follow-up names an earlier recommendation */
                reg_error(g, src[s]->file, f->line,
                          "follow-up of recommendation '%s', which no earlier period makes: give "
                          "the earlier results with --previous",
                          f->recommendation);
                continue;
            }
            if (ems_follow__period_cmp(g->e[j].made, period) >= 0) {
                reg_error(g, src[s]->file, f->line,
                          "follow-up of recommendation '%s', made in this period (%s): follow "
                          "up recommendations of earlier periods",
                          f->recommendation, period);
                continue;
            }
            if (g->e[j].nhistory && strcmp(g->e[j].history[g->e[j].nhistory - 1].period, period) == 0)
                continue; /* the peer's follow-up, already merged with the agency's */
            const ems_followup *other = NULL;
            const ems_assessment *o = src[1 - s];
            for (size_t k = 0; o && k < o->nfollowups; k++)
                if (strcmp(o->followups[k].recommendation, f->recommendation) == 0)
                    other = &o->followups[k];
            ems_rec_status st = {.period = period};
            ems_follow__merge(&st, s ? f : other, s ? other : f);
            if (!add_status(g->arena, &g->e[j], &st)) {
                oom(g);
                return;
            }
        }
}

static int by_made(const void *a, const void *b)
{
    const ems_rec_entry *x = a, *y = b;
    int c = ems_follow__period_cmp(x->made, y->made);
    /* entries of one period keep their order: line, then id */
    if (c == 0)
        c = strcmp(x->file, y->file);
    if (c == 0)
        c = x->line < y->line ? -1 : x->line > y->line;
    return c ? c : strcmp(x->id, y->id);
}

int ems_follow__register(ems_rec_entry **out, size_t *n, ems_arena *arena, ems_ctx *ctx,
                         const ems_register_in *in)
{
    reg g = {.arena = arena, .ctx = ctx, .ids = EMS_IDMAP_INIT};
    *out = NULL;
    *n = 0;
    for (size_t p = 0; p < in->npasts && g.rc != EMS_ENOMEM; p++)
        merge_past(&g, in->pasts[p]);
    if (g.rc != EMS_ENOMEM)
        add_made(&g, in->peer, in->period);
    if (g.rc != EMS_ENOMEM)
        add_replies(&g, in->response, in->period);
    if (g.rc != EMS_ENOMEM)
        add_followups(&g, in->self, in->peer, in->period);
    ems_idmap__dispose(&g.ids);
    if (g.rc != EMS_OK)
        return g.rc;
    if (g.n)
        ems_array__sort(g.e, g.n, sizeof(*g.e), by_made);
    for (size_t i = 0; i < g.n; i++) {
        ems_rec_entry *e = &g.e[i];
        const ems_follow_status *latest = e->nhistory ? &e->history[e->nhistory - 1].status : NULL;
        const char *due = e->reply && e->reply->due ? e->reply->due : e->due;
        e->earlier = ems_follow__period_cmp(e->made, in->period) < 0;
        e->overdue = ems_follow__overdue(due, in->asof, latest);
    }
    *out = g.e;
    *n = g.n;
    return EMS_OK;
}

/* ---- the timeline of scored results ---------------------------------- */

static const char *asof_of(const ems_results *r)
{
    if (r->peer && r->peer->date)
        return r->peer->date;
    if (r->peer && r->peer->mission_to)
        return r->peer->mission_to;
    return r->self ? r->self->date : NULL;
}

/* This period's figures, from the selected items of r. */
static int figures_now(ems_figures *f, ems_arena *a, const ems_results *r)
{
    const ems_scorecard *sc = r->sc;
    const ems_assessment *as = r->self ? r->self : r->peer;
    size_t *index = ems_arena__alloc(a, sc->nitems ? sc->nitems : 1, sizeof(*index));
    f->items = ems_arena__alloc(a, sc->nitems ? sc->nitems : 1, sizeof(*f->items));
    if (!index || !f->items)
        return EMS_ENOMEM;
    f->file = as->file;
    f->agency = as->agency;
    f->period = as->period;
    f->scorecard = sc->id;
    f->version = sc->version;
    f->asof = asof_of(r);
    f->self = r->overall_self;
    f->final = r->overall_final;
    f->met = r->met;
    f->grade = ems_results_grade(r);
    for (size_t i = 0; i < sc->nitems; i++) {
        const ems_item_score *s = &r->items[i];
        const ems_item *it = &sc->items[i];
        index[i] = EMS_NONE;
        if (!s->selected)
            continue;
        index[i] = f->nitems;
        f->items[f->nitems++] = (ems_fig_item){
            .id = it->id, .kind = it->kind,
            .parent = it->parent == EMS_NONE ? EMS_NONE : index[it->parent],
            .self = s->self.score, .final = s->final.score, .status = s->final.status,
            .mandatory = it->mandatory, .blocked = (s->flags & EMS_FLAG_BLOCKED) != 0,
            .title = it->title};
    }
    return EMS_OK;
}

static int by_period(const void *a, const void *b)
{
    const ems_figures *const *x = a, *const *y = b;
    return ems_follow__period_cmp((*x)->period, (*y)->period);
}

void ems_follow__timeline_free(ems_timeline *t)
{
    if (!t)
        return;
    ems_arena__dispose(&t->arena);
    free(t);
}

int ems_follow__timeline(ems_timeline **out, ems_ctx *ctx, const ems_results *r,
                         const ems_figures *const *pasts, size_t npasts,
                         const ems_figures *baseline)
{
    *out = NULL;
    ems_timeline *t = calloc(1, sizeof(*t));
    if (!t)
        return ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    int rc = figures_now(&t->now, &t->arena, r);
    t->series = ems_arena__alloc(&t->arena, npasts ? npasts : 1, sizeof(*t->series));
    if (rc == EMS_OK && !t->series)
        rc = EMS_ENOMEM;
    if (rc == EMS_OK) {
        for (size_t i = 0; i < npasts; i++)
            t->series[i] = pasts[i];
        t->nseries = npasts;
        if (npasts)
            ems_array__sort(t->series, npasts, sizeof(*t->series), by_period);
        t->baseline = baseline ? baseline : npasts ? t->series[0] : NULL;
    }
    if (rc == EMS_OK && npasts)
        rc = ems_follow__compare(&t->since_previous, &t->arena, t->series[npasts - 1], &t->now);
    if (rc == EMS_OK && npasts)
        rc = ems_follow__compare(&t->since_baseline, &t->arena, t->baseline, &t->now);
    if (rc != EMS_OK) {
        ems_follow__timeline_free(t);
        return ems_ctx__error(ctx, rc, "", 0, "out of memory");
    }
    ems_register_in in = {(const ems_figures *const *)t->series, t->nseries, t->now.period,
                          r->self, r->peer, r->response, t->now.asof};
    rc = ems_follow__register(&t->register_, &t->nregister, &t->arena, ctx, &in);
    if (rc != EMS_OK) {
        ems_follow__timeline_free(t);
        return rc;
    }
    for (size_t i = 0; i < t->nregister; i++) {
        const ems_rec_entry *e = &t->register_[i];
        t->earlier += e->earlier;
        t->implemented += e->earlier && e->nhistory &&
                          e->history[e->nhistory - 1].status == EMS_FS_IMPLEMENTED;
        t->overdue += e->overdue;
    }
    *out = t;
    return EMS_OK;
}
