#!/bin/sh
# End-to-end: a scorecard without grades (doc/formats.md). The UN scorecard
# with its <grades> taken out scores the samples to the same figures as
# with them, and every report (HTML full and executive, DOCX, ODT, JSON,
# CSV, the summary in HTML and CSV) speaks of scores and milestones met
# only: no grade, no grade chart, no grade band, in English and French.
. "$(dirname "$0")/../lib.sh"
SC="$SCRATCH/ungraded.xml"
sed '/<grades/,/<\/grades>/d' "$ROOT/scorecards/un-ems.xml" >"$SC"
grep -q '<grade' "$SC" && ko "the scorecard still has grades" || ok
run validate "$SC"
check "a scorecard without grades is valid" 0 "" "scorecard un-ems"

run batch --scorecard "$SC" --format html,docx,odt --output "$SCRATCH/u" "$ROOT/scorecards/samples"
check "batch without grades" 0 "" "^6 groups, 6 reports, 0 failed"
run batch --scorecard "$ROOT/scorecards/un-ems.xml" --output "$SCRATCH/g" "$ROOT/scorecards/samples"
check "batch with grades" 0
# The same figures: the overall element less its three grades.
for r in "$SCRATCH"/g/*.results.xml; do
    b=$(basename "$r")
    want=$(grep -m1 '<overall ' "$r" | sed 's/ grade="[^"]*" self-grade="[^"]*" uncapped-grade="[^"]*"//')
    got=$(grep -m1 '<overall ' "$SCRATCH/u/$b")
    [ "$got" = "$want" ] && ok || ko "$b: '$got' is not '$want'"
done
run validate "$SCRATCH"/u/*.results.xml "$SCRATCH/u/summary.xml"
check "results and summary without grades are valid" 0
grep -lE ' (self-|uncapped-)?grade=|<grades?[ >]' "$SCRATCH"/u/*.results.xml >"$SCRATCH/graded" && ko "results that name a grade: $(cat "$SCRATCH/graded")" || ok
grep -Eq '<grade-counts|band=' "$SCRATCH/u/summary.xml" && ko "the summary has grade counts or bands" || ok

# No word of grades in any report: "grade" in English; in French, where
# "classement" is also the ranking, the grades' names, their chart and
# the cap ("plafonne").
R="$SCRATCH/u/UNIDO-2014.results.xml"
run report --edition executive -o "$SCRATCH/exec.html" "$R"
check "executive edition" 0
run report --lang fr -o "$SCRATCH/fr.html" "$R"
check "French report" 0
run report --format json -o "$SCRATCH/u.json" "$R"
check "JSON" 0
run report --format summary --lang fr -o "$SCRATCH/summary-fr.html" "$SCRATCH/u/summary.xml"
check "French summary" 0
run report --format summary --param ranking=yes -o "$SCRATCH/ranked.html" "$SCRATCH/u/summary.xml"
check "ranked summary" 0
python3 - "$SCRATCH" <<'PY' && ok || ko "a report without grades names a grade"
import glob, html, re, sys, zipfile
d = sys.argv[1]
def words(path):
    if path.endswith((".docx", ".odt")):
        z = zipfile.ZipFile(path)
        raw = "".join(z.read(n).decode("utf-8") for n in z.namelist()
                      if n in ("word/document.xml", "content.xml", "word/header1.xml"))
    else:
        raw = re.sub(r"<style.*?</style>", "", open(path, encoding="utf-8").read(), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))
bad = []
for path in glob.glob(d + "/u/*.html") + glob.glob(d + "/u/*.docx") + glob.glob(d + "/u/*.odt") + \
        [d + "/exec.html", d + "/ranked.html"]:
    if re.search(r"\bgrades?\b", words(path), re.I):
        bad.append(path)
for path in (d + "/fr.html", d + "/summary-fr.html"):
    if re.search(r"Répartition des classements|Classements|plafonn|Exemplaire|En développement|Débutant",
                 words(path)):
        bad.append(path)
if re.search(r'"grade', open(d + "/u.json", encoding="utf-8").read()):
    bad.append("u.json")
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
# The heat map's cells with a score are plain, not hatched as not applicable.
grep -q 'class="unbanded"' "$SCRATCH/u/summary.html" && ok || ko "the heat map has no plain cells"
grep -q 'class="band-[0-9]' "$SCRATCH/u/summary.html" && ko "the heat map has grade bands" || ok
# The summary CSV keeps its columns, the grades empty.
python3 - "$SCRATCH/u/summary.csv" <<'PY' && ok || ko "summary.csv grades are not empty"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
sys.exit(0 if rows and all(r["grade"] == r["self_grade"] == r["uncapped_grade"] == "" for r in rows) else 1)
PY

finish
