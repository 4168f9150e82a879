import { describe, expect, test } from 'vitest';
import { decodeZipName } from '../../src/ooxml';
import { GBK_市教育局 } from '../reports/craftedFiles';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeZipName', () => {
  test.each<[string, Uint8Array, boolean, string]>([
    ['ASCII', utf8('report.xlsx'), false, 'report.xlsx'],
    ['UTF-8 with the flag (bit 11)', utf8('市教育局.xlsx'), true, '市教育局.xlsx'],
    ['UTF-8 without the flag (macOS, 7-Zip)', utf8('市教育局.xlsx'), false, '市教育局.xlsx'],
    [
      'GBK without the flag (Chinese Windows)',
      new Uint8Array([...GBK_市教育局, ...utf8('.xlsx')]),
      false,
      '市教育局.xlsx',
    ],
  ])('%s', (_name, raw, flag, expected) => {
    expect(decodeZipName(raw, flag)).toBe(expected);
  });
});
