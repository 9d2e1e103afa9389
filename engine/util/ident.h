/* Identifiers (doc/formats.md): [A-Za-z0-9][A-Za-z0-9._-]{0,63}. Checked in C as
 * well as by the schema wherever one becomes part of a file name. */
#ifndef EMSCORE_IDENT_H
#define EMSCORE_IDENT_H

#include <stdbool.h>

bool ems_ident__valid(const char *s);

#endif
