/*
 * The summary's digest of the reviews' findings (doc/formats.md, "Summary",
 * <digest>): every good practice the review teams found, across agencies,
 * and the milestones where they found gaps most often: the lessons the peer
 * reviews exist to share. Internal.
 */
#ifndef EMSCORE_DIGEST_H
#define EMSCORE_DIGEST_H

#include <libxml/tree.h>
#include <stdbool.h>

#include "xmlw.h"

typedef struct ems_digest ems_digest;

/* An empty digest. EMS_OK or EMS_ENOMEM. */
int ems_digest__new(ems_digest **out);
void ems_digest__free(ems_digest *d);
/* The typed findings of one results document (its root), of agency and
 * period; copies what it keeps. Not thread-safe: the summary's lock
 * serialises the adds. EMS_OK or EMS_ENOMEM. */
int ems_digest__add(ems_digest *d, xmlNodePtr results, const char *agency, const char *period);
/* Whether an agency's period is among those the summary ranks. */
typedef bool (*ems_digest_ranked)(const void *user, const char *agency, const char *period);
/* Write <digest> (nothing when no finding is typed): the good practices by
 * milestone (identifiers in natural order: EMS2 before EMS10), agency and
 * period; then per milestone the number of ranked agencies whose review
 * found a gap there and their share of the ranked agencies (nranked),
 * most first. False when the writer failed or memory ran out. */
bool ems_digest__write(ems_digest *d, ems_xw *w, ems_digest_ranked ranked, const void *user,
                       size_t nranked);

#endif
