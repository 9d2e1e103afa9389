#!/bin/sh
# Render every report the render-cost work must keep byte-identical into
# one folder: the HTML of every golden results file in every language, its
# CSV, JSON and register, and the HTML of one generated bench group (60
# milestones) and of a 1,000-milestone group.
#
#   sh bench/render-all.sh OUT          # with build/emscore
#   EMSCORE=path/to/emscore sh bench/render-all.sh OUT
#
# Render once before a change and once after, then `diff -r BEFORE AFTER`:
# any difference is either a bug or a deliberate change to be documented.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EMSCORE=${EMSCORE:-$ROOT/build/emscore}
OUT=${1:?usage: render-all.sh OUT}
DATA=${BENCH_WORK:-$ROOT/build/bench/data}/render-all
mkdir -p "$OUT"

for r in "$ROOT"/tests/data/golden/*.results.xml; do
    b=$(basename "$r" .results.xml)
    for lang in en fr es ar zh ru; do
        "$EMSCORE" report --lang "$lang" -o "$OUT/$b.$lang.html" "$r"
    done
    for f in csv json register; do
        "$EMSCORE" report --format "$f" -o "$OUT/$b.$f" "$r"
    done
done

for m in 60 1000; do
    d="$DATA/m$m"
    if [ ! -f "$d/r.xml" ]; then
        rm -rf "$d"
        python3 "$ROOT/bench/gen.py" --seed 1 --groups 1 --milestones "$m" "$d"
        "$EMSCORE" score --scorecard "$d/scorecard.xml" -o "$d/r.xml" \
            "$d/inputs/A00001-2024-self.xml" "$d/inputs/A00001-2024-peer.xml"
    fi
    "$EMSCORE" report -o "$OUT/bench-$m.html" "$d/r.xml"
done
