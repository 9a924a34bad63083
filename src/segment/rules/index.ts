import type { Rule } from '../types.js';
import { breakAtBlankLines } from './break-at-blank-lines.js';
import { breakAtTerminal } from './break-at-terminal.js';
import { breakBeforeLeadingEllipses } from './break-before-leading-ellipses.js';
import { breakBeforeListItems } from './break-before-list-items.js';
import { breakTokenizedStops } from './break-tokenized-stops.js';
import { breakUnpunctuatedLines } from './break-unpunctuated-lines.js';
import { mergeAbbreviations } from './merge-abbreviations.js';
import { mergeAcronyms } from './merge-acronyms.js';
import { mergeEllipses } from './merge-ellipses.js';
import { mergeInitials } from './merge-initials.js';
import { mergeInterjections } from './merge-interjections.js';
import { mergeListMarkers } from './merge-list-markers.js';
import { mergePrepositionalFragments } from './merge-prepositional-fragments.js';
import { mergeQuotedSentences } from './merge-quoted-sentences.js';
import { mergeWrappedLines } from './merge-wrapped-lines.js';

/**
 * The sentence-boundary rules, in the order they run on each boundary. The last rule with an
 * opinion decides, so each rule is an exception to the ones above it.
 */
export const RULES: readonly Rule[] = [
  // A mark followed by white space ends a sentence: the default everything below refines.
  breakAtTerminal,
  // Headlines, bylines and page chrome carry no final punctuation but end at their line break.
  breakUnpunctuatedLines,
  // ... except hard-wrapped prose, whose single line breaks are only white space.
  mergeWrappedLines,
  // "Yahoo! in", "Run!" she screamed: ? and ! before lower case do not end a sentence.
  mergeInterjections,
  // 'This is great.' she said: a quoted or bracketed sentence before lower case is inside another.
  mergeQuotedSentences,
  // Mr. Smith, Sept. 5, Inc. reported, e.g. an apple: listed abbreviations, by kind.
  mergeAbbreviations,
  // the U.S. economy, the U.S. Senate, but "to the U.S. Then".
  mergeAcronyms,
  // J. R. R. Tolkien, Albert I. Jones, but "you and I. Did".
  mergeInitials,
  // "thinking... maybe" and "[...]" are pauses; "Wait for it... The answer" is an end.
  mergeEllipses,
  // "compounds. . . . The practice": the ellipsis opens the next sentence.
  breakBeforeLeadingEllipses,
  // "At 5 a.m. Mr. Smith went": a fronted phrase alone is no sentence, so the stop is the abbreviation's.
  mergePrepositionalFragments,
  // "1. Open the box": a list marker's full stop, whatever the abbreviation rules made of it.
  mergeListMarkers,
  // Tokenized text has told its abbreviations from its stops: a set-apart " . " always ends.
  breakTokenizedStops,
  // Every list item is a sentence of its own, punctuated or not.
  breakBeforeListItems,
  // Nothing runs across a blank line.
  breakAtBlankLines,
];
