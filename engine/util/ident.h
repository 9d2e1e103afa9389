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

#endif
