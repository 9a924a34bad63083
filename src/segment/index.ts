export { splitSentences } from './split-sentences.js';
export { isTokenizedStyle } from './tokenized-style.js';
