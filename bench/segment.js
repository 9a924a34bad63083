#!/usr/bin/env node
// Sentence segmentation speed: 10 MB of real news text (the evaluation articles in ../shared/data),
// then 10 MB inputs built to defeat a segmenter. Prints MB/s; never fails on time.
// Run after `npx tsc -p tsconfig.build.json`, or name another build of the segmenter:
//   node bench/segment.js [path/to/segment/index.js]
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const modulePath = process.argv[2];
const { splitSentences } = await import(
  modulePath === undefined ? '../dist/segment/index.js' : pathToFileURL(modulePath).href
);

const SIZE = 10 * 1024 * 1024;
const dataDir = new URL('../../shared/data/', import.meta.url);
const files = ['cnndm-dev.jsonl', 'bbc-dev.jsonl', 'xsum-dev.jsonl'].filter((name) => existsSync(new URL(name, dataDir)));

/** Best of this many runs per input (`RUNS=1 node bench/segment.js` for one). */
const RUNS = Number(process.env.RUNS ?? 3);

/**
 * The text as it is when read from a UTF-8 file: one flat string, one byte a character when it is
 * all ASCII. Built by concatenation, repetition or slicing, a string is a tree or a view of
 * another, slower to read a character at a time.
 */
function flat(text) {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** `unit` repeated to exactly SIZE code units. */
function fill(unit) {
  return flat(unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE));
}

function articles() {
  const texts = files.flatMap((name) =>
    readFileSync(new URL(name, dataDir), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line).article),
  );
  let text = '';
  for (let i = 0; text.length < SIZE; i++) text += `${texts[i % texts.length]}\n\n`;
  return flat(text.slice(0, SIZE));
}

const inputs = [];
if (files.length > 0) inputs.push(['news articles', articles()]);
else console.log(`No evaluation articles found in ${dataDir.pathname}: timing the built inputs only.`);
// The adversarial inputs of test/segment/linear-time.test.ts, at ten times the size.
inputs.push(
  ['no full stop', fill('word ')],
  ['only full stops', flat('.'.repeat(SIZE))],
  ['spaced dots', fill('. ')],
  ['one line, one token', flat('x'.repeat(SIZE))],
  ['one-word lines', fill('word\n')],
  ['blank lines', fill('a\r\n\r\n')],
  ['initials', fill('A. ')],
  ['acronyms', fill('U.S. ')],
  ['run-on sentences', fill('a.Bc ')],
  ['one dotted name', fill('a.Bc')],
  ['list markers', fill('1. ')],
  ['closers after stops', fill('a.)] " ')],
  ['spaced ellipses', fill('a. . . . ')],
  ['giant word, acronyms', flat(`At ${'x'.repeat(SIZE / 2)}${fill(' U.S. Senate').slice(0, SIZE / 2)}`)],
);

// Processor time as well as wall time, the best of RUNS runs each: on a loaded machine the wall clock
// mostly measures the other work.
console.log(
  'input'.padEnd(22) + 'MB'.padStart(6) + 'wall s'.padStart(9) + 'MB/s'.padStart(8) + 'cpu s'.padStart(8) + 'MB/s'.padStart(8) +
    'sentences'.padStart(11),
);
for (const [name, text] of inputs) {
  let seconds = Infinity;
  let cpuSeconds = Infinity;
  let count = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    count = splitSentences(text).length;
    const cpu = process.cpuUsage(cpuStarted);
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
    cpuSeconds = Math.min(cpuSeconds, (cpu.user + cpu.system) / 1e6);
  }
  const megabytes = text.length / (1024 * 1024);
  console.log(
    name.padEnd(22) +
      megabytes.toFixed(1).padStart(6) +
      seconds.toFixed(2).padStart(9) +
      (megabytes / seconds).toFixed(1).padStart(8) +
      cpuSeconds.toFixed(2).padStart(8) +
      (megabytes / cpuSeconds).toFixed(1).padStart(8) +
      String(count).padStart(11),
  );
}
