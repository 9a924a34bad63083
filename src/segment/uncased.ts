/** Fewer lower-case letters than this are too little text to say it was written without capitals. */
const MIN_LOWER = 20;

/**
 * The range has lower-case letters and not one capital: text a research dataset lower-cased
 * (REALSumm's CNN/DM articles), or a chat typed without the shift key. Case then says nothing of
 * where a sentence starts, and the rules that read it as a sign of going on ("This is great." she
 * said) must not. Cased text stops at its first capital, most often its first character; a loop
 * rather than a Unicode property pattern, whose compiling would cost every run start-up time.
 */
export function isUncased(text: string, start = 0, end = text.length): boolean {
  let lower = 0;
  const to = Math.min(text.length, end);
  for (let i = Math.max(0, start); i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) lower++;
    else if (code >= 0x41 && code <= 0x5a) return false;
    else if (code >= 0x80) {
      const ch = text.charAt(i);
      const down = ch.toLowerCase();
      if (ch !== down) return false;
      if (ch !== ch.toUpperCase()) lower++;
    }
  }
  return lower >= MIN_LOWER;
}
