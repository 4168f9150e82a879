// One invented example per layout class of the genre (LAYOUTS A1–D17): each is read to the agencies
// with their roles, the leaders and the deadline a coordinator would write down by hand.
import { describe, expect, test } from 'vitest';
import { parseTaskTable, type ParseTaskTableOptions } from '../../src/model/parseTaskTable';
import type { Task } from '../../src/model/types';

type Expected = [
  no: number,
  lead: string[],
  support: string[],
  joint: string[],
  leaders: string[],
  deadline: string | null,
  ongoing: boolean,
  ambiguous: boolean,
];

const read = (t: Task): Expected => [
  t.no,
  t.assignments.filter((a) => a.role === 'lead').map((a) => a.agency),
  t.assignments.filter((a) => a.role === 'support').map((a) => a.agency),
  t.assignments.filter((a) => a.role === 'joint').map((a) => a.agency),
  t.leaders,
  t.deadline,
  t.ongoing,
  t.ambiguous,
];

const CASES: [string, string, ParseTaskTableOptions, Expected[]][] = [
  [
    'A1 four columns, cell per line, no header',
    [
      '\t1',
      '\t修订河长制考核办法。',
      '\t市水利局牵头，市财政局等配合',
      '\t2026年3月底前',
      '',
      '\t2',
      '\t开展河道清障行动。',
      '\t市水利局、市农业农村局',
      '\t持续推进',
    ].join('\n'),
    {},
    [
      [1, ['市水利局'], ['市财政局'], [], [], '2026-03-31', false, false],
      [2, [], [], ['市水利局', '市农业农村局'], [], null, true, false],
    ],
  ],
  [
    'A2 lead and support columns without a header, one row short of its support cell',
    [
      '\t7',
      '\t建设智慧停车平台。',
      '\t市城管局',
      '\t市公安局、市大数据中心',
      '\t8月底前',
      '',
      '\t8',
      '\t清理僵尸共享单车。',
      '\t市城管局',
      '\t11月底前',
      '',
      '\t9',
      '\t推进路内泊位改造。',
      '\t市交通局',
      '\t各区政府',
      '\t第三季度',
    ].join('\n'),
    { documentYear: 2026 },
    [
      [7, ['市城管局'], ['市公安局', '市大数据中心'], [], [], '2026-08-31', false, false],
      [8, ['市城管局'], [], [], [], '2026-11-30', false, false],
      [9, ['市交通局'], ['各区政府'], [], [], '2026-09-30', false, false],
    ],
  ],
  [
    'A2 lead and support tab columns without a header',
    [
      '3\t建立企业诉求直通车制度。\t市营商办\t市工信局、市市场监管局\t2026年9月底前',
      '4\t推行证照分离改革。\t市审批局\t\t2026年底前',
    ].join('\n'),
    {},
    [
      [3, ['市营商办'], ['市工信局', '市市场监管局'], [], [], '2026-09-30', false, false],
      [4, ['市审批局'], [], [], [], '2026-12-31', false, false],
    ],
  ],
  [
    'A3 a 责任单位 column with one agency per line',
    [
      '\t1',
      '\t新建社区食堂12个。',
      '\t区民政局',
      '\t区商务局',
      '\t区市场监管局',
      '\t10月底前',
      '',
      '\t2',
      '\t改造公厕20座。',
      '\t区城管局',
      '\t6月底前',
    ].join('\n'),
    { documentYear: 2026 },
    [
      [1, [], [], ['区民政局', '区商务局', '区市场监管局'], [], '2026-10-31', false, false],
      [2, [], [], ['区城管局'], [], '2026-06-30', false, false],
    ],
  ],
  [
    'A4 a 分管领导 column holds people, never agencies',
    [
      '序号\t任务\t分管领导\t牵头单位\t完成时限',
      '1\t建成城市书房10个。\t宋晓燕副区长\t区文旅局\t2026年底前',
      '2\t新建口袋公园。\t周建军、宋晓燕副区长\t区城管局\t全年',
    ].join('\n'),
    {},
    [
      [1, ['区文旅局'], [], [], ['宋晓燕副区长'], '2026-12-31', false, false],
      [2, ['区城管局'], [], [], ['周建军', '宋晓燕副区长'], null, false, true],
    ],
  ],
  [
    'A5 a progress table with the agency last',
    [
      '\t序号',
      '\t内容与要求',
      '\t进展情况',
      '\t责任单位',
      '',
      '\t1',
      '\t建成应急物资储备库。',
      '\t已完成主体施工，正在进行设备安装。',
      '\t市应急局',
      '\t市粮储局',
    ].join('\n'),
    {},
    [[1, [], [], ['市应急局', '市粮储局'], [], null, false, false]],
  ],
  [
    'A6 a Markdown table with a separator row',
    [
      '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |',
      '|:---:|---|---|---|---|',
      '| 5 | 完善公共充电网络。 | 市发改委 | 市供电公司 | 2026年底前 |',
      '| 6 | 推广换电模式。 | 市工信局 |  | 2026年6月 |',
    ].join('\n'),
    {},
    [
      [5, ['市发展改革委'], ['市供电公司'], [], [], '2026-12-31', false, false],
      [6, ['市工信局'], [], [], [], '2026-06-30', false, false],
    ],
  ],
  [
    'A6 pipe rows without outer pipes',
    ['序号 | 重点任务 | 牵头单位 | 配合单位', '1 | 治理黑臭水体。 | 县住建局 | 县水利局'].join('\n'),
    {},
    [[1, ['县住建局'], ['县水利局'], [], [], null, false, false]],
  ],
  [
    'B7 numbered paragraphs with label lines of varied vocabulary',
    [
      '一、城市更新',
      '',
      '1、改造老旧小区80个。',
      '牵头部门：市住建局',
      '协办单位：市财政局、各区政府',
      '完成时限：2026年11月底前',
      '',
      '2、新建停车位3000个。',
      '主办单位：市城管局',
      '参与单位：市公安局',
      '完成时限：长期坚持',
    ].join('\n'),
    {},
    [
      [1, ['市住建局'], ['市财政局', '各区政府'], [], [], '2026-11-30', false, false],
      [2, ['市城管局'], ['市公安局'], [], [], null, true, false],
    ],
  ],
  [
    'B7 （1） items: 牵头 + 责任单位 supports, 责任单位 + 配合单位 leads, 责任单位 alone is joint',
    [
      '（1）推进垃圾分类。',
      '牵头单位：省住建厅',
      '责任单位：省发展改革委',
      '',
      '（2）治理农村污水。',
      '责任单位：省生态环境厅',
      '配合单位：省水利厅',
      '',
      '（3）建设美丽乡村。',
      '责任单位：省农业农村厅、各市人民政府',
    ].join('\n'),
    {},
    [
      [1, ['省住建厅'], ['省发展改革委'], [], [], null, false, false],
      [2, ['省生态环境厅'], ['省水利厅'], [], [], null, false, false],
      [3, [], [], ['省农业农村厅', '各市人民政府'], [], null, false, false],
    ],
  ],
  [
    'B8 inline brackets of every kind, ASCII and full-width',
    [
      '1. 建设医联体。[牵头单位:区卫健局;责任单位:区医保局]',
      '2. 提升签约率。(责任单位:区卫健局、各街道)',
      '3. 建设发热门诊。〔责任单位：区有关部门按职责分工负责〕',
      '4. 开展爱国卫生运动。（区爱卫办牵头，各街道配合）',
    ].join('\n'),
    {},
    [
      [1, ['区卫健局'], ['区医保局'], [], [], null, false, false],
      [2, [], [], ['区卫健局', '各街道'], [], null, false, false],
      [3, [], [], ['区有关部门'], [], null, false, false],
      [4, ['区爱卫办'], ['各街道'], [], [], null, false, false],
    ],
  ],
  [
    'B8 a 部门分工 sentence in the task text',
    [
      '\t序号',
      '\t工作任务',
      '\t完成时间',
      '',
      '\t1',
      '\t落实研发费用加计扣除。部门分工：市税务局牵头，市科技局配合。',
      '\t2026年起每年开展',
    ].join('\n'),
    {},
    [[1, ['市税务局'], ['市科技局'], [], [], null, true, false]],
  ],
  [
    'B9 sub-measures share one trailing unit line',
    [
      '1.提升排涝能力。',
      '(1)新建泵站3座。',
      '(2)清淤管网20公里。',
      '(牵头单位:市水务局;配合单位:市财政局;完成时限:2026年5月底前)',
      '',
      '2.治理积水点。',
      '(1)整治积水点12处。',
      '(2)设置警示标识。',
      '(责任单位:各区政府,市住建局配合)',
    ].join('\n'),
    {},
    [
      [1, ['市水务局'], ['市财政局'], [], [], '2026-05-31', false, false],
      [2, ['各区政府'], ['市住建局'], [], [], null, false, false],
    ],
  ],
  [
    'B10 leader sections as headings; a 牵头负责领导 label keeps people apart',
    [
      '（一）孙立军副市长牵头重点工作',
      '',
      '1.建设产业园。',
      '牵头单位：市发改委',
      '完成时限：2026年底前',
      '',
      '（二）郑丽副市长牵头重点工作',
      '',
      '2.办好职业教育。',
      '牵头负责领导：郑丽、钱伟。',
      '责任单位：市教育局',
      '完成时限：持续推进',
    ].join('\n'),
    {},
    [
      [1, ['市发展改革委'], [], [], ['孙立军副市长'], '2026-12-31', false, false],
      [2, [], [], ['市教育局'], ['郑丽', '钱伟'], null, true, false],
    ],
  ],
  [
    'C11 列第一位者为牵头单位，下同; 分别牵头 follows its own words',
    [
      '\t1',
      '\t制定转型指南。',
      '\t省工信厅、省科技厅（列第一位者为牵头单位，下同）',
      '\t2026年6月底前',
      '',
      '\t2',
      '\t开展诊断服务。',
      '\t省工信厅、省财政厅',
      '\t2026年底前',
      '',
      '\t3',
      '\t培育标杆企业。',
      '\t省国资委、省工商联分别牵头',
      '\t2026年底前',
    ].join('\n'),
    {},
    [
      [1, ['省工信厅'], ['省科技厅'], [], [], '2026-06-30', false, false],
      [2, ['省工信厅'], ['省财政厅'], [], [], '2026-12-31', false, false],
      [3, ['省国资委', '省工商联'], [], [], [], '2026-12-31', false, false],
    ],
  ],
  [
    'C12 role words and a mid-list 等',
    [
      '1\t开展森林防火巡查。\t市林业局、市应急局按职责分工负责\t2026年2月底前',
      '2\t增加城市绿地。\t市城管局、市住建局等，各区政府\t2026年6月底前',
    ].join('\n'),
    {},
    [
      [1, [], [], ['市林业局', '市应急局'], [], '2026-02-28', false, false],
      [2, [], [], ['市城管局', '市住建局', '各区政府'], [], '2026-06-30', false, false],
    ],
  ],
  [
    'C13 compound names keep their inner 、',
    ['1\t改造燃气管网。\t市城管局牵头，各区、县（市）政府（管委会）配合\t2026年底前'].join('\n'),
    {},
    [[1, ['市城管局'], ['各区、县（市）政府（管委会）'], [], [], '2026-12-31', false, false]],
  ],
  [
    'C14 mixed ASCII and full-width punctuation',
    [
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '1\t建设政务云(二期).\t市数据局\t市财政局,市委网信办\t2026年9月底前',
    ].join('\n'),
    {},
    [[1, ['市数据局'], ['市财政局', '市委网信办'], [], [], '2026-09-30', false, false]],
  ],
  [
    'D15 year-less deadlines take the title year',
    [
      '2026年县级民生实事任务分解表',
      '',
      '\t1',
      '\t新建公交首末站。',
      '\t县交通运输局',
      '\t9月投入使用',
      '',
      '\t2',
      '\t改造供水管网。',
      '\t县水务局',
      '\t5月底前动工，12月底前完工',
    ].join('\n'),
    {},
    [
      [1, [], [], ['县交通运输局'], [], '2026-09-30', false, false],
      [2, [], [], ['县水务局'], [], '2026-12-31', false, false],
    ],
  ],
  [
    'D16 more schedule phrases',
    [
      '1\t任务甲。\t市统计局\t2026年起每年开展',
      '2\t任务乙。\t市统计局\t每季度末',
      '3\t任务丙。\t市统计局\t年内持续推进',
      '4\t任务丁。\t市统计局\t2026—2028年',
      '5\t任务戊。\t市统计局\t2026年6月底前出台方案，12月底前完成',
      '6\t任务己。\t市统计局\t年内',
      '7\t任务庚。\t市统计局\t1月至4月',
    ].join('\n'),
    { documentYear: 2026 },
    [
      [1, [], [], ['市统计局'], [], null, true, false],
      [2, [], [], ['市统计局'], [], null, true, false],
      [3, [], [], ['市统计局'], [], null, true, false],
      [4, [], [], ['市统计局'], [], '2028-12-31', false, false],
      [5, [], [], ['市统计局'], [], '2026-12-31', false, false],
      [6, [], [], ['市统计局'], [], null, false, true],
      [7, [], [], ['市统计局'], [], '2026-04-30', false, false],
    ],
  ],
  [
    'D17 no schedule column: a date in the task text is not the deadline',
    ['序号\t重点任务\t牵头单位\t配合单位', '1\t2026年底前完成黑臭水体清零。\t县住建局\t县水利局'].join('\n'),
    {},
    [[1, ['县住建局'], ['县水利局'], [], [], null, false, false]],
  ],
];

describe('parseTaskTable: every layout class of the genre', () => {
  test.each(CASES)('%s', (_name, text, options, expected) => {
    const table = parseTaskTable(text, options);
    expect(table.tasks.map(read)).toEqual(expected);
  });
});

describe('parseTaskTable: what it says about what it read', () => {
  test('a header-less table reports the columns it inferred from content', () => {
    const table = parseTaskTable('3\t建立企业诉求直通车制度。\t市营商办\t市工信局、市市场监管局\t2026年9月底前');
    expect(table.columns).toMatchObject({
      roles: ['no', 'task', 'lead', 'support', 'schedule'],
      headers: [null, null, null, null, null],
      source: 'content',
      uncertain: true,
    });
    expect(table.issues).toContainEqual(
      expect.objectContaining({
        line: 0,
        severity: 'warning',
        code: 'columns-inferred',
        params: { roles: 'no,task,lead,support,schedule' },
      }),
    );
  });

  test('a task header outside the vocabulary is still the task column', () => {
    const table = parseTaskTable(
      '| 序号 | 项目名称及内容 | 分管市领导 | 牵头单位 | 完成时限 |\n|---|---|---|---|---|\n| 1 | 新增停车泊位。 | 何志强副市长 | 市城管局 | 2026年11月底前 |',
    );
    expect(table.tasks[0]).toMatchObject({ text: '新增停车泊位。', leaders: ['何志强副市长'], deadline: '2026-11-30' });
    expect(table.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(table.columns?.roles).toEqual(['no', 'task', 'leader', 'lead', 'schedule']);
  });

  test('paragraph layouts have no columns', () => {
    expect(parseTaskTable('1、改造小区。\n牵头单位：市住建局\n完成时限：2026年底前').columns).toBeNull();
  });

  test('a row short of a cell is aligned and reported', () => {
    const text = [
      '\t1',
      '\t任务甲。',
      '\t市城管局',
      '\t市公安局',
      '\t8月底前',
      '',
      '\t2',
      '\t任务乙。',
      '\t市城管局',
      '\t市公安局',
      '\t9月底前',
      '',
      '\t3',
      '\t任务丙。',
      '\t10月底前',
    ].join('\n');
    const table = parseTaskTable(text, { documentYear: 2026 });
    expect(table.tasks[2]).toMatchObject({ no: 3, deadline: '2026-10-31', assignments: [] });
    expect(table.issues.map((i) => [i.line, i.code])).toContainEqual([13, 'row-realigned']);
  });

  test('year-less deadlines say which year they took', () => {
    const table = parseTaskTable('1\t任务。\t市统计局\t10月底前\n2\t任务。\t市统计局\t第二季度', {
      documentYear: 2026,
    });
    expect(table.tasks.map((t) => t.deadline)).toEqual(['2026-10-31', '2026-06-30']);
    expect(table.issues).toContainEqual(
      expect.objectContaining({
        line: 0,
        severity: 'info',
        code: 'year-assumed',
        params: { count: 2, year: 2026, source: 'option' },
      }),
    );
  });

  test('with no year anywhere, a year-less deadline stays ambiguous', () => {
    const table = parseTaskTable('1\t任务。\t市统计局\t10月底前');
    expect(table.tasks[0]).toMatchObject({ deadline: null, ambiguous: true });
  });

  test('a date in the task text of a table without a schedule column is offered as information', () => {
    const table = parseTaskTable(
      ['序号\t重点任务\t牵头单位\t配合单位', '1\t2026年底前完成清零。\t县住建局\t县水利局'].join('\n'),
    );
    expect(table.issues).toContainEqual(
      expect.objectContaining({
        line: 2,
        severity: 'info',
        code: 'date-in-text',
        params: { no: 1, date: '2026-12-31' },
      }),
    );
  });
});
