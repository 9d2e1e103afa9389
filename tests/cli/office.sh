#!/bin/sh
# End-to-end: `emscore report --format docx|odt` and `batch --format`. The
# containers are read back (tests/cli/office_check.py: zipfile and
# ElementTree): well-formed parts, [Content_Types].xml and the manifest,
# the ODT mimetype first and stored, heading styles, repeating header rows,
# page numbers, A4, language and direction, in every language; the same
# results give the same bytes; texts holding markup stay text; stylesheets
# that make no proper package write nothing. Real readers then open one
# sample: pandoc (make deps DOCS=1) converts both to plain text holding the
# agency, the final score, every recommendation and milestone title, and
# LibreOffice (make deps OFFICE=1) converts both to PDF; each says SKIPPED
# where it is not installed, and under EMS_TEST_QUICK=1 (make sanitize and
# valgrind: the readers get the same bytes, and the binary is not in them).
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
SAMPLES="$ROOT/scorecards/samples"
CHECK="python3 $ROOT/tests/cli/office_check.py"
R="$SCRATCH/results"
D="$SCRATCH/docs"
mkdir -p "$R" "$D"

score_samples "$R"

# ---- every sample, both formats ------------------------------------------------
for a in unido wmo unep; do
    for f in docx odt; do
        run report --format "$f" -o "$D/$a.$f" "$R/$a.results.xml"
        check "$f report of $a" 0
        check_py "$f container and text of $a" report "$D/$a.$f" "$f" en "$R/$a.results.xml" \
            "$ROOT/xslt/i18n/en.xml"
    done
done

# ---- every language ---------------------------------------------------------------
for lang in fr es ar zh ru; do
    for f in docx odt; do
        run report --format "$f" --lang "$lang" -o "$D/unido-$lang.$f" "$R/unido.results.xml"
        check "$f report in $lang" 0
        check_py "$f container and text in $lang" report "$D/unido-$lang.$f" "$f" "$lang" \
            "$R/unido.results.xml" "$ROOT/xslt/i18n/$lang.xml"
    done
done

# ---- the DRAFT marking, on the cover and in every page header ---------------------
for f in docx odt; do
    run report --format "$f" --param marking=DRAFT -o "$D/draft.$f" "$R/unido.results.xml"
    check "$f report marked DRAFT" 0
    check_py "$f marking in the page header" container "$D/draft.$f" "$f" en DRAFT
    check_py "$f marking on the cover" literal "$D/draft.$f" "$f" DRAFT
done

# ---- the same results give the same bytes -------------------------------------------
for f in docx odt; do
    run report --format "$f" -o "$D/again.$f" "$R/unido.results.xml"
    cmp -s "$D/again.$f" "$D/unido.$f" && ok || ko "$f: the same results give the same bytes"
    "$EMSCORE" report --format "$f" "$R/unido.results.xml" | cmp -s - "$D/unido.$f" &&
        ok || ko "$f: standard output (a pipe) and -o give the same bytes"
done
# A binary report is not written to a terminal (script(1) gives it one).
if command -v script >/dev/null 2>&1; then
    STATUS=0
    script -qec "\"$EMSCORE\" report --format odt \"$R/unido.results.xml\"" /dev/null >"$ERR" 2>&1 </dev/null ||
        STATUS=$?
    : >"$OUT"
    check "odt to a terminal is refused" 2 'binary file: write it with -o FILE'
fi
mkdir -p "$SCRATCH/several"
run report --format docx -o "$SCRATCH/several" "$R/unido.results.xml" "$R/wmo.results.xml"
check "several results into a folder" 0
cmp -s "$SCRATCH/several/UNIDO-2014.docx" "$D/unido.docx" && cmp -s "$SCRATCH/several/WMO-2014.docx" "$D/wmo.docx" &&
    ok || ko "a folder gets AGENCY-PERIOD.docx"

# ---- batch -------------------------------------------------------------------------
run batch --scorecard "$SC" --output "$SCRATCH/batch" --format html,docx,odt "$SAMPLES"
check "batch --format html,docx,odt" 0 "" '^6 groups, 6 reports, 0 failed'
for g in UNIDO WMO UNEP; do
    [ -s "$SCRATCH/batch/$g-2014.html" ] && ok || ko "batch wrote $g-2014.html"
done
for f in docx odt; do
    # the samples folder holds inventories too: compare with the batch's own results
    "$EMSCORE" report --format $f -o "$SCRATCH/batch-unido.$f" "$SCRATCH/batch/UNIDO-2014.results.xml"
    cmp -s "$SCRATCH/batch/UNIDO-2014.$f" "$SCRATCH/batch-unido.$f" && ok || ko "batch's $f is report's"
done
run batch --scorecard "$SC" --output "$SCRATCH/batch" --format html,docx,odt --resume "$SAMPLES"
check "batch --resume with every format in place" 0 "" '6 up to date'
rm "$SCRATCH/batch/WMO-2014.odt"
run batch --scorecard "$SC" --output "$SCRATCH/batch" --format html,docx,odt --resume "$SAMPLES"
check "batch --resume redoes the group that lacks a format" 0 "" '1 report, 0 failed, 5 up to date'
run batch --scorecard "$SC" --output "$SCRATCH/batch-bad" --format html,pdf "$SAMPLES"
check "batch refuses an unknown format" 2 "name each of html, docx, odt and executive"
no_file "a refused batch makes no folder" "$SCRATCH/batch-bad"
run batch --scorecard "$SC" --output "$SCRATCH/batch-bad" --format docx,docx "$SAMPLES"
check "batch refuses a format named twice" 2 "at most once"

# ---- texts of the input stay text ---------------------------------------------------
# Markup of both formats, an XML-looking string, right-to-left marks (RLM,
# RLO) and the control characters XML can hold (tab, line feed, NEL).
hostile='</w:t></w:r><w:r><w:t>x</w:t> <text:span>y</text:span> <script>alert(1)</script> &amp; "q"'
sed -e 's|<title>Senior management commitment</title>|<title>\&lt;/w:t\&gt;\&lt;/w:r\&gt;\&lt;w:r\&gt;\&lt;w:t\&gt;x\&lt;/w:t\&gt; \&lt;text:span\&gt;y\&lt;/text:span\&gt; \&lt;script\&gt;alert(1)\&lt;/script\&gt; \&amp;amp; "q"\&#9;\&#10;\&#x200F;RLM \&#x202E;RLO\&#x202C; NEL\&#x85;end</title>|' \
    "$R/unido.results.xml" > "$SCRATCH/hostile.results.xml"
grep -q 'w:t&gt;x' "$SCRATCH/hostile.results.xml" && ok || ko "the hostile title is in place"
for f in docx odt; do
    run report --format "$f" --param 'marking=</w:t><w:p>DRAFT & <text:p>' -o "$D/hostile.$f" "$SCRATCH/hostile.results.xml"
    check "$f report of texts holding markup" 0
    check_py "$f container of texts holding markup" container "$D/hostile.$f" "$f" en
    check_py "$f markup in texts stays text" literal "$D/hostile.$f" "$f" "$hostile" \
        "$(printf '\342\200\217RLM \342\200\256RLO\342\200\254 NEL\302\205end')" '</w:t><w:p>DRAFT & <text:p>'
done

# ---- stylesheets that make no proper package ----------------------------------------
P="$ROOT/tests/data/packages"
run report --format docx --stylesheet "$P/no-package.xsl" -o "$D/bad.docx" "$R/unido.results.xml"
check "a docx stylesheet must make a package" 1 'made no <package'
run report --format odt --stylesheet "$P/part-outside.xsl" -o "$D/bad.odt" "$R/unido.results.xml"
check "a part name cannot leave the container" 1 "not '../evil.xml'"
for name in /abs.xml a//b.xml ./a.xml 'a\b.xml' ''; do
    run report --format docx --stylesheet "$P/part-outside.xsl" --param "name=$name" -o "$D/bad.docx" "$R/unido.results.xml"
    check "part name '$name' is refused" 1 'needs a relative name'
done
run report --format docx --stylesheet "$P/part-outside.xsl" --param name=ok.xml -o "$D/bad.docx" "$R/unido.results.xml"
check "two parts cannot have one name" 1 "two document parts are named 'ok.xml'"
run report --format docx --stylesheet "$P/two-roots.xsl" -o "$D/bad.docx" "$R/unido.results.xml"
check "a part has one root element" 1 'more than one root element'
no_file "a failed package writes nothing" "$D/bad.docx" "$D/bad.odt"
ls -a "$D" | grep -q '\.tmp-' && ko "a failed package leaves a temporary file" || ok

# ---- real readers: pandoc and LibreOffice, on one sample -------------------------------
if [ "${EMS_TEST_QUICK:-0}" = 1 ]; then
    echo "SKIPPED: EMS_TEST_QUICK=1: the DOCX and ODT were not opened by pandoc and LibreOffice"
elif command -v pandoc >/dev/null 2>&1; then
    for f in docx odt; do
        if pandoc --wrap=none -t plain -o "$SCRATCH/pandoc-$f.txt" "$D/unido.$f" 2>"$ERR"; then
            ok
            check_py "pandoc's text of the $f holds the report" text "$SCRATCH/pandoc-$f.txt" "$R/unido.results.xml"
        else
            ko "pandoc reads the $f"
        fi
    done
else
    echo "SKIPPED: pandoc not installed (make deps DOCS=1): the DOCX and ODT were not read by pandoc"
fi
if [ "${EMS_TEST_QUICK:-0}" = 1 ]; then
    :
elif command -v soffice >/dev/null 2>&1; then
    # Its own profile, so a running LibreOffice or another suite cannot interfere.
    if timeout 300 soffice --headless "-env:UserInstallation=file://$SCRATCH/lo-profile" \
        --convert-to pdf --outdir "$SCRATCH/pdf" "$D/unido.docx" "$D/unido-ar.odt" >"$OUT" 2>"$ERR"; then
        ok
    else
        ko "LibreOffice converts the DOCX and the ODT"
    fi
    for p in unido unido-ar; do
        if head -c 5 "$SCRATCH/pdf/$p.pdf" 2>/dev/null | grep -q '%PDF-'; then ok; else ko "LibreOffice made $p.pdf"; fi
    done
else
    echo "SKIPPED: LibreOffice not installed (make deps OFFICE=1): the DOCX and ODT were not converted to PDF"
fi

finish
