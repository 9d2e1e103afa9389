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

/* The figures of an inventory an indicator can be computed from (the
 * scorecard's inventory="..." attribute); EMS_GHG_NONE: typed by hand. */
typedef enum ems_ghg_figure {
    EMS_GHG_NONE = 0,
    EMS_GHG_TOTAL,
    EMS_GHG_PER_PERSON,
    EMS_GHG_AIR_PER_PERSON,
    EMS_GHG_REDUCTION,
    EMS_GHG_COVERAGE,
    EMS_GHG_OFFSET,
    EMS_GHG_FIGURE_COUNT_
} ems_ghg_figure;

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
    ems_ghg_figure inventory;
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

/* The review's scope (<scope>): the top-level areas every review covers
 * (the core), and how many of the others (the chosen themes) a profile
 * keeps at least. Without the element, core is NULL and nothing is
 * checked or written. */
typedef struct ems_scope {
    bool *core; /* per item; true only for top-level areas of the core */
    size_t ncore;
    int64_t min_chosen;
    long line;
} ems_scope;

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
    ems_scope scope;
    ems_idmap item_ids; /* id -> item index */
    ems_idmap level_ids; /* id -> level index */
    ems_idmap profile_ids; /* id -> profile index */
};

/* The kinds of assessment document; a management response (the agency's
 * answer to the peer review's recommendations) is one of them so that it
 * is loaded, grouped and scored with the self and peer assessments of its
 * agency and period. */
typedef enum ems_kind { EMS_KIND_SELF, EMS_KIND_PEER, EMS_KIND_RESPONSE } ems_kind;

/* A reviewer's part in the mission (doc/formats.md, "Assessment"). */
typedef enum ems_role { EMS_ROLE_LEAD, EMS_ROLE_MEMBER, EMS_ROLE_OBSERVER, EMS_ROLE_SECRETARIAT } ems_role;

/* Where a review stands; a report before EMS_REVIEW_APPROVED is a draft. */
typedef enum ems_review_status {
    EMS_REVIEW_DRAFT,
    EMS_REVIEW_SUBMITTED,
    EMS_REVIEW_APPROVED,
    EMS_REVIEW_PUBLISHED
} ems_review_status;

/* What a review team found (doc/formats.md, "Assessment"). */
typedef enum ems_finding_type {
    EMS_FINDING_OBSERVATION, /* when not given */
    EMS_FINDING_GOOD_PRACTICE,
    EMS_FINDING_GAP
} ems_finding_type;

typedef struct ems_finding {
    ems_finding_type type;
    ems_text text;
} ems_finding;

typedef struct ems_reviewer {
    ems_role role; /* EMS_ROLE_MEMBER when not given */
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
    const char *id;        /* unique for the agency across all periods */
    ems_priority priority;
    const char *owner;     /* NULL when absent */
    const char *due;       /* xs:date, NULL when absent */
    const char *milestone; /* of the response it sits in */
    ems_text text;
    long line;
} ems_recommendation;

/* Follow-up statuses, in the order reports count them. */
typedef enum ems_follow_status {
    EMS_FS_IMPLEMENTED,
    EMS_FS_IN_PROGRESS,
    EMS_FS_NOT_STARTED,
    EMS_FS_SUPERSEDED,
    EMS_FS_NO_LONGER_RELEVANT,
    EMS_FS_COUNT_
} ems_follow_status;

/* A later assessment's word on an earlier recommendation. */
typedef struct ems_followup {
    const char *recommendation;
    ems_follow_status status;
    ems_evidence *evidence;
    size_t nevidence;
    ems_text comment;
    long line;
} ems_followup;

typedef enum ems_decision {
    EMS_DECISION_ACCEPTED,
    EMS_DECISION_PARTIAL,
    EMS_DECISION_REJECTED
} ems_decision;

/* The management response to one recommendation. */
typedef struct ems_reply {
    const char *recommendation;
    ems_decision decision;
    const char *owner, *due; /* NULL when absent */
    ems_text action, comment;
    long line;
} ems_reply;

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
    ems_finding *findings;
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

/* A text of the review team's narrative: its paragraphs, in order. */
typedef struct ems_paras {
    ems_text *p;
    size_t n;
} ems_paras;

/* The team's conclusions on one top-level area of the scorecard. */
typedef struct ems_conclusions {
    const char *area;
    size_t item; /* set when checked with a scorecard, else EMS_NONE */
    ems_paras text;
    long line;
} ems_conclusions;

/* A unit or function the mission met. */
typedef struct ems_interview {
    const char *date; /* NULL when absent */
    ems_text unit;
} ems_interview;

/* A document the team reviewed. */
typedef struct ems_reviewed {
    const char *ref, *date; /* NULL when absent */
    ems_text title;
} ems_reviewed;

struct ems_assessment {
    ems_arena arena;
    const char *file;
    long line; /* of the root element */
    ems_kind kind;
    const char *scorecard, *scorecard_version, *agency, *period;
    const char *profile; /* NULL when absent */
    bool illustrative;   /* invented data, said on every report */
    ems_review_status status; /* peer: EMS_REVIEW_DRAFT when not given */
    const char *approved;     /* peer: the Peer Review Body's date; NULL when absent */
    ems_text assessor;
    const char *date; /* NULL when absent */
    const char *mission_from, *mission_to; /* NULL when absent */
    ems_text mission;
    ems_reviewer *team;
    size_t nteam;
    const char **covers;    /* peer: ids of the entities the review covers */
    ems_text *cover_names;  /* and their names */
    size_t ncovers;
    /* peer: the mission's record (doc/formats.md, "Assessment") */
    ems_interview *interviews;
    size_t ninterviews;
    ems_reviewed *documents;
    size_t ndocuments;
    ems_paras summary, context; /* the team's executive summary and context */
    ems_conclusions *conclusions;
    size_t nconclusions;
    ems_response *responses;
    size_t nresponses;
    ems_measure *measures;
    size_t nmeasures;
    ems_followup *followups; /* self and peer */
    size_t nfollowups;
    ems_reply *replies; /* response */
    size_t nreplies;
};

/* Emission sources of an inventory, in the order reports list them. */
typedef enum ems_ghg_source {
    EMS_SRC_AIR_TRAVEL,
    EMS_SRC_OTHER_TRAVEL,
    EMS_SRC_ELECTRICITY,
    EMS_SRC_HEAT_STEAM,
    EMS_SRC_STATIONARY,
    EMS_SRC_VEHICLES,
    EMS_SRC_REFRIGERANTS,
    EMS_SRC_OTHER,
    EMS_SRC_COUNT_
} ems_ghg_source;

/* Tonnes are held in thousandths (kg), at most 10^9 t each (schema). */
#define EMS_MAX_TONNES_MILLI INT64_C(1000000000000)

typedef struct ems_emission {
    ems_ghg_source source;
    int scope;     /* 1, 2 or 3 */
    int64_t milli; /* tCO2e in thousandths */
    /* Activity data and emission factor, as written; NULL when absent. */
    const char *activity, *activity_unit;
    const char *factor, *factor_unit, *factor_source;
    ems_text comment;
    long line;
} ems_emission;

typedef struct ems_offset {
    int64_t milli;
    const char *standard, *registry; /* registry NULL when absent */
    long line;
} ems_offset;

struct ems_inventory {
    ems_arena arena;
    const char *file;
    long line; /* of the root element */
    const char *agency, *period;
    const char *baseline; /* the baseline period, NULL when absent */
    int64_t covered, personnel; /* personnel covered, and in total (> 0) */
    ems_emission *emissions;    /* document order, one per source at most */
    size_t nemissions;
    ems_offset *offsets;
    size_t noffsets;
};

#endif
