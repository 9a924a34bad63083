import { language } from './types.js';

/** Ukrainian: years and cities ("р.", "м. Київ"), streets, units and "т. зв.". */
export default language('uk', [
  'ст', 'с', 'смт', 'вул', 'пл', 'просп', 'обл', 'т', 'зв',   'див', 'напр', 'ім', 'проф', 'акад', 'доц', 'св', 'н', 'е', 'табл', 'рис', ]);
