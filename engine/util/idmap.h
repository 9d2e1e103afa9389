/* A string -> index map (open addressing, FNV-1a), so every id lookup is
 * O(1) and scorecards of 100,000 items load in linear time. Keys are
 * borrowed: they must outlive the map. Internal, not exported. */
#ifndef EMSCORE_IDMAP_H
#define EMSCORE_IDMAP_H

#include <stddef.h>

typedef struct ems_idmap_slot {
    const char *key;
    size_t value;
} ems_idmap_slot;

typedef struct ems_idmap {
    ems_idmap_slot *slots;
    size_t cap, len;
} ems_idmap;

#define EMS_IDMAP_INIT {NULL, 0, 0}

/* Insert key -> value. Returns 0, 1 when the key was already present
 * (*existing, if not NULL, gets its value; nothing changes), or -1 when out
 * of memory. */
int ems_idmap__put(ems_idmap *m, const char *key, size_t value, size_t *existing);
/* 1 and *value when found, else 0. */
int ems_idmap__get(const ems_idmap *m, const char *key, size_t *value);
void ems_idmap__dispose(ems_idmap *m);

#endif
