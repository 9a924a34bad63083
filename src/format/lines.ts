/** Lines as output: each ended by a line break, nothing at all for none. */
export function block(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Lines followed by a blank line and `more`, when there is more to add. */
export function withTrailer(lines: readonly string[], more: string | undefined): string[] {
  if (more === undefined) return [...lines];
  return lines.length === 0 ? [more] : [...lines, '', more];
}
