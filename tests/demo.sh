#!/bin/sh
# `make demo`: the main job on the bundled UN samples. Validate the default
# scorecard and the samples, then score and report every agency in one
# batch run, make next year's self-assessment form of one agency, and say
# where everything is.
set -eu
EMSCORE=${1:-build/emscore}
out=demo-output
rm -rf "$out" # the demo's own folder, made anew each time
mkdir -p "$out"
"$EMSCORE" validate --scorecard scorecards/un-ems.xml scorecards/un-ems.xml scorecards/samples/*.xml \
    >"$out/validate.txt"
echo "demo: the scorecard and every sample are valid ($out/validate.txt)"
"$EMSCORE" batch --scorecard scorecards/un-ems.xml --output "$out" scorecards/samples
for r in "$out"/*.results.xml; do
    echo "demo: $(basename "$r" .results.xml): $(sed -n 's|.*<overall \(.*\)/>|\1|p' "$r")"
done
mkdir "$out/forms"
"$EMSCORE" template --scorecard scorecards/un-ems.xml --profile unido-vic --agency UNIDO \
    --period 2015 --format html -o "$out/forms/UNIDO-2015-self.html"
echo
echo "demo: peer-review reports, one per agency: $out/*.html"
echo "demo: system-wide summary: $out/summary.html (and summary.csv, summary.xml)"
echo "demo: UNIDO's self-assessment form for 2015, to fill in a browser: $out/forms/UNIDO-2015-self.html"
echo "demo: open one in a browser, e.g. xdg-open $out/UNIDO-2014.html"
