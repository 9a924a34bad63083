import { describe, expect, it } from 'vitest';
import { sh } from './cli/run.js';

// The speed benchmark runs in CI only as a smoke test: small inputs, one run. Its figures are
// printed, never checked: timings on a shared machine would make the build flaky.
describe('bench/speed.js --quick', () => {
  it('prints a table of start-up, large-input and corpus figures', { timeout: 180_000 }, async () => {
    const { stdout, stderr, code } = await sh('node bench/speed.js --quick', { env: { HOME: process.env.HOME ?? '/tmp' } });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^summarize speed: Node v\d+/u);
    expect(lines).toContain(lines.find((l) => /^\| case +\| what +\| command +\| CPU s +\| wall s +\| max RSS MB +\| MB\/CPU s +\| vs baseline +\|$/u.test(l)));
    for (const what of ["`node -e ''`", '`summarize fixtures/csto-tokayev.txt`', '`summarize .bench-data/article-5k.txt`', '`wc -w text-100k.txt`', '`summarize -n 10 text-100k.txt`', '--jsonl --jobs 1']) {
      expect(lines.some((l) => l.startsWith('|') && l.includes(what))).toBe(true);
    }
    // Every figure of a row is a number (or n/a where the machine has no GNU time).
    for (const row of lines.filter((l) => /^\| (?:start-up|large input|corpus) /u.test(l))) {
      const cells = row.split('|').map((c) => c.trim());
      expect(cells[4]).toMatch(/^\d+\.\d{3}$/u);
      expect(cells[5]).toMatch(/^\d+\.\d{3}$/u);
      expect(cells[6]).toMatch(/^(?:\d+|n\/a)$/u);
    }
    expect(stdout).toContain('output is byte-identical to --jobs 1');
  });
});
