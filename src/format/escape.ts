/**
 * Characters of the input that would act on a terminal or reorder what is shown instead of being
 * shown: C0 controls but tab and line feed (ESC starts every ANSI sequence: colour, cursor moves,
 * clearing the screen, setting the window title), DEL, C1 controls (CSI, OSC as single bytes), and
 * the bidirectional overrides and isolates that make text read differently than it is stored.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text from the input made safe to print: each such character becomes a visible stand-in, the
 * Control Pictures symbol for a C0 control (ESC shows as ␛), U+FFFD for the others. Nothing the
 * input holds can colour, move or clear a terminal, or reorder a line.
 */
export function visible(text: string): string {
  return text.replace(unsafe, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}

const htmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML page, in an element or an attribute: markup characters as entities, controls as {@link visible} does. */
export function escapeHtml(text: string): string {
  return visible(text).replace(/[&<>"']/gu, (c) => htmlEntities[c] as string);
}
