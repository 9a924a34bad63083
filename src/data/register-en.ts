/**
 * Marks of register in English, lower-case: what tells a report of events (news, a story) from a
 * scholarly text (an abstract, a paper). Read by the keyphrase stage (src/stages/keyphrases.ts),
 * whose readers name a story's people and things in single words and a paper's terms of art in
 * phrases. The lists are Biber's classic markers of the two registers, kept short on purpose.
 */

/** Endings of nominalisations ("evaluation", "performance", "complexity"): dense in academic prose. */
export const nominalEndings: readonly string[] = ['tion', 'tions', 'ment', 'ments', 'ity', 'ities', 'ness', 'ance', 'ence', 'ism', 'isms'];

/** Words of the scholarly voice: the authors (we, our), their work (paper, method, results) and its terms. */
export const formalWords: ReadonlySet<string> = new Set([
  'we', 'our', 'paper', 'propose', 'proposed', 'proposes', 'present', 'presents', 'presented', 'method', 'methods', 'approach',
  'result', 'results', 'algorithm', 'model', 'models', 'system', 'systems', 'analysis', 'based', 'using', 'technique', 'performance', 'data',
]);

/** Words of the narrative voice: third persons, reported speech, and when things happened. */
export const narrativeWords: ReadonlySet<string> = new Set([
  'he', 'she', 'his', 'her', 'him', 'they', 'their', 'them',
  'said', 'says', 'told', 'according',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'yesterday', 'today', 'tonight', 'week', 'weekend',
]);
