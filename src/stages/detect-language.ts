import { DEFAULT_LANGUAGE, languageOfFranc } from '../lang/languages.js';
import { francGuess } from '../nlp/franc.js';
import type { Language } from '../types.js';

/** How much of the text is read to tell its language: the opening is enough, and the cost stays flat. */
const SAMPLE = 2000;
/** Fewer letters than this cannot be told apart reliably (a headline, a name): the default is used. */
const MIN_LETTERS = 40;
/** Share of the letters one script must have; below it the text is too mixed to tell. */
const MIN_SCRIPT_SHARE = 0.6;
/**
 * English function words that no other supported language writes as words of its own. A text in
 * Latin script where they are at least a tenth of the words is English, without asking franc-min
 * (its tables cost about 16 ms of CPU to load, a quarter of a plain run's start-up). Measured on
 * the dev sets: every CNN/DM, SciTLDR and QMSum document and 1,123 of 1,124 BBC ones are above
 * a tenth (the lowest 0.093); no German, French, Spanish, Italian, Portuguese or Vietnamese
 * document reaches 0.032.
 */
const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'to', 'that', 'is', 'was', 'were', 'with', 'for', 'this', 'which', 'have', 'has', 'from',
  'are', 'they', 'their', 'it', 'he', 'she', 'his', 'her', 'by', 'be', 'not', 'but', 'will', 'would', 'said',
]);
const ENGLISH_SHARE = 0.1;

type Script = 'latin' | 'cyrillic' | 'arabic' | 'han' | 'kana' | 'hangul' | 'thai' | 'other';

const SCRIPTS: readonly [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['thai', /\p{Script=Thai}/u],
];

/**
 * The language of a text (ISO 639-1), said with where it came from. Scripts used by one supported
 * language alone decide at once (Hangul: Korean, kana: Japanese, Han alone: Chinese, Thai); plainly
 * English text is told by its function words; franc-min judges the rest. A text too short or too
 * mixed to tell, or in a language not supported, gets {@link DEFAULT_LANGUAGE}, and the reason.
 */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, SAMPLE);
  const counts = scriptCounts(sample);
  let letters = 0;
  let top: Script = 'other';
  for (const [script, count] of counts) {
    letters += count;
    if (count > (counts.get(top) ?? 0)) top = script;
  }
  const share = (script: Script): number => (counts.get(script) ?? 0) / letters;
  // One CJK character says as much as a word: the threshold is in words' worth of letters.
  const wide = (counts.get('han') ?? 0) + (counts.get('kana') ?? 0) + (counts.get('hangul') ?? 0) + (counts.get('thai') ?? 0);
  if (letters - wide + wide * 4 < MIN_LETTERS) return fallback(`too short to tell (${letters} letters)`);
  if (share('kana') > 0.1) return detected('ja');
  if (share('hangul') >= MIN_SCRIPT_SHARE) return detected('ko');
  if (share('han') >= MIN_SCRIPT_SHARE) return detected('zh');
  if (share('thai') >= MIN_SCRIPT_SHARE) return detected('th');
  if (share(top) < MIN_SCRIPT_SHARE) return fallback('too mixed to tell: no script has most of the letters');
  if (top === 'latin' && englishShare(sample) >= ENGLISH_SHARE) return detected('en');
  const guess = francGuess(sample);
  if (guess === 'und') return fallback('too short or too mixed to tell');
  const language = languageOfFranc(guess);
  return language === undefined ? fallback(`not a supported language (franc-min: ${guess})`) : detected(language.code);
}

function detected(code: string): Language {
  return { code, source: 'detected' };
}

function fallback(reason: string): Language {
  return { code: DEFAULT_LANGUAGE, source: 'default', reason };
}

/** Letters of each script in the sample; ASCII, the bulk of most texts, is counted without making a string. */
function scriptCounts(sample: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  let ascii = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ascii++;
      continue;
    }
    if (isPunctuationBlock(code)) continue;
    const char = String.fromCodePoint(sample.codePointAt(i) ?? code);
    if (char.length === 2) i++;
    if (!/\p{L}/u.test(char)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (ascii > 0) counts.set('latin', (counts.get('latin') ?? 0) + ascii);
  return counts;
}

/**
 * Latin-1 punctuation, the General Punctuation to Miscellaneous Symbols blocks and CJK punctuation:
 * no letters there. English text meets only these beyond ASCII (’ — “ ”), and is told without
 * compiling a Unicode property pattern, which costs a plain run more than the rest of detecting.
 */
function isPunctuationBlock(code: number): boolean {
  return code <= 0xbf || code === 0xd7 || code === 0xf7 || (code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x3004) || (code >= 0x3008 && code <= 0x3020);
}

/** Share of the sample's words that are English function words. */
function englishShare(sample: string): number {
  let words = 0;
  let english = 0;
  for (const match of sample.toLowerCase().matchAll(/[a-z]+/g)) {
    words++;
    if (ENGLISH_WORDS.has(match[0])) english++;
  }
  return words === 0 ? 0 : english / words;
}
