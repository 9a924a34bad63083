#!/usr/bin/env node
// The HTML page as a person sees it: headless Chromium opens `summarize --format html` of the
// example article, takes a screenshot, and this script compares it with the reviewed one in
// docs/html-page.png (same size, at most 2% of pixels differing by more than a little: fonts and
// anti-aliasing vary between machines). It also opens a page made from a hostile article
// (<script>, an <img onerror>) and checks from the DOM Chromium built that no element came from
// the input and no script ran.
//
//   node scripts/check-html.js            check; exit 1 on a failed check, 2 when Chromium is absent
//   node scripts/check-html.js --update   write docs/html-page.png anew (review it before committing)
//
// Needs Debian's chromium (apt-get install chromium) and a build (npm run build). Not part of npm test.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const reference = join(root, 'docs/html-page.png');
const update = process.argv.includes('--update');
const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((name) => spawnSync(name, ['--version']).status === 0);
if (chromium === undefined) {
  console.error('check-html: Chromium is not installed (Debian: apt-get install chromium); nothing checked.');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'summarize-html-'));
let failed = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed++;
};
const headless = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1', '--default-background-color=ffffffff', `--user-data-dir=${join(dir, 'profile')}`];
const summarize = (...args) => execFileSync(process.execPath, [join(root, 'bin/summarize.js'), ...args], { encoding: 'utf8' });

try {
  // 1. The example article: screenshot, compared with the reviewed one.
  const page = join(dir, 'page.html');
  writeFileSync(page, summarize('--format', 'html', '-k', '8', join(root, 'fixtures/csto-tokayev.txt')));
  const shot = join(dir, 'page.png');
  spawnSync(chromium, [...headless, `--screenshot=${shot}`, '--window-size=900,1200', pathToFileURL(page).href], { stdio: 'ignore', timeout: 60_000 });
  check(existsSync(shot), 'Chromium took a screenshot of the page');
  if (existsSync(shot)) {
    if (update) {
      copyFileSync(shot, reference);
      console.log(`wrote ${reference}: review it before committing`);
    } else {
      const a = decodePng(readFileSync(shot));
      const b = decodePng(readFileSync(reference));
      check(a.width === b.width && a.height === b.height, `same size as docs/html-page.png (${a.width}×${a.height})`);
      if (a.width === b.width && a.height === b.height) {
        const share = differing(a, b);
        check(share <= 0.02, `at most 2% of pixels differ from docs/html-page.png (${(share * 100).toFixed(2)}%)`);
      }
      // The marks are there: pixels of the mark's yellow (#fff3a3) in the article.
      check(count(a, [0xff, 0xf3, 0xa3]) > 1000, 'the chosen sentences are marked in yellow');
    }
  }
  const dom = dump(page);
  check((dom.match(/<mark id="s\d+">/gu) ?? []).length === 3, 'three sentences in <mark>, one per summary sentence');
  check((dom.match(/<a href="#s\d+">/gu) ?? []).length === 3, 'each summary sentence links to its mark');

  // 2. A hostile article: nothing of it runs.
  const hostile = join(dir, 'hostile.txt');
  writeFileSync(hostile, 'Council <script>document.title="pwned"</script> approves bridge\n\nThe council approved the new bridge <img src=x onerror="document.body.dataset.pwned=1"> on Monday after a long debate.\nMembers said the bridge <script>document.body.dataset.pwned=1</script> would cost more than expected.\n');
  const bad = join(dir, 'hostile.html');
  writeFileSync(bad, summarize('--format', 'html', '--highlight', hostile));
  const hostileDom = dump(bad);
  check(!/<script/iu.test(hostileDom.replace(/&lt;script/giu, '')), 'hostile: no <script> element in the DOM');
  check(!/<img/iu.test(hostileDom), 'hostile: no <img> element in the DOM');
  check(!/data-pwned|<title>pwned/iu.test(hostileDom), 'hostile: no script ran');
  check(hostileDom.includes('&lt;script&gt;document.title="pwned"&lt;/script&gt;') || hostileDom.includes('&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;'), 'hostile: the markup is shown as text');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(failed === 0 ? 'check-html: all checks passed' : `check-html: ${failed} check(s) failed`);
process.exit(failed === 0 ? 0 : 1);

/** The DOM after Chromium loaded the page (and ran whatever it would run). */
function dump(file) {
  return execFileSync(chromium, [...headless, '--dump-dom', pathToFileURL(file).href], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });
}

/** Share of pixels whose colour differs by more than 48 in some channel. */
function differing(a, b) {
  let n = 0;
  for (let i = 0; i < a.pixels.length; i += 4) {
    if (Math.abs(a.pixels[i] - b.pixels[i]) > 48 || Math.abs(a.pixels[i + 1] - b.pixels[i + 1]) > 48 || Math.abs(a.pixels[i + 2] - b.pixels[i + 2]) > 48) n++;
  }
  return n / (a.width * a.height);
}

function count(image, [r, g, b]) {
  let n = 0;
  for (let i = 0; i < image.pixels.length; i += 4) if (Math.abs(image.pixels[i] - r) < 6 && Math.abs(image.pixels[i + 1] - g) < 6 && Math.abs(image.pixels[i + 2] - b) < 6) n++;
  return n;
}

/** A PNG of 8-bit RGB or RGBA, not interlaced (what Chromium writes), as RGBA pixels. */
function decodePng(buffer) {
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const depth = buffer[24];
  const type = buffer[25];
  if (depth !== 8 || (type !== 2 && type !== 6) || buffer[28] !== 0) throw new Error(`check-html: unsupported PNG (depth ${depth}, colour type ${type})`);
  const channels = type === 6 ? 4 : 3;
  const chunks = [];
  for (let at = 8; at < buffer.length; ) {
    const length = buffer.readUInt32BE(at);
    const name = buffer.toString('latin1', at + 4, at + 8);
    if (name === 'IDAT') chunks.push(buffer.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const rows = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? rows[y * stride + x - channels] : 0;
      const up = y > 0 ? rows[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? rows[(y - 1) * stride + x - channels] : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      rows[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  const pixels = Buffer.alloc(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += channels) {
    pixels[i * 4] = rows[j];
    pixels[i * 4 + 1] = rows[j + 1];
    pixels[i * 4 + 2] = rows[j + 2];
    pixels[i * 4 + 3] = channels === 4 ? rows[j + 3] : 255;
  }
  return { width, height, pixels };
}
