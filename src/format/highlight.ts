import type { Summary } from '../types.js';

/** A stretch of the input: chosen for the summary (`index`: the sentence's) or not. */
export interface Piece {
  text: string;
  chosen: boolean;
  /** The sentence's index, for a chosen piece. */
  index?: number;
}

/**
 * The whole input cut into stretches at the chosen sentences' offsets, in document order: what
 * `--highlight` and the HTML page show, each format marking the chosen stretches its own way.
 */
export function pieces(input: string, summary: Summary): Piece[] {
  const chosen = [...summary.sentences].sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let at = 0;
  for (const s of chosen) {
    if (s.start < at || s.end > input.length) continue;
    if (s.start > at) out.push({ text: input.slice(at, s.start), chosen: false });
    out.push({ text: input.slice(s.start, s.end), chosen: true, index: s.index });
    at = s.end;
  }
  if (at < input.length) out.push({ text: input.slice(at), chosen: false });
  return out;
}
