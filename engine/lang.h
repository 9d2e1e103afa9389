/*
 * The languages a scorecard's texts may be given in: the six official
 * languages of the United Nations, English first (the default, always
 * present). Internal.
 */
#ifndef EMSCORE_LANG_H
#define EMSCORE_LANG_H

#include "model.h"
#include "score.h"

#define EMS_NLANGS 6
#define EMS_LANG_EN 0
#define EMS_LANGS_ALL ((1u << EMS_NLANGS) - 1)

/* The language of an xml:lang value, by its primary subtag ("fr",
 * "fr-CA", "FR"): 0 to EMS_NLANGS - 1; EMS_LANG_EN for NULL (no
 * xml:lang); -1 for a language not known. */
int ems_lang__index(const char *tag);
/* "en", "fr", ... and "English", "French", ... for messages. */
const char *ems_lang__code(int i);
const char *ems_lang__name(int i);

/* The text of t in language lang (an xml:lang tag), else the English one.
 * *fell_back (may be NULL) says whether English stood in. */
ems_text ems_text__pick(ems_text t, const char *lang, bool *fell_back);
/* The set of languages (bit i for ems_lang__index i) in which t is given;
 * every language when t is absent, since nothing is missing then. */
unsigned ems_text__langs(ems_text t);

/* The languages in which every text a report of these items shows is
 * given: the scorecard's title, the profile's (may be NULL), the level
 * and grade names, and the title, description and guidance of each item
 * selected in sel (one per scorecard item). */
unsigned ems_lang__complete(const ems_scorecard *sc, const ems_profile *profile,
                            const ems_item_score *sel);
/* "en fr es": the codes of the set, space-separated, in the order above. */
void ems_lang__list(char buf[3 * EMS_NLANGS], unsigned set);

#endif
