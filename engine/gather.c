/*
 * A batch folder as a whole: the list of groups each shard leaves in it,
 * and the summary, written by a run in one piece or gathered from the
 * results of every shard (ems_batch_gather()). A gathered summary is the
 * one the run in one piece would have written, byte for byte: the same
 * builder is given the same results and the same failures, and it does
 * not depend on the order they come in.
 *
 * Each shard writes only its own list, so shards on different hosts never
 * write the same file. Every list names every group of the run (each
 * shard reads every input's root to choose its own), so one list is
 * enough to know which groups a shard that never ran would have done.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "climate.h"
#include "dom.h"
#include "internal.h"
#include "util/arena.h"
#include "util/ident.h"

#define STAMP ".emscore-batch"
#define LIST_PREFIX ".emscore-shard-"
#define LIST_NAME LIST_PREFIX "%u-of-%u.xml"

void ems_gather__stamp(char *out, size_t cap, const ems_shard_list *l)
{
    snprintf(out, cap, "scorecard %s %s\nmodel %s\nprofile %s\nlang %s\n", l->scorecard,
             l->version, l->model, l->profile ? l->profile : "-", l->lang ? l->lang : "en");
}

/* ---- writing ---------------------------------------------------------- */

static bool set_attr(xmlNodePtr n, const char *name, const char *value)
{
    return !value || xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)value);
}

static bool set_count(xmlNodePtr n, const char *name, unsigned v)
{
    char buf[16];
    snprintf(buf, sizeof(buf), "%u", v);
    return set_attr(n, name, buf);
}

static xmlDocPtr list_doc(const ems_shard_list *l)
{
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr root = doc ? xmlNewDocNode(doc, NULL, (const xmlChar *)"shard", NULL) : NULL;
    xmlNsPtr ns = root ? xmlNewNs(root, (const xmlChar *)EMS_NAMESPACE, NULL) : NULL;
    if (!ns) {
        xmlFreeNode(root);
        xmlFreeDoc(doc);
        return NULL;
    }
    xmlSetNs(root, ns);
    xmlDocSetRootElement(doc, root);
    bool ok = set_count(root, "shard", l->shard) && set_count(root, "shards", l->nshards) &&
              set_attr(root, "scorecard", l->scorecard) &&
              set_attr(root, "scorecard-version", l->version) &&
              set_attr(root, "model", l->model) && set_attr(root, "profile", l->profile) &&
              set_attr(root, "lang", l->lang ? l->lang : "en") &&
              set_attr(root, "generator", "emscore " EMS_VERSION_STRING);
    for (size_t i = 0; ok && i < l->ngroups; i++) {
        const ems_shard_group *g = &l->groups[i];
        xmlNodePtr n = xmlNewTextChild(root, ns, (const xmlChar *)"group",
                                       (const xmlChar *)g->reason);
        ok = n && set_attr(n, "agency", g->agency) && set_attr(n, "period", g->period) &&
             set_count(n, "shard", g->shard) && set_attr(n, "state", g->state) &&
             set_attr(n, "inventory-only", g->inventory_only ? "true" : NULL) &&
             (!g->inventory || ems_climate__write_node(n, g->inventory));
    }
    if (!ok) {
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}

int ems_gather__write_list(ems_ctx *ctx, int outfd, const char *output_dir,
                           const ems_shard_list *l)
{
    char name[64], shown[4096];
    snprintf(name, sizeof(name), LIST_NAME, l->shard, l->nshards);
    snprintf(shown, sizeof(shown), "%s/%s", output_dir, name);
    xmlDocPtr doc = list_doc(l);
    xmlChar *xml = NULL;
    int len = 0;
    if (doc)
        xmlDocDumpFormatMemoryEnc(doc, &xml, &len, "UTF-8", 1);
    int rc = xml ? ems_output__write_at(ctx, outfd, name, shown, xml, (size_t)len)
                 : ems_ctx__error(ctx, EMS_ENOMEM, shown, 0, "out of memory");
    xmlFree(xml);
    xmlFreeDoc(doc);
    return rc;
}

/* Render the summary just made, from the one parse of it. */
static int write_rendered(const ems_engine *engine, ems_ctx *ctx, int outfd, const char *dir,
                          const char *lang, const char *format, const char *name,
                          xmlDocPtr doc)
{
    ems_report *r = NULL;
    char shown[4096];
    snprintf(shown, sizeof(shown), "%s/%s", dir, name);
    int rc = ems_report_new(&r, engine, ctx, format, lang, NULL);
    if (rc == EMS_OK)
        rc = ems_report__write_doc(r, ctx, shown, doc, outfd, name, shown);
    ems_report_free(r);
    return rc;
}

int ems_gather__write_summary(ems_summary_builder **s, const ems_engine *engine, ems_ctx *ctx,
                              int outfd, const char *dir, const char *lang)
{
    char *xml = NULL;
    size_t xlen = 0;
    xmlDocPtr doc = NULL;
    char shown[4096];
    snprintf(shown, sizeof(shown), "%s/summary.xml", dir);
    int rc = ems_summary__finish(*s, ctx, &xml, &xlen);
    if (rc == EMS_OK)
        rc = ems_output__write_at(ctx, outfd, "summary.xml", shown, xml, xlen);
    ems_free(xml);
    xml = NULL;
    /* The reports read the figures only: their smaller document keeps the
     * memory of the run's last step down. */
    if (rc == EMS_OK)
        rc = ems_summary__figures(*s, ctx, &xml, &xlen);
    ems_summary__free(*s);
    *s = NULL;
    if (rc == EMS_OK)
        rc = ems_xml__read_own_memory(&doc, ctx, shown, xml, xlen);
    ems_free(xml);
    if (rc == EMS_OK)
        rc = write_rendered(engine, ctx, outfd, dir, lang, "summary", "summary.html", doc);
    if (rc == EMS_OK)
        rc = write_rendered(engine, ctx, outfd, dir, lang, "summary-csv", "summary.csv", doc);
    if (rc == EMS_OK)
        rc = write_rendered(engine, ctx, outfd, dir, lang, "climate", "climate.csv", doc);
    xmlFreeDoc(doc);
    return rc;
}

/* ---- gathering -------------------------------------------------------- */

/* A group as one list names it. */
typedef struct named {
    const char *agency, *period, *state, *reason;
    unsigned shard, list; /* the shard it belongs to; the list that names it */
    bool inventory_only;  /* an inventory without assessments */
    ems_climate_figures *inventory; /* its figures, when done; arena-owned */
} named;

typedef struct gather {
    const ems_engine *engine;
    ems_ctx *ctx;
    const char *dir;
    int dirfd;
    ems_arena arena;
    unsigned *shards; /* K of each list found, ascending */
    size_t nlists;
    unsigned nshards;
    ems_shard_list first; /* the options of the first list, to compare the others with */
    named *groups;
    size_t ngroups, cgroups;
    bool oom;
} gather;

/* A file of the folder as bytes: a regular file only (never through a
 * symbolic link, never blocking on a FIFO), within the input limit.
 * ENOENT is reported only when report_absent. */
static int read_in(char **data, size_t *len, ems_ctx *ctx, int dirfd, const char *name,
                   const char *shown, bool report_absent)
{
    *data = NULL;
    *len = 0;
    int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT && !report_absent
                   ? EMS_EIO
                   : ems_ctx__error(ctx, EMS_EIO, shown, 0, "cannot open: %s", strerror(errno));
    struct stat st;
    uint64_t limit = ems_ctx_limit(ctx, EMS_LIMIT_INPUT_BYTES);
    int rc = EMS_OK;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "not a regular file");
    else if ((uint64_t)st.st_size > limit)
        rc = ems_ctx__error(ctx, EMS_ELIMIT, shown, 0, "%lld bytes, over the limit of %llu",
                            (long long)st.st_size, (unsigned long long)limit);
    else if (!(*data = malloc((size_t)st.st_size + 1)))
        rc = ems_ctx__error(ctx, EMS_ENOMEM, shown, 0, "out of memory");
    while (rc == EMS_OK && *len < (size_t)st.st_size) {
        ssize_t n = read(fd, *data + *len, (size_t)st.st_size - *len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            rc = ems_ctx__error(ctx, EMS_EIO, shown, 0, "cannot read: %s",
                                n < 0 ? strerror(errno) : "it shrank while read");
        else
            *len += (size_t)n;
    }
    close(fd);
    if (rc != EMS_OK) {
        free(*data);
        *data = NULL;
        *len = 0;
    } else {
        (*data)[*len] = '\0';
    }
    return rc;
}

/* Read, check and validate a document of the folder. */
static int load_in(xmlDocPtr *doc, gather *g, const char *name, const char *shown,
                   ems_doctype type, bool report_absent)
{
    char *data;
    size_t len;
    int rc = read_in(&data, &len, g->ctx, g->dirfd, name, shown, report_absent);
    if (rc == EMS_OK)
        rc = ems_doc__load(doc, g->engine, g->ctx, shown, data, len, type);
    free(data);
    return rc;
}

static int by_number(const void *a, const void *b)
{
    unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
    return (x > y) - (x < y);
}

/* Every .emscore-shard-K-of-N.xml of the folder; all of one N. */
static int find_lists(gather *g)
{
    DIR *d = fdopendir(dup(g->dirfd));
    if (!d)
        return ems_ctx__error(g->ctx, EMS_EIO, g->dir, 0, "cannot read folder: %s",
                              strerror(errno));
    size_t cap = 0;
    char other[64] = "";
    int rc = EMS_OK;
    struct dirent *e;
    while (rc == EMS_OK && (e = readdir(d))) {
        unsigned k, n;
        char again[64];
        if (strncmp(e->d_name, LIST_PREFIX, strlen(LIST_PREFIX)) != 0 ||
            sscanf(e->d_name, LIST_NAME, &k, &n) != 2)
            continue;
        /* exactly the name a shard writes: no sign, no leading zero, no tail */
        snprintf(again, sizeof(again), LIST_NAME, k, n);
        if (strcmp(again, e->d_name) != 0 || k < 1 || k > n)
            continue;
        if (g->nlists > 0 && n != g->nshards) {
            snprintf(other, sizeof(other), "%s", again);
            break;
        }
        if (g->nlists == cap) {
            cap = cap ? cap * 2 : 16;
            unsigned *s = realloc(g->shards, cap * sizeof(*s));
            if (!s) {
                rc = ems_ctx__error(g->ctx, EMS_ENOMEM, g->dir, 0, "out of memory");
                break;
            }
            g->shards = s;
        }
        g->shards[g->nlists++] = k;
        g->nshards = n;
    }
    closedir(d);
    if (rc != EMS_OK)
        return rc;
    if (other[0])
        return ems_ctx__error(g->ctx, EMS_EINVALID, g->dir, 0,
                              "holds the lists of a run in %u shards and of another (%s): "
                              "remove the lists of the run that is not to be gathered",
                              g->nshards, other);
    if (g->nlists == 0)
        return ems_ctx__error(g->ctx, EMS_EINVALID, g->dir, 0,
                              "no shard list (" LIST_PREFIX "K-of-N.xml): gather a folder "
                              "written by emscore batch --shard K/N");
    ems_array__sort(g->shards, g->nlists, sizeof(*g->shards), by_number);
    return EMS_OK;
}

static const char *text_of(gather *g, xmlNodePtr n)
{
    xmlChar *v = xmlNodeGetContent(n);
    const char *c = v ? ems_arena__strdup(&g->arena, (const char *)v) : NULL;
    g->oom |= !c;
    xmlFree(v);
    return c;
}

static void options_text(char *out, size_t cap, const ems_shard_list *l)
{
    snprintf(out, cap, "scorecard %s %s, model %s, profile %s, language %s", l->scorecard,
             l->version, l->model, l->profile ? l->profile : "-", l->lang);
}

/* One list: the same options as the first, and its groups. */
static int read_list(gather *g, unsigned k)
{
    char name[64], shown[4096];
    snprintf(name, sizeof(name), LIST_NAME, k, g->nshards);
    snprintf(shown, sizeof(shown), "%s/%s", g->dir, name);
    xmlDocPtr doc = NULL;
    int rc = load_in(&doc, g, name, shown, EMS_DOC_SHARD, true);
    if (rc != EMS_OK)
        return rc;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    ems_shard_list l = {
        .shard = (unsigned)ems_dom__count(root, "shard"),
        .nshards = (unsigned)ems_dom__count(root, "shards"),
        .scorecard = ems_dom__attr(&g->arena, root, "scorecard", &g->oom),
        .version = ems_dom__attr(&g->arena, root, "scorecard-version", &g->oom),
        .model = ems_dom__attr(&g->arena, root, "model", &g->oom),
        .profile = ems_dom__attr(&g->arena, root, "profile", &g->oom),
        .lang = ems_dom__attr(&g->arena, root, "lang", &g->oom),
    };
    char mine[512], theirs[512];
    if (g->oom) {
        rc = ems_ctx__error(g->ctx, EMS_ENOMEM, shown, 0, "out of memory");
    } else if (l.shard != k || l.nshards != g->nshards) {
        rc = ems_ctx__error(g->ctx, EMS_EINVALID, shown, xmlGetLineNo(root),
                            "the list of shard %u of %u under the name of shard %u of %u",
                            l.shard, l.nshards, k, g->nshards);
    } else if (!g->first.scorecard) {
        g->first = l;
    } else {
        options_text(mine, sizeof(mine), &l);
        options_text(theirs, sizeof(theirs), &g->first);
        if (strcmp(mine, theirs) != 0)
            rc = ems_ctx__error(g->ctx, EMS_EINVALID, shown, xmlGetLineNo(root),
                                "shard %u was run with %s, but shard %u with %s: only the "
                                "shards of one run can be gathered",
                                k, mine, g->first.shard, theirs);
    }
    for (xmlNodePtr c = ems_dom__first(root); rc == EMS_OK && c; c = ems_dom__next(c)) {
        if (g->ngroups == g->cgroups) {
            size_t cap = g->cgroups ? g->cgroups * 2 : 64;
            named *n = realloc(g->groups, cap * sizeof(*n));
            if (!n) {
                rc = ems_ctx__error(g->ctx, EMS_ENOMEM, shown, 0, "out of memory");
                break;
            }
            g->groups = n;
            g->cgroups = cap;
        }
        named n = {
            .agency = ems_dom__attr(&g->arena, c, "agency", &g->oom),
            .period = ems_dom__attr(&g->arena, c, "period", &g->oom),
            .state = ems_dom__attr(&g->arena, c, "state", &g->oom),
            .reason = text_of(g, c),
            .shard = (unsigned)ems_dom__count(c, "shard"),
            .list = k,
            .inventory_only = ems_dom__bool(c, "inventory-only", false),
        };
        xmlNodePtr inv = ems_dom__first(c);
        if (inv && n.agency && n.period) {
            n.inventory = ems_arena__alloc(&g->arena, 1, sizeof(*n.inventory));
            g->oom |= !n.inventory;
            if (n.inventory && !ems_climate__from_node(n.inventory, inv, n.agency, n.period))
                rc = ems_ctx__error(g->ctx, EMS_EINVALID, shown, xmlGetLineNo(inv),
                                    "%s %s: an inventory figure with more than two decimals",
                                    n.agency, n.period);
            if (n.inventory)
                n.inventory->inventory_only = true;
        }
        if (rc != EMS_OK)
            break;
        if (g->oom)
            rc = ems_ctx__error(g->ctx, EMS_ENOMEM, shown, 0, "out of memory");
        else if (n.shard < 1 || n.shard > g->nshards || (n.state && n.shard != k))
            rc = ems_ctx__error(g->ctx, EMS_EINVALID, shown, xmlGetLineNo(c),
                                "%s %s: %s of shard %u, in the list of shard %u of %u", n.agency,
                                n.period, n.state ? "the state" : "a group", n.shard, k,
                                g->nshards);
        else
            g->groups[g->ngroups++] = n;
    }
    xmlFreeDoc(doc);
    return rc;
}

/* The folder's stamp says the options of the lists: no other run has used
 * the folder since. */
static int check_stamp(gather *g)
{
    char shown[4096], want[512], *have = NULL;
    size_t len = 0;
    snprintf(shown, sizeof(shown), "%s/" STAMP, g->dir);
    ems_gather__stamp(want, sizeof(want), &g->first);
    int rc = read_in(&have, &len, g->ctx, g->dirfd, STAMP, shown, true);
    if (rc == EMS_OK && (len != strlen(want) || memcmp(have, want, len) != 0)) {
        char opts[512];
        options_text(opts, sizeof(opts), &g->first);
        rc = ems_ctx__error(g->ctx, EMS_EINVALID, shown, 0,
                            "the folder was last used with other options than its shards' "
                            "(%s): only the shards of one run can be gathered",
                            opts);
    }
    free(have);
    return rc;
}

/* By agency and period; for each, the list of the shard it belongs to
 * first. */
static int by_group(const void *pa, const void *pb)
{
    const named *a = pa, *b = pb;
    int c = strcmp(a->agency, b->agency);
    if (!c)
        c = strcmp(a->period, b->period);
    if (!c)
        c = (b->state != NULL) - (a->state != NULL);
    return c ? c : (a->list > b->list) - (a->list < b->list);
}

/* One group of the run: its results, its failure, or why it is missing
 * (counted in *failed with the failures). */
static int take(gather *g, ems_summary_builder *s, const named *n, size_t *failed)
{
    char name[192], shown[4096];
    if (!n->state) {
        snprintf(name, sizeof(name), LIST_NAME, n->shard, g->nshards);
        (*failed)++;
        return ems_ctx__error(g->ctx, EMS_EINVALID, g->dir, 0,
                              "%s %s has no results: shard %u of %u has not run (no %s)",
                              n->agency, n->period, n->shard, g->nshards, name);
    }
    if (strcmp(n->state, "pending") == 0) {
        snprintf(name, sizeof(name), LIST_NAME, n->shard, g->nshards);
        snprintf(shown, sizeof(shown), "%s/%s", g->dir, name);
        (*failed)++;
        return ems_ctx__error(g->ctx, EMS_EINVALID, shown, 0,
                              "%s %s has no results: shard %u of %u has not finished (run it "
                              "again with --resume)",
                              n->agency, n->period, n->shard, g->nshards);
    }
    if (strcmp(n->state, "failed") == 0) {
        (*failed)++;
        return ems_summary__add_failed(s, n->agency, n->period, n->reason) == EMS_OK
                   ? EMS_OK
                   : ems_ctx__error(g->ctx, EMS_ENOMEM, g->dir, 0, "out of memory");
    }
    if (n->inventory_only) {
        if (!n->inventory || strcmp(n->state, "done") != 0)
            return ems_ctx__error(g->ctx, EMS_EINVALID, g->dir, 0,
                                  "a shard list says the inventory of %s %s is %s, without its "
                                  "figures",
                                  n->agency, n->period, n->state);
        return ems_summary__add_inventory(s, n->inventory) == EMS_OK
                   ? EMS_OK
                   : ems_ctx__error(g->ctx, EMS_ENOMEM, g->dir, 0, "out of memory");
    }
    if (!ems_ident__valid(n->agency) || !ems_ident__valid(n->period))
        return ems_ctx__error(g->ctx, EMS_EINVALID, g->dir, 0,
                              "a shard list says '%s' '%s' is done, but that is no agency and "
                              "period emscore writes results for",
                              n->agency, n->period);
    snprintf(name, sizeof(name), "%s-%s.results.xml", n->agency, n->period);
    snprintf(shown, sizeof(shown), "%s/%s", g->dir, name);
    xmlDocPtr doc = NULL;
    int rc = load_in(&doc, g, name, shown, EMS_DOC_RESULTS, true);
    if (rc == EMS_OK)
        rc = ems_summary__add_doc(s, g->ctx, doc, shown);
    xmlFreeDoc(doc);
    return rc;
}

int ems_batch_gather(ems_batch_stats *stats, const ems_engine *engine, ems_ctx *ctx,
                     const char *output_dir)
{
    return ems_batch_gather_with(stats, engine, ctx, output_dir, NULL);
}

int ems_batch_gather_with(ems_batch_stats *stats, const ems_engine *engine, ems_ctx *ctx,
                          const char *output_dir, const ems_summary_options *opts)
{
    if (stats && stats->version != EMS_BATCH_STATS_VERSION)
        return EMS_EARG;
    if (stats)
        *stats = (ems_batch_stats)EMS_BATCH_STATS_INIT;
    if (!engine || !ctx || !output_dir)
        return EMS_EARG;
    const char *period = opts ? opts->period : NULL;
    if (opts && (opts->version != EMS_SUMMARY_OPTIONS_VERSION ||
                 (period && !ems_ident__valid(period))))
        return ems_ctx__error(ctx, EMS_EARG, output_dir, 0,
                              "ems_batch_gather_with: options not from "
                              "EMS_SUMMARY_OPTIONS_INIT, or a period that is not an identifier");
    gather g = {.engine = engine, .ctx = ctx, .dir = output_dir, .arena = EMS_ARENA_INIT};
    ems_summary_builder *s = NULL;
    size_t failed = 0, groups = 0, inventories = 0;
    int rc = EMS_OK;
    g.dirfd = open(output_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (g.dirfd < 0)
        rc = ems_ctx__error(ctx, EMS_EIO, output_dir, 0, "cannot open the folder: %s",
                            strerror(errno));
    if (rc == EMS_OK)
        rc = find_lists(&g);
    for (size_t i = 0; rc == EMS_OK && i < g.nlists; i++)
        rc = read_list(&g, g.shards[i]);
    if (rc == EMS_OK)
        rc = check_stamp(&g);
    if (rc == EMS_OK &&
        (ems_summary__new(&s) != EMS_OK || ems_summary__set_period(s, period) != EMS_OK))
        rc = ems_ctx__error(ctx, EMS_ENOMEM, output_dir, 0, "out of memory");
    if (rc == EMS_OK) {
        ems_array__sort(g.groups, g.ngroups, sizeof(*g.groups), by_group);
        /* Every group once, each problem reported: the missing are named
         * all together. */
        for (size_t i = 0; i < g.ngroups && rc != EMS_ENOMEM; i++) {
            if (i > 0 && strcmp(g.groups[i].agency, g.groups[i - 1].agency) == 0 &&
                strcmp(g.groups[i].period, g.groups[i - 1].period) == 0)
                continue;
            if (g.groups[i].inventory_only && g.groups[i].state &&
                strcmp(g.groups[i].state, "done") == 0)
                inventories++;
            else
                groups++;
            int r = take(&g, s, &g.groups[i], &failed);
            if (r != EMS_OK && (rc == EMS_OK || r == EMS_ENOMEM))
                rc = r;
        }
    }
    if (rc == EMS_OK && ems_summary__count(s) == 0)
        rc = ems_ctx__error(ctx, EMS_EINVALID, output_dir, 0,
                            failed ? "every group failed: no summary to write"
                                   : "the shards found no group: no summary to write");
    if (rc == EMS_OK)
        rc = ems_gather__write_summary(&s, engine, ctx, g.dirfd, output_dir, g.first.lang);
    if (stats) {
        stats->groups = groups;
        stats->failed = failed;
        stats->inventories = inventories;
    }
    ems_summary__free(s);
    free(g.groups);
    free(g.shards);
    ems_arena__dispose(&g.arena);
    if (g.dirfd >= 0)
        close(g.dirfd);
    if (rc != EMS_OK)
        return rc;
    return failed ? EMS_EINVALID : EMS_OK;
}
