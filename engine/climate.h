/*
 * The system's climate figures in the summary (doc/formats.md, "Summary",
 * <climate>): the inventories of many agencies added up per period, by
 * source and scope, per person, and each agency's contribution. Figures
 * are the hundredths of a tonne the results carry (each source rounded
 * half up from the inventory's thousandths, as every report shows it), so
 * the summary adds exactly what the agencies' reports print. Integer
 * arithmetic only, half up (engine/ghg.c). Internal.
 */
#ifndef EMSCORE_CLIMATE_H
#define EMSCORE_CLIMATE_H

#include <libxml/tree.h>
#include <stdbool.h>
#include <stdint.h>

#include "model.h"
#include "xmlw.h"

/* One agency's inventory for one period. */
typedef struct ems_climate_figures {
    const char *agency, *period;
    int64_t tco2e[EMS_SRC_COUNT_][3]; /* hundredths of a tonne by source and scope - 1 */
    int64_t personnel;                /* the per-person denominator; 0: unknown */
    bool inventory_only;              /* no results: a group without assessments */
} ems_climate_figures;

/* A part of a whole: its tonnes and its share of the whole in hundredths
 * of a per cent, half up, with where it starts among the parts before it
 * (share-from, from the exact running sum, so a stacked bar's last part
 * ends at 100). share and from are -1 when the whole is 0. */
typedef struct ems_climate_part {
    int64_t tco2e, share, from;
} ems_climate_part;

/* One period of the system. per_person: hundredths of a tonne per person
 * over the agencies that state their personnel (personnel_tco2e, which
 * is tco2e unless some agency does not), -1 when none does. */
typedef struct ems_climate_period {
    int64_t tco2e, personnel, personnel_tco2e, per_person;
    ems_climate_part source[EMS_SRC_COUNT_][3];
    ems_climate_part scope[3];
} ems_climate_period;

/* An agency's total tonnes, hundredths. */
int64_t ems_climate__total(const ems_climate_figures *f);

/* The figures of n agencies of one period, in the order given, into *p;
 * the agencies' contributions into agencies[0..n) (parts of the period's
 * total, in that order). Each figure is at most 10^12 hundredths (what
 * ems_climate__from_node() reads; an inventory's source is at most
 * 10^9 t), so no sum over fewer than 10^6 agencies of 8 such figures
 * overflows. */
void ems_climate__period(ems_climate_period *p, ems_climate_part *agencies,
                         const ems_climate_figures *f, size_t n);

/* Order of the summary: by period in time order (followup.h), then
 * largest contribution first, then by agency. For qsort over ems_climate_figures. */
int ems_climate__order(const void *a, const void *b);

/* The figures of an inventory document's model, as its results would
 * carry them. Strings are borrowed from inv. */
void ems_climate__from_inventory(ems_climate_figures *out, const ems_inventory *inv);

/* The figures of a results document's <inventory> element (or a shard
 * list's, which has the same source and personnel attributes). Strings
 * are borrowed from agency and period. false when a figure is not a
 * decimal with at most two decimals (schema-valid input always is). */
bool ems_climate__from_node(ems_climate_figures *out, xmlNodePtr inventory, const char *agency,
                            const char *period);

/* Many agencies' figures, collected then written. */
typedef struct ems_climate ems_climate;
int ems_climate__new(ems_climate **out);
void ems_climate__free(ems_climate *c);
/* Add a copy of f (strings copied). EMS_OK or EMS_ENOMEM. Not thread-safe:
 * the summary adds under its lock. */
int ems_climate__add(ems_climate *c, const ems_climate_figures *f);
/* Write <climate> (nothing when no figures were added). false when the
 * writer failed or memory ran out. Sorts c. */
bool ems_climate__write(ems_climate *c, ems_xw *o);

/* The <source> and <personnel> of a shard list's inventory-only group:
 * what ems_climate__from_node() reads back. false when out of memory. */
bool ems_climate__write_node(xmlNodePtr parent, const ems_climate_figures *f);

#endif
