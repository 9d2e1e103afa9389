/* Writing emscore documents (results, summaries) with libxml2's
 * xmlTextWriter into memory: the one set of writer helpers. A failed write
 * is remembered, not checked at every call; ems_xw__finish says whether the
 * whole document was written. Internal. */
#ifndef EMSCORE_XMLW_H
#define EMSCORE_XMLW_H

#include <libxml/xmlwriter.h>
#include <stdbool.h>
#include <stddef.h>

#include "model.h"

typedef struct ems_xw {
    xmlTextWriterPtr w;
    xmlBufferPtr buf;
    bool failed;
} ems_xw;

/* A document in memory, indented by two spaces, its XML declaration
 * written; false (nothing to free) when out of memory. */
bool ems_xw__open(ems_xw *x);
/* The document written, copied out as ems_dom__copy_out() does (*len
 * bytes; len may be NULL), and x freed. False, *out NULL, when any write
 * failed or memory ran out. */
bool ems_xw__finish(ems_xw *x, char **out, size_t *len);
/* Free x without a document (a writer of another's, as for a part written
 * into an open document, is left alone: give it as w with buf NULL). */
void ems_xw__discard(ems_xw *x);

void ems_xw__start(ems_xw *x, const char *name);
void ems_xw__end(ems_xw *x);
/* An attribute; none when value is NULL. */
void ems_xw__attr(ems_xw *x, const char *name, const char *value);
/* An attribute with a whole number. */
void ems_xw__count(ems_xw *x, const char *name, long long n);
/* Text in the open element; none when text is NULL. */
void ems_xw__text(ems_xw *x, const char *text);
/* The open element's text, with its xml:lang first. */
void ems_xw__lang_text(ems_xw *x, ems_text t);
/* <name xml:lang="..">text</name>, then the same element for each of its
 * translations; nothing when the text is absent. */
void ems_xw__text_element(ems_xw *x, const char *name, ems_text t);

#endif
