#!/bin/sh
# End-to-end: `emscore score` on the bundled samples against the golden
# results (tests/data/golden, compared byte for byte), whatever the order of
# the files; -o plain and .gz; every exit status; a failing run leaves an
# existing output untouched.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
S="$ROOT/scorecards/samples"
GOLDEN="$ROOT/tests/data/golden"

# same NAME FILE: the last run's stdout is FILE, byte for byte
same() {
    if cmp -s "$OUT" "$2"; then ok; else ko "$1: output differs from $(basename "$2")"; fi
}

for a in unido wmo unep; do
    golden="$GOLDEN/$a-2014.results.xml"
    run score --scorecard "$SC" "$S/$a-2014-self.xml" "$S/$a-2014-peer.xml"
    check "$a scores" 0
    same "$a matches the golden results" "$golden"
    run score --scorecard "$SC" "$S/$a-2014-peer.xml" "$S/$a-2014-self.xml"
    check "$a scores in reverse order" 0
    same "$a in reverse order gives the same bytes" "$golden"
    run validate "$golden"
    check "golden $a validates against the schema" 0 "" "results $(echo $a | tr a-z A-Z) period 2014"
done

# Without a scope rule the results are those of before scopes: the golden
# bytes but for the scope attribute of the top-level areas.
sed '/<scope core=/d' "$SC" > "$SCRATCH/no-scope.xml"
for a in unido wmo unep; do
    run score --scorecard "$SCRATCH/no-scope.xml" "$S/$a-2014-self.xml" "$S/$a-2014-peer.xml"
    check "$a scores without a scope rule" 0
    sed 's/ scope="\(core\|chosen\)"//' "$GOLDEN/$a-2014.results.xml" | cmp -s - "$OUT" && ok ||
        ko "$a without a scope rule: the golden results without scope attributes"
    [ "$(grep -c '^  <area [^>]*scope="core"' "$GOLDEN/$a-2014.results.xml")" -eq 2 ] && ok ||
        ko "$a: EMS and CLIM are the core"
done

# With the inventories: the bound indicators computed, typed values that
# differ flagged inconsistent; the baseline's place among -i does not matter.
inv() { echo "$S/$1-$2-inventory.xml"; }
for a in unido wmo unep; do
    golden="$GOLDEN/$a-2014-inventory.results.xml"
    case $a in unido) base=2010 ;; wmo) base=2008 ;; *) base= ;; esac
    set -- -i "$(inv $a 2014)"
    [ -n "$base" ] && set -- "$@" -i "$(inv $a $base)"
    run score --scorecard "$SC" "$@" "$S/$a-2014-self.xml" "$S/$a-2014-peer.xml"
    check "$a scores with its inventory" 0
    same "$a with its inventory matches the golden results" "$golden"
    if [ -n "$base" ]; then
        run score --scorecard "$SC" -i "$(inv $a $base)" -i "$(inv $a 2014)" "$S/$a-2014-peer.xml" \
            "$S/$a-2014-self.xml"
        same "$a: baseline given first gives the same bytes" "$golden"
    fi
    run validate "$golden"
    check "golden $a with inventory validates" 0 "" "results $(echo $a | tr a-z A-Z) period 2014"
done
grep -q 'id="IND-GHG-PERCAP"[^>]*computed="4.68"[^>]*flags="inconsistent"' "$GOLDEN/unido-2014-inventory.results.xml" &&
    ok || ko "unido: per person is 5380 t over 1150 personnel, and the typed 6.9 is inconsistent"
grep -q 'id="IND-GHG-PERCAP"[^>]*computed="6.39"[^>]*status' "$GOLDEN/unep-2014-inventory.results.xml" &&
    ! grep -q 'id="IND-GHG-PERCAP"[^>]*inconsistent' "$GOLDEN/unep-2014-inventory.results.xml" &&
    ok || ko "unep: a typed 6.4 agrees with 6.39 at its own precision"
run score --scorecard "$SC" -i "$(inv wmo 2014)" "$S/unido-2014-self.xml"
check "an inventory of another agency is refused" 1 "wmo-2014-inventory.xml:[0-9]+: error: inventory of WMO for 2014, but .* assesses UNIDO for 2014"
run score --scorecard "$SC" -i "$(inv unido 2014)" -i "$(inv wmo 2008)" "$S/unido-2014-self.xml"
check "a baseline of another agency is refused" 1 "wmo-2008-inventory.xml:[0-9]+: error: inventory of WMO for 2008 is not the baseline of .*, which is UNIDO for 2010"
run score --scorecard "$SC" -i "$(inv unido 2014)" -i "$(inv unido 2010)" -i "$(inv unido 2010)" "$S/unido-2014-self.xml"
check "three inventories are a usage error" 2 "at most two --inventory"
run score --scorecard "$SC" -i "$S/unido-2014-self.xml" "$S/unido-2014-self.xml"
check "an assessment given as inventory is refused" 1 "this is an assessment, not an inventory"

# -o: the same bytes in a file; .gz compressed; gzip inputs read the same
run score --scorecard "$SC" -o "$SCRATCH/unido.xml" "$S/unido-2014-self.xml" "$S/unido-2014-peer.xml"
check "-o writes a file" 0
cp "$SCRATCH/unido.xml" "$OUT"
same "-o file holds the results" "$GOLDEN/unido-2014.results.xml"
run score --scorecard "$SC" -o "$SCRATCH/unido.xml.gz" "$S/unido-2014-self.xml" "$S/unido-2014-peer.xml"
check "-o x.gz writes a file" 0
gzip -dc "$SCRATCH/unido.xml.gz" > "$OUT"
same "-o x.gz decompresses to the results" "$GOLDEN/unido-2014.results.xml"
gzip -c "$S/wmo-2014-self.xml" > "$SCRATCH/wmo-self.xml.gz"
gzip -c "$SC" > "$SCRATCH/card.xml.gz"
run score --scorecard "$SCRATCH/card.xml.gz" "$SCRATCH/wmo-self.xml.gz" "$S/wmo-2014-peer.xml"
check "gzip inputs" 0
same "gzip inputs give the same bytes" "$GOLDEN/wmo-2014.results.xml"

# One assessment alone; each model gives a valid document.
run score --scorecard "$SC" -o "$SCRATCH/self.xml" "$S/unep-2014-self.xml"
check "a self-assessment alone" 0
run validate "$SCRATCH/self.xml"
check "self-only results validate" 0 "" "results UNEP period 2014"
for m in weighted flat flat-unweighted absolute; do
    run score --scorecard "$SC" --model "$m" -o "$SCRATCH/$m.xml" "$S/unep-2014-peer.xml"
    check "model $m" 0
    run validate "$SCRATCH/$m.xml"
    check "model $m validates" 0 "" "results UNEP"
    grep -q "model=\"$m\"" "$SCRATCH/$m.xml" && ok || ko "model $m is named in the results"
done
run score --scorecard "$SC" --profile wmo "$S/unep-2014-self.xml"
check "--profile overrides the assessment's, with a warning" 0 \
    "unep-2014-self.xml:2: warning: scored with profile 'wmo'" 'profile="wmo"'

# Inputs that do not belong together: exit 1, FILE:LINE: error:, nothing written.
printf 'old\n' > "$SCRATCH/kept.xml"
run score --scorecard "$SC" -o "$SCRATCH/kept.xml" "$S/unido-2014-self.xml" "$S/wmo-2014-peer.xml"
check "different agencies are refused" 1 \
    "wmo-2014-peer.xml:2: error: agency 'WMO' differs from agency 'UNIDO' of .*unido-2014-self.xml"
[ "$(cat "$SCRATCH/kept.xml")" = old ] && ok || ko "a failing run leaves the -o target untouched"
[ "$(ls "$SCRATCH" | grep -c tmp)" -eq 0 ] && ok || ko "a failing run leaves no temporary file"
sed 's/period="2014"/period="2015"/' "$S/wmo-2014-peer.xml" > "$SCRATCH/wmo-2015-peer.xml"
run score --scorecard "$SC" "$S/wmo-2014-self.xml" "$SCRATCH/wmo-2015-peer.xml"
check "different periods are refused" 1 "wmo-2015-peer.xml:2: error: period '2015' differs from period '2014'"
sed 's/scorecard-version="2014.1"/scorecard-version="2015.1"/' "$S/wmo-2014-peer.xml" > "$SCRATCH/v2015.xml"
run score --scorecard "$SC" "$S/wmo-2014-self.xml" "$SCRATCH/v2015.xml"
check "another scorecard version is refused" 1 "v2015.xml:2: error: assessment is of scorecard version '2015.1'"
run score --scorecard "$SC" "$S/unido-2014-self.xml" "$S/wmo-2014-self.xml"
check "two self-assessments are refused" 1 "wmo-2014-self.xml:2: error: a second self-assessment"
run score --scorecard "$SC" "$S/unido-2014-peer.xml" "$S/unido-2014-peer.xml"
check "two peer assessments are refused" 1 "error: a second peer assessment"
sed 's/profile="wmo"/profile="unep"/' "$S/wmo-2014-peer.xml" > "$SCRATCH/other-profile.xml"
run score --scorecard "$SC" "$S/wmo-2014-self.xml" "$SCRATCH/other-profile.xml"
check "assessments naming different profiles are refused" 1 \
    "other-profile.xml:2: error: profile 'unep' differs from profile 'wmo'"
run score --scorecard "$SC" --profile nope "$S/wmo-2014-self.xml"
check "an unknown profile is refused" 1 "un-ems.xml: error: profile 'nope' is not defined"

# Usage and system errors: exit 2.
run score --scorecard "$SC" --model best "$S/wmo-2014-self.xml"
check "an unknown model is a usage error" 2 "unknown model 'best'"
run score "$S/wmo-2014-self.xml"
check "--scorecard is required" 2 "--scorecard is required"
run score --scorecard "$SC"
check "no ASSESSMENT is a usage error" 2 "got 0 files"
run score --scorecard "$SC" "$S/wmo-2014-self.xml" "$S/wmo-2014-peer.xml" "$S/unep-2014-peer.xml" \
    "$S/unep-2014-self.xml"
check "four files are a usage error" 2 "got 4 files"
run score --scorecard "$SC" "$SCRATCH/missing.xml"
check "an unreadable file is exit 2" 2 "missing.xml: error: cannot open"
run score --scorecard "$SC" -o "$SCRATCH/no/such/dir.xml" "$S/wmo-2014-self.xml"
check "an unwritable output is exit 2" 2 "dir.xml: error: output folder .*/no/such does not exist"
run score --help
check "score --help" 0 "" "^usage: emscore score --scorecard SC"
finish
