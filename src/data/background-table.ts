/**
 * The rest of the line of `key` in a table of lines sorted by key (code unit order), each line a
 * key, then a space and its value or nothing: the value, '' for a key alone, undefined for a key
 * not in the table. A binary search over the string as it is: a summary looks up a few hundred
 * keys, far cheaper than parsing tens of thousands of lines into a map at start-up.
 */
export function lookUp(table: string, key: string): string | undefined {
  // [lo, hi) is a run of whole lines: lo starts one, hi starts one or is the end.
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // The line around mid; it starts at lo at the earliest, since a line break comes before lo.
    const start = table.lastIndexOf('\n', mid - 1) + 1;
    // Compare the line's key with `key` in place, a code unit at a time.
    let i = 0;
    let order = 0;
    for (; ; i++) {
      const c = start + i < table.length ? table.charCodeAt(start + i) : 10;
      const ended = c === 32 || c === 10;
      if (i === key.length) {
        order = ended ? 0 : 1;
        break;
      }
      if (ended) {
        order = -1;
        break;
      }
      order = c - key.charCodeAt(i);
      if (order !== 0) break;
    }
    const at = start + i;
    const newline = table.indexOf('\n', at);
    const end = newline < 0 ? table.length : newline;
    if (order === 0) return at === end ? '' : table.slice(at + 1, end);
    if (order < 0) lo = end + 1;
    else hi = start;
  }
  return undefined;
}
