#include "util/idmap.h"

#include "util/hash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static ems_idmap_slot *find(ems_idmap_slot *slots, size_t cap, const char *key)
{
    size_t i = (size_t)ems_hash__string(key) & (cap - 1);
    while (slots[i].key && strcmp(slots[i].key, key) != 0)
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

static int grow(ems_idmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 16;
    if (cap > SIZE_MAX / sizeof(ems_idmap_slot))
        return -1;
    ems_idmap_slot *slots = calloc(cap, sizeof(*slots));
    if (!slots)
        return -1;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            *find(slots, cap, m->slots[i].key) = m->slots[i];
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return 0;
}

int ems_idmap__put(ems_idmap *m, const char *key, size_t value, size_t *existing)
{
    if ((m->len + 1) * 4 > m->cap * 3 && grow(m) < 0)
        return -1;
    ems_idmap_slot *s = find(m->slots, m->cap, key);
    if (s->key) {
        if (existing)
            *existing = s->value;
        return 1;
    }
    s->key = key;
    s->value = value;
    m->len++;
    return 0;
}

int ems_idmap__get(const ems_idmap *m, const char *key, size_t *value)
{
    if (!m->cap)
        return 0;
    const ems_idmap_slot *s = find(m->slots, m->cap, key);
    if (!s->key)
        return 0;
    *value = s->value;
    return 1;
}

void ems_idmap__dispose(ems_idmap *m)
{
    free(m->slots);
    m->slots = NULL;
    m->cap = m->len = 0;
}
