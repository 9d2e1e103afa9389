#!/bin/sh
# `make demo`: the main job on the bundled UN samples. Validate the default
# scorecard and the samples, then score and report every agency in one
# batch run (with the executive edition of each report), make next year's
# self-assessment form of one agency, and say where everything is.
set -eu
EMSCORE=${1:-build/emscore}
out=demo-output
rm -rf "$out" # the demo's own folder, made anew each time
mkdir -p "$out"
"$EMSCORE" validate --scorecard scorecards/un-ems.xml scorecards/un-ems.xml scorecards/samples/*.xml \
    >"$out/validate.txt"
echo "demo: the scorecard and every sample are valid ($out/validate.txt)"
"$EMSCORE" batch --scorecard scorecards/un-ems.xml --format html,executive --output "$out" scorecards/samples
# attr LINE NAME: the value of attribute NAME in LINE
attr() { printf '%s\n' "$1" | sed -n "s/.* $2=\"\([^\"]*\)\".*/\1/p"; }
for r in "$out"/*.results.xml; do
    o=$(grep -m1 '<overall self=' "$r")
    line="final $(attr "$o" final) (self $(attr "$o" self)), grade $(attr "$o" grade)"
    p=$(grep -m1 '<progress ' "$r" || true)
    if [ -n "$p" ]; then
        c=$(grep -m1 '<overall from=' "$r")
        line="$line; $(attr "$c" delta) points since $(attr "$p" previous) ($(attr "$c" direction))"
    fi
    echo "demo: $(basename "$r" .results.xml): $line"
done
echo "demo: the samples are illustrative: invented data about real agencies, and every report says so"
mkdir "$out/forms"
"$EMSCORE" template --scorecard scorecards/un-ems.xml --profile unido-vic --agency UNIDO \
    --period 2015 --format html -o "$out/forms/UNIDO-2015-self.html"
echo
echo "demo: peer-review reports, one per agency and period: $out/AGENCY-PERIOD.html, with the executive edition beside each (AGENCY-PERIOD.executive.html)"
echo "demo: system-wide summary: $out/summary.html (and summary.csv, summary.xml), with the system's emissions by period, source and agency (climate.csv)"
echo "demo: UNIDO's self-assessment form for 2015, to fill in a browser: $out/forms/UNIDO-2015-self.html"
echo "demo: open one in a browser, e.g. xdg-open $out/UNIDO-2014.html"
