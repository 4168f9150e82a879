// Issue 19: classes of real tables the last held-out set lost in text layouts, each with an invented table.
import { describe, expect, it } from 'vitest';
import { parseTaskTable, type ParsedTaskTable } from '../../src/model';

const tab = (rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n');
const units = (t: ParsedTaskTable): string[] =>
  t.tasks.map((k) => k.assignments.map((a) => `${a.agency}:${a.role}`).join(' '));
const codesOf = (t: ParsedTaskTable, no: number): string[] =>
  t.issues.filter((i) => i.params['no'] === no).map((i) => i.code);

describe('a category column in cell-per-line text', () => {
  it('given only on the first row it covers, later rows are not shifted into it', () => {
    const text = [
      ['序号', '类别', '工作任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '产业发展', '培育新材料产业集群。', '市发改委', '市工信局、市科技局', '2026年12月底前'],
      ['2', '建设智能制造示范工厂5家。', '市工信局', '市财政局', '2026年9月底前'],
      ['3', '民生保障', '新建社区食堂10个。', '市民政局', '各区政府', '2026年10月底前'],
      ['4', '改造老旧管网30公里。', '市住建局', '市水务局', '2026年11月底前'],
    ]
      .map((row) => row.join('\n'))
      .join('\n\n');
    const table = parseTaskTable(text);
    expect(table.tasks.map((t) => [t.no, t.text, t.deadline])).toEqual([
      [1, '培育新材料产业集群。', '2026-12-31'],
      [2, '建设智能制造示范工厂5家。', '2026-09-30'],
      [3, '新建社区食堂10个。', '2026-10-31'],
      [4, '改造老旧管网30公里。', '2026-11-30'],
    ]);
    expect(units(table)[1]).toBe('市工信局:lead 市财政局:support');
    expect(table.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(table.columns?.uncertain).toBe(false);
  });
});

describe('three role columns', () => {
  it('牵头 / 参与 / 责任: the 责任单位 beside a lead support it, and are never dropped', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '重点任务', '牵头单位', '参与单位', '责任单位', '完成时限'],
        ['1', '建设数字政府平台。', '市大数据局', '市财政局', '各区政府', '2026年底前'],
        ['2', '实施河道整治。', '市水务局', '', '沿河各镇', '2026年6月底前'],
      ]),
    );
    expect(units(table)).toEqual([
      '市大数据局:lead 市财政局:support 各区政府:support',
      '市水务局:lead 沿河各镇:support',
    ]);
  });
});

describe('milestone columns', () => {
  it('一季度 … 四季度: the last date named is the deadline; a quarter cell without a date ends with its quarter', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '牵头单位', '一季度', '二季度', '三季度', '四季度'],
        ['1', '建设城市数据中心。', '市大数据局', '完成选址', '5月底前完成设计', '开工建设', '11月底前投入使用'],
        ['2', '开展营商环境评价。', '市发改委', '制定方案', '组织自评', '9月底前完成评价', ''],
        ['3', '编制专项规划。', '市自然资源局', '完成调研', '形成初稿', '', ''],
      ]),
      { documentYear: 2026 },
    );
    expect(table.tasks.map((t) => t.deadline)).toEqual(['2026-11-30', '2026-09-30', '2026-06-30']);
  });

  it('quarters in a second header row under a merged 时间节点 are milestone columns', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '牵头单位', '时间节点', '', '', ''],
        ['', '', '', '一季度', '二季度', '三季度', '四季度'],
        ['1', '建设城市数据中心。', '市大数据局', '完成选址', '5月底前完成设计', '开工建设', '11月底前投入使用'],
        ['2', '开展营商环境评价。', '市发改委', '制定方案', '组织自评', '9月底前完成评价', ''],
      ]),
      { documentYear: 2026 },
    );
    expect(table.tasks.map((t) => t.deadline)).toEqual(['2026-11-30', '2026-09-30']);
    expect(table.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a column named after a period that holds no date is not the schedule', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '责任单位', '一季度目标'],
        ['1', '推进示范村建设。', '县农业农村局', '建成示范村3个'],
        ['2', '提升供水能力。', '县水利局', '新建水厂1座'],
      ]),
      { documentYear: 2026 },
    );
    expect(table.tasks.map((t) => t.deadline)).toEqual([null, null]);
  });
});

describe('bracketed labels inside paragraphs', () => {
  it('a 完成时限 label in the bracket is the deadline, a 责任领导 a leader, never an agency', () => {
    const text = [
      '2026年全区重点工作任务',
      '1.深化“一网通办”改革（责任领导：张三；牵头单位：区政务服务中心；责任单位：区大数据局、各街道；完成时限：2026年6月底）。',
      '2.开展涉企收费清理（责任领导：李四；牵头单位：区发改局；责任单位：区财政局；完成时限：2026年9月底前）。',
    ].join('\n');
    const table = parseTaskTable(text);
    expect(table.tasks.map((t) => [t.no, t.deadline, t.leaders])).toEqual([
      [1, '2026-06-30', ['张三']],
      [2, '2026-09-30', ['李四']],
    ]);
    expect(units(table)).toEqual([
      '区政务服务中心:lead 区大数据局:support 各街道:support',
      '区发改局:lead 区财政局:support',
    ]);
    expect(table.issues).toEqual([]);
  });
});

describe('label blocks whose value is on the next line', () => {
  it('`牵头单位：` then the unit on the next line', () => {
    const text = [
      '1.推进老旧小区改造，年内完成120个。',
      '牵头单位：',
      '市住建局',
      '配合单位：',
      '市财政局、市自然资源局',
      '完成时限：',
      '2026年10月底前',
      '2.开展全民健身活动。',
      '牵头单位：',
      '市体育局',
      '完成时限：',
      '2026年12月底前',
    ].join('\n');
    const table = parseTaskTable(text);
    expect(units(table)).toEqual(['市住建局:lead 市财政局:support 市自然资源局:support', '市体育局:lead']);
    expect(table.tasks.map((t) => t.deadline)).toEqual(['2026-10-31', '2026-12-31']);
  });
});

describe('leader columns', () => {
  it('a row lacking its leader cell is placed by content and named', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '责任领导', '牵头单位', '配合单位', '完成时限'],
        ['1', '推进高标准农田建设。', '王强', '县农业农村局', '县财政局', '2026年10月底前'],
        ['2', '实施农村道路提升工程。', '县交通运输局', '县财政局', '2026年12月底前'],
      ]),
    );
    expect(units(table)).toEqual(['县农业农村局:lead 县财政局:support', '县交通运输局:lead 县财政局:support']);
    expect(table.tasks.map((t) => [t.leaders, t.deadline])).toEqual([
      [['王强'], '2026-10-31'],
      [[], '2026-12-31'],
    ]);
    expect(codesOf(table, 2)).toEqual(['row-realigned']);
  });
});

describe('role words and labels in one units cell', () => {
  it('`协同` after a list is a role word, not part of the last name (`市对口协作办` stays a name)', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '重点任务', '责任主体与协同单位', '完成时限'],
        ['1', '培育外贸新业态。', '省商务厅牵头，省市场监管局、省科技厅协同', '2026年底前'],
        ['2', '深化东西部协作。', '市对口协作办牵头，市财政局协作', '2026年底前'],
      ]),
    );
    expect(units(table)).toEqual([
      '省商务厅:lead 省市场监管局:support 省科技厅:support',
      '市对口协作办:lead 市财政局:support',
    ]);
  });

  it('short labels on their own lines of the cell (`牵头：X` / `配合：Y`)', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '责任单位', '时间安排'],
        ['1', '改善义务教育薄弱环节。', '"牵头：县教育局\n配合：县财政局、县住建局"', '2026年8月底前'],
        ['2', '推行按病组付费。', '牵头：县医保局', '2026年9月底前'],
      ]),
    );
    expect(units(table)).toEqual(['县教育局:lead 县财政局:support 县住建局:support', '县医保局:lead']);
  });
});

describe('a 标签 | 内容 table describing several tasks in turn', () => {
  it('each 编号 row starts a task; 办结时限 is the schedule; the title above gives the year', () => {
    const text = [
      '青山县2026年督办事项交办单',
      '编号\t1',
      '督办事项\t改造城区老旧供水管网。',
      '责任领导\t王建国副县长',
      '牵头单位\t县水利局',
      '配合单位\t县住建局、县财政局',
      '办结时限\t10月底前',
      '',
      '编号\t2',
      '督办事项\t开展农村人居环境整治。',
      '牵头单位\t县农业农村局',
      '办理时限\t2026年12月底前',
    ].join('\n');
    const table = parseTaskTable(text);
    expect(table.tasks.map((t) => [t.no, t.text, t.deadline, t.leaders])).toEqual([
      [1, '改造城区老旧供水管网。', '2026-10-31', ['王建国副县长']],
      [2, '开展农村人居环境整治。', '2026-12-31', []],
    ]);
    expect(units(table)).toEqual(['县水利局:lead 县住建局:support 县财政局:support', '县农业农村局:lead']);
  });
});

describe('lead and support columns that repeat their role or say there is none', () => {
  it('`X、Y按职责分工负责` in 牵头单位 still leads; `无` in 配合单位 is no unit', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
        ['1', '建设中试平台。', '省经信厅、省科技厅按职责分工负责', '省发展改革委', '持续推进'],
        ['2', '开放公共数据。', '省数据局', '无', '2026年6月'],
      ]),
    );
    expect(units(table)).toEqual(['省经信厅:lead 省科技厅:lead 省发展改革委:support', '省数据局:lead']);
  });
});
