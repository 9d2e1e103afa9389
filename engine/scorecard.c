/*
 * Scorecard: from a schema-valid document to the model, then the semantic
 * rules of doc/formats.md ("Scorecard"), each a named check with its own
 * message. Every check runs and reports all it finds; loading fails if any
 * reported an error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dom.h"
#include "ghg.h"
#include "internal.h"
#include "lang.h"
#include "score.h"
#include "util/decimal.h"

typedef struct builder {
    ems_scorecard *sc;
    ems_ctx *ctx;
    const char *file;
    bool oom;
    int rc; /* first failure other than EMS_EINVALID wins */
    size_t next_item;
    xmlNodePtr *nodes; /* item index -> its element, while building */
} builder;

const char *ems_scorecard__kind_name(ems_item_kind k)
{
    return k == EMS_ITEM_AREA ? "area" : k == EMS_ITEM_MILESTONE ? "milestone" : "indicator";
}

ems_top_area ems_scorecard__top_area(const ems_scorecard *sc, const char *id, size_t *item)
{
    if (!id || !ems_idmap__get(&sc->item_ids, id, item))
        return EMS_TOP_UNKNOWN;
    if (sc->items[*item].kind != EMS_ITEM_AREA)
        return EMS_TOP_NOT_AREA;
    return sc->items[*item].parent != EMS_NONE ? EMS_TOP_NESTED : EMS_TOP_AREA;
}

static int64_t weight_of(builder *b, xmlNodePtr node)
{
    bool oom = false;
    ems_arena tmp = EMS_ARENA_INIT;
    const char *w = ems_dom__attr(&tmp, node, "weight", &oom);
    int64_t v = 1000;
    if (w && ems_decimal__fixed(w, 3, EMS_MAX_WEIGHT_MILLI, &v) != EMS_DEC_OK)
        v = 0; /* unreachable after schema validation */
    if (oom)
        b->oom = true;
    ems_arena__dispose(&tmp);
    return v;
}

/* ---- texts in several languages ------------------------------------ */

/* The xml:lang in force on c (inherited ones included), in the arena. */
static const char *c_lang(builder *b, xmlNodePtr c)
{
    xmlChar *lang = xmlNodeGetLang(c);
    const char *copy = lang ? ems_arena__strndup(&b->sc->arena, (const char *)lang,
                                                 strlen((const char *)lang))
                            : NULL;
    if (lang && !copy)
        b->oom = true;
    xmlFree(lang);
    return copy;
}

/* Add the text of element c to group: the English one (no xml:lang, or
 * "en") in group itself, the others as its translations in the order of
 * lang.h. what names the text in messages ("the title of area 'EMS'"). */
static void add_text(builder *b, ems_text *group, xmlNodePtr c, const char *what)
{
    ems_text t = ems_dom__text(&b->sc->arena, c, &b->oom);
    long line = xmlGetLineNo(c);
    int k = ems_lang__index(t.lang);
    if (b->oom)
        return;
    if (k < 0) {
        EMS_LOAD_ERR(b, line,
                     "%s has xml:lang='%s', not a language of scorecards (en fr es ar zh ru)", what,
                     t.lang);
        return;
    }
    if (k == EMS_LANG_EN) {
        if (group->text)
            EMS_LOAD_ERR(b, line, "%s is given twice in English", what);
        else
            group->text = t.text, group->lang = t.lang;
        return;
    }
    ems_text *tr = (ems_text *)group->translations;
    if (!tr) {
        tr = ems_arena__alloc(&b->sc->arena, EMS_NLANGS - 1, sizeof(*tr));
        if (!tr) {
            b->oom = true;
            return;
        }
        group->translations = tr;
    }
    size_t pos = 0;
    for (; pos < group->ntranslations; pos++) {
        int j = ems_lang__index(tr[pos].lang);
        if (j == k) {
            EMS_LOAD_ERR(b, line, "%s is given twice in %s", what, ems_lang__name(k));
            return;
        }
        if (j > k)
            break;
    }
    memmove(tr + pos + 1, tr + pos, (group->ntranslations - pos) * sizeof(*tr));
    tr[pos] = t;
    group->ntranslations++;
}

/* A level or grade whose id came before, on first_line: its name in
 * another language (differs, when not empty, says how its value or min
 * departs from the first one's), or a duplicate when English again. */
static void add_name(builder *b, xmlNodePtr c, const char *kind, const char *id,
                     ems_text *label, long first_line, const char *differs, const char *number)
{
    long line = xmlGetLineNo(c);
    if (ems_lang__index(c_lang(b, c)) == EMS_LANG_EN && label->text) {
        EMS_LOAD_ERR(b, line, "duplicate %s id '%s': already used on line %ld", kind, id,
                     first_line);
        return;
    }
    if (differs[0])
        EMS_LOAD_ERR(b, line,
                     "%s '%s' has %s on line %ld: a %s's name in another language repeats its %s",
                     kind, id, differs, first_line, kind, number);
    char what[96];
    snprintf(what, sizeof(what), "%s '%.64s'", kind, id);
    add_text(b, label, c, what);
}

/* check: a text given in other languages is given in English too */
static void require_english(builder *b, const ems_text *group, long line, const char *what)
{
    if (!group->text && group->ntranslations)
        EMS_LOAD_ERR(b, line,
                     "%s has no English text: give one without xml:lang (or with xml:lang='en')",
                     what);
}

/* ---- pass 1: count -------------------------------------------------- */

static size_t count_items(xmlNodePtr parent, size_t limit)
{
    size_t n = 0;
    for (xmlNodePtr c = ems_dom__first(parent); c && n <= limit; c = ems_dom__next(c)) {
        if (ems_dom__is(c, "area"))
            n += 1 + count_items(c, limit);
        else if (ems_dom__is(c, "milestone") || ems_dom__is(c, "indicator"))
            n++;
    }
    return n;
}

/* ---- pass 2: build -------------------------------------------------- */

static void build_thresholds(builder *b, ems_item *it, xmlNodePtr node)
{
    size_t n = 0;
    for (xmlNodePtr c = ems_dom__first(node); c; c = ems_dom__next(c))
        n += ems_dom__is(c, "threshold");
    if (!n)
        return;
    it->thresholds = ems_arena__alloc(&b->sc->arena, n, sizeof(*it->thresholds));
    if (!it->thresholds) {
        b->oom = true;
        return;
    }
    for (xmlNodePtr c = ems_dom__first(node); c; c = ems_dom__next(c)) {
        if (!ems_dom__is(c, "threshold"))
            continue;
        ems_threshold *t = &it->thresholds[it->nthresholds++];
        bool oom = false;
        ems_arena tmp = EMS_ARENA_INIT;
        const char *level = ems_dom__attr(&tmp, c, "level", &oom);
        const char *value = ems_dom__attr(&tmp, c, "value", &oom);
        int dec_oom = 0;
        t->line = xmlGetLineNo(c);
        t->value = value ? ems_decimal__canon(&b->sc->arena, value, &dec_oom) : NULL;
        t->level = EMS_NONE;
        if (oom || dec_oom)
            b->oom = true;
        else if (level && !ems_idmap__get(&b->sc->level_ids, level, &t->level))
            EMS_LOAD_ERR(b, t->line,
                         "threshold of indicator '%s' names level '%s', which is not in the scale",
                         it->id, level);
        ems_arena__dispose(&tmp);
    }
}

static size_t build_item(builder *b, xmlNodePtr node, size_t parent);

static void item_texts(builder *b, ems_item *it, xmlNodePtr node)
{
    static const char *const names[] = {"title", "description", "guidance"};
    ems_text *groups[] = {&it->title, &it->description, &it->guidance};
    char what[3][128];
    for (int i = 0; i < 3; i++)
        snprintf(what[i], sizeof(what[i]), "the %s of %s '%.64s'", names[i], ems_scorecard__kind_name(it->kind),
                 it->id ? it->id : "");
    for (xmlNodePtr c = ems_dom__first(node); c && !b->oom; c = ems_dom__next(c))
        for (int i = 0; i < 3; i++)
            if (ems_dom__is(c, names[i]))
                add_text(b, groups[i], c, what[i]);
    for (int i = 0; i < 3; i++)
        require_english(b, groups[i], it->line, what[i]);
}

static void build_children(builder *b, ems_item *area, size_t self, xmlNodePtr node)
{
    size_t n = 0;
    for (xmlNodePtr c = ems_dom__first(node); c; c = ems_dom__next(c))
        n += ems_dom__is(c, "area") || ems_dom__is(c, "milestone") || ems_dom__is(c, "indicator");
    if (!n)
        return;
    size_t *kids = ems_arena__alloc(&b->sc->arena, n, sizeof(*kids));
    if (!kids) {
        b->oom = true;
        return;
    }
    area->children = kids;
    for (xmlNodePtr c = ems_dom__first(node); c; c = ems_dom__next(c)) {
        if (!(ems_dom__is(c, "area") || ems_dom__is(c, "milestone") || ems_dom__is(c, "indicator")))
            continue;
        size_t k = build_item(b, c, self);
        if (k == EMS_NONE)
            return;
        area->children[area->nchildren++] = k;
    }
}

static size_t build_item(builder *b, xmlNodePtr node, size_t parent)
{
    ems_scorecard *sc = b->sc;
    if (b->next_item >= sc->nitems)
        return EMS_NONE;
    size_t self = b->next_item++;
    ems_item *it = &sc->items[self];
    ems_arena *a = &sc->arena;
    b->nodes[self] = node;
    it->kind = ems_dom__is(node, "area") ? EMS_ITEM_AREA
             : ems_dom__is(node, "milestone") ? EMS_ITEM_MILESTONE : EMS_ITEM_INDICATOR;
    it->id = ems_dom__attr(a, node, "id", &b->oom);
    it->line = xmlGetLineNo(node);
    it->weight = weight_of(b, node);
    it->parent = parent;
    item_texts(b, it, node);
    if (!it->id)
        return b->oom ? EMS_NONE : self;
    size_t prev;
    int r = ems_idmap__put(&sc->item_ids, it->id, self, &prev);
    if (r < 0)
        b->oom = true;
    else if (r > 0)
        EMS_LOAD_ERR(b, it->line, "duplicate id '%s': already used by the %s on line %ld", it->id,
                     ems_scorecard__kind_name(sc->items[prev].kind), sc->items[prev].line);

    if (it->kind == EMS_ITEM_AREA) {
        build_children(b, it, self, node);
    } else if (it->kind == EMS_ITEM_MILESTONE) {
        it->mandatory = ems_dom__bool(node, "mandatory", false);
        const char *ev = ems_dom__attr(a, node, "evidence", &b->oom);
        it->evidence_required = ev && strcmp(ev, "required") == 0;
    } else {
        it->unit = ems_dom__attr(a, node, "unit", &b->oom);
        const char *better = ems_dom__attr(a, node, "better", &b->oom);
        it->lower_better = better && strcmp(better, "lower") == 0;
        xmlChar *figure = xmlGetNoNsProp(node, (const xmlChar *)"inventory");
        if (figure && !ems_ghg__figure_from_name((const char *)figure, &it->inventory))
            it->inventory = EMS_GHG_NONE; /* the schema allows only known names */
        xmlFree(figure);
        build_thresholds(b, it, node);
    }
    return b->oom ? EMS_NONE : self;
}

/* ---- scale and grades ----------------------------------------------- */

static void build_scale(builder *b, xmlNodePtr scale)
{
    ems_scorecard *sc = b->sc;
    size_t n = 0;
    for (xmlNodePtr c = ems_dom__first(scale); c; c = ems_dom__next(c))
        n++;
    sc->levels = ems_arena__alloc(&sc->arena, n ? n : 1, sizeof(*sc->levels));
    if (!sc->levels) {
        b->oom = true;
        return;
    }
    for (xmlNodePtr c = ems_dom__first(scale); c; c = ems_dom__next(c)) {
        ems_level *l = &sc->levels[sc->nlevels];
        l->id = ems_dom__attr(&sc->arena, c, "id", &b->oom);
        l->line = xmlGetLineNo(c);
        const char *v = ems_dom__attr(&sc->arena, c, "value", &b->oom);
        if (b->oom || !l->id || !v)
            return;
        if (ems_decimal__fixed(v, 0, EMS_MAX_LEVEL_VALUE, &l->value) != EMS_DEC_OK)
            EMS_LOAD_ERR(b, l->line, "level '%s' has value '%s': use a whole number from 0 to %lld",
                         l->id, v, (long long)EMS_MAX_LEVEL_VALUE);
        size_t prev;
        if (ems_idmap__get(&sc->level_ids, l->id, &prev)) {
            const ems_level *first = &sc->levels[prev];
            char differs[96] = "";
            if (l->value != first->value)
                snprintf(differs, sizeof(differs), "value %lld here and %lld", (long long)l->value,
                         (long long)first->value);
            add_name(b, c, "level", l->id, &sc->levels[prev].label, first->line, differs, "value");
            continue;
        }
        char what[96];
        snprintf(what, sizeof(what), "level '%.64s'", l->id);
        add_text(b, &l->label, c, what);
        if (strcmp(l->id, "na") == 0)
            EMS_LOAD_ERR(b, l->line,
                         "level id 'na' is reserved: it means 'not applicable' in assessments");
        if (ems_idmap__put(&sc->level_ids, l->id, sc->nlevels, &prev) < 0)
            b->oom = true;
        sc->nlevels++;
    }
    for (size_t i = 0; i < sc->nlevels; i++) {
        char what[96];
        snprintf(what, sizeof(what), "level '%.64s'", sc->levels[i].id);
        require_english(b, &sc->levels[i].label, sc->levels[i].line, what);
    }
    /* check: level values unique, rising in document order, lowest 0 */
    for (size_t i = 0; i < sc->nlevels; i++) {
        ems_level *l = &sc->levels[i];
        if (i == 0 && l->value != 0)
            EMS_LOAD_ERR(b, l->line, "the lowest level '%s' must have value 0, not %lld", l->id,
                         (long long)l->value);
        if (i > 0 && l->value == sc->levels[i - 1].value)
            EMS_LOAD_ERR(b, l->line,
                         "level '%s' repeats value %lld of level '%s': level values are unique",
                         l->id, (long long)l->value, sc->levels[i - 1].id);
        else if (i > 0 && l->value < sc->levels[i - 1].value)
            EMS_LOAD_ERR(
                b, l->line,
                "level '%s' (value %lld) follows '%s' (value %lld): level values must rise in "
                "document order",
                l->id, (long long)l->value, sc->levels[i - 1].id,
                (long long)sc->levels[i - 1].value);
    }
    const char *ach = ems_dom__attr(&sc->arena, scale, "achieved", &b->oom);
    sc->achieved = 0;
    if (ach && !ems_idmap__get(&sc->level_ids, ach, &sc->achieved))
        EMS_LOAD_ERR(b, xmlGetLineNo(scale), "achieved='%s' names no level of the scale", ach);
    /* check: achieved is above the lowest level, so a blocked leaf can be
     * capped just below it (doc/scoring.md, 3) and "not started" never
     * counts as met */
    else if (ach && sc->levels[sc->achieved].value == 0)
        EMS_LOAD_ERR(
            b, xmlGetLineNo(scale),
            "achieved='%s' names the lowest level (value 0): the achieved level must be above it",
            ach);
}

static void build_grades(builder *b, xmlNodePtr grades)
{
    ems_scorecard *sc = b->sc;
    size_t n = 0;
    for (xmlNodePtr c = ems_dom__first(grades); c; c = ems_dom__next(c))
        n++;
    sc->grades = ems_arena__alloc(&sc->arena, n ? n : 1, sizeof(*sc->grades));
    if (!sc->grades) {
        b->oom = true;
        return;
    }
    ems_idmap ids = EMS_IDMAP_INIT;
    for (xmlNodePtr c = ems_dom__first(grades); c; c = ems_dom__next(c)) {
        ems_grade *g = &sc->grades[sc->ngrades];
        g->id = ems_dom__attr(&sc->arena, c, "id", &b->oom);
        g->line = xmlGetLineNo(c);
        const char *min = ems_dom__attr(&sc->arena, c, "min", &b->oom);
        if (b->oom || !g->id || !min)
            break;
        if (ems_decimal__fixed(min, 2, 10000, &g->min) != EMS_DEC_OK)
            EMS_LOAD_ERR(b, g->line,
                         "grade '%s' has min '%s': use points from 0 to 100, at most 2 decimals",
                         g->id, min);
        size_t prev;
        if (ems_idmap__get(&ids, g->id, &prev)) {
            const ems_grade *first = &sc->grades[prev];
            char differs[96] = "", first_min[32];
            if (g->min != first->min)
                snprintf(differs, sizeof(differs), "min %.24s here and %s", min,
                         ems_decimal__hundredths(first_min, first->min));
            add_name(b, c, "grade", g->id, &sc->grades[prev].label, first->line, differs, "min");
            continue;
        }
        char what[96];
        snprintf(what, sizeof(what), "grade '%.64s'", g->id);
        add_text(b, &g->label, c, what);
        if (ems_idmap__put(&ids, g->id, sc->ngrades, &prev) < 0)
            b->oom = true;
        sc->ngrades++;
    }
    for (size_t i = 0; i < sc->ngrades; i++) {
        char what[96];
        snprintf(what, sizeof(what), "grade '%.64s'", sc->grades[i].id);
        require_english(b, &sc->grades[i].label, sc->grades[i].line, what);
    }
    /* check: grade minimums strictly falling, the last 0 */
    for (size_t i = 1; i < sc->ngrades; i++) {
        char min[32], above[32];
        if (sc->grades[i].min >= sc->grades[i - 1].min)
            EMS_LOAD_ERR(
                b, sc->grades[i].line,
                "grade '%s' (min %s) does not fall below '%s' (min %s): grade minimums must fall "
                "strictly in document order",
                sc->grades[i].id, ems_decimal__hundredths(min, sc->grades[i].min),
                sc->grades[i - 1].id, ems_decimal__hundredths(above, sc->grades[i - 1].min));
    }
    if (sc->ngrades && sc->grades[sc->ngrades - 1].min != 0)
        EMS_LOAD_ERR(b, sc->grades[sc->ngrades - 1].line,
                     "the last grade '%s' must have min 0, so that every score gets a grade",
                     sc->grades[sc->ngrades - 1].id);
    const char *cap = ems_dom__attr(&sc->arena, grades, "mandatory-cap", &b->oom);
    if (cap && !b->oom && !ems_idmap__get(&ids, cap, &sc->mandatory_cap))
        EMS_LOAD_ERR(b, xmlGetLineNo(grades), "mandatory-cap='%s' names no grade", cap);
    ems_idmap__dispose(&ids);
}

/* ---- id lists ------------------------------------------------------ */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The next id of the list at *s (an xs:list of ids, in the arena), ended
 * in place with a NUL; NULL when none is left. */
static char *next_id(char **s)
{
    char *p = *s;
    while (is_space(*p))
        p++;
    if (!*p)
        return NULL;
    char *id = p;
    while (*p && !is_space(*p))
        p++;
    if (*p)
        *p++ = '\0';
    *s = p;
    return id;
}

static size_t count_ids(const char *list)
{
    size_t n = 0;
    for (const char *p = list; *p; p++)
        n += !is_space(*p) && (p == list || is_space(p[-1]));
    return n;
}

/* ---- requires ------------------------------------------------------- */

static void resolve_requires(builder *b)
{
    ems_scorecard *sc = b->sc;
    for (size_t i = 0; i < sc->nitems && !b->oom; i++) {
        ems_item *it = &sc->items[i];
        if (it->kind != EMS_ITEM_MILESTONE)
            continue;
        ems_arena tmp = EMS_ARENA_INIT;
        char *req = (char *)ems_dom__attr(&tmp, b->nodes[i], "requires", &b->oom);
        if (!req) {
            ems_arena__dispose(&tmp);
            continue;
        }
        size_t n = count_ids(req);
        it->requires = ems_arena__alloc(&sc->arena, n ? n : 1, sizeof(size_t));
        if (!it->requires) {
            b->oom = true;
            ems_arena__dispose(&tmp);
            break;
        }
        for (char *s; (s = next_id(&req));) {
            size_t target;
            if (!ems_idmap__get(&sc->item_ids, s, &target))
                EMS_LOAD_ERR(b, it->line,
                             "milestone '%s' requires '%s', which is not in the scorecard", it->id,
                             s);
            else if (sc->items[target].kind != EMS_ITEM_MILESTONE)
                EMS_LOAD_ERR(b, it->line,
                             "milestone '%s' requires '%s', which is an %s: only milestones can be "
                             "prerequisites",
                             it->id, s, ems_scorecard__kind_name(sc->items[target].kind));
            else if (target == i)
                EMS_LOAD_ERR(b, it->line, "milestone '%s' requires itself", it->id);
            else
                it->requires[it->nrequires++] = target;
        }
        ems_arena__dispose(&tmp);
    }
}

/* check: prerequisites form no cycle (iterative DFS, each cycle once) */
static void check_cycles(builder *b)
{
    ems_scorecard *sc = b->sc;
    unsigned char *color = calloc(sc->nitems ? sc->nitems : 1, 1); /* 0 new, 1 open, 2 done */
    size_t *stack = calloc(sc->nitems ? sc->nitems : 1, sizeof(size_t));
    size_t *edge = calloc(sc->nitems ? sc->nitems : 1, sizeof(size_t));
    if (!color || !stack || !edge) {
        b->oom = true;
        goto done;
    }
    for (size_t root = 0; root < sc->nitems; root++) {
        if (color[root] || sc->items[root].kind != EMS_ITEM_MILESTONE)
            continue;
        size_t depth = 0;
        stack[depth] = root;
        edge[depth] = 0;
        color[root] = 1;
        depth++;
        while (depth > 0) {
            size_t v = stack[depth - 1];
            ems_item *it = &sc->items[v];
            if (edge[depth - 1] == it->nrequires) {
                color[v] = 2;
                depth--;
                continue;
            }
            size_t w = it->requires[edge[depth - 1]++];
            if (color[w] == 0) {
                color[w] = 1;
                stack[depth] = w;
                edge[depth] = 0;
                depth++;
            } else if (color[w] == 1) {
                /* the cycle is stack[k..depth-1] -> w where stack[k] == w */
                size_t k = depth - 1;
                while (stack[k] != w)
                    k--;
                char path[512];
                size_t used = 0;
                path[0] = '\0';
                for (size_t j = k; j < depth && used < sizeof(path) - 80; j++)
                    used += (size_t)snprintf(path + used, sizeof(path) - used, "%s -> ",
                                             sc->items[stack[j]].id);
                if (used >= sizeof(path) - 80)
                    snprintf(path + used, sizeof(path) - used, "... -> ");
                EMS_LOAD_ERR(b, sc->items[w].line, "prerequisites form a cycle: %s%s", path,
                             sc->items[w].id);
            }
        }
    }
done:
    free(color);
    free(stack);
    free(edge);
}

/* check: one threshold per level, and thresholds rising with the level for
 * better="higher", falling for "lower" (compared in level order) */
static void check_thresholds(builder *b)
{
    ems_scorecard *sc = b->sc;
    for (size_t i = 0; i < sc->nitems; i++) {
        ems_item *it = &sc->items[i];
        ems_threshold *order[EMS_MAX_LEVELS];
        size_t n = 0;
        for (size_t j = 0; j < it->nthresholds && n < EMS_MAX_LEVELS; j++) {
            ems_threshold *t = &it->thresholds[j];
            if (t->level == EMS_NONE || !t->value)
                continue;
            size_t k = n++;
            while (k > 0 && order[k - 1]->level > t->level) {
                order[k] = order[k - 1];
                k--;
            }
            order[k] = t;
        }
        for (size_t j = 1; j < n; j++) {
            ems_threshold *lo = order[j - 1], *hi = order[j];
            if (lo->level == hi->level) {
                EMS_LOAD_ERR(b, hi->line,
                             "indicator '%s' has two thresholds for level '%s' (lines %ld and %ld)",
                             it->id, sc->levels[hi->level].id, lo->line, hi->line);
                continue;
            }
            int c = ems_decimal__cmp(hi->value, lo->value);
            if (!it->lower_better && c <= 0)
                EMS_LOAD_ERR(
                    b, hi->line,
                    "indicator '%s' (better=\"higher\"): the threshold for '%s' (%s) must be above "
                    "the one for '%s' (%s)",
                    it->id, sc->levels[hi->level].id, hi->value, sc->levels[lo->level].id,
                    lo->value);
            else if (it->lower_better && c >= 0)
                EMS_LOAD_ERR(
                    b, hi->line,
                    "indicator '%s' (better=\"lower\"): the threshold for '%s' (%s) must be below "
                    "the one for '%s' (%s)",
                    it->id, sc->levels[hi->level].id, hi->value, sc->levels[lo->level].id,
                    lo->value);
        }
    }
}

/* ---- profiles ------------------------------------------------------- */

static void build_profiles(builder *b, xmlNodePtr root)
{
    ems_scorecard *sc = b->sc;
    size_t n = 0;
    for (xmlNodePtr c = ems_dom__first(root); c; c = ems_dom__next(c))
        n += ems_dom__is(c, "profile");
    if (!n)
        return;
    sc->profiles = ems_arena__alloc(&sc->arena, n, sizeof(*sc->profiles));
    if (!sc->profiles) {
        b->oom = true;
        return;
    }
    for (xmlNodePtr c = ems_dom__first(root); c && !b->oom; c = ems_dom__next(c)) {
        if (!ems_dom__is(c, "profile"))
            continue;
        ems_profile *p = &sc->profiles[sc->nprofiles];
        p->id = ems_dom__attr(&sc->arena, c, "id", &b->oom);
        p->line = xmlGetLineNo(c);
        if (!p->id)
            break;
        size_t prev;
        int r = ems_idmap__put(&sc->profile_ids, p->id, sc->nprofiles, &prev);
        if (r < 0)
            b->oom = true;
        else if (r > 0)
            EMS_LOAD_ERR(b, p->line, "duplicate profile id '%s': already used on line %ld", p->id,
                         sc->profiles[prev].line);
        size_t nr = 0;
        for (xmlNodePtr r2 = ems_dom__first(c); r2; r2 = ems_dom__next(r2))
            nr += ems_dom__is(r2, "select") || ems_dom__is(r2, "refine");
        p->rules = ems_arena__alloc(&sc->arena, nr ? nr : 1, sizeof(*p->rules));
        if (!p->rules) {
            b->oom = true;
            break;
        }
        for (xmlNodePtr e = ems_dom__first(c); e; e = ems_dom__next(e)) {
            if (ems_dom__is(e, "title")) {
                char what[96];
                snprintf(what, sizeof(what), "the title of profile '%.64s'", p->id);
                add_text(b, &p->title, e, what);
                continue;
            }
            bool is_select = ems_dom__is(e, "select");
            if (!is_select && !ems_dom__is(e, "refine"))
                continue;
            ems_profile_rule *rule = &p->rules[p->nrules];
            rule->is_select = is_select;
            rule->line = xmlGetLineNo(e);
            ems_arena tmp = EMS_ARENA_INIT;
            const char *idref = ems_dom__attr(&tmp, e, "idref", &b->oom);
            /* check: every select and refine idref resolves */
            if (idref && !ems_idmap__get(&sc->item_ids, idref, &rule->item)) {
                EMS_LOAD_ERR(b, rule->line,
                             "profile '%s': %s idref='%s' names no area, milestone or indicator",
                             p->id, is_select ? "select" : "refine", idref);
            } else if (idref) {
                if (is_select)
                    rule->selected = ems_dom__bool(e, "selected", true);
                else
                    rule->weight = weight_of(b, e);
                p->nrules++;
            }
            ems_arena__dispose(&tmp);
        }
        char what[96];
        snprintf(what, sizeof(what), "the title of profile '%.64s'", p->id);
        require_english(b, &p->title, p->line, what);
        sc->nprofiles++;
    }
}

/* ---- scope ---------------------------------------------------------- */

/* The ids of the top-level areas in the core (in_core) or not, that sel
 * keeps (kept) or leaves out (sel NULL: every area kept), as "A, B, C" in
 * buf, cut with "..." when it is full. Returns how many there are. */
static size_t top_areas(char *buf, size_t cap, const ems_scorecard *sc, const ems_item_score *sel,
                        bool in_core, bool kept)
{
    size_t n = 0, used = 0;
    buf[0] = '\0';
    for (size_t t = 0; t < sc->ntop; t++) {
        size_t i = sc->top[t];
        if (sc->scope.core[i] != in_core || (sel ? sel[i].selected : true) != kept)
            continue;
        if (used < cap - 80)
            used += (size_t)snprintf(buf + used, cap - used, "%s%.64s", n ? ", " : "", sc->items[i].id);
        else if (used < cap) {
            snprintf(buf + used, cap - used, ", ...");
            used = cap; /* cut once */
        }
        n++;
    }
    return n;
}

/* The <scope> rule: core names top-level areas, each once, and no more
 * chosen themes are asked for than there are areas outside the core. */
static void build_scope(builder *b, xmlNodePtr node)
{
    ems_scorecard *sc = b->sc;
    ems_scope *scope = &sc->scope;
    scope->line = xmlGetLineNo(node);
    scope->core = ems_arena__alloc(&sc->arena, sc->nitems ? sc->nitems : 1, sizeof(bool));
    ems_arena tmp = EMS_ARENA_INIT;
    char *core = (char *)ems_dom__attr(&tmp, node, "core", &b->oom);
    const char *min = ems_dom__attr(&tmp, node, "min-chosen", &b->oom);
    if (!scope->core)
        b->oom = true;
    if (b->oom || !core) {
        ems_arena__dispose(&tmp);
        return;
    }
    if (!count_ids(core))
        EMS_LOAD_ERR(b, scope->line,
                     "scope: core names no area: name the top-level areas every review covers");
    for (char *id; (id = next_id(&core));) {
        size_t k;
        ems_top_area is = ems_scorecard__top_area(sc, id, &k);
        if (is == EMS_TOP_UNKNOWN)
            EMS_LOAD_ERR(b, scope->line, "scope: core area '%s' is not in the scorecard", id);
        else if (is == EMS_TOP_NOT_AREA)
            EMS_LOAD_ERR(b, scope->line,
                         "scope: core '%s' is a %s: the core is made of top-level areas", id,
                         ems_scorecard__kind_name(sc->items[k].kind));
        else if (is == EMS_TOP_NESTED)
            EMS_LOAD_ERR(b, scope->line,
                         "scope: core area '%s' is inside area '%s': the core is made of "
                         "top-level areas",
                         id, sc->items[sc->items[k].parent].id);
        else if (scope->core[k])
            EMS_LOAD_ERR(b, scope->line, "scope: core names area '%s' twice", id);
        else
            scope->core[k] = true, scope->ncore++;
    }
    scope->min_chosen = 0;
    if (min && ems_decimal__fixed(min, 0, INT64_MAX, &scope->min_chosen) != EMS_DEC_OK)
        scope->min_chosen = INT64_MAX; /* digits only (schema): too many for any scorecard */
    char others[512];
    size_t n = top_areas(others, sizeof(others), sc, NULL, false, true);
    if ((uint64_t)scope->min_chosen > n) {
        if (n)
            EMS_LOAD_ERR(b, scope->line,
                         "scope: min-chosen='%s', but only %zu top-level area%s outside the "
                         "core (%s)",
                         min, n, n == 1 ? " is" : "s are", others);
        else
            EMS_LOAD_ERR(b, scope->line,
                         "scope: min-chosen='%s', but no top-level area is outside the core", min);
        scope->min_chosen = 0; /* reported once, not again for every profile */
    }
    ems_arena__dispose(&tmp);
}

/* check: every profile keeps the core and at least min-chosen of the
 * other top-level areas, selected as scoring selects them */
static void check_scope(builder *b)
{
    ems_scorecard *sc = b->sc;
    const ems_scope *scope = &sc->scope;
    ems_item_score *sel = calloc(sc->nitems ? sc->nitems : 1, sizeof(*sel));
    if (!sel) {
        b->oom = true;
        return;
    }
    for (size_t k = 0; k < sc->nprofiles; k++) {
        const ems_profile *p = &sc->profiles[k];
        char ids[512], left[512];
        ems_score__select(sc, p, sel);
        size_t n = top_areas(ids, sizeof(ids), sc, sel, true, false);
        if (n)
            EMS_LOAD_ERR(b, p->line,
                         "profile '%s' leaves out core area%s %s: the scope on line %ld makes the "
                         "core part of every review",
                         p->id, n == 1 ? "" : "s", ids, scope->line);
        n = top_areas(ids, sizeof(ids), sc, sel, false, true);
        if ((uint64_t)scope->min_chosen <= n)
            continue;
        top_areas(left, sizeof(left), sc, sel, false, false);
        if (n)
            EMS_LOAD_ERR(b, p->line,
                         "profile '%s' keeps %zu chosen theme%s (%s), fewer than the %lld the "
                         "scope on line %ld asks for: it could also choose %s",
                         p->id, n, n == 1 ? "" : "s", ids, (long long)scope->min_chosen,
                         scope->line, left);
        else
            EMS_LOAD_ERR(b, p->line,
                         "profile '%s' keeps no chosen theme, fewer than the %lld the scope on "
                         "line %ld asks for: it could choose %s",
                         p->id, (long long)scope->min_chosen, scope->line, left);
    }
    free(sel);
}

int ems_scorecard__from_doc(ems_scorecard **out, ems_ctx *ctx, xmlDocPtr doc, const char *file)
{
    *out = NULL;
    ems_scorecard *sc = calloc(1, sizeof(*sc));
    if (!sc)
        return ems_ctx__error(ctx, EMS_ENOMEM, file, 0, "out of memory");
    builder b = {sc, ctx, file, false, EMS_OK, 0, NULL};
    xmlNodePtr root = xmlDocGetRootElement(doc);
    uint64_t limit = ems_ctx_limit(ctx, EMS_LIMIT_ITEMS);
    size_t nitems = count_items(root, limit > SIZE_MAX ? SIZE_MAX : (size_t)limit);
    if (nitems > limit) {
        ems_ctx__error(ctx, EMS_ELIMIT, file, 0,
                       "the scorecard has more than %llu areas, milestones and indicators "
                       "(raise the limit with --max-items)",
                       (unsigned long long)limit);
        ems_scorecard_free(sc);
        return EMS_ELIMIT;
    }
    sc->file = ems_arena__strdup(&sc->arena, file);
    sc->id = ems_dom__attr(&sc->arena, root, "id", &b.oom);
    sc->version = ems_dom__attr(&sc->arena, root, "version", &b.oom);
    sc->nitems = nitems;
    sc->items = ems_arena__alloc(&sc->arena, nitems ? nitems : 1, sizeof(*sc->items));
    sc->top = ems_arena__alloc(&sc->arena, nitems ? nitems : 1, sizeof(size_t));
    b.nodes = calloc(nitems ? nitems : 1, sizeof(*b.nodes));
    if (!sc->file || !sc->items || !sc->top || !b.nodes)
        b.oom = true;
    for (xmlNodePtr c = ems_dom__first(root); c && !b.oom; c = ems_dom__next(c)) {
        if (ems_dom__is(c, "title"))
            add_text(&b, &sc->title, c, "the scorecard's title");
        else if (ems_dom__is(c, "description"))
            add_text(&b, &sc->description, c, "the scorecard's description");
        else if (ems_dom__is(c, "scale"))
            build_scale(&b, c);
        else if (ems_dom__is(c, "grades"))
            build_grades(&b, c);
        else if (ems_dom__is(c, "area")) {
            size_t k = build_item(&b, c, EMS_NONE);
            if (k != EMS_NONE)
                sc->top[sc->ntop++] = k;
        } else if (ems_dom__is(c, "scope"))
            build_scope(&b, c); /* after every area (schema) */
    }
    require_english(&b, &sc->title, xmlGetLineNo(root), "the scorecard's title");
    require_english(&b, &sc->description, xmlGetLineNo(root), "the scorecard's description");
    if (!b.oom)
        build_profiles(&b, root);
    if (!b.oom && sc->scope.core)
        check_scope(&b);
    if (!b.oom)
        resolve_requires(&b);
    if (!b.oom)
        check_cycles(&b);
    if (!b.oom)
        check_thresholds(&b);
    free(b.nodes);
    if (b.oom)
        ems_load__fail(&b.rc, ems_ctx__error(ctx, EMS_ENOMEM, file, 0, "out of memory"));
    if (b.rc != EMS_OK) {
        ems_scorecard_free(sc);
        return b.rc;
    }
    *out = sc;
    return EMS_OK;
}

static int load(ems_scorecard **out, const ems_engine *engine, ems_ctx *ctx, const char *name,
                const void *data, size_t len)
{
    if (out)
        *out = NULL;
    if (!out || !engine || !name)
        return EMS_EARG;
    xmlDocPtr doc = NULL;
    int rc = ems_doc__load(&doc, engine, ctx, name, data, len, EMS_DOC_SCORECARD);
    if (rc == EMS_OK)
        rc = ems_scorecard__from_doc(out, ctx, doc, name);
    xmlFreeDoc(doc);
    return rc;
}

int ems_scorecard_load(ems_scorecard **out, const ems_engine *engine, ems_ctx *ctx,
                       const char *path)
{
    return load(out, engine, ctx, path, NULL, 0);
}

int ems_scorecard_load_memory(ems_scorecard **out, const ems_engine *engine, ems_ctx *ctx,
                              const char *name, const void *data, size_t len)
{
    if (!data) {
        if (out)
            *out = NULL;
        return EMS_EARG;
    }
    return load(out, engine, ctx, name, data, len);
}

void ems_scorecard_free(ems_scorecard *sc)
{
    if (!sc)
        return;
    ems_idmap__dispose(&sc->item_ids);
    ems_idmap__dispose(&sc->level_ids);
    ems_idmap__dispose(&sc->profile_ids);
    ems_arena__dispose(&sc->arena);
    free(sc);
}

const char *ems_scorecard_id(const ems_scorecard *sc)
{
    return sc ? sc->id : NULL;
}

const char *ems_scorecard_version(const ems_scorecard *sc)
{
    return sc ? sc->version : NULL;
}
