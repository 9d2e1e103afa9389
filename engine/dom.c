#include "dom.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "emscore.h"

bool ems_dom__is(xmlNodePtr node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && node->ns &&
           xmlStrEqual(node->ns->href, (const xmlChar *)EMS_NAMESPACE) &&
           xmlStrEqual(node->name, (const xmlChar *)name);
}

static xmlNodePtr element_from(xmlNodePtr n)
{
    while (n && n->type != XML_ELEMENT_NODE)
        n = n->next;
    return n;
}

xmlNodePtr ems_dom__first(xmlNodePtr node)
{
    return node ? element_from(node->children) : NULL;
}

xmlNodePtr ems_dom__next(xmlNodePtr node)
{
    return node ? element_from(node->next) : NULL;
}

static const char *trimmed_copy(ems_arena *a, const char *s, bool *oom)
{
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    char *c = ems_arena__strndup(a, s, n);
    if (!c)
        *oom = true;
    return c;
}

const char *ems_dom__attr(ems_arena *a, xmlNodePtr node, const char *name, bool *oom)
{
    xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)name);
    if (!v)
        return NULL;
    /* Attribute values of our schema types are collapsed tokens. */
    const char *c = trimmed_copy(a, (const char *)v, oom);
    xmlFree(v);
    return c;
}

ems_text ems_dom__text(ems_arena *a, xmlNodePtr node, bool *oom)
{
    ems_text t = {.text = NULL};
    if (!node)
        return t;
    xmlChar *v = xmlNodeGetContent(node);
    if (!v) {
        *oom = true;
        return t;
    }
    t.text = trimmed_copy(a, (const char *)v, oom);
    xmlFree(v);
    xmlChar *lang = xmlNodeGetLang(node);
    if (lang) {
        t.lang = trimmed_copy(a, (const char *)lang, oom);
        xmlFree(lang);
    }
    return t;
}

ems_text ems_dom__texts(ems_arena *a, xmlNodePtr node, bool *oom)
{
    ems_text t = ems_dom__text(a, node, oom);
    size_t n = 0;
    for (xmlNodePtr c = ems_dom__next(node); c && xmlStrEqual(c->name, node->name);
         c = ems_dom__next(c))
        n++;
    ems_text *tr = n ? ems_arena__alloc(a, n, sizeof(*tr)) : NULL;
    if (n && !tr) {
        *oom = true;
        return t;
    }
    xmlNodePtr c = ems_dom__next(node);
    for (size_t i = 0; i < n; i++, c = ems_dom__next(c))
        tr[i] = ems_dom__text(a, c, oom);
    t.translations = tr;
    t.ntranslations = n;
    return t;
}

bool ems_dom__bool(xmlNodePtr node, const char *name, bool dflt)
{
    xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)name);
    if (!v)
        return dflt;
    const char *s = (const char *)v;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    bool r = s[0] == 't' || s[0] == '1';
    xmlFree(v);
    return r;
}

unsigned long ems_dom__count(xmlNodePtr node, const char *name)
{
    xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)name);
    if (!v)
        return 0;
    char *end;
    errno = 0;
    unsigned long n = strtoul((const char *)v, &end, 10);
    if (errno || end == (const char *)v)
        n = 0;
    xmlFree(v);
    return n;
}

char *ems_dom__copy_out(const void *data, size_t len)
{
    char *copy = len < SIZE_MAX ? malloc(len + 1) : NULL;
    if (copy) {
        if (len)
            memcpy(copy, data, len);
        copy[len] = '\0';
    }
    return copy;
}

bool ems_dom__dump(char **out, size_t *len, xmlDocPtr doc)
{
    xmlChar *bytes = NULL;
    int n = 0;
    xmlDocDumpFormatMemoryEnc(doc, &bytes, &n, "UTF-8", 1);
    *out = bytes && n >= 0 ? ems_dom__copy_out(bytes, (size_t)n) : NULL;
    xmlFree(bytes);
    if (len)
        *len = *out ? (size_t)n : 0;
    return *out != NULL;
}
