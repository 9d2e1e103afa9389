#include "util/hash.h"

#include <string.h>

uint64_t ems_hash__bytes(const void *data, size_t len)
{
    uint64_t h = UINT64_C(14695981039346656037);
    for (const unsigned char *p = data, *end = p + len; p < end; p++) {
        h ^= *p;
        h *= UINT64_C(1099511628211);
    }
    return h;
}

uint64_t ems_hash__string(const char *s)
{
    return ems_hash__bytes(s, strlen(s));
}
