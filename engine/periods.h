/*
 * Periods in a summary (doc/formats.md, "Summary"; doc/scoring.md,
 * "Progress and follow-up"): which results are ranked (each agency's
 * latest period, or one period), each one's previous period, and the
 * figures of every period for the system averages. Pure C on agency and
 * period names; summary.c reads the documents and writes the element.
 * Internal, not exported.
 */
#ifndef EMSCORE_PERIODS_H
#define EMSCORE_PERIODS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One results document of a summary: its agency and period. */
typedef struct ems_period_key {
    const char *agency, *period;
} ems_period_key;

/* A total order of periods: time order (ems_follow__period_cmp: runs of
 * digits as numbers), and periods that it ties ("2015", "02015") by their
 * bytes, so that 0 means the same period. */
int ems_periods__cmp(const char *a, const char *b);

/* Sums behind one mean: self, final and met, each over the figures that
 * are not na. */
typedef struct ems_period_sums {
    int64_t sum[3];
    size_t n[3];
} ems_period_sums;

typedef struct ems_period_plan {
    bool *ranked;         /* per key: ranked in the summary */
    size_t *previous;     /* per key: the key of the same agency's period just
                             before, EMS_NONE for its first */
    size_t *period_of;    /* per key: its index in periods */
    const char **periods; /* every period of the keys once, in ems_periods__cmp
                             order (borrowed from the keys) */
    size_t nperiods, nranked;
    size_t *agencies;     /* per period: how many keys (one per agency) */
    size_t nareas;        /* per period, 1 + nareas sums: overall, then each area */
    ems_period_sums *sums;
} ems_period_plan;

#define EMS_PERIOD_PLAN_INIT {NULL, NULL, NULL, NULL, 0, 0, NULL, 0, NULL}

/* Plan the summary of n keys (each agency and period at most once): with
 * only NULL, each agency's latest period is ranked; else every key whose
 * period is only, byte for byte. Returns EMS_OK or EMS_ENOMEM (out
 * disposed). nranked may be 0: no key of period only. */
int ems_periods__plan(ems_period_plan *out, const ems_period_key *keys, size_t n,
                      const char *only);

/* Room for the per-period sums of nareas areas; EMS_OK or EMS_ENOMEM. */
int ems_periods__tally(ems_period_plan *p, size_t nareas);
/* Count key's figures (hundredths, -1 for na) in its period: the overall
 * ones (area EMS_NONE, met counted) or those of area (met ignored). */
void ems_periods__add(ems_period_plan *p, size_t key, size_t area, int64_t self, int64_t final,
                      int64_t met);
/* The sums of period k for area (EMS_NONE: overall). */
const ems_period_sums *ems_periods__sums(const ems_period_plan *p, size_t k, size_t area);

/* The change from an earlier figure to a later one, hundredths: to -
 * from; false (no change to state) when either is na (-1). */
bool ems_periods__change(int64_t from, int64_t to, int64_t *delta);

/* implemented of followed in percent, hundredths rounded half up; -1
 * (na) when followed is 0. */
int64_t ems_periods__rate(size_t implemented, size_t followed);

void ems_periods__dispose(ems_period_plan *p);

#endif
