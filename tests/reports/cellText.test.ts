import { expect, test } from 'vitest';
import fc from 'fast-check';
import ExcelJS, { type CellValue } from 'exceljs';
import { cellDate, cellText } from '../../src/reports/cellText';

test.each<[string, CellValue, string]>([
  ['empty', null, ''],
  ['text with CRLF and spaces', ' 第一行\r\n第二行 ', '第一行\n第二行'],
  ['a number', 12, '12'],
  ['rich text', { richText: [{ text: '推进' }, { text: '中' }] }, '推进中'],
  ['a formula result', { formula: 'A1', result: '已完成' }, '已完成'],
  ['a hyperlink', { text: '见附件', hyperlink: 'https://example.org' }, '见附件'],
  ['an error', { error: ExcelJS.ErrorValue.NotApplicable }, ''],
])('cellText of %s', (_name, value, text) => {
  expect(cellText(value)).toBe(text);
});

test.each<[string, CellValue, ReturnType<typeof cellDate>]>([
  ['a date cell', new Date(Date.UTC(2026, 10, 25)), { date: '2026-11-25' }],
  ['a serial', 46351, { date: '2026-11-25' }],
  ['ISO text', '2026-11-25', { date: '2026-11-25' }],
  ['slashes', '2026/11/5', { date: '2026-11-05' }],
  ['dots', '2026.11.05', { date: '2026-11-05' }],
  ['Chinese', '2026年11月25日', { date: '2026-11-25' }],
  ['full-width digits', '２０２６年１１月２５日', { date: '2026-11-25' }],
  ['empty', null, { date: null }],
  ['a day that does not exist', '2026-02-30', { invalid: '2026-02-30' }],
  ['words', '月底', { invalid: '月底' }],
])('cellDate of %s', (_name, value, result) => {
  expect(cellDate(value)).toEqual(result);
});

test('cellDate reads every real day written as text, with any separator', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 2000, max: 2099 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.constantFrom('-', '/', '.'),
      (y, m, d, sep) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(cellDate(`${y}${sep}${m}${sep}${d}`)).toEqual({ date: iso });
        expect(cellDate(`${y}年${m}月${d}日`)).toEqual({ date: iso });
      },
    ),
  );
});
