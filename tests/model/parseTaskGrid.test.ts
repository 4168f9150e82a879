import { describe, expect, it } from 'vitest';
import { parseTaskGrid, type Grid } from '../../src/model';

const grid = (rows: string[][]): Grid => ({ rows, merges: [], source: 'excel' });

describe('parseTaskGrid: the contract the pane builds against', () => {
  it('reads a grid with a header into tasks, with a header key and one reading per column', () => {
    const table = parseTaskGrid(
      grid([
        ['序 号', '工作任务', '牵头单位', '完成时限'],
        ['1', '建立台账制度。', '县财政局', '2026年6月底前'],
      ]),
    );
    expect(table.tasks.map((t) => [t.no, t.deadline])).toEqual([[1, '2026-06-30']]);
    expect(table.columns?.headerKey).toBe('序号|工作任务|牵头单位|完成时限');
    expect(table.columns?.readings.map((r) => r.role)).toEqual(['no', 'task', 'lead', 'schedule']);
    expect(table.yearNeeded).toBe(false);
  });

  it('asks for the year when deadlines lack one and nothing gave it', () => {
    const rows = [
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '修订管理办法。', '县司法局', '10月底前'],
    ];
    expect(parseTaskGrid(grid(rows)).yearNeeded).toBe(true);
    const withYear = parseTaskGrid(grid(rows), { documentYear: 2027 });
    expect(withYear.yearNeeded).toBe(false);
    expect(withYear.tasks[0]?.deadline).toBe('2027-10-31');
  });

  it('the user roles override the header', () => {
    const rows = [
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '建立制度。', '县教育局', '县财政局', '2026年底前'],
    ];
    const table = parseTaskGrid(grid(rows), { columns: ['no', 'task', 'support', 'lead', 'schedule'] });
    expect(table.columns?.source).toBe('user');
    expect(table.tasks[0]?.assignments).toEqual([
      { agency: '县财政局', role: 'lead' },
      { agency: '县教育局', role: 'support' },
    ]);
  });

  it('an issue about a task carries its number', () => {
    const table = parseTaskGrid(
      grid([
        ['序号', '工作任务', '责任单位', '完成时限'],
        ['4', '清理闲置资产。', '', '2026年底前'],
      ]),
    );
    const missing = table.issues.find((i) => i.code === 'missing-cell');
    expect(missing?.params['no']).toBe(4);
  });

  it('never throws on bad input', () => {
    expect(parseTaskGrid(null as unknown as Grid).issues.map((i) => i.code)).toEqual(['empty']);
    expect(parseTaskGrid(grid([])).issues.map((i) => i.code)).toEqual(['empty']);
  });
});

describe('parseTaskGrid: a Word table with merged cells (repeated in each cell they cover)', () => {
  it('a merged category column and a section row merged across the width import every row', () => {
    const table = parseTaskGrid({
      rows: [
        ['分类', '序号', '工作任务', '责任单位', '完成时限'],
        ['营商环境类', '营商环境类', '营商环境类', '营商环境类', '营商环境类'],
        ['证照改革', '1', '推行证照分离改革。', '县市场监管局', '2026年6月底前'],
        ['证照改革', '2', '压缩企业开办时间。', '县政务服务中心', '2026年9月底前'],
        ['收费清理', '3', '清理涉企收费。', '县发改局', '2026年底前'],
      ],
      merges: [
        { row: 1, col: 0, rowSpan: 1, colSpan: 5 },
        { row: 2, col: 0, rowSpan: 2, colSpan: 1 },
      ],
      source: 'docx',
    });
    expect(table.tasks.map((t) => [t.no, t.text, t.deadline])).toEqual([
      [1, '推行证照分离改革。', '2026-06-30'],
      [2, '压缩企业开办时间。', '2026-09-30'],
      [3, '清理涉企收费。', '2026-12-31'],
    ]);
    expect(table.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual([]);
  });
});
