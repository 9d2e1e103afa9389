/* Fuzz target: scorecard loading, schema and semantic validation. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_setup();
    ems_ctx_clear(fuzz_ctx);
    ems_scorecard *sc = NULL;
    ems_scorecard_load_memory(&sc, fuzz_engine, fuzz_ctx, "fuzz.xml", data, size);
    ems_scorecard_free(sc);
    return 0;
}
