import type { MarkKind, Rule } from '../types.js';
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
import {
  mergeBeforeLowerCase,
  mergeInitialsBeforeNames,
  mergeLanguageAbbreviations,
  mergeLeadingLabels,
  mergeOrdinals,
} from './merge-language-rules.js';
import { mergeListMarkers } from './merge-list-markers.js';
import { mergePrepositionalFragments } from './merge-prepositional-fragments.js';
import { mergeQuotedSentences } from './merge-quoted-sentences.js';
import { mergeStrayMarks } from './merge-stray-marks.js';
import { mergeUnspacedStops } from './merge-unspaced-stops.js';
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
  // J. R. R. Tolkien, Albert I. Jones, but "you and I. Did", "World War I. Following", "Plan B. Analysts".
  mergeInitials,
  // "1958.His" ends a sentence, "bbc.co.uk.The", "U.S.A.It", "Halo.Bungie.Org", "etc.The" do not.
  mergeUnspacedStops,
  // "thinking... maybe" and "[...]" are pauses; "Wait for it... The answer" is an end.
  mergeEllipses,
  // "compounds. . . . The practice": the ellipsis opens the next sentence.
  breakBeforeLeadingEllipses,
  // "At 5 a.m. Mr. Smith went": a fronted phrase alone is no sentence, so the stop is the abbreviation's;
  // "In the U.S. The economy" was one.
  mergePrepositionalFragments,
  // Beyond English (data/languages/): "1808 г. и", "т. е." (a full stop before lower case is an
  // abbreviation's), "ул. Ленина" (the language's abbreviations), "am 5. Juli" (ordinals),
  // "858. Comprensorio" (a number or letter alone is a label, not a sentence).
  mergeBeforeLowerCase,
  mergeLanguageAbbreviations,
  mergeOrdinals,
  mergeLeadingLabels,
  mergeInitialsBeforeNames,
  // "1. Open the box": a list marker's full stop, whatever the abbreviation rules made of it.
  mergeListMarkers,
  // Tokenized text has told its abbreviations from its stops: a set-apart " . " always ends.
  breakTokenizedStops,
  // Every list item is a sentence of its own, punctuated or not.
  breakBeforeListItems,
  // Nothing runs across a blank line.
  breakAtBlankLines,
  // ... but a lone "." or closing quote, a sentence end whose words were lost, joins the sentence before it.
  mergeStrayMarks,
];

/** A boundary's mark, or "none" where it is a line break or a list item without one. */
export type BoundaryMark = MarkKind | 'none';

const ANY: readonly BoundaryMark[] = ['stop', 'ellipsis', 'strong', 'none'];
const MARKED: readonly BoundaryMark[] = ['stop', 'ellipsis', 'strong'];

/**
 * The boundaries each rule can have an opinion on, by mark: on any other it has none, so it need
 * not be asked. A dense text has a boundary every few characters, and asking all the rules about
 * each was much of its cost. test/segment/rules/judged-marks.test.ts holds every rule to this.
 */
const JUDGED_MARKS: ReadonlyMap<Rule, readonly BoundaryMark[]> = new Map<Rule, readonly BoundaryMark[]>([
  [breakAtTerminal, MARKED],
  [breakUnpunctuatedLines, ['none']],
  [mergeWrappedLines, ['none']],
  [mergeInterjections, ['strong']],
  [mergeQuotedSentences, MARKED],
  [mergeAbbreviations, ['stop']],
  [mergeAcronyms, ['stop']],
  [mergeInitials, ['stop']],
  [mergeUnspacedStops, ['stop']],
  [mergeEllipses, ['ellipsis']],
  [breakBeforeLeadingEllipses, ['stop']],
  [mergePrepositionalFragments, ['stop']],
  [mergeBeforeLowerCase, ['stop']],
  [mergeLanguageAbbreviations, ['stop']],
  [mergeOrdinals, ['stop']],
  [mergeLeadingLabels, ['stop']],
  [mergeInitialsBeforeNames, ['stop']],
  [mergeListMarkers, MARKED],
  [breakTokenizedStops, ['stop', 'strong']],
  [breakBeforeListItems, ANY],
  [breakAtBlankLines, ANY],
  [mergeStrayMarks, ANY],
]);

/** The marks a rule can have an opinion on; every mark for a rule not declared above. */
export function judgedMarks(rule: Rule): readonly BoundaryMark[] {
  return JUDGED_MARKS.get(rule) ?? ANY;
}

/** For each mark, the rules of `RULES` that can judge a boundary with it, in their order. */
export const RULES_BY_MARK: Readonly<Record<BoundaryMark, readonly Rule[]>> = {
  stop: RULES.filter((rule) => judgedMarks(rule).includes('stop')),
  ellipsis: RULES.filter((rule) => judgedMarks(rule).includes('ellipsis')),
  strong: RULES.filter((rule) => judgedMarks(rule).includes('strong')),
  none: RULES.filter((rule) => judgedMarks(rule).includes('none')),
};
