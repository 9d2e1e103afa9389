/* Fuzz target: assessment loading and validation against the default
 * scorecard. */
#include "fuzz.h"

static ems_scorecard *card;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_setup();
    if (!card && ems_scorecard_load(&card, fuzz_engine, fuzz_ctx,
                                    EMS_SOURCE_DIR "/scorecards/un-ems.xml") != EMS_OK)
        abort();
    ems_ctx_clear(fuzz_ctx);
    ems_assessment *as = NULL;
    ems_assessment_load_memory(&as, fuzz_engine, fuzz_ctx, "fuzz.xml", data, size, card);
    ems_assessment_free(as);
    return 0;
}
