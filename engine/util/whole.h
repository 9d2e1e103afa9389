/* Whole numbers as command-line options and parameters are written.
 * Self-contained, so that the command can use it too. Internal, not
 * exported. */
#ifndef EMSCORE_WHOLE_H
#define EMSCORE_WHOLE_H

#include <stdint.h>

/* Decimal digits only (no sign, space, '0x' or exponent), from min to max.
 * Returns 0 (*out set), -1 for any other text, or -3 outside [min, max]
 * however many digits it has: EMS_DEC_OK, EMS_DEC_SYNTAX, EMS_DEC_RANGE. */
int ems_decimal__whole(const char *s, uint64_t min, uint64_t max, uint64_t *out);

#endif
