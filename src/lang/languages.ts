import type { Doc } from '../types.js';

/**
 * The languages summarize supports and what it has for each: docs/languages.md is this table in
 * prose. The data itself lives apart, one place per kind: segmentation rules in
 * src/segment/data/languages/, stemmers and stop words behind src/nlp/.
 */
export interface LanguageInfo {
  /** ISO 639-1 code: what `--language` takes and JSON reports. */
  readonly code: string;
  readonly name: string;
  /** franc-min's code (ISO 639-3); none where franc-min cannot tell the language (Norwegian: `--language no`). */
  readonly franc: string | undefined;
  /**
   * How words are found: between spaces and punctuation (Unicode letters and digits), or by
   * `Intl.Segmenter`'s dictionary where the script puts no space between words.
   */
  readonly words: 'letters' | 'segmenter';
  /**
   * How unusual a word is: against a background frequency table (English only: no frequency list
   * for another language came with a clear licence), or from the document itself.
   */
  readonly rarity: 'background' | 'document';
}

const info = (code: string, name: string, franc: string | undefined, words: LanguageInfo['words'] = 'letters'): LanguageInfo => ({
  code,
  name,
  franc,
  words,
  rarity: code === 'en' ? 'background' : 'document',
});

export const LANGUAGES: readonly LanguageInfo[] = [
  info('en', 'English', 'eng'),
  info('ar', 'Arabic', 'arb'),
  info('de', 'German', 'deu'),
  info('es', 'Spanish', 'spa'),
  info('fa', 'Persian', 'pes'),
  info('fr', 'French', 'fra'),
  info('id', 'Indonesian', 'ind'),
  info('it', 'Italian', 'ita'),
  info('ja', 'Japanese', 'jpn', 'segmenter'),
  info('ko', 'Korean', 'kor'),
  info('nl', 'Dutch', 'nld'),
  info('no', 'Norwegian', undefined),
  info('pl', 'Polish', 'pol'),
  info('pt', 'Portuguese', 'por'),
  info('ru', 'Russian', 'rus'),
  info('sv', 'Swedish', 'swe'),
  info('th', 'Thai', 'tha', 'segmenter'),
  info('tr', 'Turkish', 'tur'),
  info('uk', 'Ukrainian', 'ukr'),
  info('vi', 'Vietnamese', 'vie'),
  info('zh', 'Chinese', 'cmn', 'segmenter'),
];

/** The language of a text whose language cannot be told: too short, too mixed, or one not supported. */
export const DEFAULT_LANGUAGE = 'en';

/** The code of the language a document was read as: the default where it has none (a Doc made by hand, without detection). */
export function languageCode(doc: Pick<Doc, 'language'>): string {
  return doc.language?.code ?? DEFAULT_LANGUAGE;
}

const BY_CODE: ReadonlyMap<string, LanguageInfo> = new Map(LANGUAGES.map((l) => [l.code, l]));
const BY_FRANC: ReadonlyMap<string, LanguageInfo> = new Map(LANGUAGES.filter((l) => l.franc !== undefined).map((l) => [l.franc as string, l]));

export function languageInfo(code: string): LanguageInfo | undefined {
  return BY_CODE.get(code);
}

export function languageOfFranc(code: string): LanguageInfo | undefined {
  return BY_FRANC.get(code);
}
