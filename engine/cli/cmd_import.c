/* emscore import --format csv [-o DIR] FILE */
#include <string.h>

#include "cli.h"

static const cli_option options[] = {
    {"format", 'f', "F", "the format of FILE: csv (required)"},
    {"output", 'o', "DIR", "the folder the inventories are written to (default: .)"},
    CLI_LIMIT_OPTIONS,
    {NULL, 0, NULL, NULL},
};

static int run(cli_env *env, int argc, char **argv)
{
    const cli_command *cmd = &cli_cmd_import;
    cli_args args;
    int done;
    int rc = cli_parse(&args, cmd, env, argc, argv, &done);
    if (done)
        return rc;
    const char *format = cli_value(&args, cmd, "format");
    const char *dir = cli_value(&args, cmd, "output");
    if (!format || strcmp(format, "csv") != 0)
        return cli_usage_error(env, cmd, "give --format csv (the only format imported)");
    if (args.noperands != 1)
        return cli_usage_error(env, cmd, "give one FILE to import (got %d)", args.noperands);
    ems_engine *engine = cli_engine(env);
    if (!engine)
        return 2;
    size_t n = 0;
    int st = ems_inventory_import_csv(&n, engine, env->ctx, args.operands[0], dir ? dir : ".");
    cli_print_diags(env);
    if (st == EMS_OK)
        fprintf(env->out, "%s: %zu inventories written to %s\n", args.operands[0], n,
                dir ? dir : ".");
    else if (st == EMS_EINVALID)
        fprintf(env->err, "%s: nothing written\n", args.operands[0]);
    return cli_exit_status(st);
}

const cli_command cli_cmd_import = {
    "import",
    "--format csv [-o DIR] FILE",
    "Turn a spreadsheet export of greenhouse-gas inventories into inventory documents.",
    "FILE is CSV (UTF-8, with or without a byte order mark, cells separated by ',' or\n"
    "';' as in the header line): one row per agency, period and emission source, with\n"
    "the columns of `emscore template --kind inventory --format csv` in any order.\n"
    "Each agency and period becomes DIR/AGENCY-PERIOD-inventory.xml, validated like any\n"
    "inventory. Every bad row is reported as FILE:LINE: error: column N (NAME): ...,\n"
    "N counting the cells of the line from 1. Nothing is written unless every row is\n"
    "valid and no target file exists; a failed write removes what this run wrote.\n"
    "Exit status: 0 written; 1 a row or inventory is invalid; 2 usage error,\n"
    "unreadable file, existing or unwritable target.\n",
    options,
    run,
};
