/*
 * Batch runs in process: a file replaced after it was grouped (made
 * deterministic by the grouping hook) is refused, never scored under
 * another agency than its group's; results planted for --resume that are
 * another group's, or made under other options, are done again.
 */
#include "unit_helpers.h"

#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

#define SAMPLES EMS_SOURCE_DIR "/scorecards/samples/"
#define SCORECARD EMS_SOURCE_DIR "/scorecards/un-ems.xml"

static char scratch[64];

static int make_scratch(void **state)
{
    if (unit_setup(state) != 0 || unit_make_scratch(scratch, "batch") != 0)
        return -1;
    char path[128];
    snprintf(path, sizeof(path), "%s/in", scratch);
    return mkdir(path, 0777);
}

static int remove_scratch(void **state)
{
    (void)state;
    char path[128];
    ems_batch__grouped_hook = NULL;
    snprintf(path, sizeof(path), "%s/in", scratch);
    unit_remove_scratch(path);
    snprintf(path, sizeof(path), "%s/out", scratch);
    unit_remove_scratch(path);
    return unit_remove_scratch(scratch);
}

static char *in_scratch(const char *name)
{
    static char path[2][512];
    static int next;
    char *p = path[next++ % 2];
    snprintf(p, 512, "%s/%s", scratch, name);
    return p;
}

static void spit(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
    assert_int_equal(fclose(f), 0);
}

static void copy_edited(const char *from, const char *to, const char *a, const char *b)
{
    char *text = unit_slurp(from, NULL);
    assert_non_null(text);
    char *edited = unit_edit(text, a, b);
    spit(to, edited);
    free(edited);
    free(text);
}

/* Between grouping and scoring, the file is replaced by one of another agency. */
static void replace_the_input(void)
{
    char tmp[512];
    snprintf(tmp, sizeof(tmp), "%s.new", in_scratch("in/unep.xml"));
    copy_edited(SAMPLES "unep-2014-self.xml", tmp, "agency=\"UNEP\"", "agency=\"OTHER\"");
    assert_int_equal(rename(tmp, in_scratch("in/unep.xml")), 0);
}

static int run(ems_batch_stats *stats, int resume)
{
    ems_scorecard *sc = NULL;
    assert_int_equal(ems_scorecard_load(&sc, unit_engine, unit_ctx, SCORECARD), EMS_OK);
    ems_batch_options opts = EMS_BATCH_OPTIONS_INIT;
    opts.output_dir = in_scratch("out");
    opts.jobs = 1;
    opts.resume = resume;
    const char *paths[] = {in_scratch("in")};
    int rc = ems_batch_run(stats, unit_engine, unit_ctx, sc, paths, 1, &opts);
    ems_scorecard_free(sc);
    return rc;
}

static void test_batch__input_replaced_after_grouping_is_refused(void **state)
{
    (void)state;
    copy_edited(SAMPLES "unep-2014-self.xml", in_scratch("in/unep.xml"), "", "");
    ems_batch__grouped_hook = replace_the_input;
    ems_batch_stats stats = EMS_BATCH_STATS_INIT;
    assert_int_equal(run(&stats, 0), EMS_EINVALID);
    assert_int_equal(stats.groups, 1);
    assert_int_equal(stats.failed, 1);
    assert_some_error(-1, "changed while the batch ran");
    assert_int_equal(access(in_scratch("out/UNEP-2014.results.xml"), F_OK), -1);
    assert_int_equal(access(in_scratch("out/OTHER-2014.results.xml"), F_OK), -1);
}

static void test_batch__input_left_alone_is_scored(void **state)
{
    (void)state;
    copy_edited(SAMPLES "unep-2014-self.xml", in_scratch("in/unep.xml"), "", "");
    ems_batch_stats stats = EMS_BATCH_STATS_INIT;
    assert_int_equal(run(&stats, 0), EMS_OK);
    char *results = unit_slurp(in_scratch("out/UNEP-2014.results.xml"), NULL);
    assert_non_null(results);
    assert_non_null(strstr(results, "agency=\"UNEP\""));
    free(results);
}

/* Valid results, fresh, but of another agency (or model) under the
 * group's name: --resume does the group again and says why. */
static void test_batch__resume_vouches_for_results(void **state)
{
    (void)state;
    copy_edited(SAMPLES "unep-2014-self.xml", in_scratch("in/unep.xml"), "", "");
    copy_edited(SAMPLES "wmo-2014-self.xml", in_scratch("in/wmo.xml"), "", "");
    ems_batch_stats stats = EMS_BATCH_STATS_INIT;
    assert_int_equal(run(&stats, 0), EMS_OK);
    const char *cases[][2] = {
        {"agency=\"WMO\"", "its agency is 'WMO', not 'UNEP'"},
        {"model=\"weighted\"", "its model is 'flat', not 'weighted'"},
    };
    for (size_t i = 0; i < 2; i++) {
        if (i == 0) { /* WMO's results under UNEP's name */
            char *wmo = unit_slurp(in_scratch("out/WMO-2014.results.xml"), NULL);
            spit(in_scratch("out/UNEP-2014.results.xml"), wmo);
            free(wmo);
        } else {
            copy_edited(in_scratch("out/UNEP-2014.results.xml"),
                        in_scratch("out/UNEP-2014.results.xml.new"), cases[i][0],
                        "model=\"flat\"");
            rename(in_scratch("out/UNEP-2014.results.xml.new"),
                   in_scratch("out/UNEP-2014.results.xml"));
        }
        ems_ctx_clear(unit_ctx);
        assert_int_equal(run(&stats, 1), EMS_OK);
        assert_int_equal(stats.reports, 1);
        assert_int_equal(stats.skipped, 1);
        bool warned = false;
        for (size_t d = 0; d < ems_ctx_ndiags(unit_ctx); d++)
            warned |= strstr(ems_ctx_diag(unit_ctx, d)->message, cases[i][1]) != NULL;
        if (!warned)
            unit_dump_diags();
        assert_true(warned);
        char *again = unit_slurp(in_scratch("out/UNEP-2014.results.xml"), NULL);
        assert_non_null(strstr(again, "agency=\"UNEP\""));
        assert_non_null(strstr(again, "model=\"weighted\""));
        free(again);
        char *summary = unit_slurp(in_scratch("out/summary.xml"), NULL);
        assert_non_null(strstr(summary, "agency=\"UNEP\""));
        assert_non_null(strstr(summary, "agency=\"WMO\""));
        free(summary);
    }
}

/* Options not made from EMS_BATCH_OPTIONS_INIT (a program built against
 * another layout of the struct) are refused before anything is written. */
static void test_batch__options_of_another_version_are_refused(void **state)
{
    (void)state;
    copy_edited(SAMPLES "unep-2014-self.xml", in_scratch("in/unep.xml"), "", "");
    ems_scorecard *sc = NULL;
    assert_int_equal(ems_scorecard_load(&sc, unit_engine, unit_ctx, SCORECARD), EMS_OK);
    ems_batch_options opts = EMS_BATCH_OPTIONS_INIT;
    opts.output_dir = in_scratch("out");
    const char *paths[] = {in_scratch("in")};
    opts.version = EMS_BATCH_OPTIONS_VERSION + 1;
    ems_batch_stats stats = EMS_BATCH_STATS_INIT;
    stats.groups = 9;
    assert_int_equal(ems_batch_run(&stats, unit_engine, unit_ctx, sc, paths, 1, &opts), EMS_EARG);
    assert_int_equal(stats.groups, 0);
    /* stats not from EMS_BATCH_STATS_INIT: refused, nothing written */
    opts.version = EMS_BATCH_OPTIONS_VERSION;
    ems_batch_stats old = {0};
    assert_int_equal(ems_batch_run(&old, unit_engine, unit_ctx, sc, paths, 1, &opts), EMS_EARG);
    assert_int_equal(ems_batch_gather(&old, unit_engine, unit_ctx, opts.output_dir), EMS_EARG);
    assert_int_equal(access(opts.output_dir, F_OK), -1);
    opts.version = EMS_BATCH_OPTIONS_VERSION;
    assert_int_equal(ems_batch_run(&stats, unit_engine, unit_ctx, sc, paths, 1, &opts), EMS_OK);
    assert_int_equal(access(in_scratch("out/UNEP-2014.results.xml"), F_OK), 0);
    ems_scorecard_free(sc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_batch__input_replaced_after_grouping_is_refused,
                                        make_scratch, remove_scratch),
        cmocka_unit_test_setup_teardown(test_batch__input_left_alone_is_scored, make_scratch,
                                        remove_scratch),
        cmocka_unit_test_setup_teardown(test_batch__resume_vouches_for_results, make_scratch,
                                        remove_scratch),
        cmocka_unit_test_setup_teardown(test_batch__options_of_another_version_are_refused,
                                        make_scratch, remove_scratch),
    };
    return unit_run("batch", tests);
}
