import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { parseTaskTable } from '../../src/model/parseTaskTable';
import { formatParseIssue } from '../../src/model/formatParseIssue';
import type { Task } from '../../src/model/types';

const SEED = readFileSync(
  new URL('../../seeds/guangyuan-vocational-education-key-tasks-2015.txt', import.meta.url),
  'utf8',
);
const seed = parseTaskTable(SEED);

/** Everything about a task except where it sits in the text. */
function content(t: Task): Omit<Task, 'line'> {
  const { line: _line, ...rest } = t;
  return rest;
}

const errors = <T extends { severity: string }>(issues: readonly T[]): T[] =>
  issues.filter((i) => i.severity === 'error');
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);
/** The seed's silent corrections are `info` issues; these tests are about the others. */
const notInfo = <T extends { severity: string }>(issues: readonly T[]): T[] =>
  issues.filter((i) => i.severity !== 'info');

/** The seed's rows (groups of cells between blank lines), each cell trimmed. */
function seedRows(): string[][] {
  return SEED.split(/\n[ \t]*\n/)
    .map((group) =>
      group
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    )
    .filter((cells) => cells.length > 0);
}

const row = (no: number) => `${no}\t任务${no}。\t市教育局\t持续实施`;

const HEADER_LINES = '\t序号\n\t工作任务\n\t负责单位\n\t时间进度\n\n';

describe('parseTaskTable: the seed', () => {
  it('reads the title, 4 sections and 24 tasks without errors', () => {
    expect(seed.title).toBe('重点任务分工及进度安排表');
    expect(seed.sections).toEqual([
      { no: 1, numeral: '一', title: '构建现代职业教育衔接沟通体系' },
      { no: 2, numeral: '二', title: '提升职业教育综合实力' },
      { no: 3, numeral: '三', title: '提升发展保障水平' },
      { no: 4, numeral: '四', title: '落实政府和部门职责' },
    ]);
    expect(seed.tasks.map((t) => t.no)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(errors(seed.issues)).toEqual([]);
    expect(seed.subheadings).toEqual([]);
  });

  // [no, section, deadline, ongoing, line]
  test.each([
    [1, 1, null, true, 12],
    [2, 1, '2015-12-31', false, 17],
    [3, 1, null, true, 22],
    [4, 1, null, true, 27],
    [5, 1, null, true, 32],
    [6, 1, null, true, 37],
    [7, 2, null, true, 44],
    [8, 2, null, true, 49],
    [9, 2, '2015-08-31', false, 54],
    [10, 2, null, true, 59],
    [11, 2, null, true, 64],
    [12, 2, '2015-08-31', false, 69],
    [13, 2, '2015-08-31', true, 74],
    [14, 3, '2015-12-31', false, 81],
    [15, 3, null, true, 86],
    [16, 3, null, true, 91],
    [17, 3, '2015-12-31', false, 96],
    [18, 3, null, true, 101],
    [19, 3, null, true, 106],
    [20, 3, null, true, 111],
    [21, 3, '2015-06-30', false, 116],
    [22, 4, null, true, 123],
    [23, 4, '2015-08-31', false, 128],
    [24, 4, '2015-08-31', false, 133],
  ] as const)('task %i: section %i, deadline %s, ongoing %s, line %i', (no, section, deadline, ongoing, line) => {
    const task = seed.tasks.find((t) => t.no === no);
    expect(task).toMatchObject({ no, section, deadline, ongoing, line });
  });

  it('keeps the cells as written and reads the roles', () => {
    const task2 = seed.tasks[1];
    expect(task2?.text).toMatch(/^创新发展高等职业教育，确保川北幼专2016年/);
    expect(task2?.units).toBe('市教育局牵头，市发展改革委、市财政局、市人力资源和社会保障局等配合');
    expect(task2?.schedule).toBe('2015年底前出台具体措施');
    expect(task2?.assignments.filter((a) => a.role === 'lead').map((a) => a.agency)).toEqual(['市教育局']);
    expect(task2?.assignments.filter((a) => a.role === 'support').map((a) => a.agency)).toEqual([
      '市发展改革委',
      '市财政局',
      '市人力资源和社会保障局',
    ]);
    // The seed's typo 市人力资和源社会保障局 (task 6) is one agency with the right spelling.
    expect(seed.tasks[5]?.assignments[0]).toEqual({ agency: '市人力资源和社会保障局', role: 'lead' });
  });

  it('says what it corrected on its own, as information', () => {
    expect(seed.issues.filter((i) => i.severity === 'info').map((i) => [i.line, i.code, i.params])).toEqual([
      [37, 'agency-corrected', { no: 6, written: '市人力资和源社会保障局', agency: '市人力资源和社会保障局' }],
      [44, 'agency-split', { no: 7, written: '市和县区人民政府', count: 2, agencies: '市人民政府、各县区人民政府' }],
    ]);
  });
});

describe('parseTaskTable: layouts give the same 24 tasks', () => {
  const toTabRows = (eol: string) =>
    seedRows()
      .map((cells) => cells.join('\t'))
      .join(eol);
  test.each([
    ['(b) CRLF line ends', SEED.replace(/\n/g, '\r\n')],
    ['(c) spaces instead of tabs', SEED.replace(/^\t/gm, '    ')],
    ['(c) full-width spaces', SEED.replace(/^\t/gm, '\u3000\u3000')],
    [
      '(d) no blank lines',
      SEED.split('\n')
        .filter((l) => l.trim() !== '')
        .join('\n'),
    ],
    [
      '(d) no blank lines, spaces, CRLF',
      SEED.split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => l.replace(/^\t/, '  '))
        .join('\r\n'),
    ],
    ['(e) header removed', SEED.replace(HEADER_LINES, '')],
    [
      '(e) header removed, no blank lines',
      SEED.replace(HEADER_LINES, '')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .join('\n'),
    ],
    ['(f) tab rows', toTabRows('\n')],
    ['(f) tab rows with CRLF', toTabRows('\r\n')],
    ['(f) tab rows without header', toTabRows('\n').replace('序号\t工作任务\t负责单位\t时间进度\n', '')],
    [
      '(f) tab rows, headings padded with empty cells',
      seedRows()
        .map((c) => (c.length === 1 ? `${c[0]}\t\t\t` : c.join('\t')))
        .join('\n'),
    ],
    ['(f) tab rows with blank lines between', toTabRows('\n\n')],
    [
      '(f) tab rows, every cell quoted',
      seedRows()
        .map((c) => c.map((x) => `"${x}"`).join('\t'))
        .join('\r\n'),
    ],
  ])('%s', (_name, text) => {
    const table = parseTaskTable(text);
    expect(errors(table.issues)).toEqual([]);
    expect(table.sections).toEqual(seed.sections);
    expect(table.tasks.map(content)).toEqual(seed.tasks.map(content));
  });

  it('(f) tab rows: lines point at each row', () => {
    const table = parseTaskTable(toTabRows('\n'));
    expect(table.title).toBe('重点任务分工及进度安排表');
    // 附件, title, header, 一、, then task 1 on line 5.
    expect(table.tasks[0]?.line).toBe(5);
    expect(table.tasks[23]?.line).toBe(31);
  });

  it('(f) Excel clipboard quoting: embedded newlines and "" escapes, lines counted through them', () => {
    const text = [
      '序号\t工作任务\t负责单位\t时间进度',
      '1\t"推进""双证书""制度，\n建立学分银行。"\t市教育局\t持续实施',
      '2\t建立现代职业学校制度。\t"市教育局牵头，\n市财政局配合"\t2015年底前',
      '3\t"他说""好"""\t市教育局\t持续实施',
    ].join('\r\n');
    const table = parseTaskTable(text);
    expect(errors(table.issues)).toEqual([]);
    expect(table.tasks.map((t) => [t.no, t.line, t.text])).toEqual([
      [1, 2, '推进"双证书"制度，\n建立学分银行。'],
      [2, 4, '建立现代职业学校制度。'],
      [3, 6, '他说"好"'],
    ]);
    expect(table.tasks[1]?.assignments).toEqual([
      { agency: '市教育局', role: 'lead' },
      { agency: '市财政局', role: 'support' },
    ]);
  });

  it('(f) Word: a second paragraph in a cell arrives unquoted on the next line', () => {
    const text = [
      '序号\t工作任务\t负责单位\t时间进度',
      '1\t推进双证书制度。',
      '建立学分银行。\t市教育局\t持续实施',
      '2\t建立现代职业学校制度。\t市教育局牵头，',
      '市财政局配合\t2015年底前',
      '3\t完善资助政策。\t市财政局\t\t',
      '（一）保障',
      '4\t完善资助政策。\t市财政局\t持续实施',
    ].join('\n');
    const table = parseTaskTable(text);
    expect(table.tasks.map((t) => [t.no, t.line, t.text, t.units, t.schedule])).toEqual([
      [1, 2, '推进双证书制度。\n建立学分银行。', '市教育局', '持续实施'],
      [2, 4, '建立现代职业学校制度。', '市教育局牵头，\n市财政局配合', '2015年底前'],
      [3, 6, '完善资助政策。', '市财政局', ''],
      [4, 8, '完善资助政策。', '市财政局', '持续实施'],
    ]);
    expect(table.tasks[1]?.assignments).toEqual([
      { agency: '市教育局', role: 'lead' },
      { agency: '市财政局', role: 'support' },
    ]);
    expect(table.issues.map((i) => [i.line, i.code])).toEqual([[6, 'missing-cell']]);
    expect(table.subheadings).toEqual([]);
    expect(table.sections.map((s) => s.numeral)).toEqual(['（一）']);
  });

  it('(f) a quote that does not close a cell is text', () => {
    const table = parseTaskTable('1\t"双证书"制度\t市教育局\t持续实施\n2\t建立制度。\t市财政局\t持续实施');
    expect(table.tasks.map((t) => t.text)).toEqual(['"双证书"制度', '建立制度。']);
  });
});

describe('parseTaskTable: headers decide the columns', () => {
  test.each([
    ['序号\t时间进度\t工作任务\t责任单位', ['1', '2015年底前', '建立制度。', '市教育局牵头，市财政局配合']],
    ['工作任务\t序号\t完成时限\t负责单位', ['建立制度。', '1', '2015年底前', '市教育局牵头，市财政局配合']],
    ['序号\t主要任务\t牵头单位\t配合单位\t时间节点', ['1', '建立制度。', '市教育局', '市财政局', '2015年底前']],
    ['序号\t重点任务\t责任单位\t完成时间\t备注', ['1', '建立制度。', '市教育局牵头，市财政局配合', '2015年底前', '']],
    ['序 号\t工作内容\t牵头单位\t责任单位\t进度安排', ['1', '建立制度。', '市教育局', '市财政局', '2015年底前']],
    // Header names outside the built-in list, as other offices write them.
    ['序号\t主要工作任务\t完成时间\t牵头单位\t责任单位', ['1', '建立制度。', '2015年底前', '市教育局', '市财政局']],
    ['序号\t重点工作任务\t时间要求\t牵头部门\t协办部门', ['1', '建立制度。', '2015年底前', '市教育局', '市财政局']],
    ['序号\t目标任务\t责任单位\t完成时间节点', ['1', '建立制度。', '市教育局牵头，市财政局配合', '2015年底前']],
    [
      '序号\t具体工作\t牵头市领导\t牵头责任单位\t配合责任单位\t工作进展\t完成时限',
      ['1', '建立制度。', '李明', '市教育局', '市财政局', '已启动', '2015年底前'],
    ],
  ])('%s', (header, cells) => {
    const tabs = parseTaskTable(`${header}\n${cells.join('\t')}`);
    const lines = parseTaskTable(
      `${header
        .split('\t')
        .map((h) => `\t${h}`)
        .join('\n')}\n\n${cells.map((c) => `\t${c}`).join('\n')}`,
    );
    for (const table of [tabs, lines]) {
      expect(errors(table.issues)).toEqual([]);
      expect(table.tasks).toHaveLength(1);
      expect(table.tasks[0]).toMatchObject({
        no: 1,
        text: '建立制度。',
        schedule: '2015年底前',
        deadline: '2015-12-31',
      });
      expect(table.tasks[0]?.assignments).toEqual([
        { agency: '市教育局', role: 'lead' },
        { agency: '市财政局', role: 'support' },
      ]);
    }
  });

  it('combines separate 牵头单位 and 配合单位 columns into one units text', () => {
    const table = parseTaskTable(
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t任务。\t市教育局、市人社局\t市财政局等\t2016年6月30日前\n2\t任务。\t市财政局\t\t持续推进',
    );
    expect(table.tasks.map((t) => t.units)).toEqual(['市教育局、市人社局牵头，市财政局等配合', '市财政局牵头']);
    expect(table.tasks[0]?.assignments).toEqual([
      { agency: '市教育局', role: 'lead' },
      { agency: '市人力资源和社会保障局', role: 'lead' },
      { agency: '市财政局', role: 'support' },
    ]);
    expect(table.tasks[0]?.deadline).toBe('2016-06-30');
    expect(errors(table.issues)).toEqual([]);
  });

  it('reads a two-level header: 责任单位 split into 牵头单位 and 配合单位', () => {
    const table = parseTaskTable(
      [
        '序号\t工作任务\t责任单位\t\t完成时限',
        '\t\t牵头单位\t配合单位\t',
        '1\t任务。\t市教育局\t市财政局\t2015年底前',
      ].join('\n'),
    );
    expect(table.issues).toEqual([]);
    expect(table.tasks[0]).toMatchObject({ units: '市教育局牵头，市财政局配合', deadline: '2015-12-31' });
  });

  it('names the missing column as the header writes it', () => {
    const table = parseTaskTable('序号\t工作任务\t责任单位\t完成时限\n7\t任务。\t市教育局');
    expect(table.issues).toContainEqual({
      line: 2,
      severity: 'error',
      code: 'missing-cell',
      params: { no: 7, cells: '完成时限' },
    });
  });
});

describe('parseTaskTable: numbering and headings', () => {
  test.each([
    ['1', 1],
    ['1.', 1],
    ['1、', 1],
    ['1．', 1],
    ['(1)', 1],
    ['（1）', 1],
    ['204.', 204],
    ['２０４', 204],
  ])('task number %s reads as %i', (written, no) => {
    for (const text of [`${written}\t任务。\t市教育局\t持续实施`, `\t${written}\n\t任务。\n\t市教育局\n\t持续实施`]) {
      const table = parseTaskTable(text);
      expect(table.tasks.map((t) => t.no)).toEqual([no]);
      expect(errors(table.issues)).toEqual([]);
    }
  });

  it('nested （一） headings under 一、 are sub-headings, not sections', () => {
    const text = [
      '一、总体要求',
      '（一）加强领导',
      row(1),
      row(2),
      '（二）完善制度',
      row(3),
      '二、保障措施',
      '(一)经费保障',
      row(4),
    ].join('\n');
    const table = parseTaskTable(text);
    expect(table.sections).toEqual([
      { no: 1, numeral: '一', title: '总体要求' },
      { no: 2, numeral: '二', title: '保障措施' },
    ]);
    expect(table.tasks.map((t) => t.section)).toEqual([1, 1, 1, 2]);
    expect(table.subheadings).toEqual([
      { section: 1, numeral: '（一）', title: '加强领导', line: 2, taskNos: [1, 2] },
      { section: 1, numeral: '（二）', title: '完善制度', line: 5, taskNos: [3] },
      { section: 2, numeral: '(一)', title: '经费保障', line: 8, taskNos: [4] },
    ]);
  });

  test.each([
    [
      '（一）',
      ['（一）加强领导', row(1), '（二）完善制度', row(2)],
      [
        { no: 1, numeral: '（一）', title: '加强领导' },
        { no: 2, numeral: '（二）', title: '完善制度' },
      ],
    ],
    [
      '——',
      ['——加强组织领导', row(1), '——强化督查考核', row(2)],
      [
        { no: 1, numeral: '——', title: '加强组织领导' },
        { no: 2, numeral: '——', title: '强化督查考核' },
      ],
    ],
    [
      '第一部分',
      ['第一部分 重点改革', row(1), '第二部分：重点项目', row(2)],
      [
        { no: 1, numeral: '第一部分', title: '重点改革' },
        { no: 2, numeral: '第二部分', title: '重点项目' },
      ],
    ],
    [
      'unnumbered',
      ['表格标题', '序号\t工作任务\t负责单位\t时间进度', '重点改革', row(1), '重点项目', row(2)],
      [
        { no: 1, numeral: '', title: '重点改革' },
        { no: 2, numeral: '', title: '重点项目' },
      ],
    ],
    [
      'numeral in its own cell',
      ['一\t重点改革\t\t', row(1), '二、\t重点项目', row(2)],
      [
        { no: 1, numeral: '一', title: '重点改革' },
        { no: 2, numeral: '二', title: '重点项目' },
      ],
    ],
  ])('when the document only has %s headings, those are the sections', (_name, lines, sections) => {
    const table = parseTaskTable(lines.join('\n'));
    expect(table.sections).toEqual(sections);
    expect(table.tasks.map((t) => t.section)).toEqual([1, 2]);
    expect(errors(table.issues)).toEqual([]);
  });

  // Tables with no 序号 column number the tasks inside the task cell.
  test.each([
    [
      'a header without 序号',
      [
        '重点任务\t责任单位\t完成时限',
        '一、改革',
        '1.建立制度。\t市教育局\t2016年6月底前',
        '2．推进工作。\t市财政局\t持续推进',
        '（3）完善机制。\t市人社局\t2016年底前',
      ],
    ],
    [
      'no header',
      [
        '一、改革',
        '1.建立制度。\t市教育局\t2016年6月底前',
        '2．推进工作。\t市财政局\t持续推进',
        '（3）完善机制。\t市人社局\t2016年底前',
      ],
    ],
    [
      'no header, cell per line',
      [
        '一、改革',
        '',
        '\t1.建立制度。',
        '\t市教育局',
        '\t2016年6月底前',
        '',
        '\t2．推进工作。',
        '\t市财政局',
        '\t持续推进',
        '',
        '\t（3）完善机制。',
        '\t市人社局',
        '\t2016年底前',
      ],
    ],
  ])('numbers written in the task cell: %s', (_name, lines) => {
    const table = parseTaskTable(lines.join('\n'));
    expect(table.tasks.map((t) => [t.no, t.section, t.text, t.units, t.deadline, t.ongoing])).toEqual([
      [1, 1, '建立制度。', '市教育局', '2016-06-30', false],
      [2, 1, '推进工作。', '市财政局', null, true],
      [3, 1, '完善机制。', '市人社局', '2016-12-31', false],
    ]);
    expect(table.issues).toEqual([]);
  });

  it('a header with a blank cell over the number column still reads the numbers there', () => {
    const table = parseTaskTable(
      '\t工作任务\t负责单位\t时间进度\n1\t建立制度。\t市教育局\t2016年底前\n2\t推进。\t市财政局\t持续实施',
    );
    expect(table.tasks.map((t) => [t.no, t.text, t.units, t.schedule])).toEqual([
      [1, '建立制度。', '市教育局', '2016年底前'],
      [2, '推进。', '市财政局', '持续实施'],
    ]);
    expect(table.issues).toEqual([]);
  });

  it('a number glued to text is not split when the row has its 序号 cell', () => {
    const table = parseTaskTable('序号\t重点任务\t责任单位\t完成时限\n1\t1.5亿元项目落地。\t市财政局\t2016年底前');
    expect(table.tasks.map((t) => [t.no, t.text])).toEqual([[1, '1.5亿元项目落地。']]);
  });

  it('—— headings under 一、 are sub-headings', () => {
    const table = parseTaskTable(['一、改革', '——第一组', row(1), '——第二组', row(2)].join('\n'));
    expect(table.sections).toHaveLength(1);
    expect(table.subheadings.map((s) => [s.title, s.taskNos])).toEqual([
      ['第一组', [1]],
      ['第二组', [2]],
    ]);
  });

  it('tasks before the first heading have no section', () => {
    const table = parseTaskTable([row(1), '一、改革', row(2)].join('\n'));
    expect(table.tasks.map((t) => t.section)).toEqual([null, 1]);
  });

  test.each([
    ['附件', ['附件', '重点任务分工表'], '重点任务分工表'],
    ['附件1', ['附件1', '', '2026年重点工作任务分工方案'], '2026年重点工作任务分工方案'],
    ['附件 2：', ['附件 2：', '任务分工'], '任务分工'],
    ['no title', ['一、改革'], ''],
  ])('title after %s', (_name, lines, title) => {
    expect(parseTaskTable([...lines, row(1)].join('\n')).title).toBe(title);
  });
});

describe('parseTaskTable: inline units in the task text', () => {
  test.each([
    ['完善督导办法。（市教育局牵头，市财政局配合）', '市教育局牵头，市财政局配合'],
    ['完善督导办法（市教育局牵头，市财政局配合）。', '市教育局牵头，市财政局配合'],
    ['完善督导办法。(牵头单位:市教育局;责任单位:市财政局)', '市教育局牵头，市财政局配合'],
    ['完善督导办法。（牵头单位：市教育局；配合单位：市财政局、市人社局）', '市教育局牵头，市财政局、市人社局配合'],
  ])('%s', (text, units) => {
    const withHeader = parseTaskTable(`序号\t工作任务\t完成时限\n1\t${text}\t2015年底前`);
    const headerless = parseTaskTable(`\t1\n\t${text}\n\t2015年底前`);
    for (const table of [withHeader, headerless]) {
      expect(errors(table.issues)).toEqual([]);
      expect(table.tasks[0]).toMatchObject({ text, units, deadline: '2015-12-31' });
      expect(table.tasks[0]?.assignments[0]).toEqual({ agency: '市教育局', role: 'lead' });
    }
  });

  // The row has no 负责单位 cell; an ambiguous last cell is still the schedule, not an agency named 年内.
  test.each([['年内'], ['2016年9月前'], ['2020年前']])('inline units, ambiguous schedule %s', (schedule) => {
    const table = parseTaskTable(`\t1\n\t完善督导办法。（市教育局牵头，市财政局配合）\n\t${schedule}`);
    expect(table.tasks[0]).toMatchObject({ units: '市教育局牵头，市财政局配合', schedule, deadline: null });
    expect(table.tasks[0]?.assignments).toEqual([
      { agency: '市教育局', role: 'lead' },
      { agency: '市财政局', role: 'support' },
    ]);
    expect(errors(table.issues)).toEqual([]);
    expect(codes(table.issues)).toContain('schedule-ambiguous');
  });

  it('a bracket without agencies is not units', () => {
    const table = parseTaskTable('序号\t工作任务\t完成时限\n1\t健全教师专业技术职务（职称）\t2015年底前');
    expect(table.tasks[0]?.units).toBe('');
    expect(codes(table.issues)).toContain('missing-cell');
  });
});

describe('parseTaskTable: problems are issues', () => {
  it.each([[''], ['   \n\t\r\n  ']])('empty input %j', (text) => {
    const table = parseTaskTable(text);
    expect(table).toMatchObject({ title: '', sections: [], tasks: [] });
    expect(table.issues).toEqual([{ line: 0, severity: 'error', code: 'empty', params: {} }]);
  });

  it('text without a table', () => {
    const table = parseTaskTable(
      '关于加快发展现代职业教育的实施意见\n\n各县区人民政府，市级各部门：\n现将有关事项通知如下。',
    );
    expect(table.tasks).toEqual([]);
    expect(codes(errors(table.issues))).toEqual(['no-tasks']);
  });

  it('a row with a missing 时间进度 cell stays a task, with an error naming the line', () => {
    const text = SEED.replace(
      '\t市人力资源和社会保障局牵头，市经济和信息化委、市教育局、市级各行业主管部门等配合\n\t持续实施\n',
      '\t市人力资源和社会保障局牵头，市经济和信息化委、市教育局、市级各行业主管部门等配合\n',
    );
    const table = parseTaskTable(text);
    expect(table.tasks).toHaveLength(24);
    expect(errors(table.issues)).toEqual([
      { line: 32, severity: 'error', code: 'missing-cell', params: { no: 5, cells: '时间进度' } },
    ]);
    expect(table.tasks[4]).toMatchObject({ no: 5, schedule: '', deadline: null, ongoing: false });
  });

  it('a row with a missing 负责单位 cell (the schedule still read as a schedule)', () => {
    const text = SEED.replace('\t市教育局牵头\n\t2015年8月底前出台具体措施\n', '\t2015年8月底前出台具体措施\n');
    const table = parseTaskTable(text);
    expect(errors(table.issues)).toEqual([
      { line: 128, severity: 'error', code: 'missing-cell', params: { no: 23, cells: '负责单位' } },
    ]);
    expect(table.tasks[22]).toMatchObject({ units: '', assignments: [], deadline: '2015-08-31' });
  });

  it('a duplicated number: the first is a task, the second an error', () => {
    const table = parseTaskTable(SEED.replace('\t6\n', '\t5\n'));
    expect(table.tasks).toHaveLength(23);
    expect(table.tasks[4]?.line).toBe(32);
    expect(table.issues).toContainEqual({
      line: 37,
      severity: 'error',
      code: 'duplicate-number',
      params: { no: 5, firstLine: 32 },
    });
    expect(table.issues).toContainEqual(
      expect.objectContaining({ line: 44, code: 'skipped-number', severity: 'warning' }),
    );
  });

  it('skipped numbers are a warning', () => {
    const table = parseTaskTable(SEED.replace(/\t10\n[^]*?\n\n\t11\n/, '\t11\n'));
    expect(table.tasks.map((t) => t.no)).not.toContain(10);
    expect(notInfo(table.issues)).toEqual([
      { line: 59, severity: 'warning', code: 'skipped-number', params: { no: 11, gap: '10' } },
    ]);
    const gap = parseTaskTable(`${row(1)}\n${row(5)}`);
    expect(gap.issues).toEqual([
      { line: 2, severity: 'warning', code: 'skipped-number', params: { no: 5, gap: '2–4' } },
    ]);
  });

  it('numbers going backwards are a warning, and both rows stay tasks', () => {
    const table = parseTaskTable([row(1), row(3), row(2)].join('\n'));
    expect(table.tasks.map((t) => t.no)).toEqual([1, 3, 2]);
    expect(codes(table.issues)).toEqual(['skipped-number', 'number-backwards']);
    expect(table.issues[1]?.severity).toBe('warning');
  });

  it('a row with an extra cell is a warning', () => {
    const text = SEED.replace(
      '\t市教育局牵头\n\t持续实施\n\n\t4',
      '\t市教育局牵头\n\t持续实施\n\t备注：已列入年度计划\n\n\t4',
    );
    const table = parseTaskTable(text);
    expect(table.tasks).toHaveLength(24);
    expect(notInfo(table.issues)).toEqual([
      expect.objectContaining({ line: 22, severity: 'warning', code: 'extra-cells' }),
    ]);
    expect(table.tasks[2]?.schedule).toBe('持续实施');
  });

  test.each([
    ['视情况而定', 'schedule-unrecognized'],
    ['2016年9月前', 'schedule-ambiguous'],
    ['年内', 'schedule-ambiguous'],
  ])('schedule %s → %s', (schedule, code) => {
    const table = parseTaskTable(`1\t任务。\t市教育局\t${schedule}`);
    expect(table.tasks[0]?.deadline).toBeNull();
    expect(table.issues).toEqual([expect.objectContaining({ line: 1, severity: 'warning', code })]);
    expect(table.issues[0]?.params).toMatchObject({ no: 1, text: schedule });
  });

  it('a likely agency typo names both spellings', () => {
    const rows = [
      '1\t任务。\t市经济和信息化委\t持续实施',
      '2\t任务。\t市经济和信息化委\t持续实施',
      '3\t任务。\t市经济和信息话委\t持续实施',
    ];
    const table = parseTaskTable(rows.join('\n'));
    expect(table.issues).toContainEqual({
      line: 3,
      severity: 'warning',
      code: 'agency-typo',
      params: { no: 3, agency: '市经济和信息话委', similarTo: '市经济和信息化委' },
    });
  });

  it('units problems from analyzeUnits are warnings on the row', () => {
    const table = parseTaskTable('1\t任务。\t、、、\t持续实施');
    expect(table.tasks).toHaveLength(1);
    const unitIssues = table.issues.filter((i) => i.code.startsWith('units-'));
    expect(unitIssues.length).toBeGreaterThan(0);
    expect(unitIssues.every((i) => i.severity === 'warning' && i.line === 1 && i.params['no'] === 1)).toBe(true);
    expect(unitIssues.map((i) => formatParseIssue(i, 'en-US'))).toContain(
      'Task 1: some responsible units could not be read (no unit could be read from “、、、”)',
    );
  });

  it('user aliases reach the assignments', () => {
    const table = parseTaskTable('1\t任务。\t市教体局\t持续实施', { aliases: { 市教体局: '市教育局' } });
    expect(table.tasks[0]?.assignments).toEqual([{ agency: '市教育局', role: 'joint' }]);
  });

  it('random text returns quickly with no tasks', () => {
    const text = Array.from({ length: 200 }, (_, i) => `第${i}段：今天天气很好，“引号"和\t制表符${i % 7}。`).join('\n');
    const table = parseTaskTable(text);
    expect(table.issues.some((i) => i.severity === 'error')).toBe(true);
  });

  // Time on these inputs is measured by the worst-case bench (bench/worstCase.bench.ts), as ratios; here, the results.
  it('a 5 MB string of random text: every task found starts on a line of the text, and the rest is reported', () => {
    const alphabet = '序号任务单位一二、（）()"\t\n\r 0123456789市教育局牵头配合持续实施年月底前.—';
    let seedValue = 12345;
    const chars: string[] = [];
    for (let i = 0; i < 5_000_000; i += 1) {
      seedValue = (seedValue * 1103515245 + 12345) % 2147483648;
      chars.push(alphabet[seedValue % alphabet.length] ?? ' ');
    }
    const text = chars.join('');
    const lines = text.split(/\r\n|\r|\n/);
    const table = parseTaskTable(text);
    expect(table.tasks.length).toBeGreaterThan(0);
    for (const task of table.tasks) {
      expect(task.line).toBeGreaterThanOrEqual(1);
      expect(task.line).toBeLessThanOrEqual(lines.length);
      expect(lines[task.line - 1]?.trim()).not.toBe('');
    }
    expect(table.issues.some((i) => i.severity === 'error')).toBe(true);
    expect(table.issues.some((i) => i.code === 'rows-unrecognized-more')).toBe(true);
  }, 60_000);

  it('a 5 MB line without breaks, one full of quotes, and one row of 2.5 million cells', () => {
    for (const text of ['任务'.repeat(2_500_000), `"${'a\t"b\n'.repeat(1_000_000)}`]) {
      const table = parseTaskTable(text);
      expect(table.tasks).toEqual([]);
      expect(table.issues.map((i) => [i.severity, i.code])).toEqual([['error', 'no-tasks']]);
    }
    const wide = parseTaskTable('1\t'.repeat(2_500_000));
    expect(wide.tasks.map((t) => t.no)).toEqual([1]);
    expect(wide.issues.map((i) => i.code)).toContain('extra-cells');
  }, 60_000);
});

describe('parseTaskTable: properties', () => {
  it('never throws on arbitrary strings', () => {
    const tableish = fc.stringMatching(
      /^[序号工作任务负责单位时间进度一二（）()、.\t\n\r "0-9市局牵头配合持续实施年月底前—第部分附件]*$/,
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), tableish),
        (text) => {
          const table = parseTaskTable(text);
          expect(Array.isArray(table.tasks)).toBe(true);
          for (const i of table.issues) expect(i.line).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  const TEXTS = ['完善职业教育资助政策。', '建立现代职业学校制度。', '加强统筹协调，推进职业教育发展。'];
  const UNITS = ['市教育局', '市教育局牵头，市财政局配合', '市财政局、市人社局'];
  const SCHEDULES = ['持续实施', '2015年底前', '2016年9月前', '视情况而定'];
  const rowArb = fc.record({
    no: fc.integer({ min: 1, max: 40 }),
    shape: fc.constantFrom('full', 'no-units', 'no-schedule', 'extra', 'number-only', 'empty-text'),
    text: fc.constantFrom(...TEXTS),
    units: fc.constantFrom(...UNITS),
    schedule: fc.constantFrom(...SCHEDULES),
    heading: fc.constantFrom(null, '一、改革', '（二）保障', '——督查'),
  });

  it('every numbered row is a task, a duplicate-number issue, or a sub-row merged into its task (row-merged)', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('tabs', 'blank-lines', 'no-blank-lines'),
        fc.boolean(),
        (rows, layout, header) => {
          const out: string[][] = header ? [['序号', '工作任务', '负责单位', '时间进度']] : [];
          for (const r of rows) {
            if (r.heading) out.push([r.heading]);
            const cells = [String(r.no), r.shape === 'empty-text' ? '' : r.text, r.units, r.schedule];
            if (r.shape === 'no-units') cells.splice(2, 1);
            if (r.shape === 'no-schedule') cells.pop();
            if (r.shape === 'extra') cells.push('备注：另行通知');
            if (r.shape === 'number-only') cells.length = 1;
            out.push(cells);
          }
          let text: string;
          const rowLines: number[] = [];
          if (layout === 'tabs') {
            text = out.map((cells) => cells.join('\t')).join('\n');
            out.forEach((cells, i) => {
              if (/^\d+$/.test(cells[0] ?? '') && cells.length > 0) rowLines.push(i + 1);
            });
          } else {
            const lines: string[] = [];
            for (const cells of out) {
              if (/^\d+$/.test(cells[0] ?? '')) rowLines.push(lines.length + 1);
              for (const c of cells) lines.push(`\t${c}`);
              if (layout === 'blank-lines') lines.push('');
            }
            text = lines.join('\n');
          }
          const table = parseTaskTable(text);
          const duplicates = table.issues.filter((i) => i.code === 'duplicate-number' || i.code === 'row-merged');
          expect(table.tasks.length + duplicates.length).toBe(rows.length);
          expect([...table.tasks.map((t) => t.line), ...duplicates.map((d) => d.line)].sort((a, b) => a - b)).toEqual(
            rowLines,
          );
          expect(new Set(table.tasks.map((t) => t.no)).size).toBe(table.tasks.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('separate 牵头单位 and 配合单位 columns with several names', () => {
  it('makes every name of the lead column a lead, whatever separates them', () => {
    const text = [
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '1\t任务甲\t市教育局，市财政局\t市委编办;市人力资源和社会保障局\t持续实施',
    ].join('\n');
    const table = parseTaskTable(text);
    expect(table.tasks[0]?.assignments).toEqual([
      { agency: '市教育局', role: 'lead' },
      { agency: '市财政局', role: 'lead' },
      { agency: '市委编办', role: 'support' },
      { agency: '市人力资源和社会保障局', role: 'support' },
    ]);
  });
});

describe('parseTaskTable: the column mapping and the options of the parser contract', () => {
  it('reports the header-derived columns, with the header cells as written', () => {
    const table = parseTaskTable(
      '序号\t工作任务\t责任领导\t牵头单位\t配合单位\t完成时限\n1\t建立制度。\t李明、王强副市长\t市教育局\t市财政局\t2025年底前',
    );
    expect(table.columns).toMatchObject({
      roles: ['no', 'task', 'leader', 'lead', 'support', 'schedule'],
      headers: ['序号', '工作任务', '责任领导', '牵头单位', '配合单位', '完成时限'],
      source: 'header',
      uncertain: false,
    });
    expect(table.tasks[0]).toMatchObject({ leaders: ['李明', '王强副市长'], ambiguous: false, deadline: '2025-12-31' });
    expect(table.tasks[0]?.assignments.map((a) => a.agency)).toEqual(['市教育局', '市财政局']);
  });

  it('the user columns override the header', () => {
    const text = '序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t建立制度。\t市教育局\t市财政局\t2025年底前';
    const table = parseTaskTable(text, { columns: ['no', 'task', 'support', 'lead', 'schedule'] });
    expect(table.columns?.source).toBe('user');
    expect(table.tasks[0]?.assignments).toEqual([
      { agency: '市财政局', role: 'lead' },
      { agency: '市教育局', role: 'support' },
    ]);
  });

  it('an ambiguous schedule is flagged on the task', () => {
    const table = parseTaskTable('1\t任务。\t市教育局\t2016年9月前');
    expect(table.tasks[0]).toMatchObject({ deadline: null, ambiguous: true, leaders: [] });
  });
});
