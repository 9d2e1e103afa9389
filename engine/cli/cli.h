/* The emscore command: a thin layer over the public API. */
#ifndef EMSCORE_CLI_H
#define EMSCORE_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "emscore.h"

/* Run the command line; returns the process exit status (man/emscore.1, EXIT STATUS). Callable
 * in process by tests and fuzzers. */
int ems_cli_main(int argc, char **argv, FILE *out, FILE *err);

/* One option of a subcommand: drives both parsing and --help. */
typedef struct cli_option {
    const char *name;    /* long name, without "--" */
    int short_name;      /* 0 when none */
    const char *metavar; /* NULL for a flag */
    const char *help;
} cli_option;

typedef struct cli_env {
    FILE *out, *err;
    ems_ctx *ctx;
    ems_engine *engine; /* created on first use */
} cli_env;

typedef struct cli_command {
    const char *name;
    const char *usage;   /* after "emscore NAME " */
    const char *summary;
    const char *details; /* printed after the options in --help */
    const cli_option *options;
    int (*run)(cli_env *env, int argc, char **argv);
} cli_command;

/* Parsed options of one subcommand: values[i] for options[i] (NULL when
 * absent; "" for a flag given); operands after. */
#define CLI_MAX_OPTIONS 24
#define CLI_MAX_GIVEN 256
typedef struct cli_args {
    const char *values[CLI_MAX_OPTIONS];
    char **operands;
    int noperands;
    /* Every option given, in order, for those that may repeat. */
    struct {
        size_t option;
        const char *value;
    } given[CLI_MAX_GIVEN];
    int ngiven;
} cli_args;

/* Parse argv and apply the --max-* limits. Returns 0, or an exit status
 * when parsing ended the run (--help, usage error). */
int cli_parse(cli_args *args, const cli_command *cmd, cli_env *env, int argc, char **argv,
              int *done);
const char *cli_value(const cli_args *args, const cli_command *cmd, const char *name);
/* The value of -o/--output: NULL when absent or "-" (standard output). */
const char *cli_output(const cli_args *args, const cli_command *cmd);
/* The n-th value (from 0) of a repeatable option, or NULL past the last. */
const char *cli_value_at(const cli_args *args, const cli_command *cmd, const char *name, int n);
/* The engine (schema compiled once), created on first use. NULL on error,
 * with the diagnostics printed. */
ems_engine *cli_engine(cli_env *env);
/* Print and clear the context's diagnostics. */
void cli_print_diags(cli_env *env);
/* Map a library status to an exit status: the only place that does. */
int cli_exit_status(int status);
int cli_usage_error(cli_env *env, const cli_command *cmd, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Print the formatted text to f as one line that drives no terminal
 * (control characters escaped as in diagnostics), then a newline: for
 * every line that may hold a file name or a value the user gave. */
void cli_line(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Read the value of --option as a whole number from min to max (digits
 * only); 0, or 2 after a usage error naming the option and the range. */
int cli_whole(cli_env *env, const cli_command *cmd, const char *option, const char *value,
              uint64_t min, uint64_t max, uint64_t *out);

/* The accepted ranges of the limit options: libxml2 2.9 parses at most
 * INT_MAX bytes; it also nests at most 256 elements, so a larger depth is
 * accepted but changes nothing. */
#define CLI_MAX_BYTES 2147483647u
#define CLI_MAX_DEPTH 1000000u
#define CLI_MAX_ITEMS 1000000000u

/* The limit options, listed in every reading subcommand's table. */
#define CLI_LIMIT_OPTIONS                                                                 \
    {"max-input-bytes", 0, "N", "largest input file read, in bytes: 1 to 2147483647 "      \
                                "(default 16777216)"},                                    \
    {"max-xml-bytes", 0, "N", "largest XML after decompression, in bytes: 1 to 2147483647 " \
                              "(default 16777216)"},                                      \
    {"max-depth", 0, "N", "deepest element nesting: 1 to 1000000 (default 64)"},              \
    {"max-items", 0, "N", "most items in a scorecard or assessment: 1 to 1000000000 "     \
                          "(default 200000)"}

extern const cli_command cli_cmd_validate;
extern const cli_command cli_cmd_score;
extern const cli_command cli_cmd_report;
extern const cli_command cli_cmd_batch;
extern const cli_command cli_cmd_template;
extern const cli_command cli_cmd_import;

#endif
