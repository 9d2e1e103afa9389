#include "util/arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK_SIZE ((size_t)64 * 1024)

struct ems_arena_block {
    ems_arena_block *next;
    size_t used, size;
    alignas(max_align_t) unsigned char data[];
};

void *ems_arena__alloc(ems_arena *a, size_t n, size_t sz)
{
    size_t bytes, want;
    if (__builtin_mul_overflow(n, sz, &bytes))
        return NULL;
    if (bytes == 0)
        bytes = 1;
    if (__builtin_add_overflow(bytes, alignof(max_align_t) - 1, &bytes))
        return NULL;
    bytes &= ~(alignof(max_align_t) - 1);

    ems_arena_block *b = a->head;
    if (!b || b->size - b->used < bytes) {
        want = bytes > BLOCK_SIZE ? bytes : BLOCK_SIZE;
        if (want > SIZE_MAX - sizeof(*b))
            return NULL;
        b = malloc(sizeof(*b) + want);
        if (!b)
            return NULL;
        b->used = 0;
        b->size = want;
        /* A large one-off allocation goes behind the head so the head's
         * free space is not wasted. */
        if (a->head && bytes > BLOCK_SIZE / 4) {
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
    }
    void *p = b->data + b->used;
    b->used += bytes;
    memset(p, 0, bytes);
    return p;
}

char *ems_arena__strndup(ems_arena *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *p = ems_arena__alloc(a, len + 1, 1);
    if (p)
        memcpy(p, s, len);
    return p;
}

char *ems_arena__strdup(ems_arena *a, const char *s)
{
    return ems_arena__strndup(a, s, strlen(s));
}

void ems_arena__dispose(ems_arena *a)
{
    ems_arena_block *b = a->head;
    while (b) {
        ems_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

bool ems_array__grow(void **p, size_t *cap, size_t len, size_t sz)
{
    if (len < *cap)
        return true;
    size_t ncap = *cap ? *cap * 2 : 16;
    size_t bytes;
    if (ncap < *cap || __builtin_mul_overflow(ncap, sz, &bytes))
        return false;
    void *q = realloc(*p, bytes);
    if (!q)
        return false;
    *p = q;
    *cap = ncap;
    return true;
}

void ems_array__sort(void *base, size_t n, size_t sz, int (*cmp)(const void *, const void *))
{
    if (n)
        qsort(base, n, sz, cmp);
}
