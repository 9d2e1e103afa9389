/*
 * Results: the public face of scoring. ems_score() checks that the
 * assessments belong together and picks the profile, score.c computes, and
 * the results document is written with xmlTextWriter in a fixed order
 * (doc/formats.md, "Results"), so the same results give the same bytes.
 */
#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <string.h>

#include "dom.h"
#include "followup.h"
#include "ghg.h"
#include "internal.h"
#include "lang.h"
#include "score.h"
#include "util/decimal.h"
#include "util/ident.h"
#include "xmlw.h"

static const char *const model_names[] = {
    [EMS_MODEL_WEIGHTED] = "weighted",
    [EMS_MODEL_FLAT] = "flat",
    [EMS_MODEL_FLAT_UNWEIGHTED] = "flat-unweighted",
    [EMS_MODEL_ABSOLUTE] = "absolute",
};
#define NMODELS (sizeof(model_names) / sizeof(model_names[0]))

EMS_IDENT_FROM_NAME(ems_model_from_name, ems_model, model_names)

const char *ems_model_name(ems_model model)
{
    return (unsigned)model < NMODELS ? model_names[model] : NULL;
}

/* ---- scoring: the inputs must belong together ------------------------ */

/* Whether as was loaded with sc: its references are resolved to sc's items
 * and levels (indices in range, ids the same), so scoring can use them. */
static bool resolved_against(const ems_assessment *as, const ems_scorecard *sc)
{
    if (strcmp(as->scorecard, sc->id) != 0 || strcmp(as->scorecard_version, sc->version) != 0)
        return false;
    int nlevels = (int)sc->nlevels;
    for (size_t i = 0; i < as->nresponses; i++) {
        const ems_response *r = &as->responses[i];
        if (r->item >= sc->nitems || sc->items[r->item].kind != EMS_ITEM_MILESTONE ||
            strcmp(sc->items[r->item].id, r->milestone) != 0 || r->level >= nlevels ||
            r->consensus >= nlevels || (as->kind == EMS_KIND_SELF && r->level == EMS_LEVEL_UNSET))
            return false;
        for (size_t k = 0; k < r->nratings; k++)
            if (r->ratings[k].level >= nlevels || r->ratings[k].level == EMS_LEVEL_UNSET)
                return false;
    }
    for (size_t i = 0; i < as->nmeasures; i++) {
        const ems_measure *m = &as->measures[i];
        if (m->item >= sc->nitems || sc->items[m->item].kind != EMS_ITEM_INDICATOR ||
            strcmp(sc->items[m->item].id, m->indicator) != 0)
            return false;
    }
    return true;
}

/* Two assessments of one agency and period (both already match the
 * scorecard's id and version). */
static int check_pair(ems_ctx *ctx, const ems_assessment *a, const ems_assessment *b)
{
    static const char *const what[] = {"agency", "period"};
    const char *va[] = {a->agency, a->period};
    const char *vb[] = {b->agency, b->period};
    int rc = EMS_OK;
    for (size_t i = 0; i < 2; i++)
        if (strcmp(va[i], vb[i]) != 0)
            rc = ems_ctx__error(ctx, EMS_EINVALID, b->file, b->line,
                                "%s '%s' differs from %s '%s' of %s: score together only the "
                                "assessments of one agency and period",
                                what[i], vb[i], what[i], va[i], a->file);
    return rc;
}

/* The profile to score with: the one asked for, else the one the
 * assessments name. */
static int pick_profile(const ems_profile **out, ems_ctx *ctx, const ems_scorecard *sc,
                        const ems_assessment *const *as, size_t n, const char *asked)
{
    const ems_assessment *namer = NULL;
    for (size_t i = 0; i < n && !asked; i++) {
        if (!as[i]->profile)
            continue;
        if (namer && strcmp(namer->profile, as[i]->profile) != 0)
            return ems_ctx__error(ctx, EMS_EINVALID, as[i]->file, as[i]->line,
                                  "profile '%s' differs from profile '%s' of %s: choose one "
                                  "with --profile",
                                  as[i]->profile, namer->profile, namer->file);
        namer = as[i];
    }
    const char *id = asked ? asked : namer ? namer->profile : NULL;
    size_t p;
    *out = NULL;
    if (!id)
        return EMS_OK;
    if (!ems_idmap__get(&sc->profile_ids, id, &p))
        return ems_ctx__error(ctx, EMS_EINVALID, sc->file, 0,
                              "profile '%s' is not defined in scorecard '%s'", id, sc->id);
    for (size_t i = 0; i < n && asked; i++)
        if (as[i]->profile && strcmp(asked, as[i]->profile) != 0)
            ems_ctx__report(ctx, EMS_OK, EMS_SEV_WARNING, as[i]->file, as[i]->line,
                            "scored with profile '%s', not with profile '%s' named here", asked,
                            as[i]->profile);
    *out = &sc->profiles[p];
    return EMS_OK;
}

/* The inventory of the assessments' agency and period, and the baseline of
 * the period it names, of the same agency. */
static int check_inventories(ems_ctx *ctx, const ems_assessment *as, const ems_inventory *inv,
                             const ems_inventory *base)
{
    if (!inv)
        return base ? ems_ctx__error(ctx, EMS_EARG, base->file, 0,
                                     "a baseline inventory without the period's inventory")
                    : EMS_OK;
    int rc = EMS_OK;
    if (strcmp(inv->agency, as->agency) != 0 || strcmp(inv->period, as->period) != 0)
        rc = ems_ctx__error(ctx, EMS_EINVALID, inv->file, inv->line,
                            "inventory of %s for %s, but %s assesses %s for %s: score an "
                            "inventory with the assessments of its agency and period",
                            inv->agency, inv->period, as->file, as->agency, as->period);
    if (base && (!inv->baseline || strcmp(base->period, inv->baseline) != 0 ||
                 strcmp(base->agency, inv->agency) != 0))
        rc = ems_ctx__error(ctx, EMS_EINVALID, base->file, base->line,
                            "inventory of %s for %s is not the baseline of %s, which is %s%s%s",
                            base->agency, base->period, inv->file,
                            inv->baseline ? inv->agency : "none named",
                            inv->baseline ? " for " : "", inv->baseline ? inv->baseline : "");
    return rc;
}

static const char *kind_name(ems_kind k)
{
    return k == EMS_KIND_PEER ? "peer assessment" : k == EMS_KIND_RESPONSE ? "management response"
                                                                           : "self-assessment";
}

/* The earlier periods of history that belong with this one, oldest first,
 * and the baseline among them. */
static int check_history(ems_ctx *ctx, const ems_history *h, const ems_scorecard *sc,
                         const ems_assessment *as, ems_model model, const char *baseline,
                         const ems_figures ***pasts, const ems_figures **base)
{
    size_t n = ems_history__count(h);
    int rc = EMS_OK;
    *pasts = NULL;
    *base = NULL;
    if (!n && !baseline)
        return EMS_OK;
    const ems_figures **p = calloc(n ? n : 1, sizeof(*p));
    if (!p)
        return ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    for (size_t i = 0; i < n; i++) {
        const ems_figures *f = ems_history__period(h, i);
        p[i] = f;
        /* check: earlier results of this agency, scorecard and model */
        if (strcmp(f->agency, as->agency) != 0)
            rc = ems_ctx__error(ctx, EMS_EINVALID, f->file, 0,
                                "previous results of agency '%s', not '%s'", f->agency, as->agency);
        else if (strcmp(f->scorecard, sc->id) != 0)
            rc = ems_ctx__error(ctx, EMS_EINVALID, f->file, 0,
                                "previous results of scorecard '%s', not '%s'", f->scorecard, sc->id);
        else if (strcmp(f->model, ems_model_name(model)) != 0)
            rc = ems_ctx__error(ctx, EMS_EINVALID, f->file, 0,
                                "previous results scored with model '%s', not '%s': score every "
                                "period with one model",
                                f->model, ems_model_name(model));
        else if (ems_follow__period_cmp(f->period, as->period) >= 0)
            rc = ems_ctx__error(ctx, EMS_EINVALID, f->file, 0,
                                "previous results of period %s, which is not before period %s",
                                f->period, as->period);
        for (size_t k = 0; k < i; k++)
            if (strcmp(p[k]->period, f->period) == 0) {
                rc = ems_ctx__error(ctx, EMS_EINVALID, f->file, 0,
                                    "a second results document of period %s (the first is %s)",
                                    f->period, p[k]->file);
                break;
            }
        if (baseline && strcmp(baseline, f->period) == 0)
            *base = f;
    }
    if (baseline && !*base)
        rc = ems_ctx__error(ctx, EMS_EINVALID, "", 0,
                            "baseline period '%s' is not among the previous results given",
                            baseline);
    if (rc != EMS_OK) {
        free(p);
        return rc;
    }
    *pasts = p;
    return EMS_OK;
}

int ems_score(ems_results **out, ems_ctx *ctx, const ems_scorecard *sc,
              const ems_assessment *const *assessments, size_t n, const char *profile,
              ems_model model)
{
    return ems_score_with(out, ctx, sc, assessments, n,
                          &(ems_score_options){EMS_SCORE_OPTIONS_VERSION, profile, model, NULL,
                                               NULL, NULL, NULL});
}

int ems_score_with(ems_results **out, ems_ctx *ctx, const ems_scorecard *sc,
                   const ems_assessment *const *assessments, size_t n,
                   const ems_score_options *opts)
{
    if (!out)
        return EMS_EARG;
    *out = NULL;
    if (!opts || opts->version != EMS_SCORE_OPTIONS_VERSION)
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "ems_score_with needs options from EMS_SCORE_OPTIONS_INIT");
    const char *profile = opts->profile, *baseline = opts->baseline;
    ems_model model = opts->model;
    const ems_inventory *inventory = opts->inventory, *inventory_baseline = opts->inventory_baseline;
    const ems_history *history = opts->history;
    if (!sc || !assessments || n < 1 || n > 3 || !ems_model_name(model))
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "ems_score needs a scorecard, one to three assessments and a model");
    const ems_assessment *by_kind[3] = {NULL, NULL, NULL};
    const ems_assessment *scored[2];
    size_t nscored = 0;
    for (size_t i = 0; i < n; i++) {
        const ems_assessment *as = assessments[i];
        if (!as)
            return ems_ctx__error(ctx, EMS_EARG, "", 0, "ems_score: assessment %zu is NULL", i);
        if (!resolved_against(as, sc))
            return ems_ctx__error(ctx, EMS_EARG, as->file, 0,
                                  "not loaded with scorecard %s: load the assessment with the "
                                  "scorecard it is scored against",
                                  sc->file);
        const ems_assessment **slot = &by_kind[as->kind];
        if (*slot)
            return ems_ctx__error(ctx, EMS_EINVALID, as->file, as->line,
                                  "a second %s (the first is %s): score one self-assessment, one "
                                  "peer assessment and one management response at most",
                                  kind_name(as->kind), (*slot)->file);
        *slot = as;
        if (as->kind != EMS_KIND_RESPONSE)
            scored[nscored++] = as;
    }
    if (!nscored)
        return ems_ctx__error(ctx, EMS_EINVALID, by_kind[EMS_KIND_RESPONSE]->file,
                              by_kind[EMS_KIND_RESPONSE]->line,
                              "a management response alone: score it with the peer assessment "
                              "whose recommendations it answers");
    int rc = EMS_OK;
    for (size_t i = 1; i < n; i++)
        if (check_pair(ctx, assessments[0], assessments[i]) != EMS_OK)
            rc = EMS_EINVALID;
    /* A template's mission and reviewer are not a review's. */
    for (size_t i = 0; i < n; i++)
        if (ems_assessment__placeholders(assessments[i], ctx, EMS_SEV_ERROR) > 0)
            rc = EMS_EINVALID;
    if (rc == EMS_OK)
        rc = check_inventories(ctx, scored[0], inventory, inventory_baseline);
    const ems_profile *chosen = NULL;
    if (rc == EMS_OK)
        rc = pick_profile(&chosen, ctx, sc, scored, nscored, profile);
    const ems_figures **pasts = NULL, *base = NULL;
    if (rc == EMS_OK)
        rc = check_history(ctx, history, sc, scored[0], model, baseline, &pasts, &base);
    if (rc != EMS_OK)
        return rc;
    ems_results *r = calloc(1, sizeof(*r));
    if (!r) {
        free(pasts);
        return ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    }
    *r = (ems_results){.sc = sc, .self = by_kind[EMS_KIND_SELF], .peer = by_kind[EMS_KIND_PEER],
                       .response = by_kind[EMS_KIND_RESPONSE], .inventory = inventory,
                       .baseline = inventory_baseline, .profile = chosen, .model = model};
    rc = ems_score__compute(r);
    if (rc != EMS_OK)
        rc = ems_ctx__error(ctx, rc, "", 0, "out of memory");
    else
        rc = ems_follow__timeline(&r->timeline, ctx, r, pasts, ems_history__count(history), base);
    free(pasts);
    if (rc != EMS_OK) {
        ems_results_free(r);
        return rc;
    }
    *out = r;
    return EMS_OK;
}

void ems_results_free(ems_results *r)
{
    if (!r)
        return;
    ems_follow__timeline_free(r->timeline);
    free(r->items);
    free(r);
}

static const ems_assessment *any_assessment(const ems_results *r)
{
    return r->self ? r->self : r->peer;
}

const char *ems_results_agency(const ems_results *r)
{
    return r ? any_assessment(r)->agency : NULL;
}

const char *ems_results_period(const ems_results *r)
{
    return r ? any_assessment(r)->period : NULL;
}

int ems_results_overall(const ems_results *r, ems_overall which)
{
    if (!r)
        return -1;
    int64_t v = which == EMS_OVERALL_SELF  ? r->overall_self
              : which == EMS_OVERALL_FINAL ? r->overall_final
              : which == EMS_OVERALL_MET   ? r->met
                                           : EMS_SCORE_NA;
    return (int)v;
}

/* NULL, so no attribute, when the scorecard has no grades. */
static const char *grade_name(const ems_scorecard *sc, size_t g)
{
    if (!sc->ngrades)
        return NULL;
    return g == EMS_NONE ? "na" : sc->grades[g].id;
}

const char *ems_results_grade(const ems_results *r)
{
    return r ? grade_name(r->sc, r->grade) : NULL;
}

/* ---- the results document -------------------------------------------- */

typedef struct out {
    ems_xw x;
    const ems_results *r;
} out;

static const char *score_text(char buf[32], int64_t s)
{
    return s == EMS_SCORE_NA ? "na" : ems_decimal__hundredths(buf, s);
}

/* A difference of two scores, signed ("-4.05", "0.00", "12.50"); "na"
 * when either is. */
static const char *gap_text(char buf[32], int64_t final, int64_t self)
{
    return final == EMS_SCORE_NA || self == EMS_SCORE_NA ? "na"
                                                         : ems_decimal__hundredths(buf, final - self);
}

static const char *int_text(char buf[32], long long v)
{
    snprintf(buf, 32, "%lld", v);
    return buf;
}

/* A level as printed: its id, "na", or NULL (absent) when unrated. */
static const char *level_name(const ems_scorecard *sc, int level)
{
    return level >= 0 ? sc->levels[level].id : level == EMS_LEVEL_NA ? "na" : NULL;
}

/* Space-separated flags in their fixed order; NULL when there are none. */
static const char *flags_text(char buf[80], unsigned flags)
{
    static const char *const names[] = {"blocked", "mandatory-unmet", "unsupported",
                                        "disagreement", "overclaim", "inconsistent"};
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (flags & (1u << i))
            used += (size_t)snprintf(buf + used, 80 - used, "%s%s", used ? " " : "", names[i]);
    return used ? buf : NULL;
}

/* A level or grade, once per language of its name. */
static void named(out *o, const char *name, const char *id, const char *num_name,
                  const char *num, const ems_text *label)
{
    for (size_t k = 0; k <= label->ntranslations; k++) {
        const ems_text *t = k ? &label->translations[k - 1] : label;
        ems_xw__start(&o->x, name);
        ems_xw__attr(&o->x, "id", id);
        ems_xw__attr(&o->x, num_name, num);
        ems_xw__lang_text(&o->x, *t);
        ems_xw__end(&o->x);
    }
}

static void write_methodology(out *o)
{
    const ems_scorecard *sc = o->r->sc;
    char b[32];
    ems_xw__start(&o->x, "methodology");
    ems_xw__start(&o->x, "scale");
    ems_xw__attr(&o->x, "achieved", sc->levels[sc->achieved].id);
    ems_xw__attr(&o->x, "max", int_text(b, sc->levels[sc->nlevels - 1].value));
    for (size_t i = 0; i < sc->nlevels; i++)
        named(o, "level", sc->levels[i].id, "value", int_text(b, sc->levels[i].value),
              &sc->levels[i].label);
    ems_xw__end(&o->x);
    if (sc->ngrades) {
        ems_xw__start(&o->x, "grades");
        ems_xw__attr(&o->x, "mandatory-cap", sc->grades[sc->mandatory_cap].id);
        for (size_t i = 0; i < sc->ngrades; i++)
            named(o, "grade", sc->grades[i].id, "min", score_text(b, sc->grades[i].min),
                  &sc->grades[i].label);
        ems_xw__end(&o->x);
    }
    ems_xw__end(&o->x);
}

/* <name> with one <p> per paragraph; nothing when there are none. */
static void write_paras(out *o, const char *name, const char *area, ems_paras t)
{
    if (!t.n)
        return;
    ems_xw__start(&o->x, name);
    ems_xw__attr(&o->x, "area", area);
    for (size_t i = 0; i < t.n; i++)
        ems_xw__text_element(&o->x, "p", t.p[i]);
    ems_xw__end(&o->x);
}

/* The mission's record: units met, documents reviewed, and the narrative,
 * its conclusions in the scorecard's order of the areas the results show. */
static void write_record(out *o, const ems_assessment *peer)
{
    const ems_scorecard *sc = o->r->sc;
    if (peer->ninterviews) {
        ems_xw__start(&o->x, "interviews");
        for (size_t i = 0; i < peer->ninterviews; i++) {
            ems_xw__start(&o->x, "interview");
            ems_xw__attr(&o->x, "date", peer->interviews[i].date);
            ems_xw__lang_text(&o->x, peer->interviews[i].unit);
            ems_xw__end(&o->x);
        }
        ems_xw__end(&o->x);
    }
    if (peer->ndocuments) {
        ems_xw__start(&o->x, "documents");
        for (size_t i = 0; i < peer->ndocuments; i++) {
            ems_xw__start(&o->x, "document");
            ems_xw__attr(&o->x, "ref", peer->documents[i].ref);
            ems_xw__attr(&o->x, "date", peer->documents[i].date);
            ems_xw__lang_text(&o->x, peer->documents[i].title);
            ems_xw__end(&o->x);
        }
        ems_xw__end(&o->x);
    }
    bool any = peer->summary.n || peer->context.n;
    for (size_t k = 0; k < peer->nconclusions; k++) {
        size_t item = peer->conclusions[k].item;
        any |= item != EMS_NONE && o->r->items[item].selected;
    }
    if (!any)
        return;
    ems_xw__start(&o->x, "narrative");
    write_paras(o, "executive-summary", NULL, peer->summary);
    write_paras(o, "context", NULL, peer->context);
    for (size_t t = 0; t < sc->ntop; t++)
        for (size_t k = 0; k < peer->nconclusions; k++)
            if (peer->conclusions[k].item == sc->top[t] && o->r->items[sc->top[t]].selected)
                write_paras(o, "conclusions", peer->conclusions[k].area, peer->conclusions[k].text);
    ems_xw__end(&o->x);
}

static void write_assessments(out *o)
{
    const ems_assessment *self = o->r->self, *peer = o->r->peer;
    if (self) {
        ems_xw__start(&o->x, "self-assessment");
        ems_xw__text_element(&o->x, "assessor", self->assessor);
        ems_xw__text_element(&o->x, "date", (ems_text){.text = self->date});
        ems_xw__end(&o->x);
    }
    if (!peer)
        return;
    ems_xw__start(&o->x, "peer-assessment");
    ems_xw__attr(&o->x, "status", ems_assessment__status_name(peer->status));
    ems_xw__attr(&o->x, "approved", peer->approved);
    /* a report of a review not yet approved is marked DRAFT on every page */
    ems_xw__attr(&o->x, "draft", peer->status < EMS_REVIEW_APPROVED ? "true" : NULL);
    ems_xw__text_element(&o->x, "assessor", peer->assessor);
    ems_xw__text_element(&o->x, "date", (ems_text){.text = peer->date});
    if (peer->mission_from) {
        ems_xw__start(&o->x, "mission");
        ems_xw__attr(&o->x, "from", peer->mission_from);
        ems_xw__attr(&o->x, "to", peer->mission_to);
        ems_xw__lang_text(&o->x, peer->mission);
        ems_xw__end(&o->x);
    }
    if (peer->nteam) {
        ems_xw__start(&o->x, "team");
        for (size_t i = 0; i < peer->nteam; i++) {
            const ems_reviewer *rv = &peer->team[i];
            ems_xw__start(&o->x, "reviewer");
            ems_xw__attr(&o->x, "id", rv->id);
            ems_xw__attr(&o->x, "agency", rv->agency);
            ems_xw__attr(&o->x, "role", ems_assessment__role_name(rv->role));
            ems_xw__lang_text(&o->x, (ems_text){.text = rv->name, .lang = rv->name_lang});
            ems_xw__end(&o->x);
        }
        ems_xw__end(&o->x);
    }
    if (peer->ncovers) {
        ems_xw__start(&o->x, "covers");
        for (size_t i = 0; i < peer->ncovers; i++) {
            ems_xw__start(&o->x, "entity");
            ems_xw__attr(&o->x, "id", peer->covers[i]);
            ems_xw__lang_text(&o->x, peer->cover_names[i]);
            ems_xw__end(&o->x);
        }
        ems_xw__end(&o->x);
    }
    write_record(o, peer);
    ems_xw__end(&o->x);
}

static void write_overall(out *o)
{
    const ems_results *r = o->r;
    char b[32];
    ems_xw__start(&o->x, "overall");
    ems_xw__attr(&o->x, "self", score_text(b, r->overall_self));
    ems_xw__attr(&o->x, "final", score_text(b, r->overall_final));
    ems_xw__attr(&o->x, "met", score_text(b, r->met));
    ems_xw__attr(&o->x, "grade", grade_name(r->sc, r->grade));
    ems_xw__attr(&o->x, "self-grade", grade_name(r->sc, r->self_grade));
    ems_xw__attr(&o->x, "uncapped-grade", grade_name(r->sc, r->uncapped_grade));
    ems_xw__attr(&o->x, "counted", int_text(b, (long long)r->counted));
    ems_xw__attr(&o->x, "rated", int_text(b, (long long)r->rated));
    ems_xw__attr(&o->x, "achieved", int_text(b, (long long)r->achieved));
    ems_xw__attr(&o->x, "gap", gap_text(b, r->overall_final, r->overall_self));
    ems_xw__end(&o->x);
}

static const char *const priority_names[] = {
    [EMS_PRIO_HIGH] = "high", [EMS_PRIO_MEDIUM] = "medium", [EMS_PRIO_LOW] = "low"};

static bool is_leaf(const ems_item *it)
{
    return it->kind != EMS_ITEM_AREA;
}

/* How many counted leaves have each status, self and final, in the order
 * the report lists them. */
static void write_status_counts(out *o)
{
    static const ems_leaf_status order[] = {EMS_LS_ACHIEVED, EMS_LS_PARTIAL, EMS_LS_NOT_STARTED,
                                            EMS_LS_NA, EMS_LS_MISSING};
    const ems_results *r = o->r;
    size_t self[EMS_LS_ACHIEVED + 1] = {0}, final[EMS_LS_ACHIEVED + 1] = {0};
    char b[32];
    for (size_t i = 0; i < r->sc->nitems; i++)
        if (r->items[i].counted && is_leaf(&r->sc->items[i])) {
            self[r->items[i].self.status]++;
            final[r->items[i].final.status]++;
        }
    ems_xw__start(&o->x, "status-counts");
    for (size_t k = 0; k < sizeof(order) / sizeof(order[0]); k++) {
        ems_xw__start(&o->x, "status");
        ems_xw__attr(&o->x, "id", ems_score__status_name(order[k]));
        ems_xw__attr(&o->x, "self", int_text(b, (long long)self[order[k]]));
        ems_xw__attr(&o->x, "final", int_text(b, (long long)final[order[k]]));
        ems_xw__end(&o->x);
    }
    ems_xw__end(&o->x);
}

/* The reasons a leaf needs attention, in the order the report lists them:
 * a flag, or (flag 0) a counted leaf with no final response. */
static const struct {
    const char *reason;
    unsigned flag;
} attention_reasons[] = {
    {"mandatory-unmet", EMS_FLAG_MANDATORY_UNMET},
    {"blocked", EMS_FLAG_BLOCKED},
    {"unsupported", EMS_FLAG_UNSUPPORTED},
    {"overclaim", EMS_FLAG_OVERCLAIM},
    {"disagreement", EMS_FLAG_DISAGREEMENT},
    {"missing", 0},
};

static bool needs_attention(const ems_item_score *s, unsigned flag)
{
    return flag ? (s->flags & flag) != 0 : s->counted && s->final.status == EMS_LS_MISSING;
}

/* Each reason with the leaves it lists, in document order; reasons that
 * list nothing are left out. */
static void write_attention(out *o)
{
    const ems_results *r = o->r;
    char b[32];
    ems_xw__start(&o->x, "attention");
    for (size_t k = 0; k < sizeof(attention_reasons) / sizeof(attention_reasons[0]); k++) {
        unsigned flag = attention_reasons[k].flag;
        size_t n = 0;
        for (size_t i = 0; i < r->sc->nitems; i++)
            n += r->items[i].selected && is_leaf(&r->sc->items[i]) &&
                 needs_attention(&r->items[i], flag);
        if (n == 0)
            continue;
        ems_xw__start(&o->x, "reason");
        ems_xw__attr(&o->x, "id", attention_reasons[k].reason);
        ems_xw__attr(&o->x, "count", int_text(b, (long long)n));
        for (size_t i = 0; i < r->sc->nitems; i++)
            if (r->items[i].selected && is_leaf(&r->sc->items[i]) &&
                needs_attention(&r->items[i], flag)) {
                ems_xw__start(&o->x, "item");
                ems_xw__attr(&o->x, "ref", r->sc->items[i].id);
                ems_xw__end(&o->x);
            }
        ems_xw__end(&o->x);
    }
    ems_xw__end(&o->x);
}

/* Every peer recommendation, high priority first, then medium, then low;
 * in document order within a priority. n is its position among its
 * leaf's recommendations. */
static void write_recommendations(out *o)
{
    const ems_results *r = o->r;
    size_t total = 0;
    char b[32];
    for (size_t i = 0; i < r->sc->nitems; i++)
        if (r->items[i].selected && r->items[i].peer_response)
            total += r->items[i].peer_response->nrecommendations;
    ems_xw__start(&o->x, "recommendations");
    ems_xw__attr(&o->x, "count", int_text(b, (long long)total));
    for (int p = EMS_PRIO_HIGH; p <= EMS_PRIO_LOW; p++)
        for (size_t i = 0; i < r->sc->nitems; i++) {
            const ems_response *peer = r->items[i].peer_response;
            for (size_t k = 0; r->items[i].selected && peer && k < peer->nrecommendations; k++)
                if ((int)peer->recommendations[k].priority == p) {
                    ems_xw__start(&o->x, "recommendation");
                    ems_xw__attr(&o->x, "ref", r->sc->items[i].id);
                    ems_xw__attr(&o->x, "n", int_text(b, (long long)k + 1));
                    ems_xw__attr(&o->x, "priority", priority_names[p]);
                    ems_xw__end(&o->x);
                }
        }
    ems_xw__end(&o->x);
}

/* The good practices the review found, in scorecard order: what the
 * report's section lists (each names its milestone and its place among the
 * milestone's findings). */
static void write_good_practices(out *o)
{
    const ems_results *r = o->r;
    char b[32];
    size_t total = 0;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            ems_xw__start(&o->x, "good-practices");
            ems_xw__attr(&o->x, "count", int_text(b, (long long)total));
        }
        for (size_t i = 0; i < r->sc->nitems; i++) {
            const ems_response *peer = r->items[i].peer_response;
            for (size_t k = 0; r->items[i].selected && peer && k < peer->nfindings; k++) {
                if (peer->findings[k].type != EMS_FINDING_GOOD_PRACTICE)
                    continue;
                total += pass == 0;
                if (pass == 1) {
                    ems_xw__start(&o->x, "practice");
                    ems_xw__attr(&o->x, "ref", r->sc->items[i].id);
                    ems_xw__attr(&o->x, "n", int_text(b, (long long)k + 1));
                    ems_xw__end(&o->x);
                }
            }
        }
    }
    ems_xw__end(&o->x);
}

/* Tonnes (thousandths) as hundredths text. */
static const char *tonnes_text(char b[32], int64_t milli)
{
    return ems_ghg__text(b, ems_ghg__hundredths(milli));
}

/* A share of the total, and where it starts among the shares before it
 * (a stacked bar's segment): both from exact sums, so the last segment
 * ends at 100 whatever the rounding of each share. */
static void write_share(out *o, int64_t before, int64_t milli, int64_t total)
{
    char b[32];
    if (total <= 0)
        return;
    ems_xw__attr(&o->x, "share", ems_ghg__text(b, ems_ghg__percent(milli, total)));
    ems_xw__attr(&o->x, "share-from", ems_ghg__text(b, ems_ghg__percent(before, total)));
}

static void write_inventory_source(out *o, ems_ghg_source src, int64_t *before, int64_t total)
{
    const ems_inventory *inv = o->r->inventory, *base = o->r->baseline;
    const ems_emission *e = NULL, *be = NULL;
    for (size_t i = 0; i < inv->nemissions; i++)
        if (inv->emissions[i].source == src)
            e = &inv->emissions[i];
    for (size_t i = 0; base && i < base->nemissions; i++)
        if (base->emissions[i].source == src)
            be = &base->emissions[i];
    if (!e && !be)
        return;
    char b[32];
    int64_t milli = e ? e->milli : 0;
    ems_xw__start(&o->x, "source");
    ems_xw__attr(&o->x, "id", ems_ghg__source_name(src));
    ems_xw__attr(&o->x, "scope", int_text(b, e ? e->scope : be->scope));
    ems_xw__attr(&o->x, "tco2e", tonnes_text(b, milli));
    write_share(o, *before, milli, total);
    *before += milli;
    if (be) {
        ems_xw__attr(&o->x, "baseline-tco2e", tonnes_text(b, be->milli));
        if (be->milli > 0)
            ems_xw__attr(&o->x, "change", ems_ghg__text(b, -ems_ghg__reduction(be->milli, milli)));
    }
    if (e) {
        ems_xw__attr(&o->x, "activity", e->activity);
        ems_xw__attr(&o->x, "activity-unit", e->activity_unit);
        ems_xw__attr(&o->x, "factor", e->factor);
        ems_xw__attr(&o->x, "factor-unit", e->factor_unit);
        ems_xw__attr(&o->x, "factor-source", e->factor_source);
    }
    ems_xw__end(&o->x);
}

/* The inventory behind the climate indicators, every figure the report
 * shows computed here (doc/formats.md, "Results"). */
static void write_inventory(out *o)
{
    const ems_inventory *inv = o->r->inventory, *base = o->r->baseline;
    if (!inv)
        return;
    char b[32];
    int64_t total = ems_ghg__total(inv), v;
    ems_xw__start(&o->x, "inventory");
    ems_xw__attr(&o->x, "period", inv->period);
    ems_xw__attr(&o->x, "baseline", inv->baseline);
    ems_xw__attr(&o->x, "tco2e", tonnes_text(b, total));
    ems_xw__attr(&o->x, "personnel", int_text(b, (long long)inv->personnel));
    ems_xw__attr(&o->x, "covered", int_text(b, (long long)inv->covered));
    for (int f = EMS_GHG_PER_PERSON; f < EMS_GHG_FIGURE_COUNT_; f++)
        if (ems_ghg__figure(inv, base, (ems_ghg_figure)f, &v))
            ems_xw__attr(&o->x, ems_ghg__figure_name((ems_ghg_figure)f), ems_ghg__text(b, v));
    ems_xw__attr(&o->x, "offsets-tco2e", tonnes_text(b, ems_ghg__offsets(inv)));
    if (base)
        ems_xw__attr(&o->x, "baseline-tco2e", tonnes_text(b, ems_ghg__total(base)));
    int64_t before = 0;
    for (int src = 0; src < EMS_SRC_COUNT_; src++)
        write_inventory_source(o, (ems_ghg_source)src, &before, total);
    before = 0;
    for (int scope = 1; scope <= 3; scope++) {
        int64_t t = ems_ghg__scope_total(inv, scope);
        ems_xw__start(&o->x, "scope");
        ems_xw__attr(&o->x, "n", int_text(b, scope));
        ems_xw__attr(&o->x, "tco2e", tonnes_text(b, t));
        write_share(o, before, t, total);
        before += t;
        ems_xw__end(&o->x);
    }
    for (size_t i = 0; i < inv->noffsets; i++) {
        ems_xw__start(&o->x, "offset");
        ems_xw__attr(&o->x, "tco2e", tonnes_text(b, inv->offsets[i].milli));
        ems_xw__attr(&o->x, "standard", inv->offsets[i].standard);
        ems_xw__attr(&o->x, "registry", inv->offsets[i].registry);
        ems_xw__end(&o->x);
    }
    ems_xw__end(&o->x);
}

static void write_evidence(out *o, const ems_evidence *ev, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        ems_xw__start(&o->x, "evidence");
        ems_xw__attr(&o->x, "href", ev[i].href);
        ems_xw__lang_text(&o->x, ev[i].text);
        ems_xw__end(&o->x);
    }
}

/* The selected prerequisites, space-separated; no attribute when none. */
static void write_requires(out *o, const ems_item *it)
{
    bool any = false;
    for (size_t k = 0; k < it->nrequires; k++) {
        size_t p = it->requires[k];
        if (!o->r->items[p].selected)
            continue;
        if (!any)
            o->x.failed |= xmlTextWriterStartAttribute(o->x.w, BAD_CAST "requires") < 0;
        else
            ems_xw__text(&o->x, " ");
        ems_xw__text(&o->x, o->r->sc->items[p].id);
        any = true;
    }
    if (any)
        o->x.failed |= xmlTextWriterEndAttribute(o->x.w) < 0;
}

/* The scored attributes every leaf shares, from self-level to flags. */
static void write_leaf_scores(out *o, const ems_item_score *s)
{
    const ems_scorecard *sc = o->r->sc;
    char b[80];
    ems_xw__attr(&o->x, "self-level", level_name(sc, s->self.level));
    ems_xw__attr(&o->x, "peer-level", level_name(sc, s->peer_level));
    ems_xw__attr(&o->x, "final-level", level_name(sc, s->final.level));
    ems_xw__attr(&o->x, "self-effective", level_name(sc, s->self.effective));
    ems_xw__attr(&o->x, "final-effective", level_name(sc, s->final.effective));
    ems_xw__attr(&o->x, "self", score_text(b, s->self.score));
    ems_xw__attr(&o->x, "final", score_text(b, s->final.score));
    ems_xw__attr(&o->x, "self-status", ems_score__status_name(s->self.status));
    ems_xw__attr(&o->x, "status", ems_score__status_name(s->final.status));
    ems_xw__attr(&o->x, "flags", flags_text(b, s->flags));
}

static void write_milestone_responses(out *o, const ems_item_score *s)
{
    const ems_scorecard *sc = o->r->sc;
    const ems_response *self = s->self_response, *peer = s->peer_response;
    if (self) {
        ems_xw__start(&o->x, "self");
        ems_xw__attr(&o->x, "level", level_name(sc, self->level));
        write_evidence(o, self->evidence, self->nevidence);
        ems_xw__text_element(&o->x, "comment", self->comment);
        ems_xw__text_element(&o->x, "justification", self->justification);
        ems_xw__end(&o->x);
    }
    if (!peer)
        return;
    ems_xw__start(&o->x, "peer");
    ems_xw__attr(&o->x, "level", level_name(sc, s->peer_level));
    ems_xw__attr(&o->x, "consensus", level_name(sc, peer->consensus));
    ems_xw__attr(&o->x, "median", level_name(sc, s->peer_median));
    for (size_t i = 0; i < peer->nratings; i++) {
        ems_xw__start(&o->x, "rating");
        ems_xw__attr(&o->x, "by", peer->ratings[i].by);
        ems_xw__attr(&o->x, "level", level_name(sc, peer->ratings[i].level));
        ems_xw__end(&o->x);
    }
    write_evidence(o, peer->evidence, peer->nevidence);
    ems_xw__text_element(&o->x, "comment", peer->comment);
    ems_xw__text_element(&o->x, "justification", peer->justification);
    for (size_t i = 0; i < peer->nfindings; i++) {
        ems_xw__start(&o->x, "finding");
        ems_xw__attr(&o->x, "type", ems_assessment__finding_name(peer->findings[i].type));
        ems_xw__lang_text(&o->x, peer->findings[i].text);
        ems_xw__end(&o->x);
    }
    for (size_t i = 0; i < peer->nrecommendations; i++) {
        const ems_recommendation *rec = &peer->recommendations[i];
        ems_xw__start(&o->x, "recommendation");
        ems_xw__attr(&o->x, "id", rec->id);
        ems_xw__attr(&o->x, "priority", ems_follow__priority_name(rec->priority));
        ems_xw__attr(&o->x, "owner", rec->owner);
        ems_xw__attr(&o->x, "due", rec->due);
        ems_xw__lang_text(&o->x, rec->text);
        ems_xw__end(&o->x);
    }
    ems_xw__end(&o->x);
}

static void write_measure(out *o, const char *name, const ems_measure *m)
{
    if (!m)
        return;
    ems_xw__start(&o->x, name);
    ems_xw__attr(&o->x, "value", m->value);
    write_evidence(o, m->evidence, m->nevidence);
    ems_xw__text_element(&o->x, "comment", m->comment);
    ems_xw__end(&o->x);
}

/* Thresholds in level order (at most one per level). */
static void write_thresholds(out *o, const ems_item *it)
{
    const ems_scorecard *sc = o->r->sc;
    for (size_t l = 0; l < sc->nlevels; l++)
        for (size_t k = 0; k < it->nthresholds; k++)
            if (it->thresholds[k].level == l) {
                ems_xw__start(&o->x, "threshold");
                ems_xw__attr(&o->x, "level", sc->levels[l].id);
                ems_xw__attr(&o->x, "value", it->thresholds[k].value);
                ems_xw__end(&o->x);
            }
}

/* The score of a leaf at each level: 100 x value / the highest value,
 * in hundredths, half up. */
static void write_level_scores(out *o)
{
    const ems_scorecard *sc = o->r->sc;
    int64_t max = sc->levels[sc->nlevels - 1].value;
    char b[32];
    ems_xw__start(&o->x, "level-scores");
    for (size_t i = 0; i < sc->nlevels; i++) {
        ems_xw__start(&o->x, "level");
        ems_xw__attr(&o->x, "id", sc->levels[i].id);
        ems_xw__attr(&o->x, "score", score_text(b, max > 0 ? (int64_t)ems_score__div(
                                                     (ems_u128)sc->levels[i].value * 10000,
                                                     (ems_u128)max)
                                               : 0));
        ems_xw__end(&o->x);
    }
    ems_xw__end(&o->x);
}

/* The overall score of the weighted model recomputed from the counted
 * top-level areas as printed: each weight x score (exact, five decimals),
 * the sums of weights and of products over the areas whose score is not
 * na, and their quotient to four decimals, half up; no sum when nothing
 * is left. */
static void write_weighted_sums(out *o)
{
    const ems_results *r = o->r;
    const ems_scorecard *sc = r->sc;
    int64_t weight[2] = {0, 0};
    ems_u128 sum[2] = {0, 0};
    char b[32];
    ems_xw__start(&o->x, "weighted-sums");
    for (size_t i = 0; i < sc->nitems; i++) {
        const ems_item_score *s = &r->items[i];
        if (sc->items[i].parent != EMS_NONE || !s->counted)
            continue;
        const int64_t scores[2] = {s->self.score, s->final.score};
        ems_xw__start(&o->x, "area");
        ems_xw__attr(&o->x, "ref", sc->items[i].id);
        for (int k = 0; k < 2; k++) {
            if (scores[k] == EMS_SCORE_NA)
                continue;
            int64_t product = s->weight * scores[k]; /* units of 10^-5 */
            weight[k] += s->weight;
            sum[k] += (ems_u128)product;
            ems_xw__attr(&o->x, k ? "final" : "self", ems_decimal__text(b, product, 5));
        }
        ems_xw__end(&o->x);
    }
    ems_xw__start(&o->x, "total");
    for (int k = 0; k < 2; k++) {
        if (weight[k] == 0)
            continue;
        /* sum / 10^5 over weight / 10^3, in units of 10^-4 */
        ems_u128 q = ems_score__div(sum[k] * 100, (ems_u128)weight[k]);
        ems_xw__attr(&o->x, k ? "final-weight" : "self-weight", ems_decimal__text(b, weight[k], 3));
        ems_xw__attr(&o->x, k ? "final" : "self", ems_decimal__text(b, (int64_t)sum[k], 5));
        ems_xw__attr(&o->x, k ? "final-quotient" : "self-quotient",
                     ems_decimal__text(b, (int64_t)q, 4));
    }
    ems_xw__end(&o->x);
    ems_xw__end(&o->x);
}

/* One item's element; an area is left open for its children. */
static void write_item(out *o, size_t i)
{
    const ems_item *it = &o->r->sc->items[i];
    const ems_item_score *s = &o->r->items[i];
    char b[32];
    ems_xw__start(&o->x, it->kind == EMS_ITEM_AREA        ? "area"
             : it->kind == EMS_ITEM_MILESTONE ? "milestone"
                                              : "indicator");
    ems_xw__attr(&o->x, "id", it->id);
    ems_xw__attr(&o->x, "weight", ems_decimal__text(b, s->weight, 3));
    ems_xw__attr(&o->x, "counted", s->counted ? "true" : "false");
    if (it->kind == EMS_ITEM_AREA) {
        /* every top-level area written is selected: the core, or a chosen theme */
        const bool *core = o->r->sc->scope.core;
        if (core && it->parent == EMS_NONE)
            ems_xw__attr(&o->x, "scope", core[i] ? "core" : "chosen");
        ems_xw__attr(&o->x, "self", score_text(b, s->self.score));
        ems_xw__attr(&o->x, "final", score_text(b, s->final.score));
        ems_xw__text_element(&o->x, "title", it->title);
        ems_xw__text_element(&o->x, "description", it->description);
        return;
    }
    if (it->kind == EMS_ITEM_MILESTONE) {
        ems_xw__attr(&o->x, "mandatory", it->mandatory ? "true" : "false");
        ems_xw__attr(&o->x, "evidence", it->evidence_required ? "required" : "optional");
        write_requires(o, it);
    } else {
        ems_xw__attr(&o->x, "unit", it->unit);
        ems_xw__attr(&o->x, "better", it->lower_better ? "lower" : "higher");
        ems_xw__attr(&o->x, "inventory", ems_ghg__figure_name(it->inventory));
        ems_xw__attr(&o->x, "computed", s->computed[0] ? s->computed : NULL);
    }
    write_leaf_scores(o, s);
    ems_xw__text_element(&o->x, "title", it->title);
    ems_xw__text_element(&o->x, "description", it->description);
    ems_xw__text_element(&o->x, "guidance", it->guidance);
    if (it->kind == EMS_ITEM_MILESTONE) {
        write_milestone_responses(o, s);
    } else {
        write_thresholds(o, it);
        write_measure(o, "self", s->self_measure);
        write_measure(o, "peer", s->peer_measure);
    }
    ems_xw__end(&o->x);
}

/* The selected items in document order. Items are in pre-order, so the
 * open areas are always the ancestors of the last one opened: close them
 * until the next item's parent is the innermost. No recursion, whatever
 * the nesting depth. */
static void write_items(out *o)
{
    const ems_scorecard *sc = o->r->sc;
    size_t open = EMS_NONE;
    for (size_t i = 0; i < sc->nitems && !o->x.failed; i++) {
        if (!o->r->items[i].selected)
            continue;
        for (; open != sc->items[i].parent; open = sc->items[open].parent)
            ems_xw__end(&o->x);
        write_item(o, i);
        if (sc->items[i].kind == EMS_ITEM_AREA)
            open = i;
    }
    for (; open != EMS_NONE; open = sc->items[open].parent)
        ems_xw__end(&o->x);
}

/* ---- progress and the register ---------------------------------------- */

static const char *kind_element(ems_item_kind k)
{
    return k == EMS_ITEM_AREA ? "area" : k == EMS_ITEM_MILESTONE ? "milestone" : "indicator";
}

static void write_series_period(out *o, const ems_figures *f)
{
    char b[32];
    ems_xw__start(&o->x, "period");
    ems_xw__attr(&o->x, "id", f->period);
    ems_xw__attr(&o->x, "scorecard-version", f->version);
    ems_xw__attr(&o->x, "self", score_text(b, f->self));
    ems_xw__attr(&o->x, "final", score_text(b, f->final));
    ems_xw__attr(&o->x, "met", score_text(b, f->met));
    ems_xw__attr(&o->x, "grade", f->grade);
    for (size_t i = 0; i < f->nitems; i++)
        if (f->items[i].kind == EMS_ITEM_AREA && f->items[i].parent == EMS_NONE) {
            ems_xw__start(&o->x, "area");
            ems_xw__attr(&o->x, "id", f->items[i].id);
            ems_xw__attr(&o->x, "self", score_text(b, f->items[i].self));
            ems_xw__attr(&o->x, "final", score_text(b, f->items[i].final));
            ems_xw__end(&o->x);
        }
    ems_xw__end(&o->x);
}

/* from, to, delta and direction of a compared figure; reason otherwise. */
static void write_change_figures(out *o, const ems_change *c)
{
    char b[32];
    if (c->reason) {
        ems_xw__attr(&o->x, "direction", "na");
        ems_xw__attr(&o->x, "reason", c->reason);
        return;
    }
    ems_xw__attr(&o->x, "from", score_text(b, c->from));
    ems_xw__attr(&o->x, "to", score_text(b, c->to));
    if (c->direction != EMS_DIR_NONE)
        ems_xw__attr(&o->x, "delta", ems_decimal__hundredths(b, c->delta));
    ems_xw__attr(&o->x, "direction", ems_follow__direction_name(c->direction));
}

static size_t top_area(const ems_figures *f, size_t i)
{
    while (f->items[i].parent != EMS_NONE)
        i = f->items[i].parent;
    return i;
}

static void write_changes(out *o, const char *since, const ems_changes *ch, const ems_figures *now)
{
    char b[32];
    ems_xw__start(&o->x, "changes");
    ems_xw__attr(&o->x, "since", since);
    ems_xw__attr(&o->x, "period", ch->since->period);
    ems_xw__attr(&o->x, "scorecard-version", ch->since->version);
    ems_xw__attr(&o->x, "improved", int_text(b, (long long)ch->improved));
    ems_xw__attr(&o->x, "declined", int_text(b, (long long)ch->declined));
    ems_xw__attr(&o->x, "unchanged", int_text(b, (long long)ch->unchanged));
    ems_xw__start(&o->x, "overall");
    write_change_figures(o, &ch->overall);
    ems_xw__end(&o->x);
    for (size_t i = 0; i < ch->nareas; i++) {
        ems_xw__start(&o->x, "area");
        ems_xw__attr(&o->x, "id", ch->areas[i].id);
        write_change_figures(o, &ch->areas[i]);
        ems_xw__end(&o->x);
    }
    for (size_t i = 0; i < ch->nleaves; i++) {
        const ems_change *c = &ch->leaves[i];
        const ems_fig_item *it = &now->items[c->item];
        ems_xw__start(&o->x, kind_element(c->kind));
        ems_xw__attr(&o->x, "id", c->id);
        ems_xw__attr(&o->x, "area", now->items[top_area(now, c->item)].id);
        write_change_figures(o, c);
        ems_xw__attr(&o->x, "from-status", ems_score__status_name(c->from_status));
        ems_xw__attr(&o->x, "to-status", ems_score__status_name(c->to_status));
        if (it->mandatory)
            ems_xw__attr(&o->x, "mandatory", "true");
        /* a prerequisite behind the change: the leaf is held back now, or
         * was and no longer is */
        if (c->from_blocked != c->to_blocked)
            ems_xw__attr(&o->x, "prerequisite", c->to_blocked ? "blocked" : "released");
        ems_xw__text_element(&o->x, "title", it->title);
        ems_xw__end(&o->x);
    }
    for (size_t i = 0; i < ch->nuncomparable; i++) {
        const ems_change *c = &ch->uncomparable[i];
        ems_xw__start(&o->x, "uncomparable");
        ems_xw__attr(&o->x, "id", c->id);
        ems_xw__attr(&o->x, "kind", kind_element(c->kind));
        ems_xw__attr(&o->x, "in", c->item == EMS_NONE ? ch->since->period : now->period);
        ems_xw__end(&o->x);
    }
    ems_xw__end(&o->x);
}

static void write_progress(out *o, const ems_timeline *t)
{
    if (!t->nseries)
        return;
    ems_xw__start(&o->x, "progress");
    ems_xw__attr(&o->x, "previous", t->series[t->nseries - 1]->period);
    ems_xw__attr(&o->x, "baseline", t->baseline->period);
    for (size_t i = 0; i < t->nseries; i++)
        write_series_period(o, t->series[i]);
    write_series_period(o, &t->now);
    write_changes(o, "previous", &t->since_previous, &t->now);
    if (t->baseline != t->series[t->nseries - 1])
        write_changes(o, "baseline", &t->since_baseline, &t->now);
    ems_xw__end(&o->x);
}

static const char *follow_name(int s)
{
    return s < 0 ? NULL : ems_follow__status_name((ems_follow_status)s);
}

static void write_rec_entry(out *o, const ems_rec_entry *e)
{
    const ems_rec_status *latest = e->nhistory ? &e->history[e->nhistory - 1] : NULL;
    ems_xw__start(&o->x, "recommendation");
    ems_xw__attr(&o->x, "id", e->id);
    ems_xw__attr(&o->x, "made", e->made);
    ems_xw__attr(&o->x, "milestone", e->milestone);
    ems_xw__attr(&o->x, "priority", ems_follow__priority_name(e->priority));
    ems_xw__attr(&o->x, "owner", e->owner);
    ems_xw__attr(&o->x, "due", e->due);
    ems_xw__attr(&o->x, "earlier", e->earlier ? "true" : "false");
    if (latest) {
        ems_xw__attr(&o->x, "status", ems_follow__status_name(latest->status));
        ems_xw__attr(&o->x, "status-period", latest->period);
        ems_xw__attr(&o->x, "flags", latest->disagreement ? "disagreement" : NULL);
    }
    ems_xw__attr(&o->x, "overdue", e->overdue ? "true" : NULL);
    ems_xw__text_element(&o->x, "text", e->text);
    if (e->reply) {
        ems_xw__start(&o->x, "reply");
        ems_xw__attr(&o->x, "decision", ems_follow__decision_name(e->reply->decision));
        ems_xw__attr(&o->x, "owner", e->reply->owner);
        ems_xw__attr(&o->x, "due", e->reply->due);
        ems_xw__text_element(&o->x, "action", e->reply->action);
        ems_xw__text_element(&o->x, "comment", e->reply->comment);
        ems_xw__end(&o->x);
    }
    for (size_t k = 0; k < e->nhistory; k++) {
        const ems_rec_status *st = &e->history[k];
        ems_xw__start(&o->x, "status");
        ems_xw__attr(&o->x, "period", st->period);
        ems_xw__attr(&o->x, "status", ems_follow__status_name(st->status));
        ems_xw__attr(&o->x, "self", follow_name(st->self));
        ems_xw__attr(&o->x, "peer", follow_name(st->peer));
        ems_xw__attr(&o->x, "flags", st->disagreement ? "disagreement" : NULL);
        write_evidence(o, st->evidence, st->nevidence);
        ems_xw__text_element(&o->x, "comment", st->comment);
        ems_xw__end(&o->x);
    }
    ems_xw__end(&o->x);
}

static void write_register(out *o, const ems_timeline *t)
{
    char b[32];
    if (!t->nregister)
        return;
    ems_xw__start(&o->x, "register");
    ems_xw__attr(&o->x, "total", int_text(b, (long long)t->nregister));
    ems_xw__attr(&o->x, "earlier", int_text(b, (long long)t->earlier));
    ems_xw__attr(&o->x, "implemented", int_text(b, (long long)t->implemented));
    ems_xw__attr(&o->x, "overdue", int_text(b, (long long)t->overdue));
    for (size_t i = 0; i < t->nregister; i++)
        write_rec_entry(o, &t->register_[i]);
    ems_xw__end(&o->x);
}

/* Invented data in any input makes the whole results illustrative. */
static bool illustrative(const ems_results *r)
{
    const ems_assessment *as[] = {r->self, r->peer, r->response};
    for (size_t i = 0; i < 3; i++)
        if (as[i] && as[i]->illustrative)
            return true;
    for (size_t i = 0; i < r->timeline->nseries; i++)
        if (r->timeline->series[i]->illustrative)
            return true;
    return false;
}

static void write_document(out *o)
{
    const ems_results *r = o->r;
    const ems_assessment *as = any_assessment(r);
    ems_xw__start(&o->x, "results");
    ems_xw__attr(&o->x, "xmlns", EMS_NAMESPACE);
    ems_xw__attr(&o->x, "scorecard", r->sc->id);
    ems_xw__attr(&o->x, "scorecard-version", r->sc->version);
    ems_xw__attr(&o->x, "agency", as->agency);
    ems_xw__attr(&o->x, "period", as->period);
    ems_xw__attr(&o->x, "profile", r->profile ? r->profile->id : NULL);
    ems_xw__attr(&o->x, "model", ems_model_name(r->model));
    ems_xw__attr(&o->x, "illustrative", illustrative(r) ? "true" : NULL);
    ems_xw__attr(&o->x, "generator", "emscore " EMS_VERSION_STRING);
    ems_xw__text_element(&o->x, "title", r->sc->title);
    if (r->profile)
        ems_xw__text_element(&o->x, "profile-title", r->profile->title);
    char langs[3 * EMS_NLANGS];
    ems_lang__list(langs, ems_lang__complete(r->sc, r->profile, r->items));
    ems_xw__start(&o->x, "languages");
    ems_xw__attr(&o->x, "complete", langs);
    ems_xw__end(&o->x);
    write_methodology(o);
    write_assessments(o);
    write_overall(o);
    write_status_counts(o);
    write_attention(o);
    write_recommendations(o);
    write_good_practices(o);
    write_level_scores(o);
    if (r->model == EMS_MODEL_WEIGHTED)
        write_weighted_sums(o);
    write_inventory(o);
    write_items(o);
    write_progress(o, r->timeline);
    write_register(o, r->timeline);
    ems_xw__end(&o->x);
}

int ems_results_serialize(char **out_bytes, size_t *len, const ems_results *r, ems_ctx *ctx)
{
    if (!out_bytes)
        return EMS_EARG;
    *out_bytes = NULL;
    if (len)
        *len = 0;
    if (!r)
        return EMS_EARG;
    out o = {.r = r};
    if (ems_xw__open(&o.x)) {
        write_document(&o);
        ems_xw__finish(&o.x, out_bytes, len);
    }
    if (!*out_bytes)
        return ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory while writing the results");
    return EMS_OK;
}

int ems_results_write(const ems_results *r, ems_ctx *ctx, const char *path)
{
    if (!r || !path)
        return EMS_EARG;
    char *bytes = NULL;
    size_t n = 0;
    int rc = ems_results_serialize(&bytes, &n, r, ctx);
    if (rc == EMS_OK)
        rc = ems_output__write(ctx, path, bytes, n);
    ems_free(bytes);
    return rc;
}
