/**
 * zh-CN descriptions and parameter help for every custom function, by id. Function names stay the
 * same English ids (TASKS.DEADLINE …) in every language, so formulas work in any Excel; only the
 * descriptions are translated. The build writes functions.zh-cn.json from this and the generated
 * metadata, and fails when an id or a parameter is missing here.
 */
export interface FunctionLocalization {
  description: string;
  /** Parameter name (as in functions.json) → help text. */
  parameters: Record<string, string>;
}

const ROLE_HELP = '角色：lead（牵头）、support（配合）、joint（共同）或 any（全部）；省略时为全部';
const SCHEDULE_OR_DEADLINE_HELP = '时间进度文本（如“2015年8月底前出台具体措施”）或截止日期';
const STATUS_HELP = '任务状态：未启动、推进中、滞后或已完成（空白视为未启动）';
const AS_OF_HELP = '判断所依据的日期；省略时为今天';
const ALIASES_HELP = '自定义单位别名：两列区域（写法、规范名称），如 AgencyAliases；省略时只用内置别名';

export const FUNCTIONS_ZH_CN: Record<string, FunctionLocalization> = {
  DEADLINE: {
    description:
      '返回时间进度中的截止日期（日期序列号，请将单元格设为日期格式）；持续实施或空白时返回 #N/A，表述含糊或无法识别时返回 #VALUE!',
    parameters: { schedule: '时间进度文本（如“2015年8月底前出台具体措施”）或日期' },
  },
  ISONGOING: {
    description: '判断时间进度是否为持续实施（持续实施、长期坚持等），同时有截止日期的也返回 TRUE',
    parameters: { schedule: '时间进度文本（如“持续实施”）' },
  },
  ISOVERDUE: {
    description: '判断任务是否逾期：有截止日期、已过截止日期且未完成；持续实施、已完成或空白的任务不算逾期',
    parameters: { schedule_or_deadline: SCHEDULE_OR_DEADLINE_HELP, status: STATUS_HELP, as_of: AS_OF_HELP },
  },
  DAYSLEFT: {
    description: '返回距截止日期的天数（已过期为负数）；没有截止日期时返回 #N/A',
    parameters: { schedule_or_deadline: SCHEDULE_OR_DEADLINE_HELP, as_of: '起算日期；省略时为今天' },
  },
  LIGHT: {
    description:
      '按预警规则返回任务的灯色：红黄绿（逾期红、临期黄）或蓝黄红（临期蓝、滞后黄、逾期红），其余为绿（任何界面语言下都返回红、黄、绿、蓝，公式结果不随语言变化）',
    parameters: {
      schedule_or_deadline: SCHEDULE_OR_DEADLINE_HELP,
      status: STATUS_HELP,
      as_of: AS_OF_HELP,
      warn_days: '截止日期前多少天为“临期”；省略时为 7 天',
      preset: '配色：红黄绿 或 蓝黄红；省略时为红黄绿（可引用台账设置中的名称 预警配色）',
      lagging_counts: '单位报告“滞后”是否计为滞后：TRUE/FALSE 或 是/否；省略时为否（可引用名称 滞后计入预警）',
    },
  },
  AGENCYCOUNT: {
    description: '统计负责单位中以指定角色出现某单位的任务数；单位名称先规范化（如市人社局即市人力资源和社会保障局）',
    parameters: {
      units: '负责单位列，如 TaskLedger[负责单位]',
      agency: '单位名称，如“市教育局”',
      role: ROLE_HELP,
      aliases: ALIASES_HELP,
    },
  },
  OVERDUECOUNT: {
    description: '统计逾期任务数（已过截止日期且未完成），可只统计某单位负责的任务',
    parameters: {
      schedules: '时间进度列（或截止日期），如 TaskLedger[时间进度]',
      statuses: '状态列，与时间进度列大小相同',
      as_of: AS_OF_HELP,
      units: '负责单位列，与时间进度列大小相同；指定单位时必填',
      agency: '只统计该单位负责的任务，如“市教育局”',
      role: '指定单位时的角色：lead（牵头）、support（配合）、joint（共同）或 any（全部）；省略时为全部',
      aliases: ALIASES_HELP,
    },
  },
  AGENCIES: {
    description: '列出负责单位中出现的所有单位（规范化、去重，按首次出现顺序，向下溢出）；没有时返回 #N/A',
    parameters: { units: '负责单位列，如 TaskLedger[负责单位]', role: ROLE_HELP, aliases: ALIASES_HELP },
  },
  LEAD: {
    description: '返回一个负责单位单元格中的牵头单位，以“、”连接；共同负责（未写牵头）时返回空文本',
    parameters: { units: '一个负责单位单元格，如“市教育局牵头，市财政局等配合”', aliases: ALIASES_HELP },
  },
  SUPPORT: {
    description: '返回一个负责单位单元格中的配合单位，以“、”连接；没有时返回空文本',
    parameters: { units: '一个负责单位单元格，如“市教育局牵头，市财政局等配合”', aliases: ALIASES_HELP },
  },
  NORMALIZE: {
    description: '返回单位的规范名称，识别简称和常见笔误（如市人社局 → 市人力资源和社会保障局）',
    parameters: { agency: '单位名称，按原文书写', aliases: ALIASES_HELP },
  },
};
