/*
 * One-line text for diagnostics and printed file names (engine/util/text.c),
 * and the diagnostics that use it: nothing a file name or a document holds
 * can end a diagnostic line early or drive a terminal.
 */
#include "unit_helpers.h"

#include "util/text.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

static void test_text__one_line(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out;
    } rows[] = {
        {"", ""},
        {"plain name.xml", "plain name.xml"},
        {"a\nb", "a\\nb"},
        {"a\rb\tc", "a\\rb\\tc"},
        {"x.xml:1: error: ok\nforged.xml:2: error: forged", "x.xml:1: error: ok\\nforged.xml:2: error: forged"},
        {"\x1b[31mred", "\\x1b[31mred"},
        {"\x01\x1f\x7f", "\\x01\\x1f\\x7f"},
        {"C1 \xc2\x85 \xc2\x9b", "C1 \\u0085 \\u009b"},
        {"LS \xe2\x80\xa8 PS \xe2\x80\xa9", "LS \\u2028 PS \\u2029"},
        {"caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x8c\x8d", "caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x8c\x8d"},
        {"nbsp\xc2\xa0ok", "nbsp\xc2\xa0ok"},
        {"bad \xff \xc3", "bad \\xff \\xc3"},
        {"overlong \xc0\x8a", "overlong \\xc0\\x8a"},
        {"surrogate \xed\xa0\x80", "surrogate \\xed\\xa0\\x80"},
        {"beyond \xf4\x90\x80\x80", "beyond \\xf4\\x90\\x80\\x80"},
        {"back\\slash", "back\\slash"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char *got = ems_text__one_line(rows[i].in);
        assert_non_null(got);
        assert_string_equal(got, rows[i].out);
        /* escaping is idempotent: a message passed on is not escaped twice */
        char *again = ems_text__one_line(got);
        assert_non_null(again);
        assert_string_equal(again, got);
        free(again);
        free(got);
    }
}

/* A file name with a line break and an escape sequence, as a diagnostic. */
static void test_text__diagnostic_is_one_line(void **state)
{
    (void)state;
    char dir[64], path[128];
    assert_int_equal(unit_make_scratch(dir, "text"), 0);
    snprintf(path, sizeof(path), "%s/a\nb.xml:9: error: forged\x1b[2J\xe2\x80\xa8.xml", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("<x>\n<y>\x0b</y></x>", f);
    fclose(f);
    ems_doc_summary s = EMS_DOC_SUMMARY_INIT;
    assert_int_equal(ems_validate_file(&s, unit_engine, unit_ctx, path, NULL), EMS_EINVALID);
    assert_true(ems_ctx_ndiags(unit_ctx) >= 1);
    for (size_t i = 0; i < ems_ctx_ndiags(unit_ctx); i++) {
        const ems_diag *d = ems_ctx_diag(unit_ctx, i);
        assert_null(strpbrk(d->file, "\n\r\x1b"));
        assert_null(strpbrk(d->message, "\n\r\x1b\x0b"));
        assert_null(strstr(d->file, "\xe2\x80\xa8"));
        assert_non_null(strstr(d->file, "a\\nb.xml:9: error: forged\\x1b[2J\\u2028.xml"));
    }
    unlink(path);
    unit_remove_scratch(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text__one_line),
        cmocka_unit_test_setup(test_text__diagnostic_is_one_line, unit_setup),
    };
    return unit_run("text", tests);
}
