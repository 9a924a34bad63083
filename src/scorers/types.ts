import type { Decision, Doc, Explanation } from '../types.js';

/**
 * Whether one more candidate still fits the budget, given those already chosen
 * (candidate positions). Built by the select stage from the {@link Budget}.
 *
 * The contract scorers rely on: `chosen` only grows, by appending, between calls; and the room
 * left only shrinks, so a candidate refused once stays refused as the summary grows.
 */
export type Fits = (chosen: readonly number[], next: number) => boolean;

/** One summarization algorithm. Every algorithm is one file and is listed once in the registry. */
export interface Scorer {
  /** The name `--algorithm` takes. */
  readonly name: string;
  /** One line for `--help`. */
  readonly description: string;
  /** One score per candidate (parallel to `doc.candidates`); larger is more salient. */
  score(doc: Doc): number[];
  /**
   * For methods whose selection is part of the method (SumBasic, KL-Sum, MMR): candidate
   * positions in the order chosen, asking `fits` before each. Without it, the select stage
   * takes the best scores that fit, skipping near-repeats; so it does when `choose` returns
   * undefined (a scorer that chooses for some documents only, as the adaptive default).
   */
  choose?(doc: Doc, scores: readonly number[], fits: Fits): number[] | undefined;
  /**
   * Why candidate `i` scored as it did (`--explain`): the factors of its score as this method
   * defines them, and the terms that weighed most in it. `scores` is what {@link score} returned.
   * Asked only for the chosen sentences, so it may recompute what `score` computed for all.
   */
  explain(doc: Doc, scores: readonly number[], i: number): Explanation;
  /** For a scorer that adapts to the document: what it measured and which treatment that chose (`Summary.decision`). */
  decide?(doc: Doc): Decision;
}
