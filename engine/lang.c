/* The languages of scorecard texts; see lang.h. */
#include "lang.h"

#include <string.h>

static const char *const codes[EMS_NLANGS] = {"en", "fr", "es", "ar", "zh", "ru"};
static const char *const names[EMS_NLANGS] = {"English", "French",  "Spanish",
                                              "Arabic",  "Chinese", "Russian"};

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

int ems_lang__index(const char *tag)
{
    if (!tag)
        return EMS_LANG_EN;
    for (int i = 0; i < EMS_NLANGS; i++)
        if (lower(tag[0]) == codes[i][0] && lower(tag[1]) == codes[i][1] &&
            (tag[2] == '\0' || tag[2] == '-'))
            return i;
    return -1;
}

const char *ems_lang__code(int i)
{
    return codes[i];
}

const char *ems_lang__name(int i)
{
    return names[i];
}

ems_text ems_text__pick(ems_text t, const char *lang, bool *fell_back)
{
    int want = ems_lang__index(lang);
    if (fell_back)
        *fell_back = false;
    if (!t.text || want == EMS_LANG_EN)
        return t;
    for (size_t i = 0; i < t.ntranslations; i++)
        if (ems_lang__index(t.translations[i].lang) == want)
            return t.translations[i];
    if (fell_back)
        *fell_back = true;
    return t;
}

unsigned ems_text__langs(ems_text t)
{
    if (!t.text)
        return EMS_LANGS_ALL;
    unsigned set = 1u << EMS_LANG_EN;
    for (size_t i = 0; i < t.ntranslations; i++) {
        int k = ems_lang__index(t.translations[i].lang);
        if (k >= 0)
            set |= 1u << k;
    }
    return set;
}

unsigned ems_lang__complete(const ems_scorecard *sc, const ems_profile *profile,
                            const ems_item_score *sel)
{
    unsigned set = ems_text__langs(sc->title);
    if (profile)
        set &= ems_text__langs(profile->title);
    for (size_t i = 0; i < sc->nlevels; i++)
        set &= ems_text__langs(sc->levels[i].label);
    for (size_t i = 0; i < sc->ngrades; i++)
        set &= ems_text__langs(sc->grades[i].label);
    for (size_t i = 0; i < sc->nitems; i++) {
        const ems_item *it = &sc->items[i];
        if (sel[i].selected)
            set &= ems_text__langs(it->title) & ems_text__langs(it->description) &
                   ems_text__langs(it->guidance);
    }
    return set;
}

void ems_lang__list(char buf[3 * EMS_NLANGS], unsigned set)
{
    size_t n = 0;
    buf[0] = '\0';
    for (int i = 0; i < EMS_NLANGS; i++) {
        if (!(set & (1u << i)))
            continue;
        if (n)
            buf[n++] = ' ';
        memcpy(buf + n, codes[i], 3);
        n += 2;
    }
}
