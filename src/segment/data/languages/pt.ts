import { language } from './types.js';

/** Portuguese: titles, saints ("S. Pedro"), references ("pág. 6") and units. */
export default language('pt', [
  'sr', 'sra', 'srs', 'sras', 'srta', 'dr', 'dra', 'drs', 'prof', 'profa', 'eng', 'exmo', 'exma', 'd', 's', 'sto',
  'sta', 'av', 'r', 'pág', 'págs', 'pag', 'p', 'n', 'nº', 'n°', 'núm', 'vol', 'cap', 'art', 'fig',   'tel', 'séc', 'sécs', 'jan', 'fev', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov',
  'dez', 'sáb', 'aprox', 'v.g', 'i.e', 'vs',
]);
