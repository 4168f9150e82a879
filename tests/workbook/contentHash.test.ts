import { describe, expect, test } from 'vitest';
import { contentHash } from '../../src/workbook/contentHash';

describe('contentHash (FNV-1a 32)', () => {
  test.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('%j hashes to %s', (text, hash) => {
    expect(contentHash(text)).toBe(hash);
  });

  test('hashes UTF-8 bytes, so Chinese text differs by content', () => {
    expect(contentHash('市教育局')).not.toBe(contentHash('市教育厅'));
    expect(contentHash('市教育局')).toMatch(/^[0-9a-f]{8}$/);
  });
});
