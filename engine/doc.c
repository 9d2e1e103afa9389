/* Loading any emscore document: bytes, parse, root check, schema. */
#include <string.h>

#include "internal.h"

static const char *const type_names[] = {
    [EMS_DOC_UNKNOWN] = "unknown",
    [EMS_DOC_SCORECARD] = "scorecard",
    [EMS_DOC_ASSESSMENT] = "assessment",
    [EMS_DOC_RESULTS] = "results",
    [EMS_DOC_SUMMARY] = "summary",
    [EMS_DOC_SHARD] = "shard",
    [EMS_DOC_INVENTORY] = "inventory",
};

const char *ems_doc__type_name(ems_doctype t)
{
    return type_names[(unsigned)t <= EMS_DOC_INVENTORY ? t : EMS_DOC_UNKNOWN];
}

ems_doctype ems_doc__type(xmlNodePtr root)
{
    if (!root || !root->ns || !xmlStrEqual(root->ns->href, (const xmlChar *)EMS_NAMESPACE))
        return EMS_DOC_UNKNOWN;
    for (int t = EMS_DOC_SCORECARD; t <= EMS_DOC_INVENTORY; t++)
        if (xmlStrEqual(root->name, (const xmlChar *)type_names[t]))
            return (ems_doctype)t;
    return EMS_DOC_UNKNOWN;
}

int ems_doc__expect(ems_ctx *ctx, xmlDocPtr doc, const char *file, ems_doctype want)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    ems_doctype got = ems_doc__type(root);
    if (got == EMS_DOC_UNKNOWN) {
        const char *ns = root->ns ? (const char *)root->ns->href : NULL;
        if (ns && strcmp(ns, EMS_NAMESPACE) != 0)
            return ems_ctx__error(ctx, EMS_EINVALID, file, xmlGetLineNo(root),
                                  "root element <%.64s> is in namespace '%.200s', not emscore's "
                                  "'" EMS_NAMESPACE "'",
                                  (const char *)root->name, ns);
        if (!ns)
            return ems_ctx__error(ctx, EMS_EINVALID, file, xmlGetLineNo(root),
                                  "root element <%.64s> has no namespace: add "
                                  "xmlns=\"" EMS_NAMESPACE "\"",
                                  (const char *)root->name);
        return ems_ctx__error(ctx, EMS_EINVALID, file, xmlGetLineNo(root),
                              "root element <%.64s> is not an emscore document: expected "
                              "<scorecard>, <assessment>, <inventory>, <results> or <summary>",
                              (const char *)root->name);
    }
    if (want != EMS_DOC_UNKNOWN && got != want)
        return ems_ctx__error(ctx, EMS_EINVALID, file, xmlGetLineNo(root),
                              "this is %s %s, not %s %s", got == EMS_DOC_ASSESSMENT || got == EMS_DOC_INVENTORY ? "an" : "a",
                              type_names[got], want == EMS_DOC_ASSESSMENT || want == EMS_DOC_INVENTORY ? "an" : "a",
                              type_names[want]);
    return EMS_OK;
}

int ems_doc__load(xmlDocPtr *out, const ems_engine *engine, ems_ctx *ctx, const char *file,
                  const void *data, size_t len, ems_doctype want)
{
    xmlDocPtr doc = NULL;
    *out = NULL;
    ems_xml__alloc_watch();
    int rc = data ? ems_xml__read_memory(&doc, ctx, file, data, len)
                  : ems_xml__read_file(&doc, ctx, file);
    if (rc == EMS_OK)
        rc = ems_doc__expect(ctx, doc, file, want);
    if (rc == EMS_OK)
        rc = ems_xsd__validate(engine->schema, ctx, doc, file);
    if (ems_xml__alloc_failed()) /* whatever was said: the document may lack a piece */
        rc = ems_ctx__error(ctx, EMS_ENOMEM, file, 0, "out of memory while reading");
    if (rc != EMS_OK) {
        xmlFreeDoc(doc);
        return rc;
    }
    *out = doc;
    return EMS_OK;
}
