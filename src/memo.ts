/**
 * `fn` with its answers remembered: for functions of a word or stem that a text, and more so a
 * corpus, asks about again and again. Past `max` entries the memory starts afresh, so that a huge
 * vocabulary cannot grow it without bound.
 */
export function memoize<T>(fn: (key: string) => T, max = 200_000): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const value = fn(key);
    if (memo.size >= max) memo.clear();
    memo.set(key, value);
    return value;
  };
}
