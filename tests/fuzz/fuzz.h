/* Shared by the fuzz targets: one engine and context per process, built
 * from the source tree's schema. */
#ifndef EMSCORE_FUZZ_H
#define EMSCORE_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "emscore.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static ems_engine *fuzz_engine;
static ems_ctx *fuzz_ctx;

/* Abort on a setup failure: a fuzzer without its engine tests nothing. */
static inline void fuzz_setup(void)
{
    if (fuzz_engine)
        return;
    if (ems_ctx_new(&fuzz_ctx) != EMS_OK || ems_engine_new(&fuzz_engine, fuzz_ctx, EMS_SOURCE_DIR) != EMS_OK)
        abort();
}

#endif
