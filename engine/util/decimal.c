#include "util/decimal.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Split s into sign and digit runs; 0 on success. */
static int split(const char *s, int *neg, const char **ip, size_t *il, const char **fp,
                 size_t *fl)
{
    while (is_space(*s))
        s++;
    *neg = 0;
    if (*s == '+' || *s == '-')
        *neg = *s++ == '-';
    *ip = s;
    while (*s >= '0' && *s <= '9')
        s++;
    *il = (size_t)(s - *ip);
    *fp = s;
    *fl = 0;
    if (*s == '.') {
        *fp = ++s;
        while (*s >= '0' && *s <= '9')
            s++;
        *fl = (size_t)(s - *fp);
    }
    while (is_space(*s))
        s++;
    return (*s != '\0' || (*il == 0 && *fl == 0)) ? -1 : 0;
}

const char *ems_decimal__canon(ems_arena *a, const char *s, int *oom)
{
    int neg;
    const char *ip, *fp;
    size_t il, fl;
    *oom = 0;
    if (split(s, &neg, &ip, &il, &fp, &fl) < 0)
        return NULL;
    while (il > 0 && *ip == '0')
        ip++, il--;
    while (fl > 0 && fp[fl - 1] == '0')
        fl--;
    if (il == 0 && fl == 0)
        neg = 0;
    char *out = ems_arena__alloc(a, (size_t)neg + (il ? il : 1) + (fl ? fl + 1 : 0) + 1, 1);
    if (!out) {
        *oom = 1;
        return NULL;
    }
    char *p = out;
    if (neg)
        *p++ = '-';
    if (il) {
        memcpy(p, ip, il);
        p += il;
    } else {
        *p++ = '0';
    }
    if (fl) {
        *p++ = '.';
        memcpy(p, fp, fl);
        p += fl;
    }
    *p = '\0';
    return out;
}

static int cmp_magnitude(const char *a, const char *b)
{
    const char *da = strchr(a, '.'), *db = strchr(b, '.');
    size_t ia = da ? (size_t)(da - a) : strlen(a);
    size_t ib = db ? (size_t)(db - b) : strlen(b);
    if (ia != ib)
        return ia < ib ? -1 : 1;
    int c = memcmp(a, b, ia);
    if (c)
        return c < 0 ? -1 : 1;
    const char *fa = da ? da + 1 : "", *fb = db ? db + 1 : "";
    /* Fractions carry no trailing zeros, so a missing digit is a zero. */
    while (*fa || *fb) {
        char ca = *fa ? *fa++ : '0', cb = *fb ? *fb++ : '0';
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return 0;
}

int ems_decimal__cmp(const char *a, const char *b)
{
    int na = *a == '-', nb = *b == '-';
    if (na != nb)
        return na ? -1 : 1;
    int c = cmp_magnitude(a + na, b + nb);
    return na ? -c : c;
}

ems_decimal_error ems_decimal__fixed(const char *s, unsigned scale, int64_t max, int64_t *out)
{
    int neg;
    const char *ip, *fp;
    size_t il, fl;
    if (split(s, &neg, &ip, &il, &fp, &fl) < 0)
        return EMS_DEC_SYNTAX;
    while (fl > 0 && fp[fl - 1] == '0')
        fl--;
    if (fl > scale)
        return EMS_DEC_PRECISION;
    int64_t v = 0;
    for (size_t i = 0; i < il; i++) {
        if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, ip[i] - '0', &v))
            return EMS_DEC_RANGE;
    }
    for (unsigned i = 0; i < scale; i++) {
        int d = i < fl ? fp[i] - '0' : 0;
        if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, d, &v))
            return EMS_DEC_RANGE;
    }
    if (neg && v != 0)
        return EMS_DEC_RANGE;
    if (v > max)
        return EMS_DEC_RANGE;
    *out = v;
    return EMS_DEC_OK;
}

int ems_decimal__whole(const char *s, uint64_t min, uint64_t max, uint64_t *out)
{
    if (!s || !*s)
        return EMS_DEC_SYNTAX;
    uint64_t v = 0;
    bool overflow = false;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9')
            return EMS_DEC_SYNTAX;
        overflow |= __builtin_mul_overflow(v, 10, &v) ||
                    __builtin_add_overflow(v, (uint64_t)(*p - '0'), &v);
    }
    if (overflow || v < min || v > max)
        return EMS_DEC_RANGE;
    *out = v;
    return EMS_DEC_OK;
}

const char *ems_decimal__hundredths(char buf[32], int64_t v)
{
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    snprintf(buf, 32, "%s%llu.%02llu", v < 0 ? "-" : "", (unsigned long long)(m / 100),
             (unsigned long long)(m % 100));
    return buf;
}

const char *ems_decimal__text(char buf[32], int64_t v, unsigned scale)
{
    int64_t unit = 1;
    for (unsigned i = 0; i < scale; i++)
        unit *= 10;
    int n = snprintf(buf, 32, "%lld", (long long)(v / unit));
    if (v % unit) {
        n += snprintf(buf + n, (size_t)(32 - n), ".%0*lld", (int)scale, (long long)(v % unit));
        while (buf[n - 1] == '0')
            buf[--n] = '\0';
    }
    return buf;
}
