/* Subcommand table, option parsing, help and diagnostics for the CLI. */
#include "cli.h"

#include "../util/whole.h"
#include "../util/text.h"

#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const cli_command *const commands[] = {
    &cli_cmd_validate,
    &cli_cmd_score,
    &cli_cmd_report,
    &cli_cmd_batch,
    &cli_cmd_template,
    &cli_cmd_import,
};
#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static void print_main_help(FILE *f)
{
    fprintf(f,
            "usage: emscore COMMAND [OPTIONS] [FILE...]\n"
            "\n"
            "Environmental-management scorecards: validate scorecards and self or peer\n"
            "assessments, score them exactly, and write peer-review reports.\n"
            "\n"
            "Commands:\n");
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(f, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
    fprintf(f,
            "\n"
            "Options:\n"
            "  -h, --help     show this help, or a command's help: emscore COMMAND --help\n"
            "  -V, --version  show the version\n"
            "\n"
            "Exit status: 0 success; 1 an input is invalid; 2 usage error, unreadable\n"
            "file or other system error.\n"
            "Environment: EMSCORE_DATADIR names the folder holding scorecards/emscore.xsd.\n");
}

static void print_help(FILE *f, const cli_command *cmd)
{
    fprintf(f, "usage: emscore %s %s\n\n%s\n\nOptions:\n", cmd->name, cmd->usage, cmd->summary);
    for (const cli_option *o = cmd->options; o && o->name; o++) {
        char left[64];
        if (o->short_name)
            snprintf(left, sizeof(left), "-%c, --%s%s%s", o->short_name, o->name,
                     o->metavar ? " " : "", o->metavar ? o->metavar : "");
        else
            snprintf(left, sizeof(left), "    --%s%s%s", o->name, o->metavar ? " " : "",
                     o->metavar ? o->metavar : "");
        fprintf(f, "  %-28s %s\n", left, o->help);
    }
    fprintf(f, "  %-28s %s\n", "-h, --help", "show this help");
    if (cmd->details)
        fprintf(f, "\n%s", cmd->details);
}

/* fmt and its arguments as a new string (free()), or NULL. */
static char *vformat(const char *fmt, va_list ap)
{
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (s)
        vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

static void vline(FILE *f, const char *fmt, va_list ap)
{
    char *text = vformat(fmt, ap);
    char *shown = text ? ems_text__one_line(text) : NULL;
    fprintf(f, "%s\n", shown ? shown : "emscore: error: out of memory");
    free(shown);
    free(text);
}

void cli_line(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vline(f, fmt, ap);
    va_end(ap);
}

int cli_usage_error(cli_env *env, const cli_command *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = vformat(fmt, ap);
    va_end(ap);
    cli_line(env->err, "emscore%s%s: %s", cmd ? " " : "", cmd ? cmd->name : "",
             msg ? msg : "out of memory");
    free(msg);
    fprintf(env->err, "Try 'emscore %s%s--help'.\n", cmd ? cmd->name : "", cmd ? " " : "");
    return 2;
}

int cli_whole(cli_env *env, const cli_command *cmd, const char *option, const char *value,
              uint64_t min, uint64_t max, uint64_t *out)
{
    if (ems_decimal__whole(value, min, max, out) == 0)
        return 0;
    return cli_usage_error(env, cmd, "--%s needs a whole number from %llu to %llu, not '%s'",
                           option, (unsigned long long)min, (unsigned long long)max, value);
}

/* The --max-* options shared by every subcommand that reads input. */
static int apply_limits(cli_env *env, const cli_args *args, const cli_command *cmd)
{
    static const struct {
        const char *name;
        ems_limit limit;
        uint64_t max;
    } map[] = {
        {"max-input-bytes", EMS_LIMIT_INPUT_BYTES, CLI_MAX_BYTES},
        {"max-xml-bytes", EMS_LIMIT_XML_BYTES, CLI_MAX_BYTES},
        {"max-depth", EMS_LIMIT_DEPTH, CLI_MAX_DEPTH},
        {"max-items", EMS_LIMIT_ITEMS, CLI_MAX_ITEMS},
    };
    for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
        const char *v = cli_value(args, cmd, map[i].name);
        uint64_t n;
        if (!v)
            continue;
        if (cli_whole(env, cmd, map[i].name, v, 1, map[i].max, &n) != 0)
            return 2;
        ems_ctx_set_limit(env->ctx, map[i].limit, n);
    }
    return 0;
}

int cli_parse(cli_args *args, const cli_command *cmd, cli_env *env, int argc, char **argv,
              int *done)
{
    struct option longopts[CLI_MAX_OPTIONS + 2];
    char shortopts[2 * CLI_MAX_OPTIONS + 4] = ":h";
    size_t n = 0, s = 2;
    memset(args, 0, sizeof(*args));
    *done = 0;
    for (const cli_option *o = cmd->options; o && o->name && n < CLI_MAX_OPTIONS; o++, n++) {
        longopts[n] = (struct option){o->name, o->metavar ? required_argument : no_argument, NULL,
                                      256 + (int)n};
        if (o->short_name) {
            shortopts[s++] = (char)o->short_name;
            if (o->metavar)
                shortopts[s++] = ':';
        }
    }
    longopts[n++] = (struct option){"help", no_argument, NULL, 'h'};
    longopts[n] = (struct option){NULL, 0, NULL, 0};
    shortopts[s] = '\0';
    opterr = 0;
    optind = 0; /* full reset: the CLI may run many times in one process */
    for (;;) {
        int c = getopt_long(argc, argv, shortopts, longopts, NULL);
        if (c == -1)
            break;
        if (c == 'h') {
            print_help(env->out, cmd);
            *done = 1;
            return 0;
        }
        if (c == '?' || c == ':') {
            *done = 1;
            const char *bad = argv[optind - 1];
            if (c == ':')
                return cli_usage_error(env, cmd, "option '%s' needs a value", bad);
            return cli_usage_error(env, cmd, "unknown option '%s'", bad);
        }
        size_t idx = (size_t)c - 256;
        if (c < 256) { /* a short option: find its entry */
            for (idx = 0; cmd->options[idx].name; idx++)
                if (cmd->options[idx].short_name == c)
                    break;
        }
        args->values[idx] = cmd->options[idx].metavar ? optarg : "";
        if (args->ngiven == CLI_MAX_GIVEN) {
            *done = 1;
            return cli_usage_error(env, cmd, "more than %d options", CLI_MAX_GIVEN);
        }
        args->given[args->ngiven].option = idx;
        args->given[args->ngiven++].value = args->values[idx];
    }
    args->operands = argv + optind;
    args->noperands = argc - optind;
    int rc = apply_limits(env, args, cmd);
    *done = rc != 0;
    return rc;
}

const char *cli_value(const cli_args *args, const cli_command *cmd, const char *name)
{
    for (size_t i = 0; cmd->options[i].name; i++)
        if (strcmp(cmd->options[i].name, name) == 0)
            return args->values[i];
    return NULL;
}

const char *cli_value_at(const cli_args *args, const cli_command *cmd, const char *name, int n)
{
    for (int i = 0; i < args->ngiven; i++)
        if (strcmp(cmd->options[args->given[i].option].name, name) == 0 && n-- == 0)
            return args->given[i].value;
    return NULL;
}


void cli_print_diags(cli_env *env)
{
    size_t n = ems_ctx_ndiags(env->ctx);
    for (size_t i = 0; i < n; i++) {
        const ems_diag *d = ems_ctx_diag(env->ctx, i);
        const char *sev = d->severity == EMS_SEV_ERROR ? "error" : "warning";
        const char *file = d->file[0] ? d->file : "emscore";
        if (d->line > 0)
            cli_line(env->err, "%s:%ld: %s: %s", file, d->line, sev, d->message);
        else
            cli_line(env->err, "%s: %s: %s", file, sev, d->message);
    }
    if (ems_ctx_nerrors(env->ctx) > ems_ctx_ndiags(env->ctx))
        fprintf(env->err, "emscore: error: further errors were not shown\n");
    ems_ctx_clear(env->ctx);
}

int cli_exit_status(int status)
{
    switch (status) {
    case EMS_OK: return 0;
    case EMS_EINVALID:
    case EMS_ELIMIT: return 1;
    default: return 2;
    }
}

/* The build tree's binary uses the build tree's data; an installed one the
 * compiled-in folder; EMSCORE_DATADIR overrides both (in the library). */
static const char *build_tree_datadir(char *buf, size_t cap)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if (n <= 0)
        return NULL;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    /* build/emscore -> the source tree above it */
    slash = strrchr(exe, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    char probe[PATH_MAX + 64];
    snprintf(probe, sizeof(probe), "%s/engine/cli/cli.c", exe);
    if (access(probe, R_OK) != 0)
        return NULL;
    snprintf(buf, cap, "%s", exe);
    return buf;
}

const char *cli_output(const cli_args *args, const cli_command *cmd)
{
    const char *output = cli_value(args, cmd, "output");
    return output && strcmp(output, "-") == 0 ? NULL : output;
}

ems_engine *cli_engine(cli_env *env)
{
    if (env->engine)
        return env->engine;
    char buf[PATH_MAX];
    const char *dir = getenv("EMSCORE_DATADIR");
    if (!dir || !*dir)
        dir = build_tree_datadir(buf, sizeof(buf));
    if (ems_engine_new(&env->engine, env->ctx, dir) != EMS_OK) {
        cli_print_diags(env);
        return NULL;
    }
    return env->engine;
}

/* 0 when everything written to out reached it, else 2 (said on err): a
 * full disk or a closed pipe is an error, even for --help. */
static int flushed(FILE *out, FILE *err)
{
    if (fflush(out) == 0 && !ferror(out))
        return 0;
    fprintf(err, "emscore: error: cannot write the output\n");
    return 2;
}

int ems_cli_main(int argc, char **argv, FILE *out, FILE *err)
{
    cli_env env = {out, err, NULL, NULL};
    if (argc < 2) {
        print_main_help(err);
        return 2;
    }
    const char *name = argv[1];
    if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0 || strcmp(name, "help") == 0) {
        print_main_help(out);
        return flushed(out, err);
    }
    if (strcmp(name, "-V") == 0 || strcmp(name, "--version") == 0) {
        fprintf(out, "emscore %s\n", ems_version());
        return flushed(out, err);
    }
    const cli_command *cmd = NULL;
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (strcmp(commands[i]->name, name) == 0)
            cmd = commands[i];
    if (!cmd)
        return cli_usage_error(&env, NULL, "unknown command '%s'", name);
    if (ems_ctx_new(&env.ctx) != EMS_OK) {
        fprintf(err, "emscore: error: out of memory\n");
        return 2;
    }
    int rc = cmd->run(&env, argc - 1, argv + 1);
    cli_print_diags(&env);
    ems_engine_free(env.engine);
    ems_ctx_free(env.ctx);
    return flushed(out, err) ? 2 : rc;
}
