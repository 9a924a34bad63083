import { language } from './types.js';

/** Italian: titles, references ("dell'art. 941", "ad es.") and units. */
export default language('it', [
  'sig', 'sigg', 'sig.ra', 'sig.na', 'dott', 'dott.ssa', 'prof', 'prof.ssa', 'avv', 'ing', 'arch', 'on', 'sen', 'dr',
  'mons', 'p', 'pp', 'pag', 'pagg', 'art', 'artt', 'cap', 'capp', 'vol', 'fig', 'n', 'nn', 'es', 'cfr',
  'distr', 'tel', 'c.so', 'v.le', 'p.za', 'p.zza', 's', 'secc', 'ca', 'gen', 'feb', 'mar', 'apr',
  'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic', 'dell\'art', 'all\'art', 'nell\'art', 'sull\'art', ]);
