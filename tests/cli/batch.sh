#!/bin/sh
# End-to-end: `emscore batch`. The bundled samples plus broken files (each
# named as FILE:LINE: error:, the other groups still done, exit 1); outputs
# that do not depend on --jobs, on the order of the inputs or on sharding;
# a run killed with SIGKILL leaves no partial file and a rerun completes it;
# --resume; no file ever written through a planted symlink or outside the
# output folder. Synthetic groups come from bench/gen.py.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
S="$ROOT/scorecards/samples"
IN="$SCRATCH/in"
BROKEN="$IN/broken"

# same_tree NAME DIR1 DIR2: the two folders hold the same files, byte for byte
same_tree() {
    if diff -r "$2" "$3" >/dev/null; then ok; else ko "$1: $2 and $3 differ"; fi
}

# complete NAME DIR: every visible file in DIR is a whole output: nothing
# but results, reports and the summary; the documents validate; every report
# ends its document (tail -c of a cut file runs into the next one's ending)
complete() {
    others=$(ls "$2" | grep -Evc '^([A-Za-z0-9._-]+\.results\.xml|[A-Za-z0-9._-]+\.html|summary\.(xml|csv)|climate\.csv)$')
    reports=$(ls "$2" | grep -c '\.html$')
    ends=$(tail -q -c 8 "$2"/*.html | grep -c '</html>$')
    if [ "$others" -ne 0 ] || [ "$ends" -ne "$reports" ]; then
        ko "$1: $others unexpected files, $((reports - ends)) cut reports"
    elif ! "$EMSCORE" validate "$2"/*.xml >/dev/null 2>&1; then
        ko "$1: a document does not validate"
    else
        ok
    fi
}

# ---- the samples and a mix of broken files -------------------------------
mkdir -p "$IN/samples" "$BROKEN/deeper"
cp "$S"/*.xml "$IN/samples/"
for k in self peer; do # a fourth good group, gzip-compressed, two folders down
    sed 's/agency="UNIDO"/agency="GZ"/' "$S/unido-2014-$k.xml" | gzip >"$BROKEN/deeper/gz-$k.xml.gz"
done
printf '<<<not xml\n' >"$BROKEN/garbage.xml"
sed 's/agency="UNIDO"/agency="TRUNC"/' "$S/unido-2014-self.xml" | head -c 3000 >"$BROKEN/truncated.xml"
sed 's/agency="UNEP"/agency="INVAL"/; s/milestone="EMS3"/milestone="NOPE3"/' \
    "$S/unep-2014-self.xml" >"$BROKEN/invalid.xml"
sed 's/agency="WMO"/agency="DUP"/' "$S/wmo-2014-self.xml" >"$BROKEN/dup-a.xml"
sed 's/agency="WMO"/agency="DUP"/' "$S/wmo-2014-self.xml" >"$BROKEN/dup-b.xml"
sed 's/agency="WMO"/agency="OLDV"/; s/scorecard-version="2014.1"/scorecard-version="2013.1"/' \
    "$S/wmo-2014-peer.xml" >"$BROKEN/old-version.xml"
printf '<html><body>notes</body></html>\n' >"$BROKEN/notes.xml"
cp "$SC" "$BROKEN/scorecard-copy.xml"

run batch --scorecard "$SC" --output "$SCRATCH/o1" --jobs 1 "$IN"
check "mixed inputs: exit 1 and the summary line" 1 "" \
    "^11 groups, 7 reports, 5 failed, 2 inventories without assessments \\(in $SCRATCH/o1\\)$"
cp "$ERR" "$SCRATCH/o1.err"
for want in "garbage.xml:1: error: not well-formed" "truncated.xml:[0-9]+: error: not well-formed" \
    "invalid.xml:13: error: .*NOPE3" "dup-b.xml:2: error: a second self assessment" \
    "old-version.xml:2: error: .*scorecard version '2013.1'" \
    "notes.xml:1: warning: skipped: <html> is not an emscore document"; do
    grep -Eq "^$BROKEN/$want" "$ERR" && ok || ko "mixed inputs: no diagnostic /$want/"
done
grep -q 'scorecard-copy.xml' "$ERR" && ko "a scorecard beside the assessments is reported" || ok
[ "$(grep -c ': error: ' "$ERR")" -eq 5 ] && ok || ko "mixed inputs: not five errors"
for g in UNEP-2014 UNIDO-2014 WMO-2014 GZ-2014 UNEP-2015 UNIDO-2015 WMO-2015; do
    [ -s "$SCRATCH/o1/$g.html" ] && ok || ko "good group $g: no report"
    run validate "$SCRATCH/o1/$g.results.xml"
    check "good group $g: results validate" 0 "" "results ${g%-*} period ${g#*-}"
done
# each 2015 group is scored over its agency's 2014 results of the same run
for g in UNEP UNIDO WMO; do
    grep -q "<progress previous=\"2014\" baseline=\"2014\">" "$SCRATCH/o1/$g-2015.results.xml" &&
        ok || ko "$g 2015: no progress since 2014"
done
for g in TRUNC INVAL DUP OLDV; do
    [ -e "$SCRATCH/o1/$g-2014.results.xml" ] || [ -e "$SCRATCH/o1/$g-2014.html" ] &&
        ko "failed group $g has outputs" || ok
done
# the summary ranks each agency once, at its latest period: UNEP, UNIDO and
# WMO 2015 and GZ 2014; then a row per period
run validate "$SCRATCH/o1/summary.xml"
check "summary.xml validates" 0 "" "summary of 4 results"
[ "$(grep -c '^[0-9]' "$SCRATCH/o1/summary.csv")" -eq 4 ] && ok || ko "summary.csv: not 4 ranked rows"
[ "$(grep -c '^,,201[45],' "$SCRATCH/o1/summary.csv")" -eq 2 ] && ok || ko "summary.csv: not 2 period rows"
complete "mixed inputs" "$SCRATCH/o1"

run batch --scorecard "$SC" --output "$SCRATCH/o2" --jobs 2 "$IN"
check "mixed inputs, --jobs 2" 1
same_tree "--jobs 1 and --jobs 2" "$SCRATCH/o1" "$SCRATCH/o2"
cmp -s "$ERR" "$SCRATCH/o1.err" && ok || ko "--jobs 1 and --jobs 2: diagnostics differ"

# Every file named, in name order and in reverse (named non-assessments are
# errors then): the same outputs and the same diagnostics either way.
find "$IN" -type f | LC_ALL=C sort >"$SCRATCH/names"
# shellcheck disable=SC2046 # one operand per line, no spaces in the names
run batch --scorecard "$SC" --output "$SCRATCH/fwd" $(cat "$SCRATCH/names")
check "inputs named one by one" 1 "scorecard-copy.xml:2: error: <scorecard> is not an assessment"
cp "$ERR" "$SCRATCH/fwd.err"
# shellcheck disable=SC2046
run batch --scorecard "$SC" --output "$SCRATCH/rev" $(LC_ALL=C sort -r "$SCRATCH/names")
check "inputs named in reverse order" 1
same_tree "input order" "$SCRATCH/fwd" "$SCRATCH/rev"
cmp -s "$ERR" "$SCRATCH/fwd.err" && ok || ko "input order: diagnostics differ"

# ---- shards ---------------------------------------------------------------
python3 "$ROOT/bench/gen.py" --groups 30 --milestones 12 "$SCRATCH/g30" ||
    ko "bench/gen.py failed"
G30="$SCRATCH/g30"
run batch --scorecard "$G30/scorecard.xml" --output "$SCRATCH/full" --jobs 2 "$G30/inputs"
check "30 groups" 0 "" "^30 groups, 30 reports, 0 failed"
run batch --scorecard "$G30/scorecard.xml" --output "$SCRATCH/full1" --jobs 1 "$G30/inputs"
same_tree "30 groups, --jobs 1 and --jobs 2" "$SCRATCH/full" "$SCRATCH/full1"
# The per-document limits guard against hostile inputs, not against the
# summary a run builds or the stylesheets it ships: with inputs far under
# the limit, both may exceed it.
run batch --scorecard "$G30/scorecard.xml" --output "$SCRATCH/limited" --max-xml-bytes 15000 "$G30/inputs"
check "--max-xml-bytes under the summary's size" 0 "" "^30 groups, 30 reports, 0 failed"
[ "$(wc -c < "$SCRATCH/limited/summary.xml")" -gt 15000 ] && ok || ko "summary.xml is not over the limit"
cmp -s "$SCRATCH/limited/summary.html" "$SCRATCH/full/summary.html" && ok ||
    ko "--max-xml-bytes: summary.html differs"
run report --max-xml-bytes 15000 -o "$SCRATCH/limited.html" "$SCRATCH/full/A00001-2024.results.xml"
check "report: the built-in stylesheet is not an input" 0
total=0
for k in 1 2 3; do
    run batch --scorecard "$G30/scorecard.xml" --output "$SCRATCH/shard$k" --shard "$k/3" "$G30/inputs"
    check "--shard $k/3" 0 "" "^[0-9]+ groups, [0-9]+ reports, 0 failed"
    n=$(sed -n 's/^\([0-9]*\) groups.*/\1/p' "$OUT")
    [ "$n" -gt 0 ] && ok || ko "--shard $k/3 has no group"
    total=$((total + n))
done
[ "$total" -eq 30 ] && ok || ko "shards hold $total groups, not 30"
[ -z "$(ls "$SCRATCH"/shard[123] | grep -- '-2024\.' | sort | uniq -d)" ] && ok ||
    ko "a group is in two shards"
mkdir "$SCRATCH/union"
for k in 1 2 3; do cp "$SCRATCH/shard$k"/*-2024.* "$SCRATCH/union/"; done
mkdir "$SCRATCH/per-group"
cp "$SCRATCH/full"/*-2024.* "$SCRATCH/per-group/"
same_tree "the union of the shards" "$SCRATCH/union" "$SCRATCH/per-group"
run report --format summary -o "$SCRATCH/shards-summary.html" "$SCRATCH"/shard[123]/*.results.xml
check "summary of the shards" 0
cmp -s "$SCRATCH/shards-summary.html" "$SCRATCH/full/summary.html" && ok ||
    ko "the summary of the shards differs from the full run's"
run report --format summary-csv -o "$SCRATCH/shards-summary.csv" "$SCRATCH"/shard[123]/*.results.xml
check "summary CSV of the shards" 0
cmp -s "$SCRATCH/shards-summary.csv" "$SCRATCH/full/summary.csv" && ok ||
    ko "the summary CSV of the shards differs from the full run's"
# The summary.xml of a run renders again on its own, to the same reports.
run report --format summary -o "$SCRATCH/resummary.html" "$SCRATCH/full/summary.xml"
check "report --format summary of a summary.xml" 0
cmp -s "$SCRATCH/resummary.html" "$SCRATCH/full/summary.html" && ok ||
    ko "summary.html rendered again from summary.xml differs"
run report --format summary-csv "$SCRATCH/full/summary.xml"
check "report --format summary-csv of a summary.xml" 0
cmp -s "$OUT" "$SCRATCH/full/summary.csv" && ok ||
    ko "summary.csv rendered again from summary.xml differs"
# A batch renders its summary reports from the figures alone; the
# summary.xml it writes is whole, with every entry's unmet leaves.
[ "$(grep -c '<unmet ' "$SCRATCH/full/summary.xml")" -gt 30 ] && ok ||
    ko "summary.xml lacks the entries' unmet leaves"
run batch --scorecard "$SC" --output "$SCRATCH/bad" --shard 4/3 "$IN"
check "--shard 4/3 is a usage error" 2 "--shard needs K/N"

# ---- SIGKILL part-way, rerun, --resume ------------------------------------
# $N synthetic groups; fewer under EMS_TEST_QUICK (valgrind, sanitizers).
N=300
[ "${EMS_TEST_QUICK:-0}" = 1 ] && N=60
python3 "$ROOT/bench/gen.py" --groups $N --milestones 6 "$SCRATCH/g$N" ||
    ko "bench/gen.py failed"
G="$SCRATCH/g$N"
K="$SCRATCH/killed"
"$EMSCORE" batch --jobs 1 --scorecard "$G/scorecard.xml" --output "$K" "$G/inputs" \
    >/dev/null 2>&1 &
pid=$!
waited=0 # in tenths of a second, at most 120 s
while [ "$(ls "$K" 2>/dev/null | grep -c '\.html$')" -lt 20 ] && [ $waited -lt 1200 ] &&
    kill -0 $pid 2>/dev/null; do
    sleep 0.1
    waited=$((waited + 1))
done
kill -9 $pid 2>/dev/null && ok || ko "the batch ended before it could be killed"
wait $pid 2>/dev/null
n=$(ls "$K" | grep -c '\.html$')
[ "$n" -ge 20 ] && [ "$n" -lt $N ] && ok || ko "killed part-way: $n reports, expected 20 to $((N - 1))"
complete "after SIGKILL, every output is whole" "$K"
# What may remain: the run's stamp (.emscore-batch, for --resume), nothing
# else: files are written unnamed and linked into place whole.
stale=$(ls -A "$K" | grep '^\.' | grep -vc '^\.emscore-batch$')
[ "$stale" -eq 0 ] && ok || ko "after SIGKILL: $stale hidden files (temporaries) left"
# A temporary a run killed between linking a finished file and renaming it
# into place would leave: the next run removes it.
cp "$K/A00001-2024.html" "$K/.A00001-2024.html.tmp-$pid-7"
ls -A "$K" | grep '^\.' | grep -v "tmp-$pid-7" >"$SCRATCH/temps-before"

run batch --jobs 2 --resume --scorecard "$G/scorecard.xml" --output "$K" "$G/inputs"
check "rerun after SIGKILL completes" 0 "" "^$N groups, [0-9]+ reports, 0 failed, [0-9]+ up to date"
done_now=$(sed -n "s/^$N groups, \([0-9]*\) reports.*/\1/p" "$OUT")
fresh=$(sed -n 's/.* \([0-9]*\) up to date.*/\1/p' "$OUT")
[ $((done_now + fresh)) -eq $N ] && [ "$fresh" -ge 20 ] && ok ||
    ko "rerun: $done_now reports and $fresh up to date"
[ "$(ls "$K" | grep -c '\.results\.xml$')" -eq $N ] && [ "$(ls "$K" | grep -c '\.html$')" -eq $((N + 1)) ] &&
    ok || ko "rerun: not every output is there"
complete "rerun after SIGKILL" "$K"
# The rerun leaves no temporary, and removed the killed run's.
ls -A "$K" | grep '^\.' | cmp -s - "$SCRATCH/temps-before" && ok || ko "rerun: temporaries left"

run batch --resume --scorecard "$G/scorecard.xml" --output "$K" "$G/inputs"
check "--resume with everything up to date" 0 "" "^$N groups, 0 reports, 0 failed, $N up to date"
touch "$G/inputs/A00007-2024-peer.xml"
run batch --resume --scorecard "$G/scorecard.xml" --output "$K" "$G/inputs"
check "--resume redoes a touched group" 0 "" "^$N groups, 1 report, 0 failed, $((N - 1)) up to date"
[ "$K/A00007-2024.html" -nt "$K/A00006-2024.html" ] && ok || ko "--resume: A00007 not redone"
# Outputs made with another model or language are not up to date.
run batch --resume --model flat --scorecard "$G/scorecard.xml" --output "$K" "$G/inputs"
check "--resume with another model redoes every group" 0 "made with another scorecard, model" \
    "^$N groups, $N reports, 0 failed"
grep -q 'model="flat"' "$K/A00001-2024.results.xml" && ok || ko "--resume --model flat: old results kept"
run batch --resume --model flat --scorecard "$G/scorecard.xml" --output "$K" "$G/inputs"
check "--resume with the same options again" 0 "" "^$N groups, 0 reports, 0 failed, $N up to date"

# A results file damaged since it was written is not up to date: its
# group is done again, with a warning, and the summary has every group.
printf '<results>cut' >"$K/A00009-2024.results.xml"
touch "$K/A00009-2024.html"
run batch --resume --model flat --scorecard "$G/scorecard.xml" --output "$K" "$G/inputs"
check "--resume with one damaged results file" 0 \
    "A00009-2024.results.xml: warning: --resume: cannot be read back \\(not well-formed XML" \
    "^$N groups, 1 report, 0 failed, $((N - 1)) up to date"
[ "$(grep -c '<entry ' "$K/summary.xml")" -eq $N ] && ok ||
    ko "--resume with one damaged results file: summary.xml lacks groups"
run validate "$K/A00009-2024.results.xml"
check "--resume with one damaged results file: rewritten" 0

# The per-input limits guard against hostile inputs, not against the
# results and summary emscore writes itself: they are larger than the
# assessments they come from and are still reported. (The scorecard is an
# input too: its English alone fits the limits, its six languages do not.)
grep -v 'xml:lang="' "$SC" >"$SCRATCH/un-ems-en.xml"
run batch --max-xml-bytes 40000 --max-input-bytes 40000 --scorecard "$SCRATCH/un-ems-en.xml" \
    --output "$SCRATCH/small-limits" "$S"
check "input limits below the size of the results" 0 "" "^6 groups, 6 reports, 0 failed"
[ "$(wc -c <"$SCRATCH/small-limits/UNEP-2014.results.xml")" -gt 40000 ] && ok ||
    ko "small limits: the results were not larger than the limit, the test proves nothing"

# A later period alone finds the earlier one's results in the output folder
# (a run of last year); a link planted there in its place is not followed.
mkdir -p "$SCRATCH/later" "$SCRATCH/later-in"
cp "$S"/unido-2014-*.xml "$SCRATCH/later-in/"
run batch --scorecard "$SC" --output "$SCRATCH/later" "$SCRATCH/later-in"
check "later periods: 2014 first" 0 "" "^1 group, 1 report, 0 failed"
run batch --scorecard "$SC" --output "$SCRATCH/later" "$S/unido-2015-self.xml" "$S/unido-2015-peer.xml"
check "later periods: 2015 over the 2014 results in the output folder" 0 "" "^1 group, 1 report, 0 failed"
grep -q '<register total="12" earlier="10" implemented="4"' "$SCRATCH/later/UNIDO-2015.results.xml" &&
    ok || ko "later periods: the 2014 recommendations are followed up"
mkdir "$SCRATCH/linked"
ln -s "$SCRATCH/later/UNIDO-2014.results.xml" "$SCRATCH/linked/UNIDO-2014.results.xml"
run batch --scorecard "$SC" --output "$SCRATCH/linked" "$S/unido-2015-self.xml"
check "later periods: a linked results file is not read" 1 \
    "unido-2015-self.xml:[0-9]+: error: follow-up of recommendation 'UNIDO-2014-R01', which no earlier period makes"

# More than three assessments of one agency and period (kinds the schema
# refuses included) are one clear error, read no further.
mkdir "$SCRATCH/four"
for k in a b c d; do
    sed "s/kind=\"self\"/kind=\"$k\"/" "$S/wmo-2014-self.xml" >"$SCRATCH/four/$k.xml"
done
run batch --scorecard "$SC" --output "$SCRATCH/four-out" "$SCRATCH/four"
check "four assessments of one group" 1 "d.xml:2: error: 4 assessments of WMO for 2014"

# ---- output safety ----------------------------------------------------------
mkdir "$SCRATCH/planted"
echo secret >"$SCRATCH/outside.html"
ln -s "$SCRATCH/outside.html" "$SCRATCH/planted/UNEP-2014.html"
ln -s "$SCRATCH/nowhere.csv" "$SCRATCH/planted/summary.csv"
run batch --scorecard "$SC" --output "$SCRATCH/planted" "$S"
check "output folder with planted symlinks" 0 "" "^6 groups, 6 reports, 0 failed"
[ ! -L "$SCRATCH/planted/UNEP-2014.html" ] && [ -f "$SCRATCH/planted/UNEP-2014.html" ] && ok ||
    ko "the planted symlink was not replaced by a file"
[ "$(cat "$SCRATCH/outside.html")" = secret ] && ok || ko "the symlink's target was written"
[ ! -e "$SCRATCH/nowhere.csv" ] && [ ! -L "$SCRATCH/planted/summary.csv" ] && ok ||
    ko "summary.csv written through a symlink"

mkdir -p "$SCRATCH/trav/in" "$SCRATCH/trav/deep"
i=0
for who in 'agency="../../../escape1"' 'agency="a/../../../escape2"' 'agency=".."' \
    'period="../../../escape3"' "agency=\"$SCRATCH/escape4\""; do
    i=$((i + 1))
    case $who in
    agency=*) sed "s|agency=\"UNEP\"|$who|" "$S/unep-2014-self.xml" ;;
    *) sed "s|period=\"2014\"|$who|" "$S/unep-2014-self.xml" ;;
    esac >"$SCRATCH/trav/in/t$i.xml"
done
run batch --scorecard "$SC" --output "$SCRATCH/trav/deep/out" "$SCRATCH/trav/in"
check "agency and period with path traversal: exit 1" 1 "t1.xml:2: error: "
[ "$(grep -c ': error: ' "$ERR")" -ge 5 ] && ok || ko "path traversal: not every file named"
[ -z "$(find "$SCRATCH" -name '*escape*')" ] && ok ||
    ko "path traversal: a file was written outside the output folder"
[ "$(ls -A "$SCRATCH/trav/deep")" = out ] &&
    [ "$(ls -A "$SCRATCH/trav/deep/out")" = .emscore-batch ] && ok ||
    ko "path traversal: unexpected files"

# ---- inventories: grouped with their agency and period, baselines found --
GOLDEN="$ROOT/tests/data/golden"
for g in UNEP UNIDO WMO; do
    lower=$(echo $g | tr A-Z a-z)
    case $lower in unido) base=2010 ;; wmo) base=2008 ;; *) base= ;; esac
    set -- -i "$S/$lower-2014-inventory.xml"
    [ -n "$base" ] && set -- "$@" -i "$S/$lower-$base-inventory.xml"
    "$EMSCORE" score --scorecard "$SC" "$@" -o "$SCRATCH/$lower-expected.xml" \
        "$S/$lower-2014-self.xml" "$S/$lower-2014-peer.xml" "$S/$lower-2014-response.xml"
    cmp -s "$SCRATCH/o1/$g-2014.results.xml" "$SCRATCH/$lower-expected.xml" && ok ||
        ko "batch scores $g with its inventory (and its baseline) and response as score -i does"
done
mkdir -p "$SCRATCH/inv"
cp "$S/unido-2014-self.xml" "$S/unido-2014-inventory.xml" "$SCRATCH/inv/"
run batch --scorecard "$SC" --output "$SCRATCH/inv-o" "$SCRATCH/inv"
check "an inventory whose baseline is not in the batch" 0
grep -q 'inventory="reduction"' "$SCRATCH/inv-o/UNIDO-2014.results.xml" &&
    ! grep -q 'inventory="reduction" computed=' "$SCRATCH/inv-o/UNIDO-2014.results.xml" && ok ||
    ko "without the baseline inventory, the reduction is not computed"
grep -q 'computed="4.68"' "$SCRATCH/inv-o/UNIDO-2014.results.xml" && ok || ko "the rest is computed"
sed 's/tco2e="2964"/tco2e="1"/' "$S/unido-2014-inventory.xml" > "$SCRATCH/inv/again.xml"
run batch --scorecard "$SC" --output "$SCRATCH/inv-o2" "$SCRATCH/inv"
check "a second inventory of an agency and period fails" 1 "unido-2014-inventory.xml:[0-9]+: error: a second inventory of UNIDO for 2014"
grep -q "again.xml:[0-9]*: error: UNIDO for 2014 has two inventories: the group is not scored" "$ERR" && ok ||
    ko "two inventories: the group is not scored"
[ -e "$SCRATCH/inv-o2/UNIDO-2014.results.xml" ] && ko "two inventories: results written" || ok
rm "$SCRATCH/inv/again.xml"
run batch --scorecard "$SC" --output "$SCRATCH/inv-o3" "$S/wmo-2014-self.xml" "$S/wmo-2014-inventory.xml" \
    "$S/wmo-2008-inventory.xml"
check "inventories named on the command line" 0
cmp -s "$SCRATCH/inv-o3/WMO-2014.results.xml" "$GOLDEN/wmo-2014-inventory.results.xml" &&
    ko "self alone should differ from self and peer" || ok
grep -q 'reduction="31.01"' "$SCRATCH/inv-o3/WMO-2014.results.xml" && ok ||
    ko "named inventories: the baseline is found"

finish
