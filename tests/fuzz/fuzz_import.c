/* Fuzz target: the inventory CSV importer on arbitrary bytes (rows, groups,
 * the documents made and validated), writing nothing; then, when the bytes
 * are an inventory document, loading and scoring it with nothing else. */
#include "fuzz.h"
#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_setup();
    ems_ctx_clear(fuzz_ctx);
    size_t n = 0;
    ems_import__check_csv(&n, fuzz_engine, fuzz_ctx, "fuzz.csv", data, size);
    ems_ctx_clear(fuzz_ctx);
    ems_inventory *inv = NULL;
    if (ems_inventory_load_memory(&inv, fuzz_engine, fuzz_ctx, "fuzz.xml", data, size) == EMS_OK)
        ems_inventory_free(inv);
    return 0;
}
