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
    check "sample $(basename "$f") validates" 0 "" "^$f: assessment (self|peer) "
done

run validate
check "no file is a usage error" 2 "no FILE"
run validate --bogus "$SC"
check "unknown option is a usage error" 2 "unknown option '--bogus'"
run validate --help
check "validate --help" 0 "" "^usage: emscore validate"
run validate "$SCRATCH/missing.xml"
check "missing file is exit 2" 2 "missing.xml: error: cannot open"

gzip -c "$SC" > "$SCRATCH/card.xml.gz"
run validate "$SCRATCH/card.xml.gz"
check "gzip input validates" 0 "" "card.xml.gz: scorecard un-ems"

for f in "$ROOT"/tests/data/invalid/*.xml "$ROOT"/tests/data/invalid/assessments/*.xml; do
    [ -f "$f" ] || continue
    expect=$(cat "${f%.xml}.expect")
    case $f in
    */assessments/*) run validate --scorecard "$SC" "$f" ;;
    *) run validate "$f" ;;
    esac
    check "invalid $(basename "$f")" 1 "^$f:[0-9]+: error: .*($expect)"
done
finish
