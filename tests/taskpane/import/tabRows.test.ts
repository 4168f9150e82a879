import { describe, expect, test } from 'vitest';
import { tabRows, widestTabRow } from '../../../src/taskpane/import/tabRows';

describe('tabRows', () => {
  test('quoted cells keep their tabs, line breaks and quotes; CRLF ends a row', () => {
    expect([...tabRows('1\t"a\tb\nc"\t"说""明"\r\n2\t乙')]).toEqual([
      ['1', 'a\tb\nc', '说"明'],
      ['2', '乙'],
    ]);
  });

  test('a quote inside a cell that does not start with one is text', () => {
    expect([...tabRows('1\t他说"好"\t丙')]).toEqual([['1', '他说"好"', '丙']]);
  });

  test('widestTabRow: the most cells in a row, a quoted line break not counted as a row', () => {
    expect(widestTabRow('1\t"甲\n乙"\t丙\t丁\n2\t戊')).toBe(4);
    expect(widestTabRow('只有一段文字')).toBe(1);
  });
});
