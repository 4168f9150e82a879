/**
 * Days as Chinese official texts write them.
 */
import type { IsoDate } from '../model';

/**
 * `2026-11-25` → `2026年11月25日`.
 * @example chineseDate('2026-01-05') // '2026年1月5日'
 */
export function chineseDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}
