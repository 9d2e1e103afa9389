/*
 * Scoring (doc/scoring.md): the per-item figures of one agency and period,
 * computed from a scorecard and its self and/or peer assessment in integer
 * hundredths. score.c holds the arithmetic and includes no libxml2 header;
 * results.c checks the inputs, serialises and owns the public API.
 * Internal, not exported.
 */
#ifndef EMSCORE_SCORE_H
#define EMSCORE_SCORE_H

#include <stdbool.h>
#include <stdint.h>

#include "model.h"

/* Intermediates of the arithmetic: sums of weight (< 2^30) x value
 * (< 2^20) x 10000 (< 2^14) over at most SIZE_MAX (2^64) items stay below
 * 2^128, so no sum can overflow whatever --max-items allows. */
__extension__ typedef unsigned __int128 ems_u128;

/* A score that is not applicable. */
#define EMS_SCORE_NA INT64_C(-1)

/* Leaf status (doc/scoring.md, 4), from the effective value. */
typedef enum ems_leaf_status {
    EMS_LS_NA,
    EMS_LS_MISSING,
    EMS_LS_NOT_STARTED,
    EMS_LS_PARTIAL,
    EMS_LS_ACHIEVED
} ems_leaf_status;

/* A leaf status's name in results ("not-started"), and back; a name that
 * is none of them reads as EMS_LS_MISSING. */
const char *ems_score__status_name(ems_leaf_status s);
ems_leaf_status ems_score__status_from(const char *name);

/* Flags (doc/scoring.md, 8), bits in the order they are printed. */
enum {
    EMS_FLAG_BLOCKED = 1u << 0,
    EMS_FLAG_MANDATORY_UNMET = 1u << 1,
    EMS_FLAG_UNSUPPORTED = 1u << 2,
    EMS_FLAG_DISAGREEMENT = 1u << 3,
    EMS_FLAG_OVERCLAIM = 1u << 4,
    EMS_FLAG_INCONSISTENT = 1u << 5
};

/* One source (self, or final) of a leaf. Levels are scale indices, or
 * EMS_LEVEL_NA, or EMS_LEVEL_UNSET when the source did not rate the leaf. */
typedef struct ems_source_score {
    int level;               /* as rated, before prerequisites */
    int effective;           /* level of the effective value; UNSET for na and missing */
    int64_t value;           /* effective value; -1 for na, 0 for missing */
    ems_leaf_status status;  /* leaves only */
    int64_t score;           /* hundredths, or EMS_SCORE_NA; areas too */
} ems_source_score;

typedef struct ems_item_score {
    bool selected; /* it and every ancestor selected in the profile */
    bool counted;  /* selected and its (refined) weight above 0 */
    int64_t weight; /* thousandths, after the profile's refine */
    ems_source_score self, final;
    /* leaves */
    int peer_level;   /* the peer rating, UNSET when the peer did not rate */
    int peer_median;  /* median of the non-na ratings; NA when all said na;
                         UNSET when there are no ratings */
    unsigned flags;
    const ems_response *self_response, *peer_response; /* NULL when absent */
    const ems_measure *self_measure, *peer_measure;    /* NULL when absent */
    /* indicators bound to an inventory figure: the value computed from
     * the inventory, canonical decimal text; "" when there is none */
    char computed[32];
} ems_item_score;

struct ems_timeline; /* followup.h */

struct ems_results {
    const ems_scorecard *sc;      /* borrowed, as are the assessments */
    const ems_assessment *self;   /* NULL when not given */
    const ems_assessment *peer;   /* NULL when not given */
    const ems_inventory *inventory, *baseline; /* NULL when not given */
    const ems_assessment *response; /* the management response; NULL when not given */
    struct ems_timeline *timeline; /* register and progress; owned */
    const ems_profile *profile;   /* NULL: everything selected */
    ems_model model;
    ems_item_score *items;        /* one per scorecard item */
    int64_t overall_self, overall_final, met; /* hundredths or EMS_SCORE_NA */
    size_t grade, self_grade, uncapped_grade; /* grade index, EMS_NONE for na */
    size_t counted, rated, achieved; /* the counts behind met */
};

/* round(n / d) for n >= 0, d > 0, half up: (2n + d) / (2d), computed
 * without doubling n. */
ems_u128 ems_score__div(ems_u128 n, ems_u128 d);

/* Step 1 (doc/scoring.md, 1): mark the items profile selects (NULL: every item)
 * and set their weights and counted flags in items, one per scorecard
 * item. A later rule for the same item wins; an item is selected only
 * when every ancestor area is. Shared by scoring and the templates, so
 * that a form asks exactly what is scored. */
void ems_score__select(const ems_scorecard *sc, const ems_profile *profile,
                       ems_item_score *items);

/* Fill r->items and the overall figures from r->sc, r->self, r->peer,
 * r->profile and r->model. Returns EMS_OK or EMS_ENOMEM; r->items is owned
 * by r either way (free it with r). The assessments must be resolved
 * against r->sc (every response's and measure's item set). */
int ems_score__compute(ems_results *r);

#endif
