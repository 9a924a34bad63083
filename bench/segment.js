#!/usr/bin/env node
// Sentence segmentation speed: 10 MB of real news text (the evaluation articles in ../shared/data),
// then 10 MB inputs built to defeat a segmenter. Prints MB/s; never fails on time.
// Run after `npx tsc -p tsconfig.build.json`.
import { existsSync, readFileSync } from 'node:fs';
import { splitSentences } from '../dist/segment/index.js';

const SIZE = 10 * 1024 * 1024;
const dataDir = new URL('../../shared/data/', import.meta.url);
const files = ['cnndm-dev.jsonl', 'bbc-dev.jsonl', 'xsum-dev.jsonl'].filter((name) => existsSync(new URL(name, dataDir)));

/** `unit` repeated to exactly SIZE code units. */
function fill(unit) {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
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
  return text.slice(0, SIZE);
}

const inputs = [];
if (files.length > 0) inputs.push(['news articles', articles()]);
else console.log(`No evaluation articles found in ${dataDir.pathname}: timing the built inputs only.`);
inputs.push(
  ['no full stop', fill('word ')],
  ['only full stops', '.'.repeat(SIZE)],
  ['spaced dots', fill('. ')],
  ['one line, one token', 'x'.repeat(SIZE)],
  ['one-word lines', fill('word\n')],
  ['initials', fill('A. ')],
  ['run-on sentences', fill('a.Bc')],
);

console.log('input'.padEnd(22) + 'MB'.padStart(6) + 'seconds'.padStart(10) + 'MB/s'.padStart(8) + 'sentences'.padStart(12));
for (const [name, text] of inputs) {
  const started = performance.now();
  const count = splitSentences(text).length;
  const seconds = (performance.now() - started) / 1000;
  const megabytes = text.length / (1024 * 1024);
  console.log(
    name.padEnd(22) +
      megabytes.toFixed(1).padStart(6) +
      seconds.toFixed(2).padStart(10) +
      (megabytes / seconds).toFixed(1).padStart(8) +
      String(count).padStart(12),
  );
}
