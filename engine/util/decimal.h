/* Exact decimals: measures and thresholds are compared as text, weights and
 * grade minimums are read as scaled integers. No floating point anywhere.
 * Internal, not exported. */
#ifndef EMSCORE_DECIMAL_H
#define EMSCORE_DECIMAL_H

#include <stdint.h>

#include "util/arena.h"
#include "util/whole.h"

typedef enum ems_decimal_error {
    EMS_DEC_OK = 0,
    EMS_DEC_SYNTAX = -1,    /* not [+-]?digits[.digits] */
    EMS_DEC_PRECISION = -2, /* more fractional digits than allowed */
    EMS_DEC_RANGE = -3,     /* negative or above the maximum */
} ems_decimal_error;

/* The canonical form of an xs:decimal lexical value (surrounding white
 * space allowed): optional '-', integer part without leading zeros, then
 * '.' and the fraction without trailing zeros if any is left; zero is "0".
 * Returns NULL when s is not a decimal (or out of memory: *oom set). */
const char *ems_decimal__canon(ems_arena *a, const char *s, int *oom);

/* <0, 0, >0 as canonical decimals a and b compare. */
int ems_decimal__cmp(const char *a, const char *b);

/* Read a non-negative decimal with at most `scale` fractional digits as an
 * integer in units of 10^-scale, at most max. */
ems_decimal_error ems_decimal__fixed(const char *s, unsigned scale, int64_t max, int64_t *out);

/* The reverse: v >= 0 in units of 10^-scale (scale at most 6) in canonical
 * form, "1", "1.5", "0.25". Returns buf. */
const char *ems_decimal__text(char buf[32], int64_t v, unsigned scale);

/* Hundredths, signed, with both fractional digits: the form of every score,
 * percentage and difference in results and summaries ("-4.05", "0.00",
 * "100.00"). Returns buf. */
const char *ems_decimal__hundredths(char buf[32], int64_t v);

#endif
