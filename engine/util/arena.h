/* A bump allocator: every string and array of a loaded model lives in one
 * arena and is released at once. Internal, not exported. */
#ifndef EMSCORE_ARENA_H
#define EMSCORE_ARENA_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ems_arena_block ems_arena_block;

typedef struct ems_arena {
    ems_arena_block *head;
} ems_arena;

#define EMS_ARENA_INIT {NULL}

/* Zeroed memory for n objects of size sz, aligned for any type; NULL on
 * overflow or when out of memory. */
void *ems_arena__alloc(ems_arena *a, size_t n, size_t sz);
/* A copy of s (len bytes) with a terminating NUL; NULL when out of memory. */
char *ems_arena__strndup(ems_arena *a, const char *s, size_t len);
char *ems_arena__strdup(ems_arena *a, const char *s);
void ems_arena__dispose(ems_arena *a);

/* Room for one more element of size sz in the malloc'd array *p of *cap
 * elements, len of them used: doubles the capacity (16 at first) when it
 * is full. False, *p unchanged, when memory runs out. */
bool ems_array__grow(void **p, size_t *cap, size_t len, size_t sz);

/* qsort() of n elements, none for n == 0: qsort of a NULL array is
 * undefined even when it is empty, and an array with nothing in it may
 * never have been allocated. */
void ems_array__sort(void *base, size_t n, size_t sz, int (*cmp)(const void *, const void *));

#endif
