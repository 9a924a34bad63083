import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Franc = (text: string, options?: { minLength?: number; only?: string[] }) => string;
let franc: Franc | undefined;

/**
 * franc-min's guess (ISO 639-3, "und" when it cannot tell) among its 82 languages, trigram
 * profiles of the UDHR. Loaded the first time a text is not plainly English: its tables take about
 * 16 ms of CPU to load (see docs/languages.md for how it was chosen).
 */
export function francGuess(text: string): string {
  franc ??= (require('franc-min') as { franc: Franc }).franc;
  return franc(text, { minLength: 1 });
}
