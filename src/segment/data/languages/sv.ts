import { language } from './types.js';

/** Swedish: references and units ("bl.a.", "t.ex."). */
export default language('sv', [
  'bl.a', 't.ex', 'dvs', 'd.v.s', 'ca', 'nr', 'kl', 's', 'f.d', 'f.n', 'fr.o.m',
  't.o.m', 'p.g.a', 'pga', 'resp', 'st', 'jfr', 'dr', 'prof', 'tel', 'jan', 'feb', 'apr',
  'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
]);
