#!/bin/sh
# End-to-end: the guard rails around what a user types and what a document
# holds. Numeric options are range-checked however they are spelt; lexical
# forms are exactly the documented ones; CSV cells cannot become formulas;
# a file name cannot forge a diagnostic line; usage errors come before any
# write; exit statuses agree across commands.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
SAMPLES="$ROOT/scorecards/samples"
SELF="$SAMPLES/unido-2014-self.xml"
PEER="$SAMPLES/unido-2014-peer.xml"
GOLDEN="$ROOT/tests/data/golden/unido-2014.results.xml"

# ere TEXT: TEXT as an extended regular expression matching itself.
ere() { printf '%s' "$1" | sed 's/[][\.*^$+?(){}|]/\\&/g'; }

# ---- numeric options: digits only, within the documented range ----------

gzip -c "$SELF" > "$SCRATCH/self.xml.gz"
for opt in max-input-bytes:2147483647 max-xml-bytes:2147483647 max-depth:1000000 \
           max-items:1000000000; do
    o=${opt%%:*} top=${opt#*:}
    run validate --"$o" "$top" --scorecard "$SC" "$SCRATCH/self.xml.gz"
    check "--$o $top (the top of its range) is accepted" 0 "" "self.xml.gz: assessment self"
    for bad in 18446744073709551615 18446744073709551616 99999999999999999999999 \
               $((top + 1)) 0 -1 +5 " 5" "5 " 0x10 1e3 "" 5.0; do
        run validate --"$o" "$bad" --scorecard "$SC" "$SCRATCH/self.xml.gz"
        check "--$o '$bad' is a usage error naming the range" 2 \
            "^emscore validate: --$o needs a whole number from 1 to $top, not '$(ere "$bad")'$"
        [ -s "$OUT" ] && ko "--$o '$bad': something was validated"
    done
done
# The same options on every command that reads input.
for cmd in "score --scorecard $SC" "report" "batch --scorecard $SC -o $SCRATCH/never" \
           "template --scorecard $SC --agency A --period P"; do
    run $cmd --max-xml-bytes 18446744073709551615 "$SELF"
    check "${cmd%% *} --max-xml-bytes 2^64-1" 2 "needs a whole number from 1 to 2147483647"
done
[ -e "$SCRATCH/never" ] && ko "batch made its folder despite a bad option" || ok

for bad in 0 257 -1 +2 " 2" 0x2 18446744073709551617; do
    run batch --scorecard "$SC" -o "$SCRATCH/never" --jobs "$bad" "$SELF"
    check "--jobs '$bad'" 2 \
        "^emscore batch: --jobs needs a whole number from 1 to 256, not '$(ere "$bad")'$"
done
for bad in 0/4 5/4 1/0 +1/4 " 1/4" "1/ 4" 1/4x 18446744073709551617/4 1/100001 -1/4 1 /4 1/; do
    run batch --scorecard "$SC" -o "$SCRATCH/never" --shard "$bad" "$SELF"
    check "--shard '$bad'" 2 "--shard needs K/N, whole numbers with 1 <= K <= N <= 100000"
done
[ -e "$SCRATCH/never" ] && ko "batch made its folder despite a bad --jobs or --shard" || ok

# ---- a file name cannot forge a diagnostic or drive a terminal ---------

# A line feed, an escape sequence, DEL, a C1 control and U+2028 in a name.
evil=$(printf 'a\nx.xml:1: error: forged\033[2J\177\302\205\342\200\250.xml')
shown='a\\nx\.xml:1: error: forged\\x1b\[2J\\x7f\\u0085\\u2028\.xml'
mkdir "$SCRATCH/names"
printf '<x/>' > "$SCRATCH/names/$evil"
run validate "$SCRATCH/names/$evil"
check "a bad file's name is escaped in its diagnostic" 1 "/names/$shown:1: error: root element <x>"
[ "$(wc -l < "$ERR")" -eq 1 ] && ok || ko "one diagnostic took $(wc -l < "$ERR") lines"
grep -q "$(printf '\033')" "$ERR" && ko "an escape character reached standard error" || ok
cp "$SELF" "$SCRATCH/names/$evil"
run validate "$SCRATCH/names/$evil"
check "a valid file's name is escaped on standard output" 0 "" "/names/$shown: assessment self UNIDO"
[ "$(wc -l < "$OUT")" -eq 1 ] && ok || ko "one summary line took $(wc -l < "$OUT") lines"
run validate "$SCRATCH/names/missing-$evil"
check "a missing file's name is escaped" 2 "/names/missing-$shown: error: cannot open"
[ "$(wc -l < "$ERR")" -eq 1 ] && ok || ko "one diagnostic took $(wc -l < "$ERR") lines"
run validate --scorecard "$SCRATCH/names/$evil" "$SELF"
check "the scorecard's name is escaped in 'cannot use scorecard'" 1 "cannot use scorecard .*/names/$shown$"
[ "$(wc -l < "$ERR")" -eq 2 ] && ok || ko "two diagnostics took $(wc -l < "$ERR") lines"
run report --format summary "$SCRATCH/names"
check "a folder name is escaped" 2 "/names: error: no \*\.results\.xml file in this folder"
mkdir "$SCRATCH/names/$evil.d"
run report --format summary "$SCRATCH/names/$evil.d"
check "a folder's name is escaped" 2 "/names/$shown\.d: error: no"
[ "$(wc -l < "$ERR")" -eq 1 ] && ok || ko "one diagnostic took $(wc -l < "$ERR") lines"
run validate "--max-depth=$evil" "$SELF"
check "an option's value is escaped in a usage error" 2 "not '$shown'$"
[ "$(wc -l < "$ERR")" -eq 2 ] && ok || ko "a usage error took $(wc -l < "$ERR") lines"
mkdir "$SCRATCH/in1" && cp "$SELF" "$PEER" "$SCRATCH/in1/"
run batch --scorecard "$SC" --output "$SCRATCH/out-$evil" "$SCRATCH/in1"
check "batch's output folder is escaped on standard output" 0 "" "\(in .*/out-$shown\)$"
[ "$(wc -l < "$OUT")" -eq 1 ] && ok || ko "batch's one line took $(wc -l < "$OUT") lines"

finish
