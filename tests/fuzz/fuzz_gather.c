/* Fuzz target: a shard list (.emscore-shard-1-of-1.xml) gathered by
 * ems_batch_gather() in a folder that also holds the folder's stamp and
 * one valid results file, so that a list which validates goes on to read
 * results and write the summary. The folder is made once per process and
 * removed at exit. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

static char dir[64];

static void put(const char *name, const void *data, size_t size)
{
    char path[128];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
        abort();
}

static void remove_folder(void)
{
    static const char *const names[] = {".emscore-batch", ".emscore-shard-1-of-1.xml",
                                        "UNIDO-2014.results.xml", "summary.xml",
                                        "summary.html", "summary.csv"};
    char path[128];
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
}

static void make_folder(void)
{
    snprintf(dir, sizeof(dir), "/tmp/fuzz-gather-XXXXXX");
    if (!mkdtemp(dir))
        abort();
    atexit(remove_folder);
    static const char stamp[] = "scorecard un-ems 2014.1\nmodel weighted\nprofile -\nlang en\n";
    put(".emscore-batch", stamp, strlen(stamp));
    FILE *f = fopen(EMS_SOURCE_DIR "/tests/data/golden/unido-2014.results.xml", "rb");
    static char results[1 << 20];
    size_t n = f ? fread(results, 1, sizeof(results), f) : 0;
    if (!f || n == 0 || n == sizeof(results))
        abort();
    fclose(f);
    put("UNIDO-2014.results.xml", results, n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_setup();
    if (!dir[0])
        make_folder();
    put(".emscore-shard-1-of-1.xml", data, size);
    ems_ctx_clear(fuzz_ctx);
    ems_batch_gather(NULL, fuzz_engine, fuzz_ctx, dir);
    return 0;
}
