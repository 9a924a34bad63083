#!/usr/bin/env bash
# GNU parallel, executed: the command line of docs/scale.md ("GNU parallel") run on this machine,
# its output compared byte for byte with one `summarize --jsonl` run over the whole corpus.
#
#   bash scripts/parallel-check.sh        (from the repository root, after `npm run build`)
#
# Installs GNU parallel (Debian's package `parallel`) with apt-get when it is missing. The corpus
# is the bench's 200 articles (scripts/build-bench-corpus.js --quick, about 360 KB). Each block
# size cuts it into several pieces (the script checks how many), summarized by 2 jobs at a time,
# with `--jobs 1` and with `--jobs 2` inside each job. Then once more with a line that is not JSON
# in the middle, for the wrapper's exit status (1, some lines failed, is success for parallel):
# there the error record's `line N` counts lines within its piece (docs/scale.md), so that number
# is the one thing compared after masking. Takes about 15 s.
# Exit status 0 when every output is identical, 1 when one differs, 2 when it cannot run.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ ! -f dist/cli/main.js ]; then
  echo "parallel-check: run \`npm run build\` first" >&2
  exit 2
fi
if ! command -v parallel > /dev/null; then
  echo "parallel-check: installing GNU parallel (apt-get install parallel)" >&2
  sudo=''
  [ "$(id -u)" -ne 0 ] && sudo='sudo'
  if ! { $sudo apt-get install -y -qq parallel > /dev/null 2>&1 || { $sudo apt-get update -qq > /dev/null 2>&1 && $sudo apt-get install -y -qq parallel > /dev/null 2>&1; }; }; then
    echo "parallel-check: could not install GNU parallel" >&2
    exit 2
  fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/summarize-parallel-XXXXXX")
trap 'rm -rf "$work"' EXIT

# The wrapper of docs/scale.md (scripts/bin/summarize-lines), on PATH for parallel's jobs.
export PATH="$root/scripts/bin:$PATH"

node scripts/build-bench-corpus.js --quick --out "$work/data" > /dev/null
corpus="$work/data/articles-200.jsonl"
bad="$work/bad.jsonl"
{ head -n 100 "$corpus"; echo '{"id": "torn", "text": "a line cut'; tail -n +101 "$corpus"; } > "$bad"

start=$(date +%s.%N)
node bin/summarize.js --jsonl --jobs 1 "$corpus" > "$work/whole.jsonl"
whole_s=$(echo "$(date +%s.%N) - $start" | bc)
if [ "$(wc -l < "$work/whole.jsonl")" -ne 200 ]; then
  echo "parallel-check: the single run wrote $(wc -l < "$work/whole.jsonl") records, not 200" >&2
  exit 1
fi
echo "$(parallel --version | head -n 1); corpus: $(wc -l < "$corpus") lines, $(wc -c < "$corpus") bytes"
printf 'single run  summarize --jsonl --jobs 1                          %6.2f s wall\n' "$whole_s"

failed=0
for block in 40k 100k; do
  pieces=$(parallel --will-cite --pipe --block "$block" --keep-order -j 2 'cat > /dev/null; echo piece' < "$corpus" | wc -l)
  if [ "$pieces" -lt 3 ]; then
    echo "parallel-check: --block $block cut the corpus into $pieces pieces, not several" >&2
    failed=1
  fi
  for jobs in 1 2; do
    command="parallel --pipe --block $block --keep-order -j 2 'summarize-lines --jobs $jobs'"
    start=$(date +%s.%N)
    parallel --will-cite --pipe --block "$block" --keep-order -j 2 "summarize-lines --jobs $jobs" < "$corpus" > "$work/out.jsonl"
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    if cmp -s "$work/out.jsonl" "$work/whole.jsonl"; then verdict='identical'; else verdict='DIFFERS'; failed=1; fi
    printf '%2d pieces   %-74s %6.2f s wall  %s\n' "$pieces" "$command" "$seconds" "$verdict"
  done
done

# With a bad line: the single run exits 1, the wrapped jobs 0, and the records match but for `line N`.
set +e
node bin/summarize.js --jsonl --jobs 1 "$bad" > "$work/whole-bad.jsonl" 2> /dev/null
status=$?
set -e
parallel --will-cite --pipe --block 40k --keep-order -j 2 'summarize-lines --jobs 1' < "$bad" > "$work/out-bad.jsonl" 2> /dev/null
mask() { sed -E 's/"error":"line [0-9]+: /"error":"line N: /' "$1"; }
if [ "$status" -eq 1 ] && [ "$(grep -c '"error"' "$work/out-bad.jsonl")" -eq 1 ] && cmp -s <(mask "$work/out-bad.jsonl") <(mask "$work/whole-bad.jsonl"); then
  verdict='identical but for the line number'
else
  verdict="DIFFERS (single run exited $status)"
  failed=1
fi
printf 'bad line    %-74s %6s        %s\n' "parallel --pipe --block 40k --keep-order -j 2 'summarize-lines --jobs 1'" "" "$verdict"
exit "$failed"
