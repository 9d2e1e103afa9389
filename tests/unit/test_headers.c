/*
 * The public header stands alone: it comes first here, with every warning
 * of the project's flags turned into an error, and twice, so its guard
 * holds. Then the conventions it promises for every call that needs no
 * document: static status texts, version, limits, NULL-safe getters and
 * destructors, *out NULL on failure.
 */
#pragma GCC diagnostic error "-Wall"
#pragma GCC diagnostic error "-Wextra"
#pragma GCC diagnostic error "-Wpedantic"
#pragma GCC diagnostic error "-Wstrict-prototypes"
#pragma GCC diagnostic error "-Wmissing-prototypes"
#pragma GCC diagnostic error "-Wshadow"
#include "emscore.h"
#include "emscore.h"

#include "unit_helpers.h"

static void test_headers__version(void **state)
{
    (void)state;
    assert_string_equal(ems_version(), EMS_VERSION_STRING);
    char want[32];
    snprintf(want, sizeof(want), "%d.%d.%d", EMS_VERSION_MAJOR, EMS_VERSION_MINOR,
             EMS_VERSION_PATCH);
    assert_string_equal(EMS_VERSION_STRING, want);
    assert_int_equal(EMS_VERSION_NUMBER,
                     EMS_VERSION_MAJOR * 10000 + EMS_VERSION_MINOR * 100 + EMS_VERSION_PATCH);
    assert_string_equal(EMS_NAMESPACE, "urn:emscore:1");
}

static void test_headers__status_texts(void **state)
{
    (void)state;
    static const int codes[] = {EMS_OK,     EMS_EINVALID, EMS_ELIMIT,   EMS_EIO,
                                EMS_ENOMEM, EMS_EARG,     EMS_EINTERNAL};
    const size_t n = sizeof(codes) / sizeof(codes[0]);
    for (size_t i = 0; i < n; i++) {
        assert_true(codes[i] <= 0);
        const char *t = ems_strerror(codes[i]);
        assert_non_null(t);
        assert_true(t[0] != '\0');
        for (size_t k = 0; k < i; k++)
            assert_string_not_equal(t, ems_strerror(codes[k]));
    }
    assert_string_equal(ems_strerror(-99), "unknown error");
    assert_string_equal(ems_strerror(1), "unknown error");
}

static void test_headers__context_limits(void **state)
{
    (void)state;
    ems_ctx *ctx = NULL;
    assert_int_equal(ems_ctx_new(NULL), EMS_EARG);
    assert_int_equal(ems_ctx_new(&ctx), EMS_OK);
    assert_int_equal(ems_ctx_limit(ctx, EMS_LIMIT_INPUT_BYTES), 16u << 20);
    assert_int_equal(ems_ctx_limit(ctx, EMS_LIMIT_XML_BYTES), 16u << 20);
    assert_int_equal(ems_ctx_limit(ctx, EMS_LIMIT_DEPTH), 64);
    assert_int_equal(ems_ctx_limit(ctx, EMS_LIMIT_ITEMS), 200000);
    assert_int_equal(ems_ctx_limit(NULL, EMS_LIMIT_DEPTH), 64);
    assert_int_equal(ems_ctx_set_limit(ctx, EMS_LIMIT_DEPTH, 0), EMS_EARG);
    assert_int_equal(ems_ctx_set_limit(ctx, EMS_LIMIT_COUNT_, 5), EMS_EARG);
    assert_int_equal(ems_ctx_set_limit(NULL, EMS_LIMIT_DEPTH, 5), EMS_EARG);
    assert_int_equal(ems_ctx_limit(ctx, EMS_LIMIT_DEPTH), 64);
    assert_int_equal(ems_ctx_set_limit(ctx, EMS_LIMIT_DEPTH, 5), EMS_OK);
    assert_int_equal(ems_ctx_limit(ctx, EMS_LIMIT_DEPTH), 5);
    assert_int_equal(ems_ctx_limit(ctx, EMS_LIMIT_COUNT_), 0);
    ems_ctx_free(ctx);
}

static void test_headers__null_is_harmless(void **state)
{
    (void)state;
    ems_ctx_free(NULL);
    ems_ctx_clear(NULL);
    ems_engine_free(NULL);
    ems_scorecard_free(NULL);
    ems_assessment_free(NULL);
    assert_int_equal(ems_ctx_ndiags(NULL), 0);
    assert_int_equal(ems_ctx_nerrors(NULL), 0);
    assert_null(ems_ctx_diag(NULL, 0));
    assert_string_equal(ems_ctx_errmsg(NULL), "");
    assert_null(ems_engine_datadir(NULL));
    assert_null(ems_scorecard_version(NULL));
    assert_null(ems_assessment_period(NULL));
}

/* A failed call leaves *out NULL and says why on the context, with the
 * file; ems_ctx_clear() forgets it. */
static void test_headers__engine_failure(void **state)
{
    (void)state;
    ems_ctx *ctx = NULL;
    ems_engine *engine = (ems_engine *)&engine;
    assert_int_equal(ems_ctx_new(&ctx), EMS_OK);
    assert_int_equal(ems_engine_new(&engine, ctx, "/nonexistent/emscore-data"), EMS_EIO);
    assert_null(engine);
    assert_int_equal(ems_ctx_ndiags(ctx), 1);
    assert_int_equal(ems_ctx_nerrors(ctx), 1);
    const ems_diag *d = ems_ctx_diag(ctx, 0);
    assert_int_equal(d->code, EMS_EIO);
    assert_int_equal(d->severity, EMS_SEV_ERROR);
    assert_string_equal(d->file, "/nonexistent/emscore-data");
    assert_int_equal(d->line, 0);
    assert_string_equal(ems_ctx_errmsg(ctx), d->message);
    assert_non_null(strstr(d->message, "data folder not found"));
    assert_null(ems_ctx_diag(ctx, 1));
    ems_ctx_clear(ctx);
    assert_int_equal(ems_ctx_ndiags(ctx), 0);
    assert_string_equal(ems_ctx_errmsg(ctx), "");
    assert_int_equal(ems_engine_new(NULL, ctx, EMS_SOURCE_DIR), EMS_EARG);
    ems_ctx_free(ctx);
}

static void test_headers__engine_datadir(void **state)
{
    (void)state;
    char real[4096];
    assert_non_null(realpath(EMS_SOURCE_DIR, real));
    assert_string_equal(ems_engine_datadir(unit_engine), real);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_headers__version),
        cmocka_unit_test(test_headers__status_texts),
        cmocka_unit_test(test_headers__context_limits),
        cmocka_unit_test(test_headers__null_is_harmless),
        cmocka_unit_test(test_headers__engine_failure),
        cmocka_unit_test(test_headers__engine_datadir),
    };
    return unit_run("headers", tests);
}
