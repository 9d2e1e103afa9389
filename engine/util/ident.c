#include "util/ident.h"

#include "emscore.h"

#include <string.h>

static bool alnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool ems_ident__valid(const char *s)
{
    if (!s || !alnum(s[0]))
        return false;
    size_t n = 1;
    for (; s[n]; n++)
        if (!(alnum(s[n]) || s[n] == '.' || s[n] == '_' || s[n] == '-') || n >= 64)
            return false;
    return true;
}

int ems_ident__lookup(const char *const *names, size_t n, const char *name)
{
    for (size_t i = 0; name && i < n; i++)
        if (names[i] && strcmp(names[i], name) == 0)
            return (int)i;
    return -1;
}

int ems_identifier_valid(const char *s)
{
    return ems_ident__valid(s);
}
