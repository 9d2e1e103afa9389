/*
 * The arithmetic of doc/scoring.md on the model: selection, ratings,
 * prerequisites, leaf scores, the four models, grades and met. Integer
 * hundredths throughout; every division rounds half up. Each step is one
 * pass over the items (pre-order, so a parent's index is below its
 * children's), which keeps scoring linear in the size of the scorecard.
 */
#include <assert.h>
#include <stdlib.h>

#include "ghg.h"
#include "score.h"
#include "util/decimal.h"
#include "util/ident.h"

static const char *const status_names[] = {
    [EMS_LS_NA] = "na",
    [EMS_LS_MISSING] = "missing",
    [EMS_LS_NOT_STARTED] = "not-started",
    [EMS_LS_PARTIAL] = "partial",
    [EMS_LS_ACHIEVED] = "achieved",
};

const char *ems_score__status_name(ems_leaf_status s)
{
    return status_names[s];
}

ems_leaf_status ems_score__status_from(const char *name)
{
    int i = ems_ident__lookup(status_names, sizeof(status_names) / sizeof(status_names[0]), name);
    return i < 0 ? EMS_LS_MISSING : (ems_leaf_status)i;
}

ems_u128 ems_score__div(ems_u128 n, ems_u128 d)
{
    ems_u128 q = n / d, rem = n % d;
    return q + (rem >= d - rem); /* 2 * rem >= d, without overflow */
}

static int64_t level_value(const ems_scorecard *sc, int level)
{
    return sc->levels[level].value;
}

/* The highest level whose value is at most v: the level of an effective
 * value, which a prerequisite cap may put between two levels. */
static int level_at(const ems_scorecard *sc, int64_t v)
{
    size_t i = sc->nlevels;
    while (i > 1 && sc->levels[i - 1].value > v)
        i--;
    return (int)(i - 1);
}

/* 1: selection and weights (doc/scoring.md, 1). */
void ems_score__select(const ems_scorecard *sc, const ems_profile *profile,
                       ems_item_score *items)
{
    for (size_t i = 0; i < sc->nitems; i++) {
        items[i].selected = true;
        items[i].weight = sc->items[i].weight;
    }
    for (size_t k = 0; profile && k < profile->nrules; k++) {
        const ems_profile_rule *rule = &profile->rules[k];
        if (rule->is_select)
            items[rule->item].selected = rule->selected;
        else
            items[rule->item].weight = rule->weight;
    }
    for (size_t i = 0; i < sc->nitems; i++) {
        ems_item_score *s = &items[i];
        size_t parent = sc->items[i].parent;
        if (parent != EMS_NONE && !items[parent].selected)
            s->selected = false;
        s->counted = s->selected && s->weight > 0;
    }
}

static void attach(ems_results *r, const ems_assessment *as, bool self)
{
    if (!as)
        return;
    for (size_t k = 0; k < as->nresponses; k++) {
        const ems_response *resp = &as->responses[k];
        ems_item_score *s = &r->items[resp->item];
        *(self ? &s->self_response : &s->peer_response) = resp;
    }
    for (size_t k = 0; k < as->nmeasures; k++) {
        const ems_measure *m = &as->measures[k];
        ems_item_score *s = &r->items[m->item];
        *(self ? &s->self_measure : &s->peer_measure) = m;
    }
}

/* The value of indicator i computed from the inventory, when it is bound
 * to a figure the inventory gives; a typed measure that does not agree
 * with it is flagged (doc/scoring.md, "Indicators from the inventory"). */
static void compute_from_inventory(ems_results *r, size_t i)
{
    const ems_item *it = &r->sc->items[i];
    ems_item_score *s = &r->items[i];
    int64_t v;
    if (!r->inventory || it->inventory == EMS_GHG_NONE ||
        !ems_ghg__figure(r->inventory, r->baseline, it->inventory, &v))
        return;
    ems_ghg__text(s->computed, v);
    if ((s->self_measure && !ems_ghg__agrees(s->self_measure->value, v)) ||
        (s->peer_measure && !ems_ghg__agrees(s->peer_measure->value, v)))
        s->flags |= EMS_FLAG_INCONSISTENT;
}

/* The highest level whose threshold the value meets; none met: level 0. */
static int measure_level(const ems_item *it, const char *value)
{
    size_t best = 0;
    for (size_t k = 0; k < it->nthresholds; k++) {
        const ems_threshold *t = &it->thresholds[k];
        int c = ems_decimal__cmp(value, t->value);
        if ((it->lower_better ? c <= 0 : c >= 0) && t->level > best)
            best = t->level;
    }
    return (int)best;
}

/* The peer rating of a milestone: the consensus when given, else the
 * median of the non-na ratings (the lower middle for an even count), na
 * when every reviewer said na. Counting by level index keeps it linear. */
static void peer_rating(const ems_scorecard *sc, const ems_response *resp, ems_item_score *s)
{
    size_t count[EMS_MAX_LEVELS] = {0}, n = 0;
    int lo = -1, hi = -1;
    for (size_t k = 0; k < resp->nratings; k++) {
        int l = resp->ratings[k].level;
        if (l < 0)
            continue;
        count[l]++;
        n++;
        lo = lo < 0 || l < lo ? l : lo;
        hi = l > hi ? l : hi;
    }
    s->peer_median = resp->nratings ? EMS_LEVEL_NA : EMS_LEVEL_UNSET;
    if (n > 0) {
        size_t rank = (n - 1) / 2, seen = 0;
        int l = 0;
        while (seen + count[l] <= rank)
            seen += count[l++];
        s->peer_median = l;
        if (level_value(sc, hi) - level_value(sc, lo) >= 2)
            s->flags |= EMS_FLAG_DISAGREEMENT;
    }
    s->peer_level = resp->consensus != EMS_LEVEL_UNSET ? resp->consensus : s->peer_median;
}

/* 2: the levels as rated, and the flags that compare them
 * (doc/scoring.md, 2 and 8). */
static void rate_leaf(ems_results *r, size_t i, int64_t achieved)
{
    const ems_scorecard *sc = r->sc;
    const ems_item *it = &sc->items[i];
    ems_item_score *s = &r->items[i];
    s->self.level = s->peer_level = s->peer_median = EMS_LEVEL_UNSET;
    if (it->kind == EMS_ITEM_MILESTONE) {
        if (s->self_response)
            s->self.level = s->self_response->level;
        if (s->peer_response)
            peer_rating(sc, s->peer_response, s);
    } else if (s->computed[0]) {
        /* the inventory's figure counts for both sources: it is the
         * agency's own data, which a review team checks but does not rate */
        s->self.level = measure_level(it, s->computed);
        if (s->peer_measure)
            s->peer_level = s->self.level;
    } else {
        if (s->self_measure)
            s->self.level = measure_level(it, s->self_measure->value);
        if (s->peer_measure)
            s->peer_level = measure_level(it, s->peer_measure->value);
    }
    s->final.level = s->peer_level != EMS_LEVEL_UNSET ? s->peer_level : s->self.level;
    if (it->kind == EMS_ITEM_MILESTONE && it->evidence_required && s->self.level >= 0 &&
        level_value(sc, s->self.level) >= achieved && s->self_response->nevidence == 0)
        s->flags |= EMS_FLAG_UNSUPPORTED;
    if (s->self.level >= 0 && s->peer_level >= 0 &&
        level_value(sc, s->self.level) > level_value(sc, s->peer_level))
        s->flags |= EMS_FLAG_OVERCLAIM;
}

/* 3: the effective value of one source of leaf i, its prerequisites
 * settled (doc/scoring.md, 3). Selected prerequisites only; na counts as
 * achieved, missing as 0. */
static void settle_source(ems_results *r, size_t i, bool final, int64_t achieved)
{
    const ems_item *it = &r->sc->items[i];
    ems_item_score *s = &r->items[i];
    ems_source_score *src = final ? &s->final : &s->self;
    if (src->level == EMS_LEVEL_NA) {
        src->value = -1;
        return;
    }
    src->value = src->level >= 0 ? level_value(r->sc, src->level) : 0;
    for (size_t k = 0; k < it->nrequires; k++) {
        const ems_item_score *p = &r->items[it->requires[k]];
        const ems_source_score *ps = final ? &p->final : &p->self;
        if (p->selected && ps->level != EMS_LEVEL_NA && ps->value < achieved) {
            if (src->value > achieved - 1)
                src->value = achieved - 1;
            if (final)
                s->flags |= EMS_FLAG_BLOCKED;
            break;
        }
    }
}

/* Settle every selected leaf after its selected prerequisites: an
 * iterative depth-first search in post-order (the scorecard loader
 * refused cycles). */
static int settle_all(ems_results *r, int64_t achieved)
{
    const ems_scorecard *sc = r->sc;
    size_t n = sc->nitems ? sc->nitems : 1;
    unsigned char *state = calloc(n, 1); /* 0 new, 1 on the stack, 2 settled */
    size_t *stack = calloc(n, sizeof(*stack));
    size_t *edge = calloc(n, sizeof(*edge));
    int rc = EMS_ENOMEM;
    if (!state || !stack || !edge)
        goto done;
    for (size_t root = 0; root < sc->nitems; root++) {
        if (state[root] || !r->items[root].selected || sc->items[root].kind == EMS_ITEM_AREA)
            continue;
        size_t depth = 0;
        stack[depth] = root;
        edge[depth++] = 0;
        state[root] = 1;
        while (depth > 0) {
            size_t v = stack[depth - 1];
            const ems_item *it = &sc->items[v];
            if (edge[depth - 1] < it->nrequires) {
                size_t p = it->requires[edge[depth - 1]++];
                assert(!(r->items[p].selected && state[p] == 1)); /* no cycle */
                if (r->items[p].selected && state[p] == 0) {
                    state[p] = 1;
                    stack[depth] = p;
                    edge[depth++] = 0;
                }
                continue;
            }
            settle_source(r, v, false, achieved);
            settle_source(r, v, true, achieved);
            state[v] = 2;
            depth--;
        }
    }
    rc = EMS_OK;
done:
    free(state);
    free(stack);
    free(edge);
    return rc;
}

/* 4 and 3.7: a leaf source's status, effective level and score. */
static void finish_source(const ems_scorecard *sc, ems_source_score *src, int64_t achieved,
                          int64_t max)
{
    src->effective = EMS_LEVEL_UNSET;
    if (src->level == EMS_LEVEL_NA) {
        src->status = EMS_LS_NA;
        src->score = EMS_SCORE_NA;
        return;
    }
    src->score = (int64_t)ems_score__div((ems_u128)src->value * 10000, (ems_u128)max);
    if (src->level == EMS_LEVEL_UNSET) {
        src->status = EMS_LS_MISSING;
        return;
    }
    src->effective = level_at(sc, src->value);
    src->status = src->value >= achieved ? EMS_LS_ACHIEVED
                : src->value == 0        ? EMS_LS_NOT_STARTED
                                         : EMS_LS_PARTIAL;
}

/* 5: what a child adds to its parent under each model. For weighted, a
 * counted child's rounded score; for the others, the leaves below. */
typedef struct agg {
    ems_u128 num, den;
} agg;

static void add_leaf(agg *a, ems_model model, const ems_source_score *src, int64_t weight,
                     int64_t achieved)
{
    ems_u128 w = (ems_u128)weight, v = (ems_u128)src->value;
    switch (model) {
    case EMS_MODEL_WEIGHTED: a->num += w * (ems_u128)src->score; a->den += w; break;
    case EMS_MODEL_FLAT: a->num += w * v; a->den += w; break;
    case EMS_MODEL_FLAT_UNWEIGHTED: a->num += v; a->den += 1; break;
    case EMS_MODEL_ABSOLUTE: a->num += src->value < achieved; a->den += 1; break;
    }
}

static int64_t agg_score(const agg *a, ems_model model, int64_t max)
{
    if (a->den == 0)
        return EMS_SCORE_NA;
    switch (model) {
    case EMS_MODEL_WEIGHTED: return (int64_t)ems_score__div(a->num, a->den);
    case EMS_MODEL_ABSOLUTE: return a->num == 0 ? 10000 : 0;
    default: return (int64_t)ems_score__div(a->num * 10000, a->den * (ems_u128)max);
    }
}

static void add_area(agg *a, ems_model model, const agg *child, const ems_source_score *src,
                     const ems_item_score *s)
{
    if (model != EMS_MODEL_WEIGHTED) {
        a->num += child->num;
        a->den += child->den;
    } else if (s->counted && src->score != EMS_SCORE_NA) {
        a->num += (ems_u128)s->weight * (ems_u128)src->score;
        a->den += (ems_u128)s->weight;
    }
}

/* Children before parents (reverse pre-order); the overall is the parent
 * of the top-level areas. aggs holds two per item and two for the overall. */
static void aggregate(ems_results *r, agg *aggs, int64_t achieved, int64_t max)
{
    const ems_scorecard *sc = r->sc;
    for (size_t i = sc->nitems; i-- > 0;) {
        ems_item_score *s = &r->items[i];
        if (!s->selected)
            continue;
        size_t parent = sc->items[i].parent;
        agg *up = &aggs[2 * (parent == EMS_NONE ? sc->nitems : parent)];
        for (int f = 0; f < 2; f++) {
            ems_source_score *src = f ? &s->final : &s->self;
            if (sc->items[i].kind != EMS_ITEM_AREA) {
                if (s->counted && src->status != EMS_LS_NA)
                    add_leaf(&up[f], r->model, src, s->weight, achieved);
                continue;
            }
            src->level = src->effective = EMS_LEVEL_UNSET;
            src->score = agg_score(&aggs[2 * i + f], r->model, max);
            add_area(&up[f], r->model, &aggs[2 * i + f], src, s);
        }
    }
    r->overall_self = agg_score(&aggs[2 * sc->nitems], r->model, max);
    r->overall_final = agg_score(&aggs[2 * sc->nitems + 1], r->model, max);
}

/* 6: the first grade whose minimum the score reaches. */
static size_t grade_of(const ems_scorecard *sc, int64_t score)
{
    if (score == EMS_SCORE_NA)
        return EMS_NONE;
    for (size_t g = 0; g < sc->ngrades; g++)
        if (sc->grades[g].min <= score)
            return g;
    return EMS_NONE;
}

/* 6 and 8: met, the mandatory cap and the grades, over the counted leaves. */
static void conclude(ems_results *r)
{
    const ems_scorecard *sc = r->sc;
    bool unmet = false;
    for (size_t i = 0; i < sc->nitems; i++) {
        ems_item_score *s = &r->items[i];
        if (!s->counted || sc->items[i].kind == EMS_ITEM_AREA)
            continue;
        ems_leaf_status st = s->final.status;
        r->counted++;
        r->rated += st != EMS_LS_NA && st != EMS_LS_MISSING;
        r->achieved += st == EMS_LS_ACHIEVED;
        if (sc->items[i].mandatory && st != EMS_LS_ACHIEVED && st != EMS_LS_NA) {
            s->flags |= EMS_FLAG_MANDATORY_UNMET;
            unmet = true;
        }
    }
    r->met = r->rated ? (int64_t)ems_score__div((ems_u128)r->achieved * 10000, r->rated)
                      : EMS_SCORE_NA;
    r->self_grade = grade_of(sc, r->overall_self);
    r->uncapped_grade = r->grade = grade_of(sc, r->overall_final);
    if (unmet && r->grade != EMS_NONE && r->grade < sc->mandatory_cap)
        r->grade = sc->mandatory_cap;
}

int ems_score__compute(ems_results *r)
{
    const ems_scorecard *sc = r->sc;
    size_t n = sc->nitems;
    r->items = calloc(n ? n : 1, sizeof(*r->items));
    agg *aggs = calloc(2 * n + 2, sizeof(*aggs));
    int rc = EMS_ENOMEM;
    if (!r->items || !aggs)
        goto done;
    int64_t achieved = level_value(sc, (int)sc->achieved);
    int64_t max = level_value(sc, (int)sc->nlevels - 1);
    /* The loader puts achieved above the lowest level (value 0), so the
     * highest value is positive and achieved - 1 is a value of the scale's
     * range. */
    assert(achieved > 0 && max >= achieved);
    ems_score__select(sc, r->profile, r->items);
    attach(r, r->self, true);
    attach(r, r->peer, false);
    for (size_t i = 0; i < n; i++)
        if (r->items[i].selected && sc->items[i].kind == EMS_ITEM_INDICATOR)
            compute_from_inventory(r, i);
    for (size_t i = 0; i < n; i++)
        if (r->items[i].selected && sc->items[i].kind != EMS_ITEM_AREA)
            rate_leaf(r, i, achieved);
    if ((rc = settle_all(r, achieved)) != EMS_OK)
        goto done;
    for (size_t i = 0; i < n; i++) {
        if (r->items[i].selected && sc->items[i].kind != EMS_ITEM_AREA) {
            finish_source(sc, &r->items[i].self, achieved, max);
            finish_source(sc, &r->items[i].final, achieved, max);
        }
    }
    aggregate(r, aggs, achieved, max);
    conclude(r);
done:
    free(aggs);
    return rc;
}
