#!/usr/bin/env python3
"""Reads DOCX and ODT reports back for tests/cli/office.sh, with the
standard library only (zipfile, ElementTree). Each command prints what is
wrong and exits 1, or exits 0.

  report FILE docx|odt LANG RESULTS CATALOGUE [MARKING]
      container, then words: the checks of one report in one run.
  container FILE docx|odt LANG [MARKING]
      the ZIP reads back; every entry has the fixed time stamp; every XML
      part is well-formed; DOCX: [Content_Types].xml gives every part a
      type and every relationship's target exists; ODT: mimetype is the
      first entry, stored, without extra field, and the manifest lists
      every part. Then the structure: heading styles with outline levels,
      header rows that repeat, page numbers in the footer, A4, the
      language (right to left for ar), MARKING in the page header.
  text FILE.txt RESULTS
      the plain text (pandoc's) holds the agency, the final score, every
      recommendation and every milestone title of the results.
  words FILE docx|odt RESULTS LANG CATALOGUE
      the document's own text holds the agency, every milestone title and
      the catalogue's words for LANG (the chapter titles).
  literal FILE docx|odt TEXT...
      each TEXT appears, character for character, in one text node of the
      document (so markup in it stayed text), and no element of the
      document is outside the format's namespaces.
"""
import sys
import xml.etree.ElementTree as ET
import zipfile

E = "{urn:emscore:1}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MF = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
ODT_MIME = b"application/vnd.oasis.opendocument.text"

problems = []


def fail(msg):
    problems.append(msg)


def parts(path):
    z = zipfile.ZipFile(path)
    return z, z.infolist()


def xml_of(z, name):
    return ET.fromstring(z.read(name))


def check_zip(path, kind):
    z, infos = parts(path)
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        fail("duplicate entries: %s" % names)
    trees = {}
    for i in infos:
        if i.date_time != (1980, 1, 1, 0, 0, 0):
            fail("%s: time stamp %s, not the fixed one" % (i.filename, i.date_time))
        if i.filename.endswith((".xml", ".rels")):
            try:
                trees[i.filename] = xml_of(z, i.filename)
            except ET.ParseError as e:
                fail("%s is not well-formed: %s" % (i.filename, e))
    if z.testzip() is not None:
        fail("CRC error in %s" % z.testzip())
    if kind == "docx":
        ct = trees.get("[Content_Types].xml")
        if ct is None:
            fail("no [Content_Types].xml")
            return z, trees
        defaults = {d.get("Extension") for d in ct.iter(CT + "Default")}
        overrides = {o.get("PartName") for o in ct.iter(CT + "Override")}
        for n in names:
            if n == "[Content_Types].xml":
                continue
            # Word wants each XML part's own type, not the default of .xml.
            if "/" + n not in overrides and not (n.endswith(".rels") and "rels" in defaults):
                fail("[Content_Types].xml gives %s no type of its own" % n)
        for o in overrides:
            if o[1:] not in names:
                fail("[Content_Types].xml names %s, which is not in the file" % o)
        for n, t in trees.items():
            if not n.endswith(".rels"):
                continue
            base = n.replace("_rels/", "").rsplit("/", 1)[0] if "/" in n.replace("_rels/", "") else ""
            for rel in t.iter(REL + "Relationship"):
                target = rel.get("Target")
                full = target if not base else base + "/" + target
                if full not in names:
                    fail("%s: relationship to %s, which is not in the file" % (n, full))
    else:
        first = infos[0]
        if first.filename != "mimetype":
            fail("the first entry is %s, not mimetype" % first.filename)
        if first.compress_type != zipfile.ZIP_STORED:
            fail("mimetype is compressed")
        if first.extra:
            fail("mimetype has an extra field")
        if z.read("mimetype") != ODT_MIME:
            fail("mimetype is %r" % z.read("mimetype"))
        with open(path, "rb") as f:
            head = f.read(38 + len(ODT_MIME))
        if head[30:38] != b"mimetype" or head[38:] != ODT_MIME:
            fail("the mimetype is not readable at offset 30 of the file")
        mf = trees.get("META-INF/manifest.xml")
        listed = {e.get(MF + "full-path") for e in mf.iter(MF + "file-entry")} if mf is not None else set()
        for n in names:
            if n not in ("mimetype", "META-INF/manifest.xml") and n not in listed:
                fail("the manifest does not list %s" % n)
    return z, trees


def check_structure(trees, kind, lang, marking):
    if kind == "docx":
        styles = trees["word/styles.xml"]
        doc = trees["word/document.xml"]
        levels = {}
        for s in styles.iter(W + "style"):
            o = s.find(W + "pPr/" + W + "outlineLvl")
            if o is not None:
                levels[s.get(W + "styleId")] = int(o.get(W + "val"))
        used = {p.get(W + "val") for p in doc.iter(W + "pStyle")}
        for lvl in range(4):
            if not any(levels.get(u) == lvl for u in used):
                fail("no heading of outline level %d" % (lvl + 1))
        if not list(doc.iter(W + "tblHeader")):
            fail("no table header row repeats")
        sz = doc.find(".//" + W + "sectPr/" + W + "pgSz")
        if sz is None or (sz.get(W + "w"), sz.get(W + "h")) != ("11906", "16838"):
            fail("the page is not A4")
        footer = ET.tostring(trees["word/footer1.xml"], encoding="unicode")
        if "PAGE" not in footer or "NUMPAGES" not in footer:
            fail("no page numbers in the footer")
        lang_el = styles.find(".//" + W + "rPrDefault//" + W + "lang")
        if lang_el is None or lang_el.get(W + "val") != lang:
            fail("the document's language is not %s" % lang)
        rtl = styles.find(".//" + W + "style[@" + W + "styleId='Normal']/" + W + "pPr/" + W + "bidi")
        if (rtl is not None) != (lang == "ar"):
            fail("right to left is %s for %s" % (rtl is not None, lang))
        header = "".join(t.text or "" for t in trees["word/header1.xml"].iter(W + "t"))
    else:
        content = trees["content.xml"]
        styles = trees["styles.xml"]
        outline = {h.get(TEXT + "outline-level") for h in content.iter(TEXT + "h")}
        for lvl in "1234":
            if lvl not in outline:
                fail("no heading of outline level %s" % lvl)
        if not list(content.iter(TABLE + "table-header-rows")):
            fail("no table header row repeats")
        pl = styles.find(".//" + STYLE + "page-layout-properties")
        if pl is None or (pl.get(FO + "page-width"), pl.get(FO + "page-height")) != ("21cm", "29.7cm"):
            fail("the page is not A4")
        footer = styles.find(".//" + STYLE + "footer")
        if footer is None or footer.find(".//" + TEXT + "page-number") is None or \
                footer.find(".//" + TEXT + "page-count") is None:
            fail("no page numbers in the footer")
        tp = styles.find(".//" + STYLE + "default-style/" + STYLE + "text-properties")
        if tp is None or tp.get(FO + "language") != lang:
            fail("the document's language is not %s" % lang)
        modes = {p.get(STYLE + "writing-mode") for p in styles.iter(STYLE + "page-layout-properties")}
        if (modes == {"rl-tb"}) != (lang == "ar"):
            fail("writing mode %s for %s" % (modes, lang))
        hdr = styles.find(".//" + STYLE + "header")
        header = "".join(hdr.itertext()) if hdr is not None else ""
    if marking and marking not in header:
        fail("the page header does not carry the marking %r: %r" % (marking, header))


def doc_texts(path, kind):
    """Every paragraph's text, and every element's tag."""
    z = zipfile.ZipFile(path)
    texts, tags = [], set()
    if kind == "docx":
        names = [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
        for n in names:
            root = xml_of(z, n)
            tags.update(e.tag for e in root.iter())
            for p in root.iter(W + "p"):
                texts.append("".join(t.text or "" for t in p.iter(W + "t")))
    else:
        for n in ("content.xml", "styles.xml"):
            root = xml_of(z, n)
            tags.update(e.tag for e in root.iter())
            for p in list(root.iter(TEXT + "p")) + list(root.iter(TEXT + "h")):
                texts.append("".join(p.itertext()))
    return texts, tags


def norm(s):
    return " ".join(s.split())


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def title_in(m, lang):
    """A milestone's title in lang where the results give one, else English."""
    titles = m.findall(E + "title")
    for t in titles:
        if t.get(XML_LANG) == lang:
            return t
    return titles[0]


def results_facts(path, lang="en"):
    r = ET.parse(path).getroot()
    return {
        "agency": r.get("agency"),
        "final": r.find(E + "overall").get("final"),
        "recs": [norm(x.text or "") for x in r.iter(E + "recommendation") if x.text],
        "titles": [norm(title_in(m, lang).text or "") for m in r.iter(E + "milestone")],
    }


def check_words(path, kind, results, lang, catalogue):
    texts, _ = doc_texts(path, kind)
    joined = norm(" ".join(texts))
    facts = results_facts(results, lang)
    cat = ET.parse(catalogue).getroot()
    words = [norm(m.text or "") for m in cat
             if m.get("key") in ("sec.summary", "sec.chart", "sec.attention", "sec.areas", "sec.annex")]
    if len(words) != 5:
        fail("the catalogue lacks chapter titles")
    for what in [facts["agency"]] + facts["titles"] + words:
        if what not in joined:
            fail("the %s text lacks %r" % (lang, what))


def main(argv):
    cmd = argv[1]
    if cmd == "container":
        path, kind, lang = argv[2], argv[3], argv[4]
        marking = argv[5] if len(argv) > 5 else ""
        z, trees = check_zip(path, kind)
        if not problems:
            check_structure(trees, kind, lang, marking)
    elif cmd == "text":
        text = norm(open(argv[2], encoding="utf-8").read())
        facts = results_facts(argv[3])
        for what in [facts["agency"], facts["final"]] + facts["recs"] + facts["titles"]:
            if what not in text:
                fail("the text lacks %r" % what)
        if not facts["recs"] or not facts["titles"]:
            fail("the sample has no recommendation or milestone to look for")
    elif cmd == "report":
        path, kind, lang, results, catalogue = argv[2:7]
        z, trees = check_zip(path, kind)
        if not problems:
            check_structure(trees, kind, lang, argv[7] if len(argv) > 7 else "")
            check_words(path, kind, results, lang, catalogue)
    elif cmd == "words":
        check_words(*argv[2:7])
    elif cmd == "literal":
        path, kind = argv[2], argv[3]
        texts, tags = doc_texts(path, kind)
        for want in argv[4:]:
            if not any(want in t for t in texts):
                fail("no text holds %r" % want)
        ns = ("{http://schemas.openxmlformats.org/" if kind == "docx"
              else "{urn:oasis:names:tc:opendocument:")
        stray = sorted(t for t in tags if not t.startswith(ns))
        if stray:
            fail("elements outside the format: %s" % stray[:5])
    else:
        fail("unknown command %s" % cmd)
    for p in problems[:20]:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
