#!/usr/bin/env python3
"""Reads reports back and compares their figures with the results they were
made from. Used by tests/cli/report.sh; prints one line per problem and
exits 1 when there is any.

    report_check.py html RESULTS REPORT.html LANG
    report_check.py csv RESULTS REPORT.csv
    report_check.py json RESULTS REPORT.json
    report_check.py summary-csv SUMMARY.xml REPORT.csv
    report_check.py summary-html SUMMARY.xml REPORT.html LANG
    report_check.py no-markup REPORT.html TEXT   (TEXT appears as text, no <script>)
    report_check.py big N   (prints a valid results document of N milestones)
    report_check.py catalogues DIR   (every LANG.xml has the keys and placeholders of en.xml)

Numbers are compared as numbers, read the way each language writes them.
"""
import csv
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

NS = {"e": "urn:emscore:1"}
# decimal separator and grouping separator of each catalogue
SEPARATORS = {
    "en": (".", ","), "fr": (",", "\u202f"), "es": (",", "."),
    "ru": (",", "\u00a0"), "ar": (".", ","), "zh": (".", ","),
}
URL = re.compile(r"(?<![A-Za-z])(https?|file):", re.I)
problems = []


def problem(msg):
    problems.append(msg)


# ---- a small DOM from html.parser ----------------------------------------

VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def find_all(self, tag=None, cls=None, **attrs):
        """Elements by tag, by one of their classes, and by attributes
        (data_k="final" is data-k; True: the attribute is there)."""
        for n in self.walk():
            if (tag is None or n.tag == tag) and (cls is None or cls in n.classes()) and all(
                    (n.attrs.get(k.replace("_", "-")) == v) if v is not True
                    else (k.replace("_", "-") in n.attrs) for k, v in attrs.items()):
                yield n

    def find(self, tag=None, cls=None, **attrs):
        return next(self.find_all(tag, cls, **attrs), None)

    def classes(self):
        return (self.attrs.get("class") or "").split()


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.cur = self.root
        self.tags = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        self.tags.append(tag)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))
        self.tags.append(tag)

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is self.root:
            problem("end tag </%s> without its start" % tag)
            return
        self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse_html(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    b = Builder()
    b.feed(text)
    b.close()
    return text, b


def number(text, lang):
    """A figure as the report writes it, or None for "not applicable"."""
    dec, group = SEPARATORS[lang]
    t = text.strip().replace(group, "")
    for junk in ("%", "\u066a", "+", " ", "\u00a0", "\u202f"):
        t = t.replace(junk, "")
    t = t.replace("\u2212", "-").replace(dec, ".")
    try:
        return float(t)
    except ValueError:
        return None


def expect(what, got, want):
    """want: the results' text ("55.00", "na") or None for absent."""
    w = None if want in (None, "na", "") else float(want)
    if (got is None) != (w is None) or (w is not None and abs(got - w) > 0.0051):
        problem("%s: report shows %r, results say %r" % (what, got, want))


# ---- the peer-review report ----------------------------------------------

def check_html(results, report, lang):
    text, b = parse_html(report)
    root = ET.parse(results).getroot()
    doc = b.root
    if not text.lstrip().lower().startswith("<!doctype html>"):
        problem("no HTML5 doctype")
    html = doc.find("html")
    if html is None or html.attrs.get("lang") != lang:
        problem("html element without lang=%s" % lang)
    want_dir = "rtl" if lang == "ar" else "ltr"
    if html is not None and html.attrs.get("dir") != want_dir:
        problem("html dir is %r, expected %s" % (html.attrs.get("dir"), want_dir))
    for tag in ("script", "iframe", "object", "embed", "link", "img"):
        if tag in b.tags:
            problem("the report has a <%s> element" % tag)
    m = URL.search(text)
    if m:
        problem("external reference %r in the report" % text[max(0, m.start() - 30):m.end() + 30])
    for a in doc.find_all("a"):
        if not a.attrs.get("href", "#").startswith("#"):
            problem("a link leaves the report: %r" % a.attrs.get("href"))
    svgs = list(doc.find_all("svg"))
    if not svgs or not all(s.find("title") and s.find("desc") for s in svgs[:1]):
        problem("the chart has no svg with title and desc")

    overall = root.find("e:overall", NS)
    for key in ("final", "met") + (("self",) if root.find("e:self-assessment", NS) is not None else ()):
        fig = doc.find("div", data_figure=key)
        if fig is None:
            problem("no %s figure" % key)
            continue
        value = next(n for n in fig.walk() if "value" in n.classes())
        expect("overall " + key, number(value.text(), lang), overall.get(key))

    # the areas of the scorecard, not the lists that name them
    areas = root.findall("e:area", NS) + root.findall("e:area//e:area", NS)
    for area in areas:
        sec = doc.find("section", data_area=area.get("id"))
        if sec is None:
            problem("no section for area %s" % area.get("id"))
            continue
        for k in ("final", "self", "weight"):
            node = sec.find(data_k=k)
            if node is None:
                problem("area %s shows no %s" % (area.get("id"), k))
                continue
            expect("area %s %s" % (area.get("id"), k), number(node.text(), lang), area.get(k))

    # indexed once: a search per leaf would make the check quadratic
    rows, cards = {}, {}
    for n in doc.walk():
        if "data-id" in n.attrs:
            (rows if n.tag == "tr" else cards).setdefault(n.attrs["data-id"], n)
    leaves = root.findall(".//e:milestone", NS) + root.findall(".//e:indicator", NS)
    # every leaf and sub-area is a row of its parent area's table
    for item in leaves + root.findall(".//e:area/e:area", NS):
        iid = item.get("id")
        tr = rows.get(iid)
        if tr is None:
            problem("no table row for %s" % iid)
            continue
        nums = [td.text() for td in tr.find_all("td") if "num" in td.classes()]
        if len(nums) != 3:
            problem("row %s has %d numeric cells" % (iid, len(nums)))
            continue
        expect(iid + " weight", number(nums[0], lang), item.get("weight"))
        expect(iid + " self", number(nums[1], lang), item.get("self"))
        expect(iid + " final", number(nums[2], lang), item.get("final"))
    for leaf in leaves:
        card = cards.get(leaf.get("id"))
        if card is None:
            problem("no details for %s" % leaf.get("id"))
            continue
        for k in ("self", "final"):
            box = card.find("div", data_k=k)
            num = box.find(cls="num") if box is not None else None
            if num is None:
                problem("%s details show no %s score" % (leaf.get("id"), k))
            else:
                expect("%s details %s" % (leaf.get("id"), k), number(num.text(), lang), leaf.get(k))

    counted = [x for x in leaves if x.get("counted") == "true"]
    for tr in doc.find_all("tr", data_status=True):
        st = tr.attrs["data-status"]
        final = tr.find("td", data_final="")
        if final is None:
            problem("status row %s without a final count" % st)
            continue
        want = sum(1 for x in counted if x.get("status") == st)
        if number(final.text(), lang) != want:
            problem("status %s: report counts %s, results %d" % (st, final.text(), want))
    recs = root.findall(".//e:peer/e:recommendation", NS)
    shown = doc.find("ol", cls="recs")
    if recs and shown is None:
        problem("recommendations are not listed")


# ---- CSV -------------------------------------------------------------------

def read_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    if b"\n" in raw.replace(b"\r\n", b""):
        problem("a line of %s does not end in CRLF" % path)
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    if not rows:
        problem("empty CSV")
        return []
    widths = {len(r) for r in rows}
    if len(widths) != 1:
        problem("CSV rows have %s columns" % sorted(widths))
    return rows


def check_csv(results, report):
    rows = read_csv(report)
    root = ET.parse(results).getroot()
    leaves = [n for n in root.iter() if n.tag in ("{urn:emscore:1}milestone", "{urn:emscore:1}indicator")]
    if len(rows) != len(leaves) + 1:
        problem("CSV has %d rows for %d milestones and indicators" % (len(rows) - 1, len(leaves)))
        return
    head = rows[0]
    col = {name: i for i, name in enumerate(head)}
    for row, leaf in zip(rows[1:], leaves):
        if row[col["id"]] != leaf.get("id") or row[col["agency"]] != root.get("agency"):
            problem("CSV row for %s reads %r" % (leaf.get("id"), row[:10]))
        title = leaf.find("e:title", NS).text or ""
        # normalize-space() collapses XML white space only
        if row[col["title"]] != re.sub(r"[ \t\r\n]+", " ", title).strip():
            problem("CSV title of %s is %r" % (leaf.get("id"), row[col["title"]]))
        for k, name in (("self", "self_score"), ("final", "final_score")):
            got = number(row[col[name]], "en") if row[col[name]] else None
            expect("CSV %s %s" % (leaf.get("id"), k), got, leaf.get(k))


def check_summary_csv(summary, report):
    rows = read_csv(report)
    root = ET.parse(summary).getroot()
    entries = root.findall("e:entry", NS)
    col = {name: i for i, name in enumerate(rows[0])}
    # the entries' rows; those of periods (no agency) come after them
    ranked = [row for row in rows[1:] if row[col["agency"]]]
    periods = root.findall("e:periods/e:period", NS)
    system = 1 if periods else 0  # the system's implementation row
    if len(ranked) != len(entries) or len(rows) - 1 != len(entries) + len(periods) + system:
        problem("summary CSV has %d rows for %d entries and %d periods"
                % (len(rows) - 1, len(entries), len(periods)))
        return
    for row, entry in zip(ranked, entries):
        if row[col["agency"]] != entry.get("agency"):
            problem("summary CSV row %r is not %s" % (row[:3], entry.get("agency")))
        for k in ("final", "self"):
            expect("summary CSV %s %s" % (entry.get("agency"), k),
                   number(row[col[k + "_score"]], "en") if row[col[k + "_score"]] else None, entry.get(k))
        for a in entry.findall("e:area", NS):
            cell = row[col[a.get("id") + "_final"]]
            expect("summary CSV %s %s" % (entry.get("agency"), a.get("id")),
                   number(cell, "en") if cell else None, a.get("final"))


# ---- JSON ------------------------------------------------------------------

def check_json(results, report):
    with open(report, encoding="utf-8") as f:
        data = json.load(f)
    root = ET.parse(results).getroot()
    for k in ("agency", "period", "scorecard", "model"):
        if data.get(k) != root.get(k):
            problem("JSON %s is %r" % (k, data.get(k)))
    overall = root.find("e:overall", NS)
    for k in ("self", "final", "met", "counted", "rated", "achieved"):
        expect("JSON overall " + k, data["overall"][k], overall.get(k))

    def walk(items, nodes):
        if len(items) != len(nodes):
            problem("JSON has %d items where the results have %d" % (len(items), len(nodes)))
            return
        for item, node in zip(items, nodes):
            if item["id"] != node.get("id") or item["type"] != node.tag.split("}")[1]:
                problem("JSON item %r is not %s" % (item["id"], node.get("id")))
                continue
            for k in ("self", "final", "weight"):
                expect("JSON %s %s" % (item["id"], k), item[k], node.get(k))
            title = node.find("e:title", NS).text
            if item["title"] != title:
                problem("JSON title of %s is %r" % (item["id"], item["title"]))
            if item["type"] == "area":
                walk(item["children"], [c for c in node if c.tag.split("}")[1] in ("area", "milestone", "indicator")])
            else:
                flags = (node.get("flags") or "").split()
                if item["flags"] != flags:
                    problem("JSON flags of %s are %r" % (item["id"], item["flags"]))
    walk(data["areas"], root.findall("e:area", NS))


# ---- summary HTML ----------------------------------------------------------

def check_summary_html(summary, report, lang):
    text, b = parse_html(report)
    root = ET.parse(summary).getroot()
    if URL.search(text):
        problem("external reference in the summary report")
    if "script" in b.tags:
        problem("the summary report has a script")
    rows = {tr.attrs["data-agency"] + " " + tr.attrs["data-period"]: tr
            for tr in b.root.find_all("tr", data_agency=True)}
    for entry in root.findall("e:entry", NS):
        tr = rows.get(entry.get("agency") + " " + entry.get("period"))
        if tr is None:
            problem("ranking has no row for %s" % entry.get("agency"))
            continue
        tds = [td for td in tr.find_all("td") if "num" in td.classes() and "change" not in td.classes()]
        cells = [td.text() for td in tds]
        if any("versus" in td.classes() for td in tds):  # listed beside the average
            expect("final of %s" % entry.get("agency"), number(cells[0], lang), entry.get("final"))
            versus = cells[1].split()[0] if entry.get("comparable") else "-"
            expect("difference of %s" % entry.get("agency"), number(versus, lang), entry.get("difference"))
            expect("met of %s" % entry.get("agency"), number(cells[2], lang), entry.get("met"))
            continue
        expect("rank of %s" % entry.get("agency"), number(cells[0], lang), entry.get("rank"))
        expect("final of %s" % entry.get("agency"), number(cells[1], lang), entry.get("final"))
        expect("self of %s" % entry.get("agency"), number(cells[2], lang), entry.get("self"))
        expect("met of %s" % entry.get("agency"), number(cells[4], lang), entry.get("met"))
    avg = root.find("e:averages", NS)
    for a in avg.findall("e:area", NS):
        tr = b.root.find("tr", data_area=a.get("id"))
        cells = [td.text() for td in tr.find_all("td") if "num" in td.classes()] if tr else []
        if len(cells) < 2:
            problem("no average row for %s" % a.get("id"))
            continue
        expect("average self %s" % a.get("id"), number(cells[0], lang), a.get("self"))
        expect("average final %s" % a.get("id"), number(cells[1], lang), a.get("final"))
    heat = [g for g in b.root.find_all("g", data_agency=True)]
    if len(heat) != len(root.findall("e:entry", NS)):
        problem("heat map has %d rows for %d entries" % (len(heat), len(root.findall("e:entry", NS))))
    check_heat_map(text, b, root)


def luminance(colour):
    """WCAG relative luminance of #rrggbb."""
    c = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    c = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in c]
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]


def contrast(a, b):
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# The width the maps' 720-unit view box is printed at: an A4 page less the
# report's 17 mm side margins, in CSS pixels.
PRINTED_WIDTH = (210 - 2 * 17) / 25.4 * 96


def check_heat_map(text, b, root):
    """Each cell is coloured by its band's class: the page style gives the
    fill and the text colour, of WCAG AA contrast (4.5:1); the figures
    print at 11 px or more; no colour is written into a cell."""
    fills = dict(re.findall(r"rect\.(band-\w+) \{ fill: (#[0-9a-f]{6}); \}", text))
    inks = dict(re.findall(r"text\.(band-\w+) \{ fill: (#[0-9a-f]{6}); \}", text))
    for g in b.root.find_all("g", data_agency=True):
        entry = root.find("e:entry[@agency='%s']" % g.attrs["data-agency"], NS)
        bands = [a.get("band") for a in entry.findall("e:area", NS) if a.get("band")]
        cells = [t for t in g.find_all("text") if t.classes()]
        for t in g.find_all("rect"):
            if "fill" in t.attrs and t.attrs["fill"] != "url(#na-hatch)":
                problem("a heat-map cell of %s has its colour written in: %s"
                        % (g.attrs["data-agency"], t.attrs["fill"]))
        for t in cells:
            band = t.classes()[0]
            if band == "band-na":
                ink, fill = inks.get(band), "#ffffff"
            else:
                ink, fill = inks.get(band), fills.get(band)
            if not ink or not fill:
                problem("no colours in the page style for the heat-map class %s" % band)
            elif contrast(ink, fill) < 4.5:
                problem("heat-map %s: text %s on %s has contrast %.2f, below 4.5"
                        % (band, ink, fill, contrast(ink, fill)))
        used = sorted(t.classes()[0] for t in cells if t.classes()[0] != "band-na")
        if used != sorted("band-" + x for x in bands):
            problem("heat map of %s: cell classes %s, the summary's bands %s"
                    % (g.attrs["data-agency"], used, bands))
    for fig in b.root.find_all("figure", cls="heat"):
        svg = fig.find("svg")
        width = float(svg.attrs["viewbox"].split()[2])  # html.parser lowers names
        px = float(svg.attrs["font-size"]) * PRINTED_WIDTH / width
        if px < 11:
            problem("heat-map text prints at %.1f px, below 11" % px)


def check_no_markup(report, needle):
    text, b = parse_html(report)
    if "script" in b.tags:
        problem("a <script> element reached the report")
    if needle not in b.root.text():
        problem("the text %r is not shown" % needle)
    if "javascript:" in " ".join(v or "" for n in b.root.walk() for v in n.attrs.values()):
        problem("a javascript: URL reached an attribute")


def big(n):
    """Results of n milestones in 10 areas, every element and flag used."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<results xmlns="urn:emscore:1" scorecard="big" scorecard-version="1" agency="BIG" '
           'period="2014" model="weighted" generator="emscore test">',
           '<title>Large scorecard</title><methodology><scale achieved="achieved" max="4">'
           '<level id="not-started" value="0">Not started</level><level id="initiated" value="1">'
           'Initiated</level><level id="in-progress" value="2">In progress</level>'
           '<level id="achieved" value="3">Achieved</level><level id="exceeded" value="4">Exceeded'
           '</level></scale><grades mandatory-cap="developing"><grade id="leading" min="70.00">'
           'Leading</grade><grade id="developing" min="35.00">Developing</grade>'
           '<grade id="beginning" min="0.00">Beginning</grade></grades></methodology>'
           '<self-assessment><assessor>Assessor</assessor></self-assessment><peer-assessment>'
           '<team><reviewer id="r1" agency="X">One</reviewer><reviewer id="r2" agency="Y">Two'
           '</reviewer></team></peer-assessment>',
           '<overall self="75.00" final="50.00" met="0.00" grade="developing" self-grade="leading" '
           'uncapped-grade="developing" counted="%d" rated="%d" achieved="0" gap="-25.00"/>'
           % (n, n)]
    ids = ["M%d" % (k + 1) for k in range(n // 10 * 10)]
    out.append('<status-counts><status id="achieved" self="%d" final="0"/>'
               '<status id="partial" self="0" final="%d"/><status id="not-started" self="0" '
               'final="0"/><status id="na" self="0" final="0"/><status id="missing" self="0" '
               'final="0"/></status-counts>' % (len(ids), len(ids)))
    mandatory = [m for k, m in enumerate(ids, 1) if k % 7 == 0]
    out.append('<attention>')
    for reason, items in (("mandatory-unmet", mandatory), ("overclaim", ids)):
        if items:
            out.append('<reason id="%s" count="%d">%s</reason>' % (
                reason, len(items), "".join('<item ref="%s"/>' % m for m in items)))
    out.append('</attention><recommendations count="%d">' % len(ids))
    for rest, prio in ((0, "high"), (1, "medium"), (2, "low")):
        out.extend('<recommendation ref="%s" n="1" priority="%s"/>' % (m, prio)
                   for k, m in enumerate(ids, 1) if k % 3 == rest)
    out.append('</recommendations><level-scores><level id="not-started" score="0.00"/>'
               '<level id="initiated" score="25.00"/><level id="in-progress" score="50.00"/>'
               '<level id="achieved" score="75.00"/><level id="exceeded" score="100.00"/>'
               '</level-scores><weighted-sums>')
    out.extend('<area ref="A%d" self="75" final="50"/>' % a for a in range(10))
    out.append('<total self-weight="10" self="750" self-quotient="75" final-weight="10" '
               'final="500" final-quotient="50"/></weighted-sums>')
    k = 0
    for a in range(10):
        out.append('<area id="A%d" weight="1" counted="true" self="75.00" final="50.00">'
                   '<title>Area %d</title>' % (a, a))
        for _ in range(n // 10):
            k += 1
            flags = ' flags="overclaim"' if k % 7 else ' flags="mandatory-unmet overclaim"'
            out.append(
                '<milestone id="M%d" weight="1" counted="true" mandatory="%s" evidence="optional" '
                'self-level="achieved" peer-level="in-progress" final-level="in-progress" '
                'self-effective="achieved" final-effective="in-progress" self="75.00" final="50.00" '
                'self-status="achieved" status="partial"%s><title>Milestone %d</title>'
                '<self level="achieved"><evidence href="doc%d.pdf">Document %d</evidence>'
                '<comment>Comment %d</comment></self><peer level="in-progress" median="in-progress">'
                '<rating by="r1" level="achieved"/><rating by="r2" level="in-progress"/>'
                '<finding>Finding %d</finding><recommendation id="R%d" priority="%s">Recommendation %d'
                '</recommendation></peer></milestone>'
                % (k, "false" if k % 7 else "true", flags, k, k, k, k, k, k,
                   ("high", "medium", "low")[k % 3], k))
        out.append('</area>')
    out.append('</results>')
    sys.stdout.write("\n".join(out) + "\n")


def check_catalogues(folder):
    import glob
    ns = "{urn:emscore:i18n}"

    def load(path):
        root = ET.parse(path).getroot()
        return root, {m.get("key"): m.text or "" for m in root.iter(ns + "msg")}
    _, en = load(folder + "/en.xml")
    holes = re.compile(r"\{\d\}")
    for path in sorted(glob.glob(folder + "/*.xml")):
        root, cat = load(path)
        lang = path.rsplit("/", 1)[1][:-4]
        if root.get("lang") != lang or root.get("dir") not in ("ltr", "rtl"):
            problem("%s: lang or dir attribute wrong" % path)
        for key in sorted(set(en) ^ set(cat)):
            problem("%s: key %s is %s" % (lang, key, "missing" if key in en else "unknown"))
        for key in sorted(set(en) & set(cat)):
            if sorted(holes.findall(cat[key])) != sorted(holes.findall(en[key])):
                problem("%s: %s has placeholders %s, English %s" % (
                    lang, key, holes.findall(cat[key]), holes.findall(en[key])))
            if not cat[key].strip() and key not in ("num.group",):
                problem("%s: %s is empty" % (lang, key))


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "html":
        check_html(args[0], args[1], args[2])
    elif cmd == "csv":
        check_csv(args[0], args[1])
    elif cmd == "json":
        check_json(args[0], args[1])
    elif cmd == "summary-csv":
        check_summary_csv(args[0], args[1])
    elif cmd == "summary-html":
        check_summary_html(args[0], args[1], args[2])
    elif cmd == "no-markup":
        check_no_markup(args[0], args[1])
    elif cmd == "catalogues":
        check_catalogues(args[0])
    elif cmd == "big":
        big(int(args[0]))
        return
    else:
        sys.exit("unknown check " + cmd)
    for p in problems[:30]:
        print("  " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
