import { html } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { plain } from './plain.js';
import { text } from './text.js';
import type { Format } from './types.js';

export { header } from './text.js';
export { splitLines } from './split.js';
export { escapeHtml, visible } from './escape.js';
export { plainMark, plainStyle, type Format, type FormatOptions, type Style } from './types.js';

/** Every format, by the name `--format` takes; the first is the default. */
export const formats = { text, plain, markdown, json, html } satisfies Record<string, Format>;

export type FormatName = keyof typeof formats;
