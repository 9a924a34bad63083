#!/usr/bin/env node
// The second step of `npm run build`, after tsc has built dist/: the bundles that the package
// ships. Each holds every package it uses, so the published package has no runtime dependencies
// (natural alone brings in about 130 packages, database clients among them, of which we use
// two stemmer files and a word list) and a user gets exactly the code CI tested.
//
//   dist/bundle/summarize.cjs        the CLI (dist/cli/main.js) and everything it loads on every
//                                    run, commander and natural's files included, as one CommonJS file
//   dist/bundle/summarize.cjs.cache  V8's code cache of it, made after a warm-up run
//   dist/bundle/BACKGROUND_*.txt     the tables of src/data/ and their hash indexes (.idx), which
//                                    both bundles read at their start
//   dist/bundle/jsonl-worker.js      the worker thread of --jsonl, as one ES module
//   dist/bundle/html.js, markdown.js the HTML and Markdown readers with their packages (Readability,
//                                    linkedom, mdast), ES modules that the CLI imports only when an
//                                    input needs them
//   dist/bundle/chalk.js             chalk, imported only when there is colour to write
//   dist/bundle/summarize-eval.js    the ROUGE scorer's CLI (bin/summarize-eval.js)
//   dist/bundle/vendor/              what only some runs need: natural's other stemmers,
//                                    stopwords-iso and franc-min (text in another language than
//                                    English), wink-nlp and its model (keyphrases, --explain)
//   dist/lib/index.js                the library (the package's main entry), one ES module
//   dist/THIRD-PARTY-NOTICES.md      the licence of every package any of these bundles holds
//
// Inside the CLI's bundle, packages that only some options use (ml-matrix) are wrapped so that
// their code runs on first use only. The bundles sit one level below dist/ like dist/cli/, so
// that the paths the modules build from their own location (../../package.json, ./jsonl-worker.js)
// lead to the same files.
//
// The cache is made here because the tool writes no file at run time but its --output. V8 checks
// the cache against its version, its flags and the source: when they differ the bundle is only
// compiled as usual.
//
// Usage: node scripts/bundle.js   (run from the repository root, after tsc)
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';
import loader from '../bin/load-bundle.cjs';
import { tableOf } from '../dist/data/background-table.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = join(dist, 'bundle');

/** Modules of dist/ that the CLI imports only for some inputs: each is a bundle of its own in dist/bundle/, by this name. */
const lazy = new Map(['input/html.js', 'input/markdown.js'].map((path) => [join(dist, path), basename(path)]));
/**
 * Packages the CLI imports only for some runs, each a bundle of its own in dist/bundle/ by this
 * name: chalk, for colour on a terminal. Inside the CLI's bundle, chalk's imports of node:tty,
 * node:os and node:process would be made at the bundle's start (a CommonJS bundle requires its
 * built-ins first), and node:tty loads Node's net and stream modules: about 5 ms of every run.
 */
const lazyPackages = new Map([['chalk', 'chalk.js']]);
const requireHere = createRequire(join(root, 'package.json'));

/**
 * Packages and files that only some runs require: text in a language other than English
 * (src/nlp/: stop words of 50 languages, 12 stemmers, a language identifier) and keyphrases or
 * --explain (src/nlp/wink.ts: wink-nlp and its English model, 4 MB). A plain English run reads none
 * of them. Each is a file of its own in dist/bundle/vendor/ (a CommonJS bundle, or the JSON file as
 * it is), which the bundles require by that path.
 */
const onDemand = /^(?:franc-min$|wink-nlp$|wink-eng-lite-web-model$|stopwords-iso\/|natural\/lib\/natural\/stemmers\/(?!porter_stemmer\.js$))/u;
const vendorFile = (id) => id.replace(/^natural\/lib\/natural\/stemmers\//u, 'natural-').replace(/\.js$/u, '').replace(/[^\w.-]+/gu, '-') + (id.endsWith('.json') ? '' : '.cjs');
/** The on-demand specifiers the bundles require, as the builds meet them. */
const vendored = new Set();

/** Whether an import stays an import (or require) at run time instead of going into the bundle: Node's built-ins, the lazy modules and the on-demand files. */
function external(id, importer) {
  if (id.startsWith('node:')) return true;
  if (onDemand.test(id)) return vendored.add(id), true;
  if (isAbsolute(id)) return lazy.has(id);
  if (id.startsWith('.')) return importer !== undefined && lazy.has(resolve(importer, '..', id));
  return false;
}

/**
 * `const require = createRequire(import.meta.url)` (natural's files and ml-matrix, required by path
 * and on first use: src/nlp/, src/scorers/lsa.ts) is left out, so that the bundler sees each
 * `require` and bundles what it names.
 */
const bundledRequires = {
  name: 'bundled-requires',
  transform(code, id) {
    if (!id.startsWith(dist)) return null;
    return code.replace(/^const require = createRequire\(import\.meta\.url\);$/mu, '');
  },
};

/**
 * A script of node:vm has no import() in Node 20 (see bin/load-bundle.cjs): in the CommonJS bundle,
 * an import() of a module left out calls the function bin/load-bundle.cjs passes in instead.
 */
const importsByLoader = {
  name: 'imports-by-loader',
  transform(code, id) {
    if (!id.startsWith(dist)) return null;
    return code.replace(/\bimport\((['"])([^'"]+)\1\)/gu, (call, quote, specifier) => {
      const name = specifier.startsWith('.') ? lazy.get(resolve(id, '..', specifier)) : lazyPackages.get(specifier);
      return name === undefined ? call : `${loader.importName}(${quote}./${name}${quote})`;
    });
  },
};

/** Modules of large string tables (src/data/), which the CommonJS bundle reads from files of their own instead. */
const tables = ['data/background-en.js', 'data/background-stems.js'].map((path) => join(dist, path));

/**
 * Each table of a table module goes to two files of dist/bundle/: its text (NAME.txt, ASCII) and
 * its hash index (NAME.idx, the Int32Array of src/data/background-table.ts), which the bundle reads
 * as bytes when it starts and uses as they are. In the bundle, a string literal of 870 KB would be
 * read with the source, copied out of the code cache and hashed; read as a string, each table is
 * still copied once more; and indexing it at start-up would cost more than all its look-ups.
 */
const tablesFromFiles = {
  name: 'tables-from-files',
  async load(id) {
    if (!tables.includes(id)) return null;
    const module = await import(pathToFileURL(id).href);
    const lines = Object.entries(module).map(([name, value]) => {
      if (typeof value !== 'string') return `export const ${name} = ${JSON.stringify(value)};`;
      if (/[\u0080-\uffff]/u.test(value)) throw new Error(`scripts/bundle.js: ${name} of ${id} is not ASCII`);
      const { bytes, slots } = tableOf(value);
      writeFileSync(join(out, `${name}.txt`), bytes);
      writeFileSync(join(out, `${name}.idx`), new Uint8Array(slots.buffer, slots.byteOffset, slots.byteLength));
      return `export const ${name} = { bytes: readFileSync(beside('${name}.txt')), slots: int32(readFileSync(beside('${name}.idx'))) };`;
    });
    // readFileSync gives a buffer of its own for a file this large, aligned for an Int32Array; copied if not.
    const int32 = 'function int32(b) { return b.byteOffset % 4 === 0 ? new Int32Array(b.buffer, b.byteOffset, b.length / 4) : new Int32Array(new Uint8Array(b).buffer); }';
    // The CommonJS bundle has __dirname (a URL from import.meta.url cost it half a millisecond); the worker's ES module has not.
    const beside = "function beside(name) { return typeof __dirname === 'string' ? join(__dirname, name) : new URL(name, import.meta.url); }";
    return `import { readFileSync } from 'node:fs';\nimport { join } from 'node:path';\n${int32}\n${beside}\n${lines.join('\n')}\n`;
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const common = { platform: 'node', external, logLevel: 'warn', cwd: root };
/** Where an on-demand file is, seen from a bundle in dist/bundle/ or from dist/lib/. */
const inBundle = (id) => (onDemand.test(id) ? `./vendor/${vendorFile(id)}` : id);
const inLib = (id) => (onDemand.test(id) ? `../bundle/vendor/${vendorFile(id)}` : id);
const built = [
  await build({ ...common, input: join(dist, 'cli/main.js'), plugins: [bundledRequires, importsByLoader, tablesFromFiles], output: { format: 'cjs', codeSplitting: false, charset: 'ascii', comments: { legal: true, annotation: false, jsdoc: false }, paths: inBundle, file: join(out, 'summarize.cjs') } }),
  await build({ ...common, input: join(dist, 'cli/jsonl-worker.js'), plugins: [bundledRequires, tablesFromFiles], output: { format: 'esm', codeSplitting: false, paths: inBundle, file: join(out, 'jsonl-worker.js') } }),
  ...(await Promise.all([...lazy, ...[...lazyPackages].map(([id, name]) => [requireHere.resolve(id), name])].map(([input, name]) => build({ ...common, input, output: { format: 'esm', codeSplitting: false, file: join(out, name) } })))),
  await build({ ...common, input: join(dist, 'cli/eval.js'), plugins: [bundledRequires], output: { format: 'esm', codeSplitting: false, paths: inBundle, file: join(out, 'summarize-eval.js') } }),
  await build({ ...common, input: join(dist, 'index.js'), plugins: [bundledRequires], output: { format: 'esm', codeSplitting: false, paths: inLib, file: join(dist, 'lib/index.js') } }),
];
mkdirSync(join(out, 'vendor'));
for (const id of [...vendored].sort()) {
  const file = join(out, 'vendor', vendorFile(id));
  if (id.endsWith('.json')) copyFileSync(requireHere.resolve(id), file);
  else built.push(await build({ platform: 'node', external: (dep) => dep.startsWith('node:'), logLevel: 'warn', cwd: root, input: requireHere.resolve(id), output: { format: 'cjs', codeSplitting: false, file } }));
}
writeFileSync(join(dist, 'THIRD-PARTY-NOTICES.md'), notices(built.flatMap((output) => output.output.flatMap((chunk) => chunk.moduleIds ?? []))));

/**
 * The licence notices of the packages whose code the bundles hold: each package's name, version,
 * licence and its licence file as shipped, in name order.
 * @param {string[]} moduleIds
 */
function notices(moduleIds) {
  const packages = new Map();
  for (const id of moduleIds) {
    const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//u.exec(id);
    if (match !== null) packages.set(match[1], undefined);
  }
  const sections = [...packages.keys()]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)/iu.test(name));
      if (typeof pkg.license !== 'string') throw new Error(`scripts/bundle.js: ${pkg.name} declares no licence`);
      // A package without a licence file (stopwords-iso) is named with the licence and author its package.json declares.
      const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
      const text = file === undefined ? `The package ships no licence file; its package.json declares the licence ${pkg.license}${author === undefined ? '' : `, author ${author}`}.` : readFileSync(join(dir, file), 'utf8').trim();
      return { name: pkg.name, text: `## ${pkg.name} ${pkg.version} (${pkg.license})\n\n\`\`\`\n${text}\n\`\`\`\n` };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return `# Third-party notices\n\nThe bundles of this package (dist/bundle/, dist/lib/) hold code of these packages, under these licences.\n\n${sections.map((section) => section.text).join('\n')}`;
}

// ASCII only (non-ASCII characters escaped, comments left out), so bin/load-bundle.cjs reads it as
// Latin-1: no UTF-8 to decode, and a string of one byte a character.
const bundle = join(out, 'summarize.cjs');
const nonAscii = /[\u0080-\uffff]/u.exec(readFileSync(bundle, 'utf8'));
if (nonAscii !== null) throw new Error(`scripts/bundle.js: ${bundle} is not ASCII (${JSON.stringify(nonAscii[0])}): bin/load-bundle.cjs reads it as Latin-1`);

// Warm-up: what a summary of an article runs, so that the cache holds those functions compiled.
const cli = loader.loadBundle(bundle, { keep: true });
const article = join(root, 'fixtures/csto-tokayev.txt');
const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
for (const argv of [[article], ['--format', 'json', '-'], ['--version']]) {
  const code = await cli.main({ argv, env: {}, stdin: Readable.from([readFileSync(article)]), stdout: sink(), stderr: process.stderr });
  if (code !== 0) throw new Error(`scripts/bundle.js: the warm-up run of summarize ${argv.join(' ')} exited ${code}`);
}
writeFileSync(`${bundle}.cache`, cli.script.createCachedData());
