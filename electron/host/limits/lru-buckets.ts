/**
 * Token buckets per key (an address), in a table bounded by least-recent use: when it is full the
 * key seen longest ago is forgotten, never the whole table. A scan of 10,000 addresses therefore
 * cannot reset the limit of the one address that floods: it is always the most recent.
 * A forgotten key starts again with a full bucket, which is what a key unseen for that long deserves.
 */
export class LruBuckets {
  /** Map iteration order is insertion order: re-inserting on use keeps the oldest first. */
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly maxKeys = 4096,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.buckets.size;
  }

  /** Takes one token for `key`; false when its bucket is empty. */
  take(key: string): boolean {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: t };
    b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) * this.perSecond) / 1000);
    b.at = t;
    this.buckets.delete(key);
    this.buckets.set(key, b);
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}
