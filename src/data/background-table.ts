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
    const newline = table.indexOf('\n', start);
    const end = newline < 0 ? table.length : newline;
    let keyEnd = start;
    while (keyEnd < end && table.charCodeAt(keyEnd) !== 32) keyEnd++;
    const found = table.slice(start, keyEnd);
    if (found === key) return keyEnd === end ? '' : table.slice(keyEnd + 1, end);
    if (found < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}
