// Issue 19: the classes of real tables the parser once lost, each with an invented table.
import { describe, expect, it } from 'vitest';
import { parseTaskTable, type ParsedTaskTable } from '../../src/model';

const tab = (rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n');
const units = (t: ParsedTaskTable): string[] =>
  t.tasks.map((k) => k.assignments.map((a) => `${a.agency}:${a.role}`).join(' '));
const codesOf = (t: ParsedTaskTable, no: number): string[] =>
  t.issues.filter((i) => i.params['no'] === no).map((i) => i.code);

describe('class 1: a category column merged down the left', () => {
  it('pasted text gives the category only on its first row: later rows start at 序号 and are not shifted', () => {
    const table = parseTaskTable(
      tab([
        ['工作任务', '序号', '具体内容', '牵头单位', '完成时限'],
        ['优化营商服务', '1', '推行证照分离改革。', '县市场监管局', '2026年6月底前'],
        ['2', '压缩企业开办时间。', '县政务服务中心', '2026年9月底前'],
        ['3', '清理涉企收费。', '县发改局', '2026年底前'],
      ]),
    );
    expect(table.tasks.map((t) => [t.no, t.text, t.deadline])).toEqual([
      [1, '推行证照分离改革。', '2026-06-30'],
      [2, '压缩企业开办时间。', '2026-09-30'],
      [3, '清理涉企收费。', '2026-12-31'],
    ]);
    expect(units(table)).toEqual(['县市场监管局:lead', '县政务服务中心:lead', '县发改局:lead']);
    expect(table.sections.map((s) => s.title)).toEqual(['优化营商服务']);
  });

  it('Word repeats the category on every row: one section, every row a task', () => {
    const table = parseTaskTable(
      tab([
        ['分类', '序号', '工作任务', '责任单位', '完成时限'],
        ['民生保障', '1', '新建养老服务站。', '县民政局', '2026年10月底前'],
        ['民生保障', '2', '改造农村公路。', '县交通运输局', '2026年底前'],
        ['生态环境', '3', '整治黑臭水体。', '县生态环境分局', '2026年8月底前'],
      ]),
    );
    expect(table.tasks.map((t) => [t.no, t.section])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
    ]);
    expect(table.sections.map((s) => s.title)).toEqual(['民生保障', '生态环境']);
  });
});

describe('class 2: no 序号 column', () => {
  it('the number starts the task cell', () => {
    const table = parseTaskTable(
      tab([
        ['工作任务', '责任单位', '完成时限'],
        ['1.修订采购管理办法。', '县财政局', '2026年5月底前'],
        ['3.及时更新网站信息。', '县政府办', '常态工作'],
      ]),
    );
    expect(table.tasks.map((t) => [t.no, t.text, t.ongoing])).toEqual([
      [1, '修订采购管理办法。', false],
      [3, '及时更新网站信息。', true],
    ]);
  });

  it('no number at all: rows count in order, and each says so', () => {
    const table = parseTaskTable(
      tab([
        ['工作任务', '责任单位', '完成时限'],
        ['修订采购管理办法。', '县财政局', '2026年5月底前'],
        ['开展安全生产检查。', '县应急管理局', '2026年7月底前'],
      ]),
    );
    expect(table.tasks.map((t) => [t.no, t.text])).toEqual([
      [1, '修订采购管理办法。'],
      [2, '开展安全生产检查。'],
    ]);
    expect(codesOf(table, 2)).toEqual(['number-assigned']);
  });
});

describe('class 3: role columns in any order', () => {
  it('责任单位 before 牵头单位, the lead repeated in the list: support is the list without the lead', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '重点任务', '责任单位', '牵头单位', '完成时限'],
        ['1', '建设智慧停车平台。', '县城管局、县公安局、县住建局', '县城管局', '2026年底前'],
      ]),
    );
    expect(units(table)).toEqual(['县城管局:lead 县公安局:support 县住建局:support']);
  });

  it('协同单位 is a support column', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '重点任务', '责任单位', '协同单位', '完成时限'],
        ['1', '建设智慧停车平台。', '县城管局', '县公安局、县交通运输局', '2026年底前'],
      ]),
    );
    expect(units(table)).toEqual(['县城管局:lead 县公安局:support 县交通运输局:support']);
  });

  it('负责落实 names the implementers beside a lead and its supporters', () => {
    const table = parseTaskTable('1\t整治餐饮油烟。（县环保局牵头，县市场监管局配合，各乡镇负责落实）\t\t');
    expect(table.tasks[0]?.assignments.find((a) => a.agency === '各乡镇')?.role).toBe('joint');
  });
});

describe('class 4: persons are never agencies', () => {
  it('leaders in an inline bracket of labels', () => {
    const table = parseTaskTable(
      [
        '1.推动示范村建设。(责任领导:张三;牵头单位:区农业农村局;责任单位:区财政局)',
        '2.完善养老服务体系。(责任领导:李四;牵头单位:区民政局;责任单位:区卫健局)',
      ].join('\n'),
    );
    expect(units(table)).toEqual(['区农业农村局:lead 区财政局:support', '区民政局:lead 区卫健局:support']);
    expect(table.tasks.map((t) => t.leaders)).toEqual([['张三'], ['李四']]);
  });

  it('label cells, one per line, with a leader label first', () => {
    const text = [
      '\t1.',
      '\t地区生产总值增长6%。',
      '\t牵头负责领导:赵一鸣。',
      '\t牵头责任单位:县发改局。',
      '\t协同责任单位:县统计局、县财政局。',
      '',
      '\t2.',
      '\t财政收入增长5%。',
      '\t牵头负责领导:赵一鸣。',
      '\t牵头责任单位:县财政局。',
      '\t协同责任单位:县税务局。',
    ].join('\n');
    const table = parseTaskTable(text);
    expect(units(table)).toEqual(['县发改局:lead 县统计局:support 县财政局:support', '县财政局:lead 县税务局:support']);
    expect(table.tasks.map((t) => t.leaders)).toEqual([['赵一鸣'], ['赵一鸣']]);
  });

  it('a bare name among the units is kept as a leader and flagged on the task', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '责任单位', '完成时限'],
        ['5', '建设文化馆。', '县文旅局、周晓峰', '2026年底前'],
      ]),
    );
    expect(units(table)).toEqual(['县文旅局:joint']);
    expect(table.tasks[0]?.leaders).toEqual(['周晓峰']);
    expect(codesOf(table, 5)).toContain('person-in-units');
  });
});

describe('class 5: headers as Word leaves them', () => {
  it('a spaced-out header, a section heading above it and a section row inside', () => {
    const table = parseTaskTable(
      [
        '一、优化营商环境',
        '序 号\t主 要 任 务\t责 任 单 位\t完 成 时 限',
        '1\t推行证照分离改革。\t县市场监管局\t2026年6月底前',
        '二、强化民生保障\t\t\t',
        '2\t新建养老服务站。\t县民政局\t2026年10月底前',
      ].join('\n'),
    );
    expect(table.tasks.map((t) => [t.no, t.section, t.deadline])).toEqual([
      [1, 1, '2026-06-30'],
      [2, 2, '2026-10-31'],
    ]);
    expect(table.columns?.roles).toEqual(['no', 'task', 'units', 'schedule']);
  });
});

describe('class 6: agency lists', () => {
  it('separated by spaces, and a wrap space inside one name', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '责任单位', '完成时限'],
        ['1', '推行证照分离改革。', '县市场监管局 县司法局 县税务局', '2026年6月底前'],
        ['2', '建设客运站。', '县交通 运输局', '2026年底前'],
      ]),
    );
    expect(units(table)).toEqual(['县市场监管局:joint 县司法局:joint 县税务局:joint', '县交通运输局:joint']);
  });
});

describe('class 9: schedules', () => {
  const table = parseTaskTable(
    [
      '2026年重点工作任务分解表',
      tab([
        ['序号', '工作任务', '责任单位', '完成时限'],
        ['1', '任务甲。', '县发改局', '10月份'],
        ['2', '任务乙。', '县财政局', '2026 年底前'],
        ['3', '任务丙。', '县民政局', '省文件出台后2个月内'],
        ['4', '任务丁。', '县政府办', '常态化推进'],
        ['5', '任务戊。', '县统计局', '每年6月'],
        ['6', '任务己。', '县统计局', '常态工作'],
      ]),
    ].join('\n'),
  );
  it('reads each as a coordinator would', () => {
    expect(table.tasks.map((t) => [t.no, t.deadline, t.ongoing, t.ambiguous])).toEqual([
      [1, '2026-10-31', false, false],
      [2, '2026-12-31', false, false],
      [3, null, false, true],
      [4, null, true, false],
      [5, null, true, false],
      [6, null, true, false],
    ]);
  });
  it('a deadline relative to an event is flagged on its task', () => {
    expect(codesOf(table, 3)).toEqual(['schedule-ambiguous']);
  });
});

describe('class 10: a row lacking one cell in a tab paste with a header', () => {
  it('the schedule stays the schedule, the empty 配合 cell is named', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
        ['7', '推行证照分离改革。', '县市场监管局', '县司法局', '2026年6月底前'],
        ['8', '推行一网通办。', '市营商办', '2026年底前'],
      ]),
    );
    expect(table.tasks.map((t) => [t.no, t.deadline])).toEqual([
      [7, '2026-06-30'],
      [8, '2026-12-31'],
    ]);
    expect(units(table)[1]).toBe('市营商办:lead');
    expect(table.issues.find((i) => i.params['no'] === 8)).toMatchObject({
      code: 'row-realigned',
      params: { cells: '配合单位' },
    });
  });

  it('a time among the units is never a unit', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '责任单位', '完成时限'],
        ['4', '建设文化馆。', '县文旅局、2026年底前', '2026年底前'],
      ]),
    );
    expect(units(table)).toEqual(['县文旅局:joint']);
    expect(codesOf(table, 4)).toContain('date-in-units');
  });
});

describe('conventions stated once', () => {
  it('列第一位者为牵头或汇总单位 with 下同: the first-listed unit leads', () => {
    const table = parseTaskTable(
      [
        '1.完成年度招商任务。',
        '责任单位:县商务局、县发改局、县财政局(列第一位者为牵头或汇总单位,下同)',
        '',
        '2.推进消费提质。',
        '责任单位:县商务局、县市场监管局',
      ].join('\n'),
    );
    expect(units(table)).toEqual([
      '县商务局:lead 县发改局:support 县财政局:support',
      '县商务局:lead 县市场监管局:support',
    ]);
  });
});

describe('class 3 and 5: one combined role column, headers wrapped into fragments', () => {
  it('责任主体与协同单位 with （责任主体）/（协同） after the names', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '重点任务', '责任主体与协同单位', '完成时限'],
        ['1', '建设智慧停车平台。', '县城管局（责任主体）、县公安局（协同）', '2026年底前'],
      ]),
    );
    expect(table.columns?.roles).toEqual(['no', 'task', 'units', 'schedule']);
    expect(units(table)).toEqual(['县城管局:lead 县公安局:support']);
  });

  it('`责任` over `单位` and `责任` over `领导`: one header, a unit column and a leader column', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '责任', '责任', '完成时限'],
        ['', '', '单位', '领导', ''],
        ['1', '推行证照分离改革。', '县市场监管局', '王五', '2026年6月底前'],
      ]),
    );
    expect(table.columns?.roles).toEqual(['no', 'task', 'units', 'leader', 'schedule']);
    expect(table.tasks[0]?.leaders).toEqual(['王五']);
    expect(units(table)).toEqual(['县市场监管局:joint']);
  });
});

describe('class 7: label blocks', () => {
  it('the label on one line, its value on the next', () => {
    const table = parseTaskTable(
      [
        '1.推行证照分离改革。',
        '牵头单位：',
        '县市场监管局',
        '完成时限：',
        '2026年6月底前',
        '',
        '2.压缩开办时间。',
        '牵头单位：',
        '县政务服务中心',
        '完成时限：',
        '2026年9月底前',
      ].join('\n'),
    );
    expect(table.tasks.map((t) => [t.no, t.text, t.deadline])).toEqual([
      [1, '推行证照分离改革。', '2026-06-30'],
      [2, '压缩开办时间。', '2026-09-30'],
    ]);
    expect(units(table)).toEqual(['县市场监管局:lead', '县政务服务中心:lead']);
  });

  it('a two-column 标签 | 内容 table describing one task', () => {
    const table = parseTaskTable(
      tab([
        ['项目', '内容'],
        ['任务名称', '推行证照分离改革'],
        ['牵头单位', '县市场监管局'],
        ['配合单位', '县司法局'],
        ['完成时限', '2026年6月底前'],
      ]),
    );
    expect(table.tasks.map((t) => [t.no, t.text, t.deadline])).toEqual([[1, '推行证照分离改革', '2026-06-30']]);
    expect(units(table)).toEqual(['县市场监管局:lead 县司法局:support']);
  });
});

describe('class 11: cells that ran together', () => {
  it('says so plainly instead of an empty preview', () => {
    const table = parseTaskTable(
      '序号 工作任务 责任单位 完成时限 1 推行证照分离改革 县市场监管局 2026年6月底前 2 压缩开办时间 县政务服务中心 2026年9月底前',
    );
    expect(table.tasks).toEqual([]);
    expect(table.issues.map((i) => [i.severity, i.code])).toEqual([['error', 'cells-run-together']]);
  });
});

describe('ask, do not guess: column readings', () => {
  it('a header word contradicted by three cells of content makes the mapping uncertain, naming the column', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '责任单位', '完成时限'],
        ['1', '修订采购办法。', '2026年5月底前', '县财政局'],
        ['2', '开展安全检查。', '2026年7月底前', '县应急管理局'],
        ['3', '更新网站信息。', '2026年8月底前', '县政府办'],
      ]),
    );
    expect(table.columns?.uncertain).toBe(true);
    expect(table.columns?.readings[2]).toMatchObject({ role: 'units', runnerUp: 'schedule' });
    expect(table.issues.filter((i) => i.code === 'column-doubtful').map((i) => i.params['column'])).toEqual([
      '责任单位',
      '完成时限',
    ]);
  });

  it('content that agrees with the header gives wide margins and a sure mapping', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '责任单位', '完成时限'],
        ['1', '修订采购办法。', '县财政局', '2026年5月底前'],
        ['2', '开展安全检查。', '县应急管理局', '2026年7月底前'],
        ['3', '更新网站信息。', '县政府办', '2026年8月底前'],
      ]),
    );
    expect(table.columns?.uncertain).toBe(false);
    expect(table.columns?.readings.map((r) => [r.role, r.margin])).toEqual([
      ['no', 1],
      // Prose could be progress text too: the task column's runner-up is progress, at half the content's share.
      ['task', 0.7],
      ['units', 1],
      ['schedule', 1],
    ]);
  });

  it('a row that did not fit the columns makes the mapping uncertain', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
        ['7', '推行证照分离改革。', '县市场监管局', '县司法局', '2026年6月底前'],
        ['8', '推行一网通办。', '市营商办', '2026年底前'],
      ]),
    );
    expect(table.columns?.uncertain).toBe(true);
  });
});

describe('sub-rows under one merged 序号 cell (Word repeats it on each row)', () => {
  it('become one task whose deadline is the last date', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '责任单位', '完成时限'],
        ['5', '开工建设养护楼。', '县民政局', '2026年5月底前'],
        ['5', '建成老年大学。', '县民政局', '2026年12月底前'],
        ['6', '改造农贸市场。', '县商务局', '2026年9月底前'],
      ]),
    );
    expect(table.tasks.map((t) => [t.no, t.text, t.deadline])).toEqual([
      [5, '开工建设养护楼。\n建成老年大学。', '2026-12-31'],
      [6, '改造农贸市场。', '2026-09-30'],
    ]);
    expect(units(table)[0]).toBe('县民政局:joint');
    expect(codesOf(table, 5)).toEqual(['row-merged']);
  });
});

describe('class 8: dates that are not deadlines, and milestone lists', () => {
  it('a quarter-by-quarter list and a list of dated steps: the last is the deadline, in the title year', () => {
    const table = parseTaskTable(
      [
        '2026年重点项目推进表',
        tab([
          ['序号', '工作任务', '责任单位', '进度安排'],
          ['1', '建设数据中心。', '县数据局', '一季度完成立项；二季度开工；三季度主体完工；四季度投入使用'],
          ['2', '建设口袋公园。', '县住建局', '3月底前完成设计，6月底前开工，11月底前完工'],
        ]),
      ].join('\n'),
    );
    expect(table.tasks.map((t) => [t.no, t.deadline])).toEqual([
      [1, '2026-12-31'],
      [2, '2026-11-30'],
    ]);
  });

  it('a date in the task text and a 一季度目标 column holding no date give no deadline', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '一季度目标', '责任单位'],
        ['1', '3月10日召开推进会，部署全年工作。', '完成方案起草', '县发改局'],
      ]),
    );
    expect(table.tasks.map((t) => [t.no, t.deadline, t.schedule])).toEqual([[1, null, '']]);
    expect(units(table)).toEqual(['县发改局:joint']);
  });

  it('a leader column under a header outside the list (包保领导) holds people', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '包保领导', '责任单位', '完成时限'],
        ['1', '建设口袋公园。', '孙立平', '县住建局', '2026年底前'],
      ]),
    );
    expect(table.tasks[0]?.leaders).toEqual(['孙立平']);
    expect(units(table)).toEqual(['县住建局:joint']);
  });
});
