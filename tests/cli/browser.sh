#!/bin/sh
# End-to-end in a real browser: the HTML report of each bundled sample (and
# the summary, the Arabic report, and both periods' reports and summary) opened in headless Chromium, with a
# screenshot and a print to PDF of a sensible number of A4 pages; the
# executive edition of every sample in six pages at most. Where
# Chromium is not installed the suite says so loudly and counts nothing.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
SAMPLES="$ROOT/scorecards/samples"
CHROMIUM_CHECK="$ROOT/tests/browser/chromium.sh"

if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
    echo "**************************************************************"
    echo "SKIPPED: chromium not installed: reports were not opened in a browser"
    echo "(apt-get install chromium to run tests/cli/browser.sh)"
    echo "**************************************************************"
    finish
    exit 0
fi

# pages NAME HTML MIN MAX: the report prints to MIN..MAX pages
pages() {
    n=$(sh "$CHROMIUM_CHECK" "$2" "$SCRATCH/$1")
    rc=$?
    if [ "$rc" -ne 0 ] || [ -z "$n" ]; then
        FAIL=$((FAIL + 1))
        echo "FAIL: $1: chromium could not render it"
        sed 's/^/    /' "$SCRATCH/$1.log" | tail -5
        return
    fi
    echo "browser: $1 prints to $n pages"
    if [ "$n" -ge "$3" ] && [ "$n" -le "$4" ]; then ok; else
        FAIL=$((FAIL + 1))
        echo "FAIL: $1: $n pages, expected $3 to $4"
    fi
}

mkdir "$SCRATCH/r"
for a in unido wmo unep; do
    run score --scorecard "$SC" -o "$SCRATCH/r/$a.results.xml" "$SAMPLES/$a-2014-self.xml" \
        "$SAMPLES/$a-2014-peer.xml"
    check "score $a" 0
    run report -o "$SCRATCH/$a.html" "$SCRATCH/r/$a.results.xml"
    check "report $a" 0
    pages "$a" "$SCRATCH/$a.html" 3 60
done
run report --lang ar -o "$SCRATCH/unido-ar.html" "$SCRATCH/r/unido.results.xml"
check "report in Arabic" 0
pages unido-ar "$SCRATCH/unido-ar.html" 3 60
run report --format summary -o "$SCRATCH/summary.html" "$SCRATCH/r"
check "summary" 0
pages summary "$SCRATCH/summary.html" 1 60
# Both periods: the 2015 reports with their progress and follow-up (UNEP's a
# draft, marked on every page), and the summary with its periods, climate,
# lessons and reciprocal-review chapters.
run batch --scorecard "$SC" --output "$SCRATCH/all" "$SAMPLES"
check "batch over both periods" 0
pages unep-2015-draft "$SCRATCH/all/UNEP-2015.html" 3 80
pages unido-2015 "$SCRATCH/all/UNIDO-2015.html" 3 80
pages summary-periods "$SCRATCH/all/summary.html" 2 60
# The executive edition of every sample, both periods (the 2015 ones the
# largest, with their follow-up), prints to six A4 pages at most.
for p in 2014 2015; do
    for a in UNIDO WMO UNEP; do
        run report --edition executive -o "$SCRATCH/$a-$p-executive.html" "$SCRATCH/all/$a-$p.results.xml"
        check "executive edition of $a $p" 0
        pages "$a-$p-executive" "$SCRATCH/$a-$p-executive.html" 2 6
    done
done
# Read back as text where poppler's pdftotext is installed (make deps
# BROWSER=1): no word is broken inside ("développement" on the French grade
# card, whose box is narrow) and no milestone card's guidance opens a page
# on its own, cut off from its card.
if command -v pdftotext >/dev/null 2>&1; then
    run report --lang fr -o "$SCRATCH/unido-fr.html" "$SCRATCH/all/UNIDO-2014.results.xml"
    check "report in French" 0
    pages unido-fr "$SCRATCH/unido-fr.html" 3 80
    if pdftotext -layout "$SCRATCH/unido-fr.pdf" - |
        grep -Eq 'développem([^e]|$)|développeme([^n]|$)|développemen([^t]|$)'; then
        FAIL=$((FAIL + 1))
        echo "FAIL: unido-fr: 'développement' is broken inside the word"
    else ok; fi
    for f in unido wmo unep unep-2015-draft unido-2015; do
        # The first line of a page is its running header; the next, its first.
        orphans=$(pdftotext -layout "$SCRATCH/$f.pdf" - | awk 'BEGIN { p = 1 }
            /\f/ { p++; n = 0 } NF { n++; if (n == 2 && /^ *What reviewers look for/) printf " %d", p }')
        if [ -n "$orphans" ]; then
            FAIL=$((FAIL + 1))
            echo "FAIL: $f: a card's guidance opens page(s)$orphans"
        else ok; fi
    done
    # UNEP's 2015 review is a draft: every printed page says so; UNIDO's
    # is approved: none does.
    marked=$(pdftotext -layout "$SCRATCH/unep-2015-draft.pdf" - |
        awk 'BEGIN { RS = "\f" } NF { n++; if (/DRAFT/) d++ } END { print n + 0, d + 0 }')
    set -- $marked
    [ "$1" -gt 0 ] && [ "$1" -eq "$2" ] && ok ||
        { FAIL=$((FAIL + 1)); echo "FAIL: unep-2015-draft: DRAFT on $2 of its $1 pages"; }
    if pdftotext -layout "$SCRATCH/unido-2015.pdf" - | grep -q DRAFT; then
        FAIL=$((FAIL + 1))
        echo "FAIL: unido-2015: an approved review's report is marked DRAFT"
    else ok; fi
else
    echo "SKIPPED: pdftotext not installed: the printed reports were not read back as text"
fi
# Keep the screenshots and PDFs for a person to look at, when asked.
if [ -n "${EMS_BROWSER_KEEP:-}" ]; then
    mkdir -p "$EMS_BROWSER_KEEP" && cp "$SCRATCH"/*.png "$SCRATCH"/*.pdf "$EMS_BROWSER_KEEP"/
fi
finish
