import { describe, expect, it } from 'vitest';
import { LruCache, textFingerprint } from '../../src/functions/LruCache';

describe('LruCache', () => {
  it('never holds more than its capacity, evicting the oldest first', () => {
    const cache = new LruCache<number>(4);
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, i);
    expect(cache.size).toBe(4);
    expect(['k5', 'k6', 'k7', 'k8', 'k9'].map((k) => cache.has(k))).toEqual([false, true, true, true, true]);
    expect(cache.get('k9')).toBe(9);
    expect(cache.get('k0')).toBeUndefined();
  });

  it('keeps a key read after it aged past half the capacity', () => {
    const cache = new LruCache<number>(4);
    cache.set('hot', 1);
    cache.set('a', 2);
    cache.set('b', 3);
    cache.set('c', 4);
    expect(cache.get('hot')).toBe(1); // aged by 3 > 4/2: refreshed
    cache.set('d', 5);
    cache.set('e', 6);
    expect(cache.has('hot')).toBe(true);
    expect(cache.has('a')).toBe(false);
    expect(cache.has('b')).toBe(false);
    expect(cache.size).toBe(4);
  });

  it('replaces a value set twice without growing', () => {
    const cache = new LruCache<number>(2);
    cache.set('a', 1);
    cache.set('a', 2);
    expect(cache.size).toBe(1);
    expect(cache.get('a')).toBe(2);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('tells apart texts with the same fingerprint, and evicts the right one', () => {
    // 40 characters: position 1 is not among the sampled ones, so these three collide.
    const texts = ['a', 'b', 'c'].map((x) => `市${x}${'局'.repeat(38)}`);
    expect(new Set(texts.map(textFingerprint)).size).toBe(1);
    const cache = new LruCache<number>(2);
    texts.forEach((t, i) => cache.set(t, i));
    expect(cache.size).toBe(2);
    expect(cache.get(texts[0] ?? '')).toBeUndefined();
    expect(cache.get(texts[1] ?? '')).toBe(1);
    expect(cache.get(texts[2] ?? '')).toBe(2);
    cache.set(`市d${'局'.repeat(38)}`, 3);
    expect(cache.has(texts[1] ?? '')).toBe(false);
    expect(cache.get(texts[2] ?? '')).toBe(2);
    expect(cache.get(`市d${'局'.repeat(38)}`)).toBe(3);
  });

  it('finds a text decoded afresh (a different string object with the same content)', () => {
    const cache = new LruCache<number>(10);
    cache.set('市教育局牵头，市财政局等配合', 1);
    const fresh = (JSON.parse(JSON.stringify(['市教育局牵头，市财政局等配合'])) as string[])[0] ?? '';
    expect(cache.get(fresh)).toBe(1);
    expect(cache.get('市教育局牵头，市财政局配合')).toBeUndefined();
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new LruCache(0)).toThrow(RangeError);
    expect(() => new LruCache(1.5)).toThrow(RangeError);
  });
});
