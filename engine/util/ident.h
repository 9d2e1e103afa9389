/* Identifiers (doc/formats.md): [A-Za-z0-9][A-Za-z0-9._-]{0,63}. Checked in C as
 * well as by the schema wherever one becomes part of a file name. */
#ifndef EMSCORE_IDENT_H
#define EMSCORE_IDENT_H

#include <stdbool.h>
#include <stddef.h>

bool ems_ident__valid(const char *s);

/* The index of name in names[0..n) (the names of a public enum's values),
 * or -1 when it is not there or name is NULL. */
int ems_ident__lookup(const char *const *names, size_t n, const char *name);

#endif
