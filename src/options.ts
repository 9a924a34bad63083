import type { Budget, Order } from './types.js';

/** Options of {@link summarize}. Every one has its default in {@link defaults}. */
export interface SummarizeOptions {
  /**
   * How long the summary may be.
   * @default { kind: 'sentences', value: 3 }
   */
  budget: Budget;
  /**
   * The scorer, by its registry name (`summarize --help` lists them).
   * @default 'default'
   */
  algorithm: string;
  /**
   * `document`: chosen sentences in their original order; `score`: most salient first.
   * @default 'document'
   */
  order: Order;
  /**
   * How many keywords to return.
   * @default 10
   */
  keywords: number;
  /**
   * Treat a first line that stands alone as the title (context, never a summary sentence).
   * @default true
   */
  detectTitle: boolean;
  /**
   * Detect page chrome (navigation, teasers, repeated lines) and leave it out.
   * @default true
   */
  detectChrome: boolean;
  /**
   * The text's language, an ISO 639-1 code (docs/languages.md), or `auto` to detect it.
   * @default 'auto'
   */
  language: string;
  /**
   * How many keyphrases to return in `keyphrases` (0: none, and the part-of-speech tagger is not
   * loaded). English text of at most 2,000 words takes its candidates from wink-nlp's noun phrases,
   * loaded on first use (synchronously, about 0.15 s of CPU once per process); longer text and other
   * languages from runs of content words.
   * @default 0
   */
  keyphrases: number;
  /**
   * Give each chosen sentence an `explanation`: its rank and the factors of its score.
   * @default false
   */
  explain: boolean;
}

/** Every default, in one place. */
export const defaults: Readonly<SummarizeOptions> = Object.freeze({
  budget: Object.freeze({ kind: 'sentences', value: 3 }) as Budget,
  algorithm: 'default',
  order: 'document',
  keywords: 10,
  detectTitle: true,
  detectChrome: true,
  language: 'auto',
  keyphrases: 0,
  explain: false,
});

/** Fill unset options from {@link defaults}. */
export function resolveOptions(options: Partial<SummarizeOptions> = {}): SummarizeOptions {
  const resolved: SummarizeOptions = { ...defaults };
  for (const [key, value] of Object.entries(options) as [keyof SummarizeOptions, unknown][]) {
    if (value !== undefined) (resolved as unknown as Record<string, unknown>)[key] = value;
  }
  return resolved;
}
