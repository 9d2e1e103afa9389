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
for opt in max-input-bytes:2147483647 max-xml-bytes:2147483647 max-depth:256 \
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

finish
