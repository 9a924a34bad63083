#!/usr/bin/env bash
# A cluster scheduler, executed: a single-node Slurm cluster on localhost (munged, slurmctld,
# slurmd, all in a scratch directory, on free ports), the job array of docs/scale.md ("Slurm")
# submitted to it, one task per corpus piece, and the pieces' outputs put back together and
# compared byte for byte with one `summarize --jsonl` run over the whole corpus.
#
#   bash scripts/slurm-local.sh [ARTICLES] [PIECES]      (from the repository root, after `npm run build`)
#
# ARTICLES: the corpus, JSON Lines (default: the bench's 10,000 articles, built by
# scripts/build-bench-corpus.js under .bench-data/); PIECES: how many tasks (default 8).
# Needs Debian's slurm-wlm and munge (installed with apt-get when missing) and root, to run the
# daemons; no systemd and no cgroups (proctrack/linuxproc, task/none). Every daemon it starts is
# stopped at the end, by its pid. Takes about a minute on 10,000 articles; not run in CI.
# Exit status 0 when the gathered output is identical, 1 when it differs, 2 when it cannot run.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
corpus=${1:-$root/.bench-data/articles-10k.jsonl}
pieces=${2:-8}
fail() { echo "slurm-local: $*" >&2; exit 2; }
[ -f dist/cli/main.js ] || fail 'run `npm run build` first'
[ "$(id -u)" -eq 0 ] || fail 'needs root, to run munged, slurmctld and slurmd'
if ! command -v slurmctld > /dev/null || ! command -v munged > /dev/null; then
  echo 'slurm-local: installing slurm-wlm and munge (apt-get)' >&2
  { apt-get install -y -qq slurm-wlm munge > /dev/null 2>&1 || { apt-get update -qq > /dev/null 2>&1 && apt-get install -y -qq slurm-wlm munge > /dev/null 2>&1; }; } || fail 'could not install slurm-wlm and munge'
fi
if [ ! -f "$corpus" ]; then
  [ "$#" -eq 0 ] || fail "no such corpus: $corpus"
  node scripts/build-bench-corpus.js > /dev/null
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/summarize-slurm-XXXXXX")
chmod 755 "$dir"
pids=()
cleanup() {
  status=$?
  # Our daemons only, by the pids they wrote; then the scratch directory.
  for pidfile in "$dir"/slurmd.pid "$dir"/slurmctld.pid "$dir"/munged.pid; do
    if [ -f "$pidfile" ]; then
      pid=$(cat "$pidfile")
      kill "$pid" 2> /dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    fi
  done
  if [ "${KEEP:-0}" = 1 ]; then echo "slurm-local: kept $dir" >&2; else rm -rf "$dir"; fi
  exit "$status"
}
trap cleanup EXIT

# Two free TCP ports on localhost, for slurmctld and slurmd.
read -r ctld_port slurmd_port < <(python3 -c 'import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*(x.getsockname()[1] for x in s))')

# munge: a key made here, its socket in the scratch directory (--force: /tmp is world-writable).
mkdir -p "$dir/munge" && chmod 700 "$dir/munge"
mungekey --create --keyfile="$dir/munge/munge.key" 2> /dev/null || dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
chmod 600 "$dir/munge/munge.key"
socket="$dir/munge/munge.socket"
munged --force --key-file="$dir/munge/munge.key" --socket="$socket" --pid-file="$dir/munged.pid" \
  --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munged.seed" || fail "munged did not start: $(tail -n 3 "$dir/munge/munged.log" 2> /dev/null)"
munge --socket="$socket" -n | unmunge --socket="$socket" > /dev/null || fail 'munge cannot encode and decode a credential'

cpus=$(nproc)
memory=$(awk '/MemTotal/ { print int($2 / 1024 / 2) }' /proc/meminfo)
mkdir -p "$dir/state" "$dir/spool" "$dir/logs" "$dir/pieces"
export SLURM_CONF="$dir/slurm.conf"
cat > "$SLURM_CONF" << EOF
ClusterName=summarize
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CryptoType=crypto/munge
AuthInfo=socket=$socket
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=local Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld -i -f "$SLURM_CONF" || fail "slurmctld did not start: $(tail -n 5 "$dir/slurmctld.log" 2> /dev/null)"
slurmd -N localhost -f "$SLURM_CONF" || fail "slurmd did not start: $(tail -n 5 "$dir/slurmd.log" 2> /dev/null)"
for _ in $(seq 100); do
  state=$(sinfo -h -N -o '%T' 2> /dev/null | head -n 1)
  [ "$state" = idle ] && break
  sleep 0.2
done
[ "$state" = idle ] || fail "the node is not idle but '$state': $(tail -n 5 "$dir/slurmd.log" 2> /dev/null)"
echo "$(sinfo -V); node localhost: $cpus CPUs, $(sinfo -h -N -o '%T')"

# The wrapper of docs/scale.md (scripts/bin/summarize-lines), and the corpus cut into PIECES pieces of whole lines.
export PATH="$root/scripts/bin:$PATH"
lines=$(wc -l < "$corpus")
split -l $(((lines + pieces - 1) / pieces)) -d -a 4 "$corpus" "$dir/pieces/piece."
count=$(find "$dir/pieces" -name 'piece.*' | wc -l)
echo "corpus: $corpus, $lines lines, cut into $count pieces"

# The job script of docs/scale.md: one array task per piece, each on one CPU; --resume, so that a
# task requeued after a node failure or a preemption carries on where it stopped.
cat > "$dir/summarize.sbatch" << 'EOF'
#!/bin/sh
#SBATCH --job-name=summarize
#SBATCH --cpus-per-task=1
#SBATCH --requeue
piece=$(printf 'pieces/piece.%04d' "$SLURM_ARRAY_TASK_ID")
exec summarize-lines --jobs 1 --resume "$piece.out" "$piece"
EOF
cat "$dir/summarize.sbatch"

start=$(date +%s.%N)
node bin/summarize.js --jsonl --jobs 1 "$corpus" > "$dir/whole.jsonl" 2> /dev/null || [ $? -eq 1 ]
single=$(echo "$(date +%s.%N) - $start" | bc)

cd "$dir"
start=$(date +%s.%N)
# Submitted without --wait, whose polling of the controller adds up to half a minute: squeue is
# asked every 0.2 s instead, until the array has left the queue.
echo "\$ sbatch --parsable --array=0-$((count - 1)) --output=logs/%A_%a.log summarize.sbatch"
job=$(sbatch --parsable --array=0-$((count - 1)) --output=logs/%A_%a.log summarize.sbatch)
echo "submitted array job $job"
while [ -n "$(squeue -h -j "$job" 2> /dev/null)" ]; do sleep 0.2; done
array=$(echo "$(date +%s.%N) - $start" | bc)
cd "$root"
echo '--- the array tasks, as Slurm recorded them (scontrol -o show job):'
scontrol -o show job 2> /dev/null | while read -r line; do
  for key in ArrayTaskId JobState ExitCode RunTime StartTime EndTime NodeList; do
    printf '%s  ' "$(grep -oE "(^| )$key=[^ ]+" <<< "$line" | tail -n 1 | sed 's/^ //')"
  done
  echo
done | sort -t= -k2 -n
span() { scontrol -o show job 2> /dev/null | grep -oE " $1=[^ ]+" | cut -d= -f2 | sort | sed -n "$2"; }
first=$(date -d "$(span StartTime 1p)" +%s)
last=$(date -d "$(span EndTime '$p')" +%s)
cat "$dir"/pieces/piece.*.out > "$dir/gathered.jsonl"
printf 'single run    summarize --jsonl --jobs 1 (one process)                %7.2f s wall\n' "$single"
printf 'Slurm array   %d tasks, summarize-lines --jobs 1, up to %d at a time     %7.2f s wall from submission to an empty queue\n' "$count" "$cpus" "$array"
printf '              the tasks, first start to last end (whole seconds)       %7d s\n' "$((last - first))"
if cmp "$dir/gathered.jsonl" "$dir/whole.jsonl"; then
  echo "gathered output: identical to the single run ($(wc -l < "$dir/gathered.jsonl") records, $(wc -c < "$dir/gathered.jsonl") bytes)"
else
  echo 'gathered output: DIFFERS from the single run'
  exit 1
fi
