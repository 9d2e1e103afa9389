#!/bin/sh
# `make demo`: validate the bundled UN scorecard and samples, score the
# three agencies, and say where the outputs are.
set -eu
EMSCORE=${1:-build/emscore}
out=demo-output
mkdir -p "$out"
"$EMSCORE" validate --scorecard scorecards/un-ems.xml scorecards/un-ems.xml scorecards/samples/*.xml \
    | tee "$out/validate.txt"
echo
echo "demo: every bundled document is valid; the list is in $out/validate.txt"
for a in unido wmo unep; do
    "$EMSCORE" score --scorecard scorecards/un-ems.xml -o "$out/$a-2014.results.xml" \
        "scorecards/samples/$a-2014-self.xml" "scorecards/samples/$a-2014-peer.xml"
    echo "demo: scored $a: $(sed -n 's|.*<overall \(.*\)/>|\1|p' "$out/$a-2014.results.xml")"
done
echo "demo: the results are in $out/*.results.xml"
