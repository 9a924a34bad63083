#!/usr/bin/python3
"""Dask distributed, executed: a LocalCluster of worker processes on this machine, each piping
its partitions of the corpus through `summarize --jsonl --jobs 1` (the docs/scale.md wrapper's
exit status rules: 1, some lines failed, is success), the outputs gathered in partition order and
compared byte for byte with one `summarize --jsonl` run over the whole corpus.

    /usr/bin/python3 scripts/dask-local.py [ARTICLES] [PARTITIONS]   (repository root, after `npm run build`)

ARTICLES: JSON Lines (default: the bench's 10,000 articles under .bench-data/); PARTITIONS:
default 8. Needs Debian's python3-distributed (apt-get install python3-distributed). The cluster
listens on localhost only and is closed at the end. Not run in CI.
Exit status 0 when the gathered output is identical, 1 when it differs, 2 when it cannot run.
"""
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, 'bin', 'summarize.js')


def summarize_lines(partition: tuple) -> bytes:
    """One partition (a byte range of whole lines of the corpus, read by the worker itself) through
    `summarize --jsonl --jobs 1`, as the docs' summarize-lines wrapper runs it."""
    path, start, end = partition
    with open(path, 'rb') as f:
        f.seek(start)
        data = f.read(end - start)
    done = subprocess.run(['node', BIN, '--jsonl', '--jobs', '1'], input=data, capture_output=True, check=False)
    if done.returncode not in (0, 1):
        raise RuntimeError(f'summarize exited {done.returncode}: {done.stderr.decode()[:300]}')
    return done.stdout


def partitions(path: str, count: int) -> list:
    """The corpus cut into `count` partitions of whole lines, in order, as (path, start, end) byte ranges."""
    with open(path, 'rb') as f:
        lines = f.read().splitlines(keepends=True)
    size = -(-len(lines) // count)
    ranges = []
    at = 0
    for i in range(0, len(lines), size):
        length = sum(len(line) for line in lines[i:i + size])
        ranges.append((path, at, at + length))
        at += length
    return ranges


def main() -> int:
    try:
        from dask.distributed import Client, LocalCluster
        import distributed
    except ImportError:
        print('dask-local: needs python3-distributed (apt-get install python3-distributed)', file=sys.stderr)
        return 2
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '.bench-data', 'articles-10k.jsonl')
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    if not os.path.exists(os.path.join(ROOT, 'dist', 'cli', 'main.js')):
        print('dask-local: run `npm run build` first', file=sys.stderr)
        return 2
    if not os.path.exists(corpus):
        subprocess.run(['node', os.path.join(ROOT, 'scripts', 'build-bench-corpus.js')], check=True, stdout=subprocess.DEVNULL)
    parts = partitions(corpus, count)

    start = time.monotonic()
    with open(corpus, 'rb') as f:
        whole = subprocess.run(['node', BIN, '--jsonl', '--jobs', '1'], stdin=f, capture_output=True, check=False).stdout
    single = time.monotonic() - start

    workers = os.cpu_count() or 1
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host='127.0.0.1', dashboard_address=None) as cluster, Client(cluster) as client:
        print(f'dask.distributed {distributed.__version__}: LocalCluster of {len(cluster.workers)} worker processes, 1 thread each, at {cluster.scheduler_address}')
        with open(corpus, 'rb') as f:
            lines = f.read().count(b'\n')
        print(f'corpus: {corpus}, {lines} lines, {len(parts)} partitions')
        start = time.monotonic()
        futures = client.map(summarize_lines, parts, pure=False)
        outputs = client.gather(futures)
        elapsed = time.monotonic() - start
        ran_on = client.run(os.getpid)
    gathered = b''.join(outputs)
    print(f'single run    summarize --jsonl --jobs 1 (one process)          {single:7.2f} s wall')
    print(f'Dask          {len(parts)} partitions on {len(ran_on)} worker processes (pids {sorted(ran_on.values())})  {elapsed:7.2f} s wall')
    records = gathered.count(b'\n')
    if gathered == whole:
        print(f'gathered output: identical to the single run ({records} records, {len(gathered)} bytes)')
        return 0
    print('gathered output: DIFFERS from the single run')
    return 1


if __name__ == '__main__':
    sys.exit(main())
