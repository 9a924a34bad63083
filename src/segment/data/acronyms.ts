/**
 * Dotted acronyms of places and bodies, lower-cased without the final full stop. They end
 * sentences ("He moved to the U.S. Then ...") and modify nouns ("the U.S. Senate"); other dotted
 * capitals are initials ("J.K. Rowling").
 */
export const PLACE_ACRONYMS: ReadonlySet<string> = new Set([
  'u.s', 'u.s.a', 'u.k', 'e.u', 'u.n', 'u.a.e', 'u.s.s.r', 'p.r.c', 'r.o.c', 'n.z', 'l.a', 'd.c', 'n.y', 'n.j', 'n.h',
  'n.m', 'n.c', 'n.d', 's.c', 's.d', 'r.i', 'w.va', 'n.y.c', 's.f', 'n.s.w',
]);

/**
 * Capitalised words that follow a place acronym inside a name, so the acronym's full stop is not
 * a sentence end: "U.S. Government", "U.N. Security Council", "U.K. Foreign Office", "U.S. Rep.".
 */
export const ACRONYM_HEADS: ReadonlySet<string> = new Set([
  'government', 'govt', 'administration', 'senate', 'senator', 'sen', 'sens', 'house', 'congress', 'congressman',
  'congresswoman', 'congressional', 'rep', 'reps', 'representative', 'representatives', 'army', 'navy', 'naval', 'air',
  'marine', 'marines', 'coast', 'forces', 'military', 'troops', 'soldiers', 'special', 'central', 'command', 'department',
  'dept', 'embassy', 'embassies', 'ambassador', 'amb', 'consulate', 'consul', 'envoy', 'mission', 'president',
  'presidential', 'presidency', 'vice', 'secretary', 'deputy', 'assistant', 'attorney', 'attorneys', 'atty', 'district',
  'circuit', 'court', 'courts', 'supreme', 'magistrate', 'judge', 'treasury', 'treasuries', 'federal', 'national',
  'state', 'states', 'securities', 'trade', 'commerce', 'chamber', 'census', 'geological', 'intelligence', 'postal',
  'customs', 'border', 'immigration', 'citizenship', 'food', 'health', 'energy', 'justice', 'defense', 'defence',
  'homeland', 'agriculture', 'labor', 'labour', 'interior', 'transportation', 'education', 'veterans', 'environmental',
  'fish', 'forest', 'park', 'patent', 'space', 'secret', 'agency', 'bureau', 'office', 'commission', 'commissioner',
  'council', 'parliament', 'parliamentary', 'security', 'general', 'assembly', 'high', 'human', 'refugee', 'children',
  'peacekeeping', 'peacekeepers', 'capitol', 'constitution', 'constitutional', 'mint', 'open', 'olympic', 'olympics',
  'team', 'soccer', 'championship', 'championships', 'cup', 'steel', 'airways', 'bank', 'dollar', 'dollars', 'economy',
  'foreign', 'home', 'prime', 'minister', 'ministry', 'independence', 'member', 'members', 'civil', 'virgin', 'centers',
  'center', 'institute', 'institutes', 'academy', 'marshals', 'marshal', 'gen', 'adm', 'lt', 'col', 'maj', 'capt',
  'sgt', 'gov', 'highway', 'route', 'interstate', 'news', 'mail', 'post',
]);
