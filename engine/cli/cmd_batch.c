/* emscore batch --scorecard SC --output DIR [--jobs N] [--lang L] INPUT...
 * emscore batch --gather --output DIR */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "../util/whole.h"

static const cli_option options[] = {
    {"scorecard", 's', "SC", "the scorecard the assessments answer (required)"},
    {"output", 'o', "DIR", "folder for the results and reports (required; created if missing)"},
    {"jobs", 'j', "N", "worker threads: 1 to 256 (default: one per online CPU, at most 256)"},
    {"lang", 'l', "L", "report language: en, fr, es, ar, zh or ru (default en)"},
    {"format", 'f', "LIST", "each group's reports: html (default), docx, odt, executive, comma-separated"},
    {"profile", 'p', "ID", "score every group with this profile (default: each group's own)"},
    {"model", 'm', "M", "weighted (default), flat, flat-unweighted or absolute"},
    {"shard", 0, "K/N", "do only part K of N of the groups (K from 1 to N), by agency and period"},
    {"resume", 0, NULL, "skip groups whose outputs are newer than their inputs and earlier periods"},
    {"gather", 0, NULL, "write DIR's summary from the results of all its shards (no INPUT)"},
    {"period", 0, "P", "the summary ranks period P (default: each agency's latest period)"},
    CLI_LIMIT_OPTIONS,
    {NULL, 0, NULL, NULL},
};

typedef struct progress_bar {
    FILE *err;
    struct timespec start;
} progress_bar;

static double seconds_since(struct timespec t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0.tv_sec) + (double)(t.tv_nsec - t0.tv_nsec) / 1e9;
}

/* done/total, rate and time left, redrawn in place on a terminal. */
static void show_progress(void *user, size_t done, size_t total)
{
    progress_bar *p = user;
    double elapsed = seconds_since(p->start);
    double rate = elapsed > 0 ? (double)done / elapsed : 0;
    int width = 30, filled = total ? (int)((double)width * (double)done / (double)total) : width;
    char bar[32];
    memset(bar, '#', (size_t)filled);
    memset(bar + filled, '.', (size_t)(width - filled));
    bar[width] = '\0';
    fprintf(p->err, "\r[%s] %zu/%zu groups  %.0f/s", bar, done, total, rate);
    if (done < total && rate > 0) {
        long left = (long)((double)(total - done) / rate + 0.5);
        fprintf(p->err, "  %ld:%02ld left ", left / 60, left % 60);
    } else {
        fprintf(p->err, "              ");
    }
    if (done == total)
        fprintf(p->err, "\n");
    fflush(p->err);
}

/* The most threads a run starts (ems_batch_run never starts more), and
 * the most parts a run can be split into. */
#define MAX_JOBS 256u
#define MAX_SHARDS 100000u

/* K/N: both whole numbers, 1 <= K <= N <= MAX_SHARDS. */
static int parse_shard(const char *s, unsigned *k, unsigned *n)
{
    const char *slash = strchr(s, '/');
    char left[32];
    uint64_t kk, nn;
    if (!slash || (size_t)(slash - s) >= sizeof(left))
        return -1;
    memcpy(left, s, (size_t)(slash - s));
    left[slash - s] = '\0';
    if (ems_decimal__whole(left, 1, MAX_SHARDS, &kk) != 0 ||
        ems_decimal__whole(slash + 1, 1, MAX_SHARDS, &nn) != 0 || kk > nn)
        return -1;
    *k = (unsigned)kk;
    *n = (unsigned)nn;
    return 0;
}

/* --gather: every other option comes from the folder. */
/* ", N inventories without assessments": counted in the summary's climate
 * figures only. */
static void print_inventories(cli_env *env, const ems_batch_stats *stats)
{
    if (stats->inventories)
        fprintf(env->out, ", %zu inventor%s without assessments", stats->inventories,
                stats->inventories == 1 ? "y" : "ies");
}

static int gather(cli_env *env, const cli_args *args)
{
    const cli_command *cmd = &cli_cmd_batch;
    static const char *const refused[] = {"scorecard", "jobs",  "lang",   "profile",
                                          "model",     "shard", "resume", "format"};
    const char *dir = cli_value(args, cmd, "output");
    for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++)
        if (cli_value(args, cmd, refused[i]))
            return cli_usage_error(env, cmd,
                                   "--gather takes no --%s: the folder says how its shards ran",
                                   refused[i]);
    if (!dir)
        return cli_usage_error(env, cmd, "--output is required");
    const char *period = cli_value(args, cmd, "period");
    if (period && !ems_identifier_valid(period))
        return cli_usage_error(env, cmd, "--period needs a period identifier, not '%s'", period);
    if (args->noperands != 0)
        return cli_usage_error(env, cmd, "--gather takes no INPUT: it reads the folder's results");
    ems_engine *engine = cli_engine(env);
    if (!engine)
        return 2;
    ems_batch_stats stats = EMS_BATCH_STATS_INIT;
    ems_summary_options sopts = EMS_SUMMARY_OPTIONS_INIT;
    sopts.period = period;
    int st = ems_batch_gather_with(&stats, engine, env->ctx, dir, &sopts);
    cli_print_diags(env);
    fprintf(env->out, "%zu groups, %zu failed or missing", stats.groups, stats.failed);
    print_inventories(env, &stats);
    fprintf(env->out, " (in %s)\n", dir);
    return cli_exit_status(st);
}

static int run(cli_env *env, int argc, char **argv)
{
    const cli_command *cmd = &cli_cmd_batch;
    cli_args args;
    int done;
    int rc = cli_parse(&args, cmd, env, argc, argv, &done);
    if (done)
        return rc;
    if (cli_value(&args, cmd, "gather"))
        return gather(env, &args);
    ems_batch_options opts = EMS_BATCH_OPTIONS_INIT;
    const char *scpath = cli_value(&args, cmd, "scorecard");
    const char *jobs = cli_value(&args, cmd, "jobs");
    const char *model = cli_value(&args, cmd, "model");
    const char *shard = cli_value(&args, cmd, "shard");
    opts.output_dir = cli_value(&args, cmd, "output");
    opts.lang = cli_value(&args, cmd, "lang");
    opts.formats = cli_value(&args, cmd, "format");
    opts.profile = cli_value(&args, cmd, "profile");
    opts.resume = cli_value(&args, cmd, "resume") != NULL;
    opts.period = cli_value(&args, cmd, "period");
    if (!scpath)
        return cli_usage_error(env, cmd, "--scorecard is required");
    if (!opts.output_dir)
        return cli_usage_error(env, cmd, "--output is required");
    if (strcmp(opts.output_dir, "-") == 0)
        return cli_usage_error(env, cmd, "--output names a folder, not standard output");
    uint64_t njobs;
    if (jobs && cli_whole(env, cmd, "jobs", jobs, 1, MAX_JOBS, &njobs) != 0)
        return 2;
    if (jobs)
        opts.jobs = (unsigned)njobs;
    if (model && ems_model_from_name(&opts.model, model) != EMS_OK)
        return cli_usage_error(env, cmd,
                               "unknown model '%s': use weighted, flat, flat-unweighted or absolute",
                               model);
    if (shard && parse_shard(shard, &opts.shard, &opts.nshards) != 0)
        return cli_usage_error(env, cmd,
                               "--shard needs K/N, whole numbers with 1 <= K <= N <= %u, not '%s'",
                               MAX_SHARDS, shard);
    if (opts.period && !ems_identifier_valid(opts.period))
        return cli_usage_error(env, cmd, "--period needs a period identifier, not '%s'",
                               opts.period);
    if (opts.period && shard)
        return cli_usage_error(env, cmd,
                               "--period chooses what the summary ranks, and a shard writes "
                               "none: give it to --gather");
    if (args.noperands == 0)
        return cli_usage_error(env, cmd, "no INPUT: name assessment files or folders");
    /* A mistyped INPUT is found before the output folder is touched, and
     * is a system error as in every other command. */
    int missing = 0;
    for (int i = 0; i < args.noperands; i++)
        if (access(args.operands[i], F_OK) != 0) {
            cli_line(env->err, "%s: error: cannot open: %s", args.operands[i], strerror(errno));
            missing = 1;
        }
    if (missing)
        return 2;
    ems_engine *engine = cli_engine(env);
    if (!engine)
        return 2;
    ems_scorecard *sc = NULL;
    int st = ems_scorecard_load(&sc, engine, env->ctx, scpath);
    if (st != EMS_OK) {
        cli_print_diags(env);
        cli_line(env->err, "emscore: error: cannot use scorecard %s", scpath);
        return 2;
    }
    progress_bar bar = {env->err, {0, 0}};
    clock_gettime(CLOCK_MONOTONIC, &bar.start);
    if (isatty(fileno(env->err))) {
        opts.progress = show_progress;
        opts.user = &bar;
    }
    ems_batch_stats stats = EMS_BATCH_STATS_INIT;
    st = ems_batch_run(&stats, engine, env->ctx, sc, (const char *const *)args.operands,
                       (size_t)args.noperands, &opts);
    cli_print_diags(env);
    fprintf(env->out, "%zu group%s, %zu report%s, %zu failed", stats.groups,
            stats.groups == 1 ? "" : "s", stats.reports, stats.reports == 1 ? "" : "s",
            stats.failed);
    if (stats.skipped)
        fprintf(env->out, ", %zu up to date", stats.skipped);
    print_inventories(env, &stats);
    cli_line(env->out, " (in %s)", opts.output_dir);
    ems_scorecard_free(sc);
    return cli_exit_status(st);
}

const cli_command cli_cmd_batch = {
    "batch",
    "--scorecard SC --output DIR [--jobs N] [--lang L] [--format LIST] [--shard K/N] [--resume] "
    "[--period P] INPUT...\n"
    "       emscore batch --gather --output DIR [--period P]",
    "Score and report every agency and period found in files and folders, on every core.",
    "INPUTs are assessment and inventory files and folders, searched recursively for\n"
    "*.xml and *.xml.gz. Self and peer assessments are grouped by agency and period,\n"
    "with the inventory of the same; for each group DIR gets AGENCY-PERIOD.results.xml\n"
    "and AGENCY-PERIOD.html (--format html,docx,odt,executive: also .docx, .odt and\n"
    ".executive.html, the executive edition), and across all\n"
    "groups summary.xml, summary.html and summary.csv, which also list every group\n"
    "that failed with its reason, and climate.csv, the system's greenhouse-gas figures\n"
    "by period, agency and source. An inventory without assessments is not scored,\n"
    "but its figures are in the summary's. Every file is written whole or not at all. A bad file or group is\n"
    "reported and skipped; the others are still done, and the exit status is 1. The\n"
    "outputs do not depend on --jobs or on the order of the INPUTs. A progress bar\n"
    "goes to standard error on a terminal.\n"
    "\n"
    "The summary ranks each agency's latest period with its change since its\n"
    "previous one, never an agency against itself, and gives the averages of every\n"
    "period and the implementation rate of earlier recommendations; --period P ranks\n"
    "the groups of period P instead.\n"
    "\n"
    "--shard K/N spreads one run over N machines (a Slurm array, GNU parallel,\n"
    "Kubernetes indexed jobs): each does the groups whose agency hashes to K (every\n"
    "period of an agency in one shard) and writes no summary, but its list of groups,\n"
    "DIR/.emscore-shard-K-of-N.xml.\n"
    "Once all are done, `emscore batch --gather --output DIR` writes the summary\n"
    "files the run in one piece would have written, byte for byte; it names every\n"
    "group still without results (exit status 1, nothing written) and refuses\n"
    "shards run with other options.\n",
    options,
    run,
};
