/*
 * Batch: every agency and period found in files and folders, scored and
 * reported on every core.
 *
 * Phases: find the files (sorted, so the run does not depend on the order
 * the file system lists them); read each file's root element in parallel
 * to learn its kind, agency and period; group; then score and report the
 * groups in parallel, period after period (each group is scored over the
 * earlier periods of its agency: those of the run, and results already in
 * the output folder), each worker with its own ems_ctx, sharing the
 * read-only engine, scorecard and compiled stylesheets. A group's results
 * are parsed once, to render its report and to add it to the summary,
 * which is built as the groups finish; the summary is parsed once to
 * render summary.html and summary.csv. Diagnostics are
 * kept per file and per group and handed to the caller in a fixed order,
 * so the output is the same whatever the number of jobs. Every file is
 * written to a temporary name and renamed, inside the output folder only.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "followup.h"
#include "internal.h"
#include "util/ident.h"

typedef struct input {
    char *path;
    bool named;        /* given on the command line, not found in a folder */
    struct timespec mtime;
    ems_xml_root root;
    int rc;            /* of reading the root */
    ems_ctx *diags;    /* NULL when it had none */
} input;

typedef struct group {
    input **files;     /* self first, then response, then peer */
    size_t nfiles;
    char stem[160];    /* AGENCY-PERIOD */
    size_t wave;       /* how many earlier periods of its agency the run has */
    int rc;
    bool skipped;      /* --resume: outputs are newer than the inputs */
    ems_ctx *diags;
} group;

typedef struct batch {
    const ems_engine *engine;
    const ems_scorecard *sc;
    const ems_batch_options *opts;
    ems_ctx *ctx; /* the caller's: limits to copy, diagnostics to fill */
    int outfd;
    struct timespec sc_mtime;
    ems_report *html;
    ems_summary_builder *summary; /* every group's results, as they are made */
    input *inputs;
    size_t ninputs, cinputs;
    dev_t out_dev;
    ino_t out_ino;
    input **order;     /* the assessments, by agency, period, kind, path */
    bool resume;       /* --resume, and the folder was made with the same options */
    group *groups;
    size_t ngroups;
    size_t *wave;      /* the groups of the wave being run */
    size_t nwave;
    size_t progress_base; /* groups done in earlier waves */
    ems_xml_root *kept; /* results found in the output folder before the run */
    char **kept_names;
    size_t nkept;
    bool oom;
} batch;

/* ---- small helpers -------------------------------------------------- */

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int new_ctx_like(ems_ctx **out, const ems_ctx *model)
{
    int rc = ems_ctx_new(out);
    for (int l = 0; rc == EMS_OK && l < EMS_LIMIT_COUNT_; l++)
        ems_ctx_set_limit(*out, (ems_limit)l, ems_ctx_limit(model, (ems_limit)l));
    return rc;
}

/* Move the diagnostics of from into *to (created on demand), then clear from. */
static void keep_diags(ems_ctx **to, ems_ctx *from, const ems_ctx *model)
{
    if (ems_ctx_ndiags(from) == 0)
        return;
    if (!*to && new_ctx_like(to, model) != EMS_OK)
        return;
    ems_ctx__append(*to, from);
    ems_ctx_clear(from);
}

static int later(struct timespec a, struct timespec b)
{
    return a.tv_sec != b.tv_sec ? a.tv_sec > b.tv_sec : a.tv_nsec > b.tv_nsec;
}

/* ---- finding the files ---------------------------------------------- */

static int add_input(batch *b, const char *path, bool named, const struct stat *st)
{
    if (b->ninputs == b->cinputs) {
        size_t cap = b->cinputs ? b->cinputs * 2 : 64;
        input *n = realloc(b->inputs, cap * sizeof(*n));
        if (!n)
            return EMS_ENOMEM;
        b->inputs = n;
        b->cinputs = cap;
    }
    input *in = &b->inputs[b->ninputs];
    memset(in, 0, sizeof(*in));
    if (!(in->path = strdup(path)))
        return EMS_ENOMEM;
    in->named = named;
    in->mtime = st->st_mtim;
    b->ninputs++;
    return EMS_OK;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every .xml and .xml.gz file below dir, in name order; symbolic links to
 * folders and hidden entries are not followed, nor is the output folder. */
static int walk(batch *b, const char *dir, int depth)
{
    if (depth > 64)
        return ems_ctx__error(b->ctx, EMS_ELIMIT, dir, 0, "folders nest deeper than 64 levels");
    DIR *d = opendir(dir);
    if (!d)
        return ems_ctx__error(b->ctx, EMS_EIO, dir, 0, "cannot read folder: %s", strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = EMS_OK;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            char **nn = realloc(names, cap * sizeof(*nn));
            if (!nn) {
                rc = EMS_ENOMEM;
                break;
            }
            names = nn;
        }
        if (!(names[n] = strdup(e->d_name))) {
            rc = EMS_ENOMEM;
            break;
        }
        n++;
    }
    closedir(d);
    qsort(names, n, sizeof(*names), by_name);
    for (size_t i = 0; i < n && rc != EMS_ENOMEM; i++) {
        size_t len = strlen(dir) + strlen(names[i]) + 2;
        char *path = malloc(len);
        if (!path) {
            rc = EMS_ENOMEM;
            break;
        }
        snprintf(path, len, "%s%s%s", dir, has_suffix(dir, "/") ? "" : "/", names[i]);
        struct stat st;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            if (!(st.st_dev == b->out_dev && st.st_ino == b->out_ino)) {
                int r = walk(b, path, depth + 1);
                if (r != EMS_OK && rc == EMS_OK)
                    rc = r;
            }
        } else if ((has_suffix(names[i], ".xml") || has_suffix(names[i], ".xml.gz")) &&
                   stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
            if (add_input(b, path, false, &st) != EMS_OK)
                rc = EMS_ENOMEM;
        }
        free(path);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    if (rc == EMS_ENOMEM)
        ems_ctx__error(b->ctx, EMS_ENOMEM, dir, 0, "out of memory");
    return rc;
}

static int find_inputs(batch *b, const char *const *paths, size_t npaths)
{
    int rc = EMS_OK;
    for (size_t i = 0; i < npaths; i++) {
        struct stat st;
        int r = EMS_OK;
        if (stat(paths[i], &st) != 0)
            r = ems_ctx__error(b->ctx, EMS_EIO, paths[i], 0, "cannot open: %s", strerror(errno));
        else if (S_ISDIR(st.st_mode))
            r = walk(b, paths[i], 0);
        else if (add_input(b, paths[i], true, &st) != EMS_OK)
            r = ems_ctx__error(b->ctx, EMS_ENOMEM, paths[i], 0, "out of memory");
        if (r != EMS_OK && rc == EMS_OK)
            rc = r;
    }
    return rc;
}

/* ---- a pool of workers ---------------------------------------------- */

typedef struct pool {
    batch *b;
    size_t n;
    size_t next, done; /* guarded by lock */
    void (*work)(batch *b, size_t i, ems_ctx *ctx);
    pthread_mutex_t lock;
    pthread_cond_t progressed;
} pool;

static void *worker(void *arg)
{
    pool *p = arg;
    ems_ctx *ctx = NULL;
    if (new_ctx_like(&ctx, p->b->ctx) != EMS_OK) {
        p->b->oom = true;
        return NULL;
    }
    for (;;) {
        pthread_mutex_lock(&p->lock);
        size_t i = p->next < p->n ? p->next++ : p->n;
        pthread_mutex_unlock(&p->lock);
        if (i == p->n)
            break;
        p->work(p->b, i, ctx);
        pthread_mutex_lock(&p->lock);
        p->done++;
        pthread_cond_signal(&p->progressed);
        pthread_mutex_unlock(&p->lock);
    }
    ems_ctx_free(ctx);
    return NULL;
}

/* Run work(b, i, ctx) for i in [0, n) on jobs threads; the calling thread
 * reports progress. */
static int run_pool(batch *b, size_t n, void (*work)(batch *, size_t, ems_ctx *), bool report)
{
    pool p = {b, n, 0, 0, work, PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER};
    unsigned jobs = b->opts->jobs;
    if (jobs == 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = cpus > 0 ? (unsigned)cpus : 1;
    }
    if (jobs > n)
        jobs = n ? (unsigned)n : 1;
    if (jobs > 256)
        jobs = 256;
    pthread_t threads[256];
    unsigned started = 0;
    for (; started < jobs; started++)
        if (pthread_create(&threads[started], NULL, worker, &p) != 0)
            break;
    if (started == 0) /* no thread at all: do the work here */
        worker(&p);
    pthread_mutex_lock(&p.lock);
    while (p.done < n && started > 0) {
        if (report && b->opts->progress) {
            size_t done = p.done;
            pthread_mutex_unlock(&p.lock);
            b->opts->progress(b->opts->user, b->progress_base + done, b->ngroups);
            pthread_mutex_lock(&p.lock);
        }
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += 200 * 1000 * 1000;
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&p.progressed, &p.lock, &until);
    }
    pthread_mutex_unlock(&p.lock);
    for (unsigned t = 0; t < started; t++)
        pthread_join(threads[t], NULL);
    if (report && b->opts->progress)
        b->opts->progress(b->opts->user, b->progress_base + n, b->ngroups);
    return b->oom ? EMS_ENOMEM : EMS_OK;
}

/* ---- reading roots and grouping -------------------------------------- */

static void sniff_one(batch *b, size_t i, ems_ctx *ctx)
{
    input *in = &b->inputs[i];
    in->rc = ems_xml__sniff_file(&in->root, ctx, in->path);
    if (in->rc == EMS_OK && !(in->root.ours && strcmp(in->root.name, "assessment") == 0)) {
        /* Scorecards and results may sit beside assessments in a folder:
         * only a file named on the command line must be an assessment. */
        if (in->named)
            in->rc = ems_ctx__error(ctx, EMS_EINVALID, in->path, in->root.line,
                                    "<%s> is not an assessment", in->root.name);
        else if (!in->root.ours)
            ems_ctx__report(ctx, EMS_OK, EMS_SEV_WARNING, in->path, in->root.line,
                            "skipped: <%s> is not an emscore document", in->root.name);
    }
    keep_diags(&in->diags, ctx, b->ctx);
}

static bool is_assessment(const input *in)
{
    return in->rc == EMS_OK && in->root.ours && strcmp(in->root.name, "assessment") == 0;
}

static int by_group(const void *pa, const void *pb)
{
    const input *a = *(input *const *)pa, *b = *(input *const *)pb;
    int c = strcmp(a->root.agency, b->root.agency);
    if (!c) /* periods in time order, so earlier groups come first */
        c = ems_follow__period_cmp(a->root.period, b->root.period);
    if (!c)
        c = strcmp(a->root.period, b->root.period);
    if (!c) /* self, response, peer */
        c = strcmp(b->root.kind, a->root.kind);
    return c ? c : strcmp(a->path, b->path);
}

/* FNV-1a of "AGENCY\0PERIOD": the shard of a group, stable across machines. */
static uint64_t group_hash(const char *agency, const char *period)
{
    uint64_t h = UINT64_C(14695981039346656037);
    for (const char *s = agency;; s++) {
        h ^= (unsigned char)*s;
        h *= UINT64_C(1099511628211);
        if (!*s)
            break;
    }
    for (const char *s = period; *s; s++) {
        h ^= (unsigned char)*s;
        h *= UINT64_C(1099511628211);
    }
    return h;
}

static int by_stem(const void *pa, const void *pb)
{
    const group *a = *(group *const *)pa, *b = *(group *const *)pb;
    return strcmp(a->stem, b->stem);
}

static int make_groups(batch *b)
{
    size_t n = 0;
    for (size_t i = 0; i < b->ninputs; i++)
        n += is_assessment(&b->inputs[i]);
    b->order = malloc((n ? n : 1) * sizeof(*b->order));
    b->groups = calloc(n ? n : 1, sizeof(*b->groups));
    group **by = malloc((n ? n : 1) * sizeof(*by));
    if (!b->order || !b->groups || !by) {
        free(by);
        return EMS_ENOMEM;
    }
    for (size_t i = 0, k = 0; i < b->ninputs; i++)
        if (is_assessment(&b->inputs[i]))
            b->order[k++] = &b->inputs[i];
    qsort(b->order, n, sizeof(*b->order), by_group);
    unsigned nshards = b->opts->nshards > 1 ? b->opts->nshards : 1;
    for (size_t i = 0; i < n;) {
        const input *first = b->order[i];
        size_t j = i + 1;
        while (j < n && strcmp(b->order[j]->root.agency, first->root.agency) == 0 &&
               strcmp(b->order[j]->root.period, first->root.period) == 0)
            j++;
        if (nshards == 1 ||
            group_hash(first->root.agency, first->root.period) % nshards == b->opts->shard - 1) {
            group *g = &b->groups[b->ngroups++];
            g->files = b->order + i;
            g->nfiles = j - i;
            if (b->ngroups > 1 && strcmp(g[-1].files[0]->root.agency, first->root.agency) == 0)
                g->wave = g[-1].wave + 1;
            snprintf(g->stem, sizeof(g->stem), "%s-%s", first->root.agency, first->root.period);
        }
        i = j;
    }
    /* Output names must not collide ("a-b" "c" and "a" "b-c"). */
    for (size_t i = 0; i < b->ngroups; i++)
        by[i] = &b->groups[i];
    qsort(by, b->ngroups, sizeof(*by), by_stem);
    for (size_t i = 1; i < b->ngroups; i++)
        if (strcmp(by[i]->stem, by[i - 1]->stem) == 0)
            by[i]->rc = by[i - 1]->rc = EMS_EINVALID;
    free(by);
    return EMS_OK;
}

/* ---- one group -------------------------------------------------------- */

/* --resume: both outputs exist and are newer than every input and the
 * scorecard. */
static bool outputs_fresh(const batch *b, const group *g, const char *const names[2])
{
    for (int k = 0; k < 2; k++) {
        struct stat st;
        if (fstatat(b->outfd, names[k], &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode) ||
            !later(st.st_mtim, b->sc_mtime))
            return false;
        for (size_t i = 0; i < g->nfiles; i++)
            if (!later(st.st_mtim, g->files[i]->mtime))
                return false;
    }
    return true;
}

/* At most one self-assessment, management response and peer assessment
 * per agency and period. */
static int check_composition(const group *g, ems_ctx *ctx)
{
    int rc = EMS_OK;
    if (g->nfiles > 3)
        return ems_ctx__error(ctx, EMS_EINVALID, g->files[0]->path, g->files[0]->root.line,
                              "%zu assessments of %s for %s: a group holds a self-assessment, a "
                              "peer assessment and a management response at most",
                              g->nfiles, g->files[0]->root.agency, g->files[0]->root.period);
    for (size_t i = 1; i < g->nfiles; i++)
        if (strcmp(g->files[i]->root.kind, g->files[i - 1]->root.kind) == 0)
            rc = ems_ctx__error(ctx, EMS_EINVALID, g->files[i]->path, g->files[i]->root.line,
                                "a second %s assessment of %s for %s (the first is %s)",
                                g->files[i]->root.kind, g->files[i]->root.agency,
                                g->files[i]->root.period, g->files[i - 1]->path);
    return rc;
}

/* The report and the summary entry of results just written: parsed once,
 * not validated again (emscore wrote them). */
static int report_results(batch *b, ems_ctx *ctx, const char *results_shown,
                          const char *html_name, const char *html_shown, const char *xml,
                          size_t xlen)
{
    xmlDocPtr doc = NULL;
    char *html = NULL;
    size_t hlen = 0;
    int rc = ems_xml__read_own_memory(&doc, ctx, results_shown, xml, xlen);
    if (rc == EMS_OK)
        rc = ems_summary__add_doc(b->summary, ctx, doc, results_shown);
    if (rc == EMS_OK)
        rc = ems_report__render_doc(b->html, ctx, results_shown, doc, &html, &hlen);
    if (rc == EMS_OK)
        rc = ems_output__write_at(ctx, b->outfd, html_name, html_shown, html, hlen);
    ems_free(html);
    xmlFreeDoc(doc);
    return rc;
}

/* The earlier periods of g's agency: the results this run wrote for its
 * earlier groups, and those found in the output folder for periods the run
 * does not have. */
static int add_history(batch *b, const group *g, ems_history *h, ems_ctx *ctx)
{
    const char *agency = g->files[0]->root.agency, *period = g->files[0]->root.period;
    char path[4096];
    int rc = EMS_OK;
    for (const group *p = g; rc == EMS_OK && p > b->groups; ) {
        p--;
        if (strcmp(p->files[0]->root.agency, agency) != 0)
            break;
        if (p->rc != EMS_OK)
            continue; /* reported on its own */
        /* written by this run: read as our own output, like the summary
         * reads it, not held to the limits on inputs */
        xmlDocPtr doc = NULL;
        snprintf(path, sizeof(path), "%s/%s.results.xml", b->opts->output_dir, p->stem);
        rc = ems_xml__read_own_file(&doc, ctx, path);
        if (rc == EMS_OK)
            rc = ems_history__add_doc(h, ctx, doc, path);
        xmlFreeDoc(doc);
    }
    for (size_t k = 0; rc == EMS_OK && k < b->nkept; k++) {
        const ems_xml_root *r = &b->kept[k];
        if (strcmp(r->agency, agency) != 0 || ems_follow__period_cmp(r->period, period) >= 0)
            continue;
        bool in_run = false;
        for (const group *p = g; p > b->groups && !in_run;) {
            p--;
            if (strcmp(p->files[0]->root.agency, agency) != 0)
                break;
            in_run = strcmp(p->files[0]->root.period, r->period) == 0;
        }
        if (in_run)
            continue;
        snprintf(path, sizeof(path), "%s/%s", b->opts->output_dir, b->kept_names[k]);
        rc = ems_history_add_file(h, b->engine, ctx, path);
    }
    return rc;
}

static int score_and_report(batch *b, group *g, ems_ctx *ctx, const char *const names[2])
{
    ems_assessment *as[3] = {NULL, NULL, NULL};
    ems_results *res = NULL;
    ems_history *history = NULL;
    char *xml = NULL;
    size_t xlen = 0;
    char shown[2][4096];
    for (int k = 0; names && k < 2; k++)
        snprintf(shown[k], sizeof(shown[k]), "%s/%s", b->opts->output_dir, names[k]);
    int rc = EMS_OK;
    for (size_t i = 0; i < g->nfiles && i < 3; i++) {
        int r = ems_assessment_load(&as[i], b->engine, ctx, g->files[i]->path, b->sc);
        if (r != EMS_OK && rc == EMS_OK)
            rc = r; /* load the others too: report every problem */
    }
    if (rc == EMS_OK && !names) /* unreachable: the schema checks identifiers too */
        rc = ems_ctx__error(ctx, EMS_EINVALID, g->files[0]->path, 0, "invalid agency or period");
    if (rc == EMS_OK && ems_history_new(&history) != EMS_OK)
        rc = ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    if (rc == EMS_OK)
        rc = add_history(b, g, history, ctx);
    if (rc == EMS_OK)
        rc = ems_score_with_history(&res, ctx, b->sc, (const ems_assessment *const *)as,
                                    g->nfiles, b->opts->profile, b->opts->model, history, NULL);
    if (rc == EMS_OK)
        rc = ems_results_serialize(res, ctx, &xml, &xlen);
    if (rc == EMS_OK)
        rc = ems_output__write_at(ctx, b->outfd, names[0], shown[0], xml, xlen);
    if (rc == EMS_OK)
        rc = report_results(b, ctx, shown[0], names[1], shown[1], xml, xlen);
    ems_free(xml);
    ems_results_free(res);
    ems_history_free(history);
    for (int i = 0; i < 3; i++)
        ems_assessment_free(as[i]);
    return rc;
}

/* --resume: the summary takes a fresh group's results from its file. One
 * that no longer reads back as valid results is done again. */
static bool reuse_results(batch *b, ems_ctx *ctx, const char *results_name)
{
    char shown[4096];
    snprintf(shown, sizeof(shown), "%s/%s", b->opts->output_dir, results_name);
    int rc = ems_summary__add_file(b->summary, b->engine, ctx, shown);
    if (rc == EMS_OK || rc == EMS_ENOMEM)
        return true;
    const char *why = ems_ctx_errmsg(ctx);
    char first[512];
    snprintf(first, sizeof(first), "%s", why);
    ems_ctx_clear(ctx);
    ems_ctx__report(ctx, EMS_OK, EMS_SEV_WARNING, shown, 0,
                    "--resume: cannot be read back (%s): the group is done again", first);
    return false;
}

static void process_group(batch *b, size_t gi, ems_ctx *ctx)
{
    group *g = &b->groups[gi];
    char results_name[192], html_name[192];
    snprintf(results_name, sizeof(results_name), "%s.results.xml", g->stem);
    snprintf(html_name, sizeof(html_name), "%s.html", g->stem);
    const char *const names[2] = {results_name, html_name};
    if (g->rc != EMS_OK) {
        const input *in = g->files[0];
        ems_ctx__error(ctx, EMS_EINVALID, in->path, in->root.line,
                       "agency '%s' and period '%s' give the output name '%s', as another agency "
                       "and period do: both are skipped",
                       in->root.agency, in->root.period, g->stem);
    } else if (!ems_ident__valid(g->files[0]->root.agency) ||
               !ems_ident__valid(g->files[0]->root.period)) {
        /* never a file name from an invalid identifier: load to say why */
        g->rc = score_and_report(b, g, ctx, NULL);
    } else if ((g->rc = check_composition(g, ctx)) != EMS_OK) {
        /* reported */
    } else if (b->resume && outputs_fresh(b, g, names) && reuse_results(b, ctx, results_name)) {
        g->skipped = true;
    } else {
        g->rc = score_and_report(b, g, ctx, names);
    }
    keep_diags(&g->diags, ctx, b->ctx);
}

static void process_wave_group(batch *b, size_t i, ems_ctx *ctx)
{
    process_group(b, b->wave[i], ctx);
}

/* The groups period after period: every agency's first period in
 * parallel, then every second one, and so on, so that each group finds
 * the results of its agency's earlier periods written. */
static int process_groups(batch *b)
{
    b->wave = malloc((b->ngroups ? b->ngroups : 1) * sizeof(*b->wave));
    if (!b->wave)
        return EMS_ENOMEM;
    int rc = EMS_OK;
    for (size_t w = 0; rc == EMS_OK; w++) {
        b->nwave = 0;
        for (size_t i = 0; i < b->ngroups; i++)
            if (b->groups[i].wave == w)
                b->wave[b->nwave++] = i;
        if (!b->nwave)
            break;
        rc = run_pool(b, b->nwave, process_wave_group, true);
        b->progress_base += b->nwave;
    }
    return rc;
}

/* Results already in the output folder (of periods an earlier run did),
 * read before this run writes any: earlier periods for its groups. */
static int find_kept(batch *b)
{
    DIR *d = fdopendir(dup(b->outfd));
    if (!d)
        return EMS_OK; /* nothing to keep: every period is in the run */
    int rc = EMS_OK;
    for (struct dirent *e; rc == EMS_OK && (e = readdir(d));) {
        struct stat st;
        /* regular files only: a planted link must not pull in another file */
        if (e->d_name[0] == '.' || !has_suffix(e->d_name, ".results.xml") ||
            fstatat(b->outfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
            continue;
        if (b->nkept % 16 == 0) {
            ems_xml_root *k = realloc(b->kept, (b->nkept + 16) * sizeof(*k));
            char **n = k ? realloc(b->kept_names, (b->nkept + 16) * sizeof(*n)) : NULL;
            if (k)
                b->kept = k;
            if (!n) {
                rc = EMS_ENOMEM;
                break;
            }
            b->kept_names = n;
        }
        char path[4096];
        snprintf(path, sizeof(path), "%s/%s", b->opts->output_dir, e->d_name);
        ems_ctx *quiet = NULL;
        if (new_ctx_like(&quiet, b->ctx) != EMS_OK) {
            rc = EMS_ENOMEM;
            break;
        }
        ems_xml_root *r = &b->kept[b->nkept];
        /* a file that is not results is not ours to judge: left alone */
        if (ems_xml__sniff_file(r, quiet, path) == EMS_OK && r->ours &&
            strcmp(r->name, "results") == 0) {
            if (!(b->kept_names[b->nkept] = strdup(e->d_name)))
                rc = EMS_ENOMEM;
            else
                b->nkept++;
        }
        ems_ctx_free(quiet);
    }
    closedir(d);
    return rc == EMS_OK ? EMS_OK : ems_ctx__error(b->ctx, rc, b->opts->output_dir, 0, "out of memory");
}

/* ---- the summary ------------------------------------------------------ */

/* Render the summary this run has just built, from the one parse of it. */
static int write_rendered(batch *b, const char *format, const char *name, xmlDocPtr doc)
{
    ems_report *r = NULL;
    char *out = NULL;
    size_t len = 0;
    char shown[4096];
    snprintf(shown, sizeof(shown), "%s/%s", b->opts->output_dir, name);
    int rc = ems_report_new(&r, b->engine, b->ctx, format, b->opts->lang, NULL);
    if (rc == EMS_OK)
        rc = ems_report__render_doc(r, b->ctx, shown, doc, &out, &len);
    if (rc == EMS_OK)
        rc = ems_output__write_at(b->ctx, b->outfd, name, shown, out, len);
    ems_free(out);
    ems_report_free(r);
    return rc;
}

static int write_summary(batch *b)
{
    char *xml = NULL;
    size_t xlen = 0;
    xmlDocPtr doc = NULL;
    char shown[4096];
    snprintf(shown, sizeof(shown), "%s/summary.xml", b->opts->output_dir);
    int rc = ems_summary__finish(b->summary, b->ctx, &xml, &xlen);
    if (rc == EMS_OK)
        rc = ems_output__write_at(b->ctx, b->outfd, "summary.xml", shown, xml, xlen);
    ems_free(xml);
    xml = NULL;
    /* The reports read the figures only: their smaller document keeps the
     * memory of the run's last step down. */
    if (rc == EMS_OK)
        rc = ems_summary__figures(b->summary, b->ctx, &xml, &xlen);
    ems_summary__free(b->summary);
    b->summary = NULL;
    if (rc == EMS_OK)
        rc = ems_xml__read_own_memory(&doc, b->ctx, shown, xml, xlen);
    ems_free(xml);
    if (rc == EMS_OK)
        rc = write_rendered(b, "summary", "summary.html", doc);
    if (rc == EMS_OK)
        rc = write_rendered(b, "summary-csv", "summary.csv", doc);
    xmlFreeDoc(doc);
    return rc;
}

/* ---- resume ------------------------------------------------------------ */

#define STAMP ".emscore-batch"

/* What outputs depend on besides the inputs: a run may skip a group only
 * when the folder was made with the same of each. */
static void stamp_text(char *out, size_t cap, const batch *b)
{
    snprintf(out, cap, "scorecard %s %s\nmodel %s\nprofile %s\nlang %s\n", b->sc->id,
             b->sc->version, ems_model_name(b->opts->model),
             b->opts->profile ? b->opts->profile : "-", b->opts->lang ? b->opts->lang : "en");
}

/* With --resume, keep it only if the folder's stamp matches; then (always)
 * write this run's stamp before any output, so a killed run can resume. */
static int check_stamp(batch *b, bool *resume)
{
    char want[512], have[512];
    stamp_text(want, sizeof(want), b);
    int fd = openat(b->outfd, STAMP, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    ssize_t n = fd >= 0 ? read(fd, have, sizeof(have) - 1) : -1;
    if (fd >= 0)
        close(fd);
    have[n > 0 ? n : 0] = '\0';
    bool same = strcmp(have, want) == 0;
    *resume = b->opts->resume && same;
    if (b->opts->resume && !same)
        ems_ctx__report(b->ctx, EMS_OK, EMS_SEV_WARNING, b->opts->output_dir, 0,
                        "--resume: made with another scorecard, model, profile or language "
                        "(or not by emscore batch): every group is done again");
    if (same)
        return EMS_OK;
    char shown[4096];
    snprintf(shown, sizeof(shown), "%s/" STAMP, b->opts->output_dir);
    return ems_output__write_at(b->ctx, b->outfd, STAMP, shown, want, strlen(want));
}

/* ---- the run ---------------------------------------------------------- */

static int by_path(const void *pa, const void *pb)
{
    return strcmp(((const input *)pa)->path, ((const input *)pb)->path);
}

static int open_output(batch *b)
{
    const char *dir = b->opts->output_dir;
    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return ems_ctx__error(b->ctx, EMS_EIO, dir, 0, "cannot create the output folder: %s",
                              strerror(errno));
    b->outfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    struct stat st;
    if (b->outfd < 0 || fstat(b->outfd, &st) != 0)
        return ems_ctx__error(b->ctx, EMS_EIO, dir, 0, "cannot open the output folder: %s",
                              strerror(errno));
    b->out_dev = st.st_dev;
    b->out_ino = st.st_ino;
    return EMS_OK;
}

int ems_batch_run(ems_batch_stats *stats, const ems_engine *engine, ems_ctx *ctx,
                  const ems_scorecard *sc, const char *const *paths, size_t npaths,
                  const ems_batch_options *opts)
{
    if (stats)
        memset(stats, 0, sizeof(*stats));
    if (!engine || !ctx || !sc || (!paths && npaths) || !opts || !opts->output_dir ||
        (opts->nshards > 1 && (opts->shard < 1 || opts->shard > opts->nshards)))
        return EMS_EARG;
    batch b = {.engine = engine, .sc = sc, .opts = opts, .ctx = ctx, .outfd = -1};
    struct stat st;
    if (stat(sc->file, &st) == 0)
        b.sc_mtime = st.st_mtim;
    int rc = open_output(&b);
    if (rc == EMS_OK)
        rc = find_kept(&b);
    if (rc == EMS_OK)
        rc = check_stamp(&b, &b.resume);
    if (rc == EMS_OK)
        rc = ems_report_new(&b.html, engine, ctx, "html", opts->lang, NULL);
    if (rc == EMS_OK && ems_summary__new(&b.summary) != EMS_OK)
        rc = ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    int found = rc == EMS_OK ? find_inputs(&b, paths, npaths) : rc;
    if (found == EMS_ENOMEM)
        rc = found;
    if (rc == EMS_OK) {
        qsort(b.inputs, b.ninputs, sizeof(*b.inputs), by_path);
        size_t k = 0; /* the same file named twice is read once */
        for (size_t i = 0; i < b.ninputs; i++) {
            if (k > 0 && strcmp(b.inputs[k - 1].path, b.inputs[i].path) == 0) {
                b.inputs[k - 1].named |= b.inputs[i].named;
                free(b.inputs[i].path);
            } else {
                b.inputs[k++] = b.inputs[i];
            }
        }
        b.ninputs = k;
        rc = run_pool(&b, b.ninputs, sniff_one, false);
    }
    if (rc == EMS_OK)
        rc = make_groups(&b);
    if (rc == EMS_OK)
        rc = process_groups(&b);
    size_t failed = found != EMS_OK;
    for (size_t i = 0; i < b.ninputs; i++) {
        ems_ctx__append(ctx, b.inputs[i].diags);
        failed += b.inputs[i].rc != EMS_OK;
    }
    for (size_t i = 0; i < b.ngroups; i++) {
        ems_ctx__append(ctx, b.groups[i].diags);
        failed += b.groups[i].rc != EMS_OK;
        if (stats) {
            stats->reports += b.groups[i].rc == EMS_OK && !b.groups[i].skipped;
            stats->skipped += b.groups[i].skipped;
        }
    }
    if (rc == EMS_OK && ems_summary__count(b.summary) > 0)
        failed += write_summary(&b) != EMS_OK;
    if (stats) {
        stats->inputs = b.ninputs;
        stats->groups = b.ngroups;
        stats->failed = failed;
    }
    for (size_t i = 0; i < b.ninputs; i++) {
        free(b.inputs[i].path);
        ems_ctx_free(b.inputs[i].diags);
    }
    for (size_t i = 0; i < b.ngroups; i++)
        ems_ctx_free(b.groups[i].diags);
    for (size_t i = 0; i < b.nkept; i++)
        free(b.kept_names[i]);
    free(b.kept_names);
    free(b.kept);
    free(b.wave);
    free(b.inputs);
    free(b.groups);
    free(b.order);
    ems_report_free(b.html);
    ems_summary__free(b.summary);
    if (b.outfd >= 0)
        close(b.outfd);
    if (rc != EMS_OK)
        return rc;
    return failed ? EMS_EINVALID : EMS_OK;
}
