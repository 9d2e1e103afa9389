/* The system's climate figures; see climate.h. */
#include "climate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dom.h"
#include "followup.h"
#include "ghg.h"
#include "internal.h"
#include "score.h"
#include "util/arena.h"
#include "util/decimal.h"

struct ems_climate {
    ems_arena arena;
    ems_climate_figures *figures;
    size_t n, cap;
};

int64_t ems_climate__total(const ems_climate_figures *f)
{
    int64_t t = 0;
    for (int s = 0; s < EMS_SRC_COUNT_; s++)
        for (int k = 0; k < 3; k++)
            t += f->tco2e[s][k];
    return t;
}

/* Hundredths of a tonne per person, half up (persons > 0). */
static int64_t per_person(int64_t hundredths, int64_t persons)
{
    return (int64_t)ems_score__div((ems_u128)hundredths, (ems_u128)persons);
}

/* part of whole, with its start after before; no shares of a zero whole. */
static ems_climate_part part(int64_t tco2e, int64_t before, int64_t whole)
{
    if (whole <= 0)
        return (ems_climate_part){tco2e, -1, -1};
    return (ems_climate_part){tco2e, ems_ghg__percent(tco2e, whole),
                              ems_ghg__percent(before, whole)};
}

void ems_climate__period(ems_climate_period *p, ems_climate_part *agencies,
                         const ems_climate_figures *f, size_t n)
{
    int64_t src[EMS_SRC_COUNT_][3] = {{0}}, scope[3] = {0};
    memset(p, 0, sizeof(*p));
    for (size_t i = 0; i < n; i++) {
        int64_t t = ems_climate__total(&f[i]);
        for (int s = 0; s < EMS_SRC_COUNT_; s++)
            for (int k = 0; k < 3; k++) {
                src[s][k] += f[i].tco2e[s][k];
                scope[k] += f[i].tco2e[s][k];
            }
        p->tco2e += t;
        if (f[i].personnel > 0) {
            p->personnel += f[i].personnel;
            p->personnel_tco2e += t;
        }
    }
    p->per_person = p->personnel > 0 ? per_person(p->personnel_tco2e, p->personnel) : -1;
    int64_t before = 0;
    for (int s = 0; s < EMS_SRC_COUNT_; s++)
        for (int k = 0; k < 3; k++) {
            p->source[s][k] = part(src[s][k], before, p->tco2e);
            before += src[s][k];
        }
    before = 0;
    for (int k = 0; k < 3; k++) {
        p->scope[k] = part(scope[k], before, p->tco2e);
        before += scope[k];
    }
    before = 0;
    for (size_t i = 0; i < n; i++) {
        int64_t t = ems_climate__total(&f[i]);
        agencies[i] = part(t, before, p->tco2e);
        before += t;
    }
}

int ems_climate__order(const void *pa, const void *pb)
{
    const ems_climate_figures *a = pa, *b = pb;
    int c = ems_follow__period_cmp(a->period, b->period);
    if (!c)
        c = strcmp(a->period, b->period);
    if (c)
        return c;
    int64_t ta = ems_climate__total(a), tb = ems_climate__total(b);
    if (ta != tb)
        return ta > tb ? -1 : 1;
    return strcmp(a->agency, b->agency);
}

void ems_climate__from_inventory(ems_climate_figures *out, const ems_inventory *inv)
{
    memset(out, 0, sizeof(*out));
    out->agency = inv->agency;
    out->period = inv->period;
    out->personnel = inv->personnel;
    out->inventory_only = true;
    for (size_t i = 0; i < inv->nemissions; i++) {
        const ems_emission *e = &inv->emissions[i];
        if (e->scope >= 1 && e->scope <= 3)
            out->tco2e[e->source][e->scope - 1] += ems_ghg__hundredths(e->milli);
    }
}

/* A decimal attribute in hundredths (at most 10^12); false when absent or
 * not such a decimal. */
static bool hundredths_attr(xmlNodePtr n, const char *name, int64_t *out)
{
    xmlChar *v = xmlGetNoNsProp(n, (const xmlChar *)name);
    bool ok = v && ems_decimal__fixed((const char *)v, 2, EMS_MAX_TONNES_MILLI, out) == EMS_DEC_OK;
    xmlFree(v);
    return ok;
}

bool ems_climate__from_node(ems_climate_figures *out, xmlNodePtr inventory, const char *agency,
                            const char *period)
{
    memset(out, 0, sizeof(*out));
    out->agency = agency;
    out->period = period;
    out->personnel = (int64_t)ems_dom__count(inventory, "personnel");
    for (xmlNodePtr c = ems_dom__first(inventory); c; c = ems_dom__next(c)) {
        if (!ems_dom__is(c, "source"))
            continue;
        xmlChar *id = xmlGetNoNsProp(c, (const xmlChar *)"id");
        ems_ghg_source s;
        bool known = ems_ghg__source_from_name((const char *)id, &s);
        xmlFree(id);
        unsigned long scope = ems_dom__count(c, "scope");
        int64_t t;
        if (!known || scope < 1 || scope > 3 || !hundredths_attr(c, "tco2e", &t))
            return false;
        out->tco2e[s][scope - 1] += t;
    }
    return true;
}

int ems_climate__new(ems_climate **out)
{
    ems_climate *c = calloc(1, sizeof(*c));
    if (!c)
        return EMS_ENOMEM;
    c->arena = (ems_arena)EMS_ARENA_INIT;
    *out = c;
    return EMS_OK;
}

void ems_climate__free(ems_climate *c)
{
    if (!c)
        return;
    free(c->figures);
    ems_arena__dispose(&c->arena);
    free(c);
}

int ems_climate__add(ems_climate *c, const ems_climate_figures *f)
{
    if (!ems_array__grow((void **)&c->figures, &c->cap, c->n, sizeof(*c->figures)))
        return EMS_ENOMEM;
    ems_climate_figures copy = *f;
    copy.agency = ems_arena__strdup(&c->arena, f->agency);
    copy.period = ems_arena__strdup(&c->arena, f->period);
    if (!copy.agency || !copy.period)
        return EMS_ENOMEM;
    c->figures[c->n++] = copy;
    return EMS_OK;
}

/* ---- writing -------------------------------------------------------- */

/* Hundredths as a canonical decimal (results write tonnes the same way). */
static void number(ems_xw *o, const char *name, int64_t hundredths)
{
    char b[32];
    ems_xw__attr(o, name, ems_ghg__text(b, hundredths));
}

static void write_part(ems_xw *o, const ems_climate_part *p)
{
    number(o, "tco2e", p->tco2e);
    if (p->share >= 0) {
        number(o, "share", p->share);
        number(o, "share-from", p->from);
    }
}

static void write_period(ems_xw *o, const ems_climate_figures *f, size_t n,
                         ems_climate_part *agencies)
{
    ems_climate_period p;
    ems_climate__period(&p, agencies, f, n);
    ems_xw__start(o, "period");
    ems_xw__attr(o, "id", f[0].period);
    ems_xw__count(o, "agencies", (long long)n);
    number(o, "tco2e", p.tco2e);
    if (p.per_person >= 0) {
        ems_xw__count(o, "personnel", p.personnel);
        if (p.personnel_tco2e != p.tco2e)
            number(o, "personnel-tco2e", p.personnel_tco2e);
        number(o, "per-person", p.per_person);
    }
    for (int s = 0; s < EMS_SRC_COUNT_; s++)
        for (int k = 0; k < 3; k++) {
            bool reported = false;
            for (size_t i = 0; i < n; i++)
                reported |= f[i].tco2e[s][k] > 0;
            if (!reported)
                continue;
            ems_xw__start(o, "source");
            ems_xw__attr(o, "id", ems_ghg__source_name((ems_ghg_source)s));
            ems_xw__count(o, "scope", k + 1);
            write_part(o, &p.source[s][k]);
            ems_xw__end(o);
        }
    for (int k = 0; k < 3; k++) {
        ems_xw__start(o, "scope");
        ems_xw__count(o, "n", k + 1);
        write_part(o, &p.scope[k]);
        ems_xw__end(o);
    }
    for (size_t i = 0; i < n; i++) {
        ems_xw__start(o, "agency");
        ems_xw__attr(o, "id", f[i].agency);
        write_part(o, &agencies[i]);
        if (f[i].personnel > 0) {
            ems_xw__count(o, "personnel", f[i].personnel);
            number(o, "per-person", per_person(ems_climate__total(&f[i]), f[i].personnel));
        }
        ems_xw__attr(o, "inventory-only", f[i].inventory_only ? "true" : NULL);
        for (int s = 0; s < EMS_SRC_COUNT_; s++)
            for (int k = 0; k < 3; k++) {
                if (f[i].tco2e[s][k] <= 0)
                    continue;
                ems_climate_part sp = part(f[i].tco2e[s][k], 0, p.tco2e);
                ems_xw__start(o, "source");
                ems_xw__attr(o, "id", ems_ghg__source_name((ems_ghg_source)s));
                ems_xw__count(o, "scope", k + 1);
                number(o, "tco2e", sp.tco2e);
                if (sp.share >= 0)
                    number(o, "share", sp.share);
                ems_xw__end(o);
            }
        ems_xw__end(o);
    }
    ems_xw__end(o);
}

bool ems_climate__write(ems_climate *c, ems_xw *o)
{
    if (!c || c->n == 0)
        return true;
    ems_climate_part *agencies = malloc(c->n * sizeof(*agencies));
    if (!agencies)
        return false;
    ems_array__sort(c->figures, c->n, sizeof(*c->figures), ems_climate__order);
    size_t periods = 0, only = 0;
    for (size_t i = 0; i < c->n; i++) {
        periods += i == 0 || strcmp(c->figures[i].period, c->figures[i - 1].period) != 0;
        only += c->figures[i].inventory_only;
    }
    ems_xw__start(o, "climate");
    ems_xw__count(o, "periods", (long long)periods);
    ems_xw__count(o, "inventories", (long long)c->n);
    ems_xw__count(o, "inventory-only", (long long)only);
    for (size_t i = 0; i < c->n;) {
        size_t j = i + 1;
        while (j < c->n && strcmp(c->figures[j].period, c->figures[i].period) == 0)
            j++;
        write_period(o, c->figures + i, j - i, agencies);
        i = j;
    }
    ems_xw__end(o);
    free(agencies);
    return !o->failed;
}

bool ems_climate__write_node(xmlNodePtr parent, const ems_climate_figures *f)
{
    char b[32];
    xmlNodePtr inv = xmlNewChild(parent, parent->ns, (const xmlChar *)"inventory", NULL);
    if (!inv)
        return false;
    snprintf(b, sizeof(b), "%lld", (long long)f->personnel);
    bool ok = xmlNewProp(inv, (const xmlChar *)"personnel", (const xmlChar *)b) != NULL;
    for (int s = 0; ok && s < EMS_SRC_COUNT_; s++)
        for (int k = 0; ok && k < 3; k++) {
            if (f->tco2e[s][k] <= 0)
                continue;
            xmlNodePtr n = xmlNewChild(inv, parent->ns, (const xmlChar *)"source", NULL);
            char scope[2] = {(char)('1' + k), '\0'};
            ok = n && xmlNewProp(n, (const xmlChar *)"id",
                                 (const xmlChar *)ems_ghg__source_name((ems_ghg_source)s)) &&
                 xmlNewProp(n, (const xmlChar *)"scope", (const xmlChar *)scope) &&
                 xmlNewProp(n, (const xmlChar *)"tco2e", (const xmlChar *)ems_ghg__text(b, f->tco2e[s][k]));
        }
    return ok;
}
