import { describe, expect, it } from 'vitest';
import { roundRowPlace } from '../../src/ledgerLayout/roundRowPlace';

const HEADER = ['轮次编号', '轮次名称', '截止日期', '创建时间', '已报送单位'];
const BODY = [
  ['r-10', '2026年10月', '2026-10-25', 't1', ''],
  ['r-11', '2026年11月', '2026-11-25', 't2', '市教育局 2026-11-20'],
];

describe('roundRowPlace', () => {
  it('finds an existing round’s row by its 轮次编号, and gives a new one -1', () => {
    expect(roundRowPlace(HEADER, BODY, 'r-11', '2026年11月（补报）')).toEqual({
      ok: true,
      at: [0, 1, 2, 3, 4],
      position: 1,
    });
    expect(roundRowPlace(HEADER, BODY, 'r-12', '2026年12月')).toMatchObject({ ok: true, position: -1 });
  });

  it('finds the columns by header wherever they stand', () => {
    const header = ['已报送单位', '创建时间', '截止日期', '轮次名称', '轮次编号'];
    expect(roundRowPlace(header, [['', 't', '2026-10-25', '十月', 'r-10']], 'r-10', '十月')).toEqual({
      ok: true,
      at: [4, 3, 2, 1, 0],
      position: 0,
    });
  });

  it('refuses a name another round has, but not the round’s own', () => {
    expect(roundRowPlace(HEADER, BODY, 'r-12', '2026年10月')).toEqual({
      ok: false,
      code: 'duplicate-name',
      problem: { code: 'round-name-taken', params: { name: '2026年10月' } },
    });
    expect(roundRowPlace(HEADER, BODY, 'r-10', '2026年10月').ok).toBe(true);
  });

  it('refuses a table without a column the save writes', () => {
    expect(roundRowPlace(['轮次编号', '轮次名称', '创建时间', '已报送单位'], [], 'r-1', '一月')).toEqual({
      ok: false,
      code: 'invalid',
      problem: {
        code: 'columns-missing',
        params: { table: 'ReportRounds', columns: ['截止日期'], action: 'save-round' },
      },
    });
  });
});
