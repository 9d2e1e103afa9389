/* emscore report [--format F] [--edition E] [--lang L] [--param K=V]... [--stylesheet XSL]
 *                [--period P] [-o OUT] RESULTS... */
#include <dirent.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static const cli_option options[] = {
    {"format", 'f', "F", "html (default), docx, odt, csv, json, register, summary, summary-csv or climate"},
    {"edition", 'e', "E", "html: full (default) or executive (at most six A4 pages, see below)"},
    {"lang", 'l', "L", "language of the report: en (default), fr, es, ar, zh or ru"},
    {"param", 'p', "K=V", "pass the string V to the stylesheet's parameter K (repeatable)"},
    {"stylesheet", 's', "XSL", "use this stylesheet instead of the built-in one"},
    {"output", 'o', "OUT", "write to OUT, whole or not at all (a folder: see below)"},
    {"period", 0, "P", "summary, summary-csv: rank period P (default: each agency's latest)"},
    CLI_LIMIT_OPTIONS,
    {NULL, 0, NULL, NULL},
};

static int is_folder(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct path_list {
    char **paths;
    size_t n, cap, owned_from; /* paths[owned_from..] were allocated here */
} path_list;

static int push(path_list *l, char *path)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **p = realloc(l->paths, cap * sizeof(*p));
        if (!p)
            return -1;
        l->paths = p;
        l->cap = cap;
    }
    l->paths[l->n++] = path;
    return 0;
}

/* The results files of a folder (*.results.xml, *.results.xml.gz), sorted
 * by name so that the summary never depends on the order of the folder. */
static int add_folder(cli_env *env, path_list *l, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        cli_line(env->err, "%s: error: cannot read the folder", dir);
        return 2;
    }
    size_t first = l->n;
    int rc = 0;
    for (struct dirent *de; (de = readdir(d));) {
        if (de->d_name[0] == '.' ||
            !(has_suffix(de->d_name, ".results.xml") || has_suffix(de->d_name, ".results.xml.gz")))
            continue;
        size_t len = strlen(dir) + strlen(de->d_name) + 2;
        char *p = malloc(len);
        if (!p || push(l, p) != 0) {
            free(p);
            fprintf(env->err, "emscore: error: out of memory\n");
            rc = 2;
            break;
        }
        snprintf(p, len, "%s/%s", dir, de->d_name);
    }
    closedir(d);
    if (rc == 0 && l->n == first) {
        cli_line(env->err, "%s: error: no *.results.xml file in this folder", dir);
        rc = 2;
    }
    if (l->n > first)
        if (l->n > first) /* qsort of NULL is undefined, even for none */
            qsort(l->paths + first, l->n - first, sizeof(char *), by_name);
    return rc;
}

static void free_list(path_list *l)
{
    for (size_t i = l->owned_from; i < l->n; i++)
        free(l->paths[i]);
    free(l->paths);
}

/* Files as given, then the contents of the folders given. */
static int expand(cli_env *env, path_list *l, char **operands, int n)
{
    for (int i = 0; i < n; i++)
        if (!is_folder(operands[i]) && push(l, operands[i]) != 0)
            return 2;
    l->owned_from = l->n;
    for (int i = 0; i < n; i++)
        if (is_folder(operands[i])) {
            int rc = add_folder(env, l, operands[i]);
            if (rc)
                return rc;
        }
    return 0;
}

static int emit(cli_env *env, const char *bytes, size_t len)
{
    if (fwrite(bytes, 1, len, env->out) != len)
        return 2;
    return 0;
}

/* Several RESULTS into one folder: two of the same agency and period would
 * get the same file name, the second silently replacing the first. Both
 * are named and neither is written (clash[i] set); the others are. Returns
 * 1 when there was a clash, else 0. */
static int find_clashes(cli_env *env, const cli_args *args, bool *clash)
{
    ems_engine *engine = cli_engine(env);
    ems_doc_summary *seen = calloc((size_t)args->noperands, sizeof(*seen));
    if (!engine || !seen) {
        free(seen);
        return 0; /* reported when each is rendered */
    }
    int rc = 0;
    for (int i = 0; i < args->noperands; i++) {
        seen[i] = (ems_doc_summary)EMS_DOC_SUMMARY_INIT;
        if (ems_validate_file(&seen[i], engine, env->ctx, args->operands[i], NULL) != EMS_OK)
            seen[i].type = EMS_DOC_UNKNOWN; /* reported when it is rendered */
        ems_ctx_clear(env->ctx);
        for (int j = 0; j < i && seen[i].type == EMS_DOC_RESULTS; j++)
            if (seen[j].type == EMS_DOC_RESULTS && strcmp(seen[i].id, seen[j].id) == 0 &&
                strcmp(seen[i].version, seen[j].version) == 0) {
                fprintf(env->err,
                        "%s: error: the same agency and period (%s %s) as %s: both would be "
                        "written to the same report in %s, so neither is\n",
                        args->operands[i], seen[i].id, seen[i].version, args->operands[j],
                        cli_value(args, &cli_cmd_report, "output"));
                clash[i] = clash[j] = true;
                rc = 1;
                break;
            }
    }
    free(seen);
    return rc;
}

static int run_each(cli_env *env, const ems_report *r, const cli_args *args, const char *output,
                    bool binary)
{
    if (binary && !output && isatty(fileno(env->out)))
        return cli_usage_error(env, &cli_cmd_report,
                               "this report is a binary file: write it with -o FILE, or pipe it");
    if (args->noperands > 1 && !output)
        return cli_usage_error(env, &cli_cmd_report,
                               "several RESULTS need -o FOLDER (one report each)");
    if (args->noperands > 1 && !is_folder(output))
        return cli_usage_error(env, &cli_cmd_report,
                               "with several RESULTS, -o must name an existing folder");
    bool *clash = calloc((size_t)args->noperands, sizeof(*clash));
    if (!clash)
        return 2;
    int worst = args->noperands > 1 ? find_clashes(env, args, clash) : 0;
    for (int i = 0; i < args->noperands; i++) {
        const char *in = args->operands[i];
        if (clash[i])
            continue;
        char *bytes = NULL;
        size_t len = 0;
        int st = output ? ems_report_write(r, env->ctx, in, output)
                        : ems_report_render(&bytes, &len, r, env->ctx, in);
        cli_print_diags(env);
        int code = cli_exit_status(st);
        if (st == EMS_OK && !output)
            code = emit(env, bytes, len);
        ems_free(bytes);
        if (code > worst)
            worst = code;
    }
    free(clash);
    return worst;
}

/* Is path a valid summary document, such as a batch's summary.xml? Then it
 * is rendered as it is (in another language, say), with no results. */
static bool is_summary(cli_env *env, ems_engine *engine, const char *path)
{
    ems_doc_summary s = EMS_DOC_SUMMARY_INIT;
    bool yes = ems_validate_file(&s, engine, env->ctx, path, NULL) == EMS_OK &&
               s.type == EMS_DOC_SUMMARY;
    ems_ctx_clear(env->ctx); /* anything else is reported by what reads it next */
    return yes;
}

static int run_summary(cli_env *env, ems_engine *engine, const ems_report *r, const cli_args *args,
                       const char *output)
{
    const char *period = cli_value(args, &cli_cmd_report, "period");
    if (args->noperands == 1 && !is_folder(args->operands[0]) &&
        is_summary(env, engine, args->operands[0])) {
        if (period)
            return cli_usage_error(env, &cli_cmd_report,
                                   "--period chooses among results, and %s is a summary: "
                                   "give its results instead",
                                   args->operands[0]);
        return run_each(env, r, args, output, false);
    }
    path_list l = {NULL, 0, 0, 0};
    char *summary = NULL, *bytes = NULL;
    size_t slen = 0, len = 0;
    int rc = expand(env, &l, args->operands, args->noperands);
    if (rc)
        goto done;
    ems_summary_options sopts = EMS_SUMMARY_OPTIONS_INIT;
    sopts.period = period;
    int st = ems_summary_build_with(&summary, &slen, engine, env->ctx,
                                    (const char *const *)l.paths, l.n, &sopts);
    if (st == EMS_OK)
        st = output ? ems_report_write_memory(r, env->ctx, "summary.xml", summary, slen, output)
                    : ems_report_render_memory(&bytes, &len, r, env->ctx, "summary.xml", summary,
                                               slen);
    cli_print_diags(env);
    rc = cli_exit_status(st);
    if (st == EMS_OK && !output)
        rc = emit(env, bytes, len);
done:
    ems_free(summary);
    ems_free(bytes);
    free_list(&l);
    return rc;
}

static int run(cli_env *env, int argc, char **argv)
{
    const cli_command *cmd = &cli_cmd_report;
    cli_args args;
    int done;
    int rc = cli_parse(&args, cmd, env, argc, argv, &done);
    if (done)
        return rc;
    if (args.noperands == 0)
        return cli_usage_error(env, cmd, "no RESULTS to report on");
    const char *format = cli_value(&args, cmd, "format");
    const char *output = cli_output(&args, cmd);
    if (!format)
        format = "html";
    const char *edition = cli_value(&args, cmd, "edition");
    ems_report_edition ed = EMS_REPORT_FULL;
    if (edition && ems_report_edition_from_name(&ed, edition) != EMS_OK)
        return cli_usage_error(env, cmd, "--edition is full or executive, not '%s'", edition);
    const char *period = cli_value(&args, cmd, "period");
    if (period && strncmp(format, "summary", 7) != 0)
        return cli_usage_error(env, cmd, "--period is for the summary and summary-csv formats");
    if (period && !ems_identifier_valid(period))
        return cli_usage_error(env, cmd, "--period needs a period identifier, not '%s'", period);
    for (int i = 0; cli_value_at(&args, cmd, "param", i); i++)
        if (!strchr(cli_value_at(&args, cmd, "param", i), '='))
            return cli_usage_error(env, cmd, "--param needs NAME=VALUE, not '%s'",
                                   cli_value_at(&args, cmd, "param", i));
    ems_engine *engine = cli_engine(env);
    if (!engine)
        return 2;
    ems_report_options ropts = EMS_REPORT_OPTIONS_INIT;
    ropts.lang = cli_value(&args, cmd, "lang");
    ropts.user_stylesheet = cli_value(&args, cmd, "stylesheet");
    ropts.edition = ed;
    ems_report *r = NULL;
    int st = ems_report_new_with(&r, engine, env->ctx, format, &ropts);
    for (int i = 0; st == EMS_OK && cli_value_at(&args, cmd, "param", i); i++) {
        const char *kv = cli_value_at(&args, cmd, "param", i);
        const char *eq = strchr(kv, '=');
        char name[80];
        snprintf(name, sizeof(name), "%.*s", (int)(eq - kv < 79 ? eq - kv : 79), kv);
        st = ems_report_set_param(r, env->ctx, name, eq + 1);
    }
    cli_print_diags(env);
    if (st != EMS_OK) {
        ems_report_free(r);
        return st == EMS_EARG ? 2 : cli_exit_status(st);
    }
    if (strncmp(format, "summary", 7) == 0 || strcmp(format, "climate") == 0)
        rc = run_summary(env, engine, r, &args, output);
    else
        rc = run_each(env, r, &args, output,
                      strcmp(format, "docx") == 0 || strcmp(format, "odt") == 0);
    ems_report_free(r);
    return rc;
}

const cli_command cli_cmd_report = {
    "report",
    "[--format F] [--edition E] [--lang L] [--param K=V]... [--stylesheet XSL] [--period P] "
    "[-o OUT] RESULTS...",
    "Write peer-review reports (HTML, DOCX, ODT, CSV, JSON) and system-wide summaries from results.",
    "Formats:\n"
    "  html         the peer-review report of one agency and period: one HTML5 file with\n"
    "               its styles and charts inside, printable on A4\n"
    "  docx         the same report as a Word document (Office Open XML) to edit: heading\n"
    "               styles, tables, page numbers, A4\n"
    "  odt          the same report as an OpenDocument text (LibreOffice, Word)\n"
    "  csv          one row per milestone and indicator (RFC 4180, UTF-8, CRLF)\n"
    "  json         the results as JSON\n"
    "  register     the recommendation register: one row per recommendation made so far,\n"
    "               with its management response and latest status (CSV, as csv)\n"
    "  summary      the system-wide HTML report across many results: each agency beside\n"
    "               the system average, heat map, grades, averages, progress by period,\n"
    "               the milestones most often unmet, lessons from the reviews\n"
    "  summary-csv  one row per agency, then one per period with its averages, then the\n"
    "               system's implementation rate of earlier recommendations\n"
    "  climate      the system's greenhouse-gas figures from the inventories the results\n"
    "               carry: one row per period, agency and emission source, with the\n"
    "               system's totals by source and scope (CSV, as csv)\n"
    "\n"
    "Editions of the html report: full, every chapter with the milestone cards and the\n"
    "annex; executive, for management: the cover, the executive summary with its key\n"
    "figures and good practices, the scores by area, this review's recommendations with\n"
    "the management response, and the follow-up of earlier recommendations, in at most\n"
    "six A4 pages. The other formats have no editions.\n"
    "\n"
    "With one RESULTS file the report goes to standard output, or to OUT; when OUT is\n"
    "an existing folder, to OUT/AGENCY-PERIOD.EXT. Several RESULTS need -o FOLDER:\n"
    "each report is written there as AGENCY-PERIOD.html (.executive.html, .docx, .odt,\n"
    ".csv, .json, .register.csv), named from the validated agency and period. summary,\n"
    "summary-csv and climate take results files and folders (their *.results.xml and\n"
    "*.results.xml.gz), or one summary document such as a batch's summary.xml, and\n"
    "write one report; with -o FOLDER it is FOLDER/summary.html (summary.csv,\n"
    "climate.csv). A summary ranks each agency's latest period, with its change since\n"
    "its previous one; --period P ranks the results of period P instead. Files are\n"
    "written whole or not at all; OUT ending in .gz is compressed.\n"
    "\n"
    "Parameters of the built-in stylesheets: marking=TEXT (html, docx, odt, summary: a\n"
    "line such as 'Draft' on the cover and every printed page), top-recommendations=N\n"
    "(html, docx, odt; default 10), top-unmet=N (summary, default 15), ranking=yes\n"
    "(summary: rank the agencies instead of listing them by name beside the average of\n"
    "those reviewed on the same themes). A docx or odt report is binary: it goes to\n"
    "standard output only when that is not a terminal.\n"
    "Every stylesheet, yours too, runs without file writes, folder creation or network\n"
    "access and reads only files in the data folder.\n"
    "Exit status: 0 done; 1 an input or the stylesheet is invalid; 2 usage error,\n"
    "unreadable file or other system error.\n",
    options,
    run,
};
