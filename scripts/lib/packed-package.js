// The files of one exact version of an npm package, for the generator scripts whose output is
// committed (the source data is needed only when a table is built again, so it is no
// devDependency: `npm ci` never resolves it). `npm pack` downloads the tarball without installing
// it, so no install script of the package runs, and the system's tar unpacks it into a temporary
// folder that the caller may delete.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Downloads NAME@VERSION (an exact version, never a range or a tag) and returns the folder of its
 * unpacked files (the tarball's `package/`).
 * @param {string} name
 * @param {string} version
 * @returns {string}
 */
export function packedPackage(name, version) {
  if (!/^\d+\.\d+\.\d+$/u.test(version)) throw new Error(`packedPackage: ${name}@${version} is not an exact version`);
  const dir = mkdtempSync(join(tmpdir(), 'summarize-source-'));
  execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', dir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const [tarball] = readdirSync(dir).filter((file) => file.endsWith('.tgz'));
  if (tarball === undefined) throw new Error(`packedPackage: npm pack ${name}@${version} wrote no tarball`);
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir]);
  return join(dir, 'package');
}
