/* The one hash of the engine: 64-bit FNV-1a. Stable across machines and
 * releases, since shards are chosen by it (doc/formats.md, "Shard lists").
 * Not for anything an attacker must not steer: the hash maps it feeds
 * hold identifiers of documents already validated. Internal. */
#ifndef EMSCORE_HASH_H
#define EMSCORE_HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t ems_hash__bytes(const void *data, size_t len);
/* Of a NUL-terminated string, without its NUL. */
uint64_t ems_hash__string(const char *s);

#endif
