#!/bin/sh
# End-to-end: results over time. The 2014 samples with their management
# responses, then 2015 with --previous: the golden results, every change
# and the register checked against our own arithmetic
# (tests/cli/followup_check.py), --baseline, missing periods, another
# scorecard version, and every error with its message.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
S="$ROOT/scorecards/samples"
GOLDEN="$ROOT/tests/data/golden"
CHECK="python3 $ROOT/tests/cli/followup_check.py"

same() {
    if cmp -s "$OUT" "$2"; then ok; else ko "$1: output differs from $(basename "$2")"; fi
}
# check_py NAME ARGS...: a followup_check.py verdict as one test
check_py() {
    name=$1
    shift
    if $CHECK "$@" >"$SCRATCH/py" 2>&1; then ok; else cp "$SCRATCH/py" "$ERR"; ko "$name"; fi
}

for a in unido wmo unep; do
    A=$(echo $a | tr a-z A-Z)
    run score --scorecard "$SC" -o "$SCRATCH/$a-2014.xml" "$S/$a-2014-response.xml" \
        "$S/$a-2014-peer.xml" "$S/$a-2014-self.xml"
    check "$a 2014 scores with its management response" 0
    grep -q "<reply decision=\"rejected\"\|<reply decision=\"partially-accepted\"\|<reply decision=\"accepted\"" \
        "$SCRATCH/$a-2014.xml" && ok || ko "$a 2014: the replies reach the register"
    run score --scorecard "$SC" --previous "$SCRATCH/$a-2014.xml" "$S/$a-2015-self.xml" \
        "$S/$a-2015-peer.xml"
    check "$a 2015 scores with 2014 as previous" 0
    same "$a 2015 matches the golden results" "$GOLDEN/$a-2015.results.xml"
    run validate "$GOLDEN/$a-2015.results.xml"
    check "golden $a 2015 validates" 0 "" "results $A period 2015"
    check_py "$a: every change is the later figure minus the earlier" \
        changes "$SCRATCH/$a-2014.xml" "$GOLDEN/$a-2015.results.xml"
    check_py "$a: every 2014 recommendation is in the 2015 register with its status" \
        register "$SCRATCH/$a-2014.xml" "$GOLDEN/$a-2015.results.xml"
done
g="$GOLDEN/unido-2015.results.xml"
grep -q 'id="UNIDO-2014-R04" .*status="in-progress" .*flags="disagreement" overdue="true"' "$g" &&
    ok || ko "the team's status wins, the disagreement is flagged, past due is overdue"
grep -q '<status period="2015" status="in-progress" self="implemented" peer="in-progress" flags="disagreement">' "$g" &&
    ok || ko "the history keeps both sources' statuses"
grep -q 'id="UNIDO-2014-R07" .*status="superseded"' "$g" && ! grep -q 'id="UNIDO-2014-R07" .*overdue' "$g" &&
    ok || ko "a superseded recommendation is never overdue"
grep -q '<register total="12" earlier="10" implemented="4" overdue="3">' "$g" &&
    ok || ko "UNIDO: 10 earlier recommendations, 4 implemented, 3 overdue"
grep -q 'id="UNIDO-2015-R01" made="2015" milestone="EMS6" priority="high" owner="Legal Affairs Office" due="2016-03-31" earlier="false"' "$g" &&
    ok || ko "a new recommendation enters the register with its owner and due date"

# the order of --previous and of the files does not matter; the 2015
# results as previous carry the register on (history and response kept)
sed -e 's/period="2015"/period="2016"/' -e 's/-2015-R/-2016-R/g' \
    -e 's/<date>2015-/<date>2016-/' -e 's/from="2015-\([0-9-]*\)" to="2015-/from="2016-\1" to="2016-/' \
    "$S/unido-2015-peer.xml" | grep -v '<follow-up\|</follow-up>\|<comment>.*</comment>$' >"$SCRATCH/u16-peer.xml"
run score --scorecard "$SC" -o "$SCRATCH/u15.xml" --previous "$SCRATCH/unido-2014.xml" \
    "$S/unido-2015-peer.xml" "$S/unido-2015-self.xml"
check "UNIDO 2015 again, files in another order" 0
cmp -s "$SCRATCH/u15.xml" "$g" && ok || ko "the same bytes whatever the order"
run score --scorecard "$SC" --previous "$SCRATCH/u15.xml" --previous "$SCRATCH/unido-2014.xml" \
    "$SCRATCH/u16-peer.xml"
check "three periods: 2016 over 2015 and 2014" 0 "" '<progress previous="2015" baseline="2014">'
grep -q '<changes since="previous" period="2015"' "$OUT" && grep -q '<changes since="baseline" period="2014"' "$OUT" &&
    ok || ko "changes since the previous period and since the baseline"
[ "$(grep -c '<period id=' "$OUT")" -eq 3 ] && ok || ko "the series has every period"
grep -q 'id="UNIDO-2014-R04" .*status="in-progress" status-period="2015"' "$OUT" &&
    ok || ko "a recommendation not followed up keeps its latest status and period"
grep -q '<reply decision="rejected">' "$OUT" && ok || ko "the management response is carried on"
run score --scorecard "$SC" --previous "$SCRATCH/unido-2014.xml" --previous "$SCRATCH/u15.xml" \
    --baseline 2015 "$SCRATCH/u16-peer.xml"
check "--baseline names the earlier period to measure from" 0 "" '<progress previous="2015" baseline="2015">'
# a missing period: 2016 over 2014 alone
run score --scorecard "$SC" --previous "$SCRATCH/unido-2014.xml" "$SCRATCH/u16-peer.xml"
check "a missing period: 2016 over 2014" 0 "" '<progress previous="2014" baseline="2014">'

# another scorecard version: compared on the shared items, the others listed
sed -e 's/version="2014.1"/version="2015.1"/' -e '/<milestone id="TRN3"/,/<\/milestone>/d' \
    "$SC" >"$SCRATCH/v2015.xml"
grep -q 'milestone id="TRN3"' "$SC" && ! grep -q 'id="TRN3"' "$SCRATCH/v2015.xml" &&
    ok || ko "test setup: TRN3 removed from the 2015.1 scorecard"
sed -e 's/scorecard-version="2014.1"/scorecard-version="2015.1"/' "$S/unido-2015-self.xml" |
    sed -e '/<response milestone="TRN3"/,/<\/response>/d' >"$SCRATCH/v-self.xml"
run score --scorecard "$SCRATCH/v2015.xml" --previous "$SCRATCH/unido-2014.xml" "$SCRATCH/v-self.xml"
check "an earlier period of another scorecard version" 0 "" \
    '<uncomparable id="TRN3" kind="milestone" in="2014"/>'
grep -q '<area id="TRN" direction="na" reason="items"/>' "$OUT" &&
    ok || ko "an area whose items differ is not compared"
grep -q '<overall direction="na" reason="items"/>' "$OUT" &&
    ok || ko "the overall score is not compared when the items differ"
grep -q '<area id="EMS" from="62.50" to=' "$OUT" && ok || ko "an area with the same items is compared"

# errors, each with its file and a clear message
run score --scorecard "$SC" --previous "$SCRATCH/wmo-2014.xml" "$S/unido-2015-self.xml"
check "results of another agency are refused" 1 "wmo-2014.xml: error: previous results of agency 'WMO', not 'UNIDO'"
run score --scorecard "$SC" --previous "$g" "$S/unido-2015-self.xml"
check "results of the same period are refused" 1 "error: previous results of period 2015, which is not before period 2015"
run score --scorecard "$SC" --previous "$SCRATCH/unido-2014.xml" --previous "$SCRATCH/unido-2014.xml" \
    "$S/unido-2015-self.xml"
check "a period given twice is refused" 1 "error: a second results document of period 2014"
run score --scorecard "$SC" --previous "$SCRATCH/unido-2014.xml" --baseline 2013 "$S/unido-2015-self.xml"
check "an unknown baseline is refused" 1 "error: baseline period '2013' is not among the previous results given"
run score --scorecard "$SC" --model flat --previous "$SCRATCH/unido-2014.xml" "$S/unido-2015-self.xml"
check "results of another model are refused" 1 "error: previous results scored with model 'weighted', not 'flat'"
run score --scorecard "$SC" "$S/unido-2015-self.xml"
check "a follow-up without the earlier results" 1 \
    "unido-2015-self.xml:[0-9]+: error: follow-up of recommendation 'UNIDO-2014-R01', which no earlier period makes: give the earlier results with --previous"
run score --scorecard "$SC" "$S/unido-2014-response.xml"
check "a management response alone" 1 "unido-2014-response.xml:2: error: a management response alone"
run score --scorecard "$SC" "$S/unido-2014-self.xml" "$S/unido-2014-response.xml"
check "a reply to a recommendation the review did not make" 1 \
    "unido-2014-response.xml:[0-9]+: error: reply to recommendation 'UNIDO-2014-R01', which the peer assessment of UNIDO 2014 does not make"
sed -e 's/id="UNIDO-2016-R01"/id="UNIDO-2014-R03"/' "$SCRATCH/u16-peer.xml" |
    sed -e 's/period="2016"/period="2015"/' >"$SCRATCH/twice.xml"
run score --scorecard "$SC" --previous "$SCRATCH/unido-2014.xml" "$SCRATCH/twice.xml"
check "a recommendation id made twice" 1 \
    "twice.xml:[0-9]+: error: recommendation id 'UNIDO-2014-R03' was already made in period 2014"
sed -e 's/<reply recommendation="UNIDO-2014-R02"/<reply recommendation="UNIDO-2014-R99"/' \
    "$S/unido-2014-response.xml" >"$SCRATCH/unknown-reply.xml"
run score --scorecard "$SC" "$S/unido-2014-peer.xml" "$SCRATCH/unknown-reply.xml"
check "a reply to an unknown recommendation" 1 \
    "unknown-reply.xml:[0-9]+: error: reply to recommendation 'UNIDO-2014-R99', which the peer assessment of UNIDO 2014 does not make"
run score --scorecard "$SC" "$S/unido-2015-peer.xml" "$S/unido-2014-response.xml"
check "a response of another period" 1 "error: period '2014' differs from period '2015'"

# ---- the reports ------------------------------------------------------------
for a in unido wmo unep; do
    A=$(echo $a | tr a-z A-Z)
    run report -o "$SCRATCH/$a-2015.html" "$GOLDEN/$a-2015.results.xml"
    check "$a 2015 report" 0
    h="$SCRATCH/$a-2015.html"
    grep -q '<h2>5 Progress since 2014</h2>' "$h" && grep -q '<h2>6 Follow-up of earlier recommendations</h2>' "$h" &&
        ok || ko "$a 2015 report: no progress or follow-up section"
    grep -q '<svg[^>]*aria-labelledby="progress-title progress-desc"' "$h" && ok || ko "$a: no progress chart"
    # every 2014 recommendation is in the follow-up table with its status
    for id in $(grep -o "id=\"$A-2014-R[0-9]*\"" "$S/$a-2014-peer.xml" | cut -d'"' -f2); do
        st=$(grep -o "<recommendation id=\"$id\"[^>]* status=\"[a-z-]*\"" "$GOLDEN/$a-2015.results.xml" |
            sed 's/.* status="\([a-z-]*\)"/\1/')
        word=$(case $st in implemented) echo Implemented ;; in-progress) echo "In progress" ;;
            not-started) echo "Not started" ;; superseded) echo Superseded ;;
            no-longer-relevant) echo "No longer relevant" ;; esac)
        tr -d '\n' <"$h" | grep -q "<tr id=\"rec-$id\" class=\"fu-$st\">.*<strong class=\"fu-status\">$word (2015)" &&
            ok || ko "$a 2015 report: $id is not listed as $st"
    done
    grep -q 'recommendations of earlier reviews, [0-9]* have been implemented' "$h" &&
        ok || ko "$a 2015 report: the executive summary does not count the implemented ones"
    grep -q '<p class="illustrative" role="note"><strong>Illustrative data.</strong>' "$h" &&
        ok || ko "$a 2015 report: no illustrative note"
done
# a report of one period alone has neither section; every language renders them
run report "$SCRATCH/unido-2014.xml"
check "2014 report" 0
grep -q 'id="progress"\|id="followup"' "$OUT" && ko "a first period has no progress or follow-up" || ok
for l in fr es ar zh ru; do
    run report --lang $l "$GOLDEN/unido-2015.results.xml"
    check "the 2015 report in $l" 0 "" 'id="followup"'
done
run report --lang fr "$GOLDEN/unido-2015.results.xml"
grep -q 'Progrès depuis 2014' "$OUT" && grep -q 'Données fictives.' "$OUT" && ok || ko "French words"
# the register as CSV, read back by a CSV parser; the JSON carries the same
for a in unido wmo unep; do
    run report --format register -o "$SCRATCH/$a.register.csv" "$GOLDEN/$a-2015.results.xml"
    check "$a register CSV" 0
    check_py "$a: the register CSV holds the register" register-csv "$GOLDEN/$a-2015.results.xml" \
        "$SCRATCH/$a.register.csv"
done
mkdir "$SCRATCH/regs"
run report --format register -o "$SCRATCH/regs" "$GOLDEN/unido-2015.results.xml" "$GOLDEN/wmo-2015.results.xml"
check "register of several results into a folder" 0
[ -s "$SCRATCH/regs/UNIDO-2015.register.csv" ] && [ -s "$SCRATCH/regs/WMO-2015.register.csv" ] &&
    ok || ko "register files are named AGENCY-PERIOD.register.csv"
# cells a spreadsheet would run as formulas get a leading quote, even an
# owner that reads as a number: every column of the register is text
# (a leading tab or carriage return never gets this far: values are trimmed
# when read)
sed -e 's|owner="Legal Affairs Office"|owner="=HYPERLINK(\&quot;http://x\&quot;)"|' \
    -e 's|owner="Travel Unit"|owner="\&#9;@SUM(A1)"|' \
    -e 's|<action>Include the policy|<action>+1 Include the policy|' \
    "$S/unido-2014-response.xml" >"$SCRATCH/hostile-response.xml"
sed -e 's|owner="Legal Affairs Office"|owner="-12.5"|' \
    "$S/unido-2015-peer.xml" >"$SCRATCH/hostile-peer.xml"
sed -e 's|id="UNIDO-2014-R01" priority="low">Send|id="UNIDO-2014-R01" priority="low" owner="+cmd">=1+1 Send|' \
    "$S/unido-2014-peer.xml" >"$SCRATCH/hostile-2014-peer.xml"
run score --scorecard "$SC" -o "$SCRATCH/h14.xml" "$S/unido-2014-self.xml" "$SCRATCH/hostile-2014-peer.xml" \
    "$SCRATCH/hostile-response.xml"
check "hostile cells: 2014 scores" 0
run score --scorecard "$SC" -o "$SCRATCH/h15.xml" --previous "$SCRATCH/h14.xml" "$SCRATCH/hostile-peer.xml"
check "hostile cells: 2015 scores" 0
run report --format register -o "$SCRATCH/h.csv" "$SCRATCH/h15.xml"
check "hostile cells: register" 0
check_py "hostile cells are neutralised, numbers kept" register-csv "$SCRATCH/h15.xml" "$SCRATCH/h.csv"
grep -q "^UNIDO,UNIDO-2014-R01,2014,EMS2,low,'+cmd,,accepted," "$SCRATCH/h.csv" &&
    grep -q "'=1+1 Send the environmental policy" "$SCRATCH/h.csv" &&
    grep -q "accepted,\"'=HYPERLINK(\"\"http://x\"\")\",2015-03-31" "$SCRATCH/h.csv" &&
    grep -q "accepted,'@SUM(A1),2014-12-31" "$SCRATCH/h.csv" &&
    grep -q ",\"'-12.5\",2016-03-31," "$SCRATCH/h.csv" && ok || ko "hostile cells: the expected cells"
run report --format json "$GOLDEN/unido-2015.results.xml"
check "JSON of the 2015 results" 0
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
r = d["register"]
assert d["illustrative"] is True
assert (r["total"], r["earlier"], r["implemented"], r["overdue"]) == (12, 10, 4, 3), r
rec = {x["id"]: x for x in r["recommendations"]}["UNIDO-2014-R04"]
assert rec["status"] == "in-progress" and rec["overdue"] and rec["flags"] == ["disagreement"], rec
assert rec["response"]["decision"] == "accepted" and rec["history"][0]["self"] == "implemented", rec
assert d["progress"]["changes"][0]["items"][0]["delta"] == 3.97
' "$OUT" 2>"$ERR" && ok || ko "the JSON carries the register and the progress"

# the summary of illustrative results says so too
run report --format summary "$GOLDEN/unido-2015.results.xml" "$GOLDEN/wmo-2015.results.xml"
check "summary of illustrative results" 0 "" '<p class="illustrative" role="note">'

# The changes name leaves too: a report of a later period still lists each
# leaf once (the CSV's rows, the executive summary's links).
run report --format csv "$GOLDEN/unido-2015.results.xml"
[ "$(($(wc -l <"$OUT") - 1))" -eq "$(run report --format csv "$GOLDEN/unido-2014.results.xml"; echo $(($(wc -l <"$OUT") - 1)))" ] &&
    ok || ko "the 2015 CSV has rows for the changes as well as the leaves"
run report "$GOLDEN/unido-2015.results.xml"
grep -q '</span><a class="ref"' "$OUT" && ko "a recommendation's milestone is linked twice" || ok

finish
