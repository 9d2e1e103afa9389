#!/bin/sh
# End-to-end: `emscore validate` on the shipped files and on the invalid
# corpus (tests/data/invalid: each FILE.xml has FILE.expect, an extended
# regex its diagnostic must match; documents under assessments/ are checked
# against the default scorecard).
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"

run validate "$SC"
check "default scorecard validates" 0 "" '^.*un-ems.xml: scorecard un-ems version 2014\.1: '
for f in "$ROOT"/scorecards/samples/*.xml; do
    run validate --scorecard "$SC" "$f"
    check "sample $(basename "$f") validates" 0 "" "^$f: (assessment (self|peer) |management response |inventory [A-Z]+ period [0-9]+: [0-9]+ sources, [0-9]+ offsets, [0-9]+ personnel$)"
done

run validate
check "no file is a usage error" 2 "no FILE"
run validate --bogus "$SC"
check "unknown option is a usage error" 2 "unknown option '--bogus'"
run validate "$ROOT/scorecards/samples/wmo-2014-peer.xml" --scorecard "$SC"
check "options may follow the files" 0 "" "wmo-2014-peer.xml: assessment peer WMO"
run validate --help
check "validate --help" 0 "" "^usage: emscore validate"
run validate "$SCRATCH/missing.xml"
check "missing file is exit 2" 2 "missing.xml: error: cannot open"

gzip -c "$SC" > "$SCRATCH/card.xml.gz"
run validate "$SCRATCH/card.xml.gz"
check "gzip input validates" 0 "" "card.xml.gz: scorecard un-ems"

# Each corpus file breaks one rule, so it gets exactly one diagnostic (a
# whole-file problem, such as an empty file, has no line).
for f in "$ROOT"/tests/data/invalid/*.xml "$ROOT"/tests/data/invalid/assessments/*.xml; do
    [ -f "$f" ] || continue
    expect=$(cat "${f%.xml}.expect")
    case $f in
    */assessments/*) run validate --scorecard "$SC" "$f" ;;
    *) run validate "$f" ;;
    esac
    check "invalid $(basename "$f")" 1 "^$f(:[0-9]+)?: error: .*($expect)"
    n=$(grep -c ': error: ' "$ERR")
    [ "$n" -eq 1 ] && ok || ko "invalid $(basename "$f"): $n diagnostics, expected one"
done

# A profile that breaks the scope rule makes the scorecard invalid: validate
# names each profile, and every command that loads the scorecard refuses it.
sed 's/<scope core="EMS CLIM" min-chosen="3"/<scope core="EMS CLIM FAC" min-chosen="4"/' "$SC" > "$SCRATCH/scope.xml"
run validate "$SCRATCH/scope.xml"
check "scope: a profile keeps too few chosen themes" 1 \
    "scope.xml:[0-9]+: error: profile 'unido-vic' keeps 3 chosen themes \(PROC, ICT, TRN\), fewer than the 4 the scope on line [0-9]+ asks for: it could also choose EVT, TRAN, LIAB"
grep -q "profile 'wmo' keeps 3 chosen themes (EVT, ICT, TRN)" "$ERR" && ok || ko "scope: every profile is checked"
[ "$(grep -c ': error: ' "$ERR")" -eq 2 ] && ok || ko "scope: unep keeps every theme"
sed 's/<scope core="EMS CLIM"/<scope core="EMS CLIM TRAN"/' "$SC" > "$SCRATCH/scope.xml"
run validate "$SCRATCH/scope.xml"
check "scope: a profile leaves out a core area" 1 \
    "scope.xml:[0-9]+: error: profile 'unido-vic' leaves out core area TRAN: the scope on line [0-9]+ makes the core part of every review"
run score --scorecard "$SCRATCH/scope.xml" "$ROOT/scorecards/samples/unep-2014-self.xml"
check "scope: score refuses the scorecard" 1 "profile 'wmo' leaves out core area TRAN"
run template --scorecard "$SCRATCH/scope.xml" --profile unep --agency UNEP --period 2016
check "scope: template refuses the scorecard" 1 "profile 'unido-vic' leaves out core area TRAN"

# every fault of one file is reported, each once, and never in Clark notation
bad="$ROOT/tests/data/invalid/weight-negative.xml"
sed -e 's/mandatory="true" evidence="required">/mandatory="maybe" evidence="required">/' \
    -e 's/<refine idref="CLIM1" weight="2"\/>/<refine idref="CLIM 1" weight="2"\/>/' "$bad" > "$SCRATCH/three.xml"
run validate "$SCRATCH/three.xml"
check "three schema faults" 1 "three.xml:28: error: .*'-3' is below the minimum"
[ "$(grep -c ': error: ' "$ERR")" -eq 3 ] && ok || ko "three schema faults: not three diagnostics"
grep -q "three.xml:17: error: .*'maybe' is not a boolean" "$ERR" && ok || ko "three schema faults: boolean"
grep -q "three.xml:49: error: .*'CLIM 1' is not a valid identifier" "$ERR" && ok || ko "three schema faults: id"
grep -q '{urn:emscore:1}' "$ERR" && ko "diagnostics in Clark notation" || ok

# exit status: the worst of all files; every file is still validated
run validate "$SC" "$ROOT/tests/data/invalid/duplicate-id.xml"
check "valid and invalid files: exit 1" 1 "duplicate-id.xml:24: error: duplicate id" "un-ems.xml: scorecard un-ems"
run validate "$ROOT/tests/data/invalid/duplicate-id.xml" "$SCRATCH/missing.xml" "$SC"
check "invalid and unreadable files: exit 2" 2 "missing.xml: error: cannot open" "un-ems.xml: scorecard un-ems"
grep -q "duplicate-id.xml:24: error:" "$ERR" && ok || ko "invalid and unreadable files: first file not reported"
run validate --scorecard "$ROOT/tests/data/invalid/duplicate-id.xml" "$ROOT/scorecards/samples/wmo-2014-self.xml"
check "invalid --scorecard: exit 1" 1 "cannot use scorecard .*duplicate-id.xml"
run validate --scorecard "$SCRATCH/missing.xml" "$ROOT/scorecards/samples/wmo-2014-self.xml"
check "unreadable --scorecard: exit 2" 2 "missing.xml: error: cannot open"

# limits: an input over a limit is invalid (1); the project's own schema is
# never held to them
run validate --max-depth 3 "$ROOT/scorecards/samples/wmo-2014-self.xml"
check "--max-depth at the depth" 0 "" "assessment self WMO"
run validate --max-depth 3 "$SC"
check "--max-depth exceeded" 1 "un-ems.xml:[0-9]+: error: elements nest deeper than the limit of 3"
size=$(wc -c < "$SC")
run validate --max-xml-bytes "$size" "$SC"
check "--max-xml-bytes at the size" 0
run validate --max-xml-bytes $((size - 1)) "$SC"
check "--max-xml-bytes below the size" 1 "un-ems.xml: error: document is $size bytes, over the limit of $((size - 1))"
run validate --max-xml-bytes $((size - 1)) "$SCRATCH/card.xml.gz"
check "--max-xml-bytes on gzip" 1 "card.xml.gz: error: decompressed size exceeds the limit"
run validate --max-input-bytes 1000 "$SCRATCH/card.xml.gz"
check "--max-input-bytes" 1 "card.xml.gz: error: file is [0-9]+ bytes, over the limit of 1000"
run validate --max-items 10 "$SC"
check "--max-items" 1 "the scorecard has more than 10 areas, milestones and indicators"
for v in 0 -5 ten 99999999999999999999999; do
    run validate --max-depth "$v" "$SC"
    check "--max-depth $v is a usage error" 2 "--max-depth needs a whole number from 1 to 1000000"
done

# gzip: truncated and bomb
head -c 200 "$SCRATCH/card.xml.gz" > "$SCRATCH/cut.xml.gz"
run validate "$SCRATCH/cut.xml.gz"
check "truncated gzip" 1 "cut.xml.gz: error: truncated gzip data"
head -c 67108864 /dev/zero | tr '\0' ' ' | gzip -9 > "$SCRATCH/bomb.xml.gz"
run validate "$SCRATCH/bomb.xml.gz"
check "gzip bomb" 1 "bomb.xml.gz: error: decompressed size exceeds the limit of 16777216 bytes"

# a flood of faults is capped, and says so
{
    echo '<assessment xmlns="urn:emscore:1" kind="self" scorecard="un-ems" scorecard-version="2014.1" agency="UNEP" period="2014">'
    i=0
    while [ $i -lt 1100 ]; do echo "<response milestone=\"M$i\"/>"; i=$((i + 1)); done
    echo '</assessment>'
} > "$SCRATCH/flood.xml"
run validate "$SCRATCH/flood.xml"
check "1100 faults" 1 "further errors were not shown"
[ "$(grep -c ': error: .*has no level' "$ERR")" -eq 1000 ] && ok || ko "1100 faults: not 1000 shown"
finish
