import { plainStyle, type Style } from '../format/index.js';

/** chalk's levels: none, 16 colours, 256, 16 million. */
export type ColorLevel = 0 | 1 | 2 | 3;

/** What stdout is: a terminal or not, and the colour depth it reports in bits (1, 4, 8 or 24). */
export interface Terminal {
  isTTY: boolean;
  depth: number;
}

/**
 * How much colour to write. The command line beats the environment, FORCE_COLOR beats NO_COLOR
 * (as in Node itself), and otherwise colour goes only to a terminal, as deep as it reports.
 * chalk's own detection is not used: it reads --color from process.argv behind commander's back,
 * lets FORCE_COLOR override --no-color, and ignores NO_COLOR.
 */
export function colorLevel(flag: boolean | undefined, env: NodeJS.ProcessEnv, terminal: Terminal): ColorLevel {
  const detected = terminal.isTTY ? levelOfDepth(terminal.depth) : 0;
  if (flag !== undefined) return flag ? Math.max(detected, 1) as ColorLevel : 0;
  const forced = forcedLevel(env.FORCE_COLOR);
  if (forced !== undefined) return forced === 0 ? 0 : Math.max(forced, detected) as ColorLevel;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return detected;
}

/** FORCE_COLOR as chalk reads it: `0`/`false` off, empty/`true` level 1, a number that level (at most 3). */
function forcedLevel(value: string | undefined): ColorLevel | undefined {
  if (value === undefined) return undefined;
  if (value === 'false') return 0;
  const level = Number.parseInt(value, 10);
  return Number.isNaN(level) ? 1 : Math.min(Math.max(level, 0), 3) as ColorLevel;
}

function levelOfDepth(bits: number): ColorLevel {
  if (bits >= 24) return 3;
  if (bits >= 8) return 2;
  return bits >= 4 ? 1 : 0;
}

/** The environment without the variables {@link colorLevel} decides on, for asking a terminal only what it can show. */
export function withoutColorVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _force, NO_COLOR: _no, NODE_DISABLE_COLORS: _disable, ...rest } = env;
  return rest;
}

/** The styles of the text format at that level; chalk is loaded only when there is colour to write. */
export async function styleFor(level: ColorLevel): Promise<Style> {
  if (level === 0) return plainStyle;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level });
  return { header: chalk.bold.underline, sentence: chalk.cyan, keyword: chalk.yellow, note: chalk.dim, mark: chalk.bold.yellow };
}
