import { language } from './types.js';

/** Indonesian: titles ("Bpk.", "Dr."), references and units. */
export default language('id', [
  'bpk', 'bp', 'ibu', 'sdr', 'sdri', 'dr', 'drs', 'dra', 'ir', 'prof', 'h', 'hj', 'kh', 'jl', 'jln', 'no', 'hlm',
  'tsb', 'yth', 'a.n', 'u.p', 'd.a', 'kec', 'kab', 'kel', 'prov', 'rp', 'tel', 'telp', 'tgl',
  'st', 'mr', 'mrs',
]);
