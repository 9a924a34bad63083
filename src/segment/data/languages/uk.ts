import { language } from './types.js';

/** Ukrainian: titles, streets and references ("вул. Шевченка", "т. зв."); "м." and "р." before a name, not after a number. */
export default language(
  'uk',
  ['ст', 'с', 'смт', 'вул', 'пл', 'просп', 'обл', 'т', 'зв', 'див', 'напр', 'ім', 'проф', 'акад', 'доц', 'св', 'н', 'е', 'табл', 'рис'],
  { beforeNames: ['м', 'р'] },
);
