/** Fewer lower-case letters than this are too little text to say it was written without capitals. */
const MIN_LOWER = 20;

const capital = /\p{Lu}|\p{Lt}/gu;
const small = /\p{Ll}/gu;

/**
 * The range has lower-case letters and not one capital: text a research dataset lower-cased
 * (REALSumm's CNN/DM articles), or a chat typed without the shift key. Case then says nothing of
 * where a sentence starts, and the rules that read it as a sign of going on ("This is great." she
 * said) must not. Cased text stops at its first capital; the regular expressions scan natively.
 */
export function isUncased(text: string, start = 0, end = text.length): boolean {
  capital.lastIndex = Math.max(0, start);
  const first = capital.exec(text);
  if (first !== null && first.index < end) return false;
  small.lastIndex = Math.max(0, start);
  for (let n = 0; n < MIN_LOWER; n++) {
    const m = small.exec(text);
    if (m === null || m.index >= end) return false;
  }
  return true;
}
