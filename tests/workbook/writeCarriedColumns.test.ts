import { describe, expect, it } from 'vitest';
import { carriedColumns } from '../../src/documents/carriedColumns';
import { gridToTabText, parseTaskTable } from '../../src/model';
import { loadLedger } from '../../src/workbook/loadLedger';
import { writeCarriedColumns } from '../../src/workbook/writeCarriedColumns';
import { createFakeExcel } from './fakeExcel';

const GRID = [
  ['序号', '工作任务', '负责单位', '时间进度', '进展情况', '状态', '备注'],
  ['1', '建立现代职业学校制度。', '市教育局', '2015年底前', '已出台实施意见', '已完成', '重点'],
  ['2', '推进中高职衔接。', '市人社局', '持续实施', '', '推进中', '=1+1'],
  ['3', '加强校企合作。', '市经信委', '2016年6月底前', '', '', ''],
];

async function adopted() {
  const table = parseTaskTable(gridToTabText(GRID));
  if (!table.columns) throw new Error('no column mapping');
  const carried = carriedColumns(
    GRID,
    table.columns,
    table.tasks.map((t) => t.no),
  );
  const excel = createFakeExcel();
  const summary = await loadLedger(
    excel.context,
    table,
    { name: '工作表区域', text: gridToTabText(GRID) },
    { importedAt: '2026-11-29T08:00:00.000Z' },
  );
  return { ...excel, carried, summary };
}

describe('carriedColumns', () => {
  it('carries 进展情况 as ours, a 状态 of status words as ours, 备注 as the user’s own column', async () => {
    const { carried } = await adopted();
    expect(carried.map((c) => [c.header, c.target, [...c.values]])).toEqual([
      ['进展情况', 'progress', [[1, '已出台实施意见']]],
      [
        '状态',
        'status',
        [
          [1, '已完成'],
          [2, '推进中'],
        ],
      ],
      [
        '备注',
        'user',
        [
          [1, '重点'],
          [2, '=1+1'],
        ],
      ],
    ]);
  });
});

describe('writeCarriedColumns', () => {
  it('fills 进展情况 and 状态 of the new rows and adds 备注 as a text column, nothing dropped', async () => {
    const { context, model, carried, summary } = await adopted();
    const result = await writeCarriedColumns(
      context,
      carried.map((c) => ({ header: c.header, target: c.target, values: [...c.values] })),
      summary.added,
    );
    expect(result).toEqual({ written: 5, kept: 0, added: ['备注'] });
    expect(
      [1, 2, 3].map((no) => model.tableCell('TaskLedger', model.rowOf('TaskLedger', no), '进展情况')?.value),
    ).toEqual(['已出台实施意见', '', '']);
    expect([1, 2, 3].map((no) => model.tableCell('TaskLedger', model.rowOf('TaskLedger', no), '状态')?.value)).toEqual([
      '已完成',
      '推进中',
      '未启动',
    ]);
    const remark = model.tableCell('TaskLedger', model.rowOf('TaskLedger', 2), '备注');
    expect(remark?.value).toBe('=1+1');
    expect(remark?.formula).toBeUndefined();
    expect(remark?.numberFormat).toBe('@');
  });

  it('never overwrites what the ledger holds: a second carry keeps every cell', async () => {
    const { context, model, carried, summary } = await adopted();
    const input = carried.map((c) => ({ header: c.header, target: c.target, values: [...c.values] }));
    await writeCarriedColumns(context, input, summary.added);
    model.setTableCell('TaskLedger', model.rowOf('TaskLedger', 1), '进展情况', '用户改过的进展');
    const again = await writeCarriedColumns(context, input, []);
    expect(again).toEqual({ written: 0, kept: 5, added: [] });
    expect(model.tableCell('TaskLedger', model.rowOf('TaskLedger', 1), '进展情况')?.value).toBe('用户改过的进展');
  });

  it('gives null without a ledger', async () => {
    const { context } = createFakeExcel();
    expect(await writeCarriedColumns(context, [{ header: '备注', target: 'user', values: [[1, 'x']] }])).toBeNull();
  });
});
