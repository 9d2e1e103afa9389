#!/bin/sh
# End-to-end: `emscore template`. The XML template validates and scores as
# all-missing with exactly the leaves `emscore score --profile` counts, in
# scorecard order; an uncommented response is scored; the peer template
# validates too, and its mission's record (conclusions on each area of the
# profile), uncommented and filled in, reaches the results; the HTML form holds the same items and loads nothing;
# usage errors exit 2 with a clear message; -o is whole or nothing, .gz
# compressed; the same inputs give the same bytes. The management response
# template lists the review's recommendations (from the peer assessment or
# results), validates blank and filled in, and is scored; a review of
# another agency or period, or without recommendations, is refused.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"

# Leaf ids of a template (its commented-out responses and measures) and of
# results, one per line in document order.
template_ids() {
    sed -n 's/.*<!-- <\(response milestone\|measure indicator\)="\([^"]*\)".*/\2/p' "$1"
}
results_ids() {
    sed -n 's/.*<\(milestone\|indicator\) id="\([^"]*\)".*/\2/p' "$1"
}
# attr FILE ELEMENT NAME: the attribute NAME of the first ELEMENT
attr() {
    sed -n "s/.*<$2 [^>]*$3=\"\([^\"]*\)\".*/\1/p" "$1" | head -n 1
}

for p in "" unido-vic wmo unep; do
    tag=${p:-all}
    set -- --scorecard "$SC" --agency UNIDO --period 2014
    [ -n "$p" ] && set -- "$@" --profile "$p"
    run template "$@" -o "$SCRATCH/$tag.xml"
    check "template ($tag)" 0
    run validate --scorecard "$SC" "$SCRATCH/$tag.xml"
    check "the template ($tag) validates" 0 "" \
        "$tag.xml: assessment self UNIDO period 2014: 0 responses, 0 measures"
    # Scored with the profile given on the command line, not the template's.
    sed 's/ profile="[^"]*"//' "$SCRATCH/$tag.xml" > "$SCRATCH/$tag-bare.xml"
    run score --scorecard "$SC" ${p:+--profile "$p"} -o "$SCRATCH/$tag.results.xml" \
        "$SCRATCH/$tag-bare.xml"
    check "the template ($tag) scores" 0
    r="$SCRATCH/$tag.results.xml"
    template_ids "$SCRATCH/$tag.xml" > "$SCRATCH/$tag.tids"
    results_ids "$r" > "$SCRATCH/$tag.rids"
    n=$(wc -l < "$SCRATCH/$tag.tids")
    if [ "$n" -gt 0 ] && cmp -s "$SCRATCH/$tag.tids" "$SCRATCH/$tag.rids"; then ok; else
        ko "template ($tag): its $n items are not those score --profile counts, in order"
        diff "$SCRATCH/$tag.tids" "$SCRATCH/$tag.rids" | head -5
    fi
    leaves=$(grep -cE '<(milestone|indicator) id=' "$r")
    missing=$(grep -cE '<(milestone|indicator) id=.* status="missing"' "$r")
    [ "$leaves" -eq "$missing" ] && [ "$leaves" -eq "$n" ] && ok ||
        ko "template ($tag): $missing of $leaves leaves are missing, $n in the template"
    [ "$(attr "$r" overall self)/$(attr "$r" overall final)/$(attr "$r" overall met)/$(attr "$r" overall rated)" = \
      "0.00/0.00/na/0" ] && ok || ko "template ($tag): overall is not self 0.00, final 0.00, met na, rated 0"
done
# A profile leaves items out; without one every leaf of the scorecard is there.
[ "$(wc -l < "$SCRATCH/unido-vic.tids")" -lt "$(wc -l < "$SCRATCH/all.tids")" ] && ok ||
    ko "profile unido-vic selects fewer items than the whole scorecard"
[ "$(wc -l < "$SCRATCH/all.tids")" -eq "$(grep -cE '<(milestone|indicator) ' "$SC")" ] && ok ||
    ko "without a profile the template has every milestone and indicator"
grep -q 'profile="unido-vic"' "$SCRATCH/unido-vic.xml" && ok || ko "the template names its profile"
grep -q 'Guidance: Look for a signed instrument' "$SCRATCH/all.xml" && ok ||
    ko "the guidance is in the template"

# Uncommented and filled in, a response and a measure are scored.
python3 - "$SCRATCH/unido-vic.xml" "$SCRATCH/filled.xml" <<'EOF'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
text = text.replace('<!-- <response milestone="EMS1" level="">', '<response milestone="EMS1" level="achieved">', 1)
head, tail = text.split('<response milestone="EMS1" level="achieved">', 1)
tail = tail.replace('<evidence href=""/>', '<evidence href="dgb-2013.pdf">Bulletin</evidence>', 1)
tail = tail.replace('</response> -->', '</response>', 1)
text = head + '<response milestone="EMS1" level="achieved">' + tail
text = text.replace('<!-- <measure indicator="IND-GHG-PERCAP" value=""/> -->',
                    '<measure indicator="IND-GHG-PERCAP" value="5.5"/>', 1)
open(sys.argv[2], "w", encoding="utf-8").write(text)
EOF
run score --scorecard "$SC" "$SCRATCH/filled.xml"
check "an uncommented response is scored" 0 "" \
    '<milestone id="EMS1" .*self-level="achieved" .*self="75.00" .*status="achieved"'
check "an uncommented measure is scored" 0 "" \
    '<indicator id="IND-GHG-PERCAP" .*self-level="achieved" .*status="achieved"'

# The peer template: a placeholder mission and reviewer keep it valid.
run template --scorecard "$SC" --agency WMO --period 2014 --profile wmo --kind peer \
    -o "$SCRATCH/peer.xml"
check "peer template" 0
run validate --scorecard "$SC" "$SCRATCH/peer.xml"
check "the peer template validates" 0 "" "assessment peer WMO period 2014: 0 responses, 0 measures, 1 reviewers"
grep -q "peer.xml:[0-9]*: warning: the mission dates are the template's placeholder 0001-01-01" "$ERR" &&
    grep -q "warning: reviewer 'reviewer1' of agency 'REVIEWING-AGENCY' is the template's placeholder" "$ERR" &&
    ok || ko "validate warns of the peer template's placeholders"
run score --scorecard "$SC" -o "$SCRATCH/peer.results.xml" "$SCRATCH/peer.xml"
check "score refuses the template's placeholders" 1 "error: the mission dates are the template's placeholder"
[ ! -e "$SCRATCH/peer.results.xml" ] && ok || ko "placeholders: no results written"
mkdir -p "$SCRATCH/pbatch"
cp "$SCRATCH/peer.xml" "$SCRATCH/pbatch/"
run batch --scorecard "$SC" --output "$SCRATCH/pbatch-out" "$SCRATCH/pbatch"
check "batch refuses the template's placeholders" 1 "error: reviewer 'reviewer1' of agency 'REVIEWING-AGENCY'"
# With the mission and reviewer filled in, the blank template scores as all-missing.
sed -e 's/0001-01-01/2014-05-12/g' -e 's/reviewer1/r1/g' -e 's/REVIEWING-AGENCY/UNEP/' \
    "$SCRATCH/peer.xml" >"$SCRATCH/peer-filled.xml"
run score --scorecard "$SC" -o "$SCRATCH/peer.results.xml" "$SCRATCH/peer-filled.xml"
check "the peer template, its placeholders replaced, scores" 0
[ "$(grep -cE '<(milestone|indicator) id=' "$SCRATCH/peer.results.xml")" -eq \
  "$(grep -cE '<(milestone|indicator) id=.* status="missing"' "$SCRATCH/peer.results.xml")" ] && ok ||
    ko "every leaf of the peer template is missing"
grep -q '<rating by="reviewer1" level=""/>' "$SCRATCH/peer.xml" && ok ||
    ko "the peer template's responses carry a rating to fill in"
# The mission's record is there commented out, a conclusions element for
# each top-level area the profile selects, in scorecard order; uncommented
# and filled in, it validates and reaches the results.
[ "$(sed -n 's/.*<conclusions area="\([^"]*\)">.*/\1/p' "$SCRATCH/peer.xml" | tr '\n' ' ')" = \
  "$(sed -n 's/^  <area id="\([^"]*\)".*/\1/p' "$SCRATCH/peer.results.xml" | tr '\n' ' ')" ] && ok ||
    ko "the peer template concludes on each area of the profile, in order"
grep -q '^  <!-- <covers>' "$SCRATCH/peer.xml" &&
    grep -q '^  <!-- <interviews>' "$SCRATCH/peer.xml" && grep -q '^  <!-- <documents>' "$SCRATCH/peer.xml" &&
    grep -q '^  <!-- <narrative>' "$SCRATCH/peer.xml" && ok || ko "the record's parts are commented out"
python3 - "$SCRATCH/peer-filled.xml" "$SCRATCH/peer-record.xml" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
for part in ("covers", "interviews", "documents", "narrative"):
    text = re.sub(r"<!-- (<%s>.*?</%s>) -->" % (part, part), r"\1", text, count=1, flags=re.S)
text = text.replace('<entity id="">Name of the entity</entity>',
                    '<entity id="WMO-RA">WMO Regional Office</entity>', 1)
text = text.replace('<interview date=""/>', '<interview date="2014-05-12">Travel Unit</interview>', 1)
text = text.replace('<document ref="" date=""/>', '<document ref="WMO/ENV/1">Environmental policy</document>', 1)
text = text.replace("<executive-summary>\n      <p/>", "<executive-summary>\n      <p>A maturing system.</p>", 1)
text = text.replace("<context>\n      <p/>", "<context>\n      <p>Geneva headquarters.</p>", 1)
text = re.sub(r'(<conclusions area="[^"]*">\s*)<p/>', r"\1<p>The team concludes.</p>", text)
open(sys.argv[2], "w", encoding="utf-8").write(text)
EOF
run validate --scorecard "$SC" "$SCRATCH/peer-record.xml"
check "the peer template's record, uncommented and filled in, validates" 0
run score --scorecard "$SC" -o "$SCRATCH/peer-record.results.xml" "$SCRATCH/peer-record.xml"
check "the peer template's record, filled in, scores" 0
r="$SCRATCH/peer-record.results.xml"
grep -q '<entity id="WMO-RA">WMO Regional Office</entity>' "$r" &&
    grep -q '<interview date="2014-05-12">Travel Unit</interview>' "$r" &&
    grep -q '<document ref="WMO/ENV/1">Environmental policy</document>' "$r" &&
    grep -q '<p>A maturing system.</p>' "$r" && grep -q '<p>Geneva headquarters.</p>' "$r" &&
    [ "$(grep -c '<p>The team concludes.</p>' "$r")" -eq "$(grep -c '^  <area id=' "$r")" ] && ok ||
    ko "the record filled in from the template reaches the results"

# Same bytes every time; stdout is the -o file; .gz is compressed.
run template --scorecard "$SC" --agency UNIDO --period 2014 --profile unido-vic
check "template to standard output" 0
cmp -s "$OUT" "$SCRATCH/unido-vic.xml" && ok || ko "stdout and -o give the same bytes"
run template --scorecard "$SC" --agency UNIDO --period 2014 --profile unido-vic -o "$SCRATCH/t.xml.gz"
check "template -o x.gz" 0
gzip -dc "$SCRATCH/t.xml.gz" | cmp -s - "$SCRATCH/unido-vic.xml" && ok ||
    ko "-o x.gz decompresses to the template"

# The form: the same items, one page, nothing loaded from anywhere.
run template --scorecard "$SC" --agency UNIDO --period 2014 --profile unido-vic --format html \
    -o "$SCRATCH/form.html"
check "html form" 0
tr '>' '\n' < "$SCRATCH/form.html" | sed -n 's/.*<article class="item" id="item-\([^"]*\)".*/\1/p' \
    > "$SCRATCH/form.ids"
cmp -s "$SCRATCH/form.ids" "$SCRATCH/unido-vic.tids" && ok ||
    ko "the form holds the template's items, in order"
grep -q "Content-Security-Policy\" content=\"default-src 'none'" "$SCRATCH/form.html" && ok ||
    ko "the form's policy forbids every load"
if grep -Eq '<(link|img|iframe|object)[ >]|<script[^>]* src=|(src|href|action)="[a-z]+:|[^A-Za-z]url\(' \
    "$SCRATCH/form.html"; then ko "the form refers to nothing outside itself"; else ok; fi
grep -q 'data-agency="UNIDO" data-period="2014" data-kind="self" data-profile="unido-vic"' \
    "$SCRATCH/form.html" && ok || ko "the form knows the assessment it makes"
# The script is xslt/form/form.js, inlined byte for byte; JavaScript tools
# read that file (node --check, where node is installed).
awk '/^<\/script>/ { on = 0 } on; /<script>$/ { on = 1 }' "$SCRATCH/form.html" > "$SCRATCH/form.js"
cmp -s "$SCRATCH/form.js" "$ROOT/xslt/form/form.js" && ok ||
    ko "the form's script is xslt/form/form.js as it is"
if command -v node >/dev/null 2>&1; then
    for js in $(find "$ROOT/xslt" -name '*.js'); do
        node --check "$js" && ok || ko "node --check $js"
    done
else
    echo "SKIPPED: node is not installed, the form's script was not syntax-checked (make deps BROWSER=1)"
fi
# Without its script the form is not made.
mkdir -p "$SCRATCH/data"
cp -R "$ROOT/scorecards" "$ROOT/xslt" "$SCRATCH/data/"
rm "$SCRATCH/data/xslt/form/form.js"
EMSCORE_DATADIR="$SCRATCH/data" run template --scorecard "$SC" --agency UNIDO --period 2014 \
    --format html -o "$SCRATCH/no-script.html"
check "a form without its script" 2 "form/form.js: error: cannot open"
[ ! -e "$SCRATCH/no-script.html" ] && ok || ko "no form is written without its script"
run template --scorecard "$SC" --agency UNIDO --period 2014 --format html --kind peer --lang fr
check "peer form in French" 0 "" '<html lang="fr" dir="ltr">'
grep -q 'id="team-rows"' "$OUT" && ok || ko "the peer form has a review team"
run template --scorecard "$SC" --agency UNIDO --period 2014 --format html --lang ar
check "form in Arabic" 0 "" '<html lang="ar" dir="rtl">'

# Usage errors: exit 2, a clear message, nothing written.
printf 'old\n' > "$SCRATCH/kept.xml"
run template --scorecard "$SC" --agency "UN EP" --period 2014 -o "$SCRATCH/kept.xml"
check "an agency that is not an identifier" 2 "agency 'UN EP' is not an identifier"
[ "$(cat "$SCRATCH/kept.xml")" = old ] && ok || ko "a failing run leaves the -o target untouched"
run template --scorecard "$SC" --agency UNEP --period ../2014
check "a period that is not an identifier" 2 "period '../2014' is not an identifier"
run template --scorecard "$SC" --agency UNEP --period 2014 --profile nope -o "$SCRATCH/kept.xml"
check "an unknown profile" 2 "profile 'nope' is not defined in scorecard 'un-ems' \(its profiles: unido-vic, wmo, unep"
[ "$(cat "$SCRATCH/kept.xml")" = old ] && ok || ko "an unknown profile leaves the -o target untouched"
run template --scorecard "$SC" --agency UNEP --period 2014 --format pdf
check "an unknown format" 2 "unknown template format 'pdf': use xml, html or csv"
run template --scorecard "$SC" --agency UNEP --period 2014 --format csv -o "$SCRATCH/kept.xml"
check "a format not made for the kind" 2 "a self template is written as xml or html, not csv"
[ "$(cat "$SCRATCH/kept.xml")" = old ] && ok || ko "a format not made for the kind leaves the -o target untouched"
run template --kind inventory --agency UNEP --period 2014 --format html
check "an inventory form is not made" 2 "an inventory template is written as xml or csv, not html"
run template --scorecard "$SC" --agency UNEP --period 2014 --kind team
check "an unknown kind" 2 "unknown kind 'team': use self, peer, response or inventory"
run template --scorecard "$SC" --agency UNEP --period 2014 --format html --lang xx
check "an unknown language" 2 "no message catalogue for language 'xx'"
run template --scorecard "$SC" --period 2014
check "--agency is required" 2 "--agency and --period are required"
run template --agency UNEP --period 2014
check "--scorecard is required" 2 "--scorecard is required"
run template --scorecard "$SC" --agency UNEP --period 2014 extra.xml
check "no operand" 2 "unexpected operand 'extra.xml'"
run template --scorecard "$SCRATCH/missing.xml" --agency UNEP --period 2014
check "an unreadable scorecard is exit 2" 2 "missing.xml: error: cannot open"
run template --scorecard "$ROOT/scorecards/samples/wmo-2014-self.xml" --agency UNEP --period 2014
check "a document that is not a scorecard is exit 1" 1 "not a scorecard"
run template --scorecard "$SC" --agency UNEP --period 2014 -o "$SCRATCH/no/such/dir.xml"
check "an unwritable output is exit 2" 2 "dir.xml: error: output folder .*/no/such does not exist"
[ "$(ls -a "$SCRATCH" | grep -c tmp)" -eq 0 ] && ok || ko "failing runs leave no temporary file"
# ---- --kind response: the management response to a review ---------------
SP="$ROOT/scorecards/samples"
run template --kind response --agency UNIDO --period 2014 --from "$SP/unido-2014-peer.xml" \
    -o "$SCRATCH/resp.xml"
check "a management response template from the peer assessment" 0
cp "$SCRATCH/resp.xml" "$OUT"
want=$(sed -n 's/.*<recommendation id="\([^"]*\)".*/\1/p' "$SP/unido-2014-peer.xml")
got=$(sed -n 's/.*<!-- <reply recommendation="\([^"]*\)".*/\1/p' "$SCRATCH/resp.xml")
[ -n "$want" ] && [ "$want" = "$got" ] && ok || ko "the replies are not the review's recommendations in order"
grep -q 'Recommendation UNIDO-2014-R05 (milestone CLIM1, priority high):' "$SCRATCH/resp.xml" &&
    grep -q 'accepted, partially-accepted or rejected' "$SCRATCH/resp.xml" && ok ||
    ko "a recommendation's note names its milestone, priority and the decisions"
run validate "$SCRATCH/resp.xml"
check "the blank response validates" 0 "" "management response UNIDO period 2014: 0 replies"
# filled in: every reply uncommented, decided, owned, dated and planned
python3 - "$SCRATCH/resp.xml" "$SCRATCH/UNIDO-2014-response.xml" <<'PY'
import re, sys
s = open(sys.argv[1]).read()
s = re.sub(r"<!-- (<reply .*?</reply>) -->", r"\1", s, flags=re.S)
s = s.replace('decision=""', 'decision="partially-accepted"').replace('due=""', 'due="2015-06-30"')
s = s.replace('owner=""', 'owner="Buildings Management Services"')
s = s.replace("<action/>", "<action>Planned action.</action>").replace("<comment/>", "")
open(sys.argv[2], "w").write(s)
PY
run validate "$SCRATCH/UNIDO-2014-response.xml"
check "the filled-in response validates" 0 "" "management response UNIDO period 2014: 10 replies"
run score --scorecard "$SC" "$SCRATCH/UNIDO-2014-response.xml" "$SP/unido-2014-peer.xml" \
    "$SP/unido-2014-self.xml"
check "the filled-in response is scored with the period's assessments" 0
[ "$(grep -c '<reply decision="partially-accepted" owner="Buildings Management Services" due="2015-06-30">' "$OUT")" -eq 10 ] &&
    ok || ko "every reply reaches the register"
cp "$OUT" "$SCRATCH/u14.results.xml"
run template --kind response --agency UNIDO --period 2014 --from "$SCRATCH/u14.results.xml"
check "a response template from results" 0
sed -n 's/.*<!-- <reply recommendation="\([^"]*\)".*/\1/p' "$OUT" >"$SCRATCH/from-results"
[ "$(cat "$SCRATCH/from-results")" = "$got" ] && ok || ko "results give the same recommendations"
run template --kind response --agency UNIDO --period 2014 --from "$SP/unido-2014-peer.xml"
cmp -s "$OUT" "$SCRATCH/resp.xml" && ok || ko "the same inputs give the same bytes"
run template --kind response --agency UNIDO --period 2015 --from "$SP/unido-2014-peer.xml"
check "a review of another period" 2 \
    "unido-2014-peer.xml:[0-9]+: error: the review is of agency UNIDO, period 2014, not of agency UNIDO, period 2015"
run template --kind response --agency WMO --period 2014 --from "$SP/unido-2014-peer.xml"
check "a review of another agency" 2 "the review is of agency UNIDO, period 2014, not of agency WMO"
run template --kind response --agency UNIDO --period 2014 --from "$SP/unido-2014-self.xml"
check "a self-assessment is no review" 2 "give a peer assessment or results, not a self assessment"
sed 's/<recommendation [^>]*>[^<]*<\/recommendation>//' "$SP/unido-2014-peer.xml" >"$SCRATCH/norec.xml"
run template --kind response --agency UNIDO --period 2014 --from "$SCRATCH/norec.xml" -o "$SCRATCH/nr.xml"
check "a review without recommendations" 2 "makes no recommendation: there is nothing to respond to"
no_file "nothing written for a review without recommendations" "$SCRATCH/nr.xml"
run template --kind response --agency UNIDO --period 2014
check "--kind response needs --from" 2 "--kind response needs --from FILE"
run template --scorecard "$SC" --agency UNIDO --period 2014 --from "$SP/unido-2014-peer.xml"
check "--from is for --kind response only" 2 "--from is for --kind response only"
run template --kind response --agency UNIDO --period 2014 --from "$SP/unido-2014-peer.xml" --format csv
check "a response template is xml or html" 2 "a response template is written as xml or html, not csv"
run template --kind response --agency UNIDO --period 2014 --from "$SCRATCH/missing.xml"
check "an unreadable review is exit 2" 2 "missing.xml: error: cannot open"

run template --help
check "template --help" 0 "" "^usage: emscore template --scorecard SC"
finish
