#!/bin/sh
# Replays every fuzz target's corpus (seeds, past crashes) and the test
# fixtures through the plain-main build of each target.
. "$(dirname "$0")/../lib.sh"
BUILD=${BUILD:-build}
case $BUILD in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
replay() { # target, inputs...
    t=$1
    shift
    inputs=""
    for i in "$@"; do [ -e "$i" ] && inputs="$inputs $i"; done
    STATUS=0
    # shellcheck disable=SC2086 # paths under the source tree have no spaces
    "$BUILD/fuzz/replay_$t" $inputs >"$OUT" 2>"$ERR" || STATUS=$?
    check "fuzz corpus replay: $t" 0 "" "^replayed [1-9][0-9]* inputs"
}
replay scorecard "$ROOT/tests/fuzz/corpus/scorecard" "$ROOT/scorecards/un-ems.xml" "$ROOT/tests/data/invalid"
replay assessment "$ROOT/tests/fuzz/corpus/assessment" "$ROOT/scorecards/samples" "$ROOT/tests/data/invalid/assessments"
replay report "$ROOT/tests/fuzz/corpus/report" "$ROOT/tests/data/golden" "$ROOT/tests/data/results"
replay gather "$ROOT/tests/fuzz/corpus/gather"
replay import "$ROOT/tests/fuzz/corpus/import" "$ROOT/scorecards/samples"
replay history "$ROOT/tests/fuzz/corpus/history" "$ROOT/tests/data/golden"
finish
