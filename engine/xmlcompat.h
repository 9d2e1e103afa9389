/*
 * What differs between the libxml2 releases emscore builds with: Debian
 * 12's 2.9.14 and current ones (2.13 to 2.15). Every LIBXML_VERSION check
 * of the engine is here, so the rest of the code reads the same on both.
 * `make check-latest` builds and tests against the newest.
 */
#ifndef EMS_XMLCOMPAT_H
#define EMS_XMLCOMPAT_H

#include <libxml/parserInternals.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

/* 2.12 hands structured-error callbacks a const xmlError. */
#if LIBXML_VERSION >= 21200
typedef const xmlError ems_xml_error;
#else
typedef xmlError ems_xml_error;
#endif

/* From 2.12 on the parser's fields are deprecated (they stay readable) and
 * the plain-file input handlers are too (they stay registrable): the
 * engine still needs both, for the same behaviour on every version. */
#if LIBXML_VERSION >= 21200
#define EMS_XML_DEPRECATED_BEGIN \
    _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wdeprecated-declarations\"")
#define EMS_XML_DEPRECATED_END _Pragma("GCC diagnostic pop")
#else
#define EMS_XML_DEPRECATED_BEGIN
#define EMS_XML_DEPRECATED_END
#endif

/* How many attributes the parser is holding room for, and how many
 * namespace declarations are in scope. 2.9 checks both in quadratic time,
 * so the reader looks at them between two pieces of input and stops the
 * parse early. The attribute table grows by ten slots per attribute up to
 * 2.13 and by five from 2.14; a namespace takes two entries of nsTab up to
 * 2.11 and one from 2.12. */
static inline int ems_xml__attributes_held(xmlParserCtxtPtr pc)
{
    EMS_XML_DEPRECATED_BEGIN
#if LIBXML_VERSION >= 21400
    return pc->maxatts / 5;
#else
    return pc->maxatts / 10;
#endif
    EMS_XML_DEPRECATED_END
}

static inline int ems_xml__namespaces_in_scope(xmlParserCtxtPtr pc)
{
    EMS_XML_DEPRECATED_BEGIN
#if LIBXML_VERSION >= 21200
    return pc->nsNr;
#else
    return pc->nsNr / 2;
#endif
    EMS_XML_DEPRECATED_END
}

/* libxml2 may open plain local files only (the allow-list loader decides
 * which): no gzip, xz, HTTP or FTP handler. */
static inline void ems_xml__plain_files_only(void)
{
    xmlCleanupInputCallbacks();
    EMS_XML_DEPRECATED_BEGIN
    xmlRegisterInputCallbacks(xmlFileMatch, xmlFileOpen, xmlFileRead, xmlFileClose);
    EMS_XML_DEPRECATED_END
    xmlCleanupOutputCallbacks();
}

/* Up to 2.12, for each error on a document that has a URL, libxml2 walks
 * back over every preceding node looking for XInclude markers: quadratic
 * when a hostile document has 100,000 faults. emscore reports errors under
 * its own file name, so the URL is set aside while validating. */
static inline int ems_xml__schema_validate(xmlSchemaValidCtxtPtr v, xmlDocPtr doc)
{
#if LIBXML_VERSION < 21300
    const xmlChar *url = doc->URL;
    doc->URL = NULL;
    int r = xmlSchemaValidateDoc(v, doc);
    doc->URL = url;
    return r;
#else
    return xmlSchemaValidateDoc(v, doc);
#endif
}

/* The text of a well-formedness error in the words of 2.9, whatever the
 * version, so diagnostics read the same everywhere. 2.9 says "Input is not
 * proper UTF-8, indicate encoding !" and lists bytes; 2.13 and later say
 * "Invalid bytes in character encoding" under a code of their own. 2.13
 * and later also put a generic phrase for the code before the detail 2.9
 * gives alone ("Invalid character: Char 0x0 out of allowed range"); the
 * detail is then str1. */
static inline const char *ems_xml__parser_message(ems_xml_error *err)
{
    const char *msg = err->message ? err->message : "";
    if (strncmp(msg, "Input is not proper UTF-8", 25) == 0 ||
        (LIBXML_VERSION >= 21300 && err->code == XML_ERR_INVALID_ENCODING))
        return "Input is not proper UTF-8";
#if LIBXML_VERSION >= 21300
    const char *detail = (const char *)err->str1;
    if (detail) {
        size_t n = strcspn(msg, "\n"), k = strcspn(detail, "\n");
        if (k > 0 && n >= k + 2 && memcmp(msg + n - k - 2, ": ", 2) == 0 &&
            memcmp(msg + n - k, detail, k) == 0)
            return detail;
    }
#endif
    return msg;
}

/* A UTF-8 byte-order mark before a declaration of UTF-16: 2.9 refuses the
 * document, later versions let the mark win. Refused on every version, in
 * 2.9's words, before the parser sees it. */
static inline bool ems_xml__bom_contradicts_declaration(const unsigned char *data, size_t len)
{
    static const char bom_decl[] = "\xef\xbb\xbf<?xml ";
    size_t head = sizeof(bom_decl) - 1;
    if (len < head || memcmp(data, bom_decl, head) != 0)
        return false;
    const unsigned char *end = memchr(data, '>', len < 256 ? len : 256);
    for (const unsigned char *p = data + head; end && p + 15 < end; p++)
        if (memcmp(p, "encoding=", 9) == 0 && (p[9] == '"' || p[9] == '\'') &&
            strncasecmp((const char *)p + 10, "UTF-16", 6) == 0)
            return true;
    return false;
}

#endif
