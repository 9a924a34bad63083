import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quote, root, sh, type Result } from '../cli/run.js';

// The package as a user gets it: `npm pack`, then `npm install -g` of the tarball into an empty
// prefix. It has no runtime dependencies (scripts/bundle.js bundles them), so the install needs no
// registry: --offline, with an empty cache of its own.
const tmp = mkdtempSync(join(tmpdir(), 'summarize-pack-'));
const prefix = join(tmp, 'prefix');
const npmEnv = { HOME: tmp, npm_config_cache: join(tmp, 'cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
const npm = (args: string): Promise<Result> => sh(`npm ${args}`, { env: npmEnv });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; dependencies?: Record<string, string> };
const installed = join(prefix, 'lib/node_modules', pkg.name);

let packed: string[] = [];
beforeAll(async () => {
  const listing = await npm('pack --dry-run --json --ignore-scripts');
  expect(listing.code, listing.stderr).toBe(0);
  packed = (JSON.parse(listing.stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
  const pack = await npm(`pack --ignore-scripts --pack-destination ${quote(tmp)}`);
  expect(pack.code, pack.stderr).toBe(0);
  const [tarball] = readdirSync(tmp).filter((name) => name.endsWith('.tgz'));
  const install = await npm(`install -g --offline --ignore-scripts --prefix ${quote(prefix)} ${quote(join(tmp, tarball!))}`);
  expect(install.code, install.stderr).toBe(0);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm pack', () => {
  it('ships the bundles, the types, README, LICENSE, CHANGELOG and the licence notices', () => {
    for (const path of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'man/summarize.1', 'bin/summarize.js', 'bin/summarize-eval.js', 'dist/bundle/summarize.cjs', 'dist/bundle/summarize.cjs.cache', 'dist/bundle/jsonl-worker.js', 'dist/bundle/html.js', 'dist/bundle/markdown.js', 'dist/lib/index.js', 'dist/index.d.ts', 'dist/THIRD-PARTY-NOTICES.md']) {
      expect(packed).toContain(path);
    }
  });

  it('ships no tests, benches, scripts, CI, fixtures, sources or unbundled build output', () => {
    const unwanted = packed.filter((path) => /^(?:test|bench|scripts|\.ci|fixtures|src|docs)\//u.test(path) || (path.startsWith('dist/') && path.endsWith('.js') && !/^dist\/(?:bundle|lib)\//u.test(path)));
    expect(unwanted).toEqual([]);
  });

  it('has no runtime dependencies: everything it runs is in its bundles', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
  });
});

describe('installed from the tarball into an empty prefix', () => {
  it('summarizes the example as the repository build does', async () => {
    const expected = await sh('node bin/summarize.js fixtures/csto-tokayev.txt');
    const result = await sh(`${quote(join(prefix, 'bin/summarize'))} fixtures/csto-tokayev.txt`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('No time to read? Get a summary');
    expect(result.stdout).toBe(expected.stdout);
  });

  it.each<[string, string]>([
    ['a web page (the HTML reader)', '-n 1 --format plain fixtures/pages/blog-sourdough-starter.html'],
    ['Markdown (the Markdown reader)', "--markdown --format plain -n 1 fixtures/cli/article.txt"],
    ['--jsonl on worker threads', '--jsonl --jobs 2 fixtures/cli/batch.jsonl'],
    ['LSA (ml-matrix)', '-a lsa --format json fixtures/csto-tokayev.txt'],
    ...['de', 'fr', 'id', 'no', 'ru', 'zh'].map((code): [string, string] => [`text in ${code} (dist/bundle/vendor/)`, `--format json -k 5 fixtures/languages/${code}.txt`]),
    ['a language named by --language', '--language pt --format json fixtures/languages/pt.txt'],
  ])('%s: as the repository build does', async (_name, args) => {
    const expected = await sh(`node bin/summarize.js ${args}`);
    const result = await sh(`${quote(join(prefix, 'bin/summarize'))} ${args}`);
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(result.code).toBe(expected.code);
    expect(result).toEqual(expected);
  });

  it('installs the man page where man finds it, and prints its shell completion', async () => {
    expect(readFileSync(join(prefix, 'share/man/man1/summarize.1'), 'utf8')).toMatch(/^\.TH SUMMARIZE 1/mu);
    const completion = await sh(`${quote(join(prefix, 'bin/summarize'))} --completion bash`);
    expect(completion.code, completion.stderr).toBe(0);
    expect(completion.stdout).toMatch(/complete -F _summarize/u);
  });

  it('gives the library by its package name', async () => {
    const script = `import { summarize } from '${pkg.name}';
      const one = { budget: { kind: 'sentences', value: 1 } };
      console.log(summarize('Cats sleep a lot. Dogs bark at night. Cats and dogs share homes.', one).sentences.length);
      console.log(summarize('Die Katzen schlafen viel. Die Hunde bellen in der Nacht. Katzen und Hunde teilen sich ein Haus.', one).language.code);`;
    const result = await sh(`cd ${quote(join(prefix, 'lib'))} && node --input-type=module -e ${quote(script)}`);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('1\nde\n');
  });

  it('runs summarize-eval', async () => {
    const result = await sh(`${quote(join(prefix, 'bin/summarize-eval'))} --version`);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${pkg.version}\n`);
  });
});
