/**
 * The Porter stemmer exactly as ROUGE-1.5.5 runs it: Martin Porter's Perl "Release 1" with
 * Chin-Yew Lin's 2004 change to step 4. It is ported regex for regex rather than taken from a
 * library, because ROUGE's numbers depend on its quirks:
 * - step 4 strips "-ement", then "-ment", then "-ent" in turn, so "agreement" becomes "agreem"
 *   where the published algorithm leaves it whole;
 * - step 2 knows "bli" but not "abli", and "logi";
 * - each step tries only the longest suffix that matches (Perl's leftmost alternation), and does
 *   not fall back to a shorter one when the measure condition fails.
 * natural's PorterStemmer differs on all three.
 */

const c = '[^aeiou]'; // consonant
const v = '[aeiouy]'; // vowel
const C = `${c}[^aeiouy]*`; // consonant sequence
const V = `${v}[aeiou]*`; // vowel sequence

const mgr0 = new RegExp(`^(${C})?${V}${C}`); // measure > 0
const meq1 = new RegExp(`^(${C})?${V}${C}(${V})?$`); // measure = 1
const mgr1 = new RegExp(`^(${C})?${V}${C}${V}${C}`); // measure > 1
const vowelInStem = new RegExp(`^(${C})?${v}`);
const cvcEnding = new RegExp(`^${C}${v}[^aeiouwxy]$`);

const step2Suffixes = new Map([
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
]);
const step3Suffixes = new Map([
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
]);

const step2Pattern = new RegExp(`(${[...step2Suffixes.keys()].join('|')})$`);
const step3Pattern = new RegExp(`(${[...step3Suffixes.keys()].join('|')})$`);
const step4Pattern = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;

/** The text before a regex match, Perl's `$``. */
function before(word: string, match: RegExpExecArray): string {
  return word.slice(0, match.index);
}

/** Replace a suffix from `table` when the stem left has measure > 0 (steps 2 and 3). */
function replaceSuffix(word: string, pattern: RegExp, table: ReadonlyMap<string, string>): string {
  const match = pattern.exec(word);
  if (match === null) return word;
  const stem = before(word, match);
  return mgr0.test(stem) ? stem + (table.get(match[1] as string) as string) : word;
}

/** Drop a suffix when the stem left has measure > 1 (step 4). */
function dropSuffix(word: string, pattern: RegExp): string {
  const match = pattern.exec(word);
  if (match === null) return word;
  const stem = before(word, match);
  return mgr1.test(stem) ? stem : word;
}

/**
 * Stem one lower-case word. Words shorter than 3 characters come back unchanged (ROUGE itself
 * only stems words longer than 3: see {@link rougeStem}).
 */
export function porterStem(input: string): string {
  if (input.length < 3) return input;
  // An initial y is a consonant: upper-case it so that no vowel pattern sees it.
  const initialY = input.startsWith('y');
  let w = initialY ? `Y${input.slice(1)}` : input;

  // Step 1a
  let m = /(ss|i)es$/.exec(w);
  if (m !== null) w = before(w, m) + (m[1] as string);
  else if ((m = /([^s])s$/.exec(w)) !== null) w = before(w, m) + (m[1] as string);

  // Step 1b
  if ((m = /eed$/.exec(w)) !== null) {
    if (mgr0.test(before(w, m))) w = w.slice(0, -1);
  } else if ((m = /(ed|ing)$/.exec(w)) !== null) {
    const stem = before(w, m);
    if (vowelInStem.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (cvcEnding.test(w)) w += 'e';
    }
  }

  // Step 1c
  if ((m = /y$/.exec(w)) !== null) {
    const stem = before(w, m);
    if (vowelInStem.test(stem)) w = `${stem}i`;
  }

  w = replaceSuffix(w, step2Pattern, step2Suffixes);
  w = replaceSuffix(w, step3Pattern, step3Suffixes);

  // Step 4, with ROUGE's -ement/-ment/-ent cascade (independent ifs, not an else-chain).
  w = dropSuffix(w, step4Pattern);
  w = dropSuffix(w, /ment$/);
  if (/ent$/.test(w)) {
    w = dropSuffix(w, /ent$/);
  } else if ((m = /(s|t)(ion)$/.exec(w)) !== null) {
    const stem = before(w, m) + (m[1] as string);
    if (mgr1.test(stem)) w = stem;
  }

  // Step 5
  if ((m = /e$/.exec(w)) !== null) {
    const stem = before(w, m);
    if (mgr1.test(stem) || (meq1.test(stem) && !cvcEnding.test(stem))) w = stem;
  }
  if (/ll$/.test(w) && mgr1.test(w)) w = w.slice(0, -1);

  return initialY ? `y${w.slice(1)}` : w;
}
