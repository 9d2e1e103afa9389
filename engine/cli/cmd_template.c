/* emscore template --scorecard SC [--profile ID] --agency A --period P
 *                  [--kind K] [--format F] [--lang L] [--from FILE] [-o OUT] */
#include <stdbool.h>
#include <string.h>

#include "cli.h"

static const cli_option options[] = {
    {"scorecard", 's', "SC", "the scorecard to assess against (required)"},
    {"profile", 'p', "ID", "only the items this profile of the scorecard selects"},
    {"agency", 'a', "A", "the agency assessed, an identifier such as UNEP (required)"},
    {"period", 0, "P", "the period assessed, an identifier such as 2014 (required)"},
    {"kind", 'k', "K", "self (default), peer (a review team's), response (with --from), inventory"},
    {"format", 'f', "F", "xml (default): a document to edit; html: a form; csv: inventory header"},
    {"lang", 'l', "L", "language of the html form: en (default), fr, es, ar, zh or ru"},
    {"from", 0, "FILE", "--kind response: the peer assessment or results it answers"},
    {"output", 'o', "OUT", "write to OUT, whole or not at all (.gz: compressed)"},
    CLI_LIMIT_OPTIONS,
    {NULL, 0, NULL, NULL},
};

static int run(cli_env *env, int argc, char **argv)
{
    const cli_command *cmd = &cli_cmd_template;
    cli_args args;
    int done;
    int rc = cli_parse(&args, cmd, env, argc, argv, &done);
    if (done)
        return rc;
    const char *scpath = cli_value(&args, cmd, "scorecard");
    const char *output = cli_output(&args, cmd);
    ems_template_options opts = EMS_TEMPLATE_OPTIONS_INIT;
    opts.agency = cli_value(&args, cmd, "agency");
    opts.period = cli_value(&args, cmd, "period");
    opts.profile = cli_value(&args, cmd, "profile");
    const char *kind = cli_value(&args, cmd, "kind");
    const char *format = cli_value(&args, cmd, "format");
    opts.lang = cli_value(&args, cmd, "lang");
    if (kind && ems_template_kind_from_name(&opts.kind, kind) != EMS_OK)
        return cli_usage_error(env, cmd, "unknown kind '%s': use self, peer, response or inventory",
                               kind);
    if (format && ems_template_format_from_name(&opts.format, format) != EMS_OK)
        return cli_usage_error(env, cmd, "unknown template format '%s': use xml, html or csv",
                               format);
    opts.from = cli_value(&args, cmd, "from");
    bool inventory = opts.kind == EMS_TEMPLATE_INVENTORY;
    bool response = opts.kind == EMS_TEMPLATE_RESPONSE;
    if (response && !opts.from)
        return cli_usage_error(env, cmd,
                               "--kind response needs --from FILE: the peer assessment or results "
                               "of the review it answers");
    if (!response && opts.from)
        return cli_usage_error(env, cmd, "--from is for --kind response only");
    if (!scpath && !inventory && !response)
        return cli_usage_error(env, cmd, "--scorecard is required");
    if (!opts.agency || !opts.period)
        return cli_usage_error(env, cmd, "--agency and --period are required");
    if (args.noperands > 0)
        return cli_usage_error(env, cmd, "unexpected operand '%s'", args.operands[0]);
    ems_engine *engine = cli_engine(env);
    if (!engine)
        return 2;
    ems_scorecard *sc = NULL;
    char *bytes = NULL;
    size_t len = 0;
    int st = scpath && !inventory && !response ? ems_scorecard_load(&sc, engine, env->ctx, scpath)
                                                : EMS_OK;
    if (st == EMS_OK)
        st = ems_template_build(&bytes, &len, engine, env->ctx, sc, &opts);
    if (st == EMS_OK && output)
        st = ems_output_write(env->ctx, output, bytes, len);
    else if (st == EMS_OK && fwrite(bytes, 1, len, env->out) != len)
        st = EMS_EIO;
    ems_free(bytes);
    ems_scorecard_free(sc);
    if (st == EMS_EARG) {
        cli_print_diags(env);
        fprintf(env->err, "Try 'emscore template --help'.\n");
    }
    return cli_exit_status(st);
}

const cli_command cli_cmd_template = {
    "template",
    "--scorecard SC [--profile ID] --agency A --period P [--kind K] [--format F] [--lang L] "
    "[--from FILE] [-o OUT]",
    "Write a blank assessment to fill in: an XML file, or an offline form for a browser.",
    "The template holds every milestone and indicator the profile selects, exactly those\n"
    "`emscore score --profile` counts, in scorecard order.\n"
    "\n"
    "  xml   an assessment that validates and scores as all-missing. Each item's title,\n"
    "        guidance and levels (an indicator's unit and thresholds) are a comment,\n"
    "        followed by its response (measure) inside a comment: uncomment, fill in.\n"
    "  html  one HTML file that works opened from disk, without network: pick a level\n"
    "        (or not applicable, with a justification), add evidence and comments,\n"
    "        enter indicator values; progress is shown and the work kept in the\n"
    "        browser. Save writes AGENCY-PERIOD-KIND.xml, a valid assessment; Open\n"
    "        continues from a saved one.\n"
    "\n"
    "With --kind inventory (no --scorecard needed) it is a blank greenhouse-gas\n"
    "inventory of the agency and period: every source at 0 tCO2e with its usual\n"
    "scope, to fill in; --format csv gives instead the header line of the CSV that\n"
    "`emscore import --format csv` reads.\n"
    "With --kind response --from FILE (no --scorecard needed) it is the agency's blank\n"
    "management response to the review in FILE, a peer assessment or results of the\n"
    "agency and period: one reply per recommendation the review makes, inside a\n"
    "comment after a note on the recommendation, its decision (accepted,\n"
    "partially-accepted or rejected), owner, due date and planned action to fill in.\n"
    "--format html gives the same as an offline form that saves the response.\n"
    "A FILE of another agency or period, or without recommendations, is refused.\n"
    "With --kind peer the template is a review team's: reviewers, each reviewer's\n"
    "rating, the consensus, findings and recommendations, the mission dates; the xml\n"
    "template's placeholder mission and reviewer are to be replaced.\n"
    "Exit status: 0 written; 1 the scorecard is invalid; 2 usage error (agency or\n"
    "period not an identifier, unknown profile, kind, format or language), unreadable\n"
    "file or unwritable output.\n",
    options,
    run,
};
