import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorers } from '../../src/index.js';
import { root, summarize } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'summarize-completion-'));
let script = '';
beforeAll(async () => {
  const result = await summarize(['--completion', 'bash']);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  script = join(dir, 'summarize.bash');
  writeFileSync(script, result.stdout);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What bash completes for a command line whose last word is being typed, as Tab would. */
function complete(...words: string[]): string[] {
  const probe = `source ${JSON.stringify(script)}
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}
COMP_LINE="\${COMP_WORDS[*]}"; COMP_POINT=\${#COMP_LINE}
_summarize summarize "\${COMP_WORDS[COMP_CWORD]}" "\${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['--norc', '-c', probe], { cwd: root, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean);
}

describe('bash completion', () => {
  it('is registered for summarize', () => {
    const result = spawnSync('bash', ['--norc', '-c', `source ${JSON.stringify(script)}; complete -p summarize`], { encoding: 'utf8' });
    expect(result.stdout.trim()).toBe('complete -F _summarize summarize');
  });

  it('completes options', () => {
    expect(complete('summarize', '--alg')).toEqual(['--algorithm']);
    expect(complete('summarize', '--no-')).toEqual(['--no-header', '--no-color', '--no-html', '--no-markdown', '--no-progress']);
    expect(complete('summarize', '--ti')).toEqual(['--timeout']);
  });

  it('completes algorithm names from the registry', () => {
    expect(complete('summarize', '-a', '')).toEqual(scorers.map((s) => s.name));
    expect(complete('summarize', '--algorithm', 'te')).toEqual(['textrank']);
  });

  it('completes formats, orders and shells', () => {
    expect(complete('summarize', '-f', '')).toEqual(['text', 'plain', 'markdown', 'json', 'html']);
    expect(complete('summarize', '--format', 'm')).toEqual(['markdown']);
    expect(complete('summarize', '--order', '')).toEqual(['document', 'score']);
    expect(complete('summarize', '--completion', 'f')).toEqual(['fish']);
  });

  it('completes files, after options too, and nothing after an option that takes a number', () => {
    expect(complete('summarize', 'fixtures/cli/ar')).toEqual(['fixtures/cli/article.txt', 'fixtures/cli/articles.jsonl']);
    expect(complete('summarize', '-n', '2', 'fixtures/cli/sec')).toEqual(['fixtures/cli/second.txt']);
    expect(complete('summarize', '-o', 'fixtures/csto')).toEqual(['fixtures/csto-tokayev.txt']);
    expect(complete('summarize', '-n', '')).toEqual([]);
  });
});

describe('completion scripts', () => {
  it.each(['zsh', 'fish'])('%s lists every long option of --help, and the algorithms', async (shell) => {
    const [help, result] = await Promise.all([summarize(['--help']), summarize(['--completion', shell])]);
    expect(result.code).toBe(0);
    const longOptions = [...help.stdout.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gmu)].map((m) => m[1] ?? '');
    expect(longOptions.length).toBeGreaterThan(20);
    for (const option of longOptions) expect(result.stdout, option).toContain(shell === 'zsh' ? `'${option}[` : `-l ${option.slice(2)} `);
    for (const { name } of scorers) expect(result.stdout).toContain(name);
  });

  it('refuses a shell it has no script for (exit 2)', async () => {
    expect((await summarize(['--completion', 'tcsh'])).code).toBe(2);
  });
});
