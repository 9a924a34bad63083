export { summarize, split, analyse } from './summarize.js';
export { defaults, resolveOptions, type SummarizeOptions } from './options.js';
export { scorers, findScorer, type Scorer, type Fits } from './scorers/index.js';
export { SummarizeError } from './types.js';
export { validateOptions } from './validate.js';
export { collapseSpace, displayText } from './text.js';
export type { Budget, Doc, ErrorCode, Explanation, Keyphrase, ScoreFactor, SentenceExplanation, TermWeight, Keyword, Order, Role, Sentence, Span, Summary, SummarySentence, Token } from './types.js';
