#!/usr/bin/env bash
# Checks the package as a user gets it: packs it, installs the tarball into an empty prefix, and
# runs `man summarize` and the bash completion there, as a person would (needs man-db). The
# package has no dependencies, so the install is offline. test/package/pack.test.ts checks the
# same tarball within `npm test`; this shows the man page as `man` renders it. Run after `npm run build`.
#
# Usage: scripts/check-install.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(npm pack --silent --pack-destination "$work" | tail -1)
contents=$(tar -tzf "$work/$tarball")
grep -qx 'package/man/summarize.1' <<<"$contents" || { echo "check-install: man/summarize.1 is not in the tarball (package.json files)" >&2; exit 1; }
npm install --global --offline --prefix "$work/prefix" --no-audit --no-fund --ignore-scripts "$work/$tarball" >/dev/null
export PATH="$work/prefix/bin:$PATH"
echo "== which summarize: $(command -v summarize)"
# No MANPATH: man finds the page from PATH (PREFIX/bin gives PREFIX/share/man), as after npm install -g.
echo "== man -w summarize: $(man -w summarize)"
ls -l "$work/prefix/share/man/man1/summarize.1"
MANWIDTH=80 man summarize | head -12
echo "== bash completion of 'summarize --form' and 'summarize -a lex':"
bash --norc -c 'source <(summarize --completion bash)
COMP_WORDS=(summarize --form); COMP_CWORD=1; _summarize; printf "%s\n" "${COMPREPLY[@]}"
COMP_WORDS=(summarize -a lex); COMP_CWORD=2; _summarize; printf "%s\n" "${COMPREPLY[@]}"'
echo "== summarize fixtures/csto-tokayev.txt with the installed command:"
summarize -n 1 fixtures/csto-tokayev.txt
