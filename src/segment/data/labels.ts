/**
 * Words a capital letter or a roman numeral follows as a label or a number, not as the initial of
 * a name, lower-cased: "Plan B", "Appendix C", "Vitamin C", "World War I", "Act V", "Phase I".
 * First names are not among them: "Albert I. Jones" keeps its initial.
 */
export const LABELLED_NOUNS: ReadonlySet<string> = new Set([
  'plan', 'appendix', 'annex', 'exhibit', 'schedule', 'part', 'section', 'chapter', 'volume', 'book', 'act', 'scene',
  'article', 'title', 'phase', 'stage', 'level', 'grade', 'class', 'type', 'category', 'group', 'option', 'model',
  'series', 'vitamin', 'hepatitis', 'figure', 'table', 'war', 'episode', 'division',
]);

/**
 * Titles of rulers, whose names a roman numeral counts, lower-cased: "King George V", "Pope John
 * Paul I", "Tsar Nicholas I". A numeral after a bare first name ("Henry V") is told from an
 * initial only when it is longer than one letter ("Henry VIII").
 */
export const RULER_TITLES: ReadonlySet<string> = new Set([
  'king', 'queen', 'pope', 'emperor', 'empress', 'tsar', 'czar', 'tsarina', 'kaiser', 'prince', 'princess', 'duke',
  'duchess', 'pharaoh', 'sultan', 'shah', 'emir', 'caliph',
]);
