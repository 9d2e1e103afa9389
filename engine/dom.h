/* Reading a schema-valid DOM into arena-owned model values. Internal. */
#ifndef EMSCORE_DOM_H
#define EMSCORE_DOM_H

#include <libxml/tree.h>
#include <stdbool.h>

#include "model.h"

/* Is node an element of our namespace named name? */
bool ems_dom__is(xmlNodePtr node, const char *name);
/* First element child of node, and the next element sibling. */
xmlNodePtr ems_dom__first(xmlNodePtr node);
xmlNodePtr ems_dom__next(xmlNodePtr node);
/* Attribute value copied into the arena; NULL when absent. *oom is set
 * when the copy failed. */
const char *ems_dom__attr(ems_arena *a, xmlNodePtr node, const char *name, bool *oom);
/* Text content (trimmed) and xml:lang of node, copied into the arena. */
ems_text ems_dom__text(ems_arena *a, xmlNodePtr node, bool *oom);
/* An xs:positiveInteger or nonNegativeInteger attribute; 0 when absent
 * or beyond unsigned long. */
unsigned long ems_dom__count(xmlNodePtr node, const char *name);
/* The text of node, with its translations: the siblings right after it of
 * the same name, each in another language, as results and summaries write
 * a scorecard's texts (doc/formats.md). */
ems_text ems_dom__texts(ems_arena *a, xmlNodePtr node, bool *oom);
/* An xs:boolean attribute, or dflt when absent. */
bool ems_dom__bool(xmlNodePtr node, const char *name, bool dflt);

/* Bytes as the public API hands them out: a NUL-terminated malloc'd copy
 * of data[0..len), which the caller frees with ems_free(); NULL when out of
 * memory. The one place a libxml2 buffer is copied out. */
char *ems_dom__copy_out(const void *data, size_t len);
/* doc as indented UTF-8 XML, copied out as ems_dom__copy_out() does, *len
 * bytes (len may be NULL). Returns false, *out NULL, when out of memory. */
bool ems_dom__dump(char **out, size_t *len, xmlDocPtr doc);

#endif
