/* Fuzz target: assessment loading and validation against the default
 * scorecard, then scoring it (alone, as a self or a peer assessment) and
 * serializing the results. */
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
    ems_results *res = NULL;
    char *xml = NULL;
    if (ems_assessment_load_memory(&as, fuzz_engine, fuzz_ctx, "fuzz.xml", data, size, card) ==
            EMS_OK &&
        ems_score(&res, fuzz_ctx, card, (const ems_assessment *const *)&as, 1, NULL,
                  (ems_model)(size % 4)) == EMS_OK)
        ems_results_serialize(&xml, NULL, res, fuzz_ctx);
    ems_free(xml);
    ems_results_free(res);
    ems_assessment_free(as);
    return 0;
}
