/**
 * Cell values as ExcelJS reads them (text, numbers, dates, rich text, formulas, links), as plain text and days.
 */
import type { CellValue } from 'exceljs';
import { fromExcelSerial, isValidIsoDate, toHalfWidth, type IsoDate } from '../model';

/**
 * The text a cell shows, trimmed, with `\r\n` as `\n`; '' for empty and error cells.
 * @example cellText({ richText: [{ text: '推进' }, { text: '中' }] }) // '推进中'
 */
export function cellText(value: CellValue | undefined): string {
  return rawText(value).replace(/\r\n?/g, '\n').trim();
}

function rawText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateOf(value) ?? '';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return rawText((value as { result?: CellValue }).result ?? null);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : rawText(value.text);
  return '';
}

/** ExcelJS turns serials into `Date`s at UTC midnight: read the UTC fields. */
function dateOf(d: Date): IsoDate | null {
  if (Number.isNaN(d.getTime())) return null;
  const iso = `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u;

/**
 * The day a 填报日期 cell holds: a date cell, a serial number, or text like `2026-11-25`, `2026/11/25`, `2026年11月25日`.
 * Returns `{ date: null }` for an empty cell and `{ invalid: text }` for anything else.
 * @example cellDate('2026年11月25日') // { date: '2026-11-25' }
 */
export function cellDate(value: CellValue | undefined): { date: IsoDate | null } | { invalid: string } {
  if (value instanceof Date) {
    const date = dateOf(value);
    return date === null ? { invalid: String(value) } : { date };
  }
  if (typeof value === 'number') {
    const date = fromExcelSerial(value);
    return date === null ? { invalid: String(value) } : { date };
  }
  if (value !== null && value !== undefined && typeof value === 'object' && 'formula' in value) {
    return cellDate((value as { result?: CellValue }).result ?? null);
  }
  const text = toHalfWidth(cellText(value));
  if (text === '') return { date: null };
  const m = DATE_TEXT.exec(text);
  if (m) {
    const iso = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
    if (isValidIsoDate(iso)) return { date: iso };
  }
  return { invalid: text };
}
