'use strict';
/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: see below */
// Runs a CommonJS bundle of dist/bundle/ with the V8 code cache saved beside it at build time
// (scripts/bundle.js makes both). Nothing is written here: a cache V8 refuses (another Node
// version, other V8 flags) is only not used, and the bundle compiles as usual. CommonJS, as
// bin/summarize.js is: an ES module would bring up Node's ESM loader, a few milliseconds more.
const { readFileSync } = require('node:fs');
// Module.createRequire, the same function as node:module's: loading that module brings in parts of
// the ES module loader, about 1 ms of start-up.
const { createRequire } = module.constructor;
const { dirname } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

/** The name the bundle calls import() by: scripts/bundle.js turns its import() calls into calls of it. */
const importName = '__importModule';

/**
 * Built-in modules the bundle requires at its start but uses only for some options: commander's
 * child_process (executable subcommands, which summarize has none of), worker_threads and os (the
 * workers of --jsonl), crypto (the temporary name of --output), v8 (flags for a short input, which
 * loads Node's stream library with it). Each is loaded on first use of one of its exports: a few
 * milliseconds each.
 */
const lazyBuiltins = new Set(['node:child_process', 'node:worker_threads', 'node:os', 'node:crypto', 'node:v8']);

/** `require`, but a lazy built-in is an object that loads the module when first asked for an export. */
function lazyRequire(load) {
  return Object.assign((id) => {
    if (!lazyBuiltins.has(id)) return load(id);
    let loaded;
    const real = () => (loaded ??= load(id));
    return new Proxy(Object.create(null), {
      get: (_target, key) => real()[key],
      has: (_target, key) => key in real(),
      ownKeys: () => Reflect.ownKeys(real()),
      getOwnPropertyDescriptor: (_target, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
        return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
      },
    });
  }, load);
}

/**
 * The exports of the CommonJS bundle at `filename`, or undefined when there is none. With
 * `keep`, the compiled script too (as `script`), for scripts/bundle.js to make the cache from.
 * @param {string} filename
 * @returns {Record<string, any> | undefined}
 */
function loadBundle(filename, { keep = false } = {}) {
  let source;
  try {
    // ASCII, as scripts/bundle.js checks: read without decoding UTF-8.
    source = readFileSync(filename, 'latin1');
  } catch {
    return undefined;
  }
  let cachedData;
  try {
    cachedData = readFileSync(`${filename}.cache`);
  } catch {
    cachedData = undefined;
  }
  // CommonJS's wrapper, and one more argument: a script of node:vm has no import() of its own in
  // Node 20 (not without --experimental-vm-modules), so the bundle calls this function instead.
  const wrapped = `(function (exports, require, module, __filename, __dirname, ${importName}) {${source}\n})`;
  const script = new Script(wrapped, { filename, cachedData });
  const url = pathToFileURL(filename);
  const importModule = (specifier) => import(specifier.startsWith('.') ? new URL(specifier, url).href : specifier);
  const module = { exports: {} };
  const require = lazyRequire(createRequire(filename));
  script.runInThisContext().call(module.exports, module.exports, require, module, filename, dirname(filename), importModule);
  if (keep) Object.defineProperty(module.exports, 'script', { value: script });
  return module.exports;
}

module.exports = { importName, loadBundle };
