#!/bin/sh
# The benchmark behind `make bench` (method: bench/README.md).
#
# Part 1, for N groups (self + peer each, 60 milestones), in one run:
#   (a) the per-group pipeline of bench/pipeline.sh (xmllint, score, xsltproc)
#   (b) emscore batch --jobs 1      (c) emscore batch --jobs 2
#   (d) bench/floor.c: parse every input, render every report, in one process
# Part 2, one group of scorecards of growing size: validate, score, report
# and batch each in one process, with the step ratios. Between them, where
# valgrind is installed, the instructions of one report (callgrind), against
# a baseline counted in the same run.
#
# Runs are sequential; outputs are checked against each other before any
# number is kept. The table goes to stdout and to $BENCH_WORK/results.md.
# Environment: EMSCORE, FLOOR (binaries), BENCH_WORK (scratch folder),
# BENCH_SIZES (default "100 1000 10000"), BENCH_PIPELINE_MAX (the largest N
# for which (a) runs every group; above it a sample of that many groups is
# timed and scaled linearly; default 1000), BENCH_SCALE (default
# "100 1000 10000 100000").
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
abs() { case $1 in /*) echo "$1" ;; *) echo "$ROOT/$1" ;; esac; }
EMSCORE=$(abs "${EMSCORE:-build/emscore}")
FLOOR=$(abs "${FLOOR:-build/bench/floor}")
WORK=$(abs "${BENCH_WORK:-build/bench/data}")
SIZES=${BENCH_SIZES:-100 1000 10000}
PIPELINE_MAX=${BENCH_PIPELINE_MAX:-1000}
SCALE=${BENCH_SCALE:-100 1000 10000 100000}
BIG="--max-input-bytes 1073741824 --max-xml-bytes 1073741824"

missing=
command -v xmllint >/dev/null 2>&1 || missing="$missing libxml2-utils"
command -v xsltproc >/dev/null 2>&1 || missing="$missing xsltproc"
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
[ -x /usr/bin/time ] || missing="$missing time"
if [ -n "$missing" ]; then
    echo "bench: needs the Debian packages:$missing (apt-get install$missing)" >&2
    exit 2
fi
for b in "$EMSCORE" "$FLOOR"; do
    [ -x "$b" ] || { echo "bench: $b is not built (make bench builds it)" >&2; exit 2; }
done

mkdir -p "$WORK"
RESULTS="$WORK/results.md"
began=$(date +%s)

die() { echo "bench: $*" >&2; exit 1; }

# measure NAME CMD...: run CMD once; T = wall seconds, M = peak RSS in KiB.
measure() {
    name=$1
    shift
    t0=$(date +%s%N)
    /usr/bin/time -o "$WORK/$name.rss" -f '%M' "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" ||
        { tail -n 5 "$WORK/$name.err" >&2; die "$name failed: $*"; }
    t1=$(date +%s%N)
    T=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    M=$(tail -n 1 "$WORK/$name.rss")
}

# best NAME CMD...: as measure, the fastest of three runs when one takes
# under 5 s (short runs are the noisiest); M is the largest RSS seen.
best() {
    measure "$@"
    bt=$T bm=$M
    if awk -v t="$T" 'BEGIN { exit !(t < 5) }'; then
        for _ in 1 2; do
            measure "$@"
            bt=$(awk -v a="$bt" -v b="$T" 'BEGIN { print (b < a ? b : a) }')
            bm=$(awk -v a="$bm" -v b="$M" 'BEGIN { print (b > a ? b : a) }')
        done
    fi
    T=$bt M=$bm
}

div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", (t > 0 ? n / t : 0) }'; }

# gen DIR ARGS...: synthetic data, made once per set of arguments.
gen() {
    dir=$1
    shift
    if [ "$(cat "$dir/.args" 2>/dev/null)" != "$*" ]; then
        rm -rf "$dir"
        python3 "$ROOT/bench/gen.py" "$@" "$dir"
        echo "$*" >"$dir/.args"
    fi
}

# same DIR1 DIR2: every file of DIR1 is in DIR2 with the same bytes.
same() {
    for f in "$1"/*; do
        cmp -s "$f" "$2/${f##*/}" || die "${f##*/} differs between $1 and $2"
    done
}

{
    echo "# emscore benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
        "$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM;" \
        "load average at start $(cut -d ' ' -f 1-3 /proc/loadavg)."
    echo "emscore $("$EMSCORE" --version | head -n 1 | sed 's/^emscore //'), $(xsltproc --version | head -n 1)."
    echo
    echo "## Batch: N groups of a 60-milestone scorecard"
    echo
    echo "Seconds (groups per second). (a) per-group pipeline, (b) batch --jobs 1,"
    echo "(c) batch --jobs 2, (d) floor; peak RSS of (b) and (c) in MiB."
    echo
    echo "| N | (a) pipeline | (b) jobs 1 | (c) jobs 2 | (d) floor | (a)/(b) | (b)/(d) | (b)/(c) | RSS (b) | RSS (c) |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
} | tee "$RESULTS"

rss_b= rss_c= prev_n= rss_growth=
for n in $SIZES; do
    d="$WORK/n$n"
    gen "$d" --seed 1 --groups "$n"
    sc="$d/scorecard.xml"
    rm -rf "$d/a" "$d/b" "$d/c" "$d/d"
    # $BIG: summary.xml passes 16 MiB, the default input limit, near 7,500 groups
    # shellcheck disable=SC2086
    measure "b$n" "$EMSCORE" batch --jobs 1 $BIG --scorecard "$sc" --output "$d/b" "$d/inputs"
    tb=$T mb=$M
    # shellcheck disable=SC2086
    measure "c$n" "$EMSCORE" batch --jobs 2 $BIG --scorecard "$sc" --output "$d/c" "$d/inputs"
    tc=$T mc=$M
    diff -r "$d/b" "$d/c" >/dev/null || die "--jobs 1 and --jobs 2 outputs differ for N=$n"
    mkdir "$d/d"
    measure "d$n" "$FLOOR" "$ROOT/xslt/peer-review.xsl" "$d/inputs" "$d/b" "$d/d"
    td=$T
    same "$d/d" "$d/b"
    sample=$n note=
    if [ "$n" -gt "$PIPELINE_MAX" ]; then
        sample=$PIPELINE_MAX note=" (sample of $sample, scaled)"
    fi
    measure "a$n" sh "$ROOT/bench/pipeline.sh" "$EMSCORE" "$sc" "$d/inputs" "$d/a" "$sample"
    ta=$(awk -v t="$T" -v n="$n" -v s="$sample" 'BEGIN { printf "%.3f", t * n / s }')
    same "$d/a" "$d/b"
    rm -rf "$d/a" "$d/b" "$d/c" "$d/d"
    echo "| $n | $ta ($(rate "$n" "$ta"))$note | $tb ($(rate "$n" "$tb")) | $tc ($(rate "$n" "$tc")) |" \
        "$td ($(rate "$n" "$td")) | $(div "$ta" "$tb") | $(div "$tb" "$td") | $(div "$tb" "$tc") |" \
        "$(mib "$mb") | $(mib "$mc") |" | tee -a "$RESULTS"
    [ -z "$prev_n" ] || rss_growth="$rss_growth
RSS of (b) at $n over $prev_n groups: $(div "$mb" "$rss_b"); of (c): $(div "$mc" "$rss_c")."
    rss_b=$mb rss_c=$mc prev_n=$n
done
# Instructions (callgrind, where valgrind is installed): deterministic where
# times are not. The baseline, counted in the same run on the same file, is
# xmllint parsing it: the ratio does not depend on the machine.
# icount CMD...: I = instructions of CMD (whole process); R = those of the
# render alone (report.c's render_tree: transform and serialisation).
icount() {
    valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.out" "$@" >/dev/null 2>"$WORK/cg.err" ||
        die "callgrind failed: $*"
    I=$(sed -n 's/^summary: //p' "$WORK/cg.out")
    valgrind --tool=callgrind --toggle-collect='render_tree*' --callgrind-out-file="$WORK/cg.out" \
        "$@" >/dev/null 2>"$WORK/cg.err" || die "callgrind failed: $*"
    R=$(sed -n 's/^summary: //p' "$WORK/cg.out")
}
mi() { awk -v i="$1" 'BEGIN { printf "%.1f", i / 1e6 }'; }
if command -v valgrind >/dev/null 2>&1; then
    d="$WORK/m60"
    gen "$d" --seed 1 --groups 1 --milestones 60
    "$EMSCORE" score --scorecard "$d/scorecard.xml" -o "$d/r.xml" \
        "$d/inputs/A00001-2024-self.xml" "$d/inputs/A00001-2024-peer.xml"
    {
        echo "${rss_growth:-}"
        echo
        echo "## Instructions of one report (callgrind)"
        echo
        echo "Millions of instructions of \`emscore report -o OUT RESULTS\`: the whole process,"
        echo "the render alone (transform and serialisation), and the baseline"
        echo "\`xmllint --noout RESULTS\` on the same file, with the ratios to it."
        echo
        echo "| results | whole process | render | baseline | process / baseline | render / baseline |"
        echo "|---|---|---|---|---|---|"
    } | tee -a "$RESULTS"
    rss_growth=
    for pair in "60-milestone bench group:$d/r.xml" \
        "UNEP 2014 sample:$ROOT/tests/data/golden/unep-2014.results.xml"; do
        icount xmllint --noout "${pair#*:}"
        base=$I
        icount "$EMSCORE" report -o "$WORK/cg.html" "${pair#*:}"
        echo "| ${pair%%:*} | $(mi "$I") | $(mi "$R") | $(mi "$base") | $(div "$I" "$base") |" \
            "$(div "$R" "$base") |" | tee -a "$RESULTS"
    done
    rm -f "$WORK/cg.out" "$WORK/cg.err" "$WORK/cg.html"
else
    echo "bench: valgrind is not installed: no instruction counts" >&2
fi
{
    echo "${rss_growth:-}"
    echo
    echo "## Scaling: one group, scorecards of M milestones, one process per step"
    echo
    echo "Seconds / peak RSS MiB. validate = \`validate --scorecard SC SELF PEER\`;"
    echo "score = load, check and score both; report = validate and render the results;"
    echo "batch = \`batch --jobs 1\` on the one group (all of it, plus the summary)."
    echo
    echo "| M | validate | score | report | batch | results / HTML MiB |"
    echo "|---|---|---|---|---|---|"
} | tee -a "$RESULTS"

ratios=
prev=
for m in $SCALE; do
    d="$WORK/m$m"
    gen "$d" --seed 1 --groups 1 --milestones "$m"
    sc="$d/scorecard.xml" self="$d/inputs/A00001-2024-self.xml" peer="$d/inputs/A00001-2024-peer.xml"
    rm -rf "$d/out"
    # shellcheck disable=SC2086 # BIG is a list of options
    best "v$m" "$EMSCORE" validate $BIG --scorecard "$sc" "$self" "$peer"
    tv=$T mv=$M
    # shellcheck disable=SC2086
    best "s$m" "$EMSCORE" score $BIG --scorecard "$sc" -o "$d/r.xml" "$self" "$peer"
    ts=$T ms=$M
    # shellcheck disable=SC2086
    best "r$m" "$EMSCORE" report $BIG -o "$d/r.html" "$d/r.xml"
    tr=$T mr=$M
    # shellcheck disable=SC2086
    best "b$m" "$EMSCORE" batch --jobs 1 $BIG --scorecard "$sc" --output "$d/out" "$d/inputs"
    tbb=$T mbb=$M
    cmp -s "$d/r.html" "$d/out/A00001-2024.html" || die "report and batch HTML differ for M=$m"
    sizes="$(mib "$(($(wc -c <"$d/r.xml") / 1024))") / $(mib "$(($(wc -c <"$d/r.html") / 1024))")"
    echo "| $m | $tv / $(mib "$mv") | $ts / $(mib "$ms") | $tr / $(mib "$mr") | $tbb / $(mib "$mbb") | $sizes |" |
        tee -a "$RESULTS"
    if [ -n "$prev" ]; then
        set -- $prev
        ratios="$ratios
| $1 → $m | $(div "$tv" "$2") / $(div "$mv" "$3") | $(div "$ts" "$4") / $(div "$ms" "$5") | $(div "$tr" "$6") / $(div "$mr" "$7") | $(div "$tbb" "$8") / $(div "$mbb" "$9") |"
    fi
    prev="$m $tv $mv $ts $ms $tr $mr $tbb $mbb"
    rm -rf "$d/out" "$d/r.xml" "$d/r.html"
done
{
    echo
    echo "Step ratios, time / RSS, for 10 times the milestones (linear: at most 12):"
    echo
    echo "| step | validate | score | report | batch |"
    echo "|---|---|---|---|---|$ratios"
    echo
    echo "Benchmark time: $(($(date +%s) - began)) s."
} | tee -a "$RESULTS"
