/*
 * The figures of a greenhouse-gas inventory (doc/scoring.md, "Indicators
 * from the inventory"): exact integer arithmetic on the model, tonnes in
 * thousandths, results in hundredths rounded half up. No libxml2 here, so
 * every computation is unit-tested on plain structs. Internal.
 */
#ifndef EMSCORE_GHG_H
#define EMSCORE_GHG_H

#include <stdbool.h>
#include <stdint.h>

#include "model.h"

/* Names as written in documents and CSV files; NULL out of range. */
const char *ems_ghg__source_name(ems_ghg_source s);
const char *ems_ghg__figure_name(ems_ghg_figure f);
/* The source or figure of a name: true and *out set, or false. */
bool ems_ghg__source_from_name(const char *name, ems_ghg_source *out);
bool ems_ghg__figure_from_name(const char *name, ems_ghg_figure *out);

/* Sums in thousandths of a tonne. Each term is at most 10^12 and there are
 * at most 8 emissions and 64 offsets (schema), so no sum overflows. */
int64_t ems_ghg__total(const ems_inventory *inv);
int64_t ems_ghg__source_total(const ems_inventory *inv, ems_ghg_source s);
int64_t ems_ghg__scope_total(const ems_inventory *inv, int scope);
int64_t ems_ghg__offsets(const ems_inventory *inv);

/* Thousandths of a tonne to hundredths, half up. */
int64_t ems_ghg__hundredths(int64_t milli);
/* Hundredths of a tonne per person: milli / persons, half up (persons > 0). */
int64_t ems_ghg__per_person(int64_t milli, int64_t persons);
/* part / whole in hundredths of a per cent, half up (whole > 0). */
int64_t ems_ghg__percent(int64_t part, int64_t whole);
/* (from - to) / from in hundredths of a per cent (from > 0): a fall is
 * positive, a rise negative; the magnitude is rounded half up. */
int64_t ems_ghg__reduction(int64_t from, int64_t to);

/* The figure f of inv (baseline: the inventory of inv's baseline period,
 * may be NULL) in hundredths: true and *out set, or false when it cannot
 * be computed (a reduction without baseline, or from a zero baseline; an
 * offset share of a zero total). */
bool ems_ghg__figure(const ems_inventory *inv, const ems_inventory *baseline, ems_ghg_figure f,
                     int64_t *out);

/* Whether a typed value (canonical decimal) agrees with a computed one in
 * hundredths: equal once the computed value is rounded, half up, to the
 * typed value's decimals when it has fewer than two ("6.4" agrees with
 * 6.39, "14" with 14.00, "6.9" not with 4.68). */
bool ems_ghg__agrees(const char *typed, int64_t hundredths);

/* Hundredths as a canonical decimal ("-12.5", "0", "6.93"). Returns buf. */
const char *ems_ghg__text(char buf[32], int64_t hundredths);

#endif
