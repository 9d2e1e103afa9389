# Shared by the end-to-end suites: run the real binary, compare exit status
# and output, count results. Sourced, not run.
# Environment: EMSCORE (binary), TALLY (file receiving "passed failed").
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EMSCORE=${EMSCORE:-build/emscore}
case $EMSCORE in /*) ;; *) EMSCORE="$ROOT/$EMSCORE" ;; esac
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
PASS=0
FAIL=0
OUT="$SCRATCH/stdout"
ERR="$SCRATCH/stderr"

# run ARGS...: run emscore, keep stdout/stderr/status in $OUT, $ERR, $STATUS
run() {
    STATUS=0
    "$EMSCORE" "$@" >"$OUT" 2>"$ERR" || STATUS=$?
}

ok() { PASS=$((PASS + 1)); }
ko() {
    FAIL=$((FAIL + 1))
    echo "FAIL: $1"
    echo "  stdout:"; sed 's/^/    /' "$OUT" | head -20
    echo "  stderr:"; sed 's/^/    /' "$ERR" | head -20
}

# check NAME STATUS [STDERR_ERE [STDOUT_ERE]]: the last run exited STATUS and
# its stderr (stdout) has a line matching the extended regex.
check() {
    name=$1 want=$2
    if [ "$STATUS" -ne "$want" ]; then
        ko "$name: exit status $STATUS, expected $want"
        return
    fi
    if [ $# -ge 3 ] && [ -n "$3" ] && ! grep -Eq -- "$3" "$ERR"; then
        ko "$name: stderr does not match /$3/"
        return
    fi
    if [ $# -ge 4 ] && [ -n "$4" ] && ! grep -Eq -- "$4" "$OUT"; then
        ko "$name: stdout does not match /$4/"
        return
    fi
    ok
}

# check_py NAME ARGS...: a python checker's verdict ($CHECK ARGS...) as one test
check_py() {
    name=$1
    shift
    if out=$($CHECK "$@" 2>&1); then
        ok
    else
        FAIL=$((FAIL + 1))
        echo "FAIL: $name"
        printf '%s\n' "$out" | head -20
    fi
}

# no_file NAME PATH...: none of the paths exists
no_file() {
    name=$1
    shift
    for p in "$@"; do
        if [ -e "$p" ]; then
            FAIL=$((FAIL + 1))
            echo "FAIL: $name: $p was written"
            return
        fi
    done
    ok
}

# score_samples DIR: DIR/AGENCY.results.xml of each bundled sample's self
# and peer assessments (unido, wmo, unep)
score_samples() {
    for a in unido wmo unep; do
        run score --scorecard "$ROOT/scorecards/un-ems.xml" -o "$1/$a.results.xml" \
            "$ROOT/scorecards/samples/$a-2014-self.xml" "$ROOT/scorecards/samples/$a-2014-peer.xml"
        check "score $a" 0
    done
}

# finish: report this suite's counts to the harness
finish() {
    echo "$(basename "$0" .sh): $PASS passed, $FAIL failed"
    [ -n "${TALLY:-}" ] && echo "$PASS $FAIL" > "$TALLY"
    [ "$FAIL" -eq 0 ]
}
