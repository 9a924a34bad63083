/** Closed-class English words the rules recognise, lower-cased. */

/**
 * Words that begin sentences far more often than they follow an initial or a place acronym:
 * "... World War I. The war ...", "... the U.S. Then he ...". A surname or a noun after the
 * full stop points the other way ("Albert I. Jones", "the U.S. Senate").
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'i', 'his', 'her',
  'their', 'our', 'my', 'your', 'there', 'here', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'but', 'and', 'or',
  'so', 'yet', 'if', 'when', 'while', 'after', 'before', 'as', 'although', 'though', 'because', 'since', 'until', 'then',
  'now', 'however', 'meanwhile', 'also', 'still', 'what', 'who', 'why', 'how', 'where', 'which', 'did', 'do', 'does',
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should', 'not', 'no', 'some',
  'many', 'most', 'all', 'both', 'each', 'every', 'any', 'such', 'one', 'mr', 'mrs', 'ms', 'dr', 'nor', 'thus',
  'instead', 'later', 'today', 'yesterday', 'tomorrow', 'earlier', 'last', 'next', 'first', 'finally',
]);

/**
 * Words a line cannot end on when its sentence goes on to the next line: articles,
 * prepositions, conjunctions, auxiliaries. "The report was written by the / European Commission".
 */
export const CONTINUATION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'upon', 'over', 'under',
  'about', 'after', 'before', 'between', 'through', 'during', 'without', 'within', 'against', 'among', 'via', 'per',
  'than', 'and', 'or', 'but', 'nor', 'as', 'that', 'which', 'who', 'whom', 'whose', 'whether', 'if', 'because',
  'while', 'although', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'its', 'their', 'his', 'her', 'our', 'your', 'my',
  'this', 'these', 'those', 'such', 'very', 'more', 'most', 'said', 'says',
]);

/**
 * Prepositions that open a fronted time or place phrase: "At 5 a.m. Mr. Smith went ...". Such a
 * phrase alone is no sentence, so a full stop ending it belongs to an abbreviation.
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'at', 'by', 'until', 'till', 'before', 'after', 'around', 'about', 'from', 'since', 'on', 'in', 'near', 'circa',
  'between', 'during', 'throughout',
]);
