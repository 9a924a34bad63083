import { LANGUAGES, languageInfo } from './lang/languages.js';
import type { SummarizeOptions } from './options.js';
import { SummarizeError, type Budget } from './types.js';

/** What each numeric option takes, in the words every message uses (the CLI's usage errors too). */
export const allowedValues: Readonly<Record<Budget['kind'] | 'keywords' | 'keyphrases', string>> = {
  sentences: 'a whole number of at least 1',
  ratio: 'a number greater than 0 and at most 1',
  words: 'a whole number of at least 1',
  chars: 'a whole number of at least 1',
  keywords: 'a whole number of at least 0',
  keyphrases: 'a whole number of at least 0',
};

const budgetKinds: ReadonlySet<unknown> = new Set(['sentences', 'ratio', 'words', 'chars']);

/**
 * Reject option values the library cannot honour, with a message that says what is allowed.
 * Values of the wrong type (from JavaScript, or parsed JSON) are refused the same way, never
 * with a TypeError.
 */
export function validateOptions(options: SummarizeOptions): void {
  const bad = (message: string): never => {
    throw new SummarizeError('INVALID_OPTION', message);
  };
  const budget: unknown = options.budget;
  if (typeof budget !== 'object' || budget === null || !budgetKinds.has((budget as Budget).kind)) {
    bad(`budget must be {kind: 'sentences', 'ratio', 'words' or 'chars', value: a number}, not ${show(budget)}`);
  }
  const { kind, value } = budget as Budget;
  if (!isAllowed(kind, value)) bad(`${kind} must be ${allowedValues[kind]}, not ${show(value)}`);
  if (!isAllowed('keywords', options.keywords)) bad(`keywords must be ${allowedValues.keywords}, not ${show(options.keywords)}`);
  if (!isAllowed('keyphrases', options.keyphrases)) bad(`keyphrases must be ${allowedValues.keyphrases}, not ${show(options.keyphrases)}`);
  if (typeof options.explain !== 'boolean') bad(`explain must be true or false, not ${show(options.explain)}`);
  if (options.order !== 'document' && options.order !== 'score') bad(`order must be 'document' or 'score', not ${show(options.order)}`);
  if (typeof options.algorithm !== 'string') bad(`algorithm must be the name of an algorithm, not ${show(options.algorithm)}`);
  if (typeof options.language !== 'string' || (options.language !== 'auto' && languageInfo(options.language) === undefined)) {
    bad(`language must be 'auto' or one of ${LANGUAGES.map((l) => l.code).join(', ')}, not ${show(options.language)}`);
  }
  for (const flag of ['detectTitle', 'detectChrome'] as const) {
    if (typeof options[flag] !== 'boolean') bad(`${flag} must be true or false, not ${show(options[flag])}`);
  }
}

/**
 * Whether an option takes the value. Whole numbers may be as large as a number gets (`1e20`
 * sentences is all of them); Infinity and NaN are not numbers an option takes.
 */
export function isAllowed(option: keyof typeof allowedValues, value: unknown): boolean {
  if (typeof value !== 'number') return false;
  if (option === 'ratio') return value > 0 && value <= 1;
  return Number.isInteger(value) && value >= (option === 'keywords' || option === 'keyphrases' ? 0 : 1);
}

/** A value as a message shows it: never throws, never long. */
export function show(value: unknown): string {
  const cut = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
  if (typeof value === 'string') return `'${cut(value)}'`;
  if (typeof value === 'function') return 'a function';
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    const json = JSON.stringify(value) as string | undefined;
    if (json !== undefined) return cut(json);
  } catch {
    // A cycle or a BigInt inside: name the kind of object instead.
  }
  return Object.prototype.toString.call(value);
}
