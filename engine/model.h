/*
 * The in-memory model of scorecards and assessments: plain C structs built
 * by scorecard.c and assessment.c from a validated document. No libxml2
 * type survives loading; every string lives in the owner's arena.
 */
#ifndef EMSCORE_MODEL_H
#define EMSCORE_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "emscore.h"
#include "util/arena.h"
#include "util/idmap.h"

#define EMS_NONE SIZE_MAX

/* Level references in responses: an index into the scale, or one of these. */
#define EMS_LEVEL_UNSET (-1) /* no level given */
#define EMS_LEVEL_NA (-2)    /* "na" */

/*
 * Limits under which the scoring arithmetic cannot overflow (see score.c):
 * weights are held in thousandths, level values and item counts bounded.
 */
#define EMS_MAX_WEIGHT_MILLI INT64_C(1000000000) /* weight 1,000,000.000 */
#define EMS_MAX_LEVEL_VALUE INT64_C(1000000)
#define EMS_MAX_LEVELS 64
#define EMS_MAX_GRADES 64

typedef struct ems_text {
    const char *text; /* NULL when absent; in a scorecard, the English text */
    const char *lang; /* xml:lang, NULL when absent */
    /* A scorecard's texts only: the same text in other languages (see
     * lang.h), at most one each, in the order of lang.h. */
    const struct ems_text *translations;
    size_t ntranslations;
} ems_text;

typedef struct ems_level {
    const char *id;
    int64_t value;
    ems_text label;
    long line;
} ems_level;

typedef struct ems_grade {
    const char *id;
    int64_t min; /* hundredths of a point */
    ems_text label;
    long line;
} ems_grade;

typedef enum ems_item_kind { EMS_ITEM_AREA, EMS_ITEM_MILESTONE, EMS_ITEM_INDICATOR } ems_item_kind;

typedef struct ems_threshold {
    size_t level;      /* index into the scale */
    const char *value; /* canonical decimal text, see util/decimal.h */
    long line;
} ems_threshold;

typedef struct ems_item {
    ems_item_kind kind;
    const char *id;
    long line;
    int64_t weight; /* thousandths */
    ems_text title, description, guidance;
    size_t parent; /* EMS_NONE for a top-level area */
    size_t *children; /* areas only, document order */
    size_t nchildren;
    /* milestones */
    bool mandatory;
    bool evidence_required;
    size_t *requires; /* item indices, resolved */
    size_t nrequires;
    /* indicators */
    const char *unit;
    bool lower_better;
    ems_threshold *thresholds;
    size_t nthresholds;
} ems_item;

typedef struct ems_profile_rule {
    bool is_select;
    size_t item;
    bool selected;    /* select */
    int64_t weight;   /* refine, thousandths */
    long line;
} ems_profile_rule;

typedef struct ems_profile {
    const char *id;
    ems_text title;
    ems_profile_rule *rules;
    size_t nrules;
    long line;
} ems_profile;

struct ems_scorecard {
    ems_arena arena;
    const char *file;
    const char *id, *version;
    ems_text title, description;
    ems_level *levels; /* document order = rising value */
    size_t nlevels;
    size_t achieved; /* index of the level that counts as met */
    ems_grade *grades; /* document order = falling min */
    size_t ngrades;
    size_t mandatory_cap; /* index into grades */
    ems_item *items; /* pre-order, document order */
    size_t nitems;
    size_t *top; /* indices of top-level areas */
    size_t ntop;
    ems_profile *profiles;
    size_t nprofiles;
    ems_idmap item_ids; /* id -> item index */
    ems_idmap level_ids; /* id -> level index */
    ems_idmap profile_ids; /* id -> profile index */
};

typedef enum ems_kind { EMS_KIND_SELF, EMS_KIND_PEER } ems_kind;

typedef struct ems_reviewer {
    const char *id, *agency, *name;
    const char *name_lang; /* xml:lang of the name, NULL when absent */
    long line;
} ems_reviewer;

typedef struct ems_rating {
    const char *by;
    size_t reviewer; /* index into team */
    const char *level_id;
    int level; /* index, or EMS_LEVEL_NA; set when checked with a scorecard */
    long line;
} ems_rating;

typedef struct ems_evidence {
    const char *href; /* NULL when absent */
    ems_text text;
} ems_evidence;

typedef enum ems_priority { EMS_PRIO_HIGH, EMS_PRIO_MEDIUM, EMS_PRIO_LOW } ems_priority;

typedef struct ems_recommendation {
    ems_priority priority;
    ems_text text;
} ems_recommendation;

typedef struct ems_response {
    const char *milestone;
    size_t item; /* set when checked with a scorecard, else EMS_NONE */
    const char *level_id; /* self: level attribute, NULL when absent */
    int level;            /* EMS_LEVEL_UNSET / EMS_LEVEL_NA / index */
    ems_rating *ratings;
    size_t nratings;
    const char *consensus_id; /* NULL when absent */
    int consensus;            /* EMS_LEVEL_UNSET / EMS_LEVEL_NA / index */
    long consensus_line;
    ems_evidence *evidence;
    size_t nevidence;
    ems_text comment, justification;
    ems_text *findings;
    size_t nfindings;
    ems_recommendation *recommendations;
    size_t nrecommendations;
    long line;
} ems_response;

typedef struct ems_measure {
    const char *indicator;
    size_t item;       /* set when checked with a scorecard, else EMS_NONE */
    const char *value; /* canonical decimal text */
    ems_evidence *evidence;
    size_t nevidence;
    ems_text comment;
    long line;
} ems_measure;

struct ems_assessment {
    ems_arena arena;
    const char *file;
    long line; /* of the root element */
    ems_kind kind;
    const char *scorecard, *scorecard_version, *agency, *period;
    const char *profile; /* NULL when absent */
    ems_text assessor;
    const char *date; /* NULL when absent */
    const char *mission_from, *mission_to; /* NULL when absent */
    ems_text mission;
    ems_reviewer *team;
    size_t nteam;
    ems_response *responses;
    size_t nresponses;
    ems_measure *measures;
    size_t nmeasures;
};

#endif
