import { describe, expect, it } from 'vitest';
import { colorLevel, styleFor, withoutColorVariables, type ColorLevel } from '../../src/cli/color.js';
import { plainStyle } from '../../src/format/index.js';

const pipe = { isTTY: false, depth: 1 };
const tty256 = { isTTY: true, depth: 8 };
const dumbTty = { isTTY: true, depth: 1 };

describe('colorLevel', () => {
  it.each<[string, boolean | undefined, NodeJS.ProcessEnv, typeof pipe, ColorLevel]>([
    ['a pipe gets none', undefined, {}, pipe, 0],
    ['a terminal gets what it reports', undefined, {}, tty256, 2],
    ['a terminal without colour (TERM=dumb) gets none', undefined, {}, dumbTty, 0],
    ['NO_COLOR turns a terminal off', undefined, { NO_COLOR: '1' }, tty256, 0],
    ['an empty NO_COLOR counts as unset', undefined, { NO_COLOR: '' }, tty256, 2],
    ['FORCE_COLOR=1 colours a pipe', undefined, { FORCE_COLOR: '1' }, pipe, 1],
    ['FORCE_COLOR=3 sets the level', undefined, { FORCE_COLOR: '3' }, pipe, 3],
    ['FORCE_COLOR above 3 is 3', undefined, { FORCE_COLOR: '9' }, pipe, 3],
    ['an empty FORCE_COLOR forces, as in chalk', undefined, { FORCE_COLOR: '' }, pipe, 1],
    ['FORCE_COLOR=true forces', undefined, { FORCE_COLOR: 'true' }, pipe, 1],
    ['FORCE_COLOR=0 turns a terminal off', undefined, { FORCE_COLOR: '0' }, tty256, 0],
    ['FORCE_COLOR=false turns a terminal off', undefined, { FORCE_COLOR: 'false' }, tty256, 0],
    ['FORCE_COLOR never lowers what a terminal shows', undefined, { FORCE_COLOR: '1' }, tty256, 2],
    ['FORCE_COLOR beats NO_COLOR, as in Node', undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, pipe, 1],
    ['--color colours a pipe', true, {}, pipe, 1],
    ['--color keeps a terminal depth', true, {}, tty256, 2],
    ['--color beats NO_COLOR', true, { NO_COLOR: '1' }, pipe, 1],
    ['--color beats FORCE_COLOR=0', true, { FORCE_COLOR: '0' }, pipe, 1],
    ['--no-color turns a terminal off', false, {}, tty256, 0],
    ['--no-color beats FORCE_COLOR (chalk lets FORCE_COLOR win)', false, { FORCE_COLOR: '3' }, tty256, 0],
  ])('%s', (_name, flag, env, terminal, level) => {
    expect(colorLevel(flag, env, terminal)).toBe(level);
  });
});

describe('withoutColorVariables', () => {
  it('keeps what describes the terminal and drops what colorLevel decides on', () => {
    expect(withoutColorVariables({ TERM: 'xterm', COLORTERM: 'truecolor', FORCE_COLOR: '1', NO_COLOR: '1', NODE_DISABLE_COLORS: '1' })).toEqual({ TERM: 'xterm', COLORTERM: 'truecolor' });
  });
});

describe('styleFor', () => {
  it('is plain at level 0', async () => {
    expect(await styleFor(0)).toBe(plainStyle);
  });

  it('writes escapes of the level asked for', async () => {
    expect((await styleFor(1)).keyword('x')).toBe('\u001b[33mx\u001b[39m');
    expect((await styleFor(3)).header('x').startsWith('\u001b[1m')).toBe(true);
  });
});
