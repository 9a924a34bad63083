import de from './de.js';
import es from './es.js';
import fr from './fr.js';
import id from './id.js';
import it from './it.js';
import nl from './nl.js';
import no from './no.js';
import { caseless } from './none.js';
import pl from './pl.js';
import pt from './pt.js';
import ru from './ru.js';
import sv from './sv.js';
import tr from './tr.js';
import { language, type SegmentLanguage } from './types.js';
import uk from './uk.js';
import vi from './vi.js';

export type { SegmentLanguage } from './types.js';

/** English: the segmenter's own rules and lists, and nothing more. */
export const ENGLISH: SegmentLanguage = language('en', [], { lowerCaseJoins: false });

const LANGUAGES: ReadonlyMap<string, SegmentLanguage> = new Map(
  [de, es, fr, id, it, nl, no, pl, pt, ru, sv, tr, uk, vi, ...['ar', 'fa', 'ja', 'ko', 'th', 'zh'].map(caseless)].map((l) => [l.code, l]),
);

/**
 * The segmentation data of a language by its ISO 639-1 code. A language without an entry gets the
 * rules every cased language shares (a full stop before a lower-case word is not an end), English
 * gets only its own.
 */
export function segmentLanguage(code: string | undefined): SegmentLanguage {
  if (code === undefined || code === 'en') return ENGLISH;
  return LANGUAGES.get(code) ?? language(code, []);
}
