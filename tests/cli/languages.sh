#!/bin/sh
# End-to-end: a scorecard's texts in several languages. The bundled
# scorecard, translated into the six official languages, gives French and
# Arabic reports, summaries and forms with no English title left
# (tests/cli/lang_check.py); the same scorecard with its English alone gives
# byte-identical English reports; where a text is missing in the report's
# language, English stands in and the cover says so once.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
SAMPLES="$ROOT/scorecards/samples"
LEFT="python3 $ROOT/tests/cli/lang_check.py $SC"
EN="$SCRATCH/un-ems-en.xml"
ALL="$SCRATCH/all" ONE="$SCRATCH/one"
mkdir -p "$ALL" "$ONE"

# The scorecard as it was before its translations: every translated line
# dropped, nothing else changed.
grep -v 'xml:lang="' "$SC" >"$EN"
run validate "$EN"
check "the English-only scorecard is valid" 0

# no_english NAME FILE...: lang_check.py finds no English title in the files
no_english() {
    name=$1
    shift
    if $LEFT "$@" >"$OUT" 2>"$ERR"; then ok; else ko "$name"; fi
}

# note_count NAME N FILE: the cover's note about English standing in, N times
note_count() {
    n=$(grep -o 'class="language-note' "$3" | wc -l)
    [ "$n" -eq "$2" ] && ok || ko "$1: the language note appears $n times, expected $2"
}

for a in unido wmo unep; do
    run score --scorecard "$SC" -o "$ALL/$a.results.xml" "$SAMPLES/$a-2014-self.xml" "$SAMPLES/$a-2014-peer.xml"
    check "score $a" 0
    run score --scorecard "$EN" -o "$ONE/$a.results.xml" "$SAMPLES/$a-2014-self.xml" "$SAMPLES/$a-2014-peer.xml"
    check "score $a with the English-only scorecard" 0
    grep -q '<languages complete="en fr es ar zh ru"/>' "$ALL/$a.results.xml" && ok ||
        ko "$a: results complete in every language"
    grep -q '<languages complete="en"/>' "$ONE/$a.results.xml" && ok ||
        ko "$a: English-only results complete in English alone"
    n=$(grep -c '<title xml:lang="fr">' "$ALL/$a.results.xml")
    [ "$n" -gt 40 ] && ok || ko "$a: results carry the French titles ($n)"

    # English: the translations change nothing
    for f in html csv json; do
        run report --format $f -o "$ALL/$a.en.$f" "$ALL/$a.results.xml"
        check "$a: English $f report" 0
        run report --format $f -o "$ONE/$a.en.$f" "$ONE/$a.results.xml"
        check "$a: English $f report of the English-only results" 0
        cmp -s "$ALL/$a.en.$f" "$ONE/$a.en.$f" && ok ||
            ko "$a: English $f report the same bytes with and without translations"
    done
    note_count "$a: English report" 0 "$ALL/$a.en.html"

    for lang in fr ar; do
        for f in html csv; do
            run report --format $f --lang $lang -o "$ALL/$a.$lang.$f" "$ALL/$a.results.xml"
            check "$a: $lang $f report" 0
            no_english "$a: no English title in the $lang $f report" "$ALL/$a.$lang.$f"
        done
        note_count "$a: $lang report of translated results" 0 "$ALL/$a.$lang.html"
        # the check can fail: English-only results leave every title English
        run report --lang $lang -o "$ONE/$a.$lang.html" "$ONE/$a.results.xml"
        check "$a: $lang report of English-only results" 0
        if $LEFT "$ONE/$a.$lang.html" >"$OUT" 2>"$ERR"; then
            ko "$a: lang_check.py finds the English titles of English-only results"
        else
            ok
        fi
        note_count "$a: $lang report of English-only results" 1 "$ONE/$a.$lang.html"
    done
    run report --format json --lang fr "$ALL/$a.results.xml"
    check "$a: French json report" 0 "" '"title":"Engagement de la direction","title-lang":"fr"'
done
grep -q '<h4><span dir="auto" lang="ar">التزام الإدارة العليا</span></h4>' "$ALL/unido.ar.html" && ok ||
    ko "the Arabic report shows EMS1's Arabic title, marked as Arabic"
grep -q ',EMS1,milestone,Engagement de la direction,' "$ALL/unido.fr.csv" && ok ||
    ko "the French csv report has the French titles"

# ---- summaries ------------------------------------------------------------
for lang in en fr ar; do
    run report --format summary --lang $lang -o "$ALL/summary.$lang.html" "$ALL"
    check "summary in $lang" 0
    run report --format summary --lang $lang -o "$ONE/summary.$lang.html" "$ONE"
    check "summary in $lang of English-only results" 0
done
cmp -s "$ALL/summary.en.html" "$ONE/summary.en.html" && ok ||
    ko "the English summary the same bytes with and without translations"
no_english "no English title in the French and Arabic summaries" "$ALL/summary.fr.html" "$ALL/summary.ar.html"
note_count "French summary" 0 "$ALL/summary.fr.html"
note_count "French summary of English-only results" 1 "$ONE/summary.fr.html"
# one English-only input is enough for the note
run report --format summary --lang fr -o "$SCRATCH/mixed.html" "$ALL/wmo.results.xml" "$ONE/unido.results.xml"
check "summary of translated and English-only results" 0
note_count "French summary of mixed results" 1 "$SCRATCH/mixed.html"
run report --format summary-csv --lang fr "$ALL"
check "French summary csv" 0
run batch --scorecard "$SC" --lang ar --output "$SCRATCH/batch" "$SAMPLES"
check "batch in Arabic" 0
no_english "no English title in the Arabic reports of batch" "$SCRATCH/batch"/*.html

# ---- a text missing in one language ---------------------------------------
# EMS1's French guidance removed: French falls back to English for it alone.
grep -v '<guidance xml:lang="fr">Rechercher un instrument' "$SC" >"$SCRATCH/partial.xml"
run score --scorecard "$SCRATCH/partial.xml" "$SAMPLES/unido-2014-self.xml"
check "score with one French text missing" 0 "" '<languages complete="en es ar zh ru"/>'
cp "$OUT" "$SCRATCH/partial.results.xml"
run report --lang fr -o "$SCRATCH/partial.fr.html" "$SCRATCH/partial.results.xml"
check "French report with one text missing" 0
note_count "French report with one text missing" 1 "$SCRATCH/partial.fr.html"
grep -q 'Look for a signed instrument of the executive head' "$SCRATCH/partial.fr.html" && ok ||
    ko "the missing French guidance is shown in English"
no_english "titles stay French when a guidance is missing" "$SCRATCH/partial.fr.html"
run report --lang es -o "$SCRATCH/partial.es.html" "$SCRATCH/partial.results.xml"
note_count "Spanish report when a French text is missing" 0 "$SCRATCH/partial.es.html"
grep -q 'Certains textes du tableau de bord ne sont pas disponibles en français' "$SCRATCH/partial.fr.html" && ok ||
    ko "the note is in French"

# ---- forms -----------------------------------------------------------------
for lang in en fr ar; do
    run template --scorecard "$SC" --profile unido-vic --agency UNIDO --period 2015 --format html \
        --lang $lang -o "$SCRATCH/form.$lang.html"
    check "form in $lang" 0
done
no_english "no English title in the French and Arabic forms" "$SCRATCH/form.fr.html" "$SCRATCH/form.ar.html"
note_count "French form" 0 "$SCRATCH/form.fr.html"
grep -q '<li data-level="initiated" data-value="1" data-label="Amorcé">Amorcé : intention exprimée</li>' "$SCRATCH/form.fr.html" && ok ||
    ko "the French form's scale shows the French level name alone"
grep -q '<li data-level="initiated" data-value="1" data-label="Initiated">Initiated: intention stated</li>' "$SCRATCH/form.en.html" && ok ||
    ko "the English form's scale shows the level name alone"
grep -q '<b>not-started</b>\|<b>na</b>' "$SCRATCH/form.en.html" && ko "a form's level list shows level ids" || ok
run template --scorecard "$EN" --profile unido-vic --agency UNIDO --period 2015 --format html --lang fr \
    -o "$SCRATCH/form-one.fr.html"
check "French form of the English-only scorecard" 0
note_count "French form of the English-only scorecard" 1 "$SCRATCH/form-one.fr.html"

finish
