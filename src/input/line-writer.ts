/** Where a heading of several sentences is cut into lines: after a sentence's punctuation, before a capital. A rough cut is enough, as every piece is a heading. */
const sentenceBreak = /(?<=[.!?…]["'”’»)\]]*) (?=["'“‘(]?\p{Lu})/u;
/** A sentence's final punctuation, and what closes it after (kept): `Underneath N.Y.C.` → `Underneath N.Y.C`, `"No."` → `"No"`. */
const finalPunctuation = /[.!?…;:]+(["'”’»)\]]*)$/u;

/**
 * Text built a line at a time, shaped for the classify stage: a converter says only where a line
 * or a paragraph ends, and each paragraph, heading and list item comes out on a line of its own.
 */
export class LineWriter {
  private readonly lines: string[] = [];
  private current = '';
  private blankOwed = false;

  /** Inline text. A run of white space, line breaks included, becomes one space, as a browser shows it. */
  write(text: string): void {
    this.current += text;
  }

  /** End the line being written, if it has text; `paragraph` puts a blank line before the next one. */
  endLine(paragraph: boolean): void {
    const line = this.current.replace(/[ \t\n\r\f]+/gu, ' ').trim();
    this.current = '';
    if (line !== '') {
      if (this.blankOwed && this.lines.length > 0) this.lines.push('');
      this.lines.push(line);
      this.blankOwed = false;
    }
    if (paragraph) this.blankOwed = true;
  }

  /**
   * A heading (a headline, a subheadline, a section heading) as the classify stage knows one: its
   * own paragraph, each sentence of it on a line of its own without its final punctuation. A
   * heading is context for the summary, never a sentence of it, and classify takes a line for a
   * heading by that shape: "... Underneath N.Y.C." or "What can residents do?" would otherwise
   * read as sentences, and be chosen for the very words they share with the article.
   */
  heading(text: string): void {
    this.endLine(true);
    for (const piece of text.replace(/[ \t\n\r\f]+/gu, ' ').trim().split(sentenceBreak)) {
      this.write(piece.replace(finalPunctuation, '$1'));
      this.endLine(false);
    }
    this.endLine(true);
  }

  /** Every line written, the one in progress included. */
  text(): string {
    this.endLine(false);
    return this.lines.join('\n');
  }
}
