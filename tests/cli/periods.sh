#!/bin/sh
# End-to-end: a summary over several periods. batch over the 2014 and 2015
# samples ranks three agencies (not six), each at its latest period with
# its change since 2014; --period 2014 ranks the 2014 figures; every change,
# every period's averages and the implementation rate are checked against
# our own arithmetic on the results files, and the summary CSV is read
# back with Python's csv module (tests/cli/periods_check.py); an agency
# with a single period, 2015 results alone (their previous period is the one
# they carry), the report command's --period, and the errors; batch
# --resume does a later period again when an earlier one's inputs changed.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
S="$ROOT/scorecards/samples"
CHECK="python3 $ROOT/tests/cli/periods_check.py"

IN="$SCRATCH/in"
mkdir -p "$IN"
cp "$S"/*-201[45]-self.xml "$S"/*-201[45]-peer.xml "$S"/*-2014-response.xml "$IN"
B="$SCRATCH/batch"
run batch --jobs 2 --scorecard "$SC" --output "$B" "$IN"
check "batch over the 2014 and 2015 samples" 0 "" "^6 groups, 6 reports, 0 failed"
[ "$(grep -c '<entry ' "$B/summary.xml")" -eq 3 ] && ok || ko "not 3 ranked entries"
grep -q '<summary .* entries="3"' "$B/summary.xml" && ok || ko "entries is not 3"
[ "$(grep -c '<entry .*period="2015"' "$B/summary.xml")" -eq 3 ] && ok ||
    ko "not every agency at its latest period, 2015"
grep -q '<entry rank="2" agency="UNIDO" period="2015" .* previous="2014" change="3.97"[ >]' \
    "$B/summary.xml" && ok || ko "UNIDO 2015: 66.17 - 62.20 = 3.97 since 2014"
run validate "$B/summary.xml"
check "the summary validates" 0 "" "summary of 3 results"
check_py "batch: each agency's latest period, its changes, every period's averages, the CSV" \
    summary latest "$B/summary.xml" "$B/summary.csv" "$B"/*.results.xml
grep -q '+3.97' "$B/summary.html" && grep -q 'since 2014' "$B/summary.html" && ok ||
    ko "the ranking prints the change beside the score"
grep -q 'id="periods"' "$B/summary.html" && grep -q 'Averages by period' "$B/summary.html" && ok ||
    ko "the HTML has no chapter of periods"
grep -q 'data-rate="37.50"' "$B/summary.html" &&
    grep -q '9 of the 24 earlier recommendations followed up have been implemented' "$B/summary.html" &&
    ok || ko "the implementation rate: 9 of 24, 37.50%"

# --period 2014: the 2014 figures, every agency in its first period
P="$SCRATCH/p2014"
run batch --jobs 2 --scorecard "$SC" --output "$P" --period 2014 "$IN"
check "batch --period 2014" 0 "" "^6 groups, 6 reports, 0 failed"
[ "$(grep -c '<entry .*period="2014"' "$P/summary.xml")" -eq 3 ] && ok || ko "not the 3 agencies of 2014"
! grep -q '<entry .*change=' "$P/summary.xml" && ok || ko "a change in a first period"
grep -q 'first period' "$P/summary.html" && ok || ko "the ranking does not say first period"
check_py "--period 2014: the 2014 figures" \
    summary 2014 "$P/summary.xml" "$P/summary.csv" "$B"/*.results.xml
cmp -s "$P/UNIDO-2015.results.xml" "$B/UNIDO-2015.results.xml" && ok ||
    ko "--period changes the results, not only the summary"

# report --format summary|summary-csv --period
run report --format summary-csv --period 2015 "$B"
check "report summary-csv --period 2015 of the folder" 0
cmp -s "$OUT" "$B/summary.csv" && ok || ko "--period 2015 is not the latest here"
run report --format summary-csv --period 2014 "$B"
check "report summary-csv --period 2014" 0
cmp -s "$OUT" "$P/summary.csv" && ok || ko "report --period 2014 differs from batch --period 2014"
run report --format summary --lang fr -o "$SCRATCH/fr.html" "$B"
check "the summary in French" 0
grep -q 'Moyennes par période' "$SCRATCH/fr.html" && grep -q 'depuis 2014' "$SCRATCH/fr.html" &&
    ok || ko "the French summary does not print its periods"
run report --format summary --period 2016 "$B"
check "a period no results have" 1 "no results of period 2016 to summarise"
run report --format html --period 2014 "$B/UNIDO-2014.results.xml"
check "--period with another format" 2 "--period is for the summary and summary-csv formats"
run report --format summary --period '../x' "$B"
check "--period needs an identifier" 2 "--period needs a period identifier"
run report --format summary --period 2014 "$B/summary.xml"
check "--period on a summary document" 2 "give its results instead"

# 2015 results alone: the previous period is the one they carry (scored
# over 2014 by batch), with the same changes; the averages are of 2015 only.
run report --format summary-csv "$B/UNEP-2015.results.xml" "$B/UNIDO-2015.results.xml" \
    "$B/WMO-2015.results.xml"
check "2015 results alone" 0
cp "$OUT" "$SCRATCH/alone.csv"
python3 - "$SCRATCH/alone.csv" "$B/summary.csv" <<'PY' && ok || ko "2015 alone: not the changes since 2014 the results carry"
import csv, sys
alone, both = (list(csv.DictReader(open(p, newline=""))) for p in sys.argv[1:])
pick = lambda rows: [{k: v for k, v in r.items() if k == "previous_period" or k.endswith("_change")}
                     for r in rows if r["agency"]]
sys.exit(0 if pick(alone) == pick(both) and pick(alone)[0]["previous_period"] == "2014"
         and [r["period"] for r in alone if r["period"] and not r["agency"]] == ["2015"] else 1)
PY
# An input of the previous period wins over the figures carried: UNIDO 2014
# with its final score edited to 60.00 makes the change 6.17.
sed 's/<overall \(.*\) final="[0-9.]*"/<overall \1 final="60.00"/' "$B/UNIDO-2014.results.xml" \
    >"$SCRATCH/UNIDO-2014.results.xml"
grep -q '<overall .* final="60.00"' "$SCRATCH/UNIDO-2014.results.xml" && ok || ko "the edit did not apply"
run report --format summary-csv "$SCRATCH/UNIDO-2014.results.xml" "$B/UNIDO-2015.results.xml"
check "an edited 2014 beside 2015" 0 "" "^1,UNIDO,2015,.*,2014,6\.17,"

# An agency with a single period beside one with two: never ranked
# against itself, and its first period says so.
run report --format summary -o "$SCRATCH/mixed.xml.html" "$B/UNIDO-2014.results.xml" \
    "$B/UNIDO-2015.results.xml" "$B/WMO-2014.results.xml"
check "UNIDO 2014 and 2015 with WMO 2014" 0
run report --format summary-csv -o "$SCRATCH/mixed.csv" "$B/UNIDO-2014.results.xml" \
    "$B/UNIDO-2015.results.xml" "$B/WMO-2014.results.xml"
"$EMSCORE" report --format summary-csv "$B/WMO-2014.results.xml" "$B/UNIDO-2015.results.xml" \
    "$B/UNIDO-2014.results.xml" >"$SCRATCH/mixed2.csv" 2>/dev/null
cmp -s "$SCRATCH/mixed.csv" "$SCRATCH/mixed2.csv" && ok || ko "the order of the inputs shows"
python3 - "$SCRATCH/mixed.csv" <<'PY' && ok || ko "mixed periods: WMO 2014 first period, UNIDO 2015 +3.97"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
entries = [(r["agency"], r["period"], r["previous_period"], r["final_change"]) for r in rows if r["agency"]]
periods = [(r["period"], r["agencies"]) for r in rows if r["period"] and not r["agency"]]
sys.exit(0 if entries == [("WMO", "2014", "", ""), ("UNIDO", "2015", "2014", "3.97")]
         and periods == [("2014", "2"), ("2015", "1")] else 1)
PY

# ---- each agency beside the agencies reviewed on the same themes ----------
# UNOV, a copy of UNIDO 2015 (same areas) with its final score edited to
# 60.00: the two compare with each other, mean (66.17 + 60.00) / 2 = 63.085,
# 63.09 half up; WMO, on other areas, with none. The report lists them by
# agency unless asked to rank.
sed 's/agency="UNIDO"/agency="UNOV"/; s/<overall \(.*\) final="[0-9.]*"/<overall \1 final="60.00"/' \
    "$B/UNIDO-2015.results.xml" >"$SCRATCH/UNOV-2015.results.xml"
CMP="$B/UNIDO-2015.results.xml $SCRATCH/UNOV-2015.results.xml $B/WMO-2015.results.xml"
run report --format summary-csv -o "$SCRATCH/compare.csv" $CMP
check "a summary where two agencies share their themes" 0
python3 - "$SCRATCH/compare.csv" <<'PY' && ok || ko "UNIDO +3.08 and UNOV -3.09 from 63.09, WMO compared with none"
import csv, sys
rows = {r["agency"]: r for r in csv.DictReader(open(sys.argv[1], newline="")) if r["agency"]}
got = {a: (r["comparable"], r["same_themes_average"], r["difference"]) for a, r in rows.items()}
sys.exit(0 if got == {"UNIDO": ("2", "63.09", "3.08"), "UNOV": ("2", "63.09", "-3.09"),
                      "WMO": ("", "", "")} else 1)
PY
run report --format summary -o "$SCRATCH/compare.html" $CMP
python3 - "$SCRATCH/compare.html" <<'PY' && ok || ko "the comparison lists the agencies by agency, not ranked"
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
chapter = html[html.index('id="comparison"'):html.index("</section>", html.index('id="comparison"'))]
rows = re.findall(r'<tr data-agency="([A-Z]+)"', chapter)
sys.exit(0 if rows == ["UNIDO", "UNOV", "WMO"] and "63.09" in chapter and 'id="ranking"' not in html else 1)
PY
run report --format summary --param ranking=yes -o "$SCRATCH/ranked.html" $CMP
python3 - "$SCRATCH/ranked.html" <<'PY' && ok || ko "ranking=yes: the ranking, best first"
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
chapter = html[html.index('id="ranking"'):html.index("</section>", html.index('id="ranking"'))]
sys.exit(0 if re.findall(r'<tr data-agency="([A-Z]+)"', chapter) == ["WMO", "UNIDO", "UNOV"] else 1)
PY

# ---- --resume after an earlier period's inputs changed ---------------------
# UNIDO 2015's results carry the 2014 figures: when the 2014 peer
# assessment changes, --resume does 2014 again and then 2015, whose own
# inputs did not change; the other agencies stay up to date.
R="$SCRATCH/resume"
cp -r "$B" "$R"
sleep 0.05
# every rating of EMS1, by whatever lines they stand on
sed -i '/<response milestone="EMS1">/,/<\/response>/s/level="achieved"/level="in-progress"/' "$IN/unido-2014-peer.xml"
grep -c 'level="in-progress"' "$IN/unido-2014-peer.xml" >/dev/null && ok || ko "the edit did not apply"
run batch --jobs 2 --resume --scorecard "$SC" --output "$R" "$IN"
check "--resume after UNIDO 2014 changed" 0 "" "^6 groups, 2 reports, 0 failed, 4 up to date"
python3 - "$R/UNIDO-2014.results.xml" "$R/UNIDO-2015.results.xml" "$B/UNIDO-2014.results.xml" <<'PY' &&
import sys
import xml.etree.ElementTree as ET
NS = {"e": "urn:emscore:1"}
new14, r15, old14 = (ET.parse(p).getroot() for p in sys.argv[1:])
final = lambda r: r.find("e:overall", NS).get("final")
carried = r15.find("e:progress/e:period[@id='2014']", NS).get("final")
sys.exit(0 if final(new14) != final(old14) and carried == final(new14) else 1)
PY
    ok || ko "UNIDO 2015 does not carry the new 2014 figures"
check_py "--resume: the summary's changes are since the new 2014 figures" \
    summary latest "$R/summary.xml" "$R/summary.csv" "$R"/*.results.xml
run batch --jobs 2 --resume --scorecard "$SC" --output "$R" "$IN"
check "--resume again: everything up to date" 0 "" "^6 groups, 0 reports, 0 failed, 6 up to date"
# A group done again for a missing report writes the same results: its
# later period stays up to date.
rm "$R/WMO-2014.html"
run batch --jobs 2 --resume --scorecard "$SC" --output "$R" "$IN"
check "--resume after a 2014 report was removed" 0 "" "^6 groups, 1 report, 0 failed, 5 up to date"
[ -s "$R/WMO-2014.html" ] && ok || ko "WMO-2014.html was not written again"

finish
