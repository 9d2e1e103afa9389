#!/bin/sh
# `make demo`: validate the bundled UN scorecard and samples and say where
# the outputs are.
set -eu
EMSCORE=${1:-build/emscore}
out=demo-output
mkdir -p "$out"
"$EMSCORE" validate --scorecard scorecards/un-ems.xml scorecards/un-ems.xml scorecards/samples/*.xml \
    | tee "$out/validate.txt"
echo
echo "demo: every bundled document is valid; the list is in $out/validate.txt"
