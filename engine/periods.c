/*
 * Periods in a summary: the selection of what is ranked, each agency's
 * previous period, and the sums behind the averages of every period
 * (doc/formats.md, "Summary"). Linear in the results after one sort.
 */
#include <stdlib.h>
#include <string.h>

#include "followup.h"
#include "model.h"
#include "periods.h"
#include "util/arena.h"

int ems_periods__cmp(const char *a, const char *b)
{
    int c = ems_follow__period_cmp(a, b);
    if (c)
        return c;
    c = strcmp(a, b);
    return c < 0 ? -1 : c > 0;
}

/* qsort has no user pointer: the keys being sorted by index. */
typedef struct keyed {
    size_t index;
    const ems_period_key *key;
} keyed;

/* By agency, then period in time order. */
static int by_agency_period(const void *pa, const void *pb)
{
    const keyed *a = pa, *b = pb;
    int c = strcmp(a->key->agency, b->key->agency);
    return c ? c : ems_periods__cmp(a->key->period, b->key->period);
}

static int by_period(const void *pa, const void *pb)
{
    return ems_periods__cmp(*(const char *const *)pa, *(const char *const *)pb);
}

void ems_periods__dispose(ems_period_plan *p)
{
    if (!p)
        return;
    free(p->ranked);
    free(p->previous);
    free(p->period_of);
    free((void *)p->periods);
    free(p->agencies);
    free(p->sums);
    *p = (ems_period_plan)EMS_PERIOD_PLAN_INIT;
}

int ems_periods__plan(ems_period_plan *out, const ems_period_key *keys, size_t n,
                      const char *only)
{
    ems_period_plan p = EMS_PERIOD_PLAN_INIT;
    size_t m = n ? n : 1;
    keyed *order = calloc(m, sizeof(*order));
    p.ranked = calloc(m, sizeof(*p.ranked));
    p.previous = calloc(m, sizeof(*p.previous));
    p.period_of = calloc(m, sizeof(*p.period_of));
    p.periods = calloc(m, sizeof(*p.periods));
    p.agencies = calloc(m, sizeof(*p.agencies));
    if (!order || !p.ranked || !p.previous || !p.period_of || !p.periods || !p.agencies) {
        free(order);
        ems_periods__dispose(&p);
        *out = p;
        return EMS_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        order[i] = (keyed){i, &keys[i]};
    if (n > 1)
        ems_array__sort(order, n, sizeof(*order), by_agency_period);
    for (size_t j = 0; j < n; j++) {
        size_t i = order[j].index;
        bool same_agency = j > 0 && strcmp(order[j - 1].key->agency, keys[i].agency) == 0;
        bool last = j + 1 == n || strcmp(order[j + 1].key->agency, keys[i].agency) != 0;
        p.previous[i] = same_agency ? order[j - 1].index : EMS_NONE;
        p.ranked[i] = only ? strcmp(keys[i].period, only) == 0 : last;
        p.nranked += p.ranked[i];
        p.periods[j] = keys[i].period;
    }
    free(order);
    if (n > 1)
        ems_array__sort((void *)p.periods, n, sizeof(*p.periods), by_period);
    for (size_t j = 0; j < n; j++)
        if (p.nperiods == 0 || strcmp(p.periods[p.nperiods - 1], p.periods[j]) != 0)
            p.periods[p.nperiods++] = p.periods[j];
    for (size_t i = 0; i < n; i++) {
        const char **hit = bsearch(&keys[i].period, p.periods, p.nperiods, sizeof(*p.periods),
                                   by_period);
        p.period_of[i] = (size_t)(hit - p.periods);
        p.agencies[p.period_of[i]]++;
    }
    *out = p;
    return EMS_OK;
}

int ems_periods__tally(ems_period_plan *p, size_t nareas)
{
    size_t per = nareas + 1, cells;
    if (__builtin_mul_overflow(per, p->nperiods ? p->nperiods : 1, &cells))
        return EMS_ENOMEM;
    free(p->sums);
    p->sums = calloc(cells, sizeof(*p->sums));
    p->nareas = nareas;
    return p->sums ? EMS_OK : EMS_ENOMEM;
}

static ems_period_sums *cell(const ems_period_plan *p, size_t k, size_t area)
{
    return &p->sums[k * (p->nareas + 1) + (area == EMS_NONE ? 0 : area + 1)];
}

static void add_one(ems_period_sums *s, int i, int64_t v)
{
    if (v >= 0) {
        s->sum[i] += v;
        s->n[i]++;
    }
}

void ems_periods__add(ems_period_plan *p, size_t key, size_t area, int64_t self, int64_t final,
                      int64_t met)
{
    ems_period_sums *s = cell(p, p->period_of[key], area);
    add_one(s, 0, self);
    add_one(s, 1, final);
    if (area == EMS_NONE)
        add_one(s, 2, met);
}

const ems_period_sums *ems_periods__sums(const ems_period_plan *p, size_t k, size_t area)
{
    return cell(p, k, area);
}

bool ems_periods__change(int64_t from, int64_t to, int64_t *delta)
{
    return ems_follow__change(from, to, delta) != EMS_DIR_NONE;
}

int64_t ems_periods__rate(size_t implemented, size_t followed)
{
    if (followed == 0)
        return -1;
    return (int64_t)((20000 * (uint64_t)implemented + followed) / (2 * (uint64_t)followed));
}
