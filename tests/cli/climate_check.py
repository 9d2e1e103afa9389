#!/usr/bin/env python3
"""The system's climate figures recomputed from the inventories, against
what emscore wrote (tests/cli/climate.sh).

    climate_check.py summary SUMMARY.xml INVENTORY...
        the summary's <climate> is the inventories' figures, exactly
    climate_check.py csv SUMMARY.xml|- CLIMATE.csv INVENTORY...
        climate.csv, read back with the csv module, has the same; with a
        SUMMARY.xml the agencies without results (an entry there or a
        *.results.xml beside it) are inventory-only, with - none is

Each source's tonnes are rounded half up to hundredths, as the results
carry them; every sum is of those hundredths; per person and shares are
half up (doc/formats.md, "Summary"). Integers only.
"""
import csv
import os
import sys
import xml.etree.ElementTree as ET

NS = {"e": "urn:emscore:1"}
SOURCES = ["air-travel", "other-travel", "electricity", "heat-steam",
           "stationary-combustion", "vehicles", "refrigerants", "other"]


def milli(text):
    whole, _, frac = text.partition(".")
    return int(whole) * 1000 + int((frac + "000")[:3])


def half_up(n, d):
    return (2 * n + d) // (2 * d)


def text(h):
    """Hundredths as emscore writes a decimal: no trailing zeros."""
    s = "%d.%02d" % (abs(h) // 100, abs(h) % 100)
    s = s.rstrip("0").rstrip(".")
    return ("-" if h < 0 else "") + s


def period_key(p):
    import re
    return [(0, int(t)) if t.isdigit() else (1, t) for t in re.findall(r"\d+|\D+", p)], p


def load(paths):
    """{period: [agency figures]}: each {agency, parts {(source, scope): h}, personnel}."""
    periods = {}
    for p in paths:
        root = ET.parse(p).getroot()
        parts = {}
        for e in root.findall("e:emission", NS):
            key = (e.get("source"), int(e.get("scope")))
            parts[key] = parts.get(key, 0) + (milli(e.get("tco2e")) + 5) // 10
        pers = root.find("e:personnel", NS)
        periods.setdefault(root.get("period"), []).append(
            {"agency": root.get("agency"), "parts": parts,
             "personnel": int(pers.get("total"))})
    for figs in periods.values():
        for f in figs:
            f["total"] = sum(f["parts"].values())
        figs.sort(key=lambda f: (-f["total"], f["agency"]))
    return dict(sorted(periods.items(), key=lambda kv: period_key(kv[0])))


def expected(periods):
    """Per period: the figures the summary must give."""
    out = []
    for pid, figs in periods.items():
        total = sum(f["total"] for f in figs)
        personnel = sum(f["personnel"] for f in figs)
        share = (lambda part: half_up(part * 10000, total)) if total else (lambda part: None)
        sources, before = [], 0
        for s in SOURCES:
            for k in (1, 2, 3):
                t = sum(f["parts"].get((s, k), 0) for f in figs)
                if any(f["parts"].get((s, k), 0) > 0 for f in figs):
                    sources.append((s, k, t, share(t), share(before)))
                before += t
        scopes, before = [], 0
        for k in (1, 2, 3):
            t = sum(v for f in figs for (s, kk), v in f["parts"].items() if kk == k)
            scopes.append((k, t, share(t), share(before)))
            before += t
        agencies, before = [], 0
        for f in figs:
            own = [(s, k, f["parts"][(s, k)], share(f["parts"][(s, k)]))
                   for s in SOURCES for k in (1, 2, 3) if f["parts"].get((s, k), 0) > 0]
            agencies.append((f["agency"], f["total"], share(f["total"]), share(before),
                             f["personnel"], half_up(f["total"], f["personnel"]), own))
            before += f["total"]
        out.append({"id": pid, "tco2e": total, "personnel": personnel,
                    "per-person": half_up(total, personnel), "sources": sources,
                    "scopes": scopes, "agencies": agencies})
    return out


def fail(msg):
    print(msg)
    sys.exit(1)


def same(what, got, want):
    if got != want:
        fail("%s: %r, expected %r" % (what, got, want))


def opt(h):
    return None if h is None else text(h)


def scored(summary):
    """The agencies and periods with results: the summary's entries (a
    summary ranks one period per agency) and the results beside it."""
    root = ET.parse(summary).getroot()
    pairs = {(e.get("agency"), e.get("period")) for e in root.findall("e:entry", NS)}
    folder = os.path.dirname(summary) or "."
    for name in os.listdir(folder):
        if name.endswith(".results.xml"):
            r = ET.parse(os.path.join(folder, name)).getroot()
            pairs.add((r.get("agency"), r.get("period")))
    return pairs


def check_summary(summary, invs):
    root = ET.parse(summary).getroot()
    entries = scored(summary)
    clim = root.find("e:climate", NS)
    if clim is None:
        fail("no <climate> in %s" % summary)
    want = expected(load(invs))
    periods = clim.findall("e:period", NS)
    same("periods", [p.get("id") for p in periods], [w["id"] for w in want])
    same("climate/@periods", clim.get("periods"), str(len(want)))
    n = sum(len(w["agencies"]) for w in want)
    same("climate/@inventories", clim.get("inventories"), str(n))
    only = sum(1 for w in want for a in w["agencies"] if (a[0], w["id"]) not in entries)
    same("climate/@inventory-only", clim.get("inventory-only"), str(only))
    for p, w in zip(periods, want):
        at = "period %s" % w["id"]
        same(at + " tco2e", p.get("tco2e"), text(w["tco2e"]))
        same(at + " personnel", p.get("personnel"), str(w["personnel"]))
        same(at + " per-person", p.get("per-person"), text(w["per-person"]))
        same(at + " agencies", p.get("agencies"), str(len(w["agencies"])))
        got = [(s.get("id"), int(s.get("scope")), s.get("tco2e"), s.get("share"), s.get("share-from"))
               for s in p.findall("e:source", NS)]
        same(at + " sources", got, [(s, k, text(t), opt(sh), opt(fr)) for s, k, t, sh, fr in w["sources"]])
        got = [(int(s.get("n")), s.get("tco2e"), s.get("share"), s.get("share-from"))
               for s in p.findall("e:scope", NS)]
        same(at + " scopes", got, [(k, text(t), opt(sh), opt(fr)) for k, t, sh, fr in w["scopes"]])
        got = [(a.get("id"), a.get("tco2e"), a.get("share"), a.get("share-from"), a.get("personnel"),
                a.get("per-person"), a.get("inventory-only"),
                [(s.get("id"), int(s.get("scope")), s.get("tco2e"), s.get("share"))
                 for s in a.findall("e:source", NS)])
               for a in p.findall("e:agency", NS)]
        exp = [(ag, text(t), opt(sh), opt(fr), str(pers), text(pp),
                None if (ag, w["id"]) in entries else "true",
                [(s, k, text(v), opt(vs)) for s, k, v, vs in own])
               for ag, t, sh, fr, pers, pp, own in w["agencies"]]
        same(at + " agencies", got, exp)
        # the stacked bars end at 100 within a rounding
        for name, parts in (("sources", w["sources"]), ("scopes", w["scopes"])):
            last = parts[-1] if parts else None
            if last and w["tco2e"] and abs(last[-2] + last[-1] - 10000) > 1:
                fail("%s %s: the last part ends at %d" % (at, name, last[-2] + last[-1]))
    print("ok: %d periods, %d inventories, %d inventory-only" % (len(want), n, only))


def check_csv(summary, path, invs):
    entries = None
    if summary != "-":
        entries = scored(summary)
    with open(path, newline="", encoding="utf-8") as f:
        raw = f.read()
    if "\r\n" not in raw:
        fail("%s: no CRLF line ends" % path)
    rows = list(csv.DictReader(raw.splitlines()))
    header = raw.split("\r\n", 1)[0]
    same("header", header, "level,period,agency,source,scope,tco2e,share,personnel,per_person,inventory_only")
    want = []
    for w in expected(load(invs)):
        p = w["id"]
        want.append(["system", p, "", "total", "", text(w["tco2e"]), "", str(w["personnel"]),
                     text(w["per-person"]), ""])
        want += [["system", p, "", s, str(k), text(t), opt(sh) or "", "", "", ""]
                 for s, k, t, sh, fr in w["sources"]]
        want += [["system", p, "", "", str(k), text(t), opt(sh) or "", "", "", ""]
                 for k, t, sh, fr in w["scopes"]]
        for ag, t, sh, fr, pers, pp, own in w["agencies"]:
            alone = entries is not None and (ag, p) not in entries
            want.append(["agency", p, ag, "total", "", text(t), opt(sh) or "", str(pers), text(pp),
                         "true" if alone else ""])
            want += [["agency", p, ag, s, str(k), text(v), opt(vs) or "", "", "", ""]
                     for s, k, v, vs in own]
    cols = header.split(",")
    got = [[r[c] for c in cols] for r in rows]
    if got != want:
        for i, (g, w) in enumerate(zip(got, want)):
            if g != w:
                fail("row %d: %r, expected %r" % (i + 2, g, w))
        fail("%d rows, expected %d" % (len(got), len(want)))
    # the agencies' totals add up to the system's, per period
    for p in {r["period"] for r in rows}:
        sys_total = [r for r in rows if r["period"] == p and r["level"] == "system" and r["source"] == "total"][0]
        agencies = sum(milli(r["tco2e"]) for r in rows
                       if r["period"] == p and r["level"] == "agency" and r["source"] == "total")
        same("period %s: the agencies add up" % p, agencies, milli(sys_total["tco2e"]))
    print("ok: %d rows" % len(rows))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "summary":
        check_summary(args[0], args[1:])
    elif cmd == "csv":
        check_csv(args[0], args[1], args[2:])
    else:
        fail("unknown command " + cmd)
