/*
 * Office documents (DOCX, ODT) are ZIP containers of XML parts. Their
 * stylesheet makes one result tree,
 *
 *   <package xmlns="urn:emscore:package">
 *     <part name="word/document.xml"> one root element </part>
 *     <part name="mimetype" method="stored">text only</part> ...
 *   </package>
 *
 * which is split here: each part's element is serialised as a document of
 * its own (UTF-8, with its XML declaration), a text-only part is written
 * as its text, and minizip packs them in memory in the order given, with
 * a fixed time stamp and no extra fields, so the same results give the
 * same bytes. The names are checked, since a user's stylesheet may make
 * this tree too: relative, no "." or ".." segment, no duplicate.
 */
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
/* By its folder: minizip.pc gives no -I for it on newer Debian. */
#include <minizip/zip.h>

#include "internal.h"

#define PACKAGE_NS "urn:emscore:package"
#define MAX_PARTS 256
#define MAX_PART_NAME 200

/* ---- an in-memory file for minizip ------------------------------------ */

typedef struct membuf {
    unsigned char *data;
    size_t len, cap, pos;
    bool failed;
} membuf;

static voidpf ZCALLBACK mem_open(voidpf opaque, const char *name, int mode)
{
    (void)name, (void)mode;
    return opaque;
}

static uLong ZCALLBACK mem_read(voidpf opaque, voidpf stream, void *buf, uLong size)
{
    (void)opaque, (void)stream, (void)buf, (void)size;
    return 0; /* a new archive is never read back */
}

static uLong ZCALLBACK mem_write(voidpf opaque, voidpf stream, const void *buf, uLong size)
{
    (void)opaque;
    membuf *m = stream;
    if (m->failed || size > SIZE_MAX - m->pos)
        return 0;
    size_t end = m->pos + size;
    if (end > m->cap) {
        size_t cap = m->cap ? m->cap : 65536;
        while (cap < end)
            cap = cap > SIZE_MAX / 2 ? end : cap * 2;
        unsigned char *p = realloc(m->data, cap);
        if (!p) {
            m->failed = true;
            return 0;
        }
        m->data = p;
        m->cap = cap;
    }
    if (m->pos > m->len) /* a seek past the end: the gap is zeros */
        memset(m->data + m->len, 0, m->pos - m->len);
    memcpy(m->data + m->pos, buf, size);
    m->pos = end;
    if (end > m->len)
        m->len = end;
    return size;
}

static long ZCALLBACK mem_tell(voidpf opaque, voidpf stream)
{
    (void)opaque;
    return (long)((membuf *)stream)->pos;
}

static long ZCALLBACK mem_seek(voidpf opaque, voidpf stream, uLong offset, int origin)
{
    (void)opaque;
    membuf *m = stream;
    size_t base = origin == ZLIB_FILEFUNC_SEEK_CUR   ? m->pos
                  : origin == ZLIB_FILEFUNC_SEEK_END ? m->len
                                                     : 0;
    if (offset > SIZE_MAX - base)
        return -1;
    m->pos = base + offset;
    return 0;
}

static int ZCALLBACK mem_close(voidpf opaque, voidpf stream)
{
    (void)opaque, (void)stream;
    return 0;
}

static int ZCALLBACK mem_error(voidpf opaque, voidpf stream)
{
    (void)opaque;
    return ((membuf *)stream)->failed;
}

/* ---- parts -------------------------------------------------------------- */

static bool is_package_element(xmlNodePtr n, const char *local)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           xmlStrEqual(n->ns->href, (const xmlChar *)PACKAGE_NS) &&
           xmlStrEqual(n->name, (const xmlChar *)local);
}

/* A relative path of [A-Za-z0-9._[]-] segments, none "." or "..". */
static bool valid_part_name(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > MAX_PART_NAME)
        return false;
    const char *seg = s;
    for (const char *p = s;; p++) {
        if (*p == '/' || *p == '\0') {
            size_t len = (size_t)(p - seg);
            if (len == 0 || (len == 1 && seg[0] == '.') ||
                (len == 2 && seg[0] == '.' && seg[1] == '.'))
                return false;
            if (*p == '\0')
                return true;
            seg = p + 1;
        } else if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                     (*p >= '0' && *p <= '9') || strchr("._-[]", *p))) {
            return false;
        }
    }
}

/* The bytes of one part: its only element as a document of its own, or
 * its text when it has no element. *bytes is freed with xmlFree(). */
static int part_bytes(ems_ctx *ctx, const char *name, xmlNodePtr part, const char *pname,
                      xmlChar **bytes, int *len)
{
    xmlNodePtr root = NULL;
    for (xmlNodePtr c = part->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (root)
            return ems_ctx__error(ctx, EMS_EINVALID, name, 0,
                                  "part '%s' of the document has more than one root element",
                                  pname);
        root = c;
    }
    if (!root) {
        *bytes = xmlNodeGetContent(part);
        *len = *bytes ? xmlStrlen(*bytes) : 0;
        return *bytes ? EMS_OK : ems_ctx__error(ctx, EMS_ENOMEM, name, 0, "out of memory");
    }
    /* A deep copy declares on the new root every namespace the part uses
     * that was declared above it. */
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr copy = doc ? xmlDocCopyNode(root, doc, 1) : NULL;
    *bytes = NULL;
    if (copy) {
        xmlDocSetRootElement(doc, copy);
        xmlDocDumpMemoryEnc(doc, bytes, len, "UTF-8");
    }
    xmlFreeDoc(doc);
    return *bytes ? EMS_OK : ems_ctx__error(ctx, EMS_ENOMEM, name, 0, "out of memory");
}

/* 1 January 1980, the earliest date a ZIP entry can carry. */
static const zip_fileinfo fixed_time = {{0, 0, 0, 1, 0, 1980}, 0, 0, 0};

static int add_part(zipFile zf, ems_ctx *ctx, const char *name, const char *pname, bool stored,
                    const xmlChar *bytes, int len)
{
    int method = stored ? 0 : Z_DEFLATED;
    int level = stored ? 0 : Z_BEST_COMPRESSION;
    if (zipOpenNewFileInZip4(zf, pname, &fixed_time, NULL, 0, NULL, 0, NULL, method, level, 0,
                             -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, NULL, 0, 0,
                             0) != ZIP_OK ||
        zipWriteInFileInZip(zf, bytes, (unsigned)len) != ZIP_OK ||
        zipCloseFileInZip(zf) != ZIP_OK)
        return ems_ctx__error(ctx, EMS_ENOMEM, name, 0, "cannot pack part '%s'", pname);
    return EMS_OK;
}

int ems_package__zip(ems_ctx *ctx, const char *name, xmlDocPtr tree, char **out, size_t *len)
{
    *out = NULL;
    *len = 0;
    xmlNodePtr pkg = xmlDocGetRootElement(tree);
    if (!is_package_element(pkg, "package"))
        return ems_ctx__error(ctx, EMS_EINVALID, name, 0,
                              "the stylesheet made no <package xmlns=\"" PACKAGE_NS
                              "\"> of document parts");
    membuf m = {NULL, 0, 0, 0, false};
    zlib_filefunc_def io = {mem_open, mem_read, mem_write, mem_tell,
                            mem_seek, mem_close, mem_error, &m};
    zipFile zf = zipOpen2("", APPEND_STATUS_CREATE, NULL, &io);
    if (!zf)
        return ems_ctx__error(ctx, EMS_ENOMEM, name, 0, "out of memory");
    xmlChar *seen[MAX_PARTS];
    size_t nparts = 0;
    int rc = EMS_OK;
    for (xmlNodePtr p = pkg->children; p && rc == EMS_OK; p = p->next) {
        if (p->type != XML_ELEMENT_NODE)
            continue;
        xmlChar *pname = is_package_element(p, "part") ? xmlGetNoNsProp(p, (const xmlChar *)"name")
                                                       : NULL;
        xmlChar *method = xmlGetNoNsProp(p, (const xmlChar *)"method");
        const char *s = (const char *)pname;
        if (!s || !valid_part_name(s)) {
            rc = ems_ctx__error(ctx, EMS_EINVALID, name, 0,
                                "a document part needs a relative name of letters, digits and "
                                "'._-[]/', not '%.80s'",
                                s ? s : "");
        } else if (nparts == MAX_PARTS) {
            rc = ems_ctx__error(ctx, EMS_EINVALID, name, 0, "more than %d document parts",
                                MAX_PARTS);
        } else {
            for (size_t i = 0; i < nparts && rc == EMS_OK; i++)
                if (xmlStrEqual(seen[i], pname))
                    rc = ems_ctx__error(ctx, EMS_EINVALID, name, 0,
                                        "two document parts are named '%s'", s);
        }
        xmlChar *bytes = NULL;
        int n = 0;
        if (rc == EMS_OK)
            rc = part_bytes(ctx, name, p, s, &bytes, &n);
        if (rc == EMS_OK)
            rc = add_part(zf, ctx, name, s, xmlStrEqual(method, (const xmlChar *)"stored"),
                          bytes, n);
        if (rc == EMS_OK) {
            seen[nparts++] = pname;
            pname = NULL;
        }
        xmlFree(bytes);
        xmlFree(method);
        xmlFree(pname);
    }
    for (size_t i = 0; i < nparts; i++)
        xmlFree(seen[i]);
    if (rc == EMS_OK && nparts == 0)
        rc = ems_ctx__error(ctx, EMS_EINVALID, name, 0, "the stylesheet made no document part");
    if (zipClose(zf, NULL) != ZIP_OK && rc == EMS_OK)
        rc = ems_ctx__error(ctx, EMS_ENOMEM, name, 0, "out of memory");
    /* Like every rendered report, NUL-terminated. */
    m.pos = m.len;
    if (rc == EMS_OK && (m.failed || mem_write(NULL, &m, "", 1) != 1))
        rc = ems_ctx__error(ctx, EMS_ENOMEM, name, 0, "out of memory");
    if (rc != EMS_OK) {
        free(m.data);
        return rc;
    }
    *out = (char *)m.data;
    *len = m.len - 1;
    return EMS_OK;
}
