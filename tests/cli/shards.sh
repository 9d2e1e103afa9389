#!/bin/sh
# End-to-end: one run spread over shards into one folder, then
# `batch --gather`. For N = 1, 2, 3 and 7 the folder holds, byte for byte,
# what the run in one piece writes (results, reports, summaries, with a
# failed group listed in each summary); a shard killed with SIGKILL and
# rerun with --resume changes nothing; a missing or unfinished shard is
# named group by group and nothing is written; shards of other scorecards,
# languages or numbers of shards are refused; three shards under GNU
# parallel (when installed) give the same folder. Groups from bench/gen.py;
# the samples of two periods gathered with and without --period.
. "$(dirname "$0")/../lib.sh"

# same_run NAME ONE SHARDED: the same visible files, byte for byte (the
# hidden stamp and shard lists differ by design, and a killed run may
# leave its hidden temporaries)
same_run() {
    if diff -r -x '.emscore-*' -x '.*.tmp-*' "$2" "$3" >/dev/null; then
        ok
    else
        ko "$1: $2 and $3 differ: $(diff -rq -x '.emscore-*' -x '.*.tmp-*' "$2" "$3" | head -3)"
    fi
}

# shards DIR N INPUTS [OPTIONS...]: run shard 1..N of INPUTS into DIR
shards() {
    dir=$1 n=$2 in=$3
    shift 3
    k=1
    while [ $k -le "$n" ]; do
        "$EMSCORE" batch --jobs 1 --scorecard "$G/scorecard.xml" --output "$dir" --shard "$k/$n" \
            "$@" "$in" >/dev/null 2>&1
        k=$((k + 1))
    done
}

python3 "$ROOT/bench/gen.py" --groups 16 --milestones 6 "$SCRATCH/g" >/dev/null ||
    ko "bench/gen.py failed"
G="$SCRATCH/g"
IN="$SCRATCH/in"
cp -r "$G/inputs" "$IN"
# One group fails (its self-assessment is cut short): every summary lists it.
sed -i 's/<response /<respons /' "$IN/A00005-2024-self.xml"
# Two more would share one output name, X-1-2024: both fail, whichever
# shards they fall in.
for k in self peer; do
    sed 's/agency="A00001"/agency="X-1"/' "$G/inputs/A00001-2024-$k.xml" >"$IN/x1-$k.xml"
    sed 's/agency="A00001" period="2024"/agency="X" period="1-2024"/' \
        "$G/inputs/A00001-2024-$k.xml" >"$IN/x-$k.xml"
done
grep -q 'period="1-2024"' "$IN/x-self.xml" && ok || ko "the colliding group was not made"

run batch --jobs 2 --scorecard "$G/scorecard.xml" --output "$SCRATCH/one" "$IN"
check "the run in one piece" 1 "A00005-2024-self.xml:[0-9]+: error: not well-formed" \
    "^18 groups, 15 reports, 3 failed"
grep -q "give the output name 'X-1-2024', as another agency" "$ERR" && ok ||
    ko "the colliding names are not reported"
ONE="$SCRATCH/one"
grep -q '<failed agency="A00005" period="2024">.*A00005-2024-self.xml:[0-9]*: not well-formed' \
    "$ONE/summary.xml" && ok || ko "summary.xml does not list the failed group with its reason"
grep -q 'A00005 2024: not reported: .*A00005-2024-self.xml:[0-9]*: not well-formed' \
    "$ONE/summary.html" && ok || ko "summary.html does not list the failed group with its reason"
grep -q '^,A00005,2024,.*not well-formed' "$ONE/summary.csv" &&
    head -n 1 "$ONE/summary.csv" | grep -q ',not_reported' && ok ||
    ko "summary.csv does not list the failed group with its reason"
"$EMSCORE" validate "$ONE/summary.xml" >/dev/null 2>&1 && ok || ko "summary.xml with <failed> does not validate"
[ ! -e "$ONE/.emscore-shard-1-of-1.xml" ] && ok || ko "a run in one piece wrote a shard list"

for n in 1 2 3 7; do
    D="$SCRATCH/n$n"
    shards "$D" "$n" "$IN"
    ls "$D" | grep -q '^summary\.' && ko "$n shards: a shard wrote a summary" || ok
    [ "$(ls -A "$D" | grep -c '^\.emscore-shard-[0-9]*-of-'"$n"'\.xml$')" -eq "$n" ] && ok ||
        ko "$n shards: not one list per shard"
    run batch --gather --output "$D"
    check "gather $n shards" 1 "" "^18 groups, 3 failed or missing"
    same_run "$n shards, gathered" "$ONE" "$D"
done
# Each list validates and names every group; the run's lists agree.
run validate "$SCRATCH/n3/.emscore-shard-2-of-3.xml"
check "a shard list validates" 0 "" "list of shard 2 of 3: 18 groups"

# ---- a shard killed with SIGKILL, rerun with --resume ---------------------
# Enough groups that the shard is still running when a few are done.
python3 "$ROOT/bench/gen.py" --groups 120 --milestones 6 "$SCRATCH/big" >/dev/null ||
    ko "bench/gen.py failed"
B="$SCRATCH/big"
run batch --jobs 2 --scorecard "$B/scorecard.xml" --output "$SCRATCH/big-one" "$B/inputs"
check "120 groups in one piece" 0 "" "^120 groups, 120 reports, 0 failed"
K="$SCRATCH/killed"
"$EMSCORE" batch --jobs 1 --scorecard "$B/scorecard.xml" --output "$K" --shard 2/2 "$B/inputs" \
    >/dev/null 2>&1
"$EMSCORE" batch --jobs 1 --scorecard "$B/scorecard.xml" --output "$K" --shard 1/2 "$B/inputs" \
    >/dev/null 2>&1 &
pid=$!
waited=0 # tenths of a second, at most 60 s
while [ "$(ls "$K" | grep -c '\.html$')" -lt 70 ] && [ $waited -lt 600 ] && kill -0 $pid 2>/dev/null; do
    sleep 0.1
    waited=$((waited + 1))
done
kill -9 $pid 2>/dev/null && ok || ko "shard 1/2 ended before it could be killed"
wait $pid 2>/dev/null
grep -q 'state="pending"' "$K/.emscore-shard-1-of-2.xml" && ok ||
    ko "the killed shard's list does not say its groups are pending"
run batch --gather --output "$K"
check "gather with a killed shard" 1 "error: A[0-9]+ 2024 has no results: shard 1 of 2 has not finished"
ls "$K" | grep -q '^summary\.' && ko "gather wrote a summary with a shard unfinished" || ok
run batch --jobs 1 --resume --scorecard "$B/scorecard.xml" --output "$K" --shard 1/2 "$B/inputs"
check "the killed shard rerun with --resume" 0 "" "up to date"
run batch --gather --output "$K"
check "gather after --resume" 0 "" "^120 groups, 0 failed or missing"
same_run "killed, resumed, gathered" "$SCRATCH/big-one" "$K"

# ---- a shard missing ------------------------------------------------------
M="$SCRATCH/missing"
"$EMSCORE" batch --jobs 1 --scorecard "$G/scorecard.xml" --output "$M" --shard 1/3 "$IN" >/dev/null 2>&1
"$EMSCORE" batch --jobs 1 --scorecard "$G/scorecard.xml" --output "$M" --shard 3/3 "$IN" >/dev/null 2>&1
run batch --gather --output "$M"
check "gather without shard 2 of 3" 1 "has no results: shard 2 of 3 has not run"
# Exactly the groups of shard 2 are named, as the complete run's lists say.
want=$(sed -n 's/.*agency="\([^"]*\)" period="\([^"]*\)" shard="2".*/\1 \2/p' \
    "$SCRATCH/n3/.emscore-shard-1-of-3.xml" | sort)
got=$(sed -n 's/.*error: \([^ ]*\) \([^ ]*\) has no results.*/\1 \2/p' "$ERR" | sort)
[ -n "$want" ] && [ "$want" = "$got" ] && ok || ko "missing groups named: '$got', expected '$want'"
ls "$M" | grep -q '^summary\.' && ko "gather wrote a summary with a shard missing" || ok

# ---- shards of different runs ----------------------------------------------
X="$SCRATCH/mixed-lang"
"$EMSCORE" batch --scorecard "$G/scorecard.xml" --output "$X" --shard 1/2 "$IN" >/dev/null 2>&1
"$EMSCORE" batch --scorecard "$G/scorecard.xml" --output "$X" --shard 2/2 --lang fr "$IN" >/dev/null 2>&1
run batch --gather --output "$X"
check "gather refuses shards in two languages" 1 \
    "shard 2 was run with .*language fr, but shard 1 with .*language en: only the shards of one run"
ls "$X" | grep -q '^summary\.' && ko "gather wrote a summary of mixed languages" || ok

X="$SCRATCH/mixed-scorecard"
"$EMSCORE" batch --scorecard "$G/scorecard.xml" --output "$X" --shard 1/2 "$IN" >/dev/null 2>&1
"$EMSCORE" batch --scorecard "$ROOT/scorecards/un-ems.xml" --output "$X" --shard 2/2 \
    "$ROOT/scorecards/samples" >/dev/null 2>&1
run batch --gather --output "$X"
check "gather refuses shards of two scorecards" 1 \
    "shard 2 was run with scorecard un-ems .*, but shard 1 with scorecard bench"

X="$SCRATCH/mixed-n"
"$EMSCORE" batch --scorecard "$G/scorecard.xml" --output "$X" --shard 1/2 "$IN" >/dev/null 2>&1
"$EMSCORE" batch --scorecard "$G/scorecard.xml" --output "$X" --shard 1/3 "$IN" >/dev/null 2>&1
run batch --gather --output "$X"
check "gather refuses lists of 2 and of 3 shards" 1 "holds the lists of a run in [23] shards and of another"

# A run with other options since: the stamp no longer matches the lists.
X="$SCRATCH/restamped"
shards "$X" 2 "$IN"
"$EMSCORE" batch --scorecard "$G/scorecard.xml" --output "$X" --model flat "$IN" >/dev/null 2>&1
run batch --gather --output "$X"
check "gather refuses a folder used by another run since" 1 \
    "\.emscore-batch: error: the folder was last used with other options"

run batch --gather --output "$SCRATCH/one"
check "gather of a folder without shards" 1 "no shard list"
run batch --gather --output "$SCRATCH/n2" "$IN"
check "--gather takes no INPUT" 2 "--gather takes no INPUT"
run batch --gather --output "$SCRATCH/n2" --lang fr
check "--gather takes its options from the folder" 2 "--gather takes no --lang"

# ---- periods: the samples of 2014 and 2015, --period on the gather ---------
# Shards put every period of an agency in one shard; the gathered summary
# ranks each agency's latest period, or the one --period names, as the run
# in one piece does, byte for byte.
SC="$ROOT/scorecards/un-ems.xml"
PS="$SCRATCH/periods-in"
mkdir -p "$PS"
cp "$ROOT"/scorecards/samples/*-201[45]-self.xml "$ROOT"/scorecards/samples/*-201[45]-peer.xml \
    "$ROOT"/scorecards/samples/*-2014-response.xml "$PS"
for period in latest 2014; do
    opt=
    [ $period = latest ] || opt="--period $period"
    run batch --jobs 2 --scorecard "$SC" --output "$SCRATCH/p1-$period" $opt "$PS"
    check "the samples of two periods in one piece ($period)" 0 "" "^6 groups, 6 reports, 0 failed"
    D="$SCRATCH/p3-$period"
    k=1
    while [ $k -le 3 ]; do
        "$EMSCORE" batch --jobs 1 --scorecard "$SC" --output "$D" --shard "$k/3" "$PS" >/dev/null 2>&1
        k=$((k + 1))
    done
    run batch --gather --output "$D" $opt
    check "gather the samples of two periods ($period)" 0 "" "^6 groups, 0 failed or missing"
    same_run "two periods, three shards, gathered ($period)" "$SCRATCH/p1-$period" "$D"
done
grep -q '<periods ranked="period" period="2014">' "$SCRATCH/p3-2014/summary.xml" &&
    [ "$(grep -c '<entry .* period="2014"' "$SCRATCH/p3-2014/summary.xml")" -eq 3 ] && ok ||
    ko "gather --period 2014 does not rank the three agencies' 2014 results"
grep -q '<periods ranked="latest">' "$SCRATCH/p3-latest/summary.xml" &&
    [ "$(grep -c '<entry .* period="2015"' "$SCRATCH/p3-latest/summary.xml")" -eq 3 ] && ok ||
    ko "gather does not rank each agency's latest period"
run batch --gather --output "$SCRATCH/p3-2014" --period 2016
check "gather --period of no group" 1 "no results of period 2016 to summarise"
run batch --gather --output "$SCRATCH/p3-2014" --period 'not one'
check "gather --period needs an identifier" 2 "--period needs a period identifier"
run batch --scorecard "$SC" --output "$SCRATCH/p-shard" --shard 1/2 --period 2014 "$PS"
check "a shard takes no --period" 2 "a shard writes none: give it to --gather"

# ---- GNU parallel -----------------------------------------------------------
# The README's example, as run here.
if command -v parallel >/dev/null 2>&1; then
    P="$SCRATCH/parallel"
    parallel --will-cite --halt soon,fail=1 \
        "$EMSCORE" batch --scorecard "$G/scorecard.xml" --output "$P" --shard {}/3 "$G/inputs" \
        ::: 1 2 3 >/dev/null 2>"$ERR" && ok || ko "three shards under GNU parallel failed"
    run batch --gather --output "$P"
    check "gather after GNU parallel" 0 "" "^16 groups, 0 failed or missing"
    run batch --jobs 2 --scorecard "$G/scorecard.xml" --output "$SCRATCH/one-good" "$G/inputs"
    same_run "GNU parallel, gathered" "$SCRATCH/one-good" "$P"
else
    echo "shards: SKIPPED the GNU parallel case: parallel is not installed (make deps CLUSTER=1)"
fi

finish
