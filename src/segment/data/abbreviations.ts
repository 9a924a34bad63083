/**
 * English abbreviations that end in a full stop, by how they sit in a sentence, lower-cased and
 * without their final full stop ("e.g", not "e.g."). One-letter entries match lower case only:
 * a capital letter with a full stop is an initial (see rules/merge-initials.ts).
 */

/** Come before a name, so never end a sentence: "Mr. Smith", "Gov. Newsom", "Mt. Fuji". */
export const TITLES: ReadonlySet<string> = new Set([
  'adm', 'amb', 'atty', 'brig', 'capt', 'cdr', 'cmdr', 'col', 'comdr', 'cpl', 'cpt', 'det', 'dr', 'drs', 'ens',
  'fr', 'ft', 'gen', 'gov', 'hon', 'insp', 'lt', 'maj', 'messrs', 'mlle', 'mme', 'mmes', 'mr', 'mrs', 'ms', 'msgr',
  'mt', 'pfc', 'pres', 'prof', 'pvt', 'rep', 'reps', 'rev', 'rt', 'sen', 'sens', 'sgt', 'sr', 'st', 'ste', 'supt',
  'gens', 'govs', 'lieut', 'secy', 'u.s.s', 'h.m.s', 'r.m.s',
]);

/**
 * Follow a name or a number and may end a sentence: "Acme Inc. reported" but "Smith & Co. Later".
 * A word that is also a title ("St.", "Sr.", "Ft.") acts as one of these after a name or a number:
 * "Main St.", "John Smith Sr.", "6 ft.".
 */
export const SUFFIXES: ReadonlySet<string> = new Set([
  // companies and organisations
  'inc', 'co', 'cos', 'corp', 'ltd', 'llc', 'l.l.c', 'plc', 'p.l.c', 'bros', 'assn', 'assoc', 'dept', 'div', 'mfg',
  'intl', 'natl', 'govt', 'univ', 's.a', 'n.v', 'a.g', 's.p.a', 'b.v', 'l.p', 'pty', 'gmbh',
  // people
  'jr', 'sr', 'esq', 'ph.d', 'phd', 'm.d', 'd.d.s', 'r.n', 'b.a', 'm.a', 'b.s', 'm.s', 'b.sc', 'm.sc', 'm.b.a', 'll.b',
  'll.m', 'j.d', 'd.phil', 'al', 'ed', 'eds', 'trans', 'ibid', 'cit',
  // places: streets, U.S. states in the AP style, Canadian provinces (dotted ones are in acronyms.ts)
  'st', 'ave', 'blvd', 'rd', 'ln', 'sq', 'hwy', 'pkwy', 'ct', 'pl', 'ft', 'twp', 'ala', 'ariz', 'ark',
  'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md', 'mass', 'mich', 'minn',
  'miss', 'mo', 'mont', 'neb', 'nebr', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'vt', 'va', 'wash', 'wis', 'wyo',
  'alta', 'ont', 'que', 'sask',
  // law reports and rules: "Fed. R. Civ. P. 12", "9th Cir. 1999", "F. Supp. 2d"
  'fed', 'civ', 'crim', 'evid', 'app', 'supp', 'cir', 'stat', 'ann', 'proc', 'rptr', 'pub', 'id',
  // times and measures
  'a.m', 'p.m', 'etc', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs', 'yr', 'yrs', 'mos', 'wk', 'wks', 'lb', 'lbs',
  'oz', 'yd', 'yds', 'gal', 'cu', 'tsp', 'tbsp', 'qt', 'doz', 'pkg', 'approx', 'b.c', 'a.d', 'b.c.e', 'c.e',
]);

/** Come before a number: "No. 5", "Fig. 3", "p. 55", "approx. 5 km", "N°. 1026". */
export const NUMBER_PREFIXES: ReadonlySet<string> = new Set([
  'no', 'nos', 'nr', 'n°', 'nº', 'fig', 'figs', 'p', 'pp', 'vol', 'vols', 'art', 'arts', 'sec', 'secs', 'ch', 'chap',
  'chs', 'eq', 'eqs', 'ref', 'refs', 'para', 'paras', 'op', 'tab', 'ex', 'pt', 'pts', 'ca', 'c', 'approx', 'est',
  'apt', 'rm', 'ste', 'bldg', 'tel', 'ext', 'ver', 'rev', 'ed', 'n', 'nn', 'l', 'll', 's', 'ss', 'cl',
  'reg', 'sched', 'div', 'col', 'cols', 'fol', 'fols', 'f', 'ff', 'v',
]);

/** Months and weekdays: before a day or a year, never after a name. "Sept. 5", "Tues. Oct. 3". */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** Times of day: like suffixes, but a day, a month or a time zone may follow them. "at 3 a.m. Sunday", "7 p.m. ET". */
export const TIMES_OF_DAY: ReadonlySet<string> = new Set(['a.m', 'p.m']);

/** Never end a sentence, whatever follows: "e.g. Paris", "Roe v. Wade", "cf. Smith". */
export const MEDIAL: ReadonlySet<string> = new Set([
  'e.g', 'i.e', 'cf', 'viz', 'vs', 'v', 'a.k.a', 'incl', 'esp', 'n.b', 'w.r.t', 'op', 'q.v',
]);
