/*
 * Schema validation against scorecards/emscore.xsd, compiled once per
 * engine. libxml2's messages speak in Clark notation and report one fault
 * several times; they are rewritten here in the document's own terms, one
 * diagnostic per fault, with a hint where one helps.
 */
#include <libxml/xmlschemas.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "util/ident.h"
#include "xmlcompat.h"

#define NS_PREFIX "{" EMS_NAMESPACE "}"

typedef struct cstate {
    ems_ctx *ctx;
    const char *file;
} cstate;

static void on_compile_error(void *user, ems_xml_error *err)
{
    cstate *st = user;
    if (err->level >= XML_ERR_ERROR)
        ems_ctx__error(st->ctx, EMS_EINTERNAL, st->file, err->line, "schema: %s",
                       err->message ? err->message : "error");
}

int ems_xsd__compile(void **out, ems_ctx *ctx, const char *path)
{
    cstate st = {ctx, path};
    xmlDocPtr doc = NULL;
    xmlSchemaParserCtxtPtr pctxt = NULL;
    xmlSchemaPtr schema = NULL;
    *out = NULL;
    int rc = ems_xml__read_own_file(&doc, ctx, path);
    if (rc != EMS_OK)
        return rc;
    pctxt = xmlSchemaNewDocParserCtxt(doc);
    if (pctxt) {
        xmlSchemaSetParserStructuredErrors(pctxt, on_compile_error, &st);
        schema = xmlSchemaParse(pctxt);
    }
    xmlSchemaFreeParserCtxt(pctxt);
    xmlFreeDoc(doc);
    if (!schema)
        return ems_ctx__error(ctx, EMS_EINTERNAL, path, 0, "the schema does not compile");
    *out = schema;
    return EMS_OK;
}

void ems_xsd__free(void *schema)
{
    if (schema)
        xmlSchemaFree(schema);
}

typedef struct vstate {
    ems_ctx *ctx;
    const char *file;
    int rc;
    /* The last element and attribute a value error was reported for, so
     * the follow-up "not a valid value of the atomic type" is dropped. */
    const void *last_node;
    char last_attr[64];
} vstate;

/* Copy s into out, with our namespace's Clark prefix removed. */
static void strip_ns(char *out, size_t cap, const char *s)
{
    size_t plen = strlen(NS_PREFIX), n = 0;
    while (*s && n + 1 < cap) {
        if (strncmp(s, NS_PREFIX, plen) == 0) {
            s += plen;
            continue;
        }
        out[n++] = *s++;
    }
    out[n] = '\0';
}

/* Copy the text between the first pair of single quotes after `after`,
 * cut with "..." when it does not fit (a hostile name or value may be
 * long); returns the position just past the closing quote, or NULL. */
static const char *quoted(const char *s, const char *after, char *out, size_t cap)
{
    const char *p = after ? strstr(s, after) : s;
    if (!p)
        return NULL;
    p = strchr(p + (after ? strlen(after) : 0), '\'');
    if (!p)
        return NULL;
    const char *e = strchr(++p, '\'');
    if (!e)
        return NULL;
    size_t n = (size_t)(e - p);
    if (n < cap)
        snprintf(out, cap, "%.*s", (int)n, p);
    else
        snprintf(out, cap, "%.*s...", (int)(cap - 4), p);
    return e + 1;
}

/* "milestone 'A1'" when the element has an id, else "milestone". */
static void describe_element(char *out, size_t cap, xmlNodePtr node, const char *name)
{
    xmlChar *id = NULL;
    if (node && node->type == XML_ELEMENT_NODE)
        id = xmlGetNoNsProp(node, (const xmlChar *)"id");
    if (id && xmlStrlen(id) <= 64)
        snprintf(out, cap, "<%s id=\"%s\">", name, (const char *)id);
    else
        snprintf(out, cap, "<%s>", name);
    xmlFree(id);
}

static const struct {
    const char *type;
    const char *what;
} type_words[] = {
    {"'xs:boolean'", "is not a boolean: use true or false"},
    {"'xs:date'", "is not a date: use YYYY-MM-DD"},
    {"'date'", "is not a date: use YYYY-MM-DD"},
    {"'count'", "is not a whole number: digits only, no sign"},
    {"'rank'", "is not a rank: a whole number from 1"},
    {"'xs:decimal'", "is not a decimal number (digits with an optional '.'; no exponent, NaN or INF)"},
    {"'xs:integer'", "is not a whole number"},
    {"'measureValue'", "is not a decimal number (digits with an optional '.'; no exponent, NaN or INF)"},
    {"'weight'", "is not a weight: a decimal from 0 to 1000000 with at most 3 decimals"},
    {"'points'", "is not a number of points from 0 to 100 with at most 2 decimals"},
    {"'levelValue'", "is not a level value: a whole number from 0 to 1000000"},
    {"'idList'", "is not a space-separated list of identifiers"},
    {"'flags'", "is not a list of known flags"},
};

/* What a value is not, by the pattern of scorecards/emscore.xsd it fails. */
static const struct {
    const char *pattern;
    const char *what;
} pattern_words[] = {
    {EMS_IDENT_PATTERN "'", "is not a valid identifier (" EMS_IDENT_RULE ")"},
    {"[0-9]{4}-[0-9]{2}-[0-9]{2}'",
     "is not a date: use YYYY-MM-DD, with a four-digit year and no sign or time zone"},
    {"-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)'",
     "is not a decimal number as emscore reads them: digits with an optional '-' and '.', "
     "no '+'"},
    {"-?[0-9]+'", "is not a whole number: digits with an optional '-', no '+'"},
    {"[0-9]+'", "is not a whole number: digits only, no sign"},
    {"na|", "is not a score: na, or points from 0 to 100 with two decimals such as 55.00"},
};

/* The names in libxml2's "Expected is ( a, b )." (the "element(s)" before
 * it has parentheses of its own), without the padding. */
static int expected_list(const char *rest, char *out, size_t cap)
{
    const char *exp = strstr(rest, "Expected is");
    const char *open = exp ? strchr(exp, '(') : NULL;
    const char *close = open ? strrchr(open, ')') : NULL;
    if (!close)
        return 0;
    for (open++; open < close && *open == ' ';)
        open++;
    while (close > open && close[-1] == ' ')
        close--;
    snprintf(out, cap, "%.*s", (int)(close - open), open);
    return 1;
}

static void rewrite(char *out, size_t cap, const char *thing, const char *rest, int *skip,
                    int same_value)
{
    char v[96], t[256]; /* v: a value as shown, cut when long */
    *skip = 0;
    if (strstr(rest, "[facet 'pattern']") && quoted(rest, "The value", v, sizeof(v))) {
        const char *pattern = strstr(rest, "by the pattern '"), *what = "is not valid here";
        for (size_t i = 0; pattern && i < sizeof(pattern_words) / sizeof(pattern_words[0]); i++)
            if (strncmp(pattern + 16, pattern_words[i].pattern, strlen(pattern_words[i].pattern)) ==
                0)
                what = pattern_words[i].what;
        snprintf(out, cap, "%s: '%s' %s", thing, v, what);
    } else if (strstr(rest, "[facet 'fractionDigits']") && quoted(rest, "The value", v, sizeof(v)) &&
               quoted(rest, "allowed (", t, sizeof(t))) {
        snprintf(out, cap, "%s: '%s' has more than %s decimal places", thing, v, t);
    } else if (strstr(rest, "[facet 'enumeration']") && quoted(rest, "The value", v, sizeof(v))) {
        const char *set = strstr(rest, "set {");
        snprintf(out, cap, "%s: '%s' is not one of %s", thing, v, set ? set + 4 : "the allowed values");
        size_t n = strlen(out);
        if (n > 0 && out[n - 1] == '.')
            out[n - 1] = '\0';
    } else if ((strstr(rest, "[facet 'minInclusive']") || strstr(rest, "[facet 'maxInclusive']")) &&
               quoted(rest, "The value", v, sizeof(v)) && quoted(rest, "allowed (", t, sizeof(t))) {
        snprintf(out, cap, "%s: '%s' is %s the %s of %s", thing, v,
                 strstr(rest, "minInclusive") ? "below" : "above",
                 strstr(rest, "minInclusive") ? "minimum" : "maximum", t);
    } else if (strstr(rest, "[facet 'totalDigits']") && quoted(rest, "The value", v, sizeof(v))) {
        snprintf(out, cap, "%s: '%s' has too many digits (at most 30)", thing, v);
    } else if (strstr(rest, "is not a valid value of the")) {
        if (same_value) {
            *skip = 1;
            return;
        }
        const char *what = "is not valid here";
        for (size_t i = 0; i < sizeof(type_words) / sizeof(type_words[0]); i++)
            if (strstr(rest, type_words[i].type))
                what = type_words[i].what;
        if (!quoted(rest, NULL, v, sizeof(v)))
            v[0] = '\0';
        snprintf(out, cap, "%s: '%s' %s", thing, v, what);
    } else if (strstr(rest, "This element is not expected.")) {
        if (expected_list(rest, t, sizeof(t)))
            snprintf(out, cap, "%s is not allowed here; expected %s%s", thing,
                     strchr(t, ',') ? "one of: " : "", t);
        else
            snprintf(out, cap, "%s is not allowed here (no more elements may follow)", thing);
    } else if (strstr(rest, "Missing child element(s).")) {
        if (expected_list(rest, t, sizeof(t)))
            snprintf(out, cap, "%s is incomplete: expected %s%s", thing,
                     strchr(t, ',') ? "one of: " : "", t);
        else
            snprintf(out, cap, "%s is incomplete", thing);
    } else if (strstr(rest, "is required but missing") && quoted(rest, "attribute", v, sizeof(v))) {
        snprintf(out, cap, "%s lacks the required attribute '%s'", thing, v);
    } else if (strstr(rest, "is not allowed.") && quoted(rest, "attribute", v, sizeof(v))) {
        snprintf(out, cap, "%s is not allowed here", thing);
    } else if (strstr(rest, "Character content other than whitespace is not allowed")) {
        snprintf(out, cap, "%s may not contain text, only elements", thing);
    } else if (strstr(rest, "Element content is not allowed")) {
        snprintf(out, cap, "%s may contain only text, not elements", thing);
    } else {
        char r[400];
        snprintf(r, sizeof(r), "%s", rest);
        if (r[0] >= 'A' && r[0] <= 'Z')
            r[0] = (char)(r[0] + 32);
        size_t n = strlen(r);
        if (n > 0 && r[n - 1] == '.')
            r[n - 1] = '\0';
        snprintf(out, cap, "%s: %s", thing, r);
    }
}

static void on_error(void *user, ems_xml_error *err)
{
    vstate *st = user;
    if (err->level < XML_ERR_ERROR)
        return;
    if (err->code == XML_ERR_NO_MEMORY) {
        st->rc = ems_ctx__error(st->ctx, EMS_ENOMEM, st->file, err->line, "out of memory");
        return;
    }
    char msg[1024], elem[128] = "", attr[64] = "", thing[256];
    strip_ns(msg, sizeof(msg), err->message ? err->message : "");
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = '\0';
    const char *rest = msg, *after;
    if (strncmp(msg, "Element '", 9) == 0 && (after = quoted(msg, "Element", elem, sizeof(elem)))) {
        rest = after;
        if (strncmp(rest, ", attribute '", 13) == 0 &&
            (after = quoted(rest, ", attribute", attr, sizeof(attr))))
            rest = after;
        if (rest[0] == ':')
            rest++;
        while (*rest == ' ')
            rest++;
    }
    char el[200];
    describe_element(el, sizeof(el), err->node, elem[0] ? elem : "?");
    if (attr[0])
        snprintf(thing, sizeof(thing), "attribute '%s' of %s", attr, el);
    else
        snprintf(thing, sizeof(thing), "%s", el);
    int same = err->node && err->node == st->last_node && strcmp(attr, st->last_attr) == 0;
    int skip;
    char out[1200];
    rewrite(out, sizeof(out), thing, rest, &skip, same);
    if (skip)
        return;
    st->last_node = err->node;
    snprintf(st->last_attr, sizeof(st->last_attr), "%s", attr);
    st->rc = EMS_EINVALID;
    ems_ctx__error(st->ctx, EMS_EINVALID, st->file, err->line, "%s", out);
}

int ems_xsd__validate(const void *schema, ems_ctx *ctx, xmlDocPtr doc, const char *file)
{
    /* A non-NULL schema: the instance cannot pull in one of its own
     * through xsi:schemaLocation. */
    xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt((xmlSchemaPtr)schema);
    if (!v)
        return ems_ctx__error(ctx, EMS_ENOMEM, file, 0, "out of memory");
    vstate st = {ctx, file, EMS_OK, NULL, ""};
    xmlSchemaSetValidStructuredErrors(v, on_error, &st);
    int r = ems_xml__schema_validate(v, doc);
    xmlSchemaFreeValidCtxt(v);
    if (r != 0 && st.rc == EMS_OK)
        st.rc = ems_ctx__error(ctx, r < 0 ? EMS_EINTERNAL : EMS_EINVALID, file, 0,
                               "the document does not match the schema");
    return st.rc;
}
