import { language } from './types.js';

/** Turkish: ordinals ("3. sırada") and abbreviations. */
export default language(
  'tr',
  [
    'dr', 'doç', 'prof', 'av', 'yrd', 'uzm', 'mah', 'cad', 'sok', 'apt', 'no', 'bkz', 'örn', 'yy', 'mö',
    'ms', 'sf', 'tel', 'st', 'gen', 'org', 'alb', 'kur', 'ltd', 'şti', 'a.ş', 'oca', 'şub', 'nis', 'haz', 'tem',
    'ağu', 'eyl', 'eki', 'kas', 'ara',
  ],
  { ordinalStops: true },
);
