#!/bin/sh
# End-to-end: `emscore import --format csv` from a spreadsheet export to
# inventory documents, every kind of bad row refused with its line and
# column and nothing written, then the imported inventory scored.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
S="$ROOT/scorecards/samples"
H='agency,period,baseline,source,scope,tco2e,activity,activity_unit,factor,factor_unit,factor_source,comment,personnel_covered,personnel_total,offset_tco2e,offset_standard,offset_registry'

# bad NAME ERE ROW...: a CSV of the header and ROWs is refused with a
# diagnostic matching ERE, and the output folder stays empty.
bad() {
    name=$1 ere=$2
    shift 2
    rm -rf "$SCRATCH/out" && mkdir "$SCRATCH/out"
    printf '%s\n' "$H" "$@" > "$SCRATCH/bad.csv"
    run import --format csv -o "$SCRATCH/out" "$SCRATCH/bad.csv"
    check "$name" 1 "^$SCRATCH/bad.csv:$ere"
    if [ -z "$(ls -A "$SCRATCH/out")" ]; then ok; else ko "$name: something was written"; fi
}

GOOD='UNIDO,2014,2010,air-travel,3,2964,,,,,,,782,1150,,,'
bad "wrong column count" '3: error: 16 cells, but the header has 17 columns' "$GOOD" 'UNIDO,2014,,electricity,2,1012.4,,,,,,,,,,'
bad "bad number" '3: error: column 6 \(tco2e\): .12,5. is not a number' "$GOOD" 'UNIDO,2014,,electricity,2,"12,5",,,,,,,,,,,'
bad "more than three decimals" '3: error: column 6 \(tco2e\): .1.2345. has more than 3 decimals' "$GOOD" 'UNIDO,2014,,electricity,2,1.2345,,,,,,,,,,,'
bad "negative figure" '3: error: column 6 \(tco2e\): .-5. is negative' "$GOOD" 'UNIDO,2014,,electricity,2,-5,,,,,,,,,,,'
bad "unknown source" '3: error: column 4 \(source\): .planes. is not a source' "$GOOD" 'UNIDO,2014,,planes,3,5,,,,,,,,,,,'
bad "unknown scope" '3: error: column 5 \(scope\): .4. is not a scope' "$GOOD" 'UNIDO,2014,,vehicles,4,5,,,,,,,,,,,'
bad "duplicate row" '3: error: column 4 \(source\): a second row for UNIDO 2014 air-travel \(the first is line 2\)' "$GOOD" "$GOOD"
bad "mixed separators" "3: error: cells separated by ';', but the header by ','" "$GOOD" 'UNIDO;2014;;vehicles;1;5;;;;;;;;;;;'
bad "formula-like cell" '3: error: column 11 \(factor_source\): .=HYPERLINK' "$GOOD" 'UNIDO,2014,,vehicles,1,5,,,1,kg/l,=HYPERLINK(x),,,,,,'
bad "formula-like agency" '3: error: column 1 \(agency\): .@SUM. looks like a spreadsheet formula' "$GOOD" '@SUM,2014,,vehicles,1,5,,,,,,,1,1,,,'
bad "personnel disagree" '3: error: column 13 \(personnel_covered\): .780. differs from .782. on line 2' "$GOOD" 'UNIDO,2014,,vehicles,1,5,,,,,,,780,1150,,,'
bad "covered above total" '2: error: column 13 \(personnel_covered\): 1200 is above personnel_total \(1150\)' 'UNIDO,2014,,vehicles,1,5,,,,,,,1200,1150,,,'
bad "zero denominator" '2: error: column 14 \(personnel_total\): 0: the per-person figures divide' 'UNIDO,2014,,vehicles,1,5,,,,,,,0,0,,,'
bad "personnel missing" '2: error: column 13 \(personnel_covered\): no row of UNIDO 2014 gives it' 'UNIDO,2014,,vehicles,1,5,,,,,,,,,,,'
bad "agency not an identifier" '2: error: column 1 \(agency\): .UN DP. is not an identifier' 'UN DP,2014,,vehicles,1,5,,,,,,,1,1,,,'
bad "baseline is the period" "2: error: column 3 \\(baseline\\): '2014' is the period itself" 'UNIDO,2014,2014,vehicles,1,5,,,,,,,1,1,,,'
bad "unclosed quote" '3: error: a quoted cell is not closed' "$GOOD" 'UNIDO,2014,,vehicles,1,"5,,,,,,,1,1,,,'
bad "bad row among good ones writes nothing" '4: error: column 6 \(tco2e\)' "$GOOD" 'WMO,2014,,vehicles,1,12,,,,,,,705,705,,,' 'WMO,2014,,other,3,x,,,,,,,,,,,'

printf 'agency,period,source,scope,tco2e,personnel_covered,personnel_total,colour\nA,1,other,3,1,1,1,red\n' > "$SCRATCH/h.csv"
run import --format csv -o "$SCRATCH" "$SCRATCH/h.csv"
check "unknown header column" 1 "h.csv:1: error: column 8: 'colour' is not a column name"
printf 'agency,period,source,scope,tco2e,personnel_total\n' > "$SCRATCH/h.csv"
run import --format csv -o "$SCRATCH" "$SCRATCH/h.csv"
check "required column missing" 1 "h.csv:1: error: the header has no column 'personnel_covered'"
: > "$SCRATCH/empty.csv"
run import --format csv -o "$SCRATCH" "$SCRATCH/empty.csv"
check "empty file" 1 "empty.csv:1: error: empty file"
run import -o "$SCRATCH" "$SCRATCH/empty.csv"
check "--format is required" 2 "give --format csv"
run import --format csv -o "$SCRATCH" "$SCRATCH/missing.csv"
check "missing file" 2 "missing.csv: error: cannot open"
run import --format csv -o "$SCRATCH" --max-items 1 "$ROOT/tests/data/csv/inventories.csv"
check "--max-items bounds the rows" 1 "inventories.csv:3: error: more than 1 rows"

# The good file: two inventories, valid, with the figures as given.
mkdir "$SCRATCH/imp"
run import --format csv -o "$SCRATCH/imp" "$ROOT/tests/data/csv/inventories.csv"
check "import writes one inventory per agency and period" 0 "" "inventories.csv: 2 inventories written to"
run validate "$SCRATCH/imp/UNIDO-2014-inventory.xml" "$SCRATCH/imp/WMO-2014-inventory.xml"
check "imported inventories validate" 0 "" "UNIDO-2014-inventory.xml: inventory UNIDO period 2014: 2 sources, 0 offsets, 1150 personnel"
grep -q '<comment>Grid, "avg"</comment>' "$SCRATCH/imp/UNIDO-2014-inventory.xml" && ok || ko "a quoted cell keeps its separator and quotes"
grep -q '<offset tco2e="3960" standard="CDM CER" registry="reg 1"/>' "$SCRATCH/imp/WMO-2014-inventory.xml" && ok || ko "offsets are kept"
cp "$SCRATCH/imp/UNIDO-2014-inventory.xml" "$SCRATCH/before.xml"
run import --format csv -o "$SCRATCH/imp" "$ROOT/tests/data/csv/inventories.csv"
check "an existing target is never overwritten" 2 "UNIDO-2014-inventory.xml: error: already exists: nothing was written"
cmp -s "$SCRATCH/before.xml" "$SCRATCH/imp/UNIDO-2014-inventory.xml" && ok || ko "the existing file is unchanged"

# Semicolons, a byte order mark, CRLF and a gzip file read the same.
printf '\357\273\277agency;period;source;scope;tco2e;personnel_covered;personnel_total\r\nUNEP;2014;vehicles;1;380;1251;1290\r\nUNEP;2014;air-travel;3;"5934";;\r\n' > "$SCRATCH/semi.csv"
gzip -c "$SCRATCH/semi.csv" > "$SCRATCH/semi.csv.gz"
mkdir "$SCRATCH/semi" "$SCRATCH/semigz"
run import --format csv -o "$SCRATCH/semi" "$SCRATCH/semi.csv"
check "semicolons, BOM and CRLF" 0
run import --format csv -o "$SCRATCH/semigz" "$SCRATCH/semi.csv.gz"
check "gzip input" 0
cmp -s "$SCRATCH/semi/UNEP-2014-inventory.xml" "$SCRATCH/semigz/UNEP-2014-inventory.xml" && ok || ko "gzip input gives the same inventory"

# The template's header is what import reads.
run template --kind inventory --agency UNEP --period 2014 --format csv
check "template --format csv writes the header" 0 "" "^$H"
cp "$OUT" "$SCRATCH/t.csv"
printf 'UNEP,2014,,vehicles,1,380,,,,,,,1251,1290,,,\r\n' >> "$SCRATCH/t.csv"
mkdir "$SCRATCH/t"
run import --format csv -o "$SCRATCH/t" "$SCRATCH/t.csv"
check "the template's header imports" 0
run template --kind inventory --agency UNEP --period 2014 -o "$SCRATCH/blank.xml"
check "template --kind inventory needs no scorecard" 0
run validate "$SCRATCH/blank.xml"
check "the blank inventory validates" 0 "" "inventory UNEP period 2014: 8 sources, 0 offsets, 1 personnel"

# From CSV to results: the sample UNIDO inventories as a spreadsheet.
{
    echo "$H"
    for y in 2014 2010; do
        b=; [ $y = 2014 ] && b=2010
        c=782 t=1150; [ $y = 2010 ] && c=700 t=1100
        sed -n 's/.*<emission source="\([^"]*\)" scope="\([0-9]\)" tco2e="\([0-9.]*\)".*/\1,\2,\3/p' "$S/unido-$y-inventory.xml" |
            while IFS=, read -r src scope t2; do
                echo "UNIDO,$y,$b,$src,$scope,$t2,,,,,,,$c,$t,,,"
            done
    done
} > "$SCRATCH/unido.csv"
mkdir "$SCRATCH/u"
run import --format csv -o "$SCRATCH/u" "$SCRATCH/unido.csv"
check "the UNIDO sample as CSV imports" 0 "" "2 inventories written"
run score --scorecard "$SC" -i "$SCRATCH/u/UNIDO-2014-inventory.xml" -i "$SCRATCH/u/UNIDO-2010-inventory.xml" \
    "$S/unido-2014-self.xml" "$S/unido-2014-peer.xml"
check "the imported inventories score" 0
# the CSV leaves out the activity data and factors, which no figure uses
strip() { sed -E 's/ (activity|activity-unit|factor|factor-unit|factor-source)="[^"]*"//g' "$1"; }
strip "$ROOT/tests/data/golden/unido-2014-inventory.results.xml" > "$SCRATCH/golden.xml"
strip "$OUT" | cmp -s - "$SCRATCH/golden.xml" && ok ||
    ko "scored from the CSV, the results are those of the sample inventories"
finish
