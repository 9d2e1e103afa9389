#!/bin/sh
# End-to-end: what -o names is never replaced by surprise. Devices, FIFOs
# and links to them (and /dev/stdout) are written through, never renamed
# over; a folder is refused where a file is wanted; -o - is standard
# output; a replaced file keeps its permission bits, a new one follows the
# umask; errors name the user's folder, never a temporary; no hidden
# temporary is left. Batch: planted FIFOs in the output folder never stall
# a run; no assessment found is an error; .XML is found; report -o FOLDER
# refuses two results of one agency and period. Device nodes need root.
. "$(dirname "$0")/../lib.sh"
SC="$ROOT/scorecards/un-ems.xml"
S="$ROOT/scorecards/samples"
R="$SCRATCH/unep.results.xml"
"$EMSCORE" score --scorecard "$SC" -o "$R" "$S/unep-2014-self.xml" "$S/unep-2014-peer.xml" ||
    ko "score for the fixtures"
"$EMSCORE" report -o "$SCRATCH/unep.html" "$R" || ko "report for the fixtures"
W="$SCRATCH/w"
mkdir "$W"

# hidden NAME: no hidden file (temporary) in $W
hidden() {
    n=$(ls -A "$W" | grep -c '^\.')
    [ "$n" -eq 0 ] && ok || ko "$1: $n hidden files left in the folder"
}

# ---- devices (root) ---------------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
    mknod "$W/null" c 1 3
    run report -o "$W/null" "$R"
    check "-o a character device" 0
    [ -c "$W/null" ] && ok || ko "-o a character device: the device was replaced"
    ln -s "$W/null" "$W/to-null"
    run score --scorecard "$SC" -o "$W/to-null" "$S/unep-2014-self.xml"
    check "-o a symbolic link to a device" 0
    [ -L "$W/to-null" ] && [ -c "$W/null" ] && ok || ko "-o a link to a device: replaced"
    mknod "$W/full" c 1 7
    run report -o "$W/full" "$R"
    check "-o a full device: a system error" 2 "full: error: cannot write: No space left"
    [ -c "$W/full" ] && ok || ko "-o /dev/full: the device was replaced"
    mknod "$W/nodev" b 7 250 # a block device with no disk behind it
    run template --scorecard "$SC" --agency A --period P -o "$W/nodev"
    check "-o a block device with nothing behind it" 2 "nodev: error: cannot (open|write)"
    [ -b "$W/nodev" ] && ok || ko "-o a block device: replaced"
    rm -f "$W/null" "$W/to-null" "$W/full" "$W/nodev"
    hidden "devices"
else
    echo "outputs: not root: the device node cases are skipped"
fi

# ---- FIFOs ------------------------------------------------------------------
# through NAME OUT TEST: report -o OUT while the FIFO $W/fifo is read; the
# report came through and OUT is still what it was (TEST -p or -L)
through() {
    cat "$W/fifo" >"$SCRATCH/from-fifo" &
    reader=$!
    run report -o "$2" "$R"
    wait $reader
    check "$1" 0
    [ "$3" "$2" ] && cmp -s "$SCRATCH/from-fifo" "$SCRATCH/unep.html" && ok ||
        ko "$1: not written through, or replaced"
}
mkfifo "$W/fifo"
through "-o a FIFO with a reader" "$W/fifo" -p
ln -s fifo "$W/to-fifo"
through "-o a link to a FIFO" "$W/to-fifo" -L
# Nobody reads: a bounded wait, then a clear error (never a hang).
STATUS=0
timeout 30 "$EMSCORE" report -o "$W/fifo" "$R" >"$OUT" 2>"$ERR" || STATUS=$?
check "-o a FIFO nobody reads" 2 "fifo: error: no process reads from this FIFO"
rm -f "$W/fifo" "$W/to-fifo"
hidden "FIFOs"

# ---- standard output ----------------------------------------------------------
run report -o /dev/stdout "$R"
check "-o /dev/stdout" 0
cmp -s "$OUT" "$SCRATCH/unep.html" && [ -L /dev/stdout ] && ok || ko "-o /dev/stdout: not the report on stdout"
(cd "$W" && "$EMSCORE" report -o - "$R" >"$SCRATCH/dash.html") && cmp -s "$SCRATCH/dash.html" "$SCRATCH/unep.html" &&
    ok || ko "report -o -: not on standard output"
(cd "$W" && "$EMSCORE" score --scorecard "$SC" -o - "$S/unep-2014-self.xml" "$S/unep-2014-peer.xml" |
    cmp -s - "$R") && ok || ko "score -o -: not on standard output"
(cd "$W" && "$EMSCORE" template --scorecard "$SC" --agency A --period P -o - | grep -q '<assessment') &&
    ok || ko "template -o -: not on standard output"
[ ! -e "$W/-" ] && ok || ko "-o - made a file named -"
run batch --scorecard "$SC" -o - "$S"
check "batch -o - is a usage error" 2 "names a folder, not standard output"

# ---- folders and permissions --------------------------------------------------
run score --scorecard "$SC" -o "$W" "$S/unep-2014-self.xml"
check "score -o FOLDER" 2 "is a folder"
run template --scorecard "$SC" --agency A --period P -o "$W"
check "template -o FOLDER" 2 "is a folder"
run report -o "$W" "$R"
check "report -o FOLDER names the file inside" 0
[ -f "$W/UNEP-2014.html" ] && ok || ko "report -o FOLDER: no UNEP-2014.html"
run report -o "$SCRATCH/nowhere/r.html" "$R"
check "-o in a missing folder" 2 "r.html: error: output folder $SCRATCH/nowhere does not exist"
grep -q '\.tmp-' "$ERR" && ko "the error names a temporary" || ok

cp "$SCRATCH/unep.html" "$W/private.html"
chmod 600 "$W/private.html"
run report --format csv -o "$W/private.html" "$R"
check "replacing a 0600 file" 0
[ "$(stat -c %a "$W/private.html")" = 600 ] && ok || ko "a 0600 file became $(stat -c %a "$W/private.html")"
chmod 640 "$W/private.html"
run score --scorecard "$SC" -o "$W/private.html" "$S/unep-2014-self.xml"
[ "$(stat -c %a "$W/private.html")" = 640 ] && ok || ko "a 0640 file became $(stat -c %a "$W/private.html")"
(umask 077 && "$EMSCORE" report -o "$W/new077.html" "$R") && [ "$(stat -c %a "$W/new077.html")" = 600 ] &&
    ok || ko "a new file under umask 077 is $(stat -c %a "$W/new077.html")"
(umask 022 && "$EMSCORE" report -o "$W/new022.html" "$R") && [ "$(stat -c %a "$W/new022.html")" = 644 ] &&
    ok || ko "a new file under umask 022 is $(stat -c %a "$W/new022.html")"
hidden "replacing files"

# ---- SIGKILL at any moment: the old file or the new one, nothing hidden ------
cp "$SCRATCH/unep.html" "$W/killed.html"
for t in 0.005 0.01 0.02 0.03 0.04 0.05 0.07 0.09 0.12 0.15 0.2 0.3; do
    "$EMSCORE" report -o "$W/killed.html" "$R" 2>/dev/null &
    pid=$!
    sleep $t
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
done
cmp -s "$W/killed.html" "$SCRATCH/unep.html" && ok || ko "after SIGKILL: the report is not whole"
hidden "after SIGKILL"

# ---- report -o FOLDER with one agency and period twice ------------------------
mkdir "$SCRATCH/twice"
cp "$R" "$SCRATCH/again.results.xml"
"$EMSCORE" score --scorecard "$SC" -o "$SCRATCH/wmo.results.xml" "$S/wmo-2014-self.xml" || ko "score wmo"
run report -o "$SCRATCH/twice" "$R" "$SCRATCH/wmo.results.xml" "$SCRATCH/again.results.xml"
check "report -o FOLDER: two results of one agency and period" 1 \
    "again.results.xml: error: the same agency and period \\(UNEP 2014\\) as .*unep.results.xml"
[ ! -e "$SCRATCH/twice/UNEP-2014.html" ] && [ -f "$SCRATCH/twice/WMO-2014.html" ] && ok ||
    ko "report -o FOLDER with a clash: the clashing report was written, or the other not"

# ---- batch ----------------------------------------------------------------------
B="$SCRATCH/batch"
mkdir -p "$SCRATCH/in" "$SCRATCH/empty"
cp "$S/unep-2014-self.xml" "$SCRATCH/in/UNEP-SELF.XML"
gzip -c "$S/unep-2014-peer.xml" >"$SCRATCH/in/UNEP-PEER.XML.GZ"
run batch --scorecard "$SC" -o "$B" "$SCRATCH/in"
check "batch finds .XML and .XML.GZ; counts in the singular" 0 "" "^1 group, 1 report, 0 failed"
grep -q '<peer-assessment status="published" approved="2015-01-28">' "$B/UNEP-2014.results.xml" && ok || ko "batch: the .XML.GZ peer assessment was not found"
printf 'notes\n' >"$SCRATCH/empty/readme.txt"
run batch --scorecard "$SC" -o "$SCRATCH/b-empty" "$SCRATCH/empty"
check "batch with no assessment" 1 "no assessment found in $SCRATCH/empty"

# FIFOs planted as the stamp and as a results file: no stall, replaced.
rm -f "$B/.emscore-batch" "$B/UNEP-2014.results.xml"
mkfifo "$B/.emscore-batch" "$B/UNEP-2014.results.xml"
STATUS=0
timeout 30 "$EMSCORE" batch --resume --scorecard "$SC" -o "$B" "$SCRATCH/in" >"$OUT" 2>"$ERR" || STATUS=$?
check "batch --resume with planted FIFOs" 0 "emscore-batch: warning: emscore's stamp is not a regular file" \
    "^1 group, 1 report, 0 failed"
[ -f "$B/.emscore-batch" ] && [ -f "$B/UNEP-2014.results.xml" ] && ok || ko "the planted FIFOs were not replaced"
# A symbolic link planted as the results: not read, the group is done again.
ln -sf "$R" "$B/UNEP-2014.results.xml.tmp" && mv "$B/UNEP-2014.results.xml.tmp" "$B/UNEP-2014.results.xml"
touch "$B/UNEP-2014.html"
STATUS=0
timeout 30 "$EMSCORE" batch --resume --scorecard "$SC" -o "$B" "$SCRATCH/in" >"$OUT" 2>"$ERR" || STATUS=$?
check "batch --resume with a planted link" 0 "" "^1 group, 1 report, 0 failed"
[ -f "$B/UNEP-2014.results.xml" ] && [ ! -L "$B/UNEP-2014.results.xml" ] && ok ||
    ko "the planted link was not replaced"
[ "$(ls -A "$B" | grep '^\.' | grep -vc '^\.emscore-batch$')" -eq 0 ] && ok || ko "batch: hidden files left"

finish
