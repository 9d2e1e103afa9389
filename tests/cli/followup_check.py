#!/usr/bin/env python3
"""Checks of results over time, against our own arithmetic on the results
documents themselves (tests/cli/followup.sh runs it).

  followup_check.py changes EARLIER.xml LATER.xml
      every change in LATER (since the period of EARLIER) is LATER's figure
      minus EARLIER's, for the overall score, each area and each leaf; every
      leaf left out is unchanged; the counts add up.
  followup_check.py register EARLIER.xml LATER.xml
      every recommendation EARLIER makes is in LATER's register, with its
      response and a status; the counts of the register are right.
  followup_check.py register-csv RESULTS.xml REGISTER.csv
      the CSV has one row per recommendation of the register, with the same
      values, formula-like cells neutralised (every column is text).
Prints one line per problem; exit status 1 when there is any.
"""
import sys
import xml.etree.ElementTree as ET

from checks import NS, hundredths

PROBLEMS = []


def problem(msg):
    PROBLEMS.append(msg)


def figures(root):
    """id -> (kind, final) for every area, milestone and indicator."""
    out = {}
    for kind in ("area", "milestone", "indicator"):
        for el in root.iter("{urn:emscore:1}" + kind):
            if el.get("final") is not None and el.get("weight") is not None:
                out[el.get("id")] = (kind, hundredths(el.get("final")), el.get("status"))
    return out


def check_change(what, el, before, after):
    want = None if before is None or after is None else after - before
    if el.get("direction") == "na":
        return
    if hundredths(el.get("from")) != before or hundredths(el.get("to")) != after:
        problem("%s: from/to %s/%s, expected %s/%s" % (what, el.get("from"), el.get("to"), before, after))
    if hundredths(el.get("delta")) != want:
        problem("%s: delta %s, expected %s" % (what, el.get("delta"), want))
    direction = "improved" if want > 0 else "declined" if want < 0 else "unchanged"
    if el.get("direction") != direction:
        problem("%s: direction %s, expected %s" % (what, el.get("direction"), direction))


def changes(earlier, later):
    e, l = ET.parse(earlier).getroot(), ET.parse(later).getroot()
    period = e.get("period")
    ch = [c for c in l.findall("e:progress/e:changes", NS) if c.get("period") == period]
    if not ch:
        problem("no changes since %s in %s" % (period, later))
        return
    c = ch[0]
    check_change("overall", c.find("e:overall", NS), hundredths(e.find("e:overall", NS).get("final")),
                 hundredths(l.find("e:overall", NS).get("final")))
    fe, fl = figures(e), figures(l)
    for a in c.findall("e:area", NS):
        check_change("area " + a.get("id"), a, fe[a.get("id")][1], fl[a.get("id")][1])
    listed = set()
    for kind in ("milestone", "indicator"):
        for x in c.findall("e:" + kind, NS):
            listed.add(x.get("id"))
            check_change(kind + " " + x.get("id"), x, fe[x.get("id")][1], fl[x.get("id")][1])
    counts = {"improved": 0, "declined": 0, "unchanged": 0}
    for i, (kind, final, _) in fl.items():
        if kind == "area" or i not in fe or fe[i][1] is None or final is None:
            continue
        d = final - fe[i][1]
        counts["improved" if d > 0 else "declined" if d < 0 else "unchanged"] += 1
        if d != 0 and i not in listed:
            problem("leaf %s changed by %d but is not listed" % (i, d))
    for k, v in counts.items():
        if int(c.get(k)) != v:
            problem("%s: %s, expected %d" % (k, c.get(k), v))


def register(earlier, later):
    e, l = ET.parse(earlier).getroot(), ET.parse(later).getroot()
    made = e.findall(".//e:peer/e:recommendation", NS)
    reg = {r.get("id"): r for r in l.findall("e:register/e:recommendation", NS)}
    if not made:
        problem("%s makes no recommendation" % earlier)
    for rec in made:
        r = reg.get(rec.get("id"))
        if r is None:
            problem("%s is not in the register" % rec.get("id"))
            continue
        if r.get("made") != e.get("period") or r.get("earlier") != "true":
            problem("%s: made %s earlier %s" % (rec.get("id"), r.get("made"), r.get("earlier")))
        if r.find("e:text", NS).text != rec.text:
            problem("%s: text differs" % rec.get("id"))
        if r.get("status") is None:
            problem("%s has no status" % rec.get("id"))
        if e.find("e:register/e:recommendation[@id='%s']/e:reply" % rec.get("id"), NS) is not None \
                and r.find("e:reply", NS) is None:
            problem("%s lost its management response" % rec.get("id"))
    top = l.find("e:register", NS)
    earlier_n = sum(1 for r in reg.values() if r.get("earlier") == "true")
    implemented = sum(1 for r in reg.values() if r.get("earlier") == "true" and r.get("status") == "implemented")
    overdue = sum(1 for r in reg.values() if r.get("overdue") == "true")
    for k, v in (("total", len(reg)), ("earlier", earlier_n), ("implemented", implemented), ("overdue", overdue)):
        if int(top.get(k)) != v:
            problem("register %s: %s, expected %d" % (k, top.get(k), v))
    for r in reg.values():
        due = r.find("e:reply", NS).get("due") if r.find("e:reply", NS) is not None and r.find("e:reply", NS).get("due") else r.get("due")
        closed = r.get("status") in ("implemented", "superseded", "no-longer-relevant")
        asof = l.find("e:peer-assessment/e:date", NS).text
        want = bool(due) and due < asof and not closed
        if (r.get("overdue") == "true") != want:
            problem("%s: overdue %s, expected %s (due %s, as of %s)" % (r.get("id"), r.get("overdue"), want, due, asof))


def register_csv(results, csvfile):
    """The CSV, read by the csv module, has one row per recommendation of
    the register, with its values, and no cell a spreadsheet would take
    for a formula."""
    import csv
    root = ET.parse(results).getroot()
    with open(csvfile, newline="", encoding="utf-8") as f:
        raw = f.read()
    if "\r\n" not in raw or raw.replace("\r\n", "").count("\n") > raw.count('"'):
        problem("lines do not end in CRLF")
    rows = list(csv.DictReader(raw.splitlines(keepends=True)))
    recs = root.findall("e:register/e:recommendation", NS)
    if len(rows) != len(recs):
        problem("%d rows for %d recommendations" % (len(rows), len(recs)))
    for row, rec in zip(rows, recs):
        reply = rec.find("e:reply", NS)
        want = {"agency": root.get("agency"), "id": rec.get("id"), "made": rec.get("made"),
                "milestone": rec.get("milestone"), "priority": rec.get("priority"),
                "owner": rec.get("owner") or "", "due": rec.get("due") or "",
                "response": reply.get("decision") if reply is not None else "",
                "response_owner": (reply.get("owner") or "") if reply is not None else "",
                "response_due": (reply.get("due") or "") if reply is not None else "",
                "status": rec.get("status") or "", "status_period": rec.get("status-period") or "",
                "overdue": "true" if rec.get("overdue") == "true" else "false",
                "disagreement": "true" if rec.get("flags") == "disagreement" else "false",
                "text": " ".join(rec.find("e:text", NS).text.split())}
        for k, v in want.items():
            got = row[k]
            # every column of the register is text: neutralised whatever follows
            if v[:1] in ("=", "+", "-", "@", "\t", "\r"):
                v = "'" + v
            if got != v:
                problem("%s %s: %r, expected %r" % (rec.get("id"), k, got, v))
    for row in rows:
        for k, v in row.items():
            if v[:1] in ("=", "+", "-", "@", "\t", "\r"):
                try:
                    float(v)
                except ValueError:
                    problem("%s: cell %s starts a formula: %r" % (row["id"], k, v))


if __name__ == "__main__":
    {"changes": changes, "register": register, "register-csv": register_csv}[sys.argv[1]](*sys.argv[2:])
    for p in PROBLEMS:
        print(p)
    sys.exit(1 if PROBLEMS else 0)
