import { describe, expect, it } from 'vitest';
import { applyRefusal } from '../../src/ledgerLayout/applyRefusal';
import { ledgerColumnIndex } from '../../src/ledgerLayout/ledgerColumnIndex';

const HEADER = ['序号', '工作任务', '状态', '进展情况', '更新日期', '填报人'];
const origin = { row: 1, col: 0 }; // the body starts on sheet row 2

describe('applyRefusal', () => {
  it('lets a ledger with every column and distinct 序号 through', () => {
    expect(applyRefusal({ values: [[1], [2]], index: ledgerColumnIndex(HEADER), origin })).toBeNull();
  });

  it('names a column the apply writes when it is missing', () => {
    const index = ledgerColumnIndex(['序号', '工作任务', '状态', '更新日期', '填报人']);
    expect(applyRefusal({ values: [], index, origin })).toEqual({
      code: 'no-ledger',
      problem: {
        code: 'columns-missing',
        params: { table: 'TaskLedger', columns: ['进展情况'], action: 'apply-reports' },
      },
    });
  });

  it('names a column the port can no longer find, though its header is there', () => {
    const refusal = applyRefusal({ values: [], index: ledgerColumnIndex(HEADER), origin }, (k) => k !== 'reporter');
    expect(refusal?.problem).toEqual({
      code: 'columns-missing',
      params: { table: 'TaskLedger', columns: ['填报人'], action: 'apply-reports' },
    });
  });

  it('refuses a 序号 on two rows, naming the sheet rows', () => {
    expect(applyRefusal({ values: [[3], [5], [3]], index: ledgerColumnIndex(HEADER), origin })).toEqual({
      code: 'invalid',
      problem: { code: 'duplicate-numbers', params: { duplicates: [{ no: 3, rows: [2, 4] }] } },
    });
  });
});
