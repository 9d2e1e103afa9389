#!/usr/bin/env python3
"""Reads the executive edition of a report back against the results it was
made from. Used by tests/cli/edition.sh; prints one line per problem and
exits 1 when there is any.

    edition_check.py RESULTS REPORT.html CATALOGUE.xml

The chapters are the summary, the chart, the recommendations with the
management response and (when earlier recommendations were followed up)
the follow-up; nothing of the full edition's other chapters, milestone
cards or annex, and no link to a card that is not there. Every
recommendation of the results is listed once, in the results' order
(highest priority first), beside the decision of its register entry's
reply in the catalogue's words, or the catalogue's "no management
response".
"""
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, __import__("os").path.dirname(__file__))
from report_check import parse_html  # noqa: E402

NS = {"e": "urn:emscore:1"}
problems = []


def main(results, report, catalogue):
    root = ET.parse(results).getroot()
    words = {m.get("key"): m.text for m in ET.parse(catalogue).getroot().iter("{urn:emscore:i18n}msg")}
    text, b = parse_html(report)
    ids = [s.attrs.get("id") for s in b.root.find_all("section", cls="chapter")]
    register = root.find("e:register", NS)
    followup = register is not None and register.get("earlier") != "0"
    want = ["summary", "chart", "responses"] + (["followup"] if followup else [])
    if ids != want:
        problems.append("chapters %s, expected %s" % (ids, want))
    for gone in ("leaf", "contents"):
        if b.root.find(cls=gone):
            problems.append("the full edition's %r is in the executive edition" % gone)
    if re.search(r'href="#(leaf|area)-', text):
        problems.append("a link to a milestone card or area the edition does not have")
    if words["sec.responses"] not in b.root.text():
        problems.append("no chapter titled %r" % words["sec.responses"])
    # The recommendations, in the results' order, each with its reply.
    leaves = {l.get("id"): l for area in root.iter("{urn:emscore:1}area") for l in area
              if l.tag in ("{urn:emscore:1}milestone", "{urn:emscore:1}indicator")}
    entries = {r.get("id"): r for r in root.findall("e:register/e:recommendation", NS)}
    expected = []
    for rec in root.findall("e:recommendations/e:recommendation", NS):
        made = leaves[rec.get("ref")].findall("e:peer/e:recommendation", NS)[int(rec.get("n")) - 1]
        reply = entries[made.get("id")].find("e:reply", NS) if made.get("id") in entries else None
        decision = (words["fu.decision." + reply.get("decision")] if reply is not None
                    else words["fu.no-response"])
        expected.append((made.get("id"), decision))
    table = b.root.find("table", cls="responses")
    rows = list(table.find("tbody").find_all("tr")) if table is not None else []
    got = [(tr.attrs.get("id", "")[len("rec-"):], tr.find_all("td")) for tr in rows]
    if [g[0] for g in got] != [e[0] for e in expected]:
        problems.append("recommendations %s, expected %s" % ([g[0] for g in got],
                                                             [e[0] for e in expected]))
    for (rid, decision), (_, cells) in zip(expected, got):
        cells = list(cells)
        if len(cells) != 2 or decision not in cells[1].text():
            problems.append("%s: the response does not say %r" % (rid, decision))
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
