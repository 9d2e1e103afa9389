#include "xmlw.h"

#include <stdio.h>

#include "dom.h"

bool ems_xw__open(ems_xw *x)
{
    x->buf = xmlBufferCreate();
    x->w = x->buf ? xmlNewTextWriterMemory(x->buf, 0) : NULL;
    x->failed = false;
    if (!x->w) {
        xmlBufferFree(x->buf);
        x->buf = NULL;
        return false;
    }
    x->failed = xmlTextWriterSetIndent(x->w, 1) < 0 ||
                xmlTextWriterSetIndentString(x->w, (const xmlChar *)"  ") < 0 ||
                xmlTextWriterStartDocument(x->w, "1.0", "UTF-8", NULL) < 0;
    return true;
}

bool ems_xw__finish(ems_xw *x, char **out, size_t *len)
{
    x->failed |= xmlTextWriterEndDocument(x->w) < 0;
    xmlFreeTextWriter(x->w); /* flushes into buf */
    x->w = NULL;
    size_t n = (size_t)xmlBufferLength(x->buf);
    *out = x->failed ? NULL : ems_dom__copy_out(xmlBufferContent(x->buf), n);
    if (len)
        *len = *out ? n : 0;
    xmlBufferFree(x->buf);
    x->buf = NULL;
    return *out != NULL;
}

void ems_xw__discard(ems_xw *x)
{
    if (x->buf) {
        xmlFreeTextWriter(x->w);
        xmlBufferFree(x->buf);
    }
    x->w = NULL;
    x->buf = NULL;
}

void ems_xw__start(ems_xw *x, const char *name)
{
    x->failed |= xmlTextWriterStartElement(x->w, (const xmlChar *)name) < 0;
}

void ems_xw__end(ems_xw *x)
{
    x->failed |= xmlTextWriterEndElement(x->w) < 0;
}

void ems_xw__attr(ems_xw *x, const char *name, const char *value)
{
    if (value)
        x->failed |=
            xmlTextWriterWriteAttribute(x->w, (const xmlChar *)name, (const xmlChar *)value) < 0;
}

void ems_xw__count(ems_xw *x, const char *name, long long n)
{
    char buf[32];
    snprintf(buf, sizeof(buf), "%lld", n);
    ems_xw__attr(x, name, buf);
}

void ems_xw__text(ems_xw *x, const char *text)
{
    if (text)
        x->failed |= xmlTextWriterWriteString(x->w, (const xmlChar *)text) < 0;
}

void ems_xw__lang_text(ems_xw *x, ems_text t)
{
    ems_xw__attr(x, "xml:lang", t.lang);
    if (t.text && *t.text)
        ems_xw__text(x, t.text);
}

void ems_xw__text_element(ems_xw *x, const char *name, ems_text t)
{
    if (!t.text)
        return;
    ems_xw__start(x, name);
    ems_xw__lang_text(x, t);
    ems_xw__end(x);
    for (size_t i = 0; i < t.ntranslations; i++)
        ems_xw__text_element(x, name, t.translations[i]);
}
