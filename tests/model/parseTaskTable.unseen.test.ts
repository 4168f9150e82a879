// The classes of issue 19 still missed on tables nobody had shown us (session 3): two person columns, a 具体措施 column
// under a merged 序号, a convention note after a Word table, a label bracket in the middle of a paragraph, a group
// title glued to a number line in cell-per-line text, a task cut by a repeated header, and a cell that contradicts a
// column whose role its content gave. Every table here is invented for the test.
import { describe, expect, it } from 'vitest';
import { labelledBracket } from '../../src/model/labelledBracket';
import { formatParseIssue, noteBelowTable, parseTaskGrid, parseTaskTable, type Task } from '../../src/model';

const roles = (task: Task | undefined): Record<string, string[]> => {
  const out: Record<string, string[]> = { lead: [], support: [], joint: [] };
  for (const a of task?.assignments ?? []) out[a.role]?.push(a.agency);
  return out;
};

describe('two person columns', () => {
  it('keeps the people of 分管领导 and 责任人 as leaders, never as units', () => {
    const text = [
      '序号\t重点工作\t分管领导\t责任人\t牵头单位\t配合单位\t完成时限',
      '1\t新建污水管网12公里。\t韩立\t苏晴\t镇建设办\t镇财政所\t2026年10月底前',
      '2\t改造农贸市场2个。\t韩立\t丁伟\t镇经发办\t镇市场监管所\t2026年8月底前',
    ].join('\n');
    const table = parseTaskTable(text);
    expect(table.tasks.map((t) => t.leaders)).toEqual([
      ['韩立', '苏晴'],
      ['韩立', '丁伟'],
    ]);
    expect(roles(table.tasks[0])).toEqual({ lead: ['镇建设办'], support: ['镇财政所'], joint: [] });
    expect(table.columns?.roles).toEqual(['no', 'task', 'leader', 'leader', 'lead', 'support', 'schedule']);
  });

  it('reads a second column of people as leaders when its header names units', () => {
    const text = [
      '序号\t工作任务\t包抓领导\t责任单位\t完成时限',
      '1\t建设冷链仓储中心。\t邱明\t何静\t2026年9月底前',
      '2\t培育电商示范村5个。\t邱明\t罗兰\t2026年11月底前',
      '3\t举办农产品展销会。\t邱明\t叶峰\t2026年10月底前',
    ].join('\n');
    const table = parseTaskTable(text);
    expect(table.tasks[1]?.leaders).toEqual(['邱明', '罗兰']);
    expect(table.tasks[1]?.assignments).toEqual([]);
  });
});

describe('a 具体措施 column under a merged 序号', () => {
  it('adds each sub-row’s measure to the task text; the last date is the deadline', () => {
    const rows = [
      ['序号', '工作任务', '具体措施', '责任单位', '完成时限'],
      ['1', '提升河道保洁水平', '配齐专职保洁员。', '区水务局', '2026年4月底前'],
      ['1', '提升河道保洁水平', '建立巡河考核制度。', '区水务局', '2026年7月底前'],
      ['2', '整治沿河违建', '拆除违建房屋。', '区城管局', '2026年9月底前'],
    ];
    const merges = [
      { row: 1, col: 0, rowSpan: 2, colSpan: 1 },
      { row: 1, col: 1, rowSpan: 2, colSpan: 1 },
      { row: 1, col: 3, rowSpan: 2, colSpan: 1 },
    ];
    const table = parseTaskGrid({ rows, merges, source: 'docx' });
    expect(table.tasks.map((t) => t.no)).toEqual([1, 2]);
    expect(table.tasks[0]?.text).toBe('提升河道保洁水平\n配齐专职保洁员。\n建立巡河考核制度。');
    expect(table.tasks[0]?.deadline).toBe('2026-07-31');
    expect(table.tasks[1]?.text).toBe('整治沿河违建\n拆除违建房屋。');
  });
});

describe('a convention note after a Word table', () => {
  const grid = [
    ['序号', '重点任务', '责任单位', '完成时间'],
    ['1', '完成锅炉改造8台。', '县生态环境分局、县市场监管局', '2026年10月底前'],
  ];

  it('goes under the grid only when it states the first-listed convention', () => {
    expect(noteBelowTable('注：责任单位中排在第一位的为牵头单位。', grid)).toEqual([
      ['注：责任单位中排在第一位的为牵头单位。'],
    ]);
    expect(noteBelowTable('抄送：市生态环境局。', grid)).toEqual([]);
    expect(noteBelowTable('', grid)).toEqual([]);
  });

  it('makes the first-listed unit the lead of every row above it', () => {
    const rows = [...grid, ...noteBelowTable('注：排在第一位的为牵头单位。', grid)];
    const table = parseTaskGrid({ rows, merges: [], source: 'docx' });
    expect(roles(table.tasks[0])).toEqual({ lead: ['县生态环境分局'], support: ['县市场监管局'], joint: [] });
  });
});

describe('a label bracket in the middle of a paragraph', () => {
  it('finds the last labelled bracket, never a bracket of plain words', () => {
    expect(labelledBracket('推行联办（牵头单位：区市场监管局；配合单位：区卫健局），9月底前全覆盖。')).toBe(
      '牵头单位：区市场监管局；配合单位：区卫健局',
    );
    expect(labelledBracket('新增用地120亩（不含6亩储备地），年内完成。')).toBeNull();
    expect(labelledBracket('规范收费（责任单位:区发改局、各县（市、区）政府）并公开。')).toBe(
      '责任单位:区发改局、各县（市、区）政府',
    );
  });

  it('reads numbered paragraphs whose units bracket has text after it', () => {
    const text = [
      '各科室、各站所：',
      '1.推行企业开办一日办结（牵头单位：县政务服务中心；配合单位：县税务局、县公安局），年内实现全程网办。',
      '2.规范涉企检查（责任单位：县司法局、县市场监管局），全面推行“综合查一次”。',
      '3.加大稳岗支持（牵头单位：县人社局），发放补贴不少于500万元。',
    ].join('\n');
    const table = parseTaskTable(text);
    expect(table.tasks.map((t) => t.no)).toEqual([1, 2, 3]);
    expect(roles(table.tasks[0])).toEqual({ lead: ['县政务服务中心'], support: ['县税务局', '县公安局'], joint: [] });
    expect(roles(table.tasks[1])).toEqual({ lead: [], support: [], joint: ['县司法局', '县市场监管局'] });
    expect(roles(table.tasks[2])).toEqual({ lead: ['县人社局'], support: [], joint: [] });
    expect(table.tasks[0]?.deadline).toBeNull();
  });
});

describe('a group title glued to a number line in cell-per-line text', () => {
  const text = [
    '\t序号',
    '\t工作任务',
    '\t责任单位',
    '\t完成时限',
    '',
    '\t文体服务',
    '\t1',
    '\t新建农家书屋10个。',
    '\t县文旅局',
    '\t2026年7月底前',
    '',
    '\t2',
    '\t举办村晚20场。',
    '\t县文旅局',
    '\t2026年2月底前',
    '\t社会保障',
    '\t3',
    '\t提高低保标准。',
    '\t县民政局',
    '\t2026年3月底前',
  ].join('\n');

  it('keeps the first row of each group and reads the titles as sections', () => {
    const table = parseTaskTable(text);
    expect(table.tasks.map((t) => [t.no, t.units, t.deadline])).toEqual([
      [1, '县文旅局', '2026-07-31'],
      [2, '县文旅局', '2026-02-28'],
      [3, '县民政局', '2026-03-31'],
    ]);
    expect(table.sections.map((s) => s.title)).toEqual(['文体服务', '社会保障']);
    expect(table.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('leaves an extra line that is a remark, followed by a blank line, an extra cell', () => {
    const remark = text.replace('\t文体服务\n', '').replace('\t2026年7月底前\n', '\t2026年7月底前\n\t已列入计划\n');
    const table = parseTaskTable(remark);
    expect(table.tasks.map((t) => t.no)).toEqual([1, 2, 3]);
    expect(table.sections.map((s) => s.title)).toEqual(['社会保障']);
    expect(table.issues.map((i) => i.code)).toContain('extra-cells');
  });
});

describe('a task cut by a page break that repeats the header', () => {
  it('joins the rest of the task after the repeated header to it', () => {
    const text = [
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '1\t排查燃气管道隐患。\t县住建局\t县应急局\t2026年5月底前',
      '2\t完善校园周边交通\t县公安局\t县教育局',
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '\t安全设施。\t\t\t2026年8月底前',
      '3\t开展消防演练。\t县消防救援大队\t各乡镇人民政府\t2026年6月底前',
    ].join('\n');
    const table = parseTaskTable(text);
    expect(table.tasks.map((t) => [t.no, t.text, t.deadline])).toEqual([
      [1, '排查燃气管道隐患。', '2026-05-31'],
      [2, '完善校园周边交通\n安全设施。', '2026-08-31'],
      [3, '开展消防演练。', '2026-06-30'],
    ]);
    expect(roles(table.tasks[1])).toEqual({ lead: ['县公安局'], support: ['县教育局'], joint: [] });
    expect(table.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('a cell that contradicts a column whose role its content gave', () => {
  it('warns on that task’s row', () => {
    const text = [
      '序号\t工作任务\t\t完成时限',
      '1\t建设污水处理站。\t县住建局、县水利局\t2026年9月底前',
      '2\t治理黑臭水体。\t县生态环境分局\t2026年10月底前',
      '3\t实施河道清淤。\t2026年11月底前\t2026年11月底前',
      '4\t新建排涝泵站。\t县水利局\t2026年8月底前',
      '5\t改造雨污管网。\t县住建局\t2026年12月底前',
    ].join('\n');
    const table = parseTaskTable(text);
    const doubts = table.issues.filter((i) => i.code === 'cell-doubtful');
    expect(doubts.map((i) => [i.severity, i.params['no'], i.params['kind']])).toEqual([['warning', 3, 'schedule']]);
    const doubt = doubts[0];
    if (!doubt) throw new Error('expected a doubt');
    expect(formatParseIssue(doubt, 'zh-CN')).toBe(
      '序号 3：“负责单位”一列按内容读出，但此格“2026年11月底前”像时间，请核对',
    );
    expect(formatParseIssue(doubt, 'en-US')).toBe(
      'Task 3: the column “负责单位” was read from its content, but this cell “2026年11月底前” looks like a date; please check',
    );
  });
});
