/* Fuzz target: a results document (validated against the schema) rendered
 * to the HTML report with the built-in stylesheet. */
#include "fuzz.h"

static ems_report *html;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_setup();
    if (!html && ems_report_new(&html, fuzz_engine, fuzz_ctx, "html", NULL, NULL) != EMS_OK)
        abort();
    ems_ctx_clear(fuzz_ctx);
    char *out = NULL;
    ems_report_render_memory(&out, NULL, html, fuzz_ctx, "fuzz.results.xml", data, size);
    ems_free(out);
    return 0;
}
