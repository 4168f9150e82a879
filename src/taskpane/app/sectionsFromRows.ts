/** Rebuilds the section list (number, numeral, title) from ledger rows, which carry only a number and a title. */
import type { Section } from '../../model';
import type { LedgerRow } from '../../workbook/port';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 1–99 as a Chinese numeral (一, 十二, 二十), the way section headings number themselves. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens] ?? ''}十`;
  return tensPart + (ones === 0 ? '' : (DIGITS[ones] ?? ''));
}

const HEADING = /^\s*(?:[（(]\s*)?([一二三四五六七八九十]+|\d+)\s*(?:[、.．)）]\s*)(.*)$/u;

export function sectionsFromRows(rows: readonly Pick<LedgerRow, 'section' | 'sectionTitle'>[]): Section[] {
  const byNo = new Map<number, string>();
  for (const row of rows) {
    if (row.section !== null && !byNo.has(row.section)) byNo.set(row.section, row.sectionTitle);
  }
  return [...byNo.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([no, raw]) => {
      const m = HEADING.exec(raw);
      return m
        ? { no, numeral: m[1] ?? chineseNumeral(no), title: (m[2] ?? '').trim() }
        : { no, numeral: chineseNumeral(no), title: raw.trim() };
    });
}
