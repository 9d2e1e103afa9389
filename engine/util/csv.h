/* A reader of CSV records (RFC 4180 with ',' or ';'): quoted cells may hold
 * separators, doubled quotes and line breaks; lines end in LF or CRLF.
 * Plain bytes in, cells in an arena out; no interpretation. Internal. */
#ifndef EMSCORE_CSV_H
#define EMSCORE_CSV_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"

typedef struct ems_csv {
    const char *p, *end;
    long line; /* of the next record */
    char sep;
} ems_csv;

typedef struct ems_csv_record {
    char **cells; /* NUL-terminated copies in the arena */
    size_t ncells;
    long line;    /* where the record starts */
} ems_csv_record;

/* Start reading data: a UTF-8 byte order mark is skipped, and the
 * separator is ';' when the first line has one and no ',' outside quotes,
 * else ','. */
void ems_csv__init(ems_csv *r, const char *data, size_t len);

typedef enum ems_csv_status {
    EMS_CSV_RECORD = 1,
    EMS_CSV_END = 0,
    EMS_CSV_BAD = -1,   /* *error says why; the reader skipped to the next line */
    EMS_CSV_NOMEM = -2
} ems_csv_status;

/* Read the next record into rec (cells in a). max_cells bounds a record. */
ems_csv_status ems_csv__next(ems_csv *r, ems_arena *a, ems_csv_record *rec, size_t max_cells,
                             const char **error);

/* How many cells text (one line, no quotes considered beyond pairing)
 * would split into with separator sep: to tell a row written with the
 * other separator from one with a wrong number of cells. */
size_t ems_csv__count(const char *text, size_t len, char sep);

#endif
