/*
 * Assessment (self or peer): from a schema-valid document to the model,
 * with the rules of doc/formats.md ("Assessment") that need no scorecard;
 * then, given one, the cross-checks that resolve every milestone,
 * indicator, level and profile.
 */
#include <stdlib.h>
#include <string.h>

#include "dom.h"
#include "internal.h"
#include "followup.h"
#include "util/decimal.h"
#include "util/ident.h"

typedef struct abuilder {
    ems_assessment *as;
    ems_ctx *ctx;
    const char *file;
    bool oom;
    int rc;
} abuilder;

/* Whether agency is one of the entities the review covers. */
static bool covered(const ems_assessment *as, const char *agency)
{
    for (size_t i = 0; agency && i < as->ncovers; i++)
        if (as->covers[i] && strcmp(as->covers[i], agency) == 0)
            return true;
    return false;
}

/* The review team's rules (doc/formats.md, "Assessment"): a lead; only
 * leads and members rate; nobody rates their own agency. */
static void check_team(abuilder *b, xmlNodePtr teamnode)
{
    const ems_assessment *as = b->as;
    bool lead = false;
    for (size_t i = 0; i < as->nteam; i++)
        lead |= as->team[i].role == EMS_ROLE_LEAD;
    if (!lead)
        EMS_LOAD_ERR(b, xmlGetLineNo(teamnode),
                     "the review team has no lead: give one reviewer role=\"lead\"");
    for (size_t k = 0; k < as->nresponses; k++) {
        const ems_response *r = &as->responses[k];
        for (size_t j = 0; j < r->nratings; j++) {
            const ems_rating *rt = &r->ratings[j];
            if (rt->reviewer >= as->nteam)
                continue; /* not a reviewer of the team: reported already */
            const ems_reviewer *rv = &as->team[rt->reviewer];
            if (rv->role == EMS_ROLE_OBSERVER || rv->role == EMS_ROLE_SECRETARIAT)
                EMS_LOAD_ERR(b, rt->line,
                             "rating by '%s', who takes part as %s: only the team's lead and "
                             "members rate",
                             rv->id, ems_assessment__role_name(rv->role));
            else if (rv->agency && as->agency && strcmp(rv->agency, as->agency) == 0)
                EMS_LOAD_ERR(b, rt->line,
                             "rating by '%s' of %s, the agency under review: a reviewer does not "
                             "rate their own agency",
                             rv->id, rv->agency);
            else if (covered(as, rv->agency))
                EMS_LOAD_ERR(b, rt->line,
                             "rating by '%s' of %s, an entity the review covers: a reviewer does "
                             "not rate their own agency",
                             rv->id, rv->agency);
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

static void *alloc_n(abuilder *b, size_t n, size_t size)
{
    void *p = ems_arena__alloc(&b->as->arena, n ? n : 1, size);
    if (!p)
        b->oom = true;
    return p;
}

static const char *const role_names[] = {
    [EMS_ROLE_LEAD] = "lead",
    [EMS_ROLE_MEMBER] = "member",
    [EMS_ROLE_OBSERVER] = "observer",
    [EMS_ROLE_SECRETARIAT] = "secretariat",
};
static const char *const status_names[] = {
    [EMS_REVIEW_DRAFT] = "draft",
    [EMS_REVIEW_SUBMITTED] = "submitted",
    [EMS_REVIEW_APPROVED] = "approved",
    [EMS_REVIEW_PUBLISHED] = "published",
};

static const char *const finding_names[] = {
    [EMS_FINDING_OBSERVATION] = "observation",
    [EMS_FINDING_GOOD_PRACTICE] = "good-practice",
    [EMS_FINDING_GAP] = "gap",
};

const char *ems_assessment__finding_name(ems_finding_type t)
{
    return finding_names[t];
}

const char *ems_assessment__role_name(ems_role r)
{
    return role_names[r];
}

const char *ems_assessment__status_name(ems_review_status s)
{
    return status_names[s];
}

/* A schema-valid name of names, or dflt when the attribute is absent. */
static int enum_attr(xmlNodePtr node, const char *name, const char *const *names, size_t n,
                     int dflt)
{
    xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)name);
    int i = v ? ems_ident__lookup(names, n, (const char *)v) : -1;
    xmlFree(v);
    return i < 0 ? dflt : i;
}

static void build_team(abuilder *b, xmlNodePtr team, ems_idmap *ids)
{
    ems_assessment *as = b->as;
    as->team = alloc_n(b, count_named(team, "reviewer"), sizeof(*as->team));
    if (!as->team)
        return;
    for (xmlNodePtr r = ems_dom__first(team); r && !b->oom; r = ems_dom__next(r)) {
        ems_reviewer *rv = &as->team[as->nteam];
        rv->id = ems_dom__attr(&as->arena, r, "id", &b->oom);
        rv->agency = ems_dom__attr(&as->arena, r, "agency", &b->oom);
        rv->role = (ems_role)enum_attr(r, "role", role_names, 4, EMS_ROLE_MEMBER);
        ems_text name = ems_dom__text(&as->arena, r, &b->oom);
        rv->name = name.text;
        rv->name_lang = name.lang;
        rv->line = xmlGetLineNo(r);
        if (!rv->id)
            continue;
        size_t prev;
        int rc = ems_idmap__put(ids, rv->id, as->nteam, &prev);
        if (rc < 0)
            b->oom = true;
        else if (rc > 0) /* check: reviewer ids unique */
            EMS_LOAD_ERR(b, rv->line, "duplicate reviewer id '%s': already used on line %ld",
                         rv->id, as->team[prev].line);
        as->nteam++;
    }
}

static void build_evidence(abuilder *b, xmlNodePtr node, ems_evidence *e)
{
    e->href = ems_dom__attr(&b->as->arena, node, "href", &b->oom);
    e->text = ems_dom__text(&b->as->arena, node, &b->oom);
}

static bool is_na(const char *level)
{
    return level && strcmp(level, "na") == 0;
}

static void build_response(abuilder *b, xmlNodePtr node, ems_response *r, const ems_idmap *team)
{
    ems_assessment *as = b->as;
    ems_arena *a = &as->arena;
    r->milestone = ems_dom__attr(a, node, "milestone", &b->oom);
    r->level_id = ems_dom__attr(a, node, "level", &b->oom);
    r->item = EMS_NONE;
    r->level = r->consensus = EMS_LEVEL_UNSET;
    r->line = xmlGetLineNo(node);
    r->ratings = alloc_n(b, count_named(node, "rating"), sizeof(*r->ratings));
    r->evidence = alloc_n(b, count_named(node, "evidence"), sizeof(*r->evidence));
    r->findings = alloc_n(b, count_named(node, "finding"), sizeof(*r->findings));
    r->recommendations =
        alloc_n(b, count_named(node, "recommendation"), sizeof(*r->recommendations));
    if (b->oom)
        return;
    bool any_na = is_na(r->level_id);
    for (xmlNodePtr c = ems_dom__first(node); c && !b->oom; c = ems_dom__next(c)) {
        if (ems_dom__is(c, "rating")) {
            ems_rating *rt = &r->ratings[r->nratings];
            rt->by = ems_dom__attr(a, c, "by", &b->oom);
            rt->level_id = ems_dom__attr(a, c, "level", &b->oom);
            rt->level = EMS_LEVEL_UNSET;
            rt->line = xmlGetLineNo(c);
            rt->reviewer = EMS_NONE;
            if (!rt->by)
                continue;
            any_na |= is_na(rt->level_id);
            /* check: every rating is by a reviewer of the team, once. Ratings
             * in a self-assessment, or with no team at all, are one fault
             * each, reported below and by the caller. */
            if (as->kind == EMS_KIND_PEER && team->len > 0) {
                if (!ems_idmap__get(team, rt->by, &rt->reviewer)) {
                    EMS_LOAD_ERR(b, rt->line, "rating by '%s', who is not a reviewer of the <team>",
                                 rt->by);
                    continue;
                }
                for (size_t k = 0; k < r->nratings; k++)
                    if (r->ratings[k].reviewer == rt->reviewer) {
                        EMS_LOAD_ERR(b, rt->line,
                                     "reviewer '%s' rates milestone '%s' twice (first on line %ld)",
                                     rt->by, r->milestone, r->ratings[k].line);
                        break;
                    }
            }
            r->nratings++;
        } else if (ems_dom__is(c, "consensus")) {
            r->consensus_id = ems_dom__attr(a, c, "level", &b->oom);
            r->consensus_line = xmlGetLineNo(c);
            any_na |= is_na(r->consensus_id);
        } else if (ems_dom__is(c, "evidence")) {
            build_evidence(b, c, &r->evidence[r->nevidence++]);
        } else if (ems_dom__is(c, "comment")) {
            r->comment = ems_dom__text(a, c, &b->oom);
        } else if (ems_dom__is(c, "justification")) {
            r->justification = ems_dom__text(a, c, &b->oom);
        } else if (ems_dom__is(c, "finding")) {
            ems_finding *f = &r->findings[r->nfindings++];
            f->type = (ems_finding_type)enum_attr(c, "type", finding_names, 3,
                                                  EMS_FINDING_OBSERVATION);
            f->text = ems_dom__text(a, c, &b->oom);
        } else if (ems_dom__is(c, "recommendation")) {
            ems_recommendation *rec = &r->recommendations[r->nrecommendations++];
            const char *prio = ems_dom__attr(a, c, "priority", &b->oom);
            rec->id = ems_dom__attr(a, c, "id", &b->oom);
            rec->owner = ems_dom__attr(a, c, "owner", &b->oom);
            rec->due = ems_dom__attr(a, c, "due", &b->oom);
            rec->milestone = r->milestone;
            rec->line = xmlGetLineNo(c);
            rec->priority = !prio || strcmp(prio, "high") == 0 ? EMS_PRIO_HIGH
                          : strcmp(prio, "medium") == 0 ? EMS_PRIO_MEDIUM : EMS_PRIO_LOW;
            rec->text = ems_dom__text(a, c, &b->oom);
        }
    }
    if (b->oom || !r->milestone)
        return;
    if (as->kind == EMS_KIND_SELF) {
        /* check: a self response carries a level and no reviewers' ratings */
        if (!r->level_id)
            EMS_LOAD_ERR(b, r->line,
                         "response to '%s' has no level: a self-assessment rates each "
                         "milestone with level=\"...\" (or level=\"na\")",
                         r->milestone);
        if (r->nratings || r->consensus_id)
            EMS_LOAD_ERR(b, r->line,
                         "response to '%s' has <rating> or <consensus>, which belong to peer "
                         "assessments (kind=\"peer\")",
                         r->milestone);
    } else if (as->kind == EMS_KIND_PEER) {
        /* check: a peer response carries ratings (or a consensus), not a level */
        if (r->level_id)
            EMS_LOAD_ERR(b, r->line,
                         "response to '%s' has a level attribute: in a peer assessment each "
                         "reviewer rates with <rating by=\"...\" level=\"...\"/>",
                         r->milestone);
        else if (!r->nratings && !r->consensus_id)
            EMS_LOAD_ERR(b, r->line, "response to '%s' has no <rating> and no <consensus>",
                         r->milestone);
    }
    /* check: not applicable needs a justification */
    if (any_na && !(r->justification.text && r->justification.text[0]))
        EMS_LOAD_ERR(b, r->line,
                     "response to '%s' says not applicable (na) but gives no <justification>",
                     r->milestone);
}

static void build_measure(abuilder *b, xmlNodePtr node, ems_measure *m)
{
    ems_arena tmp = EMS_ARENA_INIT;
    m->indicator = ems_dom__attr(&b->as->arena, node, "indicator", &b->oom);
    m->line = xmlGetLineNo(node);
    m->item = EMS_NONE;
    const char *v = ems_dom__attr(&tmp, node, "value", &b->oom);
    int oom = 0;
    m->value = v ? ems_decimal__canon(&b->as->arena, v, &oom) : NULL;
    if (oom)
        b->oom = true;
    ems_arena__dispose(&tmp);
    m->evidence = alloc_n(b, count_named(node, "evidence"), sizeof(*m->evidence));
    for (xmlNodePtr c = ems_dom__first(node); c && !b->oom; c = ems_dom__next(c)) {
        if (ems_dom__is(c, "evidence"))
            build_evidence(b, c, &m->evidence[m->nevidence++]);
        else if (ems_dom__is(c, "comment"))
            m->comment = ems_dom__text(&b->as->arena, c, &b->oom);
    }
}

static void build_followup(abuilder *b, xmlNodePtr node, ems_followup *f)
{
    ems_arena *a = &b->as->arena;
    f->recommendation = ems_dom__attr(a, node, "recommendation", &b->oom);
    const char *status = ems_dom__attr(a, node, "status", &b->oom);
    f->status = EMS_FS_NOT_STARTED;
    if (status)
        ems_follow__status_from(status, &f->status);
    f->line = xmlGetLineNo(node);
    f->evidence = alloc_n(b, count_named(node, "evidence"), sizeof(*f->evidence));
    for (xmlNodePtr c = ems_dom__first(node); c && !b->oom; c = ems_dom__next(c)) {
        if (ems_dom__is(c, "evidence"))
            build_evidence(b, c, &f->evidence[f->nevidence++]);
        else if (ems_dom__is(c, "comment"))
            f->comment = ems_dom__text(a, c, &b->oom);
    }
}

static void build_reply(abuilder *b, xmlNodePtr node, ems_reply *r)
{
    ems_arena *a = &b->as->arena;
    r->recommendation = ems_dom__attr(a, node, "recommendation", &b->oom);
    const char *decision = ems_dom__attr(a, node, "decision", &b->oom);
    r->decision = EMS_DECISION_ACCEPTED;
    if (decision)
        ems_follow__decision_from(decision, &r->decision);
    r->owner = ems_dom__attr(a, node, "owner", &b->oom);
    r->due = ems_dom__attr(a, node, "due", &b->oom);
    r->line = xmlGetLineNo(node);
    for (xmlNodePtr c = ems_dom__first(node); c && !b->oom; c = ems_dom__next(c)) {
        if (ems_dom__is(c, "action"))
            r->action = ems_dom__text(a, c, &b->oom);
        else if (ems_dom__is(c, "comment"))
            r->comment = ems_dom__text(a, c, &b->oom);
    }
}

/* Paragraphs: the <p> children of node, in order. */
static ems_paras build_paras(abuilder *b, xmlNodePtr node)
{
    ems_paras t = {alloc_n(b, count_named(node, "p"), sizeof(*t.p)), 0};
    for (xmlNodePtr c = ems_dom__first(node); c && t.p && !b->oom; c = ems_dom__next(c))
        t.p[t.n++] = ems_dom__text(&b->as->arena, c, &b->oom);
    return t;
}

/* The mission's record: the units met, the documents reviewed, the team's
 * narrative. */
static void build_record(abuilder *b, xmlNodePtr node)
{
    ems_assessment *as = b->as;
    ems_arena *a = &as->arena;
    if (ems_dom__is(node, "interviews")) {
        as->interviews = alloc_n(b, count_named(node, "interview"), sizeof(*as->interviews));
        for (xmlNodePtr c = ems_dom__first(node); c && as->interviews && !b->oom;
             c = ems_dom__next(c)) {
            ems_interview *iv = &as->interviews[as->ninterviews++];
            iv->date = ems_dom__attr(a, c, "date", &b->oom);
            iv->unit = ems_dom__text(a, c, &b->oom);
        }
    } else if (ems_dom__is(node, "documents")) {
        as->documents = alloc_n(b, count_named(node, "document"), sizeof(*as->documents));
        for (xmlNodePtr c = ems_dom__first(node); c && as->documents && !b->oom;
             c = ems_dom__next(c)) {
            ems_reviewed *d = &as->documents[as->ndocuments++];
            d->ref = ems_dom__attr(a, c, "ref", &b->oom);
            d->date = ems_dom__attr(a, c, "date", &b->oom);
            d->title = ems_dom__text(a, c, &b->oom);
        }
    } else {
        as->conclusions = alloc_n(b, count_named(node, "conclusions"), sizeof(*as->conclusions));
        for (xmlNodePtr c = ems_dom__first(node); c && as->conclusions && !b->oom;
             c = ems_dom__next(c)) {
            if (ems_dom__is(c, "executive-summary")) {
                as->summary = build_paras(b, c);
            } else if (ems_dom__is(c, "context")) {
                as->context = build_paras(b, c);
            } else {
                ems_conclusions *k = &as->conclusions[as->nconclusions++];
                k->area = ems_dom__attr(a, c, "area", &b->oom);
                k->item = EMS_NONE;
                k->text = build_paras(b, c);
                k->line = xmlGetLineNo(c);
            }
        }
    }
}

/* Records id, met at line, in seen; a second one is an error: "second WHAT
 * 'id' (the first IS on line N)". */
static void note_unique(abuilder *b, ems_idmap *seen, const char *id, long line, const char *what,
                        const char *is)
{
    size_t prev;
    int r = id ? ems_idmap__put(seen, id, (size_t)line, &prev) : 0;
    if (r < 0)
        b->oom = true;
    else if (r > 0)
        EMS_LOAD_ERR(b, line, "second %s '%s' (the first %s on line %ld)", what, id, is,
                     (long)prev);
}

/* check: recommendation ids are unique in the assessment; each earlier
 * recommendation is followed up or answered once, and never one made here */
static void check_recommendations(abuilder *b)
{
    ems_assessment *as = b->as;
    ems_idmap made = EMS_IDMAP_INIT, seen = EMS_IDMAP_INIT;
    for (size_t i = 0; i < as->nresponses && !b->oom; i++)
        for (size_t k = 0; k < as->responses[i].nrecommendations; k++) {
            const ems_recommendation *rec = &as->responses[i].recommendations[k];
            size_t prev;
            int r = rec->id ? ems_idmap__put(&made, rec->id, (size_t)rec->line, &prev) : 0;
            if (r < 0)
                b->oom = true;
            else if (r > 0)
                EMS_LOAD_ERR(b, rec->line,
                             "recommendation id '%s' is used twice (first on line %ld)", rec->id,
                             (long)prev);
        }
    for (size_t i = 0; i < as->nfollowups && !b->oom; i++) {
        const ems_followup *f = &as->followups[i];
        size_t prev;
        if (!f->recommendation)
            continue;
        if (ems_idmap__get(&made, f->recommendation, &prev)) {
            EMS_LOAD_ERR(b, f->line,
                         "follow-up of recommendation '%s', which this assessment makes "
                         "(line %ld): follow up recommendations of earlier periods",
                         f->recommendation, (long)prev);
            continue;
        }
        note_unique(b, &seen, f->recommendation, f->line, "follow-up of recommendation", "is");
    }
    ems_idmap__dispose(&seen);
    for (size_t i = 0; i < as->nreplies && !b->oom; i++)
        note_unique(b, &seen, as->replies[i].recommendation, as->replies[i].line,
                    "reply to recommendation", "is");
    ems_idmap__dispose(&seen);
    ems_idmap__dispose(&made);
}

/* check: at most one response per milestone, one measure per indicator, one
 * set of conclusions per area */
static void check_unique(abuilder *b)
{
    ems_assessment *as = b->as;
    ems_idmap seen = EMS_IDMAP_INIT;
    for (size_t i = 0; i < as->nresponses && !b->oom; i++)
        note_unique(b, &seen, as->responses[i].milestone, as->responses[i].line,
                    "response to milestone", "is");
    ems_idmap__dispose(&seen);
    for (size_t i = 0; i < as->nmeasures && !b->oom; i++)
        note_unique(b, &seen, as->measures[i].indicator, as->measures[i].line,
                    "measure of indicator", "is");
    ems_idmap__dispose(&seen);
    for (size_t i = 0; i < as->nconclusions && !b->oom; i++)
        note_unique(b, &seen, as->conclusions[i].area, as->conclusions[i].line,
                    "conclusions on area", "are");
    ems_idmap__dispose(&seen);
}

int ems_assessment__from_doc(ems_assessment **out, ems_ctx *ctx, xmlDocPtr doc, const char *file,
                             const ems_scorecard *sc)
{
    *out = NULL;
    ems_assessment *as = calloc(1, sizeof(*as));
    if (!as)
        return ems_ctx__error(ctx, EMS_ENOMEM, file, 0, "out of memory");
    abuilder b = {as, ctx, file, false, EMS_OK};
    ems_arena *a = &as->arena;
    ems_idmap team = EMS_IDMAP_INIT;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    size_t nresp = count_named(root, "response"), nmeas = count_named(root, "measure");
    uint64_t limit = ems_ctx_limit(ctx, EMS_LIMIT_ITEMS);
    if (nresp + nmeas > limit) {
        ems_assessment_free(as);
        return ems_ctx__error(ctx, EMS_ELIMIT, file, 0,
                              "the assessment has more than %llu responses and measures "
                              "(raise the limit with --max-items)",
                              (unsigned long long)limit);
    }
    as->file = ems_arena__strdup(a, file);
    as->line = xmlGetLineNo(root);
    const char *kind = ems_dom__attr(a, root, "kind", &b.oom);
    as->kind = !kind                         ? EMS_KIND_SELF
             : strcmp(kind, "peer") == 0     ? EMS_KIND_PEER
             : strcmp(kind, "response") == 0 ? EMS_KIND_RESPONSE
                                             : EMS_KIND_SELF;
    as->scorecard = ems_dom__attr(a, root, "scorecard", &b.oom);
    as->scorecard_version = ems_dom__attr(a, root, "scorecard-version", &b.oom);
    as->agency = ems_dom__attr(a, root, "agency", &b.oom);
    as->period = ems_dom__attr(a, root, "period", &b.oom);
    as->profile = ems_dom__attr(a, root, "profile", &b.oom);
    as->illustrative = ems_dom__bool(root, "illustrative", false);
    as->status = (ems_review_status)enum_attr(root, "status", status_names, 4, EMS_REVIEW_DRAFT);
    as->approved = ems_dom__attr(a, root, "approved", &b.oom);
    bool status_given = xmlHasProp(root, (const xmlChar *)"status") != NULL;
    as->responses = alloc_n(&b, nresp, sizeof(*as->responses));
    as->measures = alloc_n(&b, nmeas, sizeof(*as->measures));
    as->followups = alloc_n(&b, count_named(root, "follow-up"), sizeof(*as->followups));
    as->replies = alloc_n(&b, count_named(root, "reply"), sizeof(*as->replies));
    xmlNodePtr mission = NULL, teamnode = NULL, coversnode = NULL, recordnode = NULL;
    xmlNodePtr misplaced = NULL;
    for (xmlNodePtr c = ems_dom__first(root); c && !b.oom; c = ems_dom__next(c)) {
        if (ems_dom__is(c, "assessor")) {
            as->assessor = ems_dom__text(a, c, &b.oom);
        } else if (ems_dom__is(c, "date")) {
            as->date = ems_dom__text(a, c, &b.oom).text;
        } else if (ems_dom__is(c, "mission")) {
            mission = c;
            as->mission = ems_dom__text(a, c, &b.oom);
            as->mission_from = ems_dom__attr(a, c, "from", &b.oom);
            as->mission_to = ems_dom__attr(a, c, "to", &b.oom);
        } else if (ems_dom__is(c, "team")) {
            teamnode = c;
            build_team(&b, c, &team);
        } else if (ems_dom__is(c, "covers")) {
            coversnode = c;
            size_t n = count_named(c, "entity");
            as->covers = alloc_n(&b, n, sizeof(*as->covers));
            as->cover_names = alloc_n(&b, n, sizeof(*as->cover_names));
            for (xmlNodePtr e = ems_dom__first(c); e && as->covers && as->cover_names;
                 e = ems_dom__next(e)) {
                as->covers[as->ncovers] = ems_dom__attr(a, e, "id", &b.oom);
                as->cover_names[as->ncovers++] = ems_dom__text(a, e, &b.oom);
            }
        } else if (ems_dom__is(c, "interviews") || ems_dom__is(c, "documents") ||
                   ems_dom__is(c, "narrative")) {
            if (!recordnode)
                recordnode = c;
            build_record(&b, c);
        } else if (ems_dom__is(c, "response")) {
            build_response(&b, c, &as->responses[as->nresponses++], &team);
        } else if (ems_dom__is(c, "measure")) {
            build_measure(&b, c, &as->measures[as->nmeasures++]);
        } else if (ems_dom__is(c, "follow-up")) {
            build_followup(&b, c, &as->followups[as->nfollowups++]);
        } else if (ems_dom__is(c, "reply")) {
            build_reply(&b, c, &as->replies[as->nreplies++]);
        }
        bool answers = ems_dom__is(c, "reply");
        if (!misplaced && (as->kind == EMS_KIND_RESPONSE) != answers &&
            (answers || ems_dom__is(c, "response") || ems_dom__is(c, "measure") ||
             ems_dom__is(c, "follow-up")))
            misplaced = c;
    }
    if (!b.oom) {
        /* check: a management response holds replies only, and only it does */
        if (misplaced && as->kind == EMS_KIND_RESPONSE)
            EMS_LOAD_ERR(&b, xmlGetLineNo(misplaced),
                         "management response (kind=\"response\") with a "
                         "<%s>: it holds one <reply> per recommendation of the review",
                         (const char *)misplaced->name);
        else if (misplaced)
            EMS_LOAD_ERR(&b, xmlGetLineNo(misplaced),
                         "<reply> in a %s-assessment: replies to "
                         "recommendations belong to a management response (kind=\"response\")",
                         as->kind == EMS_KIND_PEER ? "peer" : "self");
        if (as->kind == EMS_KIND_PEER) {
            /* check: a peer assessment names its mission and team */
            if (!mission)
                EMS_LOAD_ERR(&b, xmlGetLineNo(root),
                             "peer assessment without <mission from=\"...\" to=\"...\">");
            if (!teamnode)
                EMS_LOAD_ERR(&b, xmlGetLineNo(root),
                             "peer assessment without a <team> of reviewers");
            else
                check_team(&b, teamnode);
            /* check: an approved review says when */
            if (as->status >= EMS_REVIEW_APPROVED && !as->approved)
                EMS_LOAD_ERR(&b, xmlGetLineNo(root),
                             "a review with status=\"%s\" gives the date the Peer Review Body "
                             "approved it: approved=\"YYYY-MM-DD\"",
                             status_names[as->status]);
            else if (as->status < EMS_REVIEW_APPROVED && as->approved)
                EMS_LOAD_ERR(&b, xmlGetLineNo(root),
                             "approved=\"%s\" on a review with status=\"%s\": give "
                             "status=\"approved\" (or \"published\") with it",
                             as->approved, status_names[as->status]);
        } else if (status_given || as->approved) {
            EMS_LOAD_ERR(&b, xmlGetLineNo(root),
                         "%s with a status or approval date: they belong to the review team's "
                         "peer assessment (kind=\"peer\")",
                         as->kind == EMS_KIND_SELF ? "self-assessment" : "management response");
        } else if (coversnode) {
            EMS_LOAD_ERR(&b, xmlGetLineNo(coversnode),
                         "%s with <covers>: the entities a review covers belong to the review "
                         "team's peer assessment (kind=\"peer\")",
                         as->kind == EMS_KIND_SELF ? "self-assessment" : "management response");
        } else if (recordnode) {
            EMS_LOAD_ERR(&b, xmlGetLineNo(recordnode),
                         "%s with <%s>: the mission's interviews, the documents it reviewed and "
                         "the team's narrative belong to the review team's peer assessment "
                         "(kind=\"peer\")",
                         as->kind == EMS_KIND_SELF ? "self-assessment" : "management response",
                         (const char *)recordnode->name);
        } else if (mission || teamnode) {
            EMS_LOAD_ERR(&b, xmlGetLineNo(mission ? mission : teamnode),
                         "%s with a <%s>: missions and review teams belong to peer "
                         "assessments (kind=\"peer\")",
                         as->kind == EMS_KIND_SELF ? "self-assessment" : "management response",
                         mission ? "mission" : "team");
        }
        /* check: a mission ends no earlier than it starts (xs:date, same form) */
        if (as->mission_from && as->mission_to && strlen(as->mission_from) == 10 &&
            strlen(as->mission_to) == 10 && strcmp(as->mission_from, as->mission_to) > 0)
            EMS_LOAD_ERR(&b, xmlGetLineNo(mission), "mission ends (%s) before it starts (%s)",
                         as->mission_to, as->mission_from);
        check_unique(&b);
        check_recommendations(&b);
    }
    ems_idmap__dispose(&team);
    if (b.oom)
        b.rc = ems_ctx__error(ctx, EMS_ENOMEM, file, 0, "out of memory");
    if (b.rc == EMS_OK && sc)
        b.rc = ems_assessment__check(as, ctx, sc);
    if (b.rc != EMS_OK) {
        ems_assessment_free(as);
        return b.rc;
    }
    *out = as;
    return EMS_OK;
}

/* A level id of the scorecard's scale, or "na": the index or EMS_LEVEL_NA. */
static bool resolve_level(const ems_scorecard *sc, const char *id, int *out)
{
    size_t i;
    if (is_na(id)) {
        *out = EMS_LEVEL_NA;
        return true;
    }
    if (!ems_idmap__get(&sc->level_ids, id, &i))
        return false;
    *out = (int)i;
    return true;
}

static void level_error(abuilder *b, long line, const char *what, const char *id,
                        const ems_scorecard *sc)
{
    char names[256];
    size_t used = 0;
    names[0] = '\0';
    for (size_t i = 0; i < sc->nlevels && used < sizeof(names) - 70; i++)
        used += (size_t)snprintf(names + used, sizeof(names) - used, "%s, ", sc->levels[i].id);
    EMS_LOAD_ERR(b, line, "%s level '%s' is not in the scale of scorecard '%s' (levels: %sna)",
                 what, id, sc->id, names);
}

size_t ems_assessment__placeholders(const ems_assessment *as, ems_ctx *ctx, ems_severity sev)
{
    int code = sev == EMS_SEV_ERROR ? EMS_EINVALID : EMS_OK;
    size_t n = 0;
    if ((as->mission_from && strcmp(as->mission_from, EMS_PLACEHOLDER_DATE) == 0) ||
        (as->mission_to && strcmp(as->mission_to, EMS_PLACEHOLDER_DATE) == 0)) {
        ems_ctx__report(ctx, code, sev, as->file, as->line,
                        "the mission dates are the template's placeholder %s: replace them with "
                        "the mission's first and last day",
                        EMS_PLACEHOLDER_DATE);
        n++;
    }
    for (size_t i = 0; i < as->nteam; i++) {
        const ems_reviewer *rv = &as->team[i];
        if (strcmp(rv->agency, EMS_PLACEHOLDER_AGENCY) == 0 ||
            strcmp(rv->id, EMS_PLACEHOLDER_REVIEWER) == 0) {
            ems_ctx__report(ctx, code, sev, as->file, rv->line,
                            "reviewer '%s' of agency '%s' is the template's placeholder: replace "
                            "the id (and every rating's by=) and the agency with the reviewer's "
                            "own",
                            rv->id, rv->agency);
            n++;
        }
    }
    return n;
}

int ems_assessment__check(ems_assessment *as, ems_ctx *ctx, const ems_scorecard *sc)
{
    abuilder b = {as, ctx, as->file, false, EMS_OK};
    /* check: the assessment is of this scorecard and version */
    if (strcmp(as->scorecard, sc->id) != 0)
        EMS_LOAD_ERR(&b, as->line, "assessment is of scorecard '%s', not '%s' (%s)", as->scorecard,
                     sc->id, sc->file);
    else if (strcmp(as->scorecard_version, sc->version) != 0)
        EMS_LOAD_ERR(&b, as->line,
                     "assessment is of scorecard version '%s', but %s is version '%s'",
                     as->scorecard_version, sc->file, sc->version);
    size_t p;
    /* check: the profile named exists */
    if (as->profile && !ems_idmap__get(&sc->profile_ids, as->profile, &p))
        EMS_LOAD_ERR(&b, as->line, "profile '%s' is not defined in scorecard '%s'", as->profile,
                     sc->id);
    for (size_t i = 0; i < as->nresponses; i++) {
        ems_response *r = &as->responses[i];
        size_t item;
        /* check: responses name milestones of the scorecard */
        if (!ems_idmap__get(&sc->item_ids, r->milestone, &item)) {
            EMS_LOAD_ERR(&b, r->line, "response to '%s', which is not in scorecard '%s'",
                         r->milestone, sc->id);
        } else if (sc->items[item].kind != EMS_ITEM_MILESTONE) {
            EMS_LOAD_ERR(&b, r->line, "response to '%s', which is an %s: %s", r->milestone,
                         sc->items[item].kind == EMS_ITEM_AREA ? "area" : "indicator",
                         sc->items[item].kind == EMS_ITEM_AREA
                             ? "areas are scored from their milestones"
                             : "indicators take a <measure>");
        } else {
            r->item = item;
        }
        /* check: every level named is in the scale (or na) */
        if (r->level_id && !resolve_level(sc, r->level_id, &r->level))
            level_error(&b, r->line, "response", r->level_id, sc);
        if (r->consensus_id && !resolve_level(sc, r->consensus_id, &r->consensus))
            level_error(&b, r->consensus_line, "consensus", r->consensus_id, sc);
        for (size_t k = 0; k < r->nratings; k++)
            if (!resolve_level(sc, r->ratings[k].level_id, &r->ratings[k].level))
                level_error(&b, r->ratings[k].line, "rating", r->ratings[k].level_id, sc);
    }
    for (size_t i = 0; i < as->nconclusions; i++) {
        ems_conclusions *k = &as->conclusions[i];
        size_t item;
        /* check: conclusions name top-level areas of the scorecard */
        ems_top_area is = ems_scorecard__top_area(sc, k->area, &item);
        if (is == EMS_TOP_UNKNOWN)
            EMS_LOAD_ERR(&b, k->line, "conclusions on area '%s', which is not in scorecard '%s'",
                         k->area, sc->id);
        else if (is == EMS_TOP_NOT_AREA)
            EMS_LOAD_ERR(&b, k->line,
                         "conclusions on '%s', which is %s %s: the team concludes on top-level "
                         "areas",
                         k->area, sc->items[item].kind == EMS_ITEM_MILESTONE ? "a" : "an",
                         ems_scorecard__kind_name(sc->items[item].kind));
        else if (is == EMS_TOP_NESTED)
            EMS_LOAD_ERR(&b, k->line,
                         "conclusions on '%s', which is part of area '%s': the team concludes "
                         "on top-level areas",
                         k->area, sc->items[sc->items[item].parent].id);
        else
            k->item = item;
    }
    for (size_t i = 0; i < as->nmeasures; i++) {
        ems_measure *m = &as->measures[i];
        size_t item;
        /* check: measures name indicators of the scorecard */
        if (!ems_idmap__get(&sc->item_ids, m->indicator, &item))
            EMS_LOAD_ERR(&b, m->line, "measure of '%s', which is not in scorecard '%s'",
                         m->indicator, sc->id);
        else if (sc->items[item].kind != EMS_ITEM_INDICATOR)
            EMS_LOAD_ERR(&b, m->line, "measure of '%s', which is %s, not an indicator",
                         m->indicator,
                         sc->items[item].kind == EMS_ITEM_AREA ? "an area" : "a milestone");
        else
            m->item = item;
    }
    return b.rc;
}

static int load(ems_assessment **out, const ems_engine *engine, ems_ctx *ctx, const char *name,
                const void *data, size_t len, const ems_scorecard *sc)
{
    if (out)
        *out = NULL;
    if (!out || !engine || !name)
        return EMS_EARG;
    xmlDocPtr doc = NULL;
    int rc = ems_doc__load(&doc, engine, ctx, name, data, len, EMS_DOC_ASSESSMENT);
    if (rc == EMS_OK)
        rc = ems_assessment__from_doc(out, ctx, doc, name, sc);
    xmlFreeDoc(doc);
    return rc;
}

int ems_assessment_load(ems_assessment **out, const ems_engine *engine, ems_ctx *ctx,
                        const char *path, const ems_scorecard *sc)
{
    return load(out, engine, ctx, path, NULL, 0, sc);
}

int ems_assessment_load_memory(ems_assessment **out, const ems_engine *engine, ems_ctx *ctx,
                               const char *name, const void *data, size_t len,
                               const ems_scorecard *sc)
{
    if (!data) {
        if (out)
            *out = NULL;
        return EMS_EARG;
    }
    return load(out, engine, ctx, name, data, len, sc);
}

void ems_assessment_free(ems_assessment *as)
{
    if (!as)
        return;
    ems_arena__dispose(&as->arena);
    free(as);
}

const char *ems_assessment_agency(const ems_assessment *as)
{
    return as ? as->agency : NULL;
}

const char *ems_assessment_period(const ems_assessment *as)
{
    return as ? as->period : NULL;
}

const char *ems_assessment_kind(const ems_assessment *as)
{
    return !as                           ? NULL
         : as->kind == EMS_KIND_PEER     ? "peer"
         : as->kind == EMS_KIND_RESPONSE ? "response"
                                         : "self";
}
