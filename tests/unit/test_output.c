/*
 * Outputs: whole or not at all, through the unnamed-temporary path and the
 * named-temporary fallback alike; a replaced file keeps its permission
 * bits; devices and FIFOs are written through, never replaced; folders are
 * refused; hidden temporaries of killed processes are swept; and a report
 * whose rendering runs out of memory at any of many allocations is
 * EMS_ENOMEM with the previous file untouched, never a short file.
 */
#include "unit_helpers.h"

#include <fcntl.h>
#include <libxml/xmlmemory.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"

#define SAMPLE EMS_SOURCE_DIR "/tests/data/results/sample.results.xml"

static char scratch[64];

static int make_scratch(void **state)
{
    return unit_setup(state) != 0 ? -1 : unit_make_scratch(scratch, "output");
}

static int remove_scratch(void **state)
{
    (void)state;
    ems_output__no_tmpfile = false;
    return unit_remove_scratch(scratch);
}

static char *in_scratch(const char *name)
{
    static char path[4][512];
    static int next;
    char *p = path[next++ % 4];
    snprintf(p, 512, "%s/%s", scratch, name);
    return p;
}

static void spit(const char *path, const char *text, mode_t mode)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    assert_int_equal(chmod(path, mode), 0);
}

static size_t hidden_files(void)
{
    size_t n = 0;
    DIR *d = opendir(scratch);
    for (struct dirent *e; d && (e = readdir(d));)
        n += e->d_name[0] == '.' && strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    if (d)
        closedir(d);
    return n;
}

static mode_t mode_of(const char *path)
{
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    return st.st_mode & 07777;
}

/* Both ways of placing a file: new files get 0666 & ~umask, a replaced
 * one keeps its bits, and nothing hidden is left. */
static void replace_and_create(void)
{
    mode_t mask = umask(022);
    char *fresh = in_scratch("fresh.html"), *old = in_scratch("old.html");
    assert_int_equal(ems_output_write(unit_ctx, fresh, "new\n", 4), EMS_OK);
    assert_int_equal(mode_of(fresh), 0644);
    spit(old, "previous\n", 0600);
    assert_int_equal(ems_output_write(unit_ctx, old, "new\n", 4), EMS_OK);
    assert_int_equal(mode_of(old), 0600);
    char *text = unit_slurp(old, NULL);
    assert_string_equal(text, "new\n");
    free(text);
    assert_int_equal(chmod(old, 0640), 0);
    assert_int_equal(ems_output_write(unit_ctx, old, "newer\n", 6), EMS_OK);
    assert_int_equal(mode_of(old), 0640);
    assert_int_equal(hidden_files(), 0);
    umask(mask);
}

static void test_output__unnamed_temporary(void **state)
{
    (void)state;
    replace_and_create();
}

static void test_output__named_temporary_fallback(void **state)
{
    (void)state;
    ems_output__no_tmpfile = true;
    replace_and_create();
}

/* A producer writes in pieces, as a report's serialiser does. */
static int produce_pieces(void *user, ems_ctx *ctx, ems_output_sink *sink)
{
    int *fail_after = user;
    for (int i = 0; i < 1000; i++) {
        if (i == *fail_after)
            return ems_ctx__error(ctx, EMS_ENOMEM, "producer", 0, "out of memory");
        char line[32];
        int n = snprintf(line, sizeof(line), "line %d\n", i);
        if (!ems_output__put(sink, line, (size_t)n))
            break;
    }
    return EMS_OK;
}

/* What a producer writes lands whole, plain or gzip-compressed, on either
 * way of placing a file; a producer that fails midway leaves the old file
 * as it was and nothing hidden. */
static void produce_whole_or_not_at_all(void)
{
    char *plain = in_scratch("streamed.html"), *gz = in_scratch("streamed.html.gz");
    int never = -1, midway = 500;
    assert_int_equal(ems_output__produce(unit_ctx, AT_FDCWD, plain, plain, true, produce_pieces,
                                         &never),
                     EMS_OK);
    size_t len = 0;
    char *text = unit_slurp(plain, &len);
    assert_non_null(text);
    assert_int_equal(strncmp(text, "line 0\nline 1\n", 14), 0);
    assert_non_null(strstr(text, "line 999\n"));
    free(text);
    assert_int_equal(ems_output__produce(unit_ctx, AT_FDCWD, gz, gz, true, produce_pieces, &never),
                     EMS_OK);
    char cmd[1200];
    snprintf(cmd, sizeof(cmd), "gzip -dc %s | cmp -s - %s", gz, plain);
    assert_int_equal(system(cmd), 0);
    spit(plain, "previous\n", 0644);
    ems_ctx_clear(unit_ctx);
    assert_int_equal(ems_output__produce(unit_ctx, AT_FDCWD, plain, plain, true, produce_pieces,
                                         &midway),
                     EMS_ENOMEM);
    text = unit_slurp(plain, NULL);
    assert_string_equal(text, "previous\n");
    free(text);
    assert_int_equal(hidden_files(), 0);
}

static void test_output__produced_unnamed(void **state)
{
    (void)state;
    produce_whole_or_not_at_all();
}

static void test_output__produced_named(void **state)
{
    (void)state;
    ems_output__no_tmpfile = true;
    produce_whole_or_not_at_all();
}

static void test_output__folder_is_refused(void **state)
{
    (void)state;
    assert_int_equal(ems_output_write(unit_ctx, scratch, "x", 1), EMS_EIO);
    assert_some_error(-1, "is a folder");
    ems_ctx_clear(unit_ctx);
    assert_int_equal(ems_output_write(unit_ctx, in_scratch("none/x.html"), "x", 1), EMS_EIO);
    assert_some_error(-1, "output folder");
    assert_null(strstr(ems_ctx_errmsg(unit_ctx), ".tmp"));
}

/* Replacing a file removes a killed process's hidden temporary of the
 * same name; a live process's (this one's) and another name's stay. */
static void test_output__stale_temporaries_are_swept(void **state)
{
    (void)state;
    pid_t child = fork();
    if (child == 0)
        _exit(0);
    assert_true(child > 0);
    waitpid(child, NULL, 0);
    char name[128];
    snprintf(name, sizeof(name), ".r.html.tmp-%ld-3", (long)child);
    spit(in_scratch(name), "old", 0644);
    snprintf(name, sizeof(name), ".r.html.tmp-%ld-3", (long)getpid());
    spit(in_scratch(name), "live", 0644);
    snprintf(name, sizeof(name), ".other.html.tmp-%ld-3", (long)child);
    spit(in_scratch(name), "other", 0644);
    spit(in_scratch("r.html"), "old", 0644); /* only a replacement leaves one behind */
    assert_int_equal(ems_output_write(unit_ctx, in_scratch("r.html"), "x", 1), EMS_OK);
    assert_int_equal(hidden_files(), 2);
    snprintf(name, sizeof(name), ".r.html.tmp-%ld-3", (long)child);
    assert_int_equal(access(in_scratch(name), F_OK), -1);
}

static void *read_fifo(void *path)
{
    size_t len = 0;
    free(unit_slurp(path, &len));
    return (void *)len;
}

/* Written through, as `cat > NAME`: the node stays what it was. */
static void test_output__special_files_are_written_through(void **state)
{
    (void)state;
    char *fifo = in_scratch("fifo");
    assert_int_equal(mkfifo(fifo, 0600), 0);
    pthread_t reader;
    assert_int_equal(pthread_create(&reader, NULL, read_fifo, fifo), 0);
    assert_int_equal(ems_output_write(unit_ctx, fifo, "through\n", 8), EMS_OK);
    void *got = NULL;
    pthread_join(reader, &got);
    assert_int_equal((size_t)got, 8);
    struct stat st;
    assert_int_equal(lstat(fifo, &st), 0);
    assert_true(S_ISFIFO(st.st_mode));
    char *link = in_scratch("to-fifo");
    assert_int_equal(symlink(fifo, link), 0);
    assert_int_equal(pthread_create(&reader, NULL, read_fifo, fifo), 0);
    assert_int_equal(ems_output_write(unit_ctx, link, "again\n", 6), EMS_OK);
    pthread_join(reader, &got);
    assert_int_equal((size_t)got, 6);
    assert_int_equal(lstat(link, &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    if (geteuid() != 0) {
        print_message("not root: the device node case is skipped\n");
        return;
    }
    char *null = in_scratch("null");
    assert_int_equal(mknod(null, S_IFCHR | 0666, makedev(1, 3)), 0);
    assert_int_equal(ems_output_write(unit_ctx, null, "gone\n", 5), EMS_OK);
    assert_int_equal(lstat(null, &st), 0);
    assert_true(S_ISCHR(st.st_mode));
    assert_int_equal(hidden_files(), 0);
}

/* ---- allocation failures ---------------------------------------------- */

/* The Nth allocation by libxml2 or libxslt from now on fails (0: none). */
static long fail_at;

static bool failing(void)
{
    return fail_at > 0 && --fail_at == 0;
}

static void *failing_malloc(size_t n)
{
    return failing() ? NULL : malloc(n);
}

static void *failing_realloc(void *p, size_t n)
{
    return failing() ? NULL : realloc(p, n);
}

static char *failing_strdup(const char *s)
{
    return failing() ? NULL : strdup(s);
}

/* One run failing at allocation n, in a child process: libxslt 1.1.35
 * itself dereferences NULL after some failed allocations (in key and
 * XPath functions), which no caller can prevent. Returns the child's
 * status or -1 when it died of a signal; *hit: the nth allocation came. */
static int write_failing_at(const ems_report *r, const char *out, long n, bool *hit)
{
    int pipefd[2];
    assert_int_equal(pipe(pipefd), 0);
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0) {
        close(pipefd[0]);
        /* a crash is a crash here, not a failed test for cmocka to report */
        for (int sig = 1; sig < 32; sig++)
            signal(sig, SIG_DFL);
        if (!freopen("/dev/null", "w", stderr)) /* libxml2 prints before any handler */
            _exit(99);
        fail_at = n;
        int rc = ems_report_write(r, unit_ctx, SAMPLE, out);
        char h = fail_at == 0;
        if (write(pipefd[1], &h, 1) != 1)
            _exit(99);
        _exit(-rc);
    }
    close(pipefd[1]);
    char h = 1;
    *hit = read(pipefd[0], &h, 1) != 1 || h;
    close(pipefd[0]);
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? -WEXITSTATUS(status) : -1000;
}

/* Rendering fails at one allocation after another, in every phase of
 * reading, transforming and serialising: each run is either the whole
 * report or EMS_ENOMEM with the previous file as it was (and where
 * libxslt crashes, the previous file as it was too). */
static void test_output__render_out_of_memory_keeps_the_old_file(void **state)
{
    (void)state;
    ems_report *r = NULL;
    assert_int_equal(ems_report_new(&r, unit_engine, unit_ctx, "html", NULL, NULL), EMS_OK);
    char *out = in_scratch("report.html");
    assert_int_equal(ems_report_write(r, unit_ctx, SAMPLE, out), EMS_OK);
    size_t full_len = 0;
    char *full = unit_slurp(out, &full_len);
    assert_non_null(full);
    size_t failures = 0, successes = 0, crashes = 0;
    for (long n = 1;; n += n < 16 ? 1 : n / 5 + 7) {
        spit(out, "previous\n", 0644);
        bool hit = false;
        int rc = write_failing_at(r, out, n, &hit);
        size_t len = 0;
        char *now = unit_slurp(out, &len);
        if (rc == EMS_OK) {
            assert_true(len == full_len && memcmp(now, full, len) == 0);
            successes++;
        } else {
            if (rc != EMS_ENOMEM && rc != -1000)
                print_error("allocation %ld: status %d\n", n, rc);
            assert_true(rc == EMS_ENOMEM || rc == -1000);
            assert_string_equal(now, "previous\n");
            failures += rc == EMS_ENOMEM;
            crashes += rc == -1000;
        }
        free(now);
        if (!hit)
            break; /* every allocation of a whole run passed: done */
    }
    print_message("%zu runs out of memory, %zu crashed in libxslt\n", failures, crashes);
    assert_true(failures > 20);
    assert_true(successes > 0);
    assert_int_equal(hidden_files(), 0);
    free(full);
    ems_report_free(r);
}

int main(void)
{
    /* Before the engine starts libxml2, which then reports to it. */
    xmlMemSetup(free, failing_malloc, failing_realloc, failing_strdup);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_output__unnamed_temporary, make_scratch,
                                        remove_scratch),
        cmocka_unit_test_setup_teardown(test_output__named_temporary_fallback, make_scratch,
                                        remove_scratch),
        cmocka_unit_test_setup_teardown(test_output__produced_unnamed, make_scratch,
                                        remove_scratch),
        cmocka_unit_test_setup_teardown(test_output__produced_named, make_scratch,
                                        remove_scratch),
        cmocka_unit_test_setup_teardown(test_output__folder_is_refused, make_scratch,
                                        remove_scratch),
        cmocka_unit_test_setup_teardown(test_output__stale_temporaries_are_swept, make_scratch,
                                        remove_scratch),
        cmocka_unit_test_setup_teardown(test_output__special_files_are_written_through,
                                        make_scratch, remove_scratch),
        cmocka_unit_test_setup_teardown(test_output__render_out_of_memory_keeps_the_old_file,
                                        make_scratch, remove_scratch),
    };
    return unit_run("output", tests);
}
