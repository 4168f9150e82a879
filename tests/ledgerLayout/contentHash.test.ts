import { expect, it } from 'vitest';
import fc from 'fast-check';
import { contentHash } from '../../src/ledgerLayout/contentHash';

it('is 16 hex digits and the same for the same parts', () => {
  expect(contentHash(['wb', '2026年11月', '市教育局'])).toMatch(/^[0-9a-f]{16}$/);
  expect(contentHash(['wb', '2026年11月'])).toBe(contentHash(['wb', '2026年11月']));
});

it('tells apart parts that join to the same text', () => {
  expect(contentHash(['ab', 'c'])).not.toBe(contentHash(['a', 'bc']));
  expect(contentHash(['推进中'])).not.toBe(contentHash(['已完成']));
});

it('has no collisions among 20,000 distinct short answers', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 20_000; i += 1) seen.add(contentHash(['wb', 'r-1', '市教育局', String(i % 24), `进展${i}`]));
  expect(seen.size).toBe(20_000);
});

it('changes when any single character changes', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.nat(), (text, at) => {
      const i = at % text.length;
      const changed = text.slice(0, i) + String.fromCharCode((text.charCodeAt(i) + 1) % 0xffff) + text.slice(i + 1);
      return contentHash([text]) !== contentHash([changed]);
    }),
  );
});
