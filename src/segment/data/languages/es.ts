import { language } from './types.js';

/** Spanish: titles, references and units. */
export default language('es', [
  'sr', 'sra', 'sres', 'sras', 'srta', 'dr', 'dra', 'd', 'dña', 'ud', 'uds', 'vd', 'vds', 'lic', 'ing', 'prof',
  'arq', 'gral', 'cnel', 'cap', 'sto', 'sta', 'av', 'avda', 'c', 'pág', 'págs', 'núm', 'nº', 'n°', 'vol', 'cap',
  'art', 'fig', 'p', 'pp', 'ej', 'aprox', 'tel', 'dpto', 'depto', 'admón', 'adm',   'ene', 'feb', 'abr', 'ago', 'sept', 'oct', 'nov', 'dic', 
]);
