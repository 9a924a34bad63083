import { language } from './types.js';

/** French: titles, references and units. */
export default language('fr', [
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'av', 'bd', 'apr', 'av. j.-c',
  'env', 'cf', 'p', 'pp', 'chap', 'art', 'éd', 'coll', 'n°', 'nº', 'tél', 'fig', 'ex', 'qqch', 'qqn',
  'c.-à-d', 'càd', 'resp', 'janv', 'févr', 'juil', 'oct', 'nov', 'déc', 'jr', 'gén', 'lt', ]);
