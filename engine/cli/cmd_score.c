/* emscore score --scorecard SC [--inventory INV]... [--previous RESULTS]... [--baseline PERIOD]
 *               [-o OUT] ASSESSMENT... */
#include <string.h>

#include "cli.h"

static const cli_option options[] = {
    {"scorecard", 's', "SC", "the scorecard the assessments answer (required)"},
    {"profile", 'p', "ID", "score with this profile of the scorecard (default: the assessments')"},
    {"model", 'm', "M", "weighted (default), flat, flat-unweighted or absolute"},
    {"inventory", 'i', "INV", "the agency's inventory of the period, and of its baseline (repeat)"},
    {"output", 'o', "OUT", "write the results to OUT, whole or not at all (.gz: compressed)"},
    {"previous", 0, "RESULTS", "results of an earlier period of the agency (repeatable, any order)"},
    {"baseline", 0, "PERIOD", "the earlier period progress is measured from (default: the earliest)"},
    CLI_LIMIT_OPTIONS,
    {NULL, 0, NULL, NULL},
};

static int run(cli_env *env, int argc, char **argv)
{
    const cli_command *cmd = &cli_cmd_score;
    cli_args args;
    int done;
    int rc = cli_parse(&args, cmd, env, argc, argv, &done);
    if (done)
        return rc;
    const char *scpath = cli_value(&args, cmd, "scorecard");
    const char *model_name = cli_value(&args, cmd, "model");
    const char *output = cli_output(&args, cmd);
    ems_model model = EMS_MODEL_WEIGHTED;
    if (!scpath)
        return cli_usage_error(env, cmd, "--scorecard is required");
    if (model_name && ems_model_from_name(&model, model_name) != EMS_OK)
        return cli_usage_error(env, cmd,
                               "unknown model '%s': use weighted, flat, flat-unweighted or "
                               "absolute",
                               model_name);
    if (args.noperands < 1 || args.noperands > 3)
        return cli_usage_error(env, cmd,
                               "give one self and/or one peer ASSESSMENT, and at most one "
                               "management response (got %d files)",
                               args.noperands);
    ems_engine *engine = cli_engine(env);
    if (!engine)
        return 2;
    ems_scorecard *sc = NULL;
    ems_assessment *as[3] = {NULL, NULL, NULL};
    ems_inventory *inv[2] = {NULL, NULL};
    ems_results *results = NULL;
    ems_history *history = NULL;
    int ninv = 0;
    while (cli_value_at(&args, cmd, "inventory", ninv))
        ninv++;
    if (ninv > 2)
        return cli_usage_error(env, cmd, "give at most two --inventory: the period's and its "
                               "baseline's");
    int st = ems_scorecard_load(&sc, engine, env->ctx, scpath);
    for (int i = 0; sc && i < ninv; i++) {
        int ist = ems_inventory_load(&inv[i], engine, env->ctx,
                                     cli_value_at(&args, cmd, "inventory", i));
        if (cli_exit_status(ist) > cli_exit_status(st))
            st = ist;
    }
    /* Load every input, so that all their problems are reported at once. */
    for (int i = 0; sc && i < args.noperands; i++) {
        int ast = ems_assessment_load(&as[i], engine, env->ctx, args.operands[i], sc);
        if (cli_exit_status(ast) > cli_exit_status(st))
            st = ast;
    }
    /* The inventory of the assessments' period is the current one; the
     * other one its baseline (ems_score_with() checks both). */
    if (st == EMS_OK && inv[1] &&
        strcmp(ems_inventory_period(inv[1]), ems_assessment_period(as[0])) == 0) {
        ems_inventory *t = inv[0];
        inv[0] = inv[1];
        inv[1] = t;
    }
    int hst = ems_history_new(&history);
    if (cli_exit_status(hst) > cli_exit_status(st))
        st = hst;
    const char *prev;
    for (int i = 0; history && (prev = cli_value_at(&args, cmd, "previous", i)) != NULL; i++) {
        hst = ems_history_add_file(history, engine, env->ctx, prev);
        if (cli_exit_status(hst) > cli_exit_status(st))
            st = hst;
    }
    ems_score_options opts = EMS_SCORE_OPTIONS_INIT;
    opts.profile = cli_value(&args, cmd, "profile");
    opts.model = model;
    opts.inventory = inv[0];
    opts.inventory_baseline = inv[1];
    opts.history = history;
    opts.baseline = cli_value(&args, cmd, "baseline");
    if (st == EMS_OK)
        st = ems_score_with(&results, env->ctx, sc, (const ems_assessment *const *)as,
                            (size_t)args.noperands, &opts);
    if (st == EMS_OK && output) {
        st = ems_results_write(results, env->ctx, output);
    } else if (st == EMS_OK) {
        char *bytes = NULL;
        size_t len = 0;
        st = ems_results_serialize(&bytes, &len, results, env->ctx);
        if (st == EMS_OK)
            fwrite(bytes, 1, len, env->out);
        ems_free(bytes);
    }
    ems_results_free(results);
    ems_history_free(history);
    for (int i = 0; i < 3; i++)
        ems_assessment_free(as[i]);
    ems_inventory_free(inv[0]);
    ems_inventory_free(inv[1]);
    ems_scorecard_free(sc);
    return cli_exit_status(st);
}

const cli_command cli_cmd_score = {
    "score",
    "--scorecard SC [--profile ID] [--model M] [--inventory INV]... [--previous RESULTS]... "
    "[--baseline PERIOD] [-o OUT] ASSESSMENT...",
    "Score the self and/or peer assessment of one agency and period.",
    "ASSESSMENT is a self-assessment, a peer assessment or one of each (in any order),\n"
    "of the same agency, period and scorecard version, and may include the agency's\n"
    "management response to the review (kind=\"response\"). The results document goes\n"
    "to standard output or to OUT; the same inputs always give the same bytes. Scores\n"
    "are in points with two decimals; see doc/scoring.md for every rule.\n"
    "With --inventory (the agency's inventory of the period, and that of the baseline\n"
    "period it names), the indicators the scorecard binds to an inventory figure are\n"
    "computed from it; a typed value that differs is flagged inconsistent.\n"
    "With --previous (the results of earlier periods of the agency, scored with the\n"
    "same model) the results also carry the series of scores, the changes since the\n"
    "previous period and since the baseline, and the register of every recommendation\n"
    "made so far with its response and follow-up status.\n"
    "Exit status: 0 scored; 1 an input is invalid or the assessments do not belong\n"
    "together; 2 usage error or unreadable file.\n",
    options,
    run,
};
