import type { SummarizeOptions } from './options.js';
import { SummarizeError } from './types.js';

/** Reject option values the library cannot honour, with a message that says what is allowed. */
export function validateOptions(options: SummarizeOptions): void {
  const { budget } = options;
  const bad = (message: string): never => {
    throw new SummarizeError('INVALID_OPTION', message);
  };
  if (budget.kind === 'ratio') {
    if (!(Number.isFinite(budget.value) && budget.value > 0 && budget.value <= 1)) bad(`ratio must be a number greater than 0 and at most 1, not ${budget.value}`);
  } else if (!(Number.isSafeInteger(budget.value) && budget.value > 0)) {
    bad(`${budget.kind} must be a whole number of at least 1, not ${budget.value}`);
  }
  if (!(Number.isSafeInteger(options.keywords) && options.keywords >= 0)) bad(`keywords must be a whole number of at least 0, not ${options.keywords}`);
  if (options.order !== 'document' && options.order !== 'score') bad(`order must be 'document' or 'score', not '${String(options.order)}'`);
}
