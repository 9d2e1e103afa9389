#!/bin/sh
# End-to-end in a real browser: the offline form of `emscore template
# --format html`, self, peer and management response, filled in headless
# Chromium by tests/browser/form.mjs (playwright-core): levels, a milestone
# marked not applicable (saving refused until it has a justification),
# evidence, comments, an indicator value, a review team's ratings,
# consensus, findings and recommendations, the mission's record (units
# met, documents reviewed, executive summary, context, conclusions on an
# area, in paragraphs); the management's replies to the review's
# recommendations. The saved files are validated and scored here with the
# real binary, and their figures checked, the record in the file and in
# the HTML report; reloaded and reopened, the form shows the answers again.
# The 2015 UNIDO review and self-assessment, opened and saved unchanged,
# keep their entities covered, recommendations and follow-ups, and score to
# the same results; the form refuses a rater from a covered entity or the
# agency with the validator's words. Where node, playwright-core
# (npm ci --prefix tests/browser) or Chromium is missing, the suite says so
# loudly and counts nothing.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
S="$ROOT/scorecards/samples"
DRIVER="$ROOT/tests/browser/form.mjs"

missing=""
command -v node >/dev/null 2>&1 || missing="node"
[ -d "$ROOT/tests/browser/node_modules/playwright-core" ] ||
    missing="$missing playwright-core (npm ci --prefix tests/browser)"
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || missing="$missing chromium"
if [ -n "$missing" ]; then
    echo "**************************************************************"
    echo "SKIPPED: the offline form was not filled in a browser: missing$missing"
    echo "(make deps BROWSER=1 installs node, npm and playwright-core; apt-get install chromium)"
    echo "**************************************************************"
    finish
    exit 0
fi

# drive NAME PLAN: run the browser on PLAN; every "ok"/"FAIL" line counts.
drive() {
    node "$DRIVER" "$2" > "$SCRATCH/$1.log" 2>&1
    rc=$?
    p=$(grep -c '^ok ' "$SCRATCH/$1.log")
    f=$(grep -c '^FAIL ' "$SCRATCH/$1.log")
    PASS=$((PASS + p))
    FAIL=$((FAIL + f))
    grep '^FAIL ' "$SCRATCH/$1.log" | sed "s/^/FAIL: $1: /"
    echo "form: $1: $p browser checks passed, $f failed"
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        FAIL=$((FAIL + 1))
        echo "FAIL: $1: the browser test exited with status $rc"
        tail -5 "$SCRATCH/$1.log" | sed 's/^/    /'
    fi
}
# leaf FILE ID: the results element of leaf ID
leaf() {
    grep -E "<(milestone|indicator) id=\"$2\" " "$1"
}
# has NAME FILE ID ERE: leaf ID of results FILE matches ERE
has() {
    if leaf "$2" "$3" | grep -Eq -- "$4"; then ok; else
        FAIL=$((FAIL + 1))
        echo "FAIL: $1: $(leaf "$2" "$3")"
    fi
}

# ---- a self-assessment -------------------------------------------------
run template --scorecard "$SC" --profile unido-vic --agency UNIDO --period 2014 --format html \
    -o "$SCRATCH/self.html"
check "self form" 0
run template --scorecard "$SC" --profile unido-vic --agency UNIDO --period 2014 \
    -o "$SCRATCH/self-template.xml"
check "self template (to count its items)" 0
nself=$(grep -c '<!-- <\(response\|measure\) ' "$SCRATCH/self-template.xml")
mkdir "$SCRATCH/self"
cat > "$SCRATCH/self.json" <<EOF
{"form": "$SCRATCH/self.html", "out": "$SCRATCH/self", "kind": "self", "items": $nself,
 "filename": "UNIDO-2014-self.xml", "wrong": "$S/wmo-2014-self.xml",
 "answers": [
  {"id": "EMS1", "level": "achieved", "comment": "Signed in May 2013",
   "evidence": [{"href": "https://intranet.example/dgb/2013-05", "text": "Bulletin <DGB/2013/05> & minutes"}]},
  {"id": "EMS2", "level": "in-progress", "comment": "Policy drafted, not yet issued"},
  {"id": "EMS3", "level": "na", "justification": "The VIC green team is run by the shared services"},
  {"id": "CLIM1", "level": "exceeded"},
  {"id": "IND-GHG-PERCAP", "value": "5.5", "reaches": "achieved"}
 ]}
EOF
drive self "$SCRATCH/self.json"
saved="$SCRATCH/self/saved.xml"
run validate --scorecard "$SC" "$saved"
check "the saved self-assessment validates" 0 "" \
    "saved.xml: assessment self UNIDO period 2014: 4 responses, 1 measures, 0 reviewers"
run score --scorecard "$SC" -o "$SCRATCH/self.results.xml" "$saved"
check "the saved self-assessment scores" 0
r="$SCRATCH/self.results.xml"
grep -q 'profile="unido-vic"' "$r" && ok || ko "the saved file keeps its profile"
has "EMS1 achieved" "$r" EMS1 'self-level="achieved" .*self="75.00" .*status="achieved"'
has "EMS2 in progress" "$r" EMS2 'self-level="in-progress" .*self="50.00" .*status="partial"'
has "EMS3 not applicable" "$r" EMS3 'self-level="na" .*self="na" .*status="na"'
has "CLIM1 exceeded" "$r" CLIM1 'self-level="exceeded" .*self="100.00"'
has "IND-GHG-PERCAP 5.5 reaches achieved (<= 6)" "$r" IND-GHG-PERCAP \
    'self-level="achieved" .*self="75.00" .*status="achieved"'
has "an unanswered milestone is missing" "$r" EMS4 'status="missing"'
grep -q '<justification>The VIC green team is run by the shared services</justification>' "$r" && ok ||
    ko "the justification reaches the results"
grep -q '<evidence href="https://intranet.example/dgb/2013-05">Bulletin &lt;DGB/2013/05&gt; &amp; minutes</evidence>' \
    "$saved" && ok || ko "evidence is saved with its text escaped"
[ "$(grep -c 'status="missing"' "$r")" -eq $((nself - 5)) ] && ok ||
    ko "every other item is missing"

# In French, levels are named in French, as in the reports; values stay ids.
run template --scorecard "$SC" --profile unido-vic --agency UNIDO --period 2014 --format html \
    --lang fr -o "$SCRATCH/self-fr.html"
check "self form in French" 0
grep -q '<input type="radio" name="level-EMS1" value="initiated"> Amorcé</label>' "$SCRATCH/self-fr.html" &&
    grep -q '<li data-level="in-progress" data-value="2" data-label="En cours">' "$SCRATCH/self-fr.html" &&
    ok || ko "a level is named in the form's language, its value the id"

# ---- a peer review ---------------------------------------------------------
run template --scorecard "$SC" --profile unido-vic --agency UNIDO --period 2014 --format html \
    --kind peer -o "$SCRATCH/peer.html"
check "peer form" 0
mkdir "$SCRATCH/peer"
# The agency's self-assessment, saved above, with an answer to an item the
# form does not have, opened beside the review's items.
sed 's|</assessment>|<response milestone="EMS99" level="achieved"/></assessment>|' "$saved" \
    > "$SCRATCH/UNIDO-2014-self.xml"
grep -q 'EMS99' "$SCRATCH/UNIDO-2014-self.xml" && ok || ko "a claim of an unknown item (test set-up)"
cat > "$SCRATCH/peer.json" <<EOF
{"form": "$SCRATCH/peer.html", "out": "$SCRATCH/peer", "kind": "peer", "items": $nself,
 "filename": "UNIDO-2014-peer.xml", "wrong": "$saved",
 "levels": [["", "Not rated"], ["not-started", "Not started"], ["initiated", "Initiated"],
            ["in-progress", "In progress"], ["achieved", "Achieved"], ["exceeded", "Exceeded"],
            ["na", "Not applicable"]],
 "claims": {"file": "$SCRATCH/UNIDO-2014-self.xml", "wrong": "$S/wmo-2014-self.xml", "unknown": "EMS99",
            "none": "EMS4",
            "show": [{"id": "EMS1", "text": "Level claimed: Achieved"},
                     {"id": "EMS1", "text": "Bulletin <DGB/2013/05> & minutes: https://intranet.example/dgb/2013-05"},
                     {"id": "EMS1", "text": "Comment: Signed in May 2013"},
                     {"id": "EMS3", "text": "Level claimed: Not applicable"},
                     {"id": "EMS3", "text": "The VIC green team is run by the shared services"},
                     {"id": "IND-GHG-PERCAP", "text": "Value reported: 5.5 tCO2e/person"}]},
 "mission": {"from": "2014-05-12", "to": "2014-05-16", "text": "Vienna International Centre"},
 "team": [{"id": "r1", "agency": "UNEP", "name": "Ana Silva"},
          {"id": "r2", "agency": "WMO", "name": "Li Wei"}],
 "record": {"interviews": [{"unit": "Buildings Management Services", "date": "2014-05-12"},
                           {"unit": "Travel Unit & <Human Resources>"}],
            "documents": [{"title": "Environmental policy", "ref": "UNIDO/DGAI.24", "date": "2013-05-02"},
                          {"title": "Greenhouse gas inventory workbook 2013", "date": "2014-02-28"}],
            "summary": "The team found a system in place.\n\n  Two weaknesses hold the score back:\nthe field offices and air travel.  \n",
            "context": "UNIDO runs the VIC buildings for all VIC entities.",
            "conclusions": {"EMS": "The system is owned by senior management.\n \n\nIts reach beyond headquarters is open.",
                            "FAC": "The VIC is among the best-run premises."}},
 "answers": [
  {"id": "EMS1", "ratings": ["achieved", "in-progress"], "consensus": "achieved",
   "finding": "The bulletin is signed and known to senior managers.", "findingType": "good-practice",
   "recommendation": {"priority": "high", "text": "Publish the bulletin on the public website."}},
  {"id": "EMS2", "ratings": ["initiated", "exceeded"]},
  {"id": "EMS3", "ratings": ["na", "na"], "justification": "Run by the shared services"},
  {"id": "IND-GHG-PERCAP", "value": "7", "reaches": "in-progress"}
 ]}
EOF
drive peer "$SCRATCH/peer.json"
psaved="$SCRATCH/peer/saved.xml"
run validate --scorecard "$SC" "$psaved"
check "the saved peer assessment validates" 0 "" \
    "saved.xml: assessment peer UNIDO period 2014: 3 responses, 1 measures, 2 reviewers"
run score --scorecard "$SC" -o "$SCRATCH/both.results.xml" "$saved" "$psaved"
check "self and peer score together" 0
r="$SCRATCH/both.results.xml"
has "EMS1: the consensus is final" "$r" EMS1 \
    'self-level="achieved" peer-level="achieved" final-level="achieved" .*final="75.00"'
has "EMS2: the lower middle of two ratings, and a disagreement" "$r" EMS2 \
    'peer-level="initiated" .*final="25.00" .*flags="[^"]*disagreement'
has "EMS3: every reviewer said na" "$r" EMS3 'peer-level="na" .*status="na"'
has "IND-GHG-PERCAP: the review's 7 reaches in-progress (<= 10)" "$r" IND-GHG-PERCAP \
    'peer-level="in-progress" .*final="50.00"'
grep -q '<recommendation id="UNIDO-2014-R01" priority="high">Publish the bulletin on the public website.</recommendation>' \
    "$r" && ok || ko "the recommendation reaches the results"
grep -q '<reviewer id="r2" agency="WMO" role="member">Li Wei</reviewer>' "$r" && ok ||
    ko "the team reaches the results, the second reviewer a member"
grep -q '<reviewer id="r1" agency="[A-Z]*" role="lead">' "$r" && ok ||
    ko "the first reviewer added leads the team"
grep -q '<finding type="good-practice">The bulletin is signed and known to senior managers.</finding>' "$r" &&
    grep -q '<practice ref="EMS1" n="1"/>' "$r" && ok || ko "a finding the team calls a good practice reaches the results as one"
grep -q 'status="draft"' "$psaved" && grep -q '<peer-assessment status="draft" draft="true">' "$r" && ok ||
    ko "a review saved from the form is a draft until the team says otherwise"
# The mission's record: rows with what they name, each text's paragraphs a <p>.
python3 - "$psaved" <<'EOF' && ok || ko "the mission's record is saved as the schema has it"
import sys, xml.etree.ElementTree as ET
N = "{urn:emscore:1}"
root = ET.parse(sys.argv[1]).getroot()
names = [c.tag[len(N):] for c in root]
assert names[:5] == ["mission", "team", "interviews", "documents", "narrative"], names
rows = lambda e: [(c.text, sorted(c.attrib.items())) for c in root.find(N + e)]
assert rows("interviews") == [("Buildings Management Services", [("date", "2014-05-12")]),
                              ("Travel Unit & <Human Resources>", [])], rows("interviews")
assert rows("documents") == [("Environmental policy", [("date", "2013-05-02"), ("ref", "UNIDO/DGAI.24")]),
                             ("Greenhouse gas inventory workbook 2013", [("date", "2014-02-28")])], rows("documents")
texts = [(c.tag[len(N):], c.get("area"), [p.text for p in c]) for c in root.find(N + "narrative")]
assert texts == [
    ("executive-summary", None, ["The team found a system in place.",
                                 "Two weaknesses hold the score back:\nthe field offices and air travel."]),
    ("context", None, ["UNIDO runs the VIC buildings for all VIC entities."]),
    ("conclusions", "EMS", ["The system is owned by senior management.", "Its reach beyond headquarters is open."]),
    ("conclusions", "FAC", ["The VIC is among the best-run premises."])], texts
EOF
run report --format html -o "$SCRATCH/both.html" "$r"
check "the report of the review saved from the form" 0
python3 - "$SCRATCH/both.html" <<'EOF' && ok || ko "the report prints the record typed in the form"
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
record = re.search(r'<div class="record" id="record">(.*?)</div>', html, re.S).group(1)
for want in ('<p dir="auto">The team found a system in place.</p>',
             '<p dir="auto">Two weaknesses hold the score back: the field offices and air travel.</p>',
             '<p dir="auto">UNIDO runs the VIC buildings for all VIC entities.</p>',
             'Travel Unit &amp; &lt;Human Resources&gt;', 'UNIDO/DGAI.24'):
    assert want in record, want
ems = re.search(r'<div class="conclusions" data-conclusions="EMS">(.*?)</div>', html, re.S).group(1)
assert '<p dir="auto">The system is owned by senior management.</p>' in ems, ems
assert '<p dir="auto">Its reach beyond headquarters is open.</p>' in ems, ems
assert 'data-conclusions="CLIM"' not in html
EOF

# ---- a saved review, opened and saved again ----------------------------------
# Nothing of the 2015 review is lost: the entities it covers, the ids,
# owners and due dates of its recommendations, its follow-ups of 2014's, its
# illustrative mark. Its scores with the file saved from the form are those
# with the original, byte for byte.
run template --scorecard "$SC" --profile unido-vic --agency UNIDO --period 2015 --format html \
    --kind peer -o "$SCRATCH/peer2015.html"
check "the 2015 peer form" 0
mkdir "$SCRATCH/again"
# What the form cannot keep, it says on opening: a text's language, an empty evidence.
sed -e 's|<assessor>|<assessor xml:lang="en">|' -e 's|</response>|<evidence/></response>|' \
    "$S/unido-2015-peer.xml" | awk '/<evidence\/><\/response>/ && n++ { sub(/<evidence\/>/, "") } 1' \
    > "$SCRATCH/marked.xml"
[ "$(grep -c '<evidence/>' "$SCRATCH/marked.xml")" -eq 1 ] && grep -q 'xml:lang="en"' "$SCRATCH/marked.xml" &&
    ok || ko "a review with a text's language and an empty evidence (test set-up)"
cat > "$SCRATCH/again.json" <<EOF
{"form": "$SCRATCH/peer2015.html", "out": "$SCRATCH/again", "kind": "peer", "agency": "UNIDO",
 "filename": "UNIDO-2015-peer.xml",
 "roundtrip": {"file": "$S/unido-2015-peer.xml", "followups": 10, "marked": "$SCRATCH/marked.xml",
  "entities": [["IAEA", "International Atomic Energy Agency"],
               ["UNOV", "United Nations Office at Vienna and United Nations Office on Drugs and Crime"],
               ["CTBTO", "Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization"]],
  "rater": {"id": "r2", "agency": "WMO"}}}
EOF
drive again "$SCRATCH/again.json"
again="$SCRATCH/again/roundtrip.xml"
run validate --scorecard "$SC" "$again"
check "the review saved again validates" 0
python3 - "$S/unido-2015-peer.xml" "$again" <<'EOF' && ok || ko "the review saved again keeps what the form does not show"
import sys, xml.etree.ElementTree as ET
N = "{urn:emscore:1}"
a, b = (ET.parse(f).getroot() for f in sys.argv[1:])
names = [c.tag[len(N):] for c in b]
assert names[:6] == ["assessor", "date", "mission", "team", "covers", "interviews"], names
rows = lambda r: [(e.get("id"), e.text) for e in r.find(N + "covers")]
assert rows(b) == rows(a) and len(rows(a)) == 3, rows(b)
assert b.get("illustrative") == "true"
recs = lambda r: [sorted(e.attrib.items()) + [e.text] for e in r.iter(N + "recommendation")]
assert recs(b) == recs(a) and len(recs(a)) == 2, recs(b)
text = lambda e: (e.text or "").strip()
fus = lambda r: [(sorted(f.attrib.items()), [(c.tag, sorted(c.attrib.items()), text(c)) for c in f])
                 for f in r.findall(N + "follow-up")]
assert fus(b) == fus(a) and len(fus(a)) == 10, fus(b)
EOF
run score --scorecard "$SC" -o "$SCRATCH/u14.xml" "$S/unido-2014-response.xml" "$S/unido-2014-peer.xml" \
    "$S/unido-2014-self.xml"
check "UNIDO 2014 scores (the previous period)" 0
run score --scorecard "$SC" --previous "$SCRATCH/u14.xml" -o "$SCRATCH/u15.xml" "$S/unido-2015-self.xml" \
    "$S/unido-2015-peer.xml"
check "UNIDO 2015 scores with the original review" 0
run score --scorecard "$SC" --previous "$SCRATCH/u14.xml" -o "$SCRATCH/u15-again.xml" "$S/unido-2015-self.xml" \
    "$again"
check "UNIDO 2015 scores with the review saved from the form" 0
cmp -s "$SCRATCH/u15.xml" "$SCRATCH/u15-again.xml" && ok ||
    { diff "$SCRATCH/u15.xml" "$SCRATCH/u15-again.xml" | head -20; ko "the results are the same, byte for byte"; }
grep -q '<entity id="CTBTO">' "$SCRATCH/u15-again.xml" && ok || ko "the entities covered reach the results"
# A self-assessment's follow-ups are kept the same way.
run template --scorecard "$SC" --profile unido-vic --agency UNIDO --period 2015 --format html \
    -o "$SCRATCH/self2015.html"
check "the 2015 self form" 0
mkdir "$SCRATCH/self-again"
cat > "$SCRATCH/self-again.json" <<EOF
{"form": "$SCRATCH/self2015.html", "out": "$SCRATCH/self-again", "kind": "self", "agency": "UNIDO",
 "filename": "UNIDO-2015-self.xml", "roundtrip": {"file": "$S/unido-2015-self.xml", "followups": 10}}
EOF
drive self-again "$SCRATCH/self-again.json"
run score --scorecard "$SC" --previous "$SCRATCH/u14.xml" -o "$SCRATCH/u15-self-again.xml" \
    "$SCRATCH/self-again/roundtrip.xml" "$S/unido-2015-peer.xml"
check "UNIDO 2015 scores with the self-assessment saved from the form" 0
cmp -s "$SCRATCH/u15.xml" "$SCRATCH/u15-self-again.xml" && ok ||
    { diff "$SCRATCH/u15.xml" "$SCRATCH/u15-self-again.xml" | head -20; ko "the results are the same, byte for byte (self)"; }

# ---- a management response -------------------------------------------------
# The review proposes an owner and a due date for its first recommendation.
sed 's/<recommendation id="UNIDO-2014-R01" priority="low">/<recommendation id="UNIDO-2014-R01" priority="low" owner="Buildings Management Services" due="2014-12-31">/' \
    "$S/unido-2014-peer.xml" > "$SCRATCH/review.xml"
grep -q 'owner="Buildings Management Services" due="2014-12-31"' "$SCRATCH/review.xml" && ok ||
    ko "the review proposes an owner (test set-up)"
run template --kind response --agency UNIDO --period 2014 --from "$SCRATCH/review.xml" --format html \
    -o "$SCRATCH/response.html"
check "response form" 0
nrec=$(grep -c '<recommendation id=' "$SCRATCH/review.xml")
[ "$(grep -o 'data-type="reply"' "$SCRATCH/response.html" | wc -l)" -eq "$nrec" ] && ok ||
    ko "the response form lists every recommendation of the review"
grep -q '<blockquote class="recommendation-text">Send the environmental policy to all field offices' \
    "$SCRATCH/response.html" && ok || ko "the response form shows a recommendation's text"
mkdir "$SCRATCH/response"
cat > "$SCRATCH/response.json" <<EOF
{"form": "$SCRATCH/response.html", "out": "$SCRATCH/response", "kind": "response", "items": $nrec,
 "filename": "UNIDO-2014-response.xml", "wrong": "$S/unido-2014-self.xml",
 "proposed": {"id": "UNIDO-2014-R01", "owner": "Buildings Management Services", "due": "2014-12-31"},
 "undecided": "UNIDO-2014-R01",
 "answers": [
  {"id": "UNIDO-2014-R01", "decision": "accepted",
   "action": "Include the policy in the 2015 instructions to heads of field offices."},
  {"id": "UNIDO-2014-R04", "decision": "partially-accepted", "owner": "Internal Oversight Services",
   "due": "2015-05-31", "action": "Audit the EMS at headquarters in 2015; the field from 2016.",
   "comment": "Subject to the audit plan"},
  {"id": "UNIDO-2014-R07", "decision": "rejected",
   "action": "Offsets are funded centrally for the VIC entities."}
 ]}
EOF
drive response "$SCRATCH/response.json"
rsaved="$SCRATCH/response/saved.xml"
run validate "$rsaved"
check "the saved management response validates" 0 "" \
    "saved.xml: management response UNIDO period 2014: 3 replies"
run score --scorecard "$SC" -o "$SCRATCH/resp.results.xml" "$S/unido-2014-self.xml" "$SCRATCH/review.xml" \
    "$rsaved"
check "the saved response scores with the period's assessments" 0
r="$SCRATCH/resp.results.xml"
# reply REC ERE: the register's entry for recommendation REC, joined on one line, matches ERE
reply() {
    tr -d '\n' < "$r" | sed 's/<recommendation /\n&/g' | grep "id=\"$1\"" | grep -Eq -- "$2"
}
reply UNIDO-2014-R01 '<reply decision="accepted" owner="Buildings Management Services" due="2014-12-31"> *<action>Include the policy in the 2015 instructions to heads of field offices.</action> *</reply>' &&
    ok || ko "R01: accepted, with the owner and due date the review proposed"
reply UNIDO-2014-R04 '<reply decision="partially-accepted" owner="Internal Oversight Services" due="2015-05-31"> *<action>Audit the EMS at headquarters in 2015; the field from 2016.</action> *<comment>Subject to the audit plan</comment>' &&
    ok || ko "R04: partially accepted, owner, due date, action and comment"
reply UNIDO-2014-R07 '<reply decision="rejected"> *<action>Offsets are funded centrally' &&
    ok || ko "R07: rejected, without owner or due date"
[ "$(grep -c '<reply ' "$r")" -eq 3 ] && ok || ko "only the decided recommendations have a reply"
run report --format register -o "$SCRATCH/register.csv" "$r"
check "the register of the scored response" 0
grep -q '^UNIDO,UNIDO-2014-R07,2014,[^,]*,low,,,rejected,,,' "$SCRATCH/register.csv" &&
    grep -q '^UNIDO,UNIDO-2014-R04,2014,[^,]*,high,,,partially-accepted,Internal Oversight Services,2015-05-31,' \
        "$SCRATCH/register.csv" && ok || ko "the management's decisions are in the register"
finish
