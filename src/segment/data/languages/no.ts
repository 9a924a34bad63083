import { language } from './types.js';

/** Norwegian (Bokmål): ordinals ("17. mai") and abbreviations ("bl.a.", "f.eks."). */
export default language(
  'no',
  [
    'bl.a', 'f.eks', 'dvs', 'd.v.s', 'ca', 'nr', 'kl', 's', 'f.o.m', 't.o.m', 'mht', 'pga',
    'iflg', 'jf', 'st', 'dr', 'prof', 'tlf', 'jan', 'feb', 'apr', 'aug', 'sep', 'sept', 'okt', 'nov',
    'des',
  ],
  { ordinalStops: true },
);
