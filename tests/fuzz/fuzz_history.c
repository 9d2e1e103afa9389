/* Fuzz target: results read back as an earlier period
 * (ems_history_add_file()), then, when they are read, UNIDO's 2015
 * self-assessment scored over them, so the register and the changes are
 * computed from whatever the earlier results say. The input goes through
 * a file, as ems_history_add_file() reads one. */
#include <stdio.h>
#include <unistd.h>

#include "fuzz.h"

static ems_scorecard *sc;
static ems_assessment *later;
static char path[64];

static void remove_file(void)
{
    unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_setup();
    if (!sc) {
        snprintf(path, sizeof(path), "/tmp/fuzz-history-%ld.xml", (long)getpid());
        atexit(remove_file);
        if (ems_scorecard_load(&sc, fuzz_engine, fuzz_ctx, EMS_SOURCE_DIR "/scorecards/un-ems.xml") !=
                EMS_OK ||
            ems_assessment_load(&later, fuzz_engine, fuzz_ctx,
                                EMS_SOURCE_DIR "/scorecards/samples/unido-2015-self.xml", sc) != EMS_OK)
            abort();
    }
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
        abort();
    ems_ctx_clear(fuzz_ctx);
    ems_history *h = NULL;
    if (ems_history_new(&h) == EMS_OK &&
        ems_history_add_file(h, fuzz_engine, fuzz_ctx, path) == EMS_OK) {
        ems_score_options opts = EMS_SCORE_OPTIONS_INIT;
        opts.history = h;
        const ems_assessment *one[1] = {later};
        ems_results *r = NULL;
        if (ems_score_with(&r, fuzz_ctx, sc, one, 1, &opts) == EMS_OK) {
            char *xml = NULL;
            ems_results_serialize(&xml, NULL, r, fuzz_ctx);
            ems_free(xml);
        }
        ems_results_free(r);
    }
    ems_history_free(h);
    return 0;
}
