import { describe, it } from 'vitest';
import { summarize } from './run.js';

/**
 * Whole runs of the built binary, stored as Markdown (command, exit code, stdout, stderr) so
 * that a change of behaviour is a diff to review. Regenerate on purpose: `npx vitest run test/cli -u`.
 */
const commands: string[][] = [
  ['--help'],
  ['fixtures/csto-tokayev.txt'],
  ['--split', 'fixtures/csto-tokayev.txt'],
  ['-a', 'lead', '--format', 'markdown', '-k', '5', 'fixtures/cli/article.txt'],
  ['--format', 'json', '-n', '2', 'fixtures/cli/second.txt'],
  ['-n', '1', 'fixtures/cli/article.txt', 'fixtures/cli/missing.txt', 'fixtures/cli/second.txt'],
  ['--jsonl', 'fixtures/cli/batch.jsonl'],
  ['--words', '2', 'fixtures/cli/second.txt'],
];

const fence = (text: string): string => `\`\`\`\n${text}${text.endsWith('\n') || text === '' ? '' : '\n'}\`\`\``;

describe.concurrent('snapshots', () => {
  it.for(commands.map((args) => [args.join(' '), args] as const))('summarize %s', async ([line, args], { expect }) => {
    const { stdout, stderr, code } = await summarize(args);
    const name = line.replace(/[^\w.]+/gu, '_').replace(/^_|_$/gu, '');
    const markdown = [`# summarize ${line}`, '', `Exit code: ${code}`, '', '## stdout', '', fence(stdout), '', '## stderr', '', fence(stderr), ''].join('\n');
    await expect(markdown).toMatchFileSnapshot(`__snapshots__/${name}.md`);
  });
});
