#!/bin/sh
# End-to-end: hostile and resource-exhausting inputs against the real
# binary. tests/hostile/gen.py writes the corpus into the scratch folder;
# tests/hostile/README.md says what each case attacks. Every case runs
# through `validate`, `score` and `batch` (those the binary has) under a
# time and a memory cap, with a loopback HTTP listener that must never see
# a request and a local secret whose content must never show.
# Environment: HOSTILE_TIMEOUT (seconds per run, default 20), HOSTILE_HEAVY
# (0 skips the cases flagged heavy: for instrumented runs such as valgrind).
. "$(dirname "$0")/../lib.sh"
HOSTILE="$ROOT/tests/hostile"
SC="$HOSTILE/base-scorecard.xml"
AS="$HOSTILE/base-self.xml"
TIMEOUT=${HOSTILE_TIMEOUT:-20}
HEAVY=${HOSTILE_HEAVY:-1}
MEMORY_KB=2097152
HTTP_PID=""
trap '[ -z "$HTTP_PID" ] || kill "$HTTP_PID" 2>/dev/null; rm -rf "$SCRATCH"' EXIT
trap 'exit 2' HUP INT TERM

if ! command -v python3 >/dev/null 2>&1; then
    ko "python3 is needed to generate the corpus (make deps installs it)"
    finish
    exit
fi

# Sanitizer runtimes reserve terabytes of address space, so they cannot
# start under `ulimit -v`; they are slower too. (The probe runs in its own
# shell, which is the one to report the abort, to /dev/null.)
# shellcheck disable=SC2016,SC3045 # dash and bash both have ulimit -v
if ! sh -c 'ulimit -v "$1" && "$2" --version; exit $?' probe "$MEMORY_KB" "$EMSCORE" \
    >/dev/null 2>&1; then
    MEMORY_KB=unlimited
    TIMEOUT=$((TIMEOUT * 3))
fi

# The listener: on a free port, logging every request to a file.
WWW="$SCRATCH/www"
HTTP_LOG="$SCRATCH/http.log"
mkdir -p "$WWW"
echo '<!ENTITY leak "served">' >"$WWW/evil.dtd"
echo control >"$WWW/control"
: >"$HTTP_LOG"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -u -m http.server --bind 127.0.0.1 --directory "$WWW" "$PORT" >/dev/null 2>>"$HTTP_LOG" &
HTTP_PID=$!
# A bare connection logs nothing: wait for the port without a request.
python3 - "$PORT" <<'EOF' || ko "the loopback listener did not start on port $PORT"
import socket, sys, time
for _ in range(100):
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.05)
sys.exit(1)
EOF

MARKER="emscore-secret-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
CORPUS="$SCRATCH/corpus"
python3 "$HOSTILE/gen.py" "$CORPUS" "$PORT" "$MARKER" || ko "the corpus generator failed"

# Every run starts in an empty folder. score writes over an existing
# output and batch into a folder holding one, which a failure must leave as
# they were; nothing else in the scratch folder may change.
WORK="$SCRATCH/work"
OUTDIR="$SCRATCH/out"
RESULT="$OUTDIR/results.xml"
BATCH="$SCRATCH/batch"
KEPT="$BATCH/AGENCY-2014.results.xml"
SNAP="$SCRATCH/snapshot"
mkdir -p "$WORK" "$OUTDIR" "$BATCH"
echo "previous results" >"$SCRATCH/previous"
cp "$SCRATCH/previous" "$RESULT"
cp "$SCRATCH/previous" "$KEPT"

# Every file under the scratch folder, but the runs' own output and logs.
snapshot() {
    find "$SCRATCH" ! -type d ! -path "$OUT" ! -path "$ERR" ! -path "$HTTP_LOG" \
        ! -path "$SNAP" -printf '%p %s %T@\n' | sort
}

# hrun ARGS...: run emscore with the caps, from the empty folder.
# shellcheck disable=SC3045
hrun() {
    snapshot >"$SNAP"
    STATUS=0
    (cd "$WORK" && ulimit -v "$MEMORY_KB" && exec timeout "$TIMEOUT" "$EMSCORE" "$@") \
        >"$OUT" 2>"$ERR" || STATUS=$?
}

# verdict NAME EXPECT FILE [score|batch]: judge the last run of a case on FILE.
verdict() {
    what=$1 expect=$2 file=$3 mode=${4:-}
    if [ "$STATUS" -eq 124 ]; then
        ko "$what: timed out after ${TIMEOUT}s"
        return
    fi
    case $expect/$STATUS in
    reject/1 | reject/2 | accept/0) ;;
    *) ko "$what: exit status $STATUS, expected $([ "$expect" = accept ] && echo 0 || echo '1 or 2')"
        return ;;
    esac
    if grep -Eq 'Sanitizer|runtime error:' "$ERR"; then
        ko "$what: sanitizer report"
        return
    fi
    if [ "$expect" = reject ] && ! awk -v f="$file:" \
        'index($0, f) == 1 && substr($0, length(f) + 1) ~ /^([0-9]+:)? error: /' "$ERR" | grep -q .; then
        ko "$what: no 'FILE: error:' diagnostic naming $file"
        return
    fi
    if grep -qF "$MARKER" "$OUT" "$ERR"; then
        ko "$what: the secret file's content leaked"
        return
    fi
    if [ -s "$HTTP_LOG" ]; then
        ko "$what: the loopback listener was contacted: $(head -c 300 "$HTTP_LOG")"
        : >"$HTTP_LOG"
        return
    fi
    # Files created, changed or removed, beyond what the command may write.
    changed=$(snapshot | comm -3 "$SNAP" - | sed 's/^\t//; s/ [^ ]* [^ ]*$//' | sort -u |
        while read -r f; do
            case $mode/$expect/$f in
            score/accept/"$RESULT" | batch/*/"$BATCH"/*) ;;
            *) printf '%s ' "$f" ;;
            esac
        done)
    # Hidden files are temporaries left behind, but for the run's stamp.
    changed=$changed$(find "$BATCH" -name '.*' ! -name .emscore-batch | tr '\n' ' ')
    cmp -s "$SCRATCH/previous" "$KEPT" || changed="$changed$KEPT"
    [ "$mode/$expect" = score/accept ] || cmp -s "$SCRATCH/previous" "$RESULT" ||
        changed="$changed $RESULT"
    if [ -n "$changed" ]; then
        ko "$what: wrote outside its output, or changed an existing output: $changed"
    elif [ "$mode/$expect" = score/accept ] && cmp -s "$SCRATCH/previous" "$RESULT"; then
        ko "$what: the output was not written"
    elif [ "$mode/$expect" = batch/accept ] && [ -z "$(find "$BATCH" -name '*.results.xml' ! -path "$KEPT")" ]; then
        ko "$what: no results written"
    else
        ok
    fi
    # Back to the starting state for the next run.
    rm -rf "${WORK:?}" "${BATCH:?}" && mkdir "$WORK" "$BATCH"
    find "$OUTDIR" -mindepth 1 ! -path "$RESULT" -exec rm -rf {} +
    cp "$SCRATCH/previous" "$RESULT"
    cp "$SCRATCH/previous" "$KEPT"
}

has() { "$EMSCORE" "$1" --help >/dev/null 2>&1; }
HAVE_SCORE=0 HAVE_BATCH=0
has score && HAVE_SCORE=1
has batch && HAVE_BATCH=1
TAB=$(printf '\t')
ncases=0
skipped=0
while IFS=$TAB read -r name kind expect flags path args; do
    ncases=$((ncases + 1))
    case ,$flags, in *,heavy,*) [ "$HEAVY" = 1 ] || { skipped=$((skipped + 1)); continue; } ;; esac
    # shellcheck disable=SC2086 # args are space-separated options
    if [ "$kind" = scorecard ]; then
        hrun validate $args "$path"
    else
        hrun validate --scorecard "$SC" $args "$path"
    fi
    verdict "$name (validate)" "$expect" "$path"
    case ,$flags, in *,validate,*) continue ;; esac
    # The case plays its role; the other input is the valid base.
    if [ "$kind" = scorecard ]; then card=$path input=$AS; else card=$SC input=$path; fi
    if [ "$HAVE_SCORE" = 1 ]; then
        # shellcheck disable=SC2086
        hrun score --scorecard "$card" -o "$RESULT" $args "$input"
        verdict "$name (score)" "$expect" "$path" score
    fi
    if [ "$HAVE_BATCH" = 1 ]; then
        # shellcheck disable=SC2086
        hrun batch --scorecard "$card" --output "$BATCH" $args "$input"
        verdict "$name (batch)" "$expect" "$path" batch
    fi
done <"$CORPUS/manifest.tsv"
[ "$skipped" -eq 0 ] || echo "hostile: $skipped heavy cases skipped (HOSTILE_HEAVY=0)"

# The corpus is as large as promised, and every case is documented.
if [ "$ncases" -ge 40 ]; then ok; else ko "only $ncases hostile cases"; fi
undocumented=$(cut -f1 "$CORPUS/manifest.tsv" | while read -r name; do
    grep -q "^| \`$name\` |" "$HOSTILE/README.md" || printf '%s ' "$name"
done)
if [ -z "$undocumented" ]; then ok; else ko "cases missing from tests/hostile/README.md: $undocumented"; fi

# An output path that is a symlink to a file elsewhere: the link is
# replaced, the file it pointed to is left alone.
if [ "$HAVE_SCORE" = 1 ]; then
    victim="$SCRATCH/victim.txt"
    cp "$SCRATCH/previous" "$victim"
    ln -s "$victim" "$OUTDIR/linked.xml"
    hrun score --scorecard "$SC" -o "$OUTDIR/linked.xml" "$AS"
    if [ "$STATUS" -ne 0 ] && [ "$STATUS" -ne 1 ] && [ "$STATUS" -ne 2 ]; then
        ko "score -o SYMLINK: exit status $STATUS"
    elif ! cmp -s "$SCRATCH/previous" "$victim"; then
        ko "score -o SYMLINK: wrote through the link to a file outside the output folder"
    else
        ok
    fi
    rm -f "$OUTDIR/linked.xml"
fi

# The listener was alive and logging all along: one request of our own
# must show up, and nothing else.
python3 -c 'import sys, urllib.request; urllib.request.urlopen("http://127.0.0.1:%s/control" % sys.argv[1], timeout=5).read()' \
    "$PORT" 2>/dev/null
sleep 0.2
if grep -q 'GET /control' "$HTTP_LOG" && [ "$(grep -c . "$HTTP_LOG")" -eq 1 ]; then
    ok
else
    ko "the listener's log is not as expected: $(head -c 300 "$HTTP_LOG")"
fi
finish
