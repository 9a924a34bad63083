import { language } from './types.js';

/**
 * German: ordinals ("am 5. Juli") and the abbreviations of titles, streets, units and references.
 * "Mio." and "Mrd." are among them: German capitalises its nouns, so "3 Mio. Euro" looks like a
 * sentence end, and is far more common than one.
 */
export default language(
  'de',
  [
    'bzw', 'z.b', 'd.h', 'vgl', 'ggf', 'evtl', 'inkl', 'exkl', 'ca', 'sog', 'bspw', 'zb', 'dh',
    'nr', 'mio', 'mrd', 'str', 'hr', 'hrn', 'fr', 'frl', 'dr', 'prof', 'dipl', 'ing', 'st', 'jh', 'jhd', 'jhs', 'geb', 'gest', 'verh',
    'bde', 'abb', 'anm', 'hrsg', 'tel',
    'allg', 'mind', 'zzgl', 'abzgl', 'u.u', 'v.a', 'z.t', 'i.d.r', 'm.e', 'o.g', 'a.d',
    'az', 'akt', 'gr', 'kl', 'ev', 'kath', 'röm', 'bzgl', 'lt', 'zit', 'zw', 'inh', 'jan', 'feb', 'febr', 'apr',
    'aug', 'sept', 'okt', 'nov', 'dez',   ],
  { ordinalStops: true },
);
