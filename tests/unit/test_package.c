/*
 * Packages: a result tree of parts becomes a ZIP container whose entries
 * come in the tree's order, with the fixed time stamp, no extra field, the
 * stored entries stored; an XML part is a document of its own declaring
 * the namespaces it uses; the same tree gives the same bytes; trees with
 * bad, duplicate or escaping names, or parts of two roots, give nothing.
 * The container is read back here by hand, from the ZIP format itself.
 */
#include "unit_helpers.h"

#include <libxml/tree.h>
#include <zlib.h>

#include "internal.h"

#define PKG_NS "urn:emscore:package"
#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

static unsigned get16(const unsigned char *p)
{
    return p[0] | (unsigned)p[1] << 8;
}

static unsigned long get32(const unsigned char *p)
{
    return get16(p) | (unsigned long)get16(p + 2) << 16;
}

/* <package> with the namespace w declared on it, as libxslt leaves it. */
static xmlDocPtr new_package(xmlNodePtr *root)
{
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    *root = xmlNewDocNode(doc, NULL, (const xmlChar *)"package", NULL);
    xmlNsPtr ns = xmlNewNs(*root, (const xmlChar *)PKG_NS, (const xmlChar *)"pkg");
    xmlSetNs(*root, ns);
    xmlNewNs(*root, (const xmlChar *)W_NS, (const xmlChar *)"w");
    xmlDocSetRootElement(doc, *root);
    return doc;
}

static xmlNodePtr add_part(xmlNodePtr root, const char *name, const char *method)
{
    xmlNodePtr part = xmlNewChild(root, root->ns, (const xmlChar *)"part", NULL);
    xmlSetProp(part, (const xmlChar *)"name", (const xmlChar *)name);
    if (method)
        xmlSetProp(part, (const xmlChar *)"method", (const xmlChar *)method);
    return part;
}

/* mimetype (stored text), then word/document.xml with a w: element. */
static xmlDocPtr two_parts(void)
{
    xmlNodePtr root;
    xmlDocPtr doc = new_package(&root);
    xmlNodeSetContent(add_part(root, "mimetype", "stored"),
                      (const xmlChar *)"application/vnd.oasis.opendocument.text");
    xmlNodePtr part = add_part(root, "word/document.xml", NULL);
    xmlNodePtr w = xmlNewChild(part, xmlSearchNs(doc, root, (const xmlChar *)"w"),
                               (const xmlChar *)"document", NULL);
    xmlNewTextChild(w, w->ns, (const xmlChar *)"t", (const xmlChar *)"<b> & \xe2\x80\x8f");
    return doc;
}

/* Inflate a raw deflate stream of n bytes into out (cap bytes). */
static size_t inflate_raw(const unsigned char *in, size_t n, char *out, size_t cap)
{
    z_stream z;
    memset(&z, 0, sizeof(z));
    assert_int_equal(inflateInit2(&z, -MAX_WBITS), Z_OK);
    z.next_in = (unsigned char *)in;
    z.avail_in = (unsigned)n;
    z.next_out = (unsigned char *)out;
    z.avail_out = (unsigned)cap;
    assert_int_equal(inflate(&z, Z_FINISH), Z_STREAM_END);
    size_t got = z.total_out;
    inflateEnd(&z);
    return got;
}

static void test_package__entries_in_order_with_fixed_headers(void **state)
{
    (void)state;
    xmlDocPtr doc = two_parts();
    char *zip = NULL;
    size_t len = 0;
    assert_int_equal(ems_package__zip(unit_ctx, "t", doc, &zip, &len), EMS_OK);
    const unsigned char *p = (const unsigned char *)zip;
    assert_true(len > 100);
    assert_int_equal(zip[len], '\0');

    /* First entry: mimetype, stored, readable at offset 30 + 8. */
    assert_int_equal(get32(p), 0x04034b50UL);
    assert_int_equal(get16(p + 8), 0);             /* stored */
    assert_int_equal(get16(p + 10), 0);            /* 00:00:00 */
    assert_int_equal(get16(p + 12), (0 << 9) | (1 << 5) | 1); /* 1980-01-01 */
    assert_int_equal(get16(p + 26), 8);
    assert_int_equal(get16(p + 28), 0);            /* no extra field */
    assert_memory_equal(p + 30, "mimetype", 8);
    assert_memory_equal(p + 38, "application/vnd.oasis.opendocument.text", 39);

    /* Second entry: deflated, an XML document of its own. */
    const unsigned char *q = p + 38 + 39;
    assert_int_equal(get32(q), 0x04034b50UL);
    assert_int_equal(get16(q + 8), Z_DEFLATED);
    assert_int_equal(get16(q + 28), 0);
    unsigned nlen = get16(q + 26);
    assert_int_equal(nlen, strlen("word/document.xml"));
    assert_memory_equal(q + 30, "word/document.xml", nlen);
    char xml[1024];
    size_t n = inflate_raw(q + 30 + nlen, get32(q + 18), xml, sizeof(xml) - 1);
    assert_int_equal(n, get32(q + 22));
    xml[n] = '\0';
    assert_non_null(strstr(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assert_non_null(strstr(xml, "<w:document xmlns:w=\"" W_NS "\">"));
    assert_non_null(strstr(xml, "<w:t>&lt;b&gt; &amp; \xe2\x80\x8f</w:t>"));
    assert_null(strstr(xml, PKG_NS));

    /* The central directory ends the file: two entries. */
    const unsigned char *end = p + len - 22;
    assert_int_equal(get32(end), 0x06054b50UL);
    assert_int_equal(get16(end + 10), 2);
    free(zip);
    xmlFreeDoc(doc);
}

static void test_package__same_tree_same_bytes(void **state)
{
    (void)state;
    xmlDocPtr a = two_parts(), b = two_parts();
    char *za = NULL, *zb = NULL;
    size_t la = 0, lb = 0;
    assert_int_equal(ems_package__zip(unit_ctx, "a", a, &za, &la), EMS_OK);
    assert_int_equal(ems_package__zip(unit_ctx, "b", b, &zb, &lb), EMS_OK);
    assert_int_equal(la, lb);
    assert_memory_equal(za, zb, la);
    free(za);
    free(zb);
    xmlFreeDoc(a);
    xmlFreeDoc(b);
}

/* One package of parts named a.xml and then name: refused, nothing out. */
static void refused(const char *name, const char *why)
{
    xmlNodePtr root;
    xmlDocPtr doc = new_package(&root);
    xmlNewChild(add_part(root, "a.xml", NULL), NULL, (const xmlChar *)"a", NULL);
    xmlNewChild(add_part(root, name, NULL), NULL, (const xmlChar *)"b", NULL);
    char *zip = (char *)&zip;
    size_t len = 1;
    ems_ctx_clear(unit_ctx);
    assert_int_equal(ems_package__zip(unit_ctx, "t", doc, &zip, &len), EMS_EINVALID);
    assert_null(zip);
    assert_int_equal(len, 0);
    assert_non_null(strstr(ems_ctx_errmsg(unit_ctx), why));
    xmlFreeDoc(doc);
}

static void test_package__bad_names_are_refused(void **state)
{
    (void)state;
    refused("../a.xml", "relative name");
    refused("/etc/a.xml", "relative name");
    refused("word//a.xml", "relative name");
    refused("word/./a.xml", "relative name");
    refused("word/", "relative name");
    refused("a\\b.xml", "relative name");
    refused("a b.xml", "relative name");
    refused("", "relative name");
    refused("a.xml", "two document parts are named 'a.xml'");
}

static void test_package__not_a_package_or_two_roots(void **state)
{
    (void)state;
    char *zip = NULL;
    size_t len = 0;
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlDocSetRootElement(doc, xmlNewDocNode(doc, NULL, (const xmlChar *)"package", NULL));
    assert_int_equal(ems_package__zip(unit_ctx, "t", doc, &zip, &len), EMS_EINVALID);
    assert_null(zip);
    xmlFreeDoc(doc);

    xmlNodePtr root;
    doc = new_package(&root);
    xmlNodePtr part = add_part(root, "a.xml", NULL);
    xmlNewChild(part, NULL, (const xmlChar *)"one", NULL);
    xmlNewChild(part, NULL, (const xmlChar *)"two", NULL);
    assert_int_equal(ems_package__zip(unit_ctx, "t", doc, &zip, &len), EMS_EINVALID);
    assert_null(zip);
    xmlFreeDoc(doc);

    doc = new_package(&root);
    assert_int_equal(ems_package__zip(unit_ctx, "t", doc, &zip, &len), EMS_EINVALID);
    assert_non_null(strstr(ems_ctx_errmsg(unit_ctx), "no document part"));
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_package__entries_in_order_with_fixed_headers, unit_setup),
        cmocka_unit_test_setup(test_package__same_tree_same_bytes, unit_setup),
        cmocka_unit_test_setup(test_package__bad_names_are_refused, unit_setup),
        cmocka_unit_test_setup(test_package__not_a_package_or_two_roots, unit_setup),
    };
    return cmocka_run_group_tests(tests, unit_group_setup, unit_group_teardown);
}
