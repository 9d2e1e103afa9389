/*
 * Results: the public face of scoring. ems_score() checks that the
 * assessments belong together and picks the profile, score.c computes, and
 * the results document is written with xmlTextWriter in a fixed order
 * (doc/formats.md, "Results"), so the same results give the same bytes.
 */
#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "lang.h"
#include "score.h"
#include "util/decimal.h"

static const char *const model_names[] = {
    [EMS_MODEL_WEIGHTED] = "weighted",
    [EMS_MODEL_FLAT] = "flat",
    [EMS_MODEL_FLAT_UNWEIGHTED] = "flat-unweighted",
    [EMS_MODEL_ABSOLUTE] = "absolute",
};
#define NMODELS (sizeof(model_names) / sizeof(model_names[0]))

int ems_model_from_name(ems_model *out, const char *name)
{
    for (size_t i = 0; out && name && i < NMODELS; i++)
        if (strcmp(model_names[i], name) == 0) {
            *out = (ems_model)i;
            return EMS_OK;
        }
    return EMS_EARG;
}

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

int ems_score(ems_results **out, ems_ctx *ctx, const ems_scorecard *sc,
              const ems_assessment *const *assessments, size_t n, const char *profile,
              ems_model model)
{
    if (!out)
        return EMS_EARG;
    *out = NULL;
    if (!sc || !assessments || n < 1 || n > 2 || !ems_model_name(model))
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "ems_score needs a scorecard, one or two assessments and a model");
    const ems_assessment *by_kind[2] = {NULL, NULL};
    for (size_t i = 0; i < n; i++) {
        const ems_assessment *as = assessments[i];
        if (!as)
            return ems_ctx__error(ctx, EMS_EARG, "", 0, "ems_score: assessment %zu is NULL", i);
        if (!resolved_against(as, sc))
            return ems_ctx__error(ctx, EMS_EARG, as->file, 0,
                                  "not loaded with scorecard %s: load the assessment with the "
                                  "scorecard it is scored against",
                                  sc->file);
        const ems_assessment **slot = &by_kind[as->kind == EMS_KIND_PEER];
        if (*slot)
            return ems_ctx__error(ctx, EMS_EINVALID, as->file, as->line,
                                  "a second %s-assessment (the first is %s): score one self "
                                  "and one peer assessment at most",
                                  as->kind == EMS_KIND_PEER ? "peer" : "self", (*slot)->file);
        *slot = as;
    }
    int rc = n == 2 ? check_pair(ctx, assessments[0], assessments[1]) : EMS_OK;
    const ems_profile *chosen = NULL;
    if (rc == EMS_OK)
        rc = pick_profile(&chosen, ctx, sc, assessments, n, profile);
    if (rc != EMS_OK)
        return rc;
    ems_results *r = calloc(1, sizeof(*r));
    if (!r)
        return ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    *r = (ems_results){.sc = sc, .self = by_kind[0], .peer = by_kind[1], .profile = chosen,
                       .model = model};
    rc = ems_score__compute(r);
    if (rc != EMS_OK) {
        ems_results_free(r);
        return ems_ctx__error(ctx, rc, "", 0, "out of memory");
    }
    *out = r;
    return EMS_OK;
}

void ems_results_free(ems_results *r)
{
    if (!r)
        return;
    free(r->items);
    free(r);
}

void ems_free(void *p)
{
    free(p);
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

static const char *grade_name(const ems_scorecard *sc, size_t g)
{
    return g == EMS_NONE ? "na" : sc->grades[g].id;
}

const char *ems_results_grade(const ems_results *r)
{
    return r ? grade_name(r->sc, r->grade) : NULL;
}

/* ---- the results document -------------------------------------------- */

typedef struct out {
    xmlTextWriterPtr w;
    const ems_results *r;
    bool failed;
} out;

static void check(out *o, int rc)
{
    if (rc < 0)
        o->failed = true;
}

static void start(out *o, const char *name)
{
    check(o, xmlTextWriterStartElement(o->w, BAD_CAST name));
}

static void end(out *o)
{
    check(o, xmlTextWriterEndElement(o->w));
}

/* An attribute; none when value is NULL. */
static void attr(out *o, const char *name, const char *value)
{
    if (value)
        check(o, xmlTextWriterWriteAttribute(o->w, BAD_CAST name, BAD_CAST value));
}

/* The text content of the open element, with its xml:lang. */
static void content(out *o, const char *text, const char *lang)
{
    attr(o, "xml:lang", lang);
    if (text && *text)
        check(o, xmlTextWriterWriteString(o->w, BAD_CAST text));
}

/* <name xml:lang="..">text</name>, then the same element for each of its
 * translations; nothing when the text is absent. */
static void text_element(out *o, const char *name, ems_text t)
{
    if (!t.text)
        return;
    start(o, name);
    content(o, t.text, t.lang);
    end(o);
    for (size_t i = 0; i < t.ntranslations; i++)
        text_element(o, name, t.translations[i]);
}

static const char *score_text(char buf[24], int64_t s)
{
    if (s == EMS_SCORE_NA)
        return "na";
    snprintf(buf, 24, "%lld.%02lld", (long long)(s / 100), (long long)(s % 100));
    return buf;
}

static const char *int_text(char buf[24], long long v)
{
    snprintf(buf, 24, "%lld", v);
    return buf;
}

/* A level as printed: its id, "na", or NULL (absent) when unrated. */
static const char *level_name(const ems_scorecard *sc, int level)
{
    return level >= 0 ? sc->levels[level].id : level == EMS_LEVEL_NA ? "na" : NULL;
}

static const char *status_name(ems_leaf_status s)
{
    static const char *const names[] = {
        [EMS_LS_NA] = "na",
        [EMS_LS_MISSING] = "missing",
        [EMS_LS_NOT_STARTED] = "not-started",
        [EMS_LS_PARTIAL] = "partial",
        [EMS_LS_ACHIEVED] = "achieved",
    };
    return names[s];
}

/* Space-separated flags in their fixed order; NULL when there are none. */
static const char *flags_text(char buf[80], unsigned flags)
{
    static const char *const names[] = {"blocked", "mandatory-unmet", "unsupported",
                                        "disagreement", "overclaim"};
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
        start(o, name);
        attr(o, "id", id);
        attr(o, num_name, num);
        content(o, t->text, t->lang);
        end(o);
    }
}

static void write_methodology(out *o)
{
    const ems_scorecard *sc = o->r->sc;
    char b[24];
    start(o, "methodology");
    start(o, "scale");
    attr(o, "achieved", sc->levels[sc->achieved].id);
    attr(o, "max", int_text(b, sc->levels[sc->nlevels - 1].value));
    for (size_t i = 0; i < sc->nlevels; i++)
        named(o, "level", sc->levels[i].id, "value", int_text(b, sc->levels[i].value),
              &sc->levels[i].label);
    end(o);
    start(o, "grades");
    attr(o, "mandatory-cap", sc->grades[sc->mandatory_cap].id);
    for (size_t i = 0; i < sc->ngrades; i++)
        named(o, "grade", sc->grades[i].id, "min", score_text(b, sc->grades[i].min),
              &sc->grades[i].label);
    end(o);
    end(o);
}

static void write_assessments(out *o)
{
    const ems_assessment *self = o->r->self, *peer = o->r->peer;
    if (self) {
        start(o, "self-assessment");
        text_element(o, "assessor", self->assessor);
        text_element(o, "date", (ems_text){.text = self->date});
        end(o);
    }
    if (!peer)
        return;
    start(o, "peer-assessment");
    text_element(o, "assessor", peer->assessor);
    text_element(o, "date", (ems_text){.text = peer->date});
    if (peer->mission_from) {
        start(o, "mission");
        attr(o, "from", peer->mission_from);
        attr(o, "to", peer->mission_to);
        content(o, peer->mission.text, peer->mission.lang);
        end(o);
    }
    if (peer->nteam) {
        start(o, "team");
        for (size_t i = 0; i < peer->nteam; i++) {
            const ems_reviewer *rv = &peer->team[i];
            start(o, "reviewer");
            attr(o, "id", rv->id);
            attr(o, "agency", rv->agency);
            content(o, rv->name, rv->name_lang);
            end(o);
        }
        end(o);
    }
    end(o);
}

static void write_overall(out *o)
{
    const ems_results *r = o->r;
    char b[24];
    start(o, "overall");
    attr(o, "self", score_text(b, r->overall_self));
    attr(o, "final", score_text(b, r->overall_final));
    attr(o, "met", score_text(b, r->met));
    attr(o, "grade", grade_name(r->sc, r->grade));
    attr(o, "self-grade", grade_name(r->sc, r->self_grade));
    attr(o, "uncapped-grade", grade_name(r->sc, r->uncapped_grade));
    attr(o, "counted", int_text(b, (long long)r->counted));
    attr(o, "rated", int_text(b, (long long)r->rated));
    attr(o, "achieved", int_text(b, (long long)r->achieved));
    end(o);
}

static void write_evidence(out *o, const ems_evidence *ev, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        start(o, "evidence");
        attr(o, "href", ev[i].href);
        content(o, ev[i].text.text, ev[i].text.lang);
        end(o);
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
            check(o, xmlTextWriterStartAttribute(o->w, BAD_CAST "requires"));
        else
            check(o, xmlTextWriterWriteString(o->w, BAD_CAST " "));
        check(o, xmlTextWriterWriteString(o->w, BAD_CAST o->r->sc->items[p].id));
        any = true;
    }
    if (any)
        check(o, xmlTextWriterEndAttribute(o->w));
}

/* The scored attributes every leaf shares, from self-level to flags. */
static void write_leaf_scores(out *o, const ems_item_score *s)
{
    const ems_scorecard *sc = o->r->sc;
    char b[80];
    attr(o, "self-level", level_name(sc, s->self.level));
    attr(o, "peer-level", level_name(sc, s->peer_level));
    attr(o, "final-level", level_name(sc, s->final.level));
    attr(o, "self-effective", level_name(sc, s->self.effective));
    attr(o, "final-effective", level_name(sc, s->final.effective));
    attr(o, "self", score_text(b, s->self.score));
    attr(o, "final", score_text(b, s->final.score));
    attr(o, "self-status", status_name(s->self.status));
    attr(o, "status", status_name(s->final.status));
    attr(o, "flags", flags_text(b, s->flags));
}

static void write_milestone_responses(out *o, const ems_item_score *s)
{
    const ems_scorecard *sc = o->r->sc;
    const ems_response *self = s->self_response, *peer = s->peer_response;
    if (self) {
        start(o, "self");
        attr(o, "level", level_name(sc, self->level));
        write_evidence(o, self->evidence, self->nevidence);
        text_element(o, "comment", self->comment);
        text_element(o, "justification", self->justification);
        end(o);
    }
    if (!peer)
        return;
    static const char *const prio[] = {"high", "medium", "low"};
    start(o, "peer");
    attr(o, "level", level_name(sc, s->peer_level));
    attr(o, "consensus", level_name(sc, peer->consensus));
    attr(o, "median", level_name(sc, s->peer_median));
    for (size_t i = 0; i < peer->nratings; i++) {
        start(o, "rating");
        attr(o, "by", peer->ratings[i].by);
        attr(o, "level", level_name(sc, peer->ratings[i].level));
        end(o);
    }
    write_evidence(o, peer->evidence, peer->nevidence);
    text_element(o, "comment", peer->comment);
    text_element(o, "justification", peer->justification);
    for (size_t i = 0; i < peer->nfindings; i++)
        text_element(o, "finding", peer->findings[i]);
    for (size_t i = 0; i < peer->nrecommendations; i++) {
        const ems_recommendation *rec = &peer->recommendations[i];
        start(o, "recommendation");
        attr(o, "priority", prio[rec->priority]);
        content(o, rec->text.text, rec->text.lang);
        end(o);
    }
    end(o);
}

static void write_measure(out *o, const char *name, const ems_measure *m)
{
    if (!m)
        return;
    start(o, name);
    attr(o, "value", m->value);
    write_evidence(o, m->evidence, m->nevidence);
    text_element(o, "comment", m->comment);
    end(o);
}

/* Thresholds in level order (at most one per level). */
static void write_thresholds(out *o, const ems_item *it)
{
    const ems_scorecard *sc = o->r->sc;
    for (size_t l = 0; l < sc->nlevels; l++)
        for (size_t k = 0; k < it->nthresholds; k++)
            if (it->thresholds[k].level == l) {
                start(o, "threshold");
                attr(o, "level", sc->levels[l].id);
                attr(o, "value", it->thresholds[k].value);
                end(o);
            }
}

/* One item's element; an area is left open for its children. */
static void write_item(out *o, size_t i)
{
    const ems_item *it = &o->r->sc->items[i];
    const ems_item_score *s = &o->r->items[i];
    char b[32];
    start(o, it->kind == EMS_ITEM_AREA        ? "area"
             : it->kind == EMS_ITEM_MILESTONE ? "milestone"
                                              : "indicator");
    attr(o, "id", it->id);
    attr(o, "weight", ems_decimal__text(b, s->weight, 3));
    attr(o, "counted", s->counted ? "true" : "false");
    if (it->kind == EMS_ITEM_AREA) {
        attr(o, "self", score_text(b, s->self.score));
        attr(o, "final", score_text(b, s->final.score));
        text_element(o, "title", it->title);
        text_element(o, "description", it->description);
        return;
    }
    if (it->kind == EMS_ITEM_MILESTONE) {
        attr(o, "mandatory", it->mandatory ? "true" : "false");
        attr(o, "evidence", it->evidence_required ? "required" : "optional");
        write_requires(o, it);
    } else {
        attr(o, "unit", it->unit);
        attr(o, "better", it->lower_better ? "lower" : "higher");
    }
    write_leaf_scores(o, s);
    text_element(o, "title", it->title);
    text_element(o, "description", it->description);
    text_element(o, "guidance", it->guidance);
    if (it->kind == EMS_ITEM_MILESTONE) {
        write_milestone_responses(o, s);
    } else {
        write_thresholds(o, it);
        write_measure(o, "self", s->self_measure);
        write_measure(o, "peer", s->peer_measure);
    }
    end(o);
}

/* The selected items in document order. Items are in pre-order, so the
 * open areas are always the ancestors of the last one opened: close them
 * until the next item's parent is the innermost. No recursion, whatever
 * the nesting depth. */
static void write_items(out *o)
{
    const ems_scorecard *sc = o->r->sc;
    size_t open = EMS_NONE;
    for (size_t i = 0; i < sc->nitems && !o->failed; i++) {
        if (!o->r->items[i].selected)
            continue;
        for (; open != sc->items[i].parent; open = sc->items[open].parent)
            end(o);
        write_item(o, i);
        if (sc->items[i].kind == EMS_ITEM_AREA)
            open = i;
    }
    for (; open != EMS_NONE; open = sc->items[open].parent)
        end(o);
}

static void write_document(out *o)
{
    const ems_results *r = o->r;
    const ems_assessment *as = any_assessment(r);
    check(o, xmlTextWriterSetIndent(o->w, 1));
    check(o, xmlTextWriterSetIndentString(o->w, BAD_CAST "  "));
    check(o, xmlTextWriterStartDocument(o->w, "1.0", "UTF-8", NULL));
    start(o, "results");
    attr(o, "xmlns", EMS_NAMESPACE);
    attr(o, "scorecard", r->sc->id);
    attr(o, "scorecard-version", r->sc->version);
    attr(o, "agency", as->agency);
    attr(o, "period", as->period);
    attr(o, "profile", r->profile ? r->profile->id : NULL);
    attr(o, "model", ems_model_name(r->model));
    attr(o, "generator", "emscore " EMS_VERSION_STRING);
    text_element(o, "title", r->sc->title);
    if (r->profile)
        text_element(o, "profile-title", r->profile->title);
    char langs[3 * EMS_NLANGS];
    ems_lang__list(langs, ems_lang__complete(r->sc, r->profile, r->items));
    start(o, "languages");
    attr(o, "complete", langs);
    end(o);
    write_methodology(o);
    write_assessments(o);
    write_overall(o);
    write_items(o);
    end(o);
    check(o, xmlTextWriterEndDocument(o->w));
}

int ems_results_serialize(const ems_results *r, ems_ctx *ctx, char **out_bytes, size_t *len)
{
    if (!out_bytes)
        return EMS_EARG;
    *out_bytes = NULL;
    if (len)
        *len = 0;
    if (!r)
        return EMS_EARG;
    xmlBufferPtr buf = xmlBufferCreate();
    out o = {buf ? xmlNewTextWriterMemory(buf, 0) : NULL, r, false};
    char *bytes = NULL;
    size_t n = 0;
    if (o.w) {
        write_document(&o);
        xmlFreeTextWriter(o.w); /* flushes into buf */
        n = (size_t)xmlBufferLength(buf);
        bytes = o.failed ? NULL : malloc(n + 1);
    }
    if (bytes) {
        memcpy(bytes, xmlBufferContent(buf), n);
        bytes[n] = '\0';
    }
    xmlBufferFree(buf);
    if (!bytes)
        return ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory while writing the results");
    *out_bytes = bytes;
    if (len)
        *len = n;
    return EMS_OK;
}

int ems_results_write(const ems_results *r, ems_ctx *ctx, const char *path)
{
    if (!r || !path)
        return EMS_EARG;
    char *bytes = NULL;
    size_t n = 0;
    int rc = ems_results_serialize(r, ctx, &bytes, &n);
    if (rc == EMS_OK)
        rc = ems_output__write(ctx, path, bytes, n);
    ems_free(bytes);
    return rc;
}
