/* Inventory figures in exact integers; see ghg.h. */
#include "ghg.h"

#include <string.h>

#include "score.h"
#include "util/decimal.h"

static const char *const source_names[EMS_SRC_COUNT_] = {
    "air-travel", "other-travel", "electricity", "heat-steam",
    "stationary-combustion", "vehicles", "refrigerants", "other",
};

static const char *const figure_names[EMS_GHG_FIGURE_COUNT_] = {
    NULL, "total", "per-person", "air-travel-per-person", "reduction", "coverage", "offset",
};

const char *ems_ghg__source_name(ems_ghg_source s)
{
    return (unsigned)s < EMS_SRC_COUNT_ ? source_names[s] : NULL;
}

const char *ems_ghg__figure_name(ems_ghg_figure f)
{
    return (unsigned)f < EMS_GHG_FIGURE_COUNT_ ? figure_names[f] : NULL;
}

bool ems_ghg__source_from_name(const char *name, ems_ghg_source *out)
{
    for (int s = 0; name && s < EMS_SRC_COUNT_; s++)
        if (strcmp(name, source_names[s]) == 0) {
            *out = (ems_ghg_source)s;
            return true;
        }
    return false;
}

bool ems_ghg__figure_from_name(const char *name, ems_ghg_figure *out)
{
    for (int f = EMS_GHG_TOTAL; name && f < EMS_GHG_FIGURE_COUNT_; f++)
        if (strcmp(name, figure_names[f]) == 0) {
            *out = (ems_ghg_figure)f;
            return true;
        }
    return false;
}

/* The emissions of one source (source >= 0), of one scope (scope > 0), or
 * all of them. */
static int64_t sum_emissions(const ems_inventory *inv, int source, int scope)
{
    int64_t t = 0;
    for (size_t i = 0; i < inv->nemissions; i++) {
        const ems_emission *e = &inv->emissions[i];
        if ((source < 0 || (int)e->source == source) && (scope <= 0 || e->scope == scope))
            t += e->milli;
    }
    return t;
}

int64_t ems_ghg__total(const ems_inventory *inv)
{
    return sum_emissions(inv, -1, 0);
}

int64_t ems_ghg__source_total(const ems_inventory *inv, ems_ghg_source s)
{
    return sum_emissions(inv, (int)s, 0);
}

int64_t ems_ghg__scope_total(const ems_inventory *inv, int scope)
{
    return sum_emissions(inv, -1, scope);
}

int64_t ems_ghg__offsets(const ems_inventory *inv)
{
    int64_t t = 0;
    for (size_t i = 0; i < inv->noffsets; i++)
        t += inv->offsets[i].milli;
    return t;
}

int64_t ems_ghg__hundredths(int64_t milli)
{
    return (int64_t)ems_score__div((ems_u128)milli, 10);
}

int64_t ems_ghg__per_person(int64_t milli, int64_t persons)
{
    return (int64_t)ems_score__div((ems_u128)milli, (ems_u128)persons * 10);
}

int64_t ems_ghg__percent(int64_t part, int64_t whole)
{
    return (int64_t)ems_score__div((ems_u128)part * 10000, (ems_u128)whole);
}

int64_t ems_ghg__reduction(int64_t from, int64_t to)
{
    return from >= to ? ems_ghg__percent(from - to, from) : -ems_ghg__percent(to - from, from);
}

bool ems_ghg__figure(const ems_inventory *inv, const ems_inventory *baseline, ems_ghg_figure f,
                     int64_t *out)
{
    int64_t total = ems_ghg__total(inv);
    switch (f) {
    case EMS_GHG_TOTAL:
        *out = ems_ghg__hundredths(total);
        return true;
    case EMS_GHG_PER_PERSON:
        *out = ems_ghg__per_person(total, inv->personnel);
        return true;
    case EMS_GHG_AIR_PER_PERSON:
        *out = ems_ghg__per_person(ems_ghg__source_total(inv, EMS_SRC_AIR_TRAVEL), inv->personnel);
        return true;
    case EMS_GHG_COVERAGE:
        *out = ems_ghg__percent(inv->covered, inv->personnel);
        return true;
    case EMS_GHG_REDUCTION: {
        int64_t base = baseline ? ems_ghg__total(baseline) : 0;
        if (base <= 0)
            return false;
        *out = ems_ghg__reduction(base, total);
        return true;
    }
    case EMS_GHG_OFFSET:
        if (total <= 0)
            return false;
        *out = ems_ghg__percent(ems_ghg__offsets(inv), total);
        return true;
    default:
        return false;
    }
}

bool ems_ghg__agrees(const char *typed, int64_t hundredths)
{
    bool neg = typed[0] == '-';
    const char *dot = strchr(typed, '.');
    size_t decimals = dot ? strlen(dot + 1) : 0;
    int64_t magnitude;
    if (decimals > 2 ||
        ems_decimal__fixed(typed + neg, 2, INT64_MAX / 10, &magnitude) != EMS_DEC_OK)
        return false;
    int64_t computed = hundredths < 0 ? -hundredths : hundredths;
    int64_t unit = decimals == 0 ? 100 : decimals == 1 ? 10 : 1;
    int64_t rounded = (int64_t)ems_score__div((ems_u128)computed, (ems_u128)unit) * unit;
    /* zero has no sign: "-0" is not canonical, and 0.004 rounds to "0" */
    return rounded == magnitude && (rounded == 0 || neg == (hundredths < 0));
}

const char *ems_ghg__text(char buf[32], int64_t hundredths)
{
    char digits[32];
    ems_decimal__text(digits, hundredths < 0 ? -hundredths : hundredths, 2);
    memcpy(buf, "-", 2);
    strcpy(buf + (hundredths < 0), digits);
    return buf;
}
