#include "util/csv.h"

#include <string.h>

/* Cells of one line counted with separator sep, quotes respected. */
size_t ems_csv__count(const char *p, size_t len, char sep)
{
    size_t n = 1;
    bool quoted = false;
    for (size_t i = 0; i < len && (quoted || (p[i] != '\n' && p[i] != '\r')); i++) {
        if (p[i] == '"')
            quoted = !quoted;
        else if (p[i] == sep && !quoted)
            n++;
    }
    return n;
}

void ems_csv__init(ems_csv *r, const char *data, size_t len)
{
    r->p = data;
    r->end = data + len;
    r->line = 1;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        r->p += 3;
    size_t rest = (size_t)(r->end - r->p);
    r->sep = ems_csv__count(r->p, rest, ';') > 1 && ems_csv__count(r->p, rest, ',') == 1 ? ';'
                                                                                         : ',';
}

static void skip_line(ems_csv *r)
{
    while (r->p < r->end && *r->p != '\n')
        r->p++;
    if (r->p < r->end) {
        r->p++;
        r->line++;
    }
}

/* The text of one cell, unquoted, appended to buf (grown in the arena). */
typedef struct cellbuf {
    char *s;
    size_t len, cap;
} cellbuf;

static bool put(ems_arena *a, cellbuf *b, char c)
{
    if (b->len + 1 >= b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        char *s = ems_arena__alloc(a, cap, 1);
        if (!s)
            return false;
        if (b->len)
            memcpy(s, b->s, b->len);
        b->s = s, b->cap = cap;
    }
    b->s[b->len++] = c;
    b->s[b->len] = '\0';
    return true;
}

ems_csv_status ems_csv__next(ems_csv *r, ems_arena *a, ems_csv_record *rec, size_t max_cells,
                             const char **error)
{
    if (r->p >= r->end)
        return EMS_CSV_END;
    rec->line = r->line;
    rec->ncells = 0;
    rec->cells = ems_arena__alloc(a, max_cells, sizeof(*rec->cells));
    if (!rec->cells)
        return EMS_CSV_NOMEM;
    for (;;) { /* one cell per turn */
        cellbuf b = {NULL, 0, 0};
        if (!put(a, &b, 'x'))
            return EMS_CSV_NOMEM;
        b.len = 0, b.s[0] = '\0';
        if (r->p < r->end && *r->p == '"') {
            long start = r->line;
            r->p++;
            for (;;) {
                if (r->p >= r->end) {
                    *error = "a quoted cell is not closed before the end of the file";
                    r->line = start;
                    return EMS_CSV_BAD;
                }
                char c = *r->p++;
                if (c == '"') {
                    if (r->p < r->end && *r->p == '"')
                        r->p++;
                    else
                        break;
                }
                if (c == '\n')
                    r->line++;
                if (!put(a, &b, c))
                    return EMS_CSV_NOMEM;
            }
            if (r->p < r->end && *r->p != r->sep && *r->p != '\n' && *r->p != '\r') {
                *error = "text after the closing quote of a quoted cell";
                skip_line(r);
                return EMS_CSV_BAD;
            }
        } else {
            while (r->p < r->end && *r->p != r->sep && *r->p != '\n' && *r->p != '\r') {
                if (*r->p == '"') {
                    *error = "a quote inside an unquoted cell: quote the whole cell and write "
                             "each quote inside twice";
                    skip_line(r);
                    return EMS_CSV_BAD;
                }
                if (!put(a, &b, *r->p++))
                    return EMS_CSV_NOMEM;
            }
        }
        if (rec->ncells == max_cells) {
            *error = "more cells than the header has columns";
            skip_line(r);
            return EMS_CSV_BAD;
        }
        rec->cells[rec->ncells++] = b.s;
        if (r->p < r->end && *r->p == r->sep) {
            r->p++;
            continue;
        }
        if (r->p < r->end && *r->p == '\r')
            r->p++;
        if (r->p < r->end && *r->p == '\n')
            r->p++;
        r->line++;
        return EMS_CSV_RECORD;
    }
}
