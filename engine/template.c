/*
 * Templates: what an agency or a review team fills in. The XML template is
 * a blank assessment in which every selected milestone and indicator is a
 * comment (title, guidance, levels) followed by a commented-out response
 * or measure; the HTML form is xslt/form.xsl applied to the scorecard
 * pruned to the selected items. Both select with the scorer's own code, so
 * a template asks exactly what is scored. Documents are built with
 * libxml2's tree API and serialised by it: nothing is escaped by hand.
 */
#include <libxml/xmlsave.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "dom.h"
#include "internal.h"
#include "lang.h"
#include "score.h"
#include "util/decimal.h"
#include "util/ident.h"

#define WRAP 74 /* columns of comment text */

typedef struct tpl {
    const ems_scorecard *sc;
    const ems_item_score *sel; /* one per item: selected, weight */
    const ems_profile *profile;
    const ems_template_options *opts;
    bool peer;
    bool oom;
    xmlDocPtr doc;
    xmlNsPtr ns;
} tpl;

static const xmlChar *X(const char *s)
{
    return (const xmlChar *)s;
}

/* ---- small builders ------------------------------------------------- */

static xmlNodePtr add_element(tpl *t, xmlNodePtr parent, const char *name, const char *text)
{
    xmlNodePtr n = xmlNewDocNode(t->doc, t->ns, X(name), NULL);
    if (!n) {
        t->oom = true;
        return NULL;
    }
    if (text) {
        xmlNodePtr txt = xmlNewDocText(t->doc, X(text));
        if (!txt || !xmlAddChild(n, txt)) {
            xmlFreeNode(txt);
            t->oom = true;
        }
    }
    if (parent && !xmlAddChild(parent, n)) {
        xmlFreeNode(n);
        t->oom = true;
        return NULL;
    }
    return n;
}

static void set_attr(tpl *t, xmlNodePtr n, const char *name, const char *value)
{
    if (n && value && !xmlSetProp(n, X(name), X(value)))
        t->oom = true;
}

/* The document element, in our namespace; NULL when out of memory. */
static xmlNodePtr new_root(tpl *t, const char *name)
{
    xmlNodePtr root = xmlNewDocNode(t->doc, NULL, X(name), NULL);
    t->ns = root ? xmlNewNs(root, X(EMS_NAMESPACE), NULL) : NULL;
    if (!root || !t->ns) {
        xmlFreeNode(root);
        t->oom = true;
        return NULL;
    }
    xmlSetNs(root, t->ns);
    xmlDocSetRootElement(t->doc, root);
    return root;
}

/* An element holding a text of the scorecard, with its xml:lang, then
 * one for each of its translations (the form's language is chosen when
 * it is rendered, as for a report); returns the first. */
static xmlNodePtr add_text(tpl *t, xmlNodePtr parent, const char *name, ems_text text)
{
    if (!parent || !text.text)
        return NULL;
    xmlNodePtr n = add_element(t, parent, name, text.text);
    if (n && text.lang)
        xmlNodeSetLang(n, X(text.lang));
    for (size_t i = 0; i < text.ntranslations; i++)
        add_text(t, parent, name, text.translations[i]);
    return n;
}

/* A level or grade: its name in each language, the attributes repeated. */
static void add_named(tpl *t, xmlNodePtr parent, const char *name, ems_text label,
                      const char *id, const char *num_name, const char *num)
{
    for (xmlNodePtr n = add_text(t, parent, name, label); n; n = xmlNextElementSibling(n)) {
        set_attr(t, n, "id", id);
        set_attr(t, n, num_name, num);
    }
}

/* ---- comments -------------------------------------------------------- */

/* Comment text, built in an xmlBuffer; the first failure is remembered
 * and checked once, when the text is used. */
typedef struct text_buf {
    xmlBufferPtr buf; /* created on the first put */
    bool oom;
} text_buf;

static void put(text_buf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (!b->buf && !(b->buf = xmlBufferCreate()))
        b->oom = true;
    else if (n > INT_MAX || xmlBufferAdd(b->buf, X(s), (int)n) != 0)
        b->oom = true;
}

static void puts_(text_buf *b, const char *s)
{
    put(b, s, strlen(s));
}

static const char *text_of(const text_buf *b)
{
    return b->buf ? (const char *)xmlBufferContent(b->buf) : "";
}

static size_t text_len(const text_buf *b)
{
    return b->buf ? (size_t)xmlBufferLength(b->buf) : 0;
}

/* A new line indented by indent spaces, label, then the words of text,
 * wrapped at WRAP columns with continuation lines indented 2 more. */
static void wrapped(text_buf *b, const char *label, const char *text, int indent)
{
    static const char spaces[] = "                                ";
    put(b, "\n", 1);
    put(b, spaces, (size_t)indent);
    puts_(b, label);
    int col = indent + (int)strlen(label);
    bool first = true;
    for (const char *p = text; *p;) {
        p += strspn(p, " \n\t\r");
        size_t n = strcspn(p, " \n\t\r");
        if (!n)
            break;
        if (!first && col + 1 + (int)n > WRAP) {
            put(b, "\n", 1);
            put(b, spaces, (size_t)indent + 2);
            col = indent + 2;
        } else if (!first || label[0]) {
            put(b, " ", 1);
            col++;
        }
        put(b, p, n);
        col += (int)n;
        p += n;
        first = false;
    }
}

/* A comment holding b's text. XML forbids "--" inside a comment and "-"
 * at its end: those are spaced apart, which changes no meaning here. */
static void add_comment(tpl *t, xmlNodePtr parent, text_buf *b, bool before_close)
{
    if (b->oom) {
        t->oom = true;
        return;
    }
    text_buf safe = {0};
    const char *text = text_of(b);
    size_t len = text_len(b);
    for (size_t i = 0; i < len; i++) {
        put(&safe, &text[i], 1);
        if (text[i] == '-' && (i + 1 == len || text[i + 1] == '-'))
            put(&safe, " ", 1);
    }
    if (before_close)
        puts_(&safe, "\n  ");
    else
        puts_(&safe, " ");
    xmlNodePtr c = safe.oom ? NULL : xmlNewDocComment(t->doc, X(text_of(&safe)));
    if (!c || !xmlAddChild(parent, c)) {
        xmlFreeNode(c);
        t->oom = true;
    }
    xmlBufferFree(safe.buf);
}

/* A comment holding the serialised element n (then freed): the response
 * or measure to uncomment. */
static void add_commented(tpl *t, xmlNodePtr parent, xmlNodePtr n)
{
    if (!n)
        return;
    xmlBufferPtr buf = xmlBufferCreate();
    text_buf b = {0};
    if (!buf || xmlNodeDump(buf, t->doc, n, 1, 1) < 0) {
        t->oom = true;
    } else {
        puts_(&b, " ");
        puts_(&b, (const char *)xmlBufferContent(buf));
        add_comment(t, parent, &b, false);
    }
    xmlBufferFree(b.buf);
    xmlBufferFree(buf);
    xmlFreeNode(n);
}

/* ---- the XML template ------------------------------------------------ */

static void describe_levels(tpl *t, text_buf *b)
{
    const ems_scorecard *sc = t->sc;
    puts_(b, "\n  Levels (the scale of the scorecard):");
    for (size_t i = 0; i < sc->nlevels; i++) {
        char line[64];
        snprintf(line, sizeof(line), "%-14s %lld", sc->levels[i].id,
                 (long long)sc->levels[i].value);
        wrapped(b, line, sc->levels[i].label.text ? sc->levels[i].label.text : "", 4);
        if (i == sc->achieved)
            puts_(b, " (counts as achieved)");
    }
    wrapped(b, "na              ",
            "not applicable: give the reason in <justification>...</justification>", 4);
}

static void header_comment(tpl *t, xmlNodePtr root)
{
    const ems_scorecard *sc = t->sc;
    const ems_template_options *o = t->opts;
    text_buf b = {0};
    char line[256];
    snprintf(line, sizeof(line), "%s of %s for period %s.", t->peer ? "Peer assessment" :
             "Self-assessment", o->agency, o->period);
    wrapped(&b, "", line, 2);
    snprintf(line, sizeof(line), "Scorecard %s version %s:", sc->id, sc->version);
    wrapped(&b, line, sc->title.text ? sc->title.text : "", 2);
    if (t->profile) {
        snprintf(line, sizeof(line), "Profile %s:", t->profile->id);
        wrapped(&b, line, t->profile->title.text ? t->profile->title.text : "", 2);
    }
    puts_(&b, "\n");
    wrapped(&b, "",
            t->peer ? "Every selected milestone and indicator follows, in scorecard order: a "
                      "note on it, then a response or measure inside a comment. To answer one, "
                      "remove the comment marks around its response, give each reviewer's "
                      "rating (and the consensus, if the team agreed one), and delete the "
                      "elements you do not use. Name the mission dates and the review team "
                      "first: the placeholders below must be replaced. The mission's record "
                      "after them (units met, documents reviewed, the team's narrative) is "
                      "optional: uncomment and fill in what you keep."
                    : "Every selected milestone and indicator follows, in scorecard order: a "
                      "note on it, then a response or measure inside a comment. To answer one, "
                      "remove the comment marks around its response, choose its level, add "
                      "evidence references and a comment, and delete the elements you do not "
                      "use. Unanswered items score as missing.",
            2);
    wrapped(&b, "",
            "For an indicator, give the measured value as a decimal number, for example "
            "value=\"12.5\".",
            2);
    puts_(&b, "\n");
    describe_levels(t, &b);
    puts_(&b, "\n");
    snprintf(line, sizeof(line),
             "Before sending it, check it: emscore validate -s SCORECARD %s-%s-%s.xml",
             o->agency, o->period, t->peer ? "peer" : "self");
    wrapped(&b, "", line, 2);
    add_comment(t, root, &b, true);
    xmlBufferFree(b.buf);
}

static void item_comment(tpl *t, xmlNodePtr parent, const ems_item *it)
{
    const ems_scorecard *sc = t->sc;
    text_buf b = {0};
    char line[160];
    snprintf(line, sizeof(line), " %s %s:", it->kind == EMS_ITEM_MILESTONE ? "Milestone" :
             "Indicator", it->id);
    puts_(&b, line);
    put(&b, " ", 1);
    puts_(&b, it->title.text ? it->title.text : "");
    text_buf facts = {0};
    if (it->kind == EMS_ITEM_MILESTONE) {
        if (it->mandatory)
            puts_(&facts, "Mandatory. ");
        if (it->evidence_required)
            puts_(&facts, "Evidence required. ");
        for (size_t i = 0, n = 0; i < it->nrequires; i++) {
            if (!t->sel[it->requires[i]].selected)
                continue;
            puts_(&facts, n++ ? " " : "Requires ");
            puts_(&facts, sc->items[it->requires[i]].id);
        }
        if (it->nrequires)
            puts_(&facts, ". ");
    } else {
        puts_(&facts, it->lower_better ? "Lower is better" : "Higher is better");
        if (it->unit) {
            puts_(&facts, "; unit: ");
            puts_(&facts, it->unit);
        }
        puts_(&facts, ".");
        for (size_t i = 0; i < it->nthresholds; i++) {
            snprintf(line, sizeof(line), " %s %s %s", sc->levels[it->thresholds[i].level].id,
                     it->lower_better ? "<=" : ">=", it->thresholds[i].value);
            puts_(&facts, i ? ";" : " Thresholds:");
            puts_(&facts, line);
        }
        if (it->nthresholds)
            puts_(&facts, ".");
    }
    if (text_len(&facts))
        wrapped(&b, "", text_of(&facts), 7);
    if (facts.oom)
        b.oom = true;
    xmlBufferFree(facts.buf);
    if (it->description.text)
        wrapped(&b, "", it->description.text, 7);
    if (it->guidance.text)
        wrapped(&b, "Guidance:", it->guidance.text, 7);
    add_comment(t, parent, &b, false);
    xmlBufferFree(b.buf);
}

static xmlNodePtr blank_response(tpl *t, const ems_item *it)
{
    xmlNodePtr r = add_element(t, NULL, it->kind == EMS_ITEM_MILESTONE ? "response" : "measure",
                               NULL);
    if (it->kind == EMS_ITEM_INDICATOR) {
        set_attr(t, r, "indicator", it->id);
        set_attr(t, r, "value", "");
        return r;
    }
    set_attr(t, r, "milestone", it->id);
    if (t->peer) {
        xmlNodePtr rating = add_element(t, r, "rating", NULL);
        set_attr(t, rating, "by", EMS_PLACEHOLDER_REVIEWER);
        set_attr(t, rating, "level", "");
        set_attr(t, add_element(t, r, "consensus", NULL), "level", "");
    } else {
        set_attr(t, r, "level", "");
    }
    set_attr(t, add_element(t, r, "evidence", NULL), "href", "");
    add_element(t, r, "comment", NULL);
    if (t->peer) {
        add_element(t, r, "finding", NULL);
        set_attr(t, add_element(t, r, "recommendation", NULL), "priority", "medium");
    }
    return r;
}

static void template_items(tpl *t, xmlNodePtr root, const size_t *ids, size_t n)
{
    for (size_t k = 0; k < n && !t->oom; k++) {
        const ems_item *it = &t->sc->items[ids[k]];
        if (!t->sel[ids[k]].selected)
            continue;
        if (it->kind == EMS_ITEM_AREA) {
            text_buf b = {0};
            char line[160];
            snprintf(line, sizeof(line), " ==== Area %s:", it->id);
            puts_(&b, line);
            put(&b, " ", 1);
            puts_(&b, it->title.text ? it->title.text : "");
            puts_(&b, " ====");
            add_comment(t, root, &b, false);
            xmlBufferFree(b.buf);
            template_items(t, root, it->children, it->nchildren);
        } else {
            item_comment(t, root, it);
            add_commented(t, root, blank_response(t, it));
        }
    }
}

/* A text of the narrative under parent, one empty paragraph to fill in;
 * area: the area concluded on (conclusions only). */
static void paragraphs(tpl *t, xmlNodePtr parent, const char *name, const char *area)
{
    xmlNodePtr e = parent ? add_element(t, parent, name, NULL) : NULL;
    set_attr(t, e, "area", area);
    if (e)
        add_element(t, e, "p", NULL);
}

/* The entities the review covers besides the agency, then the mission's
 * record, each part commented out like a response: the units met, the
 * documents reviewed, and the narrative with a conclusions element per
 * top-level area the profile selects. Left as it is, the template holds
 * none of them and stays valid. */
static void template_record(tpl *t, xmlNodePtr root)
{
    text_buf b = {0};
    puts_(&b, " The mission's record (optional; the reports print it before any score):");
    wrapped(&b, "",
            "<covers>: one <entity> per entity the review covers besides the agency (the "
            "entities it reports for), its id in id=\"...\" and its name as the text; a "
            "reviewer from one of them does not rate. "
            "<interviews>: one <interview> per unit or function the mission met, with "
            "date=\"YYYY-MM-DD\" when known. <documents>: one <document> per document "
            "reviewed, its title as the text, with its reference or symbol in ref=\"...\" "
            "and date=\"YYYY-MM-DD\" when known. <narrative>: the team's executive summary, "
            "the context (mandate, sites, personnel) and its conclusions on each area of "
            "the review, each a sequence of paragraphs, one <p> each. Remove the comment "
            "marks around a part to fill it in; delete the attributes and elements you do "
            "not use.",
            7);
    add_comment(t, root, &b, false);
    xmlBufferFree(b.buf);
    xmlNodePtr covers = add_element(t, NULL, "covers", NULL);
    if (covers)
        set_attr(t, add_element(t, covers, "entity", "Name of the entity"), "id", "");
    add_commented(t, root, covers);
    xmlNodePtr iv = add_element(t, NULL, "interviews", NULL);
    if (iv)
        set_attr(t, add_element(t, iv, "interview", NULL), "date", "");
    add_commented(t, root, iv);
    xmlNodePtr docs = add_element(t, NULL, "documents", NULL);
    xmlNodePtr d = docs ? add_element(t, docs, "document", NULL) : NULL;
    set_attr(t, d, "ref", "");
    set_attr(t, d, "date", "");
    add_commented(t, root, docs);
    xmlNodePtr n = add_element(t, NULL, "narrative", NULL);
    paragraphs(t, n, "executive-summary", NULL);
    paragraphs(t, n, "context", NULL);
    for (size_t k = 0; k < t->sc->ntop; k++)
        if (t->sel[t->sc->top[k]].selected)
            paragraphs(t, n, "conclusions", t->sc->items[t->sc->top[k]].id);
    add_commented(t, root, n);
}

static void build_xml(tpl *t)
{
    const ems_template_options *o = t->opts;
    xmlNodePtr root = new_root(t, "assessment");
    if (!root)
        return;
    set_attr(t, root, "kind", t->peer ? "peer" : "self");
    set_attr(t, root, "scorecard", t->sc->id);
    set_attr(t, root, "scorecard-version", t->sc->version);
    set_attr(t, root, "agency", o->agency);
    set_attr(t, root, "period", o->period);
    set_attr(t, root, "profile", t->profile ? t->profile->id : NULL);
    /* a review starts as a draft; its report says DRAFT until approved */
    set_attr(t, root, "status", t->peer ? "draft" : NULL);
    header_comment(t, root);
    if (t->peer) {
        /* A peer assessment needs its mission and team to be valid: these
         * placeholders validate, and the header says to replace them. */
        xmlNodePtr m = add_element(t, root, "mission", "Place and programme of the mission");
        set_attr(t, m, "from", EMS_PLACEHOLDER_DATE);
        set_attr(t, m, "to", EMS_PLACEHOLDER_DATE);
        xmlNodePtr team = add_element(t, root, "team", NULL);
        xmlNodePtr rv = add_element(t, team, "reviewer", "Name of the reviewer");
        set_attr(t, rv, "id", EMS_PLACEHOLDER_REVIEWER);
        set_attr(t, rv, "agency", EMS_PLACEHOLDER_AGENCY);
        set_attr(t, rv, "role", "lead");
        template_record(t, root);
    }
    template_items(t, root, t->sc->top, t->sc->ntop);
}

/* The document as bytes: *out NUL-terminated, freed with free(). */
static int serialise(char **out, size_t *len, ems_ctx *ctx, xmlDocPtr doc)
{
    return ems_dom__dump(out, len, doc) ? EMS_OK
                                        : ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
}

/* ---- the offline form ------------------------------------------------- */

static const char *const kind_names[] = {
    [EMS_TEMPLATE_SELF] = "self",
    [EMS_TEMPLATE_PEER] = "peer",
    [EMS_TEMPLATE_INVENTORY] = "inventory",
    [EMS_TEMPLATE_RESPONSE] = "response",
};

/* The form: the document t built (the pruned scorecard, or the review a
 * management response answers) through xslt/form.xsl, with the
 * assessment's identity as parameters. */
static int render_form(char **out, size_t *len, const ems_engine *engine, ems_ctx *ctx,
                       const tpl *t, const char *name)
{
    ems_report *r = NULL;
    int rc = ems_report__form_new(&r, engine, ctx, t->opts->lang);
    if (rc == EMS_OK)
        rc = ems_report_set_param(r, ctx, "agency", t->opts->agency);
    if (rc == EMS_OK)
        rc = ems_report_set_param(r, ctx, "period", t->opts->period);
    if (rc == EMS_OK)
        rc = ems_report_set_param(r, ctx, "kind", kind_names[t->opts->kind]);
    if (rc == EMS_OK)
        rc = ems_report_set_param(r, ctx, "ident-pattern", EMS_IDENT_PATTERN);
    if (rc == EMS_OK)
        rc = ems_report__render_doc(r, ctx, name, t->doc, out, len);
    ems_report_free(r);
    return rc;
}

/* ---- the management response ------------------------------------------ */

/* One recommendation of the review, as the source names it. */
typedef struct review_rec {
    const char *id, *milestone, *priority, *owner, *due;
    ems_text text;
} review_rec;

/* The comment on a recommendation, then its reply commented out: the
 * decision, owner and due date to choose, the planned action to write. */
static void response_item(tpl *t, xmlNodePtr root, const review_rec *r)
{
    text_buf b = {0};
    char line[256];
    snprintf(line, sizeof(line), " Recommendation %s (milestone %s, priority %s%s%s%s%s):", r->id,
             r->milestone ? r->milestone : "?", r->priority ? r->priority : "?",
             r->owner ? ", proposed owner " : "", r->owner ? r->owner : "",
             r->due ? ", due " : "", r->due ? r->due : "");
    puts_(&b, line);
    wrapped(&b, "", r->text.text ? r->text.text : "", 7);
    wrapped(&b, "",
            "decision: accepted, partially-accepted or rejected; owner: the unit that acts; "
            "due: the date it will be done (YYYY-MM-DD); action: what will be done (for a "
            "rejection, why not).",
            7);
    add_comment(t, root, &b, false);
    xmlBufferFree(b.buf);
    xmlNodePtr reply = add_element(t, NULL, "reply", NULL);
    set_attr(t, reply, "recommendation", r->id);
    set_attr(t, reply, "decision", "");
    set_attr(t, reply, "owner", r->owner ? r->owner : "");
    set_attr(t, reply, "due", r->due ? r->due : "");
    add_element(t, reply, "action", NULL);
    add_element(t, reply, "comment", NULL);
    add_commented(t, root, reply);
}

/* What the response form is made from: the review's scorecard and its
 * recommendations, each with the owner and due date it proposes.
 * <review scorecard= scorecard-version=><recommendation id= milestone=
 * priority= owner=? due=?><text/></recommendation>...</review> */
static void response_form_source(tpl *t, const char *scorecard, const char *version,
                                 const review_rec *recs, size_t n)
{
    xmlNodePtr root = new_root(t, "review");
    set_attr(t, root, "scorecard", scorecard);
    set_attr(t, root, "scorecard-version", version);
    for (size_t i = 0; i < n && root && !t->oom; i++) {
        xmlNodePtr r = add_element(t, root, "recommendation", NULL);
        set_attr(t, r, "id", recs[i].id);
        set_attr(t, r, "milestone", recs[i].milestone);
        set_attr(t, r, "priority", recs[i].priority);
        set_attr(t, r, "owner", recs[i].owner);
        set_attr(t, r, "due", recs[i].due);
        add_text(t, r, "text", recs[i].text);
    }
}

/* The recommendation r, on milestone, its text in the element text. */
static review_rec read_rec(ems_arena *arena, xmlNodePtr r, const char *milestone, xmlNodePtr text,
                           bool *oom)
{
    return (review_rec){.id = ems_dom__attr(arena, r, "id", oom),
                        .milestone = milestone,
                        .priority = ems_dom__attr(arena, r, "priority", oom),
                        .owner = ems_dom__attr(arena, r, "owner", oom),
                        .due = ems_dom__attr(arena, r, "due", oom),
                        .text = ems_dom__text(arena, text, oom)};
}

/* The recommendations of the review the response answers, in document
 * order: those of a peer assessment's responses, or those a results
 * document's register says were made in its period: *out malloc'd, its
 * strings arena-owned. */
static int review_recs(review_rec **out, size_t *n, ems_arena *arena, xmlNodePtr root,
                       bool results)
{
    bool oom = false;
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    const char *period = ems_dom__attr(arena, root, "period", &oom);
    for (xmlNodePtr c = ems_dom__first(root); c && !oom; c = ems_dom__next(c)) {
        if (results && ems_dom__is(c, "register")) {
            for (xmlNodePtr r = ems_dom__first(c); r && !oom; r = ems_dom__next(r)) {
                const char *made = ems_dom__attr(arena, r, "made", &oom);
                xmlNodePtr text = ems_dom__first(r); /* <text> comes first */
                if (!made || !period || strcmp(made, period) != 0 || !text)
                    continue;
                if (!ems_array__grow((void **)out, &cap, *n, sizeof(**out)))
                    return EMS_ENOMEM;
                (*out)[(*n)++] =
                    read_rec(arena, r, ems_dom__attr(arena, r, "milestone", &oom), text, &oom);
            }
        } else if (!results && ems_dom__is(c, "response")) {
            const char *milestone = ems_dom__attr(arena, c, "milestone", &oom);
            for (xmlNodePtr r = ems_dom__first(c); r && !oom; r = ems_dom__next(r)) {
                if (!ems_dom__is(r, "recommendation"))
                    continue;
                if (!ems_array__grow((void **)out, &cap, *n, sizeof(**out)))
                    return EMS_ENOMEM;
                (*out)[(*n)++] = read_rec(arena, r, milestone, r, &oom);
            }
        }
    }
    return oom ? EMS_ENOMEM : EMS_OK;
}

/* The blank management response of o->agency and o->period to the review
 * in o->from (a peer assessment, or results, of that agency and period),
 * or its offline form. */
static int build_response(char **out, size_t *len, const ems_engine *engine, ems_ctx *ctx,
                          const ems_template_options *o)
{
    xmlDocPtr src = NULL;
    ems_arena arena = EMS_ARENA_INIT;
    tpl t = {.opts = o};
    review_rec *recs = NULL;
    size_t n = 0;
    bool oom = false;
    int rc = ems_doc__load(&src, engine, ctx, o->from, NULL, 0, EMS_DOC_UNKNOWN);
    if (rc != EMS_OK)
        goto done;
    xmlNodePtr root = xmlDocGetRootElement(src);
    long line = xmlGetLineNo(root);
    bool results = ems_dom__is(root, "results");
    const char *kind = ems_dom__attr(&arena, root, "kind", &oom);
    const char *agency = ems_dom__attr(&arena, root, "agency", &oom);
    const char *period = ems_dom__attr(&arena, root, "period", &oom);
    const char *scorecard = ems_dom__attr(&arena, root, "scorecard", &oom);
    const char *version = ems_dom__attr(&arena, root, "scorecard-version", &oom);
    if (oom) {
        rc = ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
        goto done;
    }
    if (!results && !(ems_dom__is(root, "assessment") && kind && strcmp(kind, "peer") == 0)) {
        rc = ems_ctx__error(ctx, EMS_EARG, o->from, line,
                            "a management response answers a peer review: give a peer "
                            "assessment or results, not %s%s%s",
                            kind ? "a " : "this document", kind ? kind : "",
                            kind ? " assessment" : "");
        goto done;
    }
    if (!agency || !period || strcmp(agency, o->agency) != 0 || strcmp(period, o->period) != 0) {
        rc = ems_ctx__error(ctx, EMS_EARG, o->from, line,
                            "the review is of agency %s, period %s, not of agency %s, period %s",
                            agency ? agency : "?", period ? period : "?", o->agency, o->period);
        goto done;
    }
    rc = review_recs(&recs, &n, &arena, root, results);
    if (rc != EMS_OK) {
        rc = ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
        goto done;
    }
    if (n == 0) {
        rc = ems_ctx__error(ctx, EMS_EARG, o->from, line,
                            "the review of %s %s makes no recommendation: there is nothing to "
                            "respond to",
                            agency, period);
        goto done;
    }
    t.doc = xmlNewDoc(X("1.0"));
    if (o->format == EMS_TEMPLATE_HTML) {
        if (t.doc)
            response_form_source(&t, scorecard, version, recs, n);
        rc = !t.doc || t.oom ? ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory")
                             : render_form(out, len, engine, ctx, &t, o->from);
        goto done;
    }
    xmlNodePtr out_root = t.doc ? new_root(&t, "assessment") : NULL;
    set_attr(&t, out_root, "kind", "response");
    set_attr(&t, out_root, "scorecard", scorecard);
    set_attr(&t, out_root, "scorecard-version", version);
    set_attr(&t, out_root, "agency", o->agency);
    set_attr(&t, out_root, "period", o->period);
    text_buf b = {0};
    char head[256];
    snprintf(head, sizeof(head), "Management response of %s to the peer review of period %s.",
             o->agency, o->period);
    wrapped(&b, "", head, 2);
    puts_(&b, "\n");
    wrapped(&b, "",
            "Every recommendation of the review follows: a note on it, then a reply inside a "
            "comment. To answer one, remove the comment marks around its reply, choose the "
            "decision (accepted, partially-accepted or rejected), name the owner and the due "
            "date, and write the planned action; delete the elements you do not use. Add the "
            "name of the signatory in <assessor> and the date in <date> at the top if you "
            "wish.",
            2);
    puts_(&b, "\n");
    snprintf(head, sizeof(head),
             "Before sending it, check it: emscore validate %s-%s-response.xml; it is scored "
             "with the self and peer assessments of the period.",
             o->agency, o->period);
    wrapped(&b, "", head, 2);
    if (out_root)
        add_comment(&t, out_root, &b, true);
    xmlBufferFree(b.buf);
    for (size_t i = 0; i < n && out_root && !t.oom; i++)
        response_item(&t, out_root, &recs[i]);
    if (!out_root || t.oom) {
        rc = ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
        goto done;
    }
    rc = serialise(out, len, ctx, t.doc);
done:
    xmlFreeDoc(t.doc);
    xmlFreeDoc(src);
    free(recs);
    ems_arena__dispose(&arena);
    return rc;
}

/* ---- the scorecard the form is made from ------------------------------ */

static void form_items(tpl *t, xmlNodePtr parent, const size_t *ids, size_t n)
{
    const ems_scorecard *sc = t->sc;
    for (size_t k = 0; k < n && !t->oom; k++) {
        const ems_item *it = &sc->items[ids[k]];
        if (!t->sel[ids[k]].selected)
            continue;
        char num[32];
        xmlNodePtr e = add_element(t, parent, it->kind == EMS_ITEM_AREA ? "area" :
                                   it->kind == EMS_ITEM_MILESTONE ? "milestone" : "indicator",
                                   NULL);
        set_attr(t, e, "id", it->id);
        ems_decimal__text(num, t->sel[ids[k]].weight, 3);
        set_attr(t, e, "weight", num);
        if (it->kind == EMS_ITEM_MILESTONE) {
            set_attr(t, e, "mandatory", it->mandatory ? "true" : NULL);
            set_attr(t, e, "evidence", it->evidence_required ? "required" : NULL);
            text_buf req = {0};
            for (size_t i = 0; i < it->nrequires; i++)
                if (t->sel[it->requires[i]].selected) {
                    puts_(&req, text_len(&req) ? " " : "");
                    puts_(&req, sc->items[it->requires[i]].id);
                }
            t->oom |= req.oom;
            set_attr(t, e, "requires", text_len(&req) ? text_of(&req) : NULL);
            xmlBufferFree(req.buf);
        } else if (it->kind == EMS_ITEM_INDICATOR) {
            set_attr(t, e, "unit", it->unit);
            set_attr(t, e, "better", it->lower_better ? "lower" : "higher");
        }
        add_text(t, e, "title", it->title);
        add_text(t, e, "description", it->description);
        if (it->kind == EMS_ITEM_AREA) {
            form_items(t, e, it->children, it->nchildren);
            continue;
        }
        add_text(t, e, "guidance", it->guidance);
        for (size_t i = 0; i < it->nthresholds; i++) {
            xmlNodePtr th = add_element(t, e, "threshold", NULL);
            set_attr(t, th, "level", sc->levels[it->thresholds[i].level].id);
            set_attr(t, th, "value", it->thresholds[i].value);
        }
    }
}

/* The scorecard as the scorer sees it under the profile: the selected
 * items with their weights, and the profile's title without its rules. */
static void build_form_source(tpl *t)
{
    const ems_scorecard *sc = t->sc;
    char num[32];
    xmlNodePtr root = new_root(t, "scorecard");
    if (!root)
        return;
    set_attr(t, root, "id", sc->id);
    set_attr(t, root, "version", sc->version);
    add_text(t, root, "title", sc->title);
    add_text(t, root, "description", sc->description);
    char langs[3 * EMS_NLANGS];
    ems_lang__list(langs, ems_lang__complete(sc, t->profile, t->sel));
    set_attr(t, add_element(t, root, "languages", NULL), "complete", langs);
    xmlNodePtr scale = add_element(t, root, "scale", NULL);
    set_attr(t, scale, "achieved", sc->levels[sc->achieved].id);
    for (size_t i = 0; i < sc->nlevels && scale; i++) {
        snprintf(num, sizeof(num), "%lld", (long long)sc->levels[i].value);
        add_named(t, scale, "level", sc->levels[i].label, sc->levels[i].id, "value", num);
    }
    xmlNodePtr grades = sc->ngrades ? add_element(t, root, "grades", NULL) : NULL;
    if (grades)
        set_attr(t, grades, "mandatory-cap", sc->grades[sc->mandatory_cap].id);
    for (size_t i = 0; i < sc->ngrades && grades; i++) {
        ems_decimal__text(num, sc->grades[i].min, 2);
        add_named(t, grades, "grade", sc->grades[i].label, sc->grades[i].id, "min", num);
    }
    form_items(t, root, sc->top, sc->ntop);
    if (t->profile) {
        xmlNodePtr p = add_element(t, root, "profile", NULL);
        set_attr(t, p, "id", t->profile->id);
        add_text(t, p, "title", t->profile->title);
    }
}

/* ---- the public API --------------------------------------------------- */

static const char *const format_names[] = {
    [EMS_TEMPLATE_XML] = "xml",
    [EMS_TEMPLATE_HTML] = "html",
    [EMS_TEMPLATE_CSV] = "csv",
};
#define NKINDS (sizeof(kind_names) / sizeof(kind_names[0]))
#define NFORMATS (sizeof(format_names) / sizeof(format_names[0]))

EMS_IDENT_FROM_NAME(ems_template_kind_from_name, ems_template_kind, kind_names)

EMS_IDENT_FROM_NAME(ems_template_format_from_name, ems_template_format, format_names)

static const char *format_name(ems_template_format f)
{
    return (unsigned)f < NFORMATS ? format_names[f] : "an unknown format";
}

static int check_identity(ems_ctx *ctx, const ems_template_options *o)
{
    if (!ems_ident__valid(o->agency))
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "agency '%.80s' is not an identifier: " EMS_IDENT_RULE,
                              o->agency ? o->agency : "");
    if (!ems_ident__valid(o->period))
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              "period '%.80s' is not an identifier: " EMS_IDENT_RULE,
                              o->period ? o->period : "");
    return EMS_OK;
}

static int check_options(ems_ctx *ctx, const ems_scorecard *sc, const ems_template_options *o,
                         const ems_profile **profile)
{
    *profile = NULL;
    int rc = check_identity(ctx, o);
    if (rc != EMS_OK)
        return rc;
    if (o->format != EMS_TEMPLATE_XML && o->format != EMS_TEMPLATE_HTML)
        return ems_ctx__error(ctx, EMS_EARG, "", 0, "a %s template is written as xml or html, "
                              "not %s", kind_names[o->kind], format_name(o->format));
    if (o->profile) {
        size_t p;
        if (!ems_idmap__get(&sc->profile_ids, o->profile, &p)) {
            text_buf known = {0};
            for (size_t i = 0; i < sc->nprofiles; i++) {
                puts_(&known, i ? ", " : "");
                puts_(&known, sc->profiles[i].id);
            }
            rc = ems_ctx__error(ctx, EMS_EARG, sc->file, 0,
                                    "profile '%.80s' is not defined in scorecard '%s' (%s%s)",
                                    o->profile, sc->id, sc->nprofiles ? "its profiles: " :
                                    "it has no profile", text_of(&known));
            xmlBufferFree(known.buf);
            return rc;
        }
        *profile = &sc->profiles[p];
    }
    return EMS_OK;
}

int ems_template_build(char **out, size_t *len, const ems_engine *engine, ems_ctx *ctx,
                       const ems_scorecard *sc, const ems_template_options *opts)
{
    if (!out)
        return EMS_EARG;
    *out = NULL;
    if (len)
        *len = 0;
    if (!opts || opts->version != EMS_TEMPLATE_OPTIONS_VERSION || (unsigned)opts->kind >= NKINDS)
        return ems_ctx__error(ctx, EMS_EARG, "", 0, "ems_template_build: options not from "
                              "EMS_TEMPLATE_OPTIONS_INIT");
    bool inventory = opts->kind == EMS_TEMPLATE_INVENTORY;
    bool response = opts->kind == EMS_TEMPLATE_RESPONSE;
    if (!engine || (!sc && !inventory && !response))
        return ems_ctx__error(ctx, EMS_EARG, "", 0, "ems_template_build: missing argument");
    if (response ? !opts->from : opts->from != NULL)
        return ems_ctx__error(ctx, EMS_EARG, "", 0,
                              response ? "a management response template needs the review it "
                                         "answers: give a peer assessment or results as from"
                                       : "from is for the management response template only "
                                         "(kind response)");
    if (response) {
        int rc = check_identity(ctx, opts);
        if (rc == EMS_OK && opts->format != EMS_TEMPLATE_XML && opts->format != EMS_TEMPLATE_HTML)
            rc = ems_ctx__error(ctx, EMS_EARG, "", 0, "a response template is written as xml "
                                "or html, not %s", format_name(opts->format));
        return rc != EMS_OK ? rc : build_response(out, len, engine, ctx, opts);
    }
    if (inventory) {
        int rc = check_identity(ctx, opts);
        if (rc == EMS_OK && opts->format != EMS_TEMPLATE_XML && opts->format != EMS_TEMPLATE_CSV)
            rc = ems_ctx__error(ctx, EMS_EARG, "", 0, "an inventory template is written as xml or "
                                "csv, not %s", format_name(opts->format));
        return rc != EMS_OK ? rc
                            : ems_import__template(out, len, ctx, opts->agency, opts->period,
                                                   opts->format == EMS_TEMPLATE_CSV);
    }
    tpl t = {.sc = sc, .opts = opts, .peer = opts->kind == EMS_TEMPLATE_PEER};
    int rc = check_options(ctx, sc, opts, &t.profile);
    if (rc != EMS_OK)
        return rc;
    bool html = opts->format == EMS_TEMPLATE_HTML;
    ems_item_score *sel = calloc(sc->nitems ? sc->nitems : 1, sizeof(*sel));
    t.doc = xmlNewDoc(X("1.0"));
    if (!sel || !t.doc) {
        rc = ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
        goto done;
    }
    ems_score__select(sc, t.profile, sel);
    t.sel = sel;
    size_t nselected = 0;
    for (size_t i = 0; i < sc->ntop; i++)
        nselected += sel[sc->top[i]].selected;
    if (!nselected) {
        rc = ems_ctx__error(ctx, EMS_EARG, sc->file, 0,
                            "profile '%s' selects no area: there is nothing to assess",
                            t.profile->id);
        goto done;
    }
    if (html)
        build_form_source(&t);
    else
        build_xml(&t);
    if (t.oom) {
        rc = ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
        goto done;
    }
    if (html) {
        rc = render_form(out, len, engine, ctx, &t, sc->file);
        goto done;
    }
    rc = serialise(out, len, ctx, t.doc);
done:
    xmlFreeDoc(t.doc);
    free(sel);
    return rc;
}

int ems_output_write(ems_ctx *ctx, const char *path, const void *data, size_t len)
{
    return ems_output__write(ctx, path, data, len);
}
