#!/usr/bin/env node
// What a person sees on a terminal, checked in a real one: tmux runs the built CLI in a pane of
// 100 × 40, and capture-pane reads the screen back, with its colours (-e) and without.
//
//   node scripts/check-terminal.js            check; exit 1 on a failed check, 2 when tmux is absent
//   node scripts/check-terminal.js --print    also print each screen as captured (docs/explain.md shows them)
//
// Checks: --explain puts one dimmed line under each sentence; --highlight --color through
// `less -R` shows the whole article with the chosen sentences in bold; an article full of escape
// sequences (clear screen, cursor home, window title, colours) repaints nothing.
// Needs tmux (Debian: apt-get install tmux) and a build (npm run build). Not part of npm test.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const print = process.argv.includes('--print');
if (spawnSync('tmux', ['-V']).status !== 0) {
  console.error('check-terminal: tmux is not installed (Debian: apt-get install tmux); nothing checked.');
  process.exit(2);
}

const session = `summarize-check-${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), 'summarize-tmux-'));
const tmux = (...args) => execFileSync('tmux', args, { encoding: 'utf8' });
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
let failed = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed++;
};

/** Run a shell command in a fresh window, wait until it prints the end marker (or the screen settles), and capture the screen. */
function screen(command, { settle = false } = {}) {
  tmux('respawn-pane', '-k', '-t', session, `cd ${JSON.stringify(root)} && clear && ${command}${settle ? '' : '; printf "\\n__END__"'}; sleep 600`);
  for (let i = 0; i < 100; i++) {
    sleep(100);
    const plain = tmux('capture-pane', '-p', '-t', session);
    if (settle ? i >= 20 : plain.includes('__END__')) break;
  }
  return { plain: tmux('capture-pane', '-p', '-t', session), colour: tmux('capture-pane', '-p', '-e', '-t', session) };
}

try {
  tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '40', '-e', 'TERM=xterm-256color', 'sleep 600');
  tmux('set-option', '-t', session, 'default-terminal', 'xterm-256color');

  // 1. --explain on a terminal: each sentence, then a dimmed line (SGR 2) saying why.
  const explain = screen('node bin/summarize.js --explain -n 2 fixtures/csto-tokayev.txt');
  if (print) console.log(`--- summarize --explain -n 2 fixtures/csto-tokayev.txt\n${explain.plain.trimEnd()}\n`);
  check(/^Kazakh President Kassym-Jomart Tokayev urged/mu.test(explain.plain), 'explain: the first sentence is on screen');
  check(/^ {2}#1 of \d+ · content [\d.]+ × length/mu.test(explain.plain), 'explain: a line of why under it, with rank and factors');
  // eslint-disable-next-line no-control-regex -- the screen's escape sequences are what is checked
  check(/\u001b\[2m(?:\u001b\[[\d;]*m)* {2}#1 of/u.test(explain.colour), 'explain: that line is dimmed');

  // 2. --highlight --color through less -R: the article, chosen sentences bold, no plain [[ ]] marks.
  const less = screen('node bin/summarize.js --highlight --color fixtures/csto-tokayev.txt | less -R', { settle: true });
  if (print) console.log(`--- summarize --highlight --color fixtures/csto-tokayev.txt | less -R\n${less.plain.trimEnd()}\n`);
  check(less.plain.includes('Previous Article') || less.plain.includes('CSTO Leadership'), 'highlight: the whole page is shown, not only the summary');
  // eslint-disable-next-line no-control-regex -- the screen's escape sequences are what is checked
  check(/\u001b\[1m[^\n]*Kazakh President/u.test(less.colour), 'highlight: a chosen sentence is bold through less -R');
  check(!less.plain.includes('[['), 'highlight: no plain marks on a terminal');
  tmux('send-keys', '-t', session, 'q');

  // 3. Hostile input: clear screen, cursor home, window title, red text. The marker line printed before must survive.
  const hostile = join(dir, 'hostile.txt');
  writeFileSync(
    hostile,
    'Council approves bridge\n\nThe council approved the new bridge on Monday after a long debate.\u001b[2J\u001b[H\n' +
      'Members said the bridge \u001b]0;pwned\u0007 would cost more than \u001b[31mexpected\u001b[0m this year.\n' +
      'Work on the bridge will start in the spring and finish by the autumn of next year.\n',
  );
  const attack = screen(`printf 'MARKER-BEFORE\\n'; node bin/summarize.js --color --explain ${JSON.stringify(hostile)}; node bin/summarize.js --color --highlight ${JSON.stringify(hostile)}`);
  if (print) console.log(`--- hostile input (ESC[2J, ESC[H, OSC title, colours)\n${attack.plain.trimEnd()}\n`);
  check(attack.plain.includes('MARKER-BEFORE'), 'hostile: the screen was not cleared');
  check(attack.plain.includes('␛[2J') && attack.plain.includes('␛]0;pwned␇'), 'hostile: the escape sequences are shown as symbols');
  check(!tmux('display-message', '-p', '-t', session, '#{pane_title}').includes('pwned'), 'hostile: the window title was not set');
  // eslint-disable-next-line no-control-regex -- the screen's escape sequences are what is checked
  check(!/\u001b\[31m/u.test(attack.colour), 'hostile: no red from the input');
} finally {
  spawnSync('tmux', ['kill-session', '-t', session]);
  rmSync(dir, { recursive: true, force: true });
}
console.log(failed === 0 ? 'check-terminal: all checks passed' : `check-terminal: ${failed} check(s) failed`);
process.exit(failed === 0 ? 0 : 1);
