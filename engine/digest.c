#include "digest.h"

#include <stdlib.h>
#include <string.h>

#include "dom.h"
#include "internal.h"
#include "periods.h"
#include "util/arena.h"
#include "util/decimal.h"

typedef struct finding {
    const char *ref, *agency, *period;
    ems_text text;
    bool gap; /* else a good practice */
} finding;

struct ems_digest {
    ems_arena arena;
    finding *found;
    size_t n, cap;
    bool oom;
};

int ems_digest__new(ems_digest **out)
{
    *out = calloc(1, sizeof(**out));
    if (!*out)
        return EMS_ENOMEM;
    (*out)->arena = (ems_arena)EMS_ARENA_INIT;
    return EMS_OK;
}

void ems_digest__free(ems_digest *d)
{
    if (!d)
        return;
    free(d->found);
    ems_arena__dispose(&d->arena);
    free(d);
}

static int keep(ems_digest *d, finding f)
{
    if (!ems_array__grow((void **)&d->found, &d->cap, d->n, sizeof(*d->found)))
        return EMS_ENOMEM;
    d->found[d->n++] = f;
    return EMS_OK;
}

/* The typed findings of the leaves below n (areas nest). */
static int add_leaves(ems_digest *d, xmlNodePtr n, const char *agency, const char *period)
{
    for (xmlNodePtr c = ems_dom__first(n); c; c = ems_dom__next(c)) {
        if (ems_dom__is(c, "area")) {
            int rc = add_leaves(d, c, agency, period);
            if (rc != EMS_OK)
                return rc;
            continue;
        }
        xmlNodePtr peer = NULL;
        for (xmlNodePtr k = ems_dom__first(c); k && !peer; k = ems_dom__next(k))
            if (ems_dom__is(k, "peer"))
                peer = k;
        bool gap_here = false;
        for (xmlNodePtr f = ems_dom__first(peer); f; f = ems_dom__next(f)) {
            if (!ems_dom__is(f, "finding"))
                continue;
            xmlChar *type = xmlGetNoNsProp(f, (const xmlChar *)"type");
            bool practice = type && xmlStrEqual(type, (const xmlChar *)"good-practice");
            bool gap = type && xmlStrEqual(type, (const xmlChar *)"gap");
            xmlFree(type);
            /* a milestone counts once for its gaps, each good practice once */
            if (!practice && !(gap && !gap_here))
                continue;
            gap_here |= gap;
            finding kept = {.ref = ems_dom__attr(&d->arena, c, "id", &d->oom),
                            .agency = ems_arena__strdup(&d->arena, agency),
                            .period = ems_arena__strdup(&d->arena, period),
                            .gap = gap};
            if (practice)
                kept.text = ems_dom__text(&d->arena, f, &d->oom);
            if (d->oom || !kept.ref || !kept.agency || !kept.period || keep(d, kept) != EMS_OK)
                return EMS_ENOMEM;
        }
    }
    return EMS_OK;
}

int ems_digest__add(ems_digest *d, xmlNodePtr results, const char *agency, const char *period)
{
    return add_leaves(d, results, agency, period);
}

/* Good practices first, by milestone, agency and period; then the gaps by
 * milestone, so that each milestone's gaps are counted in one run. */
static int by_kind_ref(const void *pa, const void *pb)
{
    const finding *a = pa, *b = pb;
    if (a->gap != b->gap)
        return a->gap ? 1 : -1;
    int c = ems_periods__cmp(a->ref, b->ref);
    if (!c)
        c = strcmp(a->agency, b->agency);
    return c ? c : ems_periods__cmp(a->period, b->period);
}

typedef struct gap_count {
    const char *ref;
    size_t count;
} gap_count;

static int by_count(const void *pa, const void *pb)
{
    const gap_count *a = pa, *b = pb;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    return ems_periods__cmp(a->ref, b->ref);
}

bool ems_digest__write(ems_digest *d, ems_xw *w, ems_digest_ranked ranked, const void *user,
                       size_t nranked)
{
    if (!d || d->n == 0)
        return true;
    ems_array__sort(d->found, d->n, sizeof(*d->found), by_kind_ref);
    gap_count *gaps = malloc(d->n * sizeof(*gaps));
    if (!gaps)
        return false;
    size_t ngaps = 0, npractices = 0;
    for (size_t i = 0; i < d->n; i++) {
        const finding *f = &d->found[i];
        if (!f->gap) {
            npractices++;
            continue;
        }
        if (!ranked(user, f->agency, f->period))
            continue;
        if (ngaps && strcmp(gaps[ngaps - 1].ref, f->ref) == 0)
            gaps[ngaps - 1].count++;
        else
            gaps[ngaps++] = (gap_count){f->ref, 1};
    }
    ems_array__sort(gaps, ngaps, sizeof(*gaps), by_count);
    ems_xw__start(w, "digest");
    ems_xw__count(w, "good-practices", (long long)npractices);
    for (size_t i = 0; i < npractices; i++) {
        const finding *f = &d->found[i];
        ems_xw__start(w, "practice");
        ems_xw__attr(w, "ref", f->ref);
        ems_xw__attr(w, "agency", f->agency);
        ems_xw__attr(w, "period", f->period);
        ems_xw__lang_text(w, f->text);
        ems_xw__end(w);
    }
    for (size_t i = 0; i < ngaps; i++) {
        char share[32];
        ems_xw__start(w, "gap");
        ems_xw__attr(w, "ref", gaps[i].ref);
        ems_xw__count(w, "agencies", (long long)gaps[i].count);
        /* in per cent of the ranked agencies, hundredths half up */
        ems_xw__attr(w, "share",
                     ems_decimal__hundredths(share, (int64_t)((20000 * gaps[i].count + nranked) /
                                                              (2 * nranked))));
        ems_xw__end(w);
    }
    ems_xw__end(w);
    free(gaps);
    return !w->failed;
}
