/** What an input holds: plain text as is, or a web page or Markdown to take the text out of. */
export type InputKind = 'text' | 'html' | 'markdown';

/** `--html`/`--no-html` and `--markdown`/`--no-markdown`; undefined when neither of a pair was given. */
export interface KindFlags {
  html: boolean | undefined;
  markdown: boolean | undefined;
}

const htmlExtensions = new Set(['html', 'htm']);
const markdownExtensions = new Set(['md', 'markdown']);

/** A page saved from a browser, or fetched with curl, opens with either. */
const htmlStart = /^[\s\ufeff]*<(?:!doctype\s+html|html)[\s>]/iu;

/**
 * How to read an input: as the flags say; otherwise by the file's extension; otherwise, since
 * standard input has no name, HTML by its first characters. Markdown is never guessed from
 * content: plain text reads as Markdown by accident too often (dashes under a line make it a heading).
 * @param name the file's name; undefined for standard input.
 */
export function inputKind(name: string | undefined, text: string, flags: KindFlags): InputKind {
  if (flags.html === true) return 'html';
  if (flags.markdown === true) return 'markdown';
  const extension = /\.([^./\\]+)$/u.exec(name ?? '')?.[1]?.toLowerCase() ?? '';
  if (flags.html !== false && (htmlExtensions.has(extension) || htmlStart.test(text))) return 'html';
  if (flags.markdown !== false && markdownExtensions.has(extension)) return 'markdown';
  return 'text';
}
