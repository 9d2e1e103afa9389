/*
 * Peer review over time: the rules that follow recommendations from one
 * period to the next (statuses, management responses, overdue) and compare
 * a period's figures with earlier ones (series and changes). Pure C on the
 * model; history.c reads earlier results into these structs,
 * results.c writes them out. Internal, not exported.
 */
#ifndef EMSCORE_FOLLOWUP_H
#define EMSCORE_FOLLOWUP_H

#include <stdbool.h>
#include <stdint.h>

#include "model.h"
#include "score.h"

const char *ems_follow__status_name(ems_follow_status s);
bool ems_follow__status_from(const char *name, ems_follow_status *out);
const char *ems_follow__decision_name(ems_decision d);
bool ems_follow__decision_from(const char *name, ems_decision *out);
const char *ems_follow__priority_name(ems_priority p);

/* Periods in time order: runs of digits compare as numbers (so "2015" <
 * "2015-H2" < "2016" and "9" < "10"), everything else byte by byte. */
int ems_follow__period_cmp(const char *a, const char *b);

/* One period's follow-up of a recommendation. */
typedef struct ems_rec_status {
    const char *period;
    ems_follow_status status; /* the peer team's when given, else the agency's */
    int self, peer;           /* each source's status, -1 when it said nothing */
    bool disagreement;        /* both spoke and differ */
    const ems_evidence *evidence; /* of the source that won */
    size_t nevidence;
    ems_text comment;
} ems_rec_status;

/* The status of one period from the agency's (self) and the peer team's
 * follow-up, either NULL when absent; false when both are. */
bool ems_follow__merge(ems_rec_status *out, const ems_followup *self, const ems_followup *peer);

/* Whether a recommendation due on due (xs:date, NULL: no date) is overdue
 * on asof (NULL: no reference date, never overdue) given its latest status
 * (NULL: never followed up): past due and neither implemented nor closed
 * as superseded or no longer relevant. */
bool ems_follow__overdue(const char *due, const char *asof, const ems_follow_status *latest);

/* A recommendation as the register holds it. */
typedef struct ems_rec_entry {
    const char *id, *made, *milestone;
    ems_priority priority;
    const char *owner, *due; /* NULL when absent */
    ems_text text;
    const ems_reply *reply;  /* the management response; NULL when none */
    ems_rec_status *history; /* oldest period first */
    size_t nhistory;
    bool earlier;            /* made before the period of the results */
    bool overdue;
    const char *file;        /* where it was made, for diagnostics */
    long line;
} ems_rec_entry;

/* Change of one figure between two periods. */
typedef enum ems_direction {
    EMS_DIR_IMPROVED,
    EMS_DIR_DECLINED,
    EMS_DIR_UNCHANGED,
    EMS_DIR_NONE /* a side is na: not comparable */
} ems_direction;
const char *ems_follow__direction_name(ems_direction d);
/* to - from in hundredths into *delta; EMS_DIR_NONE when either is
 * EMS_SCORE_NA (delta 0). */
ems_direction ems_follow__change(int64_t from, int64_t to, int64_t *delta);

/* The figures of one period: its overall scores and every item the
 * results show (pre-order; parent is an index into items or EMS_NONE). */
typedef struct ems_fig_item {
    const char *id;
    ems_item_kind kind;
    size_t parent;
    int64_t self, final;
    ems_leaf_status status;
    bool mandatory, blocked;
    ems_text title;
} ems_fig_item;

typedef struct ems_figures {
    const char *file, *agency, *period, *scorecard, *version, *model;
    const char *asof; /* the review's date: peer date, mission end or self date */
    int64_t self, final, met;
    const char *grade;
    bool illustrative;
    ems_fig_item *items;
    size_t nitems;
    ems_rec_entry *register_; /* as those results hold it */
    size_t nregister;
} ems_figures;

/* One compared item, or one that could not be compared (reason set). */
typedef struct ems_change {
    size_t item;        /* index into the current figures; EMS_NONE: overall */
    const char *id;     /* uncomparable items of the earlier period only */
    ems_item_kind kind;
    int64_t from, to, delta;
    ems_leaf_status from_status, to_status;
    bool from_blocked, to_blocked; /* leaves: held back by a prerequisite */
    ems_direction direction;
    const char *reason; /* NULL when compared; "new", "gone" or "items" */
} ems_change;

typedef struct ems_changes {
    const ems_figures *since; /* the earlier period */
    ems_change overall;
    ems_change *areas;        /* every area, compared or not, current order */
    size_t nareas;
    ems_change *leaves;       /* leaves that improved or declined, current order */
    size_t nleaves;
    ems_change *uncomparable; /* leaves of one period only, current first */
    size_t nuncomparable;
    size_t improved, declined, unchanged; /* leaves compared */
} ems_changes;

/* Compare cur with the earlier since: leaves shared by both; an area, or
 * the overall score, only when both periods show the same leaves under it
 * (else listed as uncomparable). Arrays go to arena. Returns EMS_OK or
 * EMS_ENOMEM. */
int ems_follow__compare(ems_changes *out, ems_arena *arena, const ems_figures *since,
                        const ems_figures *cur);

/* What the register of one period is made of. */
typedef struct ems_register_in {
    const ems_figures *const *pasts; /* earlier periods, oldest first */
    size_t npasts;
    const char *period;              /* of the results being made */
    const ems_assessment *self, *peer, *response; /* each NULL when absent */
    const char *asof;                /* reference date for overdue; NULL: none */
} ems_register_in;

/* Every recommendation made so far: those of the earlier registers and
 * those the peer assessment makes now, with this period's follow-ups (the
 * peer team's status wins; a disagreement is flagged) and the management
 * response, ordered by the period they were made in. A recommendation id
 * made twice, or a reply or follow-up naming an unknown recommendation, is
 * an error on ctx (every one is reported). Arrays go to arena. Returns
 * EMS_OK, EMS_EINVALID or EMS_ENOMEM. */
int ems_follow__register(ems_rec_entry **out, size_t *n, ems_arena *arena, ems_ctx *ctx,
                         const ems_register_in *in);

/* What results carry beyond one period: the figures of this period and
 * the earlier ones, the changes since the previous period and since the
 * baseline, and the register. */
typedef struct ems_timeline {
    ems_arena arena;
    ems_figures now;
    const ems_figures **series; /* earlier periods, oldest first */
    size_t nseries;
    const ems_figures *baseline; /* NULL when there is no earlier period */
    ems_changes since_previous, since_baseline;
    ems_rec_entry *register_;
    size_t nregister;
    size_t earlier, implemented, overdue; /* register counts: made earlier, of
                                              them implemented; overdue */
} ems_timeline;

/* The timeline of r (scored) over the earlier periods pasts (any order,
 * already checked to belong: same agency and scorecard, earlier periods,
 * each once); baseline is one of them, NULL: the earliest. Returns EMS_OK,
 * EMS_EINVALID (the register's errors, on ctx) or EMS_ENOMEM. */
int ems_follow__timeline(ems_timeline **out, ems_ctx *ctx, const ems_results *r,
                         const ems_figures *const *pasts, size_t npasts,
                         const ems_figures *baseline);
void ems_follow__timeline_free(ems_timeline *t);

#endif
