import { describe, expect, it } from 'vitest';
import { foldHeaderCells } from '../../src/model/foldHeaderCells';
import { gridStructure } from '../../src/model/gridStructure';
import { parseTaskGrid, type Grid, type GridMerge } from '../../src/model';

/** A Word table as `wordTableGrid` gives it: a merged area's text in every cell it covers. */
const word = (rows: string[][], merges: GridMerge[]): Grid => ({ rows, merges, source: 'docx' });

describe('foldHeaderCells: one name from the cells of a column in a header of several rows', () => {
  it('a cell merged down through the header is named once', () => {
    expect(foldHeaderCells(['完成时限', '完成时限'])).toBe('完成时限');
  });
  it('a sub-header under a span names the column; a bare role word takes the parent noun', () => {
    expect(foldHeaderCells(['责任单位', '配合单位'])).toBe('配合单位');
    expect(foldHeaderCells(['责任单位', '牵头'])).toBe('牵头单位');
    expect(foldHeaderCells(['责任部门', '协同'])).toBe('协同部门');
  });
  it('a sub-header that is no header word is kept as written (a quarter under 进度安排)', () => {
    expect(foldHeaderCells(['进度安排', '二季度'])).toBe('二季度');
  });
});

describe('gridStructure: facts from merges', () => {
  it('no merges, no facts (text grids read as before)', () => {
    const s = gridStructure({
      rows: [
        ['序号', '工作任务', '责任单位'],
        ['1', '修订办法。', '县司法局'],
      ],
      merges: [],
      source: 'text',
    });
    expect(s.categories).toEqual([]);
    expect(s.subRows).toEqual([]);
  });

  it('a leader column merged down the left is not a category (its header says persons)', () => {
    const s = gridStructure(
      word(
        [
          ['责任领导', '序号', '工作任务', '牵头单位'],
          ['王某', '1', '修订办法。', '县司法局'],
          ['王某', '2', '清理文件。', '县政府办'],
        ],
        [{ row: 1, col: 0, rowSpan: 2, colSpan: 1 }],
      ),
    );
    expect(s.categories).toEqual([]);
  });

  it('a category merged beside a merged leader column is still a category; the leader column stays a column', () => {
    const table = parseTaskGrid(
      word(
        [
          ['分管领导', '类别', '序号', '工作任务', '责任单位', '完成时限'],
          ['赵某', '产业', '1', '建成标准厂房。', '县工信局', '2026年9月底前'],
          ['赵某', '产业', '2', '推进项目开工。', '县发改局', '2026年底前'],
          ['钱某', '民生', '3', '新增学位。', '县教育局', '2026年8月底前'],
          ['钱某', '民生', '4', '新建食堂。', '县民政局', '2026年9月底前'],
        ],
        [
          { row: 1, col: 0, rowSpan: 2, colSpan: 1 },
          { row: 1, col: 1, rowSpan: 2, colSpan: 1 },
          { row: 3, col: 0, rowSpan: 2, colSpan: 1 },
          { row: 3, col: 1, rowSpan: 2, colSpan: 1 },
        ],
      ),
    );
    expect(table.sections.map((s) => s.title)).toEqual(['产业', '民生']);
    expect(table.tasks.map((t) => [t.no, t.section, t.leaders])).toEqual([
      [1, 1, ['赵某']],
      [2, 1, ['赵某']],
      [3, 2, ['钱某']],
      [4, 2, ['钱某']],
    ]);
    expect(table.columns?.roles).toEqual(['leader', 'other', 'no', 'task', 'units', 'schedule']);
  });

  it('merges that point outside the grid or carry nonsense are ignored, never thrown on', () => {
    const rows = [
      ['序号', '工作任务', '责任单位'],
      ['1', '修订办法。', '县司法局'],
    ];
    const bad = [
      { row: -1, col: 0, rowSpan: 2, colSpan: 1 },
      { row: 9, col: 9, rowSpan: 2, colSpan: 1 },
      { row: 1, col: 0, rowSpan: Number.NaN, colSpan: 1 },
      { row: 1, col: 0, rowSpan: 1e9, colSpan: 1e9 },
    ] as GridMerge[];
    expect(() => gridStructure(word(rows, bad))).not.toThrow();
    expect(parseTaskGrid(word(rows, bad)).tasks.map((t) => t.units)).toEqual(['县司法局']);
  });
});

describe('parseTaskGrid: Word tables read by their merges', () => {
  it('a category column merged down the left, no 序号 column, numbers at the start of the task: every row, sections from the categories', () => {
    const table = parseTaskGrid(
      word(
        [
          ['2027年重点工作任务分工'],
          ['板块', '工作任务', '牵头单位', '配合单位', '时间节点'],
          ['园区', '1.建成标准化厂房5万平方米。', '县工信局', '县自然资源局', '2027年9月底前'],
          ['园区', '2.完善园区污水管网。', '县住建局', '', '2027年底前'],
          ['园区', '3.引进配套企业10家。', '县招商中心', '县工信局', '2027年11月'],
          ['乡村', '4.改造农村公路30公里。', '县交通局', '各乡镇', '10月底前'],
          ['乡村', '5.新建村级养老服务点8个。', '县民政局', '', '12月底前'],
        ],
        [
          { row: 0, col: 0, rowSpan: 1, colSpan: 5 },
          { row: 2, col: 0, rowSpan: 3, colSpan: 1 },
          { row: 5, col: 0, rowSpan: 2, colSpan: 1 },
        ],
      ),
    );
    expect(table.tasks.map((t) => [t.no, t.text, t.deadline])).toEqual([
      [1, '建成标准化厂房5万平方米。', '2027-09-30'],
      [2, '完善园区污水管网。', '2027-12-31'],
      [3, '引进配套企业10家。', '2027-11-30'],
      [4, '改造农村公路30公里。', '2027-10-31'],
      [5, '新建村级养老服务点8个。', '2027-12-31'],
    ]);
    expect(table.sections.map((s) => s.title)).toEqual(['园区', '乡村']);
    expect(table.tasks.map((t) => t.section)).toEqual([1, 1, 1, 2, 2]);
    expect(table.tasks[3]?.assignments).toEqual([
      { agency: '县交通局', role: 'lead' },
      { agency: '各乡镇', role: 'support' },
    ]);
    // The pane's column roles are the grid's columns: the category column is there, read as other.
    expect(table.columns?.roles).toEqual(['other', 'task', 'lead', 'support', 'schedule']);
    expect(table.columns?.headers).toEqual(['板块', '工作任务', '牵头单位', '配合单位', '时间节点']);
    expect(table.columns?.readings).toHaveLength(5);
  });

  it('a two-row header: 责任单位 spanning bare 牵头 | 配合, the other header cells merged down, beside a merged category', () => {
    const table = parseTaskGrid(
      word(
        [
          ['类别', '序号', '工作任务', '责任单位', '责任单位', '完成\n时限'],
          ['类别', '序号', '工作任务', '牵头', '配合', '完成\n时限'],
          ['民生', '1', '新增公办学位600个。', '市教育局', '市财政局、市住建局', '2026年8月底前'],
          ['民生', '2', '建设社区食堂12个。', '市民政局', '', '长期坚持'],
          ['安全', '3', '更新老旧燃气管道。', '市城管局', '市应急局', '2026年底前'],
        ],
        [
          { row: 0, col: 0, rowSpan: 2, colSpan: 1 },
          { row: 0, col: 1, rowSpan: 2, colSpan: 1 },
          { row: 0, col: 2, rowSpan: 2, colSpan: 1 },
          { row: 0, col: 3, rowSpan: 1, colSpan: 2 },
          { row: 0, col: 5, rowSpan: 2, colSpan: 1 },
          { row: 2, col: 0, rowSpan: 2, colSpan: 1 },
        ],
      ),
    );
    expect(table.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.agency}`))).toEqual([
      ['lead:市教育局', 'support:市财政局', 'support:市住建局'],
      ['lead:市民政局'],
      ['lead:市城管局', 'support:市应急局'],
    ]);
    expect(table.tasks.map((t) => [t.deadline, t.ongoing])).toEqual([
      ['2026-08-31', false],
      [null, true],
      ['2026-12-31', false],
    ]);
    expect(table.columns?.roles).toEqual(['other', 'no', 'task', 'lead', 'support', 'schedule']);
    expect(table.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual([]);
  });

  it('sub-rows under one merged 序号 are one task: units once, both parts, the later deadline', () => {
    const table = parseTaskGrid(
      word(
        [
          ['序号', '民生实事', '责任单位', '完成时限'],
          ['1', '新建城市书房3处。', '县文旅局', '2026年6月底前'],
          ['2', '建成县第二人民医院门诊楼。', '县卫健局\n县住建局', '2026年5月底前'],
          ['2', '完成院区绿化和停车场建设。', '县卫健局\n县住建局', '2026年10月底前'],
          ['3', '改造城区公厕20座。', '县城管局', '2026年底前'],
        ],
        [
          { row: 2, col: 0, rowSpan: 2, colSpan: 1 },
          { row: 2, col: 2, rowSpan: 2, colSpan: 1 },
        ],
      ),
    );
    expect(table.tasks.map((t) => t.no)).toEqual([1, 2, 3]);
    expect(table.tasks[1]?.assignments.map((a) => a.agency)).toEqual(['县卫健局', '县住建局']);
    expect(table.tasks[1]?.text).toContain('完成院区绿化和停车场建设。');
    expect(table.tasks[1]?.deadline).toBe('2026-10-31');
  });

  it('a grid row is never short: an empty last cell (备注) leaves a one-unit cell ending in 。 where it is', () => {
    const table = parseTaskGrid(
      word(
        [
          ['序号', '工作任务', '责任单位', '完成时限', '备注'],
          ['1', '建设智慧停车平台。', '市公安局、市城管局。', '5月底前', '每月5日前报送进展'],
          ['2', '新增充电桩500个。', '市财政局。', '2026年11月', ''],
          ['3', '完成燃气管道更新。', '市城管局。', '年底前', ''],
        ],
        [{ row: 1, col: 4, rowSpan: 1, colSpan: 1 }],
      ),
      { documentYear: 2026 },
    );
    expect(table.tasks.map((t) => t.assignments.map((a) => a.agency))).toEqual([
      ['市公安局', '市城管局'],
      ['市财政局'],
      ['市城管局'],
    ]);
    expect(table.tasks.map((t) => t.deadline)).toEqual(['2026-05-31', '2026-11-30', '2026-12-31']);
    expect(table.issues.map((i) => i.code)).not.toContain('row-realigned');
  });

  it("the user's roles are the grid's columns, the category column included", () => {
    const rows = [
      ['分类', '序号', '工作任务', '牵头单位', '配合单位'],
      ['改革', '1', '推行证照分离。', '县市场监管局', '县政务服务中心'],
      ['改革', '2', '压缩开办时间。', '县政务服务中心', '县税务局'],
    ];
    const merges = [{ row: 1, col: 0, rowSpan: 2, colSpan: 1 }];
    const table = parseTaskGrid(word(rows, merges), { columns: ['other', 'no', 'task', 'support', 'lead'] });
    expect(table.tasks[0]?.assignments).toEqual([
      { agency: '县政务服务中心', role: 'lead' },
      { agency: '县市场监管局', role: 'support' },
    ]);
    expect(table.columns?.roles).toEqual(['other', 'no', 'task', 'support', 'lead']);
  });

  it('a note row merged across the table, `注：…排在第一位的为牵头单位`, makes the first-listed unit lead in every row', () => {
    const note = '注：责任单位中排在第一位的为牵头单位。';
    const table = parseTaskGrid(
      word(
        [
          ['序号', '工作任务', '责任单位', '完成时限'],
          ['1', '建成标准厂房。', '县工信局、县自然资源局、县财政局', '2026年9月底前'],
          ['2', '推进项目开工。', '县发改局', '2026年底前'],
          [note, note, note, note],
        ],
        [{ row: 3, col: 0, rowSpan: 1, colSpan: 4 }],
      ),
    );
    expect(table.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.agency}`))).toEqual([
      ['lead:县工信局', 'support:县自然资源局', 'support:县财政局'],
      ['lead:县发改局'],
    ]);
  });

  it('a paragraph over the table `（列第一位的为牵头单位）` put above it reads the same; without it the list is joint', () => {
    const rows = [
      ['序号', '工作任务', '责任单位'],
      ['1', '新增公办学位。', '县教育局、县财政局'],
    ];
    const roles = (g: Grid): string[] =>
      parseTaskGrid(g).tasks.flatMap((t) => t.assignments.map((a) => `${a.role}:${a.agency}`));
    expect(roles(word([['2026年教育重点任务分工'], ['（列第一位的为牵头单位）'], ...rows], []))).toEqual([
      'lead:县教育局',
      'support:县财政局',
    ]);
    expect(roles(word([['2026年教育重点任务分工'], ...rows], []))).toEqual(['joint:县教育局', 'joint:县财政局']);
  });
});
