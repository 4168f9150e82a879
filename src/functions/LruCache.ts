/**
 * A bounded least-recently-used cache keyed by cell text.
 *
 * Why not a plain `Map<string, V>`: Excel hands every call freshly decoded strings, so a Map hashes
 * every character of every cell on every call, which costs about as much as the decode itself. Here a
 * lookup hashes a few sampled characters and the length (cheap, a small integer key), then confirms
 * the hit with `===` on the whole text (a native compare), so a different text is never mistaken for
 * a cached one; texts with the same fingerprint are chained. Recency is refreshed on a hit only once
 * an entry has aged past half the capacity, so hot texts cost no bookkeeping.
 */
interface Node<V> {
  readonly text: string;
  value: V;
  stamp: number;
  /** The next text with the same fingerprint. */
  next: Node<V> | undefined;
}

/** At most this many characters are hashed, spread evenly over the text (both ends included). */
const SAMPLES = 12;

/** A cheap hash of a text: its length and up to SAMPLES evenly spaced characters, as a small integer. */
export function textFingerprint(text: string): number {
  const n = text.length;
  let h = n;
  const step = n <= SAMPLES ? 1 : Math.ceil(n / SAMPLES);
  for (let i = n - 1; i >= 0; i -= step) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  if (n > SAMPLES) h = (Math.imul(h, 31) + text.charCodeAt(0)) | 0;
  // Kept within V8's small-integer range so the Map key is never boxed.
  return h & 0x3fffffff;
}

export class LruCache<V> {
  private readonly byFingerprint = new Map<number, Node<V>>();
  /** Every node by text, in recency order (a Map iterates in insertion order): only eviction and refresh use it. */
  private readonly byRecency = new Map<string, Node<V>>();
  private clock = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
  }

  get size(): number {
    return this.byRecency.size;
  }

  private find(text: string, fingerprint: number): Node<V> | undefined {
    for (let node = this.byFingerprint.get(fingerprint); node !== undefined; node = node.next) {
      if (node.text === text) return node;
    }
    return undefined;
  }

  get(text: string): V | undefined {
    const node = this.find(text, textFingerprint(text));
    if (node === undefined) return undefined;
    if (this.clock - node.stamp > this.capacity >> 1) this.touch(node);
    return node.value;
  }

  has(text: string): boolean {
    return this.find(text, textFingerprint(text)) !== undefined;
  }

  set(text: string, value: V): void {
    const fingerprint = textFingerprint(text);
    const existing = this.find(text, fingerprint);
    if (existing !== undefined) {
      existing.value = value;
      this.touch(existing);
      return;
    }
    const node: Node<V> = { text, value, stamp: ++this.clock, next: this.byFingerprint.get(fingerprint) };
    this.byFingerprint.set(fingerprint, node);
    this.byRecency.set(text, node);
    if (this.byRecency.size > this.capacity) {
      const oldest = this.byRecency.values().next();
      if (oldest.done !== true) this.remove(oldest.value);
    }
  }

  clear(): void {
    this.byFingerprint.clear();
    this.byRecency.clear();
  }

  /** Moves a node to the young end of the recency order. */
  private touch(node: Node<V>): void {
    this.byRecency.delete(node.text);
    node.stamp = ++this.clock;
    this.byRecency.set(node.text, node);
  }

  private remove(node: Node<V>): void {
    this.byRecency.delete(node.text);
    const fingerprint = textFingerprint(node.text);
    let head = this.byFingerprint.get(fingerprint);
    if (head === node) {
      if (node.next === undefined) this.byFingerprint.delete(fingerprint);
      else this.byFingerprint.set(fingerprint, node.next);
      return;
    }
    while (head !== undefined && head.next !== node) head = head.next;
    if (head !== undefined) head.next = node.next;
  }
}
