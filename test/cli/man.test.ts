import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manPage } from '../../src/cli/man.js';
import { createProgram } from '../../src/cli/program.js';
import { root, summarize } from './run.js';

const built = readFileSync(join(root, 'man/summarize.1'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; man: string[] };

/** Every -x and --long-option a text names. */
function optionsIn(text: string): Set<string> {
  return new Set(text.match(/(?<![\w-])--?[a-zA-Z][\w-]*/gu) ?? []);
}

describe('man page', () => {
  it('is what the build generates from the program of --help, and package.json points npm at it', () => {
    expect(built).toBe(manPage(createProgram({ writeOut: () => undefined, writeErr: () => undefined }), pkg.version));
    expect(pkg.man).toEqual(['./man/summarize.1']);
  });

  it('has every option of --help, and no option --help lacks', async () => {
    const help = await summarize(['--help']);
    const page = spawnSync('groff', ['-man', '-Tascii', '-P-c', '-P-b', '-P-u', join(root, 'man/summarize.1')], { encoding: 'utf8' });
    expect(page.status).toBe(0);
    // Options in their own entries: the lines of OPTIONS that start an entry (-n, --sentences N).
    const helpOptions = new Set([...help.stdout.matchAll(/^ {2}((?:-\w, )?--[\w-]+)/gmu)].flatMap((m) => (m[1] ?? '').split(', ')));
    const options = page.stdout.slice(page.stdout.indexOf('OPTIONS'), page.stdout.indexOf('ALGORITHMS'));
    const manOptions = new Set([...options.matchAll(/^ {7}((?:-\w, )?--[\w-]+)/gmu)].flatMap((m) => (m[1] ?? '').split(', ')));
    expect(helpOptions.size).toBeGreaterThan(20);
    expect([...manOptions].sort()).toEqual([...helpOptions].sort());
    // And the rest of the page names no option that does not exist.
    for (const name of optionsIn(page.stdout.replace(/https?:\/\/\S+/gu, ''))) {
      if (name.startsWith('--') || /^-\w$/u.test(name)) expect(helpOptions.has(name) || ['-'].includes(name), name).toBe(true);
    }
  });

  it('renders without a warning from groff', () => {
    const result = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z', join(root, 'man/summarize.1')], { encoding: 'utf8' });
    expect(result).toMatchObject({ status: 0, stderr: '' });
  });

  it('documents every exit status of --help', async () => {
    const help = await summarize(['--help']);
    const codes = [...help.stdout.slice(help.stdout.indexOf('Exit status:')).matchAll(/^ +(\d+) /gmu)].map((m) => m[1]);
    expect(codes).toEqual(['0', '1', '2', '3', '4', '70']);
    for (const code of codes) expect(built).toContain(`.B ${code ?? ''}\n`);
  });
});
