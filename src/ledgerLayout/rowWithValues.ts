/**
 * A ledger row's cells with some columns replaced: what a write puts there, or what was there just before it. The
 * ports compute a row's version from it (`rowVersion`) without reading the row again.
 */
import type { LedgerColumnIndex } from './ledgerColumnIndex';
import type { LedgerColumnKey } from './ledgerColumns';

/**
 * A copy of `cells` with each value of `values` in its column; columns the table lacks are left out.
 * @example rowWithValues([9, '未启动'], index, { status: '推进中' }) // [9, '推进中']
 */
export function rowWithValues(
  cells: readonly unknown[],
  index: LedgerColumnIndex,
  values: Partial<Record<LedgerColumnKey, unknown>>,
): unknown[] {
  const out = [...cells];
  for (const [key, value] of Object.entries(values))
    if (index[key as LedgerColumnKey] >= 0) out[index[key as LedgerColumnKey]] = value;
  return out;
}
