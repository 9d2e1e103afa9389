/* Identifiers (doc/formats.md): the one statement of the rule. The schema
 * writes the same pattern (a unit test compares them); the offline form
 * gets it from here; every message says it in the words of
 * EMS_IDENT_RULE. Checked in C as well as by the schema wherever an
 * identifier becomes part of a file name. */
#ifndef EMSCORE_IDENT_H
#define EMSCORE_IDENT_H

/* As an XML Schema pattern, which JavaScript reads the same way. */
#define EMS_IDENT_PATTERN "[A-Za-z0-9][A-Za-z0-9._\\-]{0,63}"
#define EMS_IDENT_RULE "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"

#include <stdbool.h>
#include <stddef.h>

bool ems_ident__valid(const char *s);

/* The index of name in names[0..n) (the names of a public enum's values),
 * or -1 when it is not there or name is NULL. */
int ems_ident__lookup(const char *const *names, size_t n, const char *name);

/* Defines a public "int FN(TYPE *out, const char *name)": the value of
 * enum TYPE named name in the array names (indexed by value), EMS_EARG
 * when there is none or out is NULL. */
#define EMS_IDENT_FROM_NAME(fn, type, names)                                   \
    int fn(type *out, const char *name)                                        \
    {                                                                          \
        int i = ems_ident__lookup(names, sizeof(names) / sizeof(names[0]), name); \
        if (!out || i < 0)                                                     \
            return EMS_EARG;                                                   \
        *out = (type)i;                                                        \
        return EMS_OK;                                                         \
    }

#endif
