#!/bin/sh
# End-to-end: the system's climate figures. batch over the samples writes
# them into summary.xml, summary.html and climate.csv, each checked against
# figures recomputed here from the inventories (tests/cli/climate_check.py,
# climate.csv read back with Python's csv module); an inventory without
# assessments is counted there and is no failure; report --format climate
# from results and from a summary.xml; sharded runs gathered give the same
# bytes, inventory-only groups included.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
S="$ROOT/scorecards/samples"
CHECK="python3 $ROOT/tests/cli/climate_check.py"

# ---- the samples: 2014 and 2015 scored, 2008 and 2010 inventories alone --
run batch --scorecard "$SC" --output "$SCRATCH/all" --jobs 2 "$S"
check "batch over the samples" 0 "" \
    "^6 groups, 6 reports, 0 failed, 2 inventories without assessments \\(in $SCRATCH/all\\)$"
check_py "summary.xml: the climate figures of every inventory" summary "$SCRATCH/all/summary.xml" "$S"/*-inventory.xml
check_py "climate.csv: the same, read back with the csv module" \
    csv "$SCRATCH/all/summary.xml" "$SCRATCH/all/climate.csv" "$S"/*-inventory.xml
run validate "$SCRATCH/all/summary.xml"
check "the summary with its climate validates" 0 "" "summary"
grep -q '<failed' "$SCRATCH/all/summary.xml" && ko "an inventory alone is listed as failed" || ok
grep -q '<agency id="UNIDO" tco2e="6256" share="100" share-from="0" personnel="1100" per-person="5.69" inventory-only="true">' \
    "$SCRATCH/all/summary.xml" && ok || ko "the 2010 baseline of UNIDO is an inventory-only agency of its period"
# each agency ranked once, at its latest period: the inventories add none
[ "$(grep -c '<entry ' "$SCRATCH/all/summary.xml")" -eq 3 ] && ok ||
    ko "inventories alone add no entry to the ranking"

# the printed chapter: a bar per period, scaled from the shares given
H="$SCRATCH/all/summary.html"
grep -q '<section class="chapter" id="climate"><h2>7 Greenhouse-gas emissions of the system</h2>' "$H" &&
    ok || ko "summary.html has the climate chapter"
[ "$(grep -o '<svg [^>]*class="inventory-chart climate-chart"' "$H" | wc -l)" -eq 4 ] && ok ||
    ko "a chart per period"
grep -q '<h3>2015: 17,125.1 tCO2e from 3 agencies</h3>' "$H" && ok || ko "the 2015 total and agencies"
grep -q 'Per person: 5.38 tCO2e, dividing by the 3,182 personnel the inventories state.' "$H" &&
    ok || ko "the 2015 figure per person with its denominator"
# 2015 air travel: 11322 of 17125.1 t is 66.11 %, 396.66 of 600 pixels
grep -q '<rect x="10" y="24" width="396.66" height="22" fill="#0b5c8e"[^>]*data-part="air-travel"><title>Air travel: 66.11%</title>' "$H" &&
    ok || ko "the air-travel segment is its share of the bar"
grep -q '<tr data-agency="WMO"><th scope="row">WMO <span class="capped">inventory only, not assessed</span></th>' "$H" &&
    ok || ko "the agency without assessments is marked"
for l in fr es ar zh ru; do
    run report --format summary --lang "$l" "$SCRATCH/all/summary.xml"
    check "the climate chapter in $l" 0
    grep -q 'id="climate"' "$OUT" && ! grep -q 'sum\.climate' "$OUT" && ok ||
        ko "$l: the chapter's words are all in the catalogue"
done
run report --format summary --lang fr "$SCRATCH/all/summary.xml"
grep -q '7 Émissions de gaz à effet de serre du système' "$OUT" && ok || ko "the chapter's title in French"

# ---- report --format climate ------------------------------------------
run report --format climate "$SCRATCH/all/summary.xml"
check "report --format climate of a summary.xml" 0
cmp -s "$OUT" "$SCRATCH/all/climate.csv" && ok || ko "climate.csv rendered again from summary.xml differs"
mkdir "$SCRATCH/rep"
run report --format climate -o "$SCRATCH/rep" "$SCRATCH/all"/*.results.xml
check "report --format climate of results" 0
check_py "climate.csv from results: the scored inventories only" csv - "$SCRATCH/rep/climate.csv" \
    "$S"/*-2014-inventory.xml "$S"/*-2015-inventory.xml
run report --format climate "$SCRATCH/all/UNIDO-2014.results.xml"
check "one results file" 0 "" ""
[ "$(grep -c '^agency,2014,UNIDO,' "$OUT")" -eq 9 ] && ok || ko "one agency: its total and its 8 sources"
grep -q '^agency,2014,UNIDO,total,,5380,100,1150,4.68,' "$OUT" && ok || ko "one agency is 100 % of the system"
run report --format climate "$ROOT/tests/data/golden/unido-2015.results.xml"
check "results without inventory" 0
[ "$(wc -l < "$OUT")" -eq 1 ] && ok || ko "results without inventory: the header row only"
sed 's/<source id="other-travel" scope="3" tco2e="96.25"/<source id="other-travel" scope="3" tco2e="96.255"/' \
    "$SCRATCH/all/UNIDO-2014.results.xml" > "$SCRATCH/thousandths.results.xml"
run report --format climate "$SCRATCH/thousandths.results.xml"
check "results whose inventory has thousandths are refused" 1 \
    "thousandths.results.xml:[0-9]+: error: inventory figures of UNIDO for 2014 that are not tonnes in hundredths"
[ -s "$OUT" ] && ko "a partial climate.csv" || ok
run report --format clima "$SCRATCH/all/summary.xml"
check "an unknown format names climate" 2 "summary-csv or climate"

# ---- an inventory alone, exact hundredths, and one that does not load ---
mkdir "$SCRATCH/alone"
cp "$S/unido-2014-self.xml" "$S/unido-2014-peer.xml" "$S/unido-2014-inventory.xml" "$SCRATCH/alone/"
# half up at the third decimal: 0.005 t is 0.01, 0.004 t is 0
sed -e 's/agency="WMO"/agency="ILO"/' -e 's/tco2e="38.5"/tco2e="38.505"/' -e 's/tco2e="12"/tco2e="0.004"/' \
    "$S/wmo-2014-inventory.xml" > "$SCRATCH/alone/ilo-2014-inventory.xml"
run batch --scorecard "$SC" --output "$SCRATCH/alone-o" "$SCRATCH/alone"
check "an inventory without assessments is no failure" 0 "" \
    "^1 group, 1 report, 0 failed, 1 inventory without assessments "
check_py "the inventory alone is in the summary's figures" summary "$SCRATCH/alone-o/summary.xml" \
    "$SCRATCH/alone/unido-2014-inventory.xml" "$SCRATCH/alone/ilo-2014-inventory.xml"
check_py "and in climate.csv" csv "$SCRATCH/alone-o/summary.xml" "$SCRATCH/alone-o/climate.csv" \
    "$SCRATCH/alone/unido-2014-inventory.xml" "$SCRATCH/alone/ilo-2014-inventory.xml"
grep -q '^agency,2014,ILO,other-travel,3,38.51,' "$SCRATCH/alone-o/climate.csv" && ok ||
    ko "38.505 t is 38.51, half up"
grep -q '^agency,2014,ILO,vehicles,' "$SCRATCH/alone-o/climate.csv" && ko "0.004 t is no source" || ok
grep -q '^agency,2014,ILO,total,,3948.01,42.32,705,5.6,true' "$SCRATCH/alone-o/climate.csv" && ok ||
    ko "the inventory-only agency's row"
no_file "no results for an inventory alone" "$SCRATCH/alone-o/ILO-2014.results.xml" "$SCRATCH/alone-o/ILO-2014.html"
sed 's/<personnel covered="705" total="705"\/>/<personnel covered="706" total="705"\/>/' \
    "$S/wmo-2014-inventory.xml" > "$SCRATCH/alone/wmo-2014-inventory.xml"
run batch --scorecard "$SC" --output "$SCRATCH/alone-bad" "$SCRATCH/alone"
check "an inventory alone that does not load fails" 1 "wmo-2014-inventory.xml:[0-9]+: error: .*personnel covered \\(706\\) is above the total \\(705\\)" \
    "^1 group, 1 report, 1 failed, 1 inventory without assessments "
grep -q '<failed agency="WMO" period="2014">' "$SCRATCH/alone-bad/summary.xml" && ok ||
    ko "the bad inventory is listed as not reported"
grep -q '<agency id="WMO"' "$SCRATCH/alone-bad/summary.xml" && ko "the bad inventory is counted" || ok
mkdir "$SCRATCH/ilo"
mv "$SCRATCH/alone/ilo-2014-inventory.xml" "$SCRATCH/ilo/"

# ---- shards and --gather ------------------------------------------------
for n in 2 3; do
    d="$SCRATCH/sh$n"
    k=1
    while [ $k -le $n ]; do
        run batch --scorecard "$SC" --output "$d" --shard $k/$n "$S" "$SCRATCH/ilo"
        check "--shard $k/$n" 0
        k=$((k + 1))
    done
    run batch --gather --output "$d"
    check "gather $n shards" 0 "" "^6 groups, 0 failed or missing, 3 inventories without assessments "
    run batch --scorecard "$SC" --output "$SCRATCH/one$n" "$S" "$SCRATCH/ilo"
    check "the same run in one piece" 0
    cmp -s "$d/summary.xml" "$SCRATCH/one$n/summary.xml" && cmp -s "$d/climate.csv" "$SCRATCH/one$n/climate.csv" &&
        ok || ko "$n shards gathered: summary.xml and climate.csv are the run in one piece's"
done
grep -l 'inventory-only="true"' "$SCRATCH/sh3"/.emscore-shard-*.xml | wc -l | grep -q '^3$' && ok ||
    ko "every shard's list names the inventories alone"
# a list that says an inventory alone is done, without its figures
f=$(grep -l 'state="done" inventory-only="true"' "$SCRATCH/sh3"/.emscore-shard-*.xml | head -n 1)
python3 - "$f" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p).read()
s = re.sub(r'(<group [^>]*state="done" inventory-only="true")>\s*<inventory.*?</inventory>\s*</group>', r'\1/>', s, count=1, flags=re.S)
open(p, "w").write(s)
PY
run batch --gather --output "$SCRATCH/sh3"
check "a done inventory without its figures is refused" 1 "a shard list says the inventory of .* is done, without its figures"
finish
