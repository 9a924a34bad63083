/**
 * natural's PorterStemmer (natural 8, lib/natural/stemmers/porter_stemmer.js), step for step
 * and quirk for quirk: the background table (scripts/build-background.js) was stemmed by it, so
 * document words must be stemmed exactly alike. It is not the published algorithm: natural
 * applies every matching rule of steps 2 and 3 in turn, and its measure can be a half.
 *
 * natural's file is a chain of regular-expression replacements, some built anew for each suffix
 * tried; in a fresh process, where each pattern is compiled on first use and nothing is
 * optimised yet, it took longer than the rest of summarizing a news article. Here each rule is
 * read off the characters instead, with one pattern left (step 4's). test/nlp/porter.test.ts
 * checks the stems against natural's word for word on a large vocabulary.
 */

/** A rule: a suffix and what replaces it. */
type Rule = readonly [suffix: string, replacement: string];

const y = 0x79;

/** a, e, i, o or u: natural's vowels, y aside. */
function isVowel(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75;
}

/** Not a vowel and not y: `[^aeiouy]`. */
function isConsonant(c: number): boolean {
  return !isVowel(c) && c === c && c !== y;
}

/**
 * natural's categorizeGroups, read in one pass instead of three replacements
 * (/[^aeiouy]+y/g → 'CV', /[aeiou]+/g → 'V', /[^V]+/g → 'C'): runs of consonants as C and
 * of vowels as V, where a consonant run followed by y gives "CV" and a vowel run right after
 * that y another V ("CVV", so that the measure can be a half).
 */
function categorizeGroups(token: string): string {
  let groups = '';
  let consonant = false;
  for (let i = 0; i < token.length; ) {
    const c = token.charCodeAt(i);
    if (isVowel(c)) {
      if (consonant) groups += 'C';
      consonant = false;
      groups += 'V';
      while (i < token.length && isVowel(token.charCodeAt(i))) i++;
    } else if (c === y) {
      // A y that no consonant run just before it claimed counts as a consonant.
      consonant = true;
      i++;
    } else {
      while (i < token.length && isConsonant(token.charCodeAt(i))) i++;
      consonant = true;
      if (token.charCodeAt(i) === y) {
        groups += 'CV';
        consonant = false;
        i++;
      }
    }
  }
  return consonant ? `${groups}C` : groups;
}

/**
 * natural's categorizeChars at one position: V for a vowel, and for a y right after a consonant
 * (/[^aeiouy]y/g → 'CV'); C for anything else.
 */
function charClass(token: string, i: number): 'C' | 'V' {
  const c = token.charCodeAt(i);
  if (isVowel(c)) return 'V';
  return c === y && i > 0 && isConsonant(token.charCodeAt(i - 1)) ? 'V' : 'C';
}

/** `categorizeChars(token).substr(from, 3) === 'CVC'`, with substr's clamping of a negative start. */
function cvcAt(token: string, from: number): boolean {
  const start = Math.max(0, from < 0 ? token.length + from : from);
  return start + 3 <= token.length && charClass(token, start) === 'C' && charClass(token, start + 1) === 'V' && charClass(token, start + 2) === 'C';
}

/** Porter's measure m of natural's groups: the VC pairs once a leading C and a trailing V are dropped; -1 for no word. */
function measure(token: string | null): number {
  if (!token) return -1;
  const groups = categorizeGroups(token);
  let length = groups.length;
  if (groups.startsWith('C')) length--;
  if (length > 0 && groups.endsWith('V')) length--;
  return length / 2;
}

/** `token` with `suffix` replaced, or null when it does not end so. */
function replaceSuffix(token: string, suffix: string, replacement: string): string | null {
  return token.endsWith(suffix) ? token.slice(0, token.length - suffix.length) + replacement : null;
}

/**
 * natural's replacePatterns with a threshold: every rule whose stem (the token without the
 * suffix) has a measure above it is applied in turn to the result so far. An empty result
 * counts as no match, as natural's `||` has it.
 */
function replaceRules(token: string, rules: readonly Rule[], threshold: number): string {
  let result = token;
  for (const [suffix, replacement] of rules) {
    if (token.endsWith(suffix) && measure(replaceSuffix(token, suffix, '')) > threshold) result = replaceSuffix(result, suffix, replacement) || result;
  }
  return result;
}

/** natural's attemptReplacePatterns without a threshold: every rule that matches the result so far, in turn. */
function replaceAll(token: string, rules: readonly Rule[]): string {
  let result = token;
  for (const [suffix, replacement] of rules) result = replaceSuffix(result, suffix, replacement) || result;
  return result;
}

/** sses → ss, ies → i, s → (not after another s). */
function step1a(token: string): string {
  if (token.endsWith('sses') || token.endsWith('ies')) return token.slice(0, -2);
  if (token.endsWith('s') && token.charAt(token.length - 2) !== 's' && token.length > 2) return token.slice(0, -1);
  return token;
}

const step1bRules: readonly Rule[] = [['at', 'ate'], ['bl', 'ble'], ['iz', 'ize']];

/** eed → ee; -ed and -ing dropped after a vowel, then at → ate, bl → ble, iz → ize, a double consonant undone, or an e restored. */
function step1b(token: string): string {
  if (token.endsWith('eed')) return measure(token.slice(0, -3)) > 0 ? token.slice(0, -1) : token;
  const stem = token.endsWith('ed') ? token.slice(0, -2) : token.endsWith('ing') ? token.slice(0, -3) : null;
  if (!stem || !categorizeGroups(stem).includes('V')) return token;
  const result = replaceAll(stem, step1bRules);
  if (result !== stem) return result;
  const last = stem.charCodeAt(stem.length - 1);
  // natural's /([^aeiou])\1$/ and /[^lsz]$/.
  if (stem.length >= 2 && last === stem.charCodeAt(stem.length - 2) && !isVowel(last) && !'lsz'.includes(stem.charAt(stem.length - 1))) return stem.slice(0, -1);
  if (measure(stem) === 1 && cvcAt(stem, -3) && !'wxy'.includes(stem.charAt(stem.length - 1))) return `${stem}e`;
  return stem;
}

/** y → i when the word has a vowel before it. */
function step1c(token: string): string {
  return token.endsWith('y') && categorizeGroups(token).slice(0, -1).includes('V') ? `${token.slice(0, -1)}i` : token;
}

const step2Rules: readonly Rule[] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'],
  ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'],
  ['biliti', 'ble'], ['logi', 'log'],
];

const step3Rules: readonly Rule[] = [['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', '']];

const step4Suffixes = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;

/** The first of these suffixes from the left, or -sion/-tion's -ion, dropped when the measure stays above 1. */
function step4(token: string): string {
  const suffix = step4Suffixes.exec(token);
  if (suffix !== null && measure(suffix[1] as string) > 1) return suffix[1] as string;
  // natural's /^(.+?)(s|t)(ion)$/, keeping the s or t.
  if (token.length >= 5 && token.endsWith('ion') && 'st'.includes(token.charAt(token.length - 4))) {
    const stem = token.slice(0, -3);
    if (measure(stem) > 1) return stem;
  }
  return token;
}

/** A final e dropped, unless the measure is 1 and the stem ends consonant-vowel-consonant (not w, x or y). */
function step5a(token: string): string {
  const stem = token.endsWith('e') ? token.slice(0, -1) : token;
  const m = measure(stem);
  // natural's /[^wxy].$/ on the whole token.
  const cvc = cvcAt(token, -4) && token.length >= 2 && !'wxy'.includes(token.charAt(token.length - 2));
  return m > 1 || (m === 1 && !cvc) ? stem : token;
}

/** ll → l when the measure is above 1. */
function step5b(token: string): string {
  return measure(token) > 1 && token.endsWith('ll') ? token.slice(0, -1) : token;
}

/** The Porter stem of a word, exactly as natural's PorterStemmer.stem gives it. */
export function porterStem(word: string): string {
  if (word.length < 3) return word;
  return step5b(step5a(step4(replaceRules(replaceRules(step1c(step1b(step1a(word.toLowerCase()))), step2Rules, 0), step3Rules, 0))));
}
