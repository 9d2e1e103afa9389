/*
 * Shared by the unit tests: one engine over the source tree for the whole
 * binary, a fresh context per test, documents built by editing a base text,
 * and checks on the diagnostics a call left on the context.
 */
#ifndef EMSCORE_UNIT_HELPERS_H
#define EMSCORE_UNIT_HELPERS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <dirent.h>
#include <unistd.h>

#include "emscore.h"

/* A fresh folder /tmp/emscore-NAME-XXXXXX in dir (64 bytes) for a test's
 * files; 0 on success. */
static inline int unit_make_scratch(char *dir, const char *name)
{
    snprintf(dir, 64, "/tmp/emscore-%s-XXXXXX", name);
    return mkdtemp(dir) ? 0 : -1;
}

/* Remove the scratch folder and the files in it. */
static inline int unit_remove_scratch(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    char path[512];
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
            if (unlink(path) != 0)
                rmdir(path);
        }
    }
    closedir(d);
    rmdir(dir);
    return 0;
}

/* The first MiB of a file, NUL-terminated, freed with free(); *len (may be
 * NULL) its length; NULL when it cannot be opened. */
static inline char *unit_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(1 << 20);
    size_t n = buf ? fread(buf, 1, (1 << 20) - 1, f) : 0;
    fclose(f);
    if (buf)
        buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

static ems_engine *unit_engine;
static ems_ctx *unit_ctx;

static inline int unit_group_setup(void **state)
{
    (void)state;
    if (ems_ctx_new(&unit_ctx) != EMS_OK)
        return -1;
    if (ems_engine_new(&unit_engine, unit_ctx, EMS_SOURCE_DIR) != EMS_OK) {
        fprintf(stderr, "cannot create the engine: %s\n", ems_ctx_errmsg(unit_ctx));
        return -1;
    }
    return 0;
}

static inline int unit_group_teardown(void **state)
{
    (void)state;
    ems_engine_free(unit_engine);
    ems_ctx_free(unit_ctx);
    unit_engine = NULL;
    unit_ctx = NULL;
    return 0;
}

/* Per test: a new context, so limits set by one test never reach another. */
static inline int unit_setup(void **state)
{
    (void)state;
    ems_ctx_free(unit_ctx);
    unit_ctx = NULL;
    return ems_ctx_new(&unit_ctx) == EMS_OK ? 0 : -1;
}

/* Run the group `name` with the shared engine (or group fixtures that
 * call unit_group_setup/teardown), honouring EMS_TEST_FILTER: cmocka 1.1
 * reads no environment variable itself. */
#define unit_run_with(name, tests, setup, teardown)                                  \
    (getenv("EMS_TEST_FILTER") ? cmocka_set_test_filter(getenv("EMS_TEST_FILTER")) \
                               : (void)0,                                            \
     cmocka_run_group_tests_name(name, tests, setup, teardown))
#define unit_run(name, tests) unit_run_with(name, tests, unit_group_setup, unit_group_teardown)

/*
 * A malloc'd copy of base with edits applied in turn: a NULL-terminated
 * list of (from, to) pairs, each replacing the first occurrence of from.
 * The test fails when a from is missing, so a stale edit cannot silently
 * test the base document.
 */
static inline char *unit_edit_list(const char *file, int at, const char *base,
                                   const char *const *edits)
{
    char *doc = strdup(base);
    if (!doc)
        _fail(file, at);
    for (size_t i = 0; edits && edits[i]; i += 2) {
        char *hit = strstr(doc, edits[i]);
        if (!hit) {
            print_error("edit: '%s' is not in the document\n", edits[i]);
            free(doc);
            _fail(file, at);
        }
        size_t head = (size_t)(hit - doc), from = strlen(edits[i]), to = strlen(edits[i + 1]);
        char *next = malloc(strlen(doc) - from + to + 1);
        if (!next) {
            free(doc);
            _fail(file, at);
        }
        memcpy(next, doc, head);
        memcpy(next + head, edits[i + 1], to);
        strcpy(next + head + to, hit + from);
        free(doc);
        doc = next;
    }
    return doc;
}
#define unit_edit(base, ...) \
    unit_edit_list(__FILE__, __LINE__, (base), (const char *const[]){__VA_ARGS__, NULL})

static inline void unit_dump_diags(void)
{
    for (size_t i = 0; i < ems_ctx_ndiags(unit_ctx); i++) {
        const ems_diag *d = ems_ctx_diag(unit_ctx, i);
        print_error("  %s:%ld: %s\n", d->file, d->line, d->message);
    }
}

/*
 * The context holds n error diagnostics (any number when n is SIZE_MAX)
 * and one of them is on line (any line when line < 0) with a message
 * containing words. No message may speak in Clark notation.
 */
static inline void unit_check_diags(const char *file, int at, size_t n, long line,
                                    const char *words)
{
    bool found = false, clark = false;
    for (size_t i = 0; i < ems_ctx_ndiags(unit_ctx); i++) {
        const ems_diag *d = ems_ctx_diag(unit_ctx, i);
        clark |= strstr(d->message, "{" EMS_NAMESPACE "}") != NULL;
        found |= d->severity == EMS_SEV_ERROR && (line < 0 || d->line == line) &&
                 strstr(d->message, words) != NULL;
    }
    size_t have = ems_ctx_nerrors(unit_ctx);
    if (found && !clark && (n == SIZE_MAX || have == n))
        return;
    if (!found)
        print_error("no error on line %ld containing '%s'\n", line, words);
    if (clark)
        print_error("a diagnostic uses Clark notation\n");
    if (n != SIZE_MAX && have != n)
        print_error("%zu errors, expected %zu\n", have, n);
    unit_dump_diags();
    _fail(file, at);
}
/* Exactly one error, on line, containing words. */
#define assert_only_error(line, words) \
    unit_check_diags(__FILE__, __LINE__, 1, (line), (words))
/* Among the errors, one on line (or -1: any) containing words. */
#define assert_some_error(line, words) \
    unit_check_diags(__FILE__, __LINE__, SIZE_MAX, (line), (words))

/* Load len bytes as a scorecard named "card.xml"; check the out-parameter
 * contract and return the status. *out, when given, receives the
 * scorecard; else it is freed. */
static inline int unit_scorecard_bytes(ems_scorecard **out, const void *data, size_t len)
{
    ems_scorecard *sc = (ems_scorecard *)&sc; /* not NULL: the call must reset it */
    int rc = ems_scorecard_load_memory(&sc, unit_engine, unit_ctx, "card.xml", data, len);
    assert_true((rc == EMS_OK) == (sc != NULL));
    if (out)
        *out = sc;
    else
        ems_scorecard_free(sc);
    return rc;
}

static inline int unit_scorecard(ems_scorecard **out, const char *text)
{
    return unit_scorecard_bytes(out, text, strlen(text));
}

/* Load text as an assessment named "assessment.xml", checked against sc
 * when not NULL; as unit_scorecard(). */
static inline int unit_assessment(ems_assessment **out, const char *text, const ems_scorecard *sc)
{
    ems_assessment *as = (ems_assessment *)&as;
    int rc = ems_assessment_load_memory(&as, unit_engine, unit_ctx, "assessment.xml", text,
                                        strlen(text), sc);
    assert_true((rc == EMS_OK) == (as != NULL));
    if (out)
        *out = as;
    else
        ems_assessment_free(as);
    return rc;
}

#endif
