import { describe, expect, it } from 'vitest';
import { ledgerColumnIndex } from '../../src/ledgerLayout/ledgerColumnIndex';
import type { LedgerRow } from '../../src/ledgerLayout/ledgerRow';
import { statusEntryTarget, type LedgerRead } from '../../src/ledgerLayout/statusEntryTarget';

const HEADER = ['序号', '工作任务', '状态', '进展情况', '更新日期', '填报人', '延期至', '延期原因'];
const entry = { status: '推进中' as const, note: '已起草', date: '2026-11-29', by: '张三' };
// Only the fields the check reads: 序号 and version.
const row = (no: number, version: string) => ({ no, version }) as unknown as LedgerRow;

/** Tasks 3 and 7 on sheet rows 2 and 3 (the body starts on row 2). */
function ledger(
  header = HEADER,
  values: unknown[][] = [
    [3, '甲'],
    [7, '乙', '滞后', '', '', '王五'],
  ],
): LedgerRead {
  return {
    rows: [row(3, 'v3'), row(7, 'v7')],
    values,
    index: ledgerColumnIndex(header),
    positionByNo: new Map([
      [3, 0],
      [7, 1],
    ]),
    origin: { row: 1, col: 0 },
  };
}

describe('statusEntryTarget', () => {
  it('finds the task’s row, its position and cells', () => {
    const target = statusEntryTarget(ledger(), 7, entry, 'v7');
    expect(target).toEqual({ ok: true, position: 1, row: row(7, 'v7'), cells: [7, '乙', '滞后', '', '', '王五'] });
  });

  it('refuses a task not in the ledger', () => {
    expect(statusEntryTarget(ledger(), 9, entry, undefined)).toEqual({
      ok: false,
      code: 'not-found',
      problem: { code: 'task-gone', params: { no: 9 } },
    });
  });

  it('refuses a row edited since the pane read it, with its status and reporter now', () => {
    expect(statusEntryTarget(ledger(), 7, entry, 'v6')).toEqual({
      ok: false,
      code: 'conflict',
      problem: { code: 'row-edited', params: { no: 7, status: '滞后', reporter: '王五' } },
    });
  });

  it('refuses a missing column, the extension’s only when the entry grants one', () => {
    const noExtension = ledger(HEADER.slice(0, 6));
    expect(statusEntryTarget(noExtension, 3, entry, undefined).ok).toBe(true);
    const extended = { ...entry, extension: { date: '2026-12-31', reason: '资金未到位' } };
    expect(statusEntryTarget(noExtension, 3, extended, undefined)).toEqual({
      ok: false,
      code: 'no-ledger',
      problem: {
        code: 'columns-missing',
        params: { table: 'TaskLedger', columns: ['延期至'], action: 'write-status' },
      },
    });
  });

  it('refuses a column the port can no longer find', () => {
    const target = statusEntryTarget(ledger(), 3, entry, undefined, (k) => k !== 'updated');
    expect(target.ok === false && target.problem.params).toEqual({
      table: 'TaskLedger',
      columns: ['更新日期'],
      action: 'write-status',
    });
  });

  it('refuses a 序号 on two rows, naming its sheet rows, but not another task’s', () => {
    const read = { ...ledger(), values: [[3], [7], [3]] };
    expect(statusEntryTarget(read, 3, entry, undefined)).toEqual({
      ok: false,
      code: 'invalid',
      problem: { code: 'duplicate-numbers', params: { duplicates: [{ no: 3, rows: [2, 4] }] } },
    });
    expect(statusEntryTarget(read, 7, entry, undefined).ok).toBe(true);
  });
});
