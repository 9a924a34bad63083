import { language } from './types.js';

/** Dutch: titles, references and units. */
export default language('nl', [
  'dhr', 'mevr', 'mw', 'dr', 'drs', 'ir', 'mr', 'prof', 'ing', 'st', 'bijv', 'bv', 'o.a', 'i.p.v', 'd.w.z', 'm.b.t',
  'n.a.v', 'z.g.a.n', 'ca', 'nr', 'blz', 'p', 'art', 'afb', 'fig', 'tel', 'jhr',   'jan', 'feb', 'apr', 'aug', 'sept', 'okt', 'nov', 'dec', 'vs', 'resp', 'incl', 'excl',
]);
