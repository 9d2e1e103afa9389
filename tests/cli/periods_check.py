#!/usr/bin/env python3
"""Checks of a summary over several periods, against our own arithmetic on
the results documents it was made from (tests/cli/periods.sh runs it).

  periods_check.py summary PERIOD|latest SUMMARY.xml SUMMARY.csv RESULTS.xml...
      the summary ranks each agency once: its latest period among the
      RESULTS (or PERIOD); each entry's previous period is the agency's
      period just before among the RESULTS, its change and every area's
      the final score minus that period's (na when either is); every
      period's averages are the means, half up, of its results; the
      implementation rate is implemented of followed-up over the ranked
      results' registers; the CSV, read back with the csv module, has the
      same rows and figures.
Prints one line per problem; exit status 1 when there is any.
"""
import csv
import re
import sys
import xml.etree.ElementTree as ET

from checks import NS, hundredths

PROBLEMS = []


def problem(msg):
    PROBLEMS.append(msg)


def text(v):
    """hundredths as the summary prints them; 'na' for None."""
    if v is None:
        return "na"
    sign = "-" if v < 0 else ""
    return "%s%d.%02d" % (sign, abs(v) // 100, abs(v) % 100)


def mean(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return (2 * sum(values) + len(values)) // (2 * len(values))


def period_key(p):
    """Runs of digits as numbers, then the bytes (doc/scoring.md)."""
    parts = re.findall(r"\d+|\D+", p)
    return ([(0, int(x), "") if x.isdigit() else (1, 0, x) for x in parts], p)


def load(path):
    root = ET.parse(path).getroot()
    r = {
        "agency": root.get("agency"),
        "period": root.get("period"),
        "overall": root.find("e:overall", NS).attrib,
        "areas": {a.get("id"): a.attrib for a in root.findall("e:area", NS)},
        "earlier": 0,
        "followed": 0,
        "implemented": 0,
    }
    for rec in root.findall("e:register/e:recommendation", NS):
        if rec.get("earlier") == "true":
            r["earlier"] += 1
            r["followed"] += rec.get("status") is not None
            r["implemented"] += rec.get("status") == "implemented"
    return r


def check_summary(period, summary_xml, summary_csv, paths):
    results = [load(p) for p in paths]
    by_agency = {}
    for r in results:
        by_agency.setdefault(r["agency"], []).append(r)
    for rs in by_agency.values():
        rs.sort(key=lambda r: period_key(r["period"]))
    if period == "latest":
        ranked = {a: rs[-1] for a, rs in by_agency.items()}
    else:
        ranked = {a: r for a, rs in by_agency.items() for r in rs if r["period"] == period}

    root = ET.parse(summary_xml).getroot()
    entries = root.findall("e:entry", NS)
    if root.get("entries") != str(len(ranked)) or len(entries) != len(ranked):
        problem("%d entries, expected %d" % (len(entries), len(ranked)))
    seen = set()
    for e in entries:
        a = e.get("agency")
        if a in seen:
            problem("%s ranked twice" % a)
        seen.add(a)
        r = ranked.get(a)
        if r is None or e.get("period") != r["period"]:
            problem("%s %s ranked, expected period %s" % (a, e.get("period"), r and r["period"]))
            continue
        if e.get("final") != r["overall"]["final"]:
            problem("%s: final %s, results say %s" % (a, e.get("final"), r["overall"]["final"]))
        rs = by_agency[a]
        i = rs.index(r)
        prev = rs[i - 1] if i > 0 else None
        if prev is None:
            if e.get("previous") is not None or e.get("change") is not None:
                problem("%s %s: a change in its first period" % (a, r["period"]))
            continue
        if e.get("previous") != prev["period"]:
            problem("%s: previous %s, expected %s" % (a, e.get("previous"), prev["period"]))
        def change(to, frm):
            t, f = hundredths(to), hundredths(frm)
            return None if t is None or f is None else t - f
        want = change(r["overall"]["final"], prev["overall"]["final"])
        if e.get("change") != text(want):
            problem("%s: change %s, expected %s" % (a, e.get("change"), text(want)))
        for ar in e.findall("e:area", NS):
            p = prev["areas"].get(ar.get("id"))
            want = change(r["areas"][ar.get("id")]["final"], p and p["final"])
            if ar.get("change") != text(want):
                problem("%s %s: change %s, expected %s"
                        % (a, ar.get("id"), ar.get("change"), text(want)))

    # every period's averages, over all the results of that period
    periods = root.find("e:periods", NS)
    if periods is None:
        problem("no <periods>")
        return
    want_periods = sorted({r["period"] for r in results}, key=period_key)
    got = [p.get("id") for p in periods.findall("e:period", NS)]
    if got != want_periods:
        problem("periods %s, expected %s" % (got, want_periods))
    for p in periods.findall("e:period", NS):
        rs = [r for r in results if r["period"] == p.get("id")]
        if p.get("agencies") != str(len(rs)):
            problem("period %s: %s agencies, expected %d" % (p.get("id"), p.get("agencies"), len(rs)))
        for fig in ("self", "final", "met"):
            want = text(mean([hundredths(r["overall"][fig]) for r in rs]))
            if p.get(fig) != want:
                problem("period %s: %s %s, expected %s" % (p.get("id"), fig, p.get(fig), want))
        for ar in p.findall("e:area", NS):
            for fig in ("self", "final"):
                want = text(mean([hundredths(r["areas"][ar.get("id")][fig])
                                  for r in rs if ar.get("id") in r["areas"]]))
                if ar.get(fig) != want:
                    problem("period %s %s: %s %s, expected %s"
                            % (p.get("id"), ar.get("id"), fig, ar.get(fig), want))
    imp = periods.find("e:implementation", NS)
    followed = sum(r["followed"] for r in ranked.values())
    implemented = sum(r["implemented"] for r in ranked.values())
    rate = None if followed == 0 else (20000 * implemented + followed) // (2 * followed)
    want = {"earlier": str(sum(r["earlier"] for r in ranked.values())),
            "followed-up": str(followed), "implemented": str(implemented), "rate": text(rate),
            "agencies": str(sum(r["earlier"] > 0 for r in ranked.values()))}
    want_imp = want
    for k, v in want.items():
        if imp.get(k) != v:
            problem("implementation %s=%s, expected %s" % (k, imp.get(k), v))

    # each entry beside the entries ranked on the same top-level areas,
    # each area beside the area's mean; then the entries by agency
    averages = {a.get("id"): a for a in root.findall("e:averages/e:area", NS)}
    for e in entries:
        r = ranked.get(e.get("agency"))
        if r is None:
            continue
        final = hundredths(r["overall"]["final"])
        same = [hundredths(o["overall"]["final"]) for o in ranked.values()
                if set(o["areas"]) == set(r["areas"])
                and hundredths(o["overall"]["final"]) is not None]
        if final is not None and len(same) > 1:
            want = (str(len(same)), text(mean(same)), text(final - mean(same)))
        else:
            want = (None, None, None)
        got = (e.get("comparable"), e.get("average"), e.get("difference"))
        if got != want:
            problem("%s: comparable, average, difference %s, expected %s" % (e.get("agency"), got, want))
        for ar in e.findall("e:area", NS):
            scores = [hundredths(o["areas"][ar.get("id")]["final"]) for o in ranked.values()
                      if ar.get("id") in o["areas"]]
            scores = [v for v in scores if v is not None]
            own = hundredths(ar.get("final"))
            if averages[ar.get("id")].get("final") != text(mean(scores)):
                problem("average of %s %s, expected %s" % (ar.get("id"), averages[ar.get("id")].get("final"),
                                                         text(mean(scores))))
            want = text(own - mean(scores)) if own is not None and len(scores) > 1 else None
            if ar.get("difference") != want:
                problem("%s %s: difference %s, expected %s" % (e.get("agency"), ar.get("id"),
                                                              ar.get("difference"), want))
    refs = [(r.get("agency"), r.get("period")) for r in root.findall("e:by-agency/e:ref", NS)]
    want = sorted(((e.get("agency"), e.get("period")) for e in entries),
                  key=lambda k: (k[0].encode(), k[1].encode()))
    if refs != want:
        problem("by-agency %s, expected %s" % (refs, want))

    # the CSV, read back
    with open(summary_csv, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    entry_rows = [row for row in rows if row["agency"]]
    period_rows = [row for row in rows if not row["agency"] and row["period"]]
    system_rows = [row for row in rows if not row["agency"] and not row["period"]]
    if [(row["agency"], row["period"]) for row in entry_rows] != \
            [(e.get("agency"), e.get("period")) for e in entries]:
        problem("CSV entry rows differ from the summary's entries")
    for row, e in zip(entry_rows, entries):
        if row["final_score"] != e.get("final") or row["previous_period"] != (e.get("previous") or "") \
                or row["final_change"] != (e.get("change") or "").replace("na", ""):
            problem("CSV row of %s: %s" % (e.get("agency"), row))
        for ar in e.findall("e:area", NS):
            if row[ar.get("id") + "_change"] != (ar.get("change") or "").replace("na", ""):
                problem("CSV %s %s_change %s" % (e.get("agency"), ar.get("id"),
                                                 row[ar.get("id") + "_change"]))
    if [row["period"] for row in period_rows] != want_periods:
        problem("CSV period rows %s, expected %s" % ([r["period"] for r in period_rows], want_periods))
    for row, p in zip(period_rows, periods.findall("e:period", NS)):
        if row["final_score"] != p.get("final").replace("na", "") or row["agencies"] != p.get("agencies"):
            problem("CSV period row %s: %s" % (p.get("id"), row))
    # each entry's earlier recommendations, recounted from its register,
    # then the system's: the same figures as <implementation>
    for row, e in zip(entry_rows, entries):
        r = ranked.get(e.get("agency"))
        if r is None or r["period"] != e.get("period") or not r["earlier"]:
            want = ("", "", "", "")
        else:
            rate = None if r["followed"] == 0 else \
                (20000 * r["implemented"] + r["followed"]) // (2 * r["followed"])
            want = (str(r["earlier"]), str(r["followed"]), str(r["implemented"]),
                    text(rate).replace("na", ""))
        got = (row["earlier"], row["followed_up"], row["implemented"], row["implementation_rate"])
        if got != want:
            problem("CSV %s %s implementation %s, expected %s" % (e.get("agency"), e.get("period"), got, want))
    want = (want_imp["agencies"], want_imp["earlier"], want_imp["followed-up"],
            want_imp["implemented"], want_imp["rate"].replace("na", ""))
    if [(row["agencies"], row["earlier"], row["followed_up"], row["implemented"],
         row["implementation_rate"]) for row in system_rows] != [want]:
        problem("CSV system implementation rows %s, expected %s" % (system_rows, want))


def main(argv):
    if len(argv) >= 6 and argv[1] == "summary":
        check_summary(argv[2], argv[3], argv[4], argv[5:])
    else:
        print(__doc__)
        return 2
    for p in PROBLEMS:
        print(p)
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
