// Runs a CommonJS bundle of dist/bundle/ with the V8 code cache saved beside it at build time.
// Nothing is written here: a cache V8 refuses is only not used (the tool writes no file but --output).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** The name the bundle calls import() by (see scripts/bundle.js). */
export const importName = '__importModule';

/**
 * The exports of the bundle at `url`, or undefined when there is none. With `keep`, also the
 * compiled script, for scripts/bundle.js to make the cache from after a warm-up run.
 * @param {URL} url
 * @returns {Record<string, any> | undefined}
 */
export function loadBundle(url, { keep = false } = {}) {
  const filename = fileURLToPath(url);
  let source;
  try {
    source = readFileSync(filename, 'utf8');
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
  // Node 20 (without --experimental-vm-modules), so scripts/bundle.js turns the bundle's import()
  // calls (chalk, the HTML and Markdown readers of dist/input/) into calls of this function.
  const wrapped = `(function (exports, require, module, __filename, __dirname, ${importName}) {${source}\n})`;
  const script = new Script(wrapped, { filename, cachedData });
  const module = { exports: {} };
  const importModule = (specifier) => import(specifier.startsWith('.') ? new URL(specifier, url).href : specifier);
  script.runInThisContext().call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename), importModule);
  if (keep) Object.defineProperty(module.exports, 'script', { value: script });
  return module.exports;
}
