/**
 * FNV-1a over 32 bits, kept a signed integer (which the engine keeps unboxed): the hash of
 * tokenize's table of word forms and of the background tables' index. The two functions give the
 * same hash for a string of code units below 256 and for its bytes, so a key looked up as a string
 * finds the line indexed as bytes (src/data/background-table.ts).
 */
export function hashOf(text: string, start: number, end: number): number {
  let hash = offset;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), prime);
  return hash;
}

/** {@link hashOf} over bytes. */
export function hashOfBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = offset;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] as number), prime);
  return hash;
}

const offset = 0x811c9dc5 | 0;
const prime = 0x01000193;
