/*
 * Inventory: from a schema-valid document to the model, with the rules the
 * schema cannot state (doc/formats.md, "Inventory").
 */
#include <stdlib.h>
#include <string.h>

#include "dom.h"
#include "ghg.h"
#include "internal.h"
#include "util/decimal.h"

typedef struct ibuilder {
    ems_inventory *inv;
    ems_ctx *ctx;
    const char *file;
    bool oom;
    int rc;
} ibuilder;

/* A schema-valid number attribute as an integer in units of 10^-scale. */
static int64_t fixed_attr(ibuilder *b, xmlNodePtr node, const char *name, unsigned scale,
                          int64_t max)
{
    xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)name);
    int64_t out = 0;
    if (v && ems_decimal__fixed((const char *)v, scale, max, &out) != EMS_DEC_OK)
        EMS_LOAD_ERR(b, xmlGetLineNo(node),
                     "attribute '%s' of <%s>: '%.40s' is not a number of at most "
                     "%u decimals",
                     name, (const char *)node->name, (const char *)v, scale);
    xmlFree(v);
    return out;
}

static void build_emission(ibuilder *b, xmlNodePtr node, ems_emission *e)
{
    ems_arena *a = &b->inv->arena;
    xmlChar *source = xmlGetNoNsProp(node, (const xmlChar *)"source");
    if (!ems_ghg__source_from_name((const char *)source, &e->source))
        e->source = EMS_SRC_OTHER; /* the schema allows only known names */
    xmlFree(source);
    e->scope = (int)fixed_attr(b, node, "scope", 0, 3);
    e->milli = fixed_attr(b, node, "tco2e", 3, EMS_MAX_TONNES_MILLI);
    e->line = xmlGetLineNo(node);
    for (xmlNodePtr c = ems_dom__first(node); c && !b->oom; c = ems_dom__next(c)) {
        if (ems_dom__is(c, "activity")) {
            e->activity = ems_dom__attr(a, c, "quantity", &b->oom);
            e->activity_unit = ems_dom__attr(a, c, "unit", &b->oom);
        } else if (ems_dom__is(c, "factor")) {
            e->factor = ems_dom__attr(a, c, "value", &b->oom);
            e->factor_unit = ems_dom__attr(a, c, "unit", &b->oom);
            e->factor_source = ems_dom__attr(a, c, "source", &b->oom);
        } else if (ems_dom__is(c, "comment")) {
            e->comment = ems_dom__text(a, c, &b->oom);
        }
    }
}

static size_t count_named(xmlNodePtr parent, const char *name)
{
    size_t n = 0;
    for (xmlNodePtr c = ems_dom__first(parent); c; c = ems_dom__next(c))
        n += ems_dom__is(c, name);
    return n;
}

int ems_inventory__from_doc(ems_inventory **out, ems_ctx *ctx, xmlDocPtr doc, const char *file)
{
    *out = NULL;
    ems_inventory *inv = calloc(1, sizeof(*inv));
    if (!inv)
        return ems_ctx__error(ctx, EMS_ENOMEM, file, 0, "out of memory");
    ibuilder b = {inv, ctx, file, false, EMS_OK};
    ems_arena *a = &inv->arena;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    inv->file = ems_arena__strdup(a, file);
    inv->line = xmlGetLineNo(root);
    inv->agency = ems_dom__attr(a, root, "agency", &b.oom);
    inv->period = ems_dom__attr(a, root, "period", &b.oom);
    inv->baseline = ems_dom__attr(a, root, "baseline", &b.oom);
    size_t nem = count_named(root, "emission"), noff = count_named(root, "offset");
    inv->emissions = ems_arena__alloc(a, nem ? nem : 1, sizeof(*inv->emissions));
    inv->offsets = ems_arena__alloc(a, noff ? noff : 1, sizeof(*inv->offsets));
    if (!inv->file || !inv->emissions || !inv->offsets)
        b.oom = true;
    long personnel_line = inv->line;
    for (xmlNodePtr c = ems_dom__first(root); c && !b.oom; c = ems_dom__next(c)) {
        if (ems_dom__is(c, "personnel")) {
            inv->covered = fixed_attr(&b, c, "covered", 0, INT64_C(100000000));
            inv->personnel = fixed_attr(&b, c, "total", 0, INT64_C(100000000));
            personnel_line = xmlGetLineNo(c);
        } else if (ems_dom__is(c, "emission")) {
            ems_emission *e = &inv->emissions[inv->nemissions];
            build_emission(&b, c, e);
            /* check: each source once, so that a breakdown adds up to the total */
            for (size_t k = 0; k < inv->nemissions; k++)
                if (inv->emissions[k].source == e->source)
                    EMS_LOAD_ERR(&b, e->line,
                                 "second emission of source '%s' (the first is on line %ld)",
                                 ems_ghg__source_name(e->source), inv->emissions[k].line);
            inv->nemissions++;
        } else if (ems_dom__is(c, "offset")) {
            ems_offset *o = &inv->offsets[inv->noffsets++];
            o->milli = fixed_attr(&b, c, "tco2e", 3, EMS_MAX_TONNES_MILLI);
            o->standard = ems_dom__attr(a, c, "standard", &b.oom);
            o->registry = ems_dom__attr(a, c, "registry", &b.oom);
            o->line = xmlGetLineNo(c);
        }
    }
    if (!b.oom) {
        /* check: the per-person denominator is not 0 */
        if (inv->personnel == 0)
            EMS_LOAD_ERR(&b, personnel_line,
                         "personnel total=\"0\": the per-person figures divide by the "
                         "total personnel, which must be at least 1");
        /* check: covered personnel within the total */
        if (inv->covered > inv->personnel)
            EMS_LOAD_ERR(&b, personnel_line, "personnel covered (%lld) is above the total (%lld)",
                         (long long)inv->covered, (long long)inv->personnel);
        /* check: a baseline is another period */
        if (inv->baseline && inv->period && strcmp(inv->baseline, inv->period) == 0)
            EMS_LOAD_ERR(&b, inv->line,
                         "baseline=\"%s\" is the inventory's own period: name the period "
                         "the reduction is measured against",
                         inv->baseline);
    }
    if (b.oom)
        b.rc = ems_ctx__error(ctx, EMS_ENOMEM, file, 0, "out of memory");
    if (b.rc != EMS_OK) {
        ems_inventory_free(inv);
        return b.rc;
    }
    *out = inv;
    return EMS_OK;
}

static int load(ems_inventory **out, const ems_engine *engine, ems_ctx *ctx, const char *name,
                const void *data, size_t len)
{
    if (out)
        *out = NULL;
    if (!out || !engine || !name)
        return EMS_EARG;
    xmlDocPtr doc = NULL;
    int rc = ems_doc__load(&doc, engine, ctx, name, data, len, EMS_DOC_INVENTORY);
    if (rc == EMS_OK)
        rc = ems_inventory__from_doc(out, ctx, doc, name);
    xmlFreeDoc(doc);
    return rc;
}

int ems_inventory_load(ems_inventory **out, const ems_engine *engine, ems_ctx *ctx,
                       const char *path)
{
    return load(out, engine, ctx, path, NULL, 0);
}

int ems_inventory_load_memory(ems_inventory **out, const ems_engine *engine, ems_ctx *ctx,
                              const char *name, const void *data, size_t len)
{
    if (!data) {
        if (out)
            *out = NULL;
        return EMS_EARG;
    }
    return load(out, engine, ctx, name, data, len);
}

void ems_inventory_free(ems_inventory *inv)
{
    if (!inv)
        return;
    ems_arena__dispose(&inv->arena);
    free(inv);
}

const char *ems_inventory_agency(const ems_inventory *inv)
{
    return inv ? inv->agency : NULL;
}

const char *ems_inventory_period(const ems_inventory *inv)
{
    return inv ? inv->period : NULL;
}

const char *ems_inventory_baseline(const ems_inventory *inv)
{
    return inv ? inv->baseline : NULL;
}
