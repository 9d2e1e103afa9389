#!/bin/sh
# (a) of the benchmark: the pipeline people script today, one group at a
# time, one process per step: xmllint validates both assessments against
# the schema, `emscore score` scores them, xsltproc renders the report.
#
#     pipeline.sh EMSCORE SCORECARD INPUT_DIR OUTPUT_DIR [GROUPS]
#
# INPUT_DIR holds AGENCY-PERIOD-self.xml and AGENCY-PERIOD-peer.xml pairs
# (bench/gen.py); the first GROUPS of them (default all), in name order,
# give OUTPUT_DIR/AGENCY-PERIOD.results.xml and AGENCY-PERIOD.html.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
emscore=$1 sc=$2 in=$3 out=$4 limit=${5:-0}
mkdir -p "$out"
n=0
for self in "$in"/*-self.xml; do
    [ "$limit" -eq 0 ] || [ "$n" -lt "$limit" ] || break
    stem=${self##*/}
    stem=${stem%-self.xml}
    peer="$in/$stem-peer.xml"
    xmllint --noout --schema "$ROOT/scorecards/emscore.xsd" "$self" "$peer" 2>/dev/null
    "$emscore" score --scorecard "$sc" -o "$out/$stem.results.xml" "$self" "$peer"
    xsltproc -o "$out/$stem.html" "$ROOT/xslt/peer-review.xsl" "$out/$stem.results.xml"
    n=$((n + 1))
done
