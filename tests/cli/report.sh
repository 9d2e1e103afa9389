#!/bin/sh
# End-to-end: `emscore report` on real results of the bundled samples. The
# reports are read back (tests/cli/report_check.py: an HTML parser, csv,
# json) and their figures compared, as numbers, with the results; hostile
# stylesheets are refused and write nothing; a loopback listener checks that
# nothing ever reaches the network.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
SAMPLES="$ROOT/scorecards/samples"
CHECK="python3 $ROOT/tests/cli/report_check.py"
HOSTILE="$ROOT/tests/data/stylesheets"
R="$SCRATCH/results"
mkdir -p "$R"

score_samples "$R"

# ---- HTML ----------------------------------------------------------------
for a in unido wmo unep; do
    run report -o "$SCRATCH/$a.html" "$R/$a.results.xml"
    check "html report of $a" 0
    check_py "html figures of $a equal its results" html "$R/$a.results.xml" "$SCRATCH/$a.html" en
    if xmllint --html --noout "$SCRATCH/$a.html" 2>"$ERR"; then ok; else ko "libxml2's HTML parser reads the $a report"; fi
done
# Every area of the weighted sums is a row of the worked example: areas
# without xml:lang are not one text in several languages.
[ "$(grep -o '<table id="worked">.*' "$SCRATCH/unep.html" | sed 's|</table>.*||' | grep -o '<tr>' | wc -l)" -eq \
  $(($(grep -c '<area ref=' "$R/unep.results.xml") + 2)) ] && ok || ko "the worked example has a row per area"
run report "$R/unido.results.xml"
check "html report to standard output" 0 "" '^<!DOCTYPE html>$'
cmp -s "$OUT" "$SCRATCH/unido.html" && ok || ko "standard output and -o give the same bytes"
run report "$R/unido.results.xml"
cmp -s "$OUT" "$SCRATCH/unido.html" && ok || ko "the report is the same bytes every time"

for lang in en fr es ar zh ru; do
    run report --lang "$lang" -o "$SCRATCH/unido-$lang.html" "$R/unido.results.xml"
    check "html report in $lang" 0
    check_py "html figures in $lang" html "$R/unido.results.xml" "$SCRATCH/unido-$lang.html" "$lang"
done
check_py "every catalogue has every message, with its placeholders" catalogues "$ROOT/xslt/i18n"
grep -q '<html lang="ar" dir="rtl">' "$SCRATCH/unido-ar.html" && ok || ko "Arabic is right to left"
grep -q '62,20' "$SCRATCH/unido-fr.html" && ok || ko "French writes a decimal comma"
grep -q '12 mai 2014' "$SCRATCH/unido-fr.html" && ok || ko "French dates"
grep -q '2014年5月12日' "$SCRATCH/unido-zh.html" && ok || ko "Chinese dates"
# The review's scope on the cover, from the results' core and chosen areas,
# in the report's language; results of a scorecard without a scope say none.
scope_is() { # NAME FILE TEXT
    grep -qF "<dd class=\"scope\">$3</dd>" "$2" && ok || ko "$1: the cover says '$3'"
}
scope_is "unido scope" "$SCRATCH/unido.html" "core EMS, CLIM; chosen themes: FAC, PROC, ICT, TRN"
scope_is "wmo scope" "$SCRATCH/wmo.html" "core EMS, CLIM; chosen themes: FAC, EVT, ICT, TRN"
scope_is "unido scope in French" "$SCRATCH/unido-fr.html" "socle commun : EMS, CLIM ; thèmes choisis : FAC, PROC, ICT, TRN"
scope_is "unido scope in Arabic" "$SCRATCH/unido-ar.html" "الجوهر: EMS، CLIM؛ المواضيع المختارة: FAC، PROC، ICT، TRN"
scope_is "unido scope in Chinese" "$SCRATCH/unido-zh.html" "核心：EMS、CLIM；所选专题：FAC、PROC、ICT、TRN"
run report --format json "$R/wmo.results.xml"
python3 -c 'import json, sys
areas = json.load(open(sys.argv[1]))["areas"]
sys.exit([(a["id"], a.get("scope")) for a in areas] != [("EMS", "core"), ("CLIM", "core"),
         ("FAC", "chosen"), ("EVT", "chosen"), ("ICT", "chosen"), ("TRN", "chosen")])' "$OUT" &&
    ok || ko "the JSON gives each top-level area its scope"
sed '/<scope core=/d' "$SC" > "$SCRATCH/no-scope.xml"
run score --scorecard "$SCRATCH/no-scope.xml" -o "$SCRATCH/no-scope.results.xml" \
    "$SAMPLES/unido-2014-self.xml" "$SAMPLES/unido-2014-peer.xml"
check "score without a scope rule" 0
run report -o "$SCRATCH/no-scope.html" "$SCRATCH/no-scope.results.xml"
check "report without a scope rule" 0
! grep -q 'class="scope"' "$SCRATCH/no-scope.html" && ok || ko "no scope rule: the cover gives no scope"
run report --format json "$SCRATCH/no-scope.results.xml"
! grep -q '"scope"' "$OUT" && ok || ko "no scope rule: the JSON gives no scope"
run report --lang xx "$R/unido.results.xml"
check "unknown language" 2 "no message catalogue for language 'xx'"
run report --lang ../etc "$R/unido.results.xml"
check "a language is an identifier, not a path" 2 "no message catalogue"

run report --param marking="Draft for discussion" --param top-recommendations=1 \
    -o "$SCRATCH/param.html" "$R/unido.results.xml"
check "parameters" 0
grep -q 'Draft for discussion' "$SCRATCH/param.html" && ok || ko "marking shown"
[ "$(grep -o '<span class="prio prio-' "$SCRATCH/param.html" | wc -l)" -lt \
  "$(grep -o '<span class="prio prio-' "$SCRATCH/unido.html" | wc -l)" ] && ok || ko "top-recommendations=1 lists fewer"
run report --param 'marking=a "quoted" \ </style><script>x</script>' -o "$SCRATCH/quoted.html" "$R/unido.results.xml"
check "a parameter value is text, never markup or CSS" 0
check_py "quoted marking stays text" no-markup "$SCRATCH/quoted.html" '</style><script>x</script>'
run report --param marking "$R/unido.results.xml"
check "--param without =" 2 "needs NAME=VALUE"
run report --param 'lang=fr' "$R/unido.results.xml"
check "lang is reserved" 2 "parameter 'lang'"
run report --param '1x=y' "$R/unido.results.xml"
check "parameter names are checked" 2 "not a parameter name"

# Texts from the input are text: markup, quotes and javascript: never act;
# backslashes, tabs and line breaks reach CSV and JSON escaped.
sed -e 's|<title>Senior management commitment</title>|<title>\&lt;script\&gt;alert(1)\&lt;/script\&gt; "q" \&amp; '"'"'s, \\ \&#9;\&#10;\&#x2028;end</title>|' \
    -e 's|href="UNIDO/DGB/2012/03"|href="javascript:alert(2)"|' \
    "$R/unido.results.xml" > "$SCRATCH/script.results.xml"
run report -o "$SCRATCH/script.html" "$SCRATCH/script.results.xml"
check "report of results holding markup" 0
check_py "markup in texts is escaped" no-markup "$SCRATCH/script.html" '<script>alert(1)</script> "q" & '"'"'s'

# ---- several inputs, folders, gzip, atomic output --------------------------
run report "$R/unido.results.xml" "$R/wmo.results.xml"
check "several inputs need a folder" 2 "several RESULTS need -o FOLDER"
mkdir "$SCRATCH/out"
run report -o "$SCRATCH/out" "$R/unido.results.xml" "$R/wmo.results.xml" "$R/unep.results.xml"
check "several inputs into a folder" 0
[ -f "$SCRATCH/out/UNIDO-2014.html" ] && [ -f "$SCRATCH/out/WMO-2014.html" ] && [ -f "$SCRATCH/out/UNEP-2014.html" ] \
    && ok || ko "one AGENCY-PERIOD.html per input"
cmp -s "$SCRATCH/out/UNIDO-2014.html" "$SCRATCH/unido.html" && ok || ko "folder output equals single output"
run report --format json -o "$SCRATCH/out" "$R/wmo.results.xml"
check "one input into a folder" 0
[ -f "$SCRATCH/out/WMO-2014.json" ] && ok || ko "json named WMO-2014.json"
ln -s "$SCRATCH/victim" "$SCRATCH/out/UNEP-2014.csv"
run report --format csv -o "$SCRATCH/out" "$R/unep.results.xml"
check "a planted symlink is replaced, not followed" 0
[ ! -e "$SCRATCH/victim" ] && [ -f "$SCRATCH/out/UNEP-2014.csv" ] && [ ! -L "$SCRATCH/out/UNEP-2014.csv" ] \
    && ok || ko "symlink target untouched"
run report -o "$SCRATCH/unido.html.gz" "$R/unido.results.xml"
check "gzip output" 0
gzip -dc "$SCRATCH/unido.html.gz" | cmp -s - "$SCRATCH/unido.html" && ok || ko "gzip output decompresses to the report"
gzip -c "$R/wmo.results.xml" > "$SCRATCH/wmo.results.xml.gz"
run report -o "$SCRATCH/wmo-gz.html" "$SCRATCH/wmo.results.xml.gz"
check "gzip input" 0
cmp -s "$SCRATCH/wmo-gz.html" "$SCRATCH/wmo.html" && ok || ko "gzip input gives the same report"
cp "$SCRATCH/unido.html" "$SCRATCH/keep.html"
printf '<results xmlns="urn:emscore:1"/>\n' > "$SCRATCH/bad.results.xml"
run report -o "$SCRATCH/keep.html" "$SCRATCH/bad.results.xml"
check "invalid results" 1 "bad.results.xml:1: error:"
cmp -s "$SCRATCH/keep.html" "$SCRATCH/unido.html" && ok || ko "a failed report leaves the old file as it was"
run report "$SAMPLES/unido-2014-self.xml"
check "an assessment is not results" 1 "not a results"
run report "$SCRATCH/missing.results.xml"
check "missing input" 2 "cannot open"
run report --format pdf "$R/unido.results.xml"
check "unknown format" 2 "unknown report format 'pdf'"
run report
check "no input" 2 "no RESULTS"
run report --help
check "report --help" 0 "" "^usage: emscore report"

# ---- CSV and JSON ------------------------------------------------------------
for a in unido wmo unep; do
    run report --format csv -o "$SCRATCH/$a.csv" "$R/$a.results.xml"
    check "csv of $a" 0
    check_py "csv of $a parses back with its figures" csv "$R/$a.results.xml" "$SCRATCH/$a.csv"
    run report --format json -o "$SCRATCH/$a.json" "$R/$a.results.xml"
    check "json of $a" 0
    check_py "json of $a parses back with its figures" json "$R/$a.results.xml" "$SCRATCH/$a.json"
done
run report --format csv -o "$SCRATCH/script.csv" "$SCRATCH/script.results.xml"
check_py "csv quotes commas and quotes" csv "$SCRATCH/script.results.xml" "$SCRATCH/script.csv"
run report --format json -o "$SCRATCH/script.json" "$SCRATCH/script.results.xml"
check_py "json escapes quotes and backslashes" json "$SCRATCH/script.results.xml" "$SCRATCH/script.json"
run report --format json -o "$SCRATCH/sample.json" "$ROOT/tests/data/results/sample.results.xml"
check "json of the hand-written sample" 0
check_py "json of the hand-written sample parses back" json "$ROOT/tests/data/results/sample.results.xml" \
    "$SCRATCH/sample.json"

# ---- summary -----------------------------------------------------------------
run report --format summary -o "$SCRATCH/summary.html" "$R"
check "summary of a folder" 0
# The summary document itself, through the public API's output of the same.
run report --format summary --stylesheet "$ROOT/tests/data/stylesheets/identity.xsl" -o "$SCRATCH/summary.xml" "$R"
check "summary document" 0
run validate "$SCRATCH/summary.xml"
check "the summary document is valid" 0 "" "summary of 3 results"
check_py "summary figures equal the summary document" summary-html "$SCRATCH/summary.xml" "$SCRATCH/summary.html" en
run report --format summary-csv -o "$SCRATCH/summary.csv" "$R/wmo.results.xml" "$R/unido.results.xml" "$R/unep.results.xml"
check "summary csv" 0
check_py "summary csv parses back" summary-csv "$SCRATCH/summary.xml" "$SCRATCH/summary.csv"
run report --format summary --param ranking=yes -o "$SCRATCH/ranked.html" "$R"
check "summary ranked on request" 0
check_py "the ranking's figures equal the summary document" summary-html "$SCRATCH/summary.xml" \
    "$SCRATCH/ranked.html" en
run report --format summary --lang ar -o "$SCRATCH/summary-ar.html" "$R"
check "summary in Arabic" 0
check_py "summary figures in Arabic" summary-html "$SCRATCH/summary.xml" "$SCRATCH/summary-ar.html" ar
run report --format summary -o "$SCRATCH/out" "$R"
check "summary into a folder" 0
[ -f "$SCRATCH/out/summary.html" ] && ok || ko "summary.html in the folder"
run report --format summary "$R/unido.results.xml" "$R/unido.results.xml"
check "the same agency and period twice" 1 "a second results document for agency UNIDO, period 2014"
run report --format summary "$SCRATCH/out"
check "a folder without results" 2 "no \\*.results.xml"

# ---- hostile stylesheets -------------------------------------------------------
# A loopback listener logs any request; none may arrive.
python3 - "$SCRATCH/port" "$SCRATCH/requests" <<'EOF' &
import http.server, socketserver, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        open(sys.argv[2], "a").write(self.path + "\n")
        self.send_response(200); self.end_headers(); self.wfile.write(b"<x/>")
    do_PUT = do_POST = do_GET
    def log_message(self, *a): pass
with socketserver.TCPServer(("127.0.0.1", 0), H) as s:
    open(sys.argv[1], "w").write(str(s.server_address[1]))
    s.timeout = 1
    for _ in range(120):
        s.handle_request()
EOF
listener=$!
for _ in $(seq 100); do [ -s "$SCRATCH/port" ] && break; sleep 0.2; done # python starts slowly on a busy machine
port=$(cat "$SCRATCH/port")
mkdir "$SCRATCH/h"
for f in "$HOSTILE"/*.xsl; do
    sed -e "s|@PORT@|$port|g" -e "s|@OUT@|$SCRATCH/h|g" "$f" > "$SCRATCH/h/$(basename "$f")"
done
hostile() { # NAME STDERR_ERE
    run report --stylesheet "$SCRATCH/h/$1.xsl" -o "$SCRATCH/h/$1.html" "$R/unido.results.xml"
    check "hostile stylesheet $1 is refused" 1 "$2"
    no_file "hostile stylesheet $1 writes nothing" "$SCRATCH/h/$1.html"
}
hostile write-exsl 'no report made'
hostile write-xsl-document 'File write for .* refused'
hostile write-saxon 'File write for .* refused'
hostile read-file 'Local file read for /etc/passwd refused'
hostile read-url 'Network file read for http://127.0.0.1.* refused'
hostile import-url 'read rights for http://127.0.0.1.* denied'
hostile import-file 'read rights for .*passwd denied|not in the data folder'
hostile doctype 'a DOCTYPE is not allowed'
hostile recursion 'infinite template recursion'
hostile xpath-bomb 'Operation limit exceeded'
hostile terminate 'no report made'
hostile dyn-evaluate 'XPath: Unregistered function'
no_file "no stylesheet wrote a file" "$SCRATCH/h/written-by-exsl.txt" "$SCRATCH/h/written-by-xsl-document.txt" \
    "$SCRATCH/h/new-folder"
kill "$listener" 2>/dev/null
wait "$listener" 2>/dev/null
[ ! -s "$SCRATCH/requests" ] && ok || ko "no network request (got: $(cat "$SCRATCH/requests"))"
run report --stylesheet "$SCRATCH/h/custom.xsl" --param prefix=final "$R/unido.results.xml"
check "a harmless user stylesheet runs, its message a warning" 0 "custom.xsl: warning: custom report of UNIDO" \
    "^final UNIDO 62.20$"
run report --stylesheet "$SCRATCH/h/none.xsl" "$R/unido.results.xml"
check "a missing stylesheet" 2 "none.xsl: error: cannot open"

# ---- size: large results render (their speed is measured by make bench) ----
$CHECK big 1000 > "$SCRATCH/big1k.results.xml"
$CHECK big 10000 > "$SCRATCH/big10k.results.xml"
run report -o "$SCRATCH/big1k.html" "$SCRATCH/big1k.results.xml"
check "report of 1,000 milestones" 0
run report -o "$SCRATCH/big10k.html" "$SCRATCH/big10k.results.xml"
check "report of 10,000 milestones" 0
check_py "figures of the 1,000-milestone report" html "$SCRATCH/big1k.results.xml" "$SCRATCH/big1k.html" en
finish
