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

  /** Every line written, the one in progress included. */
  text(): string {
    this.endLine(false);
    return this.lines.join('\n');
  }
}
