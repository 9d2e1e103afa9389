/* emscore validate [--scorecard SC] FILE... */
#include <stdbool.h>
#include <string.h>

#include "cli.h"

static const cli_option options[] = {
    {"scorecard", 's', "SC", "check assessments against this scorecard too"},
    CLI_LIMIT_OPTIONS,
    {NULL, 0, NULL, NULL},
};

/* Without --scorecard an assessment is checked against the schema only:
 * its line says so, lest it be read as valid against the scorecard. */
static void print_summary(cli_env *env, const char *path, const ems_doc_summary *s,
                          bool with_scorecard)
{
    const char *only = with_scorecard ? "" : " (structure only: no --scorecard)";
    switch (s->type) {
    case EMS_DOC_SCORECARD:
        cli_line(env->out,
                "%s: scorecard %s version %s: %zu areas, %zu milestones, %zu indicators, "
                "%zu profiles",
                path, s->id, s->version, s->counts.scorecard.areas, s->counts.scorecard.milestones,
                s->counts.scorecard.indicators, s->counts.scorecard.profiles);
        break;
    case EMS_DOC_ASSESSMENT:
        if (strcmp(s->kind, "response") == 0)
            cli_line(env->out, "%s: management response %s period %s: %zu replies%s", path, s->id,
                     s->version, s->counts.assessment.replies, only);
        else
            cli_line(env->out,
                     "%s: assessment %s %s period %s: %zu responses, %zu measures, %zu reviewers%s",
                     path, s->kind, s->id, s->version, s->counts.assessment.responses,
                     s->counts.assessment.measures, s->counts.assessment.reviewers, only);
        break;
    case EMS_DOC_INVENTORY:
        cli_line(env->out, "%s: inventory %s period %s: %zu sources, %zu offsets, %zu personnel",
                 path, s->id, s->version, s->counts.inventory.sources, s->counts.inventory.offsets,
                 s->counts.inventory.personnel);
        break;
    case EMS_DOC_SUMMARY:
        cli_line(env->out, "%s: summary of %zu results", path, s->counts.summary.entries);
        break;
    case EMS_DOC_SHARD:
        cli_line(env->out, "%s: list of shard %zu of %zu: %zu groups", path,
                 s->counts.shard_list.shard, s->counts.shard_list.shards,
                 s->counts.shard_list.groups);
        break;
    default:
        cli_line(env->out, "%s: results %s period %s: %zu areas, %zu milestones and indicators", path,
                s->id, s->version, s->counts.results.areas, s->counts.results.leaves);
        break;
    }
}

static int run(cli_env *env, int argc, char **argv)
{
    cli_args args;
    int done;
    int rc = cli_parse(&args, &cli_cmd_validate, env, argc, argv, &done);
    if (done)
        return rc;
    if (args.noperands == 0)
        return cli_usage_error(env, &cli_cmd_validate, "no FILE to validate");
    ems_engine *engine = cli_engine(env);
    if (!engine)
        return 2;
    ems_scorecard *sc = NULL;
    const char *scpath = cli_value(&args, &cli_cmd_validate, "scorecard");
    if (scpath) {
        int st = ems_scorecard_load(&sc, engine, env->ctx, scpath);
        if (st != EMS_OK) {
            cli_print_diags(env);
            cli_line(env->err, "emscore: error: cannot use scorecard %s", scpath);
            return cli_exit_status(st) == 1 ? 1 : 2;
        }
    }
    int worst = 0;
    for (int i = 0; i < args.noperands; i++) {
        ems_doc_summary s = EMS_DOC_SUMMARY_INIT;
        int st = ems_validate_file(&s, engine, env->ctx, args.operands[i], sc);
        cli_print_diags(env);
        if (st == EMS_OK)
            print_summary(env, args.operands[i], &s, sc != NULL);
        int code = cli_exit_status(st);
        if (code > worst)
            worst = code;
    }
    ems_scorecard_free(sc);
    return worst;
}

const cli_command cli_cmd_validate = {
    "validate",
    "[--scorecard SC] FILE...",
    "Check scorecards, assessments and results against the schema and every semantic rule.",
    "The document type comes from the root element. One line per valid file goes to\n"
    "standard output; every problem goes to standard error as FILE:LINE: error: MESSAGE.\n"
    "Files may be gzip-compressed. Without --scorecard, assessments are checked on their\n"
    "own; with it, every milestone, indicator, level and profile they name is resolved.\n",
    options,
    run,
};
