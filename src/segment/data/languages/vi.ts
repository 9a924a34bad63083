import { language } from './types.js';

/** Vietnamese: titles and places ("TP. Hồ Chí Minh", "Th.S", "P. Bến Nghé"). */
export default language('vi', [
  'tp', 'tt', 'q', 'p', 'h', 'x', 'ts', 'ths', 'th.s', 'pgs', 'gs', 'bs', 'ks', 'cn', 'ths', 'ntn', 'tr', 'st',
  'gs.ts', 'pgs.ts', 'ubnd', 'tw',
]);
