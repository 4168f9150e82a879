/**
 * Date text typed into a cell instead of a date (`2015-08-31`, `2015/8/31`, `2015.8.31`).
 */
import { isValidIsoDate, type IsoDate } from '../model';

const ISO_LIKE = /^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$/;

/** The IsoDate the text names; null for other text or an impossible date (2015-02-30). */
export function isoFromDateText(text: string): IsoDate | null {
  const m = ISO_LIKE.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}
