/**
 * Why a ledger cannot take a reporting-round plan at all, before anything is written: a column the apply writes is
 * missing, or a 序号 stands on two rows (which task is meant cannot be told). Both ports refuse the same way.
 */
import { duplicateList, duplicateNumbers } from './duplicateNumbers';
import type { LedgerColumnIndex } from './ledgerColumnIndex';
import { LEDGER_HEADERS, type LedgerColumnKey } from './ledgerColumns';
import type { BodyOrigin } from './ledgerRowsFromValues';
import { LEDGER_TABLE } from './workbookNames';

/** The columns an apply finds rows by and writes. */
const APPLY_COLUMNS: readonly LedgerColumnKey[] = ['no', 'status', 'progress', 'updated', 'reporter'];

export type ApplyRefusal =
  | {
      code: 'no-ledger';
      problem: {
        code: 'columns-missing';
        params: { table: string; columns: readonly string[]; action: 'apply-reports' };
      };
    }
  | {
      code: 'invalid';
      problem: {
        code: 'duplicate-numbers';
        params: { duplicates: readonly { no: number; rows: readonly number[] }[] };
      };
    };

/**
 * The refusal for the ledger as read, or null when the plan may be applied. `known` says whether the port can still
 * find a column (Excel: by its remembered id); by default a column found by its header is enough.
 * @example applyRefusal({ values: [[3], [3]], index, origin: { row: 1, col: 0 } })?.problem.code // 'duplicate-numbers'
 */
export function applyRefusal(
  ledger: { values: readonly (readonly unknown[])[]; index: LedgerColumnIndex; origin: BodyOrigin },
  known: (key: LedgerColumnKey) => boolean = () => true,
): ApplyRefusal | null {
  const { values, index, origin } = ledger;
  const missing = APPLY_COLUMNS.find((k) => index[k] < 0 || !known(k));
  if (missing !== undefined)
    return {
      code: 'no-ledger',
      problem: {
        code: 'columns-missing',
        params: { table: LEDGER_TABLE, columns: [LEDGER_HEADERS[missing]], action: 'apply-reports' },
      },
    };
  const duplicates = duplicateNumbers(values, index.no, origin);
  if (duplicates.size === 0) return null;
  return { code: 'invalid', problem: { code: 'duplicate-numbers', params: { duplicates: duplicateList(duplicates) } } };
}
