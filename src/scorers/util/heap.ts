/** A binary heap: the item that comes `before` all others on top. O(log n) push, pop and replace. */
export class Heap<T> {
  private readonly items: T[] = [];

  constructor(private readonly before: (a: T, b: T) => boolean) {}

  /** A heap of these items, built bottom-up in O(n). */
  static from<T>(items: Iterable<T>, before: (a: T, b: T) => boolean): Heap<T> {
    const heap = new Heap(before);
    for (const item of items) heap.items.push(item);
    for (let at = (heap.items.length >> 1) - 1; at >= 0; at--) heap.down(at);
    return heap;
  }

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    this.items.push(item);
    this.up(this.items.length - 1);
  }

  pop(): T | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last !== undefined) {
      this.items[0] = last;
      this.down(0);
    }
    return top;
  }

  /** Put `item` in place of the top (cheaper than pop then push). */
  replaceTop(item: T): void {
    if (this.items.length === 0) this.items.push(item);
    else {
      this.items[0] = item;
      this.down(0);
    }
  }

  private up(at: number): void {
    const items = this.items;
    const item = items[at] as T;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = items[parent] as T;
      if (!this.before(item, above)) break;
      items[at] = above;
      at = parent;
    }
    items[at] = item;
  }

  private down(at: number): void {
    const items = this.items;
    const n = items.length;
    const item = items[at] as T;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= n) break;
      if (child + 1 < n && this.before(items[child + 1] as T, items[child] as T)) child++;
      const below = items[child] as T;
      if (!this.before(below, item)) break;
      items[at] = below;
      at = child;
    }
    items[at] = item;
  }
}
