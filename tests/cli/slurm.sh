#!/bin/sh
# End-to-end under Slurm: a one-node cluster on 127.0.0.1 (munged with a
# key made here, slurmctld and slurmd with a minimal slurm.conf written
# here, all as root, their files in the scratch folder), an array job
# whose task K runs `batch --shard K/3`, then a gather job that depends on
# it (afterok). The folder must equal, byte for byte, a run in one piece.
# Every wait is bounded; every daemon started is stopped on exit. Where
# Slurm or munge is not installed (make deps CLUSTER=1), or the daemons
# cannot start, it says SKIPPED and why, and counts nothing.
#
# The log, for a reviewer: $BUILD/tests/slurm.log (BUILD defaults to build).
. "$(dirname "$0")/../lib.sh"
S="$SCRATCH/cluster"
LOG="$ROOT/${BUILD:-build}/tests/slurm.log"
TIMEOUT=${SLURM_TEST_TIMEOUT:-300} # seconds for the jobs, all together
mkdir -p "$S" "$(dirname "$LOG")"
: >"$LOG"
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >>"$LOG"; }
# a file into the log, indented, at most its last 40 lines
log_file() {
    [ -f "$2" ] || return 0
    log "--- $1 ($2)"
    tail -n 40 "$2" | sed 's/^/    /' >>"$LOG"
}

pids=""
jobs_submitted=""
stop_all() {
    # shellcheck disable=SC2086
    [ -z "$jobs_submitted" ] || timeout 10 scancel $jobs_submitted >/dev/null 2>&1 || true
    for pid in $pids; do kill "$pid" 2>/dev/null || true; done
    for pid in $pids; do
        n=0
        while kill -0 "$pid" 2>/dev/null && [ $n -lt 100 ]; do
            sleep 0.1
            n=$((n + 1))
        done
        kill -9 "$pid" 2>/dev/null || true
    done
    [ -z "$pids" ] || log "stopped the daemons:$pids"
    rm -rf "$SCRATCH"
}
trap stop_all EXIT
trap 'exit 2' INT TERM HUP

skip() {
    log "SKIPPED: $1"
    echo "=================================================================="
    echo "slurm: SKIPPED: $1"
    echo "       (see $LOG)"
    echo "=================================================================="
    finish
    exit 0
}

# wait_for SECONDS COMMAND...: until COMMAND succeeds, at most SECONDS
wait_for() {
    limit=$(($1 * 10))
    shift
    n=0
    until "$@" >/dev/null 2>&1; do
        [ $n -lt $limit ] || return 1
        sleep 0.1
        n=$((n + 1))
    done
}

log "emscore under Slurm: $EMSCORE"
[ "$(id -u)" -eq 0 ] || skip "the test cluster's daemons run as root, and this is uid $(id -u)"
for c in munged munge slurmctld slurmd sbatch scontrol sinfo scancel timeout; do
    command -v "$c" >/dev/null 2>&1 || skip "$c is not installed (make deps CLUSTER=1)"
done
log "$(slurmctld -V), $(munged --version 2>&1 | head -n 1), $(nproc) CPUs"

# ---- munge: a key of our own, a socket in the scratch folder --------------
dd if=/dev/urandom of="$S/munge.key" bs=1024 count=1 2>/dev/null
chmod 400 "$S/munge.key"
munged --foreground --force --key-file="$S/munge.key" --socket="$S/munge.sock" \
    --pid-file="$S/munged.pid" --seed-file="$S/munged.seed" --log-file="$S/munged.log" \
    >"$S/munged.out" 2>&1 &
pids="$pids $!"
if ! wait_for 10 sh -c "munge -S '$S/munge.sock' -n | unmunge -S '$S/munge.sock'"; then
    log_file munged "$S/munged.out"
    skip "munged did not start (its output is in the log)"
fi
log "munged is up on $S/munge.sock"

# ---- slurm: two free ports, a minimal configuration ------------------------
ports=$(python3 -c 'import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*[x.getsockname()[1] for x in s])') || skip "no free port on 127.0.0.1"
set -- $ports
mkdir -p "$S/state" "$S/spool"
cat >"$S/slurm.conf" <<EOF
ClusterName=emscore
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$1
SlurmdPort=$2
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$S/munge.sock
StateSaveLocation=$S/state
SlurmdSpoolDir=$S/spool
SlurmctldPidFile=$S/slurmctld.pid
SlurmdPidFile=$S/slurmd.pid
SlurmctldLogFile=$S/slurmctld.log
SlurmdLogFile=$S/slurmd.log
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=emscore Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
log_file slurm.conf "$S/slurm.conf"
# Not the settings of a Slurm job this test may itself run in.
for v in $(env | sed -n 's/^\(SLURM_[A-Z0-9_]*\)=.*/\1/p'); do unset "$v"; done
export SLURM_CONF="$S/slurm.conf"

slurmctld -D -f "$SLURM_CONF" >"$S/slurmctld.out" 2>&1 &
pids="$pids $!"
slurmd -D -f "$SLURM_CONF" -N localhost >"$S/slurmd.out" 2>&1 &
pids="$pids $!"
idle() { timeout 10 sinfo -h -n localhost -o %T | grep -q '^idle'; }
if ! wait_for 30 idle; then
    log_file slurmctld "$S/slurmctld.log"
    log_file slurmd "$S/slurmd.log"
    skip "slurmctld and slurmd did not bring up an idle node in 30 s (their logs are in the log)"
fi
log "node localhost is idle; controller on port $1, slurmd on $2"

# ---- the run ---------------------------------------------------------------
python3 "$ROOT/bench/gen.py" --groups 9 --milestones 6 "$S/g" >/dev/null || ko "bench/gen.py failed"
SC="$S/g/scorecard.xml"
IN="$S/g/inputs"
OUTDIR="$S/reports"
run batch --jobs 2 --scorecard "$SC" --output "$S/one" "$IN"
check "the run in one piece" 0 "" "^9 groups, 9 reports, 0 failed"

# As in the README: an array task per shard, then the gather once every
# task has succeeded.
cd "$S" || exit 2
shard_cmd="'$EMSCORE' batch --scorecard '$SC' --output '$OUTDIR' --shard \${SLURM_ARRAY_TASK_ID}/3 '$IN'"
gather_cmd="'$EMSCORE' batch --gather --output '$OUTDIR'"
log "sbatch --parsable --array=1-3 --output=$S/shard-%a.out --wrap \"$shard_cmd\""
shards=$(timeout 30 sbatch --parsable --array=1-3 --output="$S/shard-%a.out" --wrap "$shard_cmd" \
    2>>"$LOG") || { ko "sbatch --array=1-3 failed"; finish; exit 1; }
jobs_submitted="$shards"
log "sbatch --parsable --dependency=afterok:$shards --output=$S/gather.out --wrap \"$gather_cmd\""
gather=$(timeout 30 sbatch --parsable --dependency=afterok:"$shards" --output="$S/gather.out" \
    --wrap "$gather_cmd" 2>>"$LOG") ||
    { ko "sbatch --dependency=afterok:$shards failed"; finish; exit 1; }
jobs_submitted="$shards $gather"
log "submitted the array job $shards (3 shards) and the gather job $gather after it"

state() { timeout 10 scontrol show job "$1" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | head -n 1; }
finished() {
    case $(state "$gather") in
    COMPLETED | FAILED | CANCELLED | TIMEOUT | NODE_FAIL | OUT_OF_MEMORY | DEADLINE) return 0 ;;
    *) return 1 ;;
    esac
}
if wait_for "$TIMEOUT" finished; then
    ok
else
    ko "the jobs did not finish within $TIMEOUT s (the gather job is $(state "$gather"))"
fi
timeout 10 scontrol show job "$shards" 2>/dev/null | grep -E 'JobId=|JobState=' | sed 's/^/    /' >>"$LOG"
log "gather job $gather: $(state "$gather")"
[ "$(state "$gather")" = COMPLETED ] && ok || ko "the gather job ended $(state "$gather")"
for k in 1 2 3; do log_file "shard $k of 3" "$S/shard-$k.out"; done
log_file "gather" "$S/gather.out"
grep -q '^9 groups, 0 failed or missing' "$S/gather.out" && ok || ko "the gather job did not gather 9 groups"
if diff -r -x '.emscore-*' "$S/one" "$OUTDIR" >"$S/diff" 2>&1; then
    ok
    log "the folder written under Slurm equals the run in one piece, byte for byte:"
    (cd "$OUTDIR" && ls -A | sed 's/^/    /') >>"$LOG"
else
    ko "the folder written under Slurm differs from the run in one piece"
    log_file "diff -r" "$S/diff"
fi
log_file slurmctld "$S/slurmctld.log"
log_file slurmd "$S/slurmd.log"
log "$PASS passed, $FAIL failed"
finish
