#!/bin/sh
# End-to-end: the review team's record. Roles and independence are checked
# (a team without a lead, a rating by an observer or by the secretariat, a
# reviewer rating their own agency); a review not yet approved gives
# reports marked DRAFT on every printed page (the HTML's page header and
# cover, the DOCX and ODT running headers), in the report's language, and
# an approved or published one does not; the cover names each reviewer's
# role and the review's status; JSON carries them. Typed findings: the
# results list every good practice (checked against the peer assessments
# themselves), the report's summary has a section of them, JSON and the
# cards give each finding's type. The mission's record: conclusions on an
# unknown area and a self-assessment's narrative are refused with file and
# line; the team's summary, context, units met and documents open the HTML
# and DOCX reports before any score, each area's conclusions its section.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
S="$ROOT/scorecards/samples"
P="$S/unido-2014-peer.xml"

# ---- the team --------------------------------------------------------------
# edit NAME SED-SCRIPT: the UNIDO 2014 review edited, then validated
edit() {
    sed "$2" "$P" >"$SCRATCH/$1.xml"
    run validate --scorecard "$SC" "$SCRATCH/$1.xml"
}
edit no-lead 's/ role="lead"//'
check "a team without a lead" 1 "no-lead.xml:[0-9]+: error: the review team has no lead"
edit observer 's/<reviewer id="r2" agency="WMO"/<reviewer id="r2" agency="WMO" role="observer"/'
check "an observer who rates" 1 "rating by 'r2', who takes part as observer: only the team's lead and members rate"
edit own 's/<reviewer id="r3" agency="UNDP"/<reviewer id="r3" agency="UNIDO"/'
check "a reviewer rating their own agency" 1 "rating by 'r3' of UNIDO, the agency under review"
[ "$(grep -c 'the agency under review' "$ERR")" -gt 1 ] && ok || ko "every rating of r3 is named"
edit covered 's/<reviewer id="r3" agency="UNDP"/<reviewer id="r3" agency="IAEA"/'
check "a reviewer of an entity the review covers" 1 "rating by 'r3' of IAEA, an entity the review covers"
sed 's|<date>2014-03-28</date>|<date>2014-03-28</date><covers><entity id="IAEA">IAEA</entity></covers>|' \
    "$S/unido-2014-self.xml" >"$SCRATCH/self-covers.xml"
run validate --scorecard "$SC" "$SCRATCH/self-covers.xml"
check "a self-assessment does not name entities covered" 1 "self-assessment with <covers>"
edit secretariat-silent 's/EMG secretariat/The EMG secretariat/'
check "the secretariat takes part without rating" 0
edit approved-undated 's/ approved="2014-07-15"//'
check "an approved review without its date" 1 "gives the date the Peer Review Body approved it"

# part FILE NAME: a part of a ZIP container (DOCX, ODT), read by Python's zipfile
part() { python3 -c 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode("utf-8"))' "$1" "$2"; }

# ---- DRAFT on every page -------------------------------------------------
B="$SCRATCH/batch"
run batch --scorecard "$SC" --format html,docx,odt --output "$B" "$S"
check "batch over the samples" 0
for g in UNEP-2015 WMO-2015; do # draft and submitted
    grep -q '@top-right { content: "DRAFT Illustrative data."' "$B/$g.html" && ok ||
        ko "$g: the printed pages' header says DRAFT"
    grep -q '<span class="marking">DRAFT</span>' "$B/$g.html" && ok || ko "$g: the cover says DRAFT"
    part "$B/$g.docx" word/header1.xml | grep -q '>DRAFT<' && ok || ko "$g: the DOCX header says DRAFT"
    part "$B/$g.odt" styles.xml | grep -q '>DRAFT<' && ok || ko "$g: the ODT header says DRAFT"
done
for g in UNEP-2014 UNIDO-2014 UNIDO-2015 WMO-2014; do # published and approved
    grep -q 'DRAFT' "$B/$g.html" && ko "$g: an approved review's report says DRAFT" || ok
    part "$B/$g.docx" word/header1.xml | grep -q 'DRAFT' && ko "$g: its DOCX says DRAFT" || ok
done
grep -q '<peer-assessment status="draft" draft="true">' "$B/UNEP-2015.results.xml" && ok ||
    ko "the results say the review is a draft"
run report --lang fr "$B/UNEP-2015.results.xml"
check "a draft in French" 0 "" "@top-right \\{ content: \"PROJET "
run report --param marking=CONFIDENTIAL "$B/UNEP-2015.results.xml"
check "a marking asked for stands instead of DRAFT" 0 "" "@top-right \\{ content: \"CONFIDENTIAL "
run report "$ROOT/tests/data/results/sample.results.xml"
check "results made before reviews had a status are not marked" 0
grep -q 'DRAFT' "$OUT" && ko "old results marked DRAFT" || ok

# ---- the cover and JSON --------------------------------------------------
grep -q 'Anneliese Kroll</span> <span class="muted">(UNEP, team leader)</span>' "$B/UNIDO-2014.html" &&
    ok || ko "the cover names the team leader"
grep -q '(UNEP, secretariat)' "$B/UNIDO-2014.html" && ok || ko "the cover names the secretariat"
[ "$(grep -o '<li data-entity="[A-Z]*">' "$B/UNIDO-2014.html" | wc -l)" -eq 3 ] &&
    grep -q 'Entities covered' "$B/UNIDO-2014.html" && ok || ko "the cover lists the three entities UNIDO's review covers"
part "$B/UNIDO-2014.docx" word/document.xml | grep -q 'International Atomic Energy Agency (IAEA)' && ok ||
    ko "the DOCX cover lists the entities"

# ---- the mission's record: units met, documents, the team's narrative ------
P15="$S/unido-2015-peer.xml"
sed 's|<conclusions area="FAC">|<conclusions area="WATER">|' "$P15" >"$SCRATCH/conclusions-unknown.xml"
run validate --scorecard "$SC" "$SCRATCH/conclusions-unknown.xml"
at=$(grep -n 'area="WATER"' "$SCRATCH/conclusions-unknown.xml" | cut -d: -f1)
check "conclusions on an area the scorecard lacks" 1 \
    "conclusions-unknown.xml:$at: error: conclusions on area 'WATER', which is not in scorecard 'un-ems'"
sed 's|<date>2014-03-28</date>|<date>2014-03-28</date><narrative><context><p>Vienna.</p></context></narrative>|' \
    "$S/unido-2014-self.xml" >"$SCRATCH/self-narrative.xml"
run validate --scorecard "$SC" "$SCRATCH/self-narrative.xml"
check "a self-assessment has no narrative" 1 "self-narrative.xml:[0-9]+: error: self-assessment with <narrative>"
# in the HTML: the team's summary, context, units met and documents open
# chapter 1, before any table of scores; each area's conclusions open its
# section, before the area's table
python3 - "$B/UNIDO-2015.html" <<'PY' && ok || ko "the HTML report gives the team's narrative first"
import re, sys
h = open(sys.argv[1], encoding="utf-8").read()
first_table = h.index("<table")
for words in ("The team found an environmental management system that has matured",
              "Context of the review", "UNIDO's mandate is inclusive", "Units and functions met",
              "Procurement Services</span> <span class=\"muted num\">(9 June 2015)",
              "Documents reviewed", "(UNIDO/DGB/2012/03, 16 April 2012)"):
    assert 0 <= h.find(words) < first_table, words
assert h.index('id="record"') < h.index('class="figures"')
for area in ("EMS", "CLIM", "FAC", "PROC"):
    start = h.index('id="area-%s"' % area)
    assert start < h.index('data-conclusions="%s"' % area) < h.index('<table class="area-table"', start), area
assert h.count("Conclusions of the review team") == 4
assert "Measurement is the weak link." in h and "air travel, the largest source" in h
PY
grep -q 'id="record"\|class="conclusions"' "$B/UNIDO-2014.html" && ko "a review without a record shows one" || ok
part "$B/UNIDO-2015.docx" word/document.xml >"$SCRATCH/u15-document.xml"
python3 - "$SCRATCH/u15-document.xml" <<'PY' && ok || ko "the DOCX gives the team's narrative before the scores"
import re, sys
d = open(sys.argv[1], encoding="utf-8").read()
chapter = d.index("1 Executive summary</w:t>", d.index("Executive summary") + 1)
for words in ("The review team's summary", "The team found an environmental management system",
              "Units and functions met", "Travel Unit (9 June 2015)", "Documents reviewed",
              "Trip request form and travel policy"):
    assert chapter < d.find(words) < d.index("<w:tbl>", chapter), words
assert "Measurement is the weak link." in d and d.count("Conclusions of the review team") == 4
PY
part "$B/UNIDO-2015.odt" content.xml | grep -q 'Procurement is where UNIDO has most to gain next' && ok ||
    ko "the ODT gives the conclusions"
run report --lang fr "$B/UNIDO-2015.results.xml"
check "the record's headings in French" 0 "" "<h3>Synthèse de l’équipe d’examen</h3>"
grep -q '<h4>Conclusions de l’équipe d’examen</h4>' "$OUT" && ok || ko "the conclusions' heading in French"
grep -q 'Published: approved by the Peer Review Body on 28 January 2015' "$B/UNEP-2014.html" && ok ||
    ko "the cover gives the status and the approval date"
run report --format json "$B/UNIDO-2014.results.xml"
check "JSON of a published review" 0
python3 - "$OUT" <<'PY' && ok || ko "JSON: status, approval date and roles"
import json, sys
peer = json.load(open(sys.argv[1]))["peer-assessment"]
roles = [r["role"] for r in peer["team"]]
sys.exit(0 if peer["status"] == "published" and peer["approved"] == "2014-07-15"
         and peer["draft"] is False and roles == ["lead", "member", "member", "secretariat"] else 1)
PY
# The JSON gives the record as the results hold it: entities, units met,
# documents, and every paragraph of the narrative, in order.
run report --format json "$B/UNIDO-2015.results.xml"
check "JSON of a review with its record" 0
python3 - "$OUT" "$B/UNIDO-2015.results.xml" <<'PY' && ok || ko "JSON: the record, as the results hold it"
import json, sys
import xml.etree.ElementTree as ET
NS = {"e": "urn:emscore:1"}
peer = json.load(open(sys.argv[1]))["peer-assessment"]
pa = ET.parse(sys.argv[2]).getroot().find("e:peer-assessment", NS)
paras = lambda n: None if n is None else [p.text or "" for p in n.findall("e:p", NS)]
n = pa.find("e:narrative", NS)
want = {
    "covers": [{"id": e.get("id"), "name": e.text} for e in pa.findall("e:covers/e:entity", NS)],
    "interviews": [{"unit": i.text, "date": i.get("date")} for i in pa.findall("e:interviews/e:interview", NS)],
    "documents": [{"title": d.text, "ref": d.get("ref"), "date": d.get("date")}
                  for d in pa.findall("e:documents/e:document", NS)],
    "narrative": {"executive-summary": paras(n.find("e:executive-summary", NS)),
                  "context": paras(n.find("e:context", NS)),
                  "conclusions": [{"area": c.get("area"), "paragraphs": paras(c)}
                                  for c in n.findall("e:conclusions", NS)]},
}
got = {k: peer[k] for k in want}
sys.exit(0 if got == want and len(want["covers"]) == 3 and len(want["narrative"]["conclusions"]) == 4
         else "%s\n%s" % (got, want))
PY
# ---- reviews led by each other ---------------------------------------------
# UNIDO's reviews are led by UNEP's Anneliese Kroll, UNEP's by UNIDO's
# Thomas Brenner: the summary warns, per period; WMO's are led by FAO.
[ "$(grep -c '<reciprocal ' "$B/summary.xml")" -eq 2 ] &&
    grep -q '<reciprocal period="2014" agency="UNEP" other="UNIDO"/>' "$B/summary.xml" &&
    grep -q '<reciprocal period="2015" agency="UNEP" other="UNIDO"/>' "$B/summary.xml" && ok ||
    ko "the summary names UNEP and UNIDO, in 2014 and 2015"
grep -q 'UNEP and UNIDO led each other&#39;s reviews in 2014\|UNEP and UNIDO led each other.s reviews in 2014' "$B/summary.html" && ok ||
    ko "summary.html warns of the reviews led by each other"
mkdir -p "$SCRATCH/other-lead"
cp "$S"/unep-2014-self.xml "$S"/unido-2014-self.xml "$S"/unido-2014-peer.xml "$SCRATCH/other-lead"
sed 's/<reviewer id="r1" role="lead" agency="UNIDO"/<reviewer id="r1" role="lead" agency="FAO"/; s/<reviewer id="r1" agency="UNIDO" role="lead"/<reviewer id="r1" agency="FAO" role="lead"/' \
    "$S/unep-2014-peer.xml" >"$SCRATCH/other-lead/unep-2014-peer.xml"
run batch --scorecard "$SC" --output "$SCRATCH/other-lead-out" "$SCRATCH/other-lead"
check "UNEP 2014 led by FAO instead" 0
grep -q '<reciprocal ' "$SCRATCH/other-lead-out/summary.xml" && ko "a lead from a third agency is no reciprocal review" || ok

# ---- the digest: good practices across agencies, the most common gaps ------
python3 - "$S" "$B/summary.xml" <<'PY' && ok || ko "the digest: every good practice, and the gaps of the agencies ranked counted"
import glob, os, re, sys
import xml.etree.ElementTree as ET
NS = {"e": "urn:emscore:1"}
summary = ET.parse(sys.argv[2]).getroot()
ranked = {(e.get("agency"), e.get("period")) for e in summary.findall("e:entry", NS)}
practices, gaps = set(), {}
for peer in glob.glob(os.path.join(sys.argv[1], "*-peer.xml")):
    root = ET.parse(peer).getroot()
    who = (root.get("agency"), root.get("period"))
    for r in root.findall("e:response", NS):
        types = [f.get("type") for f in r.findall("e:finding", NS)]
        practices |= {(r.get("milestone"), who[0], who[1]) for t in types if t == "good-practice"}
        if "gap" in types and who in ranked:
            gaps[r.get("milestone")] = gaps.get(r.get("milestone"), 0) + 1
d = summary.find("e:digest", NS)
got = {(p.get("ref"), p.get("agency"), p.get("period")) for p in d.findall("e:practice", NS)}
want_gaps = sorted(gaps.items(), key=lambda kv: (-kv[1], [int(t) if t.isdigit() else t for t in re.findall(r"\d+|\D+", kv[0])]))
got_gaps = [(g.get("ref"), int(g.get("agencies"))) for g in d.findall("e:gap", NS)]
n = len(ranked)
shares = [g.get("share") for g in d.findall("e:gap", NS)]
want_shares = ["%d.%02d" % divmod((20000 * c + n) // (2 * n), 100) for _, c in want_gaps]
sys.exit(0 if got == practices and d.get("good-practices") == str(len(practices))
         and got_gaps == want_gaps and shares == want_shares and want_gaps else 1)
PY
grep -q '<section class="chapter" id="digest"><h2>Lessons from the reviews</h2>' "$B/summary.html" && ok ||
    ko "summary.html has the lessons from the reviews"
grep -q '<li data-ref="CLIM5">CLIM5: a gap found in the reviews of 2 of the agencies ranked (66.67%)</li>' "$B/summary.html" &&
    ok || ko "the most common gap first: CLIM5, UNEP and UNIDO 2015"

# ---- typed findings: the good practices -----------------------------------
edit bad-type 's/<finding type="good-practice">/<finding type="lesson">/'
check "a finding of an unknown type" 1 "bad-type.xml:[0-9]+: error: attribute 'type' of <finding>"
python3 - "$S" "$B" <<'PY' && ok || ko "every good practice of every review, and no other, in the results"
import glob, os, sys
import xml.etree.ElementTree as ET
NS = {"e": "urn:emscore:1"}
for peer in sorted(glob.glob(os.path.join(sys.argv[1], "*-peer.xml"))):
    root = ET.parse(peer).getroot()
    want = sorted((r.get("milestone"), n + 1)
                  for r in root.findall("e:response", NS)
                  for n, f in enumerate(r.findall("e:finding", NS))
                  if f.get("type") == "good-practice")
    res = ET.parse(os.path.join(sys.argv[2], "%s-%s.results.xml" % (root.get("agency"), root.get("period")))).getroot()
    gp = res.find("e:good-practices", NS)
    got = sorted((p.get("ref"), int(p.get("n"))) for p in gp.findall("e:practice", NS))
    if not want or got != want or gp.get("count") != str(len(want)):
        sys.exit("%s: %s, expected %s" % (peer, got, want))
PY
[ "$(grep -o '<ul class="good-practices"><li>' "$B/UNIDO-2014.html" | wc -l)" -eq 1 ] &&
    [ "$(grep -o '<ul class="good-practices">.*</ul>' "$B/UNIDO-2014.html" | grep -o '<li>' | wc -l)" -ge 3 ] &&
    ok || ko "the summary's section lists the good practices"
grep -q 'The review team found 3 good practices' "$B/UNIDO-2014.html" && ok || ko "the section counts them"
[ "$(grep -o 'data-type="good-practice"><strong>Good practice:</strong>' "$B/UNIDO-2014.html" | wc -l)" -eq 3 ] &&
    ok || ko "the cards say which findings are good practices"
part "$B/UNIDO-2014.docx" word/document.xml | grep -q '>Good practices<' && ok ||
    ko "the DOCX has the good practices"
part "$B/UNIDO-2014.odt" content.xml | grep -o 'worth sharing across the UN system' | grep -q . && ok ||
    ko "the ODT has the good practices"
run report --lang es "$B/UNIDO-2014.results.xml"
check "good practices in Spanish" 0 "" '<h3 id="good-practices">Buenas prácticas</h3>'
run report --format json "$B/UNIDO-2014.results.xml"
python3 - "$OUT" <<'PY' && ok || ko "JSON: each finding's type"
import json, sys
doc = json.load(open(sys.argv[1]))
types = []
def walk(x):
    if isinstance(x, dict):
        for f in x.get("findings", []):
            types.append(f.get("type"))
        for v in x.values():
            walk(v)
    elif isinstance(x, list):
        for v in x:
            walk(v)
walk(doc)
sys.exit(0 if types.count("good-practice") == 3 and "observation" in types and None not in types else 1)
PY
finish
