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
 * render summary.html and summary.csv. A shard writes no summary but its
 * list of groups, which ems_batch_gather() reads (gather.c). Diagnostics are
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
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "climate.h"
#include "followup.h"
#include "internal.h"
#include "util/arena.h"
#include "util/hash.h"
#include "util/ident.h"

/* The report formats of one group: html, docx, odt and the executive
 * edition of the html. */
#define BATCH_MAX_FORMATS 4
/* Per group: the results, then one report per format. */
#define BATCH_MAX_OUTPUTS (1 + BATCH_MAX_FORMATS)

typedef struct input {
    char *path;
    bool named;        /* given on the command line, not found in a folder */
    struct timespec mtime;
    ems_xml_root root;
    int rc;            /* of reading the root */
    bool ambiguous;    /* an inventory with a second one of its agency and period */
    ems_ctx *diags;    /* NULL when it had none */
} input;

typedef struct group {
    input **files;     /* self first, then response, then peer */
    size_t nfiles;
    input *inventory;  /* of the group's agency and period, NULL when none */
    input *baseline;   /* the inventory of its baseline period, NULL when none */
    char stem[160];    /* AGENCY-PERIOD */
    unsigned shard;    /* the shard it belongs to, from 1 */
    size_t wave;       /* how many earlier periods of its agency the run has */
    int rc;
    bool skipped;      /* --resume: outputs are newer than the inputs */
    bool changed;      /* its results differ from those the folder held */
    ems_ctx *diags;
} group;

/* An inventory without assessments of its agency and period: not scored,
 * but its figures are in the summary's climate (doc/formats.md). */
typedef struct alone {
    input *in;
    unsigned shard;     /* the shard it belongs to, from 1 */
    int rc;
    ems_ctx *diags;
    ems_climate_figures fig; /* once loaded; strings in in->root */
} alone;

typedef struct batch {
    const ems_engine *engine;
    const ems_scorecard *sc;
    const ems_batch_options *opts;
    ems_ctx *ctx; /* the caller's: limits to copy, diagnostics to fill */
    int outfd;
    struct timespec sc_mtime;
    ems_report *reports[BATCH_MAX_FORMATS]; /* one per --format, in the order given */
    size_t nreports;
    ems_summary_builder *summary; /* every group's results, as they are made */
    input *inputs;
    size_t ninputs, cinputs;
    dev_t out_dev;
    ino_t out_ino;
    input **order;     /* the assessments, by agency, period, kind, path */
    input **inventories; /* by agency, period, path */
    size_t ninventories;
    alone *alone;        /* the inventories no group has, by agency and period */
    size_t nalone;
    bool resume;       /* --resume, and the folder was made with the same options */
    group *groups;     /* every group of the run, by agency and period */
    size_t ngroups;
    group **mine;      /* those of this shard */
    size_t nmine;
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

/* *.xml and *.xml.gz, in any case (.XML, .Xml.GZ). */
static bool is_xml_name(const char *s)
{
    size_t n = strlen(s);
    return (n >= 4 && strcasecmp(s + n - 4, ".xml") == 0) ||
           (n >= 7 && strcasecmp(s + n - 7, ".xml.gz") == 0);
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
    ems_array__sort(names, n, sizeof(*names), by_name);
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
        } else if (is_xml_name(names[i]) &&
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
            b->opts->progress(b->opts->user, b->progress_base + done, b->nmine);
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
        b->opts->progress(b->opts->user, b->progress_base + n, b->nmine);
    return b->oom ? EMS_ENOMEM : EMS_OK;
}

/* ---- reading roots and grouping -------------------------------------- */

static void sniff_one(batch *b, size_t i, ems_ctx *ctx)
{
    input *in = &b->inputs[i];
    in->rc = ems_xml__sniff_file(&in->root, ctx, in->path);
    bool wanted = in->root.ours && (strcmp(in->root.name, "assessment") == 0 ||
                                    strcmp(in->root.name, "inventory") == 0);
    if (in->rc == EMS_OK && !wanted) {
        /* Scorecards and results may sit beside assessments in a folder:
         * only a file named on the command line must be an assessment or
         * an inventory. */
        if (in->named)
            in->rc = ems_ctx__error(ctx, EMS_EINVALID, in->path, in->root.line,
                                    "<%s> is not an assessment or an inventory", in->root.name);
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

/* The shard (1 to nshards) of an agency's groups and inventories: all its
 * periods in one shard, the same on every machine. */
static unsigned shard_of(const char *agency, unsigned nshards)
{
    return (unsigned)(ems_hash__string(agency) % nshards) + 1;
}

static int by_stem(const void *pa, const void *pb)
{
    const group *a = *(group *const *)pa, *b = *(group *const *)pb;
    return strcmp(a->stem, b->stem);
}

static bool is_inventory(const input *in)
{
    return in->rc == EMS_OK && in->root.ours && strcmp(in->root.name, "inventory") == 0;
}

/* The inventory of agency and period among b->inventories, or NULL. */
static input *find_inventory(const batch *b, const char *agency, const char *period)
{
    size_t lo = 0, hi = b->ninventories;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const input *in = b->inventories[mid];
        int c = strcmp(in->root.agency, agency);
        if (!c)
            c = strcmp(in->root.period, period);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < b->ninventories && strcmp(b->inventories[lo]->root.agency, agency) == 0 &&
                   strcmp(b->inventories[lo]->root.period, period) == 0
               ? b->inventories[lo]
               : NULL;
}

/* Inventories by agency and period; a second one of the same fails. */
static int index_inventories(batch *b)
{
    size_t n = 0;
    for (size_t i = 0; i < b->ninputs; i++)
        n += is_inventory(&b->inputs[i]);
    b->inventories = malloc((n ? n : 1) * sizeof(*b->inventories));
    if (!b->inventories)
        return EMS_ENOMEM;
    for (size_t i = 0; i < b->ninputs; i++)
        if (is_inventory(&b->inputs[i]))
            b->inventories[b->ninventories++] = &b->inputs[i];
    ems_array__sort(b->inventories, n, sizeof(*b->inventories), by_group);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        input *in = b->inventories[i];
        if (k > 0 && strcmp(b->inventories[k - 1]->root.agency, in->root.agency) == 0 &&
            strcmp(b->inventories[k - 1]->root.period, in->root.period) == 0) {
            ems_ctx *ctx = NULL;
            if (new_ctx_like(&ctx, b->ctx) != EMS_OK)
                return EMS_ENOMEM;
            in->rc = ems_ctx__error(ctx, EMS_EINVALID, in->path, in->root.line,
                                    "a second inventory of %s for %s (the first is %s)",
                                    in->root.agency, in->root.period,
                                    b->inventories[k - 1]->path);
            keep_diags(&in->diags, ctx, b->ctx);
            ems_ctx_free(ctx);
            b->inventories[k - 1]->ambiguous = true;
            continue;
        }
        b->inventories[k++] = in;
    }
    b->ninventories = k;
    return EMS_OK;
}

/* <0, 0, >0 as a's agency and period sort before, with or after b's, in
 * the order of by_group. */
static int by_agency_period(const input *a, const input *b)
{
    int c = strcmp(a->root.agency, b->root.agency);
    if (!c)
        c = ems_follow__period_cmp(a->root.period, b->root.period);
    return c ? c : strcmp(a->root.period, b->root.period);
}

static int make_groups(batch *b)
{
    if (index_inventories(b) != EMS_OK)
        return EMS_ENOMEM;
    size_t n = 0;
    for (size_t i = 0; i < b->ninputs; i++)
        n += is_assessment(&b->inputs[i]);
    b->order = calloc(n ? n : 1, sizeof(*b->order));
    b->groups = calloc(n ? n : 1, sizeof(*b->groups));
    b->mine = calloc(n ? n : 1, sizeof(*b->mine));
    group **by = calloc(n ? n : 1, sizeof(*by));
    if (!b->order || !b->groups || !b->mine || !by) {
        free(by);
        return EMS_ENOMEM;
    }
    for (size_t i = 0, k = 0; i < b->ninputs; i++)
        if (is_assessment(&b->inputs[i]))
            b->order[k++] = &b->inputs[i];
    ems_array__sort(b->order, n, sizeof(*b->order), by_group);
    unsigned nshards = b->opts->nshards > 1 ? b->opts->nshards : 1;
    unsigned shard = b->opts->nshards > 0 ? b->opts->shard : 1;
    /* Every shard knows every group: its list names them all, and names
     * collide across shards as they do in one piece. */
    for (size_t i = 0; i < n;) {
        const input *first = b->order[i];
        size_t j = i + 1;
        while (j < n && strcmp(b->order[j]->root.agency, first->root.agency) == 0 &&
               strcmp(b->order[j]->root.period, first->root.period) == 0)
            j++;
        group *g = &b->groups[b->ngroups++];
        g->files = b->order + i;
        g->nfiles = j - i;
        /* every period of an agency in one shard: each finds its earlier
         * periods' results made by the same run */
        g->shard = shard_of(first->root.agency, nshards);
        if (b->ngroups > 1 && strcmp(g[-1].files[0]->root.agency, first->root.agency) == 0)
            g->wave = g[-1].wave + 1;
        g->inventory = find_inventory(b, first->root.agency, first->root.period);
        if (g->inventory && g->inventory->root.baseline[0])
            g->baseline = find_inventory(b, first->root.agency, g->inventory->root.baseline);
        snprintf(g->stem, sizeof(g->stem), "%s-%s", first->root.agency, first->root.period);
        if (g->shard == shard)
            b->mine[b->nmine++] = g;
        i = j;
    }
    /* The inventories of no group: each its own agency and period, in the
     * shard of its agency. */
    b->alone = calloc(b->ninventories ? b->ninventories : 1, sizeof(*b->alone));
    if (!b->alone) {
        free(by);
        return EMS_ENOMEM;
    }
    for (size_t i = 0, k = 0; i < b->ninventories; i++) {
        input *in = b->inventories[i];
        while (k < b->ngroups && by_agency_period(b->groups[k].files[0], in) < 0)
            k++;
        if (in->ambiguous || (k < b->ngroups && by_agency_period(b->groups[k].files[0], in) == 0))
            continue;
        b->alone[b->nalone++] =
            (alone){.in = in, .shard = shard_of(in->root.agency, nshards)};
    }
    /* Output names must not collide ("a-b" "c" and "a" "b-c"). */
    for (size_t i = 0; i < b->ngroups; i++)
        by[i] = &b->groups[i];
    ems_array__sort(by, b->ngroups, sizeof(*by), by_stem);
    for (size_t i = 1; i < b->ngroups; i++)
        if (strcmp(by[i]->stem, by[i - 1]->stem) == 0)
            by[i]->rc = by[i - 1]->rc = EMS_EINVALID;
    free(by);
    return EMS_OK;
}

/* ---- one group -------------------------------------------------------- */

/* Is period one of the run's groups of agency, before group g? */
static bool earlier_in_run(const batch *b, const group *g, const char *agency, const char *period)
{
    for (const group *p = g; p > b->groups;) {
        p--;
        if (strcmp(p->files[0]->root.agency, agency) != 0)
            return false;
        if (strcmp(p->files[0]->root.period, period) == 0)
            return true;
    }
    return false;
}

/* --resume: a later period's results carry the figures and register of
 * the agency's earlier periods, so they are stale when an earlier group
 * of the run failed or wrote other results than the folder had, or when
 * the results of an earlier period outside the run are not older than t. */
static bool earlier_unchanged(const batch *b, const group *g, struct timespec t)
{
    const char *agency = g->files[0]->root.agency, *period = g->files[0]->root.period;
    for (const group *p = g; p > b->groups;) {
        p--;
        if (strcmp(p->files[0]->root.agency, agency) != 0)
            break;
        if (p->rc != EMS_OK || p->changed)
            return false;
    }
    for (size_t k = 0; k < b->nkept; k++) {
        const ems_xml_root *r = &b->kept[k];
        struct stat st;
        if (strcmp(r->agency, agency) != 0 || ems_follow__period_cmp(r->period, period) >= 0 ||
            earlier_in_run(b, g, agency, r->period))
            continue;
        if (fstatat(b->outfd, b->kept_names[k], &st, AT_SYMLINK_NOFOLLOW) != 0 ||
            !later(t, st.st_mtim))
            return false;
    }
    return true;
}

/* Are these results other than those the folder held before the run? */
static bool results_changed(const batch *b, const char *name, const char *xml, size_t len)
{
    for (size_t k = 0; k < b->nkept; k++)
        if (strcmp(b->kept_names[k], name) == 0)
            return b->kept[k].size != len || b->kept[k].hash != ems_hash__bytes(xml, len);
    return true;
}

/* --resume: every output exists and is newer than every input, the
 * scorecard and the results of the agency's earlier periods, none of
 * which this run did again. */
static bool outputs_fresh(const batch *b, const group *g, char names[][192])
{
    for (size_t k = 0; k < 1 + b->nreports; k++) {
        struct stat st;
        if (fstatat(b->outfd, names[k], &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode) ||
            !later(st.st_mtim, b->sc_mtime))
            return false;
        for (size_t i = 0; i < g->nfiles; i++)
            if (!later(st.st_mtim, g->files[i]->mtime))
                return false;
        if ((g->inventory && !later(st.st_mtim, g->inventory->mtime)) ||
            (g->baseline && !later(st.st_mtim, g->baseline->mtime)) ||
            !earlier_unchanged(b, g, st.st_mtim))
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

/* The reports and the summary entry of results just written: parsed once,
 * not validated again (emscore wrote them). names[1..] and shown[1..] are
 * the reports' files. */
static int report_results(batch *b, ems_ctx *ctx, char names[][192], char shown[][4096],
                          const char *xml, size_t xlen)
{
    xmlDocPtr doc = NULL;
    int rc = ems_xml__read_own_memory(&doc, ctx, shown[0], xml, xlen);
    if (rc == EMS_OK)
        rc = ems_summary__add_doc(b->summary, ctx, doc, shown[0]);
    for (size_t k = 0; rc == EMS_OK && k < b->nreports; k++)
        rc = ems_report__write_doc(b->reports[k], ctx, shown[0], doc, b->outfd, names[1 + k],
                                   shown[1 + k]);
    xmlFreeDoc(doc);
    return rc;
}

/* Tests only: called once the files are grouped, before any is scored. */
void (*ems_batch__grouped_hook)(void);

/* The assessment of in, from the very bytes it was grouped by: a file
 * replaced or edited since is refused, never scored under another agency,
 * period or kind than its group's. */
static int load_as_grouped(ems_assessment **out, batch *b, ems_ctx *ctx, const input *in)
{
    unsigned char *data = NULL;
    size_t len = 0;
    int rc = ems_xml__read_bytes(&data, &len, ctx, AT_FDCWD, in->path, in->path, false);
    if (rc == EMS_OK && (len != in->root.size || ems_hash__bytes(data, len) != in->root.hash))
        rc = ems_ctx__error(ctx, EMS_EINVALID, in->path, 0,
                            "changed while the batch ran (after it was grouped as %s %s): "
                            "run the batch again",
                            in->root.agency, in->root.period);
    if (rc == EMS_OK)
        rc = ems_assessment_load_memory(out, b->engine, ctx, in->path, data, len, b->sc);
    free(data);
    if (rc == EMS_OK && (strcmp(ems_assessment_agency(*out), in->root.agency) != 0 ||
                         strcmp(ems_assessment_period(*out), in->root.period) != 0 ||
                         strcmp(ems_assessment_kind(*out), in->root.kind) != 0)) {
        /* the same bytes cannot say two things: a defect if ever reached */
        rc = ems_ctx__error(ctx, EMS_EINTERNAL, in->path, 0, "read differently than grouped");
        ems_assessment_free(*out);
        *out = NULL;
    }
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
        char name[192];
        snprintf(name, sizeof(name), "%s.results.xml", p->stem);
        snprintf(path, sizeof(path), "%s/%s", b->opts->output_dir, name);
        rc = ems_xml__read_own_at(&doc, ctx, b->outfd, name, path);
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

static int score_and_report(batch *b, group *g, ems_ctx *ctx, char names[][192])
{
    ems_assessment *as[3] = {NULL, NULL, NULL};
    ems_inventory *inv[2] = {NULL, NULL};
    ems_results *res = NULL;
    ems_history *history = NULL;
    char *xml = NULL;
    size_t xlen = 0;
    char shown[BATCH_MAX_OUTPUTS][4096];
    for (size_t k = 0; names && k < 1 + b->nreports; k++)
        snprintf(shown[k], sizeof(shown[k]), "%s/%s", b->opts->output_dir, names[k]);
    int rc = EMS_OK;
    for (size_t i = 0; i < g->nfiles && i < 3; i++) {
        int r = load_as_grouped(&as[i], b, ctx, g->files[i]);
        if (r != EMS_OK && rc == EMS_OK)
            rc = r; /* load the others too: report every problem */
    }
    const input *inv_in[2] = {g->inventory, g->baseline};
    for (int k = 0; k < 2; k++) {
        int r = inv_in[k] ? ems_inventory_load(&inv[k], b->engine, ctx, inv_in[k]->path) : EMS_OK;
        if (r != EMS_OK && rc == EMS_OK)
            rc = r;
    }
    if (rc == EMS_OK && !names) /* unreachable: the schema checks identifiers too */
        rc = ems_ctx__error(ctx, EMS_EINVALID, g->files[0]->path, 0, "invalid agency or period");
    if (rc == EMS_OK && ems_history_new(&history) != EMS_OK)
        rc = ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    if (rc == EMS_OK)
        rc = add_history(b, g, history, ctx);
    if (rc == EMS_OK) {
        ems_score_options opts = EMS_SCORE_OPTIONS_INIT;
        opts.profile = b->opts->profile;
        opts.model = b->opts->model;
        opts.inventory = inv[0];
        opts.inventory_baseline = inv[1];
        opts.history = history;
        rc = ems_score_with(&res, ctx, b->sc, (const ems_assessment *const *)as, g->nfiles, &opts);
    }
    if (rc == EMS_OK)
        rc = ems_results_serialize(&xml, &xlen, res, ctx);
    if (rc == EMS_OK) {
        g->changed = results_changed(b, names[0], xml, xlen);
        rc = ems_output__write_at(ctx, b->outfd, names[0], shown[0], xml, xlen);
    }
    if (rc == EMS_OK)
        rc = report_results(b, ctx, names, shown, xml, xlen);
    ems_free(xml);
    ems_results_free(res);
    ems_history_free(history);
    for (int i = 0; i < 3; i++)
        ems_assessment_free(as[i]);
    ems_inventory_free(inv[0]);
    ems_inventory_free(inv[1]);
    return rc;
}

/* Why results read back from the output folder are not this group's
 * under this run's options, or NULL when they are. */
static const char *mismatch(const batch *b, const group *g, xmlNodePtr root, char *why,
                            size_t cap)
{
    const char *profile = b->opts->profile;
    bool self = false, peer = false;
    for (size_t i = 0; i < g->nfiles; i++) {
        if (!profile && g->files[i]->root.profile[0])
            profile = g->files[i]->root.profile;
        self |= strcmp(g->files[i]->root.kind, "self") == 0;
        peer |= strcmp(g->files[i]->root.kind, "peer") == 0;
    }
    const struct {
        const char *attr, *want;
    } expect[] = {
        {"agency", g->files[0]->root.agency}, {"period", g->files[0]->root.period},
        {"scorecard", b->sc->id},             {"scorecard-version", b->sc->version},
        {"model", ems_model_name(b->opts->model)}, {"profile", profile ? profile : ""},
    };
    why[0] = '\0';
    for (size_t i = 0; i < sizeof(expect) / sizeof(expect[0]) && !why[0]; i++) {
        xmlChar *have = xmlGetNoNsProp(root, (const xmlChar *)expect[i].attr);
        if (strcmp(have ? (const char *)have : "", expect[i].want) != 0)
            snprintf(why, cap, "its %s is '%.80s', not '%.80s'", expect[i].attr,
                     have ? (const char *)have : "", expect[i].want);
        xmlFree(have);
    }
    bool has_self = false, has_peer = false;
    for (xmlNodePtr n = root->children; n; n = n->next) {
        has_self |= n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST "self-assessment");
        has_peer |= n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST "peer-assessment");
    }
    if (!why[0] && (has_self != self || has_peer != peer))
        snprintf(why, cap, "it scores %s, not the group's %s",
                 has_self && has_peer ? "a self and a peer assessment" : has_self ? "a self-assessment only" : "a peer assessment only",
                 self && peer ? "self and peer assessments" : self ? "self-assessment" : "peer assessment");
    return why[0] ? why : NULL;
}

/* --resume: the summary takes a fresh group's results from its file, read
 * without following a link or waiting on a FIFO. Results that do not read
 * back as valid, or that are not this group's under this run's options,
 * are done again with a warning. Returns EMS_OK (reused), EMS_ENOMEM, or
 * EMS_EINVALID (do it again). */
static int reuse_results(batch *b, const group *g, ems_ctx *ctx, const char *results_name)
{
    char shown[4096], why[512];
    snprintf(shown, sizeof(shown), "%s/%s", b->opts->output_dir, results_name);
    xmlDocPtr doc = NULL;
    const char *wrong = NULL;
    int rc = ems_xml__read_own_at(&doc, ctx, b->outfd, results_name, shown);
    if (rc == EMS_OK)
        rc = ems_doc__expect(ctx, doc, shown, EMS_DOC_RESULTS);
    if (rc == EMS_OK)
        rc = ems_xsd__validate(b->engine->schema, ctx, doc, shown);
    if (rc == EMS_OK)
        wrong = mismatch(b, g, xmlDocGetRootElement(doc), why, sizeof(why));
    if (rc == EMS_OK && !wrong)
        rc = ems_summary__add_doc(b->summary, ctx, doc, shown);
    xmlFreeDoc(doc);
    if (rc == EMS_ENOMEM || (rc == EMS_OK && !wrong))
        return rc;
    char first[512];
    snprintf(first, sizeof(first), "%s", wrong ? wrong : ems_ctx_errmsg(ctx));
    ems_ctx_clear(ctx);
    ems_ctx__report(ctx, EMS_OK, EMS_SEV_WARNING, shown, 0,
                    wrong ? "--resume: not this group's results under these options (%s): the "
                            "group is done again"
                          : "--resume: cannot be read back (%s): the group is done again",
                    first);
    return EMS_EINVALID;
}

static void process_group(batch *b, size_t gi, ems_ctx *ctx)
{
    group *g = b->mine[gi];
    char names[BATCH_MAX_OUTPUTS][192];
    snprintf(names[0], sizeof(names[0]), "%s.results.xml", g->stem);
    for (size_t k = 0; k < b->nreports; k++)
        snprintf(names[1 + k], sizeof(names[1 + k]), "%s.%s", g->stem,
                 ems_report__ext(b->reports[k]));
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
    } else if (g->inventory && g->inventory->ambiguous) {
        g->rc = ems_ctx__error(ctx, EMS_EINVALID, g->inventory->path, g->inventory->root.line,
                               "%s for %s has two inventories: the group is not scored",
                               g->inventory->root.agency, g->inventory->root.period);
    } else if (b->resume && outputs_fresh(b, g, names) &&
               (g->rc = reuse_results(b, g, ctx, names[0])) != EMS_EINVALID) {
        g->skipped = g->rc == EMS_OK;
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
    b->wave = calloc(b->nmine ? b->nmine : 1, sizeof(*b->wave));
    if (!b->wave)
        return EMS_ENOMEM;
    int rc = EMS_OK;
    for (size_t w = 0; rc == EMS_OK; w++) {
        b->nwave = 0;
        for (size_t i = 0; i < b->nmine; i++)
            if (b->mine[i]->wave == w)
                b->wave[b->nwave++] = i;
        if (!b->nwave)
            break;
        rc = run_pool(b, b->nwave, process_wave_group, true);
        b->progress_base += b->nwave;
    }
    return rc;
}

/* This shard's inventories without assessments: loaded (validated) for
 * their figures, which a run in one piece adds to the summary and a shard
 * writes into its list. */
static int process_alone(batch *b)
{
    for (size_t i = 0; i < b->nalone; i++) {
        alone *a = &b->alone[i];
        if (a->shard != (b->opts->nshards > 0 ? b->opts->shard : 1))
            continue;
        ems_ctx *ctx = NULL;
        ems_inventory *inv = NULL;
        if (new_ctx_like(&ctx, b->ctx) != EMS_OK)
            return EMS_ENOMEM;
        a->rc = ems_inventory_load(&inv, b->engine, ctx, a->in->path);
        if (a->rc == EMS_OK) {
            ems_climate__from_inventory(&a->fig, inv);
            a->fig.agency = a->in->root.agency;
            a->fig.period = a->in->root.period;
            if (b->opts->nshards == 0 && ems_summary__add_inventory(b->summary, &a->fig) != EMS_OK)
                a->rc = ems_ctx__error(ctx, EMS_ENOMEM, a->in->path, 0, "out of memory");
        }
        ems_inventory_free(inv);
        keep_diags(&a->diags, ctx, b->ctx);
        ems_ctx_free(ctx);
        if (a->rc == EMS_ENOMEM)
            return EMS_ENOMEM;
    }
    return EMS_OK;
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

/* ---- the summary and the shard list ---------------------------------- */

/* Why a group failed, for the summary: its first error. */
static const char *first_error(const ems_ctx *diags, int rc, char *buf, size_t cap)
{
    for (size_t i = 0; i < ems_ctx_ndiags(diags); i++) {
        const ems_diag *d = ems_ctx_diag(diags, i);
        if (d->severity != EMS_SEV_ERROR)
            continue;
        if (d->line > 0)
            snprintf(buf, cap, "%s:%ld: %s", d->file, d->line, d->message);
        else
            snprintf(buf, cap, "%s%s%s", d->file, d->file[0] ? ": " : "", d->message);
        return buf;
    }
    return ems_strerror(rc);
}

static const char *failure_reason(const group *g, char *buf, size_t cap)
{
    return first_error(g->diags, g->rc, buf, cap);
}

static ems_shard_list list_header(const batch *b)
{
    return (ems_shard_list){
        .shard = b->opts->shard,
        .nshards = b->opts->nshards,
        .scorecard = b->sc->id,
        .version = b->sc->version,
        .model = ems_model_name(b->opts->model),
        .profile = b->opts->profile,
        .lang = b->opts->lang,
    };
}

/* The shard's list: every group of the run, its own ones pending until
 * done is true. */
static int write_list(batch *b, bool done)
{
    ems_shard_list l = list_header(b);
    size_t n = b->ngroups + b->nalone;
    ems_shard_group *gs = calloc(n ? n : 1, sizeof(*gs));
    char (*reasons)[1024] = done ? calloc(n ? n : 1, sizeof(*reasons)) : NULL;
    if (!gs || (done && !reasons)) {
        free(gs);
        return ems_ctx__error(b->ctx, EMS_ENOMEM, b->opts->output_dir, 0, "out of memory");
    }
    for (size_t i = 0; i < b->ngroups; i++) {
        const group *g = &b->groups[i];
        const input *in = g->files[0];
        gs[i] = (ems_shard_group){in->root.agency, in->root.period, g->shard, NULL, NULL,
                                  false, NULL};
        if (g->shard != l.shard)
            continue;
        gs[i].state = !done ? "pending" : g->rc == EMS_OK ? "done" : "failed";
        if (done && g->rc != EMS_OK)
            gs[i].reason = failure_reason(g, reasons[i], sizeof(reasons[i]));
    }
    for (size_t i = 0; i < b->nalone; i++) {
        const alone *a = &b->alone[i];
        ems_shard_group *sg = &gs[b->ngroups + i];
        *sg = (ems_shard_group){a->in->root.agency, a->in->root.period, a->shard, NULL, NULL,
                                true, NULL};
        if (a->shard != l.shard)
            continue;
        sg->state = !done ? "pending" : a->rc == EMS_OK ? "done" : "failed";
        if (done && a->rc == EMS_OK)
            sg->inventory = &a->fig;
        else if (done)
            sg->reason = first_error(a->diags, a->rc, reasons[b->ngroups + i],
                                     sizeof(reasons[b->ngroups + i]));
    }
    l.groups = gs;
    l.ngroups = n;
    int rc = ems_gather__write_list(b->ctx, b->outfd, b->opts->output_dir, &l);
    free(reasons);
    free(gs);
    return rc;
}

/* The failed groups, with their reasons, for the summary of a run in one
 * piece. */
static int add_failures(batch *b)
{
    char reason[1024];
    for (size_t i = 0; i < b->nmine; i++) {
        const group *g = b->mine[i];
        if (g->rc != EMS_OK &&
            ems_summary__add_failed(b->summary, g->files[0]->root.agency,
                                    g->files[0]->root.period,
                                    failure_reason(g, reason, sizeof(reason))) != EMS_OK)
            return ems_ctx__error(b->ctx, EMS_ENOMEM, b->opts->output_dir, 0, "out of memory");
    }
    for (size_t i = 0; i < b->nalone; i++) {
        const alone *a = &b->alone[i];
        if (a->rc != EMS_OK &&
            ems_summary__add_failed(b->summary, a->in->root.agency, a->in->root.period,
                                    first_error(a->diags, a->rc, reason, sizeof(reason))) != EMS_OK)
            return ems_ctx__error(b->ctx, EMS_ENOMEM, b->opts->output_dir, 0, "out of memory");
    }
    return EMS_OK;
}

/* ---- resume ------------------------------------------------------------ */

#define STAMP ".emscore-batch"

/* What outputs depend on besides the inputs: a run may skip a group only
 * when the folder was made with the same of each. */
static void stamp_text(char *out, size_t cap, const batch *b)
{
    ems_shard_list l = list_header(b);
    ems_gather__stamp(out, cap, &l);
}

/* With --resume, keep it only if the folder's stamp matches; then (always)
 * write this run's stamp before any output, so a killed run can resume. */
static int check_stamp(batch *b, bool *resume)
{
    char want[512], have[512];
    stamp_text(want, sizeof(want), b);
    char shown[4096];
    snprintf(shown, sizeof(shown), "%s/" STAMP, b->opts->output_dir);
    /* Never through a link, never waiting on a FIFO: a regular file only. */
    int fd = openat(b->outfd, STAMP, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    struct stat st;
    ssize_t n = -1;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
        n = read(fd, have, sizeof(have) - 1);
    else if (fd >= 0 || errno != ENOENT)
        ems_ctx__report(b->ctx, EMS_OK, EMS_SEV_WARNING, shown, 0,
                        "emscore's stamp is not a regular file: not read, replaced");
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
    return ems_output__write_at(b->ctx, b->outfd, STAMP, shown, want, strlen(want));
}

/* ---- the run ---------------------------------------------------------- */

/* "no assessment found in A, B, C": the paths searched, the first few. */
static int no_assessment(ems_ctx *ctx, const char *const *paths, size_t npaths)
{
    char list[1024] = "";
    size_t used = 0;
    for (size_t i = 0; i < npaths && used < sizeof(list) - 1; i++) {
        int n = snprintf(list + used, sizeof(list) - used, "%s%s", i ? ", " : "", paths[i]);
        used += n > 0 ? (size_t)n : 0;
    }
    if (used >= sizeof(list) - 1)
        snprintf(list + sizeof(list) - 5, 5, "...");
    return ems_ctx__error(ctx, EMS_EINVALID, "", 0,
                          "no assessment found in %s (searched for *.xml and *.xml.gz files "
                          "with an <assessment> root)",
                          list);
}

/* One compiled report per format of opts->formats ("html,docx"; NULL:
 * html), each named once; "executive" is the html report's executive
 * edition. */
static int new_reports(batch *b)
{
    static const char *const allowed[BATCH_MAX_FORMATS] = {"html", "docx", "odt", "executive"};
    const char *list = b->opts->formats ? b->opts->formats : "html";
    bool seen[BATCH_MAX_FORMATS] = {false};
    for (const char *p = list;; p++) {
        size_t n = strcspn(p, ",");
        size_t i = 0;
        while (i < BATCH_MAX_FORMATS && !(strlen(allowed[i]) == n && strncmp(p, allowed[i], n) == 0))
            i++;
        if (i == BATCH_MAX_FORMATS || seen[i])
            return ems_ctx__error(b->ctx, EMS_EARG, "", 0,
                                  "batch formats '%.64s': name each of html, docx, odt and "
                                  "executive at most once, separated by commas",
                                  list);
        seen[i] = true;
        ems_report_options o = EMS_REPORT_OPTIONS_INIT;
        o.lang = b->opts->lang;
        bool executive = strcmp(allowed[i], "executive") == 0;
        o.edition = executive ? EMS_REPORT_EXECUTIVE : EMS_REPORT_FULL;
        int rc = ems_report_new_with(&b->reports[b->nreports], b->engine, b->ctx,
                                     executive ? "html" : allowed[i], &o);
        if (rc != EMS_OK)
            return rc;
        b->nreports++;
        p += n;
        if (*p == '\0')
            return EMS_OK;
    }
}

static int by_path(const void *pa, const void *pb)
{
    return strcmp(((const input *)pa)->path, ((const input *)pb)->path);
}

static int open_output(batch *b)
{
    const char *dir = b->opts->output_dir;
    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return ems_ctx__error(b->ctx, EMS_EIO, dir, 0,
                              errno == ENOENT ? "output folder %s cannot be created: its parent "
                                                "folder does not exist"
                              : errno == EROFS ? "output folder %s cannot be created: the file "
                                                 "system is read-only"
                                               : "output folder %s cannot be created: %s",
                              dir, strerror(errno));
    b->outfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    struct stat st;
    if (b->outfd < 0 || fstat(b->outfd, &st) != 0)
        return ems_ctx__error(b->ctx, EMS_EIO, dir, 0,
                              errno == ENOTDIR ? "output folder %s is not a folder"
                                               : "output folder %s cannot be opened: %s",
                              dir, strerror(errno));
    /* Said once of the folder, not once per file. */
    if (faccessat(b->outfd, ".", W_OK, AT_EACCESS) != 0)
        return ems_ctx__error(b->ctx, EMS_EIO, dir, 0,
                              errno == EROFS ? "output folder %s is read-only"
                                             : "output folder %s is not writable: %s",
                              dir, strerror(errno));
    b->out_dev = st.st_dev;
    b->out_ino = st.st_ino;
    /* Hidden temporaries a killed run may have left between linking a
     * finished file and renaming it into place. */
    ems_output__sweep(b->outfd, ".", NULL);
    return EMS_OK;
}

int ems_batch_run(ems_batch_stats *stats, const ems_engine *engine, ems_ctx *ctx,
                  const ems_scorecard *sc, const char *const *paths, size_t npaths,
                  const ems_batch_options *opts)
{
    if (stats && stats->version != EMS_BATCH_STATS_VERSION)
        return EMS_EARG;
    if (stats)
        *stats = (ems_batch_stats)EMS_BATCH_STATS_INIT;
    if (!engine || !ctx || !sc || (!paths && npaths) || !opts ||
        opts->version != EMS_BATCH_OPTIONS_VERSION || !opts->output_dir ||
        (opts->nshards > 0 && (opts->shard < 1 || opts->shard > opts->nshards)) ||
        (opts->period && (opts->nshards > 0 || !ems_ident__valid(opts->period))))
        return EMS_EARG;
    batch b = {.engine = engine, .sc = sc, .opts = opts, .ctx = ctx, .outfd = -1};
    struct stat st;
    if (stat(sc->file, &st) == 0)
        b.sc_mtime = st.st_mtim;
    int rc = new_reports(&b);
    if (rc == EMS_OK)
        rc = open_output(&b);
    if (rc == EMS_OK)
        rc = find_kept(&b);
    if (rc == EMS_OK)
        rc = check_stamp(&b, &b.resume);
    if (rc == EMS_OK && (ems_summary__new(&b.summary) != EMS_OK ||
                         ems_summary__set_period(b.summary, opts->period) != EMS_OK))
        rc = ems_ctx__error(ctx, EMS_ENOMEM, "", 0, "out of memory");
    int found = rc == EMS_OK ? find_inputs(&b, paths, npaths) : rc;
    if (found == EMS_ENOMEM)
        rc = found;
    if (rc == EMS_OK) {
        if (b.ninputs > 1) /* qsort must not get a NULL base */
            ems_array__sort(b.inputs, b.ninputs, sizeof(*b.inputs), by_path);
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
    size_t nassessments = 0;
    for (size_t i = 0; rc == EMS_OK && i < b.ninputs; i++)
        nassessments += is_assessment(&b.inputs[i]);
    if (rc == EMS_OK && nassessments == 0 && found == EMS_OK)
        found = no_assessment(ctx, paths, npaths);
    if (rc == EMS_OK && ems_batch__grouped_hook)
        ems_batch__grouped_hook();
    bool sharded = opts->nshards > 0;
    if (rc == EMS_OK && sharded)
        rc = write_list(&b, false);
    if (rc == EMS_OK)
        rc = process_groups(&b);
    if (rc == EMS_OK)
        rc = process_alone(&b);
    size_t failed = found != EMS_OK, nalone = 0;
    for (size_t i = 0; i < b.nalone; i++) {
        const alone *a = &b.alone[i];
        if (a->shard != (sharded ? opts->shard : 1))
            continue;
        ems_ctx__append(ctx, a->diags);
        failed += a->rc != EMS_OK;
        nalone += a->rc == EMS_OK;
    }
    for (size_t i = 0; i < b.ninputs; i++) {
        ems_ctx__append(ctx, b.inputs[i].diags);
        failed += b.inputs[i].rc != EMS_OK;
    }
    for (size_t i = 0; i < b.nmine; i++) {
        const group *g = b.mine[i];
        ems_ctx__append(ctx, g->diags);
        failed += g->rc != EMS_OK;
        if (stats) {
            stats->reports += g->rc == EMS_OK && !g->skipped;
            stats->skipped += g->skipped;
        }
    }
    if (rc == EMS_OK && sharded)
        rc = write_list(&b, true);
    else if (rc == EMS_OK && ems_summary__count(b.summary) > 0)
        failed += (add_failures(&b) != EMS_OK ||
                   ems_gather__write_summary(&b.summary, engine, ctx, b.outfd, opts->output_dir,
                                             opts->lang) != EMS_OK);
    if (stats) {
        stats->inputs = b.ninputs;
        stats->groups = b.nmine;
        stats->failed = failed;
        stats->inventories = nalone;
    }
    for (size_t i = 0; i < b.nalone; i++)
        ems_ctx_free(b.alone[i].diags);
    free(b.alone);
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
    free(b.mine);
    free(b.order);
    for (size_t k = 0; k < b.nreports; k++)
        ems_report_free(b.reports[k]);
    free(b.inventories);
    ems_summary__free(b.summary);
    if (b.outfd >= 0)
        close(b.outfd);
    if (rc != EMS_OK)
        return rc;
    return failed ? EMS_EINVALID : EMS_OK;
}
