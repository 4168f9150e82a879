import { describe, expect, test } from 'vitest';
import { LEDGER_COLUMNS } from '../../src/ledgerLayout/ledgerColumns';
import { ledgerRowsFromValues, taskNumber } from '../../src/ledgerLayout/ledgerRowsFromValues';
import { sectionLabel } from '../../src/ledgerLayout/sectionLabel';

const HEADERS = LEDGER_COLUMNS.map((c) => c.header);
const row = (cells: Partial<Record<string, string | number>>): (string | number)[] =>
  HEADERS.map((h) => cells[h] ?? '');

describe('ledgerRowsFromValues', () => {
  test.each([
    [7, 7],
    [' 12 ', 12],
    ['十二', null],
    [0, null],
    [1.5, null],
    ['', null],
  ])('序号 %j reads as %j', (value, no) => {
    expect(taskNumber(value)).toBe(no);
  });

  test('a row without a number is reported, a blank row is skipped silently, a repeated number is reported once', () => {
    const result = ledgerRowsFromValues(
      HEADERS,
      [
        row({ 序号: 1, 工作任务: '甲' }),
        row({ 工作任务: '用户插入的行' }),
        row({}),
        row({ 序号: 1, 工作任务: '重复' }),
      ],
      { row: 1, col: 0 },
    );
    expect(result.rows.map((r) => [r.no, r.text])).toEqual([[1, '甲']]);
    expect(result.issues.map((i) => [i.code, i.line])).toEqual([
      ['no-number', 0],
      ['duplicate-number', 1],
    ]);
    expect(result.issues.map((i) => i.params)).toEqual([
      { row: 3, cell: 'A3', text: '' },
      { no: 1, firstLine: 2, cell: 'A5' },
    ]);
  });

  test('columns are found by header wherever they are, and a missing user column reads as empty', () => {
    const headers = ['备注', '工作任务', '序号', '状态'];
    const result = ledgerRowsFromValues(headers, [['x', '任务', 3, '滞后']], { row: 4, col: 2 });
    expect(result.rows[0]).toMatchObject({ no: 3, text: '任务', status: '滞后', progress: '', line: 5 });
    expect(result.positionByNo.get(3)).toBe(0);
  });
});

describe('sectionLabel', () => {
  test.each([
    [{ no: 1, numeral: '一', title: '构建体系' }, '一、构建体系'],
    [{ no: 1, numeral: '（一）', title: '构建体系' }, '（一）构建体系'],
    [{ no: 1, numeral: '1.', title: '构建体系' }, '1.构建体系'],
    [{ no: 1, numeral: '', title: '构建体系' }, '构建体系'],
  ])('%j → %s', (section, label) => {
    expect(sectionLabel(section)).toBe(label);
  });
});
