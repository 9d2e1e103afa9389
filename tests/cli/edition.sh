#!/bin/sh
# End-to-end: report --edition. The executive edition of every sample, both
# periods, has its chapters and no other, every recommendation beside its
# management response, in every language; --edition full is the default
# report byte for byte; an unknown edition, an edition of another format
# or of a user stylesheet, a missing value and the full edition's own
# parameters are usage errors that write nothing. Printing the editions
# in Chromium is tests/cli/browser.sh.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
I18N="$ROOT/xslt/i18n"
CHECK="python3 $ROOT/tests/cli/edition_check.py"

run batch --scorecard "$SC" --output "$SCRATCH/all" "$ROOT/scorecards/samples"
check "batch over both periods" 0
for p in 2014 2015; do
    for a in UNIDO WMO UNEP; do
        R="$SCRATCH/all/$a-$p.results.xml"
        run report --edition executive -o "$SCRATCH/$a-$p.html" "$R"
        check "executive edition of $a $p" 0
        check_py "executive edition of $a $p: its chapters, each recommendation with its response" \
            "$R" "$SCRATCH/$a-$p.html" "$I18N/en.xml"
    done
done
# UNIDO 2014 has a management response: its decisions are shown, not "none".
grep -q 'Partially accepted' "$SCRATCH/UNIDO-2014.html" && ok ||
    ko "UNIDO 2014: the partially accepted recommendation's response is not shown"
R="$SCRATCH/all/UNIDO-2014.results.xml"
for l in fr es ar zh ru; do
    run report -e executive --lang "$l" -o "$SCRATCH/exec-$l.html" "$R"
    check "executive edition in $l" 0
    check_py "executive edition in $l" "$R" "$SCRATCH/exec-$l.html" "$I18N/$l.xml"
done
grep -q 'dir="rtl"' "$SCRATCH/exec-ar.html" && ok || ko "the Arabic executive edition is not right to left"

# The full edition is the default.
run report -o "$SCRATCH/default.html" "$R"
check "default edition" 0
run report --edition full -o "$SCRATCH/full.html" "$R"
check "--edition full" 0
cmp -s "$SCRATCH/default.html" "$SCRATCH/full.html" && ok || ko "--edition full differs from the default"
grep -q 'id="annex"' "$SCRATCH/full.html" && ok || ko "the full edition has no annex"

# Written into a folder beside where the full report would be, as
# AGENCY-PERIOD.executive.html.
mkdir "$SCRATCH/out"
run report --edition executive -o "$SCRATCH/out" "$R"
check "executive edition into a folder" 0
[ -f "$SCRATCH/out/UNIDO-2014.executive.html" ] && [ ! -e "$SCRATCH/out/UNIDO-2014.html" ] && ok ||
    ko "no UNIDO-2014.executive.html (alone) in the folder"
run report --edition executive --param marking=Confidential -o "$SCRATCH/marked.html" "$R"
check "executive edition with a marking" 0
grep -q 'Confidential' "$SCRATCH/marked.html" && ok || ko "the marking is not printed"

# ---- usage errors: exit status 2, nothing written --------------------------
run report --edition summary -o "$SCRATCH/e1.html" "$R"
check "unknown edition" 2 "--edition is full or executive, not 'summary'"
run report --edition Executive -o "$SCRATCH/e2.html" "$R"
check "editions are lower case" 2 "not 'Executive'"
for f in docx odt csv json register summary; do
    run report --edition executive --format "$f" -o "$SCRATCH/e-$f" "$R"
    check "executive edition of $f" 2 "the executive edition is made for the html format only, not for $f"
done
run report --edition executive --stylesheet "$ROOT/tests/data/stylesheets/custom.xsl" \
    -o "$SCRATCH/e3.html" "$R"
check "executive edition of a user stylesheet" 2 "a stylesheet of your own replaces the built-in ones"
run report --edition executive --param top-recommendations=3 -o "$SCRATCH/e4.html" "$R"
check "the full edition's parameter" 2 "unknown parameter 'top-recommendations'"
run report -o "$SCRATCH/e5.html" "$R" --edition
check "--edition without a value" 2 "edition"
no_file "usage errors write nothing" "$SCRATCH/e1.html" "$SCRATCH/e2.html" "$SCRATCH/e-docx" \
    "$SCRATCH/e-odt" "$SCRATCH/e-csv" "$SCRATCH/e3.html" "$SCRATCH/e4.html" "$SCRATCH/e5.html"
run report --help
check "report --help names the editions" 0 "" "--edition E +html: full \(default\) or executive"

# batch --format executive: each group's executive edition beside its full
# report, the bytes report --edition writes into a folder, under the same
# name; --resume does a group again when it is missing.
run batch --scorecard "$SC" --format html,executive --output "$SCRATCH/bx" "$ROOT/scorecards/samples"
check "batch with the executive edition" 0 "" "^6 groups, 6 reports, 0 failed"
cmp -s "$SCRATCH/out/UNIDO-2014.executive.html" "$SCRATCH/bx/UNIDO-2014.executive.html" && ok ||
    ko "batch's executive edition is not report --edition executive's"
[ "$(ls "$SCRATCH"/bx/*.executive.html | wc -l)" -eq 6 ] && [ "$(ls "$SCRATCH"/bx/*[0-9].html | wc -l)" -eq 6 ] &&
    ok || ko "not a full report and an executive edition per group"
rm "$SCRATCH/bx/WMO-2015.executive.html"
run batch --scorecard "$SC" --format html,executive --resume --output "$SCRATCH/bx" "$ROOT/scorecards/samples"
check "--resume with an executive edition missing" 0 "" "^6 groups, 1 report, 0 failed, 5 up to date"
run batch --scorecard "$SC" --format executive,html,executive --output "$SCRATCH/by" "$ROOT/scorecards/samples"
check "an edition named twice" 2 "name each of html, docx, odt and executive at most once"
finish
