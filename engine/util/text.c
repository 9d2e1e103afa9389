#include "util/text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Length of the well-formed UTF-8 sequence at p (1 to 4), or 0 when the
 * bytes there are not one; *cp gets its code point. */
static size_t utf8_sequence(const unsigned char *p, uint32_t *cp)
{
    static const uint32_t least[5] = {0, 0, 0x80, 0x800, 0x10000};
    size_t n = p[0] < 0x80 ? 1 : (p[0] & 0xe0) == 0xc0 ? 2 : (p[0] & 0xf0) == 0xe0 ? 3
             : (p[0] & 0xf8) == 0xf0 ? 4 : 0;
    if (n == 0)
        return 0;
    uint32_t c = n == 1 ? p[0] : p[0] & (0x7f >> n);
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xc0) != 0x80) /* also stops at the terminating NUL */
            return 0;
        c = (c << 6) | (p[i] & 0x3f);
    }
    if (c < least[n] || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
        return 0;
    *cp = c;
    return n;
}

char *ems_text__one_line(const char *s)
{
    size_t len = strlen(s), cap;
    /* at most four bytes out per byte in: \xNN */
    if (__builtin_mul_overflow(len, (size_t)4, &cap) || __builtin_add_overflow(cap, 1, &cap))
        return NULL;
    char *out = malloc(cap), *o = out;
    if (!out)
        return NULL;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        uint32_t c = 0;
        size_t n = utf8_sequence(p, &c);
        if (n == 0) {
            o += sprintf(o, "\\x%02x", *p++);
        } else if (c == '\n' || c == '\r' || c == '\t') {
            *o++ = '\\';
            *o++ = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
            p++;
        } else if (c < 0x20 || c == 0x7f) {
            o += sprintf(o, "\\x%02x", *p++);
        } else if ((c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
            o += sprintf(o, "\\u%04x", (unsigned)c);
            p += n;
        } else {
            memcpy(o, p, n);
            o += n;
            p += n;
        }
    }
    *o = '\0';
    return out;
}
