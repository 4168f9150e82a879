import { describe, expect, test } from 'vitest';
import { zipSync } from 'fflate';
import { decodeZipName, inflateEntry, listZipEntries } from '../../src/reports/zipEntries';
import { GBK_市教育局 } from './craftedFiles';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeZipName', () => {
  test.each<[string, Uint8Array, boolean, string]>([
    ['ASCII', utf8('report.xlsx'), false, 'report.xlsx'],
    ['UTF-8 with the flag (bit 11)', utf8('市教育局.xlsx'), true, '市教育局.xlsx'],
    ['UTF-8 without the flag (macOS, 7-Zip)', utf8('市教育局.xlsx'), false, '市教育局.xlsx'],
    ['GBK without the flag (Chinese Windows)', new Uint8Array([...GBK_市教育局, ...utf8('.xlsx')]), false, '市教育局.xlsx'],
  ])('%s', (_name, raw, flag, expected) => {
    expect(decodeZipName(raw, flag)).toBe(expected);
  });
});

describe('inflateEntry', () => {
  const zip = zipSync({ 'a.bin': new Uint8Array(3 * 1024 * 1024).fill(7), 'b.txt': utf8('hello') });
  const entries = listZipEntries(zip) ?? [];

  test('lists the central directory', () => {
    expect(entries.map((e) => [e.name, e.declaredSize])).toEqual([['a.bin', 3 * 1024 * 1024], ['b.txt', 5]]);
  });

  test('inflates an entry under the cap and counts what it produced', async () => {
    const a = await inflateEntry(zip, entries[0]!, 4 * 1024 * 1024, true);
    expect(a.ok && [a.size, a.bytes.length, a.bytes[0], a.bytes[a.bytes.length - 1]]).toEqual([3 * 1024 * 1024, 3 * 1024 * 1024, 7, 7]);
    const b = await inflateEntry(zip, entries[1]!, 100, true);
    expect(b.ok && new TextDecoder().decode(b.bytes)).toBe('hello');
  });

  test('stops at the cap, whatever the entry declares', async () => {
    expect(await inflateEntry(zip, { ...entries[0]!, declaredSize: 10 }, 1024 * 1024, false)).toEqual({ ok: false, reason: 'too-large' });
  });

  test('a truncated directory is no listing', () => {
    expect(listZipEntries(zip.subarray(0, zip.length - 30))).toBeNull();
  });
});
