import type { Summary } from '../types.js';
import type { FormatOptions } from './types.js';

/** One JSON document on one line, so that several inputs make JSON Lines. */
export function json(summary: Summary, options: FormatOptions): string {
  return `${JSON.stringify(options.file === undefined ? summary : { file: options.file, ...summary })}\n`;
}
