/* Score an agency's self and peer assessments with libemscore, then write the
 * results document and its HTML peer-review report. Build with pkg-config:
 *   cc -o score_and_report score_and_report.c $(pkg-config --cflags --libs emscore) */
#include <emscore.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc != 6) {
        fprintf(stderr, "usage: %s SCORECARD SELF PEER RESULTS.xml REPORT.html\n", argv[0]);
        return 2;
    }
    ems_ctx *ctx = NULL; /* collects the diagnostics of every call made with it */
    ems_engine *engine = NULL;
    ems_scorecard *sc = NULL;
    ems_assessment *as[2] = {NULL, NULL};
    ems_results *results = NULL;
    ems_report *report = NULL;
    int st = ems_ctx_new(&ctx);
    if (st == EMS_OK) /* NULL: the data folder $EMSCORE_DATADIR names, else the installed one */
        st = ems_engine_new(&engine, ctx, NULL);
    if (st == EMS_OK)
        st = ems_scorecard_load(&sc, engine, ctx, argv[1]);
    for (int i = 0; st == EMS_OK && i < 2; i++) /* the self, then the peer assessment */
        st = ems_assessment_load(&as[i], engine, ctx, argv[2 + i], sc);
    if (st == EMS_OK)
        st = ems_score(&results, ctx, sc, (const ems_assessment *const *)as, 2, NULL,
                       EMS_MODEL_WEIGHTED);
    if (st == EMS_OK)
        st = ems_results_write(results, ctx, argv[4]);
    if (st == EMS_OK)
        st = ems_report_new(&report, engine, ctx, "html", "en", NULL);
    if (st == EMS_OK)
        st = ems_report_write(report, ctx, argv[4], argv[5]);
    for (size_t i = 0; i < ems_ctx_ndiags(ctx); i++) {
        const ems_diag *d = ems_ctx_diag(ctx, i);
        char line[24] = ""; /* none when the problem is with the whole file */
        if (d->line > 0)
            snprintf(line, sizeof(line), ":%ld", d->line);
        fprintf(stderr, "%s%s: %s: %s\n", d->file, line,
                d->severity == EMS_SEV_ERROR ? "error" : "warning", d->message);
    }
    int final = st == EMS_OK ? ems_results_overall(results, EMS_OVERALL_FINAL) : -1;
    if (st != EMS_OK)
        fprintf(stderr, "%s: %s\n", argv[0], ems_strerror(st));
    else if (final < 0) /* nothing counted was rated: the score is not applicable */
        printf("%s %s: final na\n", ems_results_agency(results), ems_results_period(results));
    else /* hundredths of a point */
        printf("%s %s: final %d.%02d, grade %s\n", ems_results_agency(results),
               ems_results_period(results), final / 100, final % 100, ems_results_grade(results));
    ems_report_free(report);
    ems_results_free(results);
    ems_assessment_free(as[1]);
    ems_assessment_free(as[0]);
    ems_scorecard_free(sc);
    ems_engine_free(engine);
    ems_ctx_free(ctx);
    return st == EMS_OK ? 0 : 1;
}
