/*
 * The only file that calls the libxml2 parser. Every input passes through
 * here: bytes are read by us (never by libxml2) with caps on the
 * compressed and decompressed size, gzip is inflated by zlib, a DOCTYPE is
 * refused, and the parse runs with XML_PARSE_NONET only, so no entity,
 * DTD, XInclude or network resource is ever loaded.
 */
#include <errno.h>
#include <fcntl.h>
#include <libxml/catalog.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "internal.h"
#include "util/hash.h"
#include "xmlcompat.h"

/* Set once in ems_xml__global_init, before any thread starts, then read-only. */
static char *trusted_dir;
static size_t trusted_len;

static xmlParserInputPtr allow_list_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    (void)id;
    if (!url || !trusted_dir)
        return NULL;
    const char *path = url;
    if (strncmp(path, "file://", 7) == 0)
        path += 7;
    char real[PATH_MAX];
    if (path[0] == '/' && realpath(path, real) && strncmp(real, trusted_dir, trusted_len) == 0 &&
        real[trusted_len] == '/')
        return xmlNewInputFromFile(ctxt, real);
    /* Everything else (network, other files, relative tricks) is refused. */
    return NULL;
}

/* libxml2 and libxslt carry on past many failed allocations (a node or a
 * piece of text is just missing), so a failure is noted here, per thread,
 * for ems_xml__alloc_failed. The functions installed before are kept and
 * called: memory they gave is freed by them. */
static xmlFreeFunc base_free;
static xmlMallocFunc base_malloc;
static xmlReallocFunc base_realloc;
static xmlStrdupFunc base_strdup;
static _Thread_local bool alloc_failed;

static void *noted_malloc(size_t n)
{
    void *p = base_malloc(n);
    alloc_failed |= !p;
    return p;
}

static void *noted_realloc(void *old, size_t n)
{
    void *p = base_realloc(old, n);
    alloc_failed |= !p && n;
    return p;
}

static char *noted_strdup(const char *s)
{
    char *p = base_strdup(s);
    alloc_failed |= !p;
    return p;
}

static void noted_free(void *p)
{
    base_free(p);
}

void ems_xml__alloc_watch(void)
{
    alloc_failed = false;
}

bool ems_xml__alloc_failed(void)
{
    return alloc_failed;
}

int ems_xml__global_init(const char *datadir)
{
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    int rc = EMS_OK;
    pthread_mutex_lock(&lock);
    if (!trusted_dir) {
        if (xmlMemGet(&base_free, &base_malloc, &base_realloc, &base_strdup) == 0)
            xmlMemSetup(noted_free, noted_malloc, noted_realloc, noted_strdup);
        xmlInitParser();
        xmlCatalogSetDefaults(XML_CATA_ALLOW_NONE);
        /* Drop the gzip, xz, HTTP and FTP handlers: libxml2 may open plain
         * local files only, and only through the allow-list loader. */
        ems_xml__plain_files_only();
        xmlSetExternalEntityLoader(allow_list_loader);
        trusted_dir = strdup(datadir);
        if (!trusted_dir)
            rc = EMS_ENOMEM;
        else
            trusted_len = strlen(trusted_dir);
    }
    pthread_mutex_unlock(&lock);
    return rc;
}

/* ---- bytes ---------------------------------------------------------- */

static int is_gzip(const unsigned char *p, size_t len)
{
    return len >= 2 && p[0] == 0x1f && p[1] == 0x8b;
}

/* Inflate every gzip member of in[0..len) into a new buffer of at most cap
 * bytes. */
static int gunzip(unsigned char **out, size_t *outlen, ems_ctx *ctx, const char *file,
                  const unsigned char *in, size_t len, uint64_t cap)
{
    z_stream zs;
    memset(&zs, 0, sizeof(zs));
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return ems_ctx__error(ctx, EMS_ENOMEM, file, 0, "cannot start gzip decompression");
    /* The buffer holds at most cap + 1 bytes, one more than allowed, so
     * that a stream longer than cap is noticed; cap may be any uint64_t. */
    size_t most = cap >= SIZE_MAX ? SIZE_MAX : (size_t)cap + 1;
    size_t size;
    if (__builtin_mul_overflow(len, (size_t)4, &size) || size > most)
        size = most;
    if (size < (1u << 16))
        size = (1u << 16) < most ? (1u << 16) : most;
    unsigned char *buf = malloc(size);
    int rc = EMS_OK;
    if (!buf) {
        rc = ems_ctx__error(ctx, EMS_ENOMEM, file, 0, "out of memory");
        goto done;
    }
    zs.next_in = (unsigned char *)in;
    zs.avail_in = len > UINT_MAX ? UINT_MAX : (unsigned)len;
    size_t used = 0;
    for (;;) {
        if (used == size) {
            if (size == most) {
                rc = ems_ctx__error(ctx, EMS_ELIMIT, file, 0,
                                    "decompressed size exceeds the limit of %llu bytes "
                                    "(raise it with --max-xml-bytes)",
                                    (unsigned long long)cap);
                goto done;
            }
            size_t nsize;
            if (__builtin_mul_overflow(size, (size_t)2, &nsize) || nsize > most)
                nsize = most;
            unsigned char *nbuf = realloc(buf, nsize);
            if (!nbuf) {
                rc = ems_ctx__error(ctx, EMS_ENOMEM, file, 0, "out of memory");
                goto done;
            }
            buf = nbuf;
            size = nsize;
        }
        /* zlib counts in unsigned int: feed more than 4 GiB piece by piece. */
        size_t unread = len - (size_t)(zs.next_in - in);
        if (zs.avail_in == 0 && unread > 0)
            zs.avail_in = unread > UINT_MAX ? UINT_MAX : (unsigned)unread;
        zs.next_out = buf + used;
        zs.avail_out = (unsigned)(size - used > UINT_MAX ? UINT_MAX : size - used);
        size_t before = zs.avail_out;
        int z = inflate(&zs, Z_NO_FLUSH);
        used += before - zs.avail_out;
        if (z == Z_STREAM_END) {
            size_t consumed = (size_t)(zs.next_in - in);
            /* Concatenated members are one stream (as gzip -d reads them). */
            if (consumed < len && is_gzip(in + consumed, len - consumed)) {
                inflateReset(&zs);
                continue;
            }
            if (consumed < len) {
                rc = ems_ctx__error(ctx, EMS_EINVALID, file, 0,
                                    "trailing garbage after the gzip data");
                goto done;
            }
            break;
        }
        if (z == Z_BUF_ERROR && zs.avail_in == 0) {
            rc = ems_ctx__error(ctx, EMS_EINVALID, file, 0,
                                "truncated gzip data (unexpected end of file)");
            goto done;
        }
        if (z != Z_OK && z != Z_BUF_ERROR) {
            rc = ems_ctx__error(ctx, EMS_EINVALID, file, 0, "corrupt gzip data: %s",
                                zs.msg ? zs.msg : "inflate failed");
            goto done;
        }
    }
    if (used > cap) {
        rc = ems_ctx__error(ctx, EMS_ELIMIT, file, 0,
                            "decompressed size exceeds the limit of %llu bytes "
                            "(raise it with --max-xml-bytes)",
                            (unsigned long long)cap);
        goto done;
    }
    *out = buf;
    *outlen = used;
    buf = NULL;
done:
    inflateEnd(&zs);
    free(buf);
    return rc;
}

int ems_xml__read_bytes(unsigned char **out, size_t *outlen, ems_ctx *ctx, int dirfd,
                        const char *name, const char *path, bool nofollow)
{
    uint64_t cap = ems_ctx_limit(ctx, EMS_LIMIT_INPUT_BYTES);
    /* O_NONBLOCK: a FIFO is refused below instead of waited on. */
    int fd = openat(dirfd, name,
                    O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | (nofollow ? O_NOFOLLOW : 0));
    if (fd < 0 && nofollow && errno == ELOOP)
        return ems_ctx__error(ctx, EMS_EIO, path, 0, "is a symbolic link: not read");
    if (fd < 0)
        return ems_ctx__error(ctx, EMS_EIO, path, 0, "cannot open: %s", strerror(errno));
    struct stat st;
    int rc = EMS_OK;
    unsigned char *buf = NULL;
    if (fstat(fd, &st) < 0) {
        rc = ems_ctx__error(ctx, EMS_EIO, path, 0, "cannot stat: %s", strerror(errno));
        goto done;
    }
    if (!S_ISREG(st.st_mode)) {
        rc = ems_ctx__error(ctx, EMS_EIO, path, 0, "not a regular file");
        goto done;
    }
    if ((uint64_t)st.st_size > cap) {
        rc = ems_ctx__error(ctx, EMS_ELIMIT, path, 0,
                            "file is %lld bytes, over the limit of %llu "
                            "(raise it with --max-input-bytes)",
                            (long long)st.st_size, (unsigned long long)cap);
        goto done;
    }
    size_t size = (size_t)st.st_size + 1, used = 0;
    buf = malloc(size);
    if (!buf) {
        rc = ems_ctx__error(ctx, EMS_ENOMEM, path, 0, "out of memory");
        goto done;
    }
    for (;;) {
        ssize_t n = read(fd, buf + used, size - used);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            rc = ems_ctx__error(ctx, EMS_EIO, path, 0, "read error: %s", strerror(errno));
            goto done;
        }
        if (n == 0)
            break;
        used += (size_t)n;
        if (used == size) { /* the file grew while we read it */
            rc = ems_ctx__error(ctx, EMS_EIO, path, 0, "file changed while being read");
            goto done;
        }
    }
    *out = buf;
    *outlen = used;
    buf = NULL;
done:
    free(buf);
    close(fd);
    return rc;
}

static int read_all(unsigned char **out, size_t *outlen, ems_ctx *ctx, const char *path)
{
    return ems_xml__read_bytes(out, outlen, ctx, AT_FDCWD, path, path, false);
}

/* ---- parsing -------------------------------------------------------- */

/*
 * libxml2 2.9 checks each attribute of a start tag against every earlier
 * one, and each namespace declaration against those in scope: quadratic in
 * their number, so 100,000 attributes on one element take minutes. Our
 * formats use a handful of each; past this bound the parse is refused.
 */
#define MAX_ATTRIBUTES 64
/* Bytes handed to libxml2 per read, so the bound is checked often. */
#define READ_CHUNK 4096

typedef struct parse_state {
    ems_ctx *ctx;
    const char *file;
    int nerrors;
    bool doctype;
    bool limited; /* refused by MAX_ATTRIBUTES */
    xmlParserCtxtPtr pc;
    const unsigned char *data;
    size_t len, pos;
    ems_xml_root *root; /* when sniffing: filled from the root, then the parse stops */
} parse_state;

static void refuse_doctype(void *user, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
    (void)name, (void)ext, (void)sys;
    xmlParserCtxtPtr pc = user;
    parse_state *st = pc->_private;
    st->doctype = true;
    ems_ctx__error(st->ctx, EMS_EINVALID, st->file, pc->input ? pc->input->line : 0,
                   "a DOCTYPE is not allowed: emscore documents use no DTD or entities "
                   "(refused for safety)");
    xmlStopParser(pc);
}

static void record(parse_state *st, ems_xml_error *err)
{
    if (st->doctype || st->limited || err->level < XML_ERR_ERROR)
        return;
    /* The first well-formedness error is the fault; what follows is its
     * cascade. */
    if (st->nerrors++ > 0)
        return;
    char msg[512];
    const char *text = ems_xml__parser_message(err);
    size_t n = strcspn(text, "\n"); /* the first line: 2.9 adds the bytes on a second */
    if (n >= sizeof(msg))
        n = sizeof(msg) - 1;
    memcpy(msg, text, n);
    while (n > 0 && msg[n - 1] == ' ')
        n--;
    msg[n] = '\0';
    /* Lower-case a capitalised first word, not an acronym ("XML declaration"). */
    if (n > 1 && msg[0] >= 'A' && msg[0] <= 'Z' && !(msg[1] >= 'A' && msg[1] <= 'Z'))
        msg[0] = (char)(msg[0] + 32);
    ems_ctx__error(st->ctx, err->code == XML_ERR_NO_MEMORY ? EMS_ENOMEM : EMS_EINVALID, st->file,
                   err->line, "not well-formed XML: %s", msg);
}

/* Errors raised with the parser context (the SAX serror channel). */
static void parse_error(void *user, ems_xml_error *err)
{
    xmlParserCtxtPtr pc = user;
    record(pc->_private, err);
}

/* Errors raised without it (encoding conversion, I/O): the thread's
 * structured channel, captured for the duration of the parse. */
static void thread_error(void *user, ems_xml_error *err)
{
    record(user, err);
}

/* The parser's input: the bytes in small pieces. Between two pieces it
 * looks at how many attributes the parser has had to hold and how many
 * namespaces are in scope, and fails the read past the bound: the parse
 * then stops with an error. xmlStopParser must not be called from here (libxml2
 * crashes when it is). */
static int read_piece(void *user, char *buf, int len)
{
    parse_state *st = user;
    xmlParserCtxtPtr pc = st->pc;
    int namespaces = ems_xml__namespaces_in_scope(pc);
    if (!st->limited && (ems_xml__attributes_held(pc) > MAX_ATTRIBUTES || namespaces > MAX_ATTRIBUTES)) {
        st->limited = true;
        ems_ctx__error(st->ctx, EMS_ELIMIT, st->file, pc->input ? pc->input->line : 0,
                       namespaces > MAX_ATTRIBUTES
                           ? "more than %d namespace declarations in scope (refused for safety)"
                           : "an element has more than %d attributes (refused for safety)",
                       MAX_ATTRIBUTES);
    }
    if (st->limited || len < 0)
        return -1;
    size_t n = st->len - st->pos;
    if (n > (size_t)len)
        n = (size_t)len;
    if (n > READ_CHUNK)
        n = READ_CHUNK;
    memcpy(buf, st->data + st->pos, n);
    st->pos += n;
    return (int)n;
}

static int check_depth(ems_ctx *ctx, const char *file, xmlNodePtr root)
{
    uint64_t limit = ems_ctx_limit(ctx, EMS_LIMIT_DEPTH);
    uint64_t depth = 1;
    xmlNodePtr n = root;
    while (n) {
        if (n->type == XML_ELEMENT_NODE && depth > limit)
            return ems_ctx__error(ctx, EMS_ELIMIT, file, xmlGetLineNo(n),
                                  "elements nest deeper than the limit of %llu",
                                  (unsigned long long)limit);
        if (n->children && n->type == XML_ELEMENT_NODE) {
            n = n->children;
            depth++;
            continue;
        }
        while (n && !n->next && n != root) {
            n = n->parent;
            depth--;
        }
        if (!n || n == root)
            break;
        n = n->next;
    }
    return EMS_OK;
}

static void copy_attr(char *dst, size_t cap, const xmlChar **a)
{
    /* a = {localname, prefix, URI, value, end} */
    size_t n = (size_t)(a[4] - a[3]);
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, a[3], n);
    dst[n] = '\0';
}

static void sniff_root(void *user, const xmlChar *localname, const xmlChar *prefix,
                       const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
                       int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
    (void)prefix, (void)nb_namespaces, (void)namespaces, (void)nb_defaulted;
    xmlParserCtxtPtr pc = user;
    parse_state *st = pc->_private;
    ems_xml_root *r = st->root;
    r->found = true;
    r->line = pc->input ? pc->input->line : 0;
    r->ours = uri && xmlStrEqual(uri, (const xmlChar *)EMS_NAMESPACE);
    snprintf(r->name, sizeof(r->name), "%s", (const char *)localname);
    for (int i = 0; i < nb_attributes; i++) {
        const xmlChar **a = attributes + 5 * i;
        if (a[2]) /* namespaced attributes are not ours */
            continue;
        if (xmlStrEqual(a[0], (const xmlChar *)"kind"))
            copy_attr(r->kind, sizeof(r->kind), a);
        else if (xmlStrEqual(a[0], (const xmlChar *)"agency"))
            copy_attr(r->agency, sizeof(r->agency), a);
        else if (xmlStrEqual(a[0], (const xmlChar *)"period"))
            copy_attr(r->period, sizeof(r->period), a);
        else if (xmlStrEqual(a[0], (const xmlChar *)"profile"))
            copy_attr(r->profile, sizeof(r->profile), a);
        else if (xmlStrEqual(a[0], (const xmlChar *)"baseline"))
            copy_attr(r->baseline, sizeof(r->baseline), a);
    }
    xmlStopParser(pc);
}

/* dict, when given, holds the document's names (a stylesheet module shares
 * the importing stylesheet's); else the document gets its own. */
static int parse(xmlDocPtr *out, ems_ctx *ctx, const char *file, const unsigned char *data,
                 size_t len, ems_xml_root *root, xmlDictPtr dict)
{
    uint64_t cap = ems_ctx_limit(ctx, EMS_LIMIT_XML_BYTES);
    if (len > cap)
        return ems_ctx__error(ctx, EMS_ELIMIT, file, 0,
                              "document is %zu bytes, over the limit of %llu "
                              "(raise it with --max-xml-bytes)",
                              len, (unsigned long long)cap);
    if (len == 0)
        return ems_ctx__error(ctx, EMS_EINVALID, file, 0, "empty file: expected an XML document");
    if (len > INT_MAX)
        return ems_ctx__error(ctx, EMS_ELIMIT, file, 0, "document too large");
    if (ems_xml__bom_contradicts_declaration(data, len))
        return ems_ctx__error(ctx, EMS_EINVALID, file, 1,
                              "not well-formed XML: document labelled UTF-16 but has UTF-8 content");
    xmlParserCtxtPtr pc = xmlNewParserCtxt();
    if (!pc)
        return ems_ctx__error(ctx, EMS_ENOMEM, file, 0, "out of memory");
    if (dict) {
        xmlDictFree(pc->dict);
        pc->dict = dict;
        xmlDictReference(dict);
    }
    parse_state st = {ctx, file, 0, false, false, pc, data, len, 0, root};
    pc->_private = &st;
    pc->sax->internalSubset = refuse_doctype;
    pc->sax->serror = parse_error;
    if (root)
        pc->sax->startElementNs = sniff_root;
    /* The error channels are per thread in libxml2 2.9: save, capture,
     * restore, so nothing is ever printed and other users are unaffected. */
    xmlStructuredErrorFunc saved_fn = xmlStructuredError;
    void *saved_data = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(&st, thread_error);
    xmlDocPtr doc = xmlCtxtReadIO(pc, read_piece, NULL, &st, file, NULL,
                                  XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES);
    xmlSetStructuredErrorFunc(saved_data, saved_fn);
    int rc = EMS_OK;
    if (root && root->found && !st.doctype && !st.limited && st.nerrors == 0) {
        xmlFreeDoc(doc); /* a stub: the parse stopped at the root on purpose */
        doc = NULL;
    } else if (!doc || st.doctype || st.limited || !pc->wellFormed || pc->errNo != 0) {
        if (!st.doctype && !st.limited && st.nerrors == 0)
            ems_ctx__error(ctx, EMS_EINVALID, file, pc->input ? pc->input->line : 0,
                           "not well-formed XML");
        rc = st.limited ? EMS_ELIMIT
           : pc->errNo == XML_ERR_NO_MEMORY ? EMS_ENOMEM : EMS_EINVALID;
        xmlFreeDoc(doc);
        doc = NULL;
    } else if (!xmlDocGetRootElement(doc)) {
        rc = ems_ctx__error(ctx, EMS_EINVALID, file, 0, "no root element");
    } else {
        rc = check_depth(ctx, file, xmlDocGetRootElement(doc));
    }
    xmlFreeParserCtxt(pc);
    if (rc != EMS_OK) {
        xmlFreeDoc(doc);
        return rc;
    }
    *out = doc;
    return EMS_OK;
}

static int parse_bytes(xmlDocPtr *out, ems_ctx *ctx, const char *file, const unsigned char *data,
                       size_t len, ems_xml_root *root, xmlDictPtr dict)
{
    if (!is_gzip(data, len))
        return parse(out, ctx, file, data, len, root, dict);
    unsigned char *xml = NULL;
    size_t xlen = 0;
    int rc = gunzip(&xml, &xlen, ctx, file, data, len, ems_ctx_limit(ctx, EMS_LIMIT_XML_BYTES));
    if (rc == EMS_OK)
        rc = parse(out, ctx, file, xml, xlen, root, dict);
    free(xml);
    return rc;
}

int ems_xml__read_memory(xmlDocPtr *out, ems_ctx *ctx, const char *name, const void *data,
                         size_t len)
{
    *out = NULL;
    if (len > ems_ctx_limit(ctx, EMS_LIMIT_INPUT_BYTES))
        return ems_ctx__error(ctx, EMS_ELIMIT, name, 0,
                              "input is %zu bytes, over the limit of %llu", len,
                              (unsigned long long)ems_ctx_limit(ctx, EMS_LIMIT_INPUT_BYTES));
    return parse_bytes(out, ctx, name, data, len, NULL, NULL);
}

int ems_xml__read_inflated(unsigned char **out, size_t *len, ems_ctx *ctx, const char *path)
{
    unsigned char *data = NULL;
    size_t n = 0;
    *out = NULL;
    *len = 0;
    int rc = read_all(&data, &n, ctx, path);
    if (rc != EMS_OK || !is_gzip(data, n)) {
        if (rc == EMS_OK) {
            *out = data;
            *len = n;
        }
        return rc;
    }
    rc = gunzip(out, len, ctx, path, data, n, ems_ctx_limit(ctx, EMS_LIMIT_XML_BYTES));
    free(data);
    return rc;
}

static int read_file_in(xmlDocPtr *out, ems_ctx *ctx, const char *path, xmlDictPtr dict)
{
    unsigned char *data = NULL;
    size_t len = 0;
    *out = NULL;
    int rc = read_all(&data, &len, ctx, path);
    if (rc == EMS_OK)
        rc = parse_bytes(out, ctx, path, data, len, NULL, dict);
    free(data);
    return rc;
}

int ems_xml__read_file(xmlDocPtr *out, ems_ctx *ctx, const char *path)
{
    return read_file_in(out, ctx, path, NULL);
}

/* A context with the default limits, or raised to fit len bytes: for
 * emscore's own files and output. */
static int own_ctx(ems_ctx **own, ems_ctx *ctx, const char *name, size_t len)
{
    if (ems_ctx_new(own) != EMS_OK)
        return ems_ctx__error(ctx, EMS_ENOMEM, name, 0, "out of memory");
    if (len >= ems_ctx_limit(*own, EMS_LIMIT_XML_BYTES)) {
        ems_ctx_set_limit(*own, EMS_LIMIT_INPUT_BYTES, (uint64_t)len + 1);
        ems_ctx_set_limit(*own, EMS_LIMIT_XML_BYTES, (uint64_t)len + 1);
    }
    return EMS_OK;
}

int ems_xml__read_own_file(xmlDocPtr *out, ems_ctx *ctx, const char *path)
{
    return ems_xml__read_own_file_in(out, ctx, path, NULL);
}

int ems_xml__read_own_file_in(xmlDocPtr *out, ems_ctx *ctx, const char *path, xmlDictPtr dict)
{
    ems_ctx *own = NULL;
    *out = NULL;
    int rc = own_ctx(&own, ctx, path, 0);
    if (rc == EMS_OK)
        rc = read_file_in(out, own, path, dict);
    ems_ctx__append(ctx, own);
    ems_ctx_free(own);
    return rc;
}

int ems_xml__read_own_at(xmlDocPtr *out, ems_ctx *ctx, int dirfd, const char *name,
                         const char *shown)
{
    ems_ctx *own = NULL;
    unsigned char *data = NULL;
    size_t len = 0;
    *out = NULL;
    int rc = own_ctx(&own, ctx, shown, 0);
    if (rc == EMS_OK)
        rc = ems_xml__read_bytes(&data, &len, own, dirfd, name, shown, true);
    ems_ctx__append(ctx, own);
    ems_ctx_free(own);
    if (rc == EMS_OK)
        rc = ems_xml__read_own_memory(out, ctx, shown, data, len);
    free(data);
    return rc;
}

int ems_xml__read_own_text(char **out, ems_ctx *ctx, const char *path)
{
    ems_ctx *own = NULL;
    unsigned char *bytes = NULL;
    size_t len = 0;
    *out = NULL;
    int rc = own_ctx(&own, ctx, path, 0);
    if (rc == EMS_OK)
        rc = read_all(&bytes, &len, own, path); /* one byte spare for the NUL */
    ems_ctx__append(ctx, own);
    ems_ctx_free(own);
    if (rc != EMS_OK)
        return rc;
    bytes[len] = '\0';
    if (memchr(bytes, '\0', len) || !xmlCheckUTF8(bytes)) {
        free(bytes);
        return ems_ctx__error(ctx, EMS_EINVALID, path, 0, "not a UTF-8 text file");
    }
    *out = (char *)bytes;
    return EMS_OK;
}

int ems_xml__read_own_memory(xmlDocPtr *out, ems_ctx *ctx, const char *name, const void *data,
                             size_t len)
{
    ems_ctx *own = NULL;
    *out = NULL;
    int rc = own_ctx(&own, ctx, name, len);
    if (rc == EMS_OK) {
        /* Results nest a level or two deeper than the scorecard they
         * come from, which was held to the depth limit. */
        uint64_t depth;
        if (__builtin_add_overflow(ems_ctx_limit(ctx, EMS_LIMIT_DEPTH), 8, &depth))
            depth = UINT64_MAX;
        ems_ctx_set_limit(own, EMS_LIMIT_DEPTH, depth);
        rc = ems_xml__read_memory(out, own, name, data, len);
    }
    ems_ctx__append(ctx, own);
    ems_ctx_free(own);
    return rc;
}

int ems_xml__sniff_file(ems_xml_root *out, ems_ctx *ctx, const char *path)
{
    unsigned char *data = NULL;
    size_t len = 0;
    xmlDocPtr doc = NULL;
    memset(out, 0, sizeof(*out));
    int rc = read_all(&data, &len, ctx, path);
    if (rc == EMS_OK) {
        out->size = len;
        out->hash = ems_hash__bytes(data, len);
        rc = parse_bytes(&doc, ctx, path, data, len, out, NULL);
    }
    free(data);
    xmlFreeDoc(doc);
    if (rc == EMS_OK && !out->found)
        rc = ems_ctx__error(ctx, EMS_EINVALID, path, 0, "no root element");
    return rc;
}
