import { describe, expect, test } from 'vitest';
import { alignCells, inferColumns } from '../../src/model/inferColumns';

describe('inferColumns', () => {
  test('tab rows: two agency columns are 牵头 then 配合; the schedule is never an agency', () => {
    const rows = [
      ['3', '建立诉求直通车制度。', '市营商办', '市工信局、市市场监管局', '9月底前'],
      ['4', '推行证照分离。', '市审批局', '', '12月底前'],
    ];
    expect(inferColumns(rows, false)).toEqual({
      roles: ['no', 'task', 'lead', 'support', 'schedule'],
      kinds: ['number', 'task', 'agencies', 'agencies', 'schedule'],
      uncertain: false,
    });
  });

  test('cell per line: one agency per line (run lengths vary) is one joint column', () => {
    const rows = [
      ['1', '新建养老服务站。', '县民政局', '县住建局', '县财政局', '10月底前'],
      ['2', '开展体检。', '县卫健局', '各乡镇人民政府', '11月底前'],
      ['3', '建成首末站。', '县交通运输局', '9月投入使用'],
    ];
    expect(inferColumns(rows, true)?.roles).toEqual(['no', 'task', 'units', 'schedule']);
  });

  test('cell per line: two agency lines in most rows are 牵头 and 配合', () => {
    const rows = [
      ['9', '任务甲。', '市营商局', '市工信局、市监局', '3月底前'],
      ['10', '任务乙。', '市审批局', '市监局', '6月底前'],
      ['11', '任务丙。', '市司法局', '10月底前'],
    ];
    expect(inferColumns(rows, true)?.roles).toEqual(['no', 'task', 'lead', 'support', 'schedule']);
  });

  test('a person column is a leader column', () => {
    expect(
      inferColumns(
        [
          ['1', '建成污水厂。', '李卫东', '县住建局', '2026年6月底前'],
          ['2', '新增农田。', '孙丽', '县农业农村局', '全年'],
        ],
        false,
      )?.roles,
    ).toEqual(['no', 'task', 'leader', 'units', 'schedule']);
  });

  test('rows that are not numbered tell nothing', () => {
    expect(inferColumns([['甲', '乙']], false)).toBeNull();
    expect(inferColumns([], false)).toBeNull();
  });
});

describe('alignCells', () => {
  const kinds = ['number', 'task', 'agencies', 'agencies', 'schedule'] as const;
  test('a row short of its support cell keeps the schedule in the schedule column', () => {
    expect(alignCells(['14', '建立检查制度。', '市司法局', '10月底前'], kinds)).toEqual({
      cells: ['14', '建立检查制度。', '市司法局', '', '10月底前'],
      missing: [],
    });
  });

  test('a row short of its units is reported, and one agency per line joins one cell', () => {
    expect(alignCells(['3', '任务丙。', '10月底前'], kinds)).toEqual({
      cells: ['3', '任务丙。', '', '', '10月底前'],
      missing: [2, 3],
    });
    expect(
      alignCells(
        ['1', '任务。', '县民政局', '县住建局', '县财政局', '10月底前'],
        ['number', 'task', 'agencies', 'schedule'],
      ).cells,
    ).toEqual(['1', '任务。', '县民政局\n县住建局\n县财政局', '10月底前']);
  });

  test('nothing is dropped: cells beyond the columns stay at the end', () => {
    expect(
      alignCells(
        ['1', '任务。', '市教育局', '持续实施', '备注一', '备注二'],
        ['number', 'task', 'agencies', 'schedule'],
      ).cells,
    ).toEqual(['1', '任务。', '市教育局', '持续实施', '备注一', '备注二']);
  });
});
