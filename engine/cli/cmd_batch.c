/* emscore batch --scorecard SC --output DIR [--jobs N] [--lang L] INPUT... */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static const cli_option options[] = {
    {"scorecard", 's', "SC", "the scorecard the assessments answer (required)"},
    {"output", 'o', "DIR", "folder for the results and reports (required; created if missing)"},
    {"jobs", 'j', "N", "worker threads (default: one per online CPU)"},
    {"lang", 'l', "L", "report language: en, fr, es, ar, zh or ru (default en)"},
    {"profile", 'p', "ID", "score every group with this profile (default: each group's own)"},
    {"model", 'm', "M", "weighted (default), flat, flat-unweighted or absolute"},
    {"shard", 0, "K/N", "do only part K of N of the groups (K from 1 to N), by agency and period"},
    {"resume", 0, NULL, "skip groups whose outputs are newer than their inputs (same options)"},
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

static int parse_uint(const char *s, unsigned *out)
{
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-' || v == 0 || v > 100000)
        return -1;
    *out = (unsigned)v;
    return 0;
}

static int parse_shard(const char *s, unsigned *k, unsigned *n)
{
    const char *slash = strchr(s, '/');
    char left[32];
    if (!slash || (size_t)(slash - s) >= sizeof(left))
        return -1;
    memcpy(left, s, (size_t)(slash - s));
    left[slash - s] = '\0';
    return parse_uint(left, k) || parse_uint(slash + 1, n) || *k > *n ? -1 : 0;
}

static int run(cli_env *env, int argc, char **argv)
{
    const cli_command *cmd = &cli_cmd_batch;
    cli_args args;
    int done;
    int rc = cli_parse(&args, cmd, env, argc, argv, &done);
    if (done)
        return rc;
    ems_batch_options opts = EMS_BATCH_OPTIONS_INIT;
    const char *scpath = cli_value(&args, cmd, "scorecard");
    const char *jobs = cli_value(&args, cmd, "jobs");
    const char *model = cli_value(&args, cmd, "model");
    const char *shard = cli_value(&args, cmd, "shard");
    opts.output_dir = cli_value(&args, cmd, "output");
    opts.lang = cli_value(&args, cmd, "lang");
    opts.profile = cli_value(&args, cmd, "profile");
    opts.resume = cli_value(&args, cmd, "resume") != NULL;
    if (!scpath)
        return cli_usage_error(env, cmd, "--scorecard is required");
    if (!opts.output_dir)
        return cli_usage_error(env, cmd, "--output is required");
    if (jobs && parse_uint(jobs, &opts.jobs) != 0)
        return cli_usage_error(env, cmd, "--jobs needs a whole number from 1 to 100000, not '%s'",
                               jobs);
    if (model && ems_model_from_name(&opts.model, model) != EMS_OK)
        return cli_usage_error(env, cmd,
                               "unknown model '%s': use weighted, flat, flat-unweighted or absolute",
                               model);
    if (shard && parse_shard(shard, &opts.shard, &opts.nshards) != 0)
        return cli_usage_error(env, cmd, "--shard needs K/N with 1 <= K <= N, not '%s'", shard);
    if (args.noperands == 0)
        return cli_usage_error(env, cmd, "no INPUT: name assessment files or folders");
    ems_engine *engine = cli_engine(env);
    if (!engine)
        return 2;
    ems_scorecard *sc = NULL;
    int st = ems_scorecard_load(&sc, engine, env->ctx, scpath);
    if (st != EMS_OK) {
        cli_print_diags(env);
        fprintf(env->err, "emscore: error: cannot use scorecard %s\n", scpath);
        return 2;
    }
    progress_bar bar = {env->err, {0, 0}};
    clock_gettime(CLOCK_MONOTONIC, &bar.start);
    if (isatty(fileno(env->err))) {
        opts.progress = show_progress;
        opts.user = &bar;
    }
    ems_batch_stats stats;
    st = ems_batch_run(&stats, engine, env->ctx, sc, (const char *const *)args.operands,
                       (size_t)args.noperands, &opts);
    cli_print_diags(env);
    fprintf(env->out, "%zu groups, %zu reports, %zu failed", stats.groups, stats.reports,
            stats.failed);
    if (stats.skipped)
        fprintf(env->out, ", %zu up to date", stats.skipped);
    fprintf(env->out, " (in %s)\n", opts.output_dir);
    ems_scorecard_free(sc);
    return cli_exit_status(st);
}

const cli_command cli_cmd_batch = {
    "batch",
    "--scorecard SC --output DIR [--jobs N] [--lang L] [--shard K/N] [--resume] INPUT...",
    "Score and report every agency and period found in files and folders, on every core.",
    "INPUTs are assessment files and folders, searched recursively for *.xml and\n"
    "*.xml.gz. Self and peer assessments are grouped by agency and period; for each\n"
    "group DIR gets AGENCY-PERIOD.results.xml and AGENCY-PERIOD.html, and across all\n"
    "groups summary.xml, summary.html and summary.csv. Every file is written whole or\n"
    "not at all. A bad file or group is reported and skipped; the others are still\n"
    "done, and the exit status is 1. The outputs do not depend on --jobs or on the\n"
    "order of the INPUTs. A progress bar goes to standard error on a terminal.\n"
    "\n"
    "--shard K/N spreads one run over N machines (a Slurm array, GNU parallel,\n"
    "Kubernetes indexed jobs): each does the groups whose agency and period hash to\n"
    "K; then `emscore report --format summary -o DIR DIR/*.results.xml` gathers\n"
    "the summary of all of them.\n",
    options,
    run,
};
