#!/bin/sh
# Runs every unit test binary given as an argument, then the end-to-end
# suites, and ends with one line: "N passed, N failed".
# Each binary and suite says how many seconds it took, to keep CI within
# its budget.
# Environment: EMSCORE (the binary), BUILD (the build folder),
# EMS_TEST_QUICK=1 (sanitizer and valgrind runs: the large cases shrink),
# SUITES (names of suites to run, default all of them). The suites are
# tests/cli (each command end to end), tests/robustness (hostile input,
# the fuzz corpus, guard rails) and tests/packaging (install, man page,
# exported symbols).
set -u
here=$(cd "$(dirname "$0")" && pwd)
passed=0
failed=0
tally=$(mktemp)
trap 'rm -f "$tally"' EXIT

for t in "$@"; do
    start=$(date +%s)
    out=$("$t" 2>&1)
    rc=$?
    printf '%s\n' "$out"
    echo "$(basename "$t"): $(($(date +%s) - start)) s"
    p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' | tail -n 1)
    f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' | tail -n 1)
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
    if [ "$rc" -ne 0 ] && [ -z "$f" ]; then
        echo "FAIL: $t exited with status $rc"
        failed=$((failed + 1))
    fi
done

for suite in "$here"/cli/*.sh "$here"/robustness/*.sh "$here"/packaging/*.sh; do
    [ -f "$suite" ] || continue
    case " ${SUITES:-$(basename "$suite" .sh)} " in *" $(basename "$suite" .sh) "*) ;; *) continue ;; esac
    : > "$tally"
    start=$(date +%s)
    TALLY="$tally" sh "$suite"
    echo "$(basename "$suite" .sh): $(($(date +%s) - start)) s"
    read -r p f < "$tally" || { p=0; f=1; echo "FAIL: $suite did not report"; }
    passed=$((passed + p))
    failed=$((failed + f))
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
