import { language } from './types.js';

/** Polish: ordinals ("3. miejsce"), titles, streets and units. */
export default language(
  'pl',
  [
    'np', 'tj', 'tzn', 'tzw', 'm.in', 'ok', 'godz', 'ul', 'al', 'pl', 'os', 'nr', 'str', 's', 'w',
    'wg', 'ww', 'prof', 'dr', 'hab', 'inż', 'mgr', 'ks', 'św', 'płk', 'gen', 'tel',
    'im', 'woj', 'pow', 'gm', 'ang', 'łac', 'niem', 'fr', 'poz', 'tab', 'rys', 'art', 'ust', 'pkt', 'sty', 'lut',
    'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru',
  ],
  { ordinalStops: true },
);
