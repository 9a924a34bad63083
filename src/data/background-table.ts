import { hashOf, hashOfBytes } from '../hash.js';

/**
 * A table of lines, each a key, then a space and its value or nothing (`"abandoned 2"`, `"aah"`),
 * as ASCII bytes with a hash index of its keys. A summary looks up a few hundred keys in tables of
 * tens of thousands of lines: parsing them into a Map at start-up cost tens of milliseconds, and a
 * binary search over the text as a string cost a few (sixteen steps a key, in code not yet
 * optimised, and a copy of the text into a string). The CLI's bundle reads both parts from files
 * made at build time (scripts/bundle.js); the library builds the index on first use.
 */
export interface Table {
  readonly bytes: Uint8Array;
  /**
   * Open addressing with linear probing, a power of two long and at most half full: each slot
   * holds the offset of a line plus one, or 0 when empty. Slots are found by the key's FNV-1a hash (src/hash.ts).
   */
  readonly slots: Int32Array;
}

/** The table of `text`, indexed; a table already indexed (as the bundle reads them) is returned as it is. */
export function tableOf(text: string | Table): Table {
  if (typeof text !== 'string') return text;
  const bytes = new TextEncoder().encode(text);
  const starts: number[] = [];
  for (let at = 0; at < bytes.length; ) {
    // A line without a key (an empty one) is never looked up.
    if (bytes[at] !== space && bytes[at] !== newline) starts.push(at);
    const end = bytes.indexOf(newline, at);
    at = end < 0 ? bytes.length : end + 1;
  }
  let size = 2;
  while (size < 2 * starts.length) size *= 2;
  const slots = new Int32Array(size);
  for (const start of starts) {
    let end = start;
    while (end < bytes.length && bytes[end] !== space && bytes[end] !== newline) end++;
    let slot = hashOfBytes(bytes, start, end) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = start + 1;
  }
  return { bytes, slots };
}

/** The value of `key` in the table: '' for a key alone on its line, undefined for a key not in the table. */
export function lookUp(table: Table, key: string): string | undefined {
  const { bytes, slots } = table;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    // The table is ASCII, and a key ends at a space or a line break.
    if (c >= 0x80 || c === space || c === newline) return undefined;
  }
  const mask = slots.length - 1;
  for (let slot = hashOf(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
    const start = (slots[slot] as number) - 1;
    if (start < 0) return undefined;
    const end = start + key.length;
    if (end <= bytes.length && (end === bytes.length || bytes[end] === space || bytes[end] === newline) && sameKey(bytes, start, key)) return valueAt(bytes, end);
  }
}

function sameKey(bytes: Uint8Array, start: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) if (bytes[start + i] !== key.charCodeAt(i)) return false;
  return true;
}

/** The rest of the line after the key ending at `end`. Values are a few characters: read one at a time. */
function valueAt(bytes: Uint8Array, end: number): string {
  let value = '';
  if (bytes[end] !== space) return value;
  for (let i = end + 1; i < bytes.length && bytes[i] !== newline; i++) value += String.fromCharCode(bytes[i] as number);
  return value;
}

const space = 0x20;
const newline = 0x0a;
