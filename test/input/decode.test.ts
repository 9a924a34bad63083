import { describe, expect, it } from 'vitest';
import { decodeText, type DecodedText } from '../../src/input/decode.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const utf16le = (text: string): number[] => [0xff, 0xfe, ...Buffer.from(text, 'utf16le')];
const utf16be = (text: string): number[] => [0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()];

describe('decodeText', () => {
  it.each<[string, Uint8Array, DecodedText]>([
    ['UTF-8', bytes('Café — naïve.'), { text: 'Café — naïve.', encoding: 'utf-8', replaced: false }],
    ['a UTF-8 byte-order mark is removed', bytes([0xef, 0xbb, 0xbf], 'Hello.'), { text: 'Hello.', encoding: 'utf-8', replaced: false }],
    ['CRLF and CR are left to the library', bytes('A.\r\nB.\rC.'), { text: 'A.\r\nB.\rC.', encoding: 'utf-8', replaced: false }],
    ['UTF-16 LE with its byte-order mark', bytes(utf16le('Crème brûlée. 🍮')), { text: 'Crème brûlée. 🍮', encoding: 'utf-16le', replaced: false }],
    ['UTF-16 BE with its byte-order mark', bytes(utf16be('Crème brûlée. 🍮')), { text: 'Crème brûlée. 🍮', encoding: 'utf-16be', replaced: false }],
    ['UTF-16 cut in the middle of a character', bytes([...utf16le('Ab'), 0x43]), { text: 'Ab\ufffd', encoding: 'utf-16le', replaced: true }],
    [
      'Windows-1252: accents, curly quotes, the euro sign',
      bytes('Le caf', [0xe9], ' co', [0xfb], 'te 3 ', [0x80], ', dit-il ', [0x93], 'vraiment', [0x94], '.'),
      { text: 'Le café coûte 3 €, dit-il “vraiment”.', encoding: 'windows-1252', replaced: false },
    ],
    ['a byte Windows-1252 leaves undefined (0x81): UTF-8 with U+FFFD', bytes('Caf', [0xe9], ' ', [0x81], '.'), { text: 'Caf\ufffd \ufffd.', encoding: 'utf-8', replaced: true }],
    ['0x8D, 0x8F, 0x90 and 0x9D are undefined too', bytes([0x8d, 0x8f, 0x90, 0x9d]), { text: '\ufffd\ufffd\ufffd\ufffd', encoding: 'utf-8', replaced: true }],
    ['UTF-8 with one bad byte is damaged UTF-8, not Windows-1252', bytes('Crème brûlée ', [0xe9], '.'), { text: 'Crème brûlée \ufffd.', encoding: 'utf-8', replaced: true }],
    [
      'every byte Windows-1252 defines at 0x80-0x9F',
      bytes([0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f]),
      { text: '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ', encoding: 'windows-1252', replaced: false },
    ],
    ['UTF-16 LE without a byte-order mark, by its zero bytes', bytes([...Buffer.from('Hello, Zoë.', 'utf16le')]), { text: 'Hello, Zoë.', encoding: 'utf-16le', replaced: false, unmarked: true }],
    ['UTF-16 BE without a byte-order mark', bytes([...Buffer.from('Hello, Zoë.', 'utf16le').swap16()]), { text: 'Hello, Zoë.', encoding: 'utf-16be', replaced: false, unmarked: true }],
    ['a UTF-8 byte-order mark says UTF-8, whatever follows', bytes([0xef, 0xbb, 0xbf], 'Caf', [0xe9], '.'), { text: 'Caf\ufffd.', encoding: 'utf-8', replaced: true }],
  ])('%s', (_name, input, expected) => {
    expect(decodeText(input)).toEqual(expected);
  });

  it.each<[string, Uint8Array]>([
    ['a NUL byte in UTF-8', bytes('PK', [3, 4, 0, 0], 'data')],
    ['16-bit numbers, zero bytes on one side like UTF-16, but control characters', bytes([1, 0, 2, 0, 3, 0, 0x41, 0, 5, 0, 6, 0])],
    ['zero bytes on both sides', bytes([0x41, 0, 0, 0x42, 0x43, 0, 0, 0x44])],
    ['an odd number of bytes with zeros', bytes([0x41, 0, 0x42, 0, 0x43])],
    ['a NUL byte in Windows-1252 text', bytes('Caf', [0xe9, 0])],
  ])('refuses %s as binary', (_name, input) => {
    expect(() => decodeText(input)).toThrow(expect.objectContaining({ code: 'BINARY_INPUT' }));
  });
});
