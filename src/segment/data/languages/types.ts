/**
 * What the segmenter knows of one language beyond English: the abbreviations whose full stop never
 * ends a sentence, and two habits of its writing. English needs none of this (its rules and lists
 * are the segmenter's own, data/abbreviations.ts); every other language adds its entry here.
 */
export interface SegmentLanguage {
  /** ISO 639-1 code. */
  readonly code: string;
  /**
   * Abbreviations, lower-cased and without their final full stop ("bzw", "z.b", "г"), whose full
   * stop is not a sentence end whatever follows: "St. Pankraz", "ул. Ленина", "pág. 6", "Sr. Gómez".
   */
  readonly abbreviations: ReadonlySet<string>;
  /**
   * Abbreviations that come before a name but after a number are units or years, which may end a
   * sentence: "г. Москва" (город) but "в 1990 г. Потом" (год), "р. Дніпро" but "у 2001 р.".
   */
  readonly beforeNames: ReadonlySet<string>;
  /**
   * A full stop after a number of one to three digits writes an ordinal ("am 5. Juli", "im 6.
   * Stock"), so it does not end a sentence: German, the Scandinavian, Baltic and West and South
   * Slavic languages, Finnish, Hungarian, Turkish.
   */
  readonly ordinalStops: boolean;
  /**
   * A full stop before a lower-case word is an abbreviation's ("1808 г. и", "т. е.", "wow. élan"):
   * true of every language that capitalises its sentences, but English text is left to its own
   * rules, whose figures this must not move.
   */
  readonly lowerCaseJoins: boolean;
}

export function language(
  code: string,
  abbreviations: readonly string[],
  options: { ordinalStops?: boolean; lowerCaseJoins?: boolean; beforeNames?: readonly string[] } = {},
): SegmentLanguage {
  return {
    code,
    abbreviations: new Set(abbreviations),
    beforeNames: new Set(options.beforeNames ?? []),
    ordinalStops: options.ordinalStops ?? false,
    lowerCaseJoins: options.lowerCaseJoins ?? true,
  };
}
