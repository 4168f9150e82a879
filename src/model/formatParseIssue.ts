/**
 * Renders a parse issue in the reader's language. Issues are data (`code` + `params`); the text is
 * made here, at the edge, without the `第N行：` prefix (the pane shows the line on its own).
 */
import type { ColumnRole, ParseIssue } from './types';

export type IssueLocale = 'zh-CN' | 'en-US';

type Params = ParseIssue['params'];

const ROLE_LABELS: Readonly<Record<IssueLocale, Readonly<Record<ColumnRole, string>>>> = {
  'zh-CN': {
    no: '序号',
    task: '任务',
    units: '责任单位',
    lead: '牵头单位',
    support: '配合单位',
    joint: '共同负责',
    leader: '责任领导',
    schedule: '完成时限',
    progress: '进展情况',
    other: '其他',
  },
  'en-US': {
    no: 'No.',
    task: 'Task',
    units: 'Units',
    lead: 'Lead',
    support: 'Support',
    joint: 'Joint',
    leader: 'Leader',
    schedule: 'Deadline',
    progress: 'Progress',
    other: 'Other',
  },
};

/**
 * The name of a column role in a locale, as the pane's column pickers and the issue texts write it.
 * @example columnRoleLabel('lead', 'zh-CN') // '牵头单位'
 */
export function columnRoleLabel(role: ColumnRole, locale: IssueLocale): string {
  return ROLE_LABELS[locale][role] ?? role;
}

const CELL_KIND_LABELS: Readonly<Record<IssueLocale, Readonly<Record<string, string>>>> = {
  'zh-CN': { person: '人名', agencies: '单位名称', schedule: '时间', number: '序号' },
  'en-US': { person: 'a person', agencies: 'agency names', schedule: 'a date', number: 'a number' },
};

/** What a cell looks like (`classifyCell`'s kind), for `cell-doubtful`. */
function cellKindLabel(kind: string, locale: IssueLocale): string {
  return CELL_KIND_LABELS[locale][kind] ?? (locale === 'zh-CN' ? '其他内容' : 'something else');
}

const str = (params: Params, key: string): string => {
  const v = params[key];
  return v === undefined ? '' : String(v);
};

/** Role ids joined by `,` in `params.roles`, rendered as `序号 · 任务 · …`. */
function roleList(params: Params, locale: IssueLocale): string {
  return str(params, 'roles')
    .split(',')
    .filter((r) => r !== '')
    .map((r) => columnRoleLabel(r as ColumnRole, locale))
    .join(' · ');
}

/** Column names joined by `|` in `params.cells`. */
function cellList(params: Params, open: string, close: string, joiner: string): string {
  return str(params, 'cells')
    .split('|')
    .filter((c) => c !== '')
    .map((c) => `${open}${c}${close}`)
    .join(joiner);
}

function zh(issue: ParseIssue): string {
  const p = issue.params;
  const no = str(p, 'no');
  switch (issue.code) {
    case 'empty':
    case 'characters-removed':
    case 'no-tasks':
    case 'columns-inferred':
    case 'cell-doubtful':
    case 'column-doubtful':
      return tableIssueZh(issue);
    case 'duplicate-number':
      return `序号 ${no} 与第${str(p, 'firstLine')}行重复，此行未导入`;
    case 'skipped-number':
      return `序号 ${no} 之前缺少序号 ${str(p, 'gap')}`;
    case 'number-backwards':
      return `序号 ${no} 排在序号 ${str(p, 'previous')} 之后，顺序倒退`;
    case 'row-unrecognized':
      return `无法识别的行“${str(p, 'text')}”，已忽略`;
    case 'rows-unrecognized-more':
      return `另有 ${str(p, 'count')} 行无法识别，已忽略`;
    case 'missing-cell':
      return `序号 ${no} 缺少${cellList(p, '“', '”', '')}`;
    case 'extra-cells':
      return `序号 ${no} 多出 ${str(p, 'count')} 个单元格（“${str(p, 'text')}”），已忽略`;
    case 'row-realigned':
      return `序号 ${no} 少了单元格，已按内容对齐：缺少${cellList(p, '“', '”', '')}`;
    case 'row-merged':
      return `序号 ${no} 跨多行（合并单元格），各行已并入同一任务，期限取最后一个，请核对`;
    case 'number-assigned':
      return `表格没有序号列，此行按顺序编为序号 ${no}，请核对`;
    case 'cells-run-together':
      return '表格的单元格连在了一起（可能是从 PDF 或网页复制的），无法分列：请从 Word 或 Excel 复制原表，或导入原文件';
    case 'person-in-units':
      return `序号 ${no} 的单位中“${str(p, 'name')}”像是人名，已作为责任领导，未计为单位，请核对`;
    case 'date-in-units':
      return `序号 ${no} 的单位中“${str(p, 'text')}”是时间，未计为单位，请核对各列`;
    case 'agency-unfamiliar':
      return `序号 ${no} 的“${str(p, 'agency')}”不像单位名称，请核对`;
    case 'units-empty':
      return `序号 ${no} 负责单位为空`;
    case 'units-unparsed':
      return `序号 ${no} ${unitsUnparsedZh(p)}`;
    case 'units-unbalanced-brackets':
      return `序号 ${no} 负责单位中的括号不成对，已按普通文字处理`;
    case 'agency-typo':
      return `“${str(p, 'agency')}”疑似“${str(p, 'similarTo')}”的笔误`;
    case 'agency-corrected':
      return `序号 ${no} 的单位“${str(p, 'written')}”按“${str(p, 'agency')}”读入（已更正写法）`;
    case 'agency-split':
      return `序号 ${no} 的“${str(p, 'written')}”读作 ${str(p, 'count')} 个单位：${str(p, 'agencies')}`;
    case 'leader-not-agency':
      return `序号 ${no} 的“${str(p, 'name')}”是领导，记为责任领导，不计入单位`;
    case 'schedule-ambiguous':
      return `序号 ${no} 的${str(p, 'column')}“${str(p, 'text')}”不能确定到具体日期，请人工确认期限`;
    case 'schedule-unrecognized':
      return `序号 ${no} 的${str(p, 'column')}“${str(p, 'text')}”无法识别，未设定期限`;
    case 'year-assumed':
      return p['source'] === 'title'
        ? `${str(p, 'count')} 项任务的期限未写年份，按标题中的 ${str(p, 'year')} 年计`
        : `${str(p, 'count')} 项任务的期限未写年份，按文件年份 ${str(p, 'year')} 年计`;
    case 'date-in-text':
      return `序号 ${no} 的任务内容中有日期 ${str(p, 'date')}；表格没有时限列，未设为期限，请确认`;
    case 'no-number':
      return `第${str(p, 'row')}行没有有效的序号（${str(p, 'cell')}：“${str(p, 'text')}”），该行未读入`;
    case 'date-not-a-date':
      return `第${no}项“${str(p, 'column')}”（${str(p, 'cell')}）是文本“${str(p, 'text')}”，不是日期`;
    case 'unknown-status':
      return `第${no}项“状态”（${str(p, 'cell')}）为“${str(p, 'text')}”，不是已知状态，按“${str(p, 'status')}”处理`;
    case 'alias-no-name':
      return `单位别名第${str(p, 'row')}行（${str(p, 'cell')}）：写法“${str(p, 'written')}”没有规范名称，未使用`;
    case 'alias-no-written':
      return `单位别名第${str(p, 'row')}行（${str(p, 'cell')}）：规范名称“${str(p, 'canonical')}”没有写法，未使用`;
    case 'alias-conflict':
      return `单位别名第${str(p, 'row')}行（${str(p, 'cell')}）：写法“${str(p, 'written')}”已对应“${str(p, 'before')}”，又写为“${str(p, 'canonical')}”，按前者`;
  }
}

/** What `units-unparsed` could not read (`params.kind`, `params.text`), in zh-CN. */
function unitsUnparsedZh(p: Params): string {
  switch (p['kind']) {
    case 'marker':
      return `“${str(p, 'text')}”前没有单位名称`;
    case 'piece':
      return `无法识别的单位：“${str(p, 'text')}”`;
    case 'cell':
      return `未能从“${str(p, 'text')}”中识别出单位`;
    default:
      return '负责单位无法解析';
  }
}

/** What `units-unparsed` could not read, in en-US. */
function unitsUnparsedEn(p: Params): string {
  switch (p['kind']) {
    case 'marker':
      return `no unit is named before “${str(p, 'text')}”`;
    case 'piece':
      return `“${str(p, 'text')}” is not a unit`;
    case 'cell':
      return `no unit could be read from “${str(p, 'text')}”`;
    default:
      return 'the cell could not be read';
  }
}

/** The default status a ledger row falls back to, named in English. */
const STATUS_EN: Readonly<Record<string, string>> = {
  未启动: 'Not started',
  推进中: 'In progress',
  滞后: 'Behind',
  已完成: 'Done',
};

function en(issue: ParseIssue): string {
  const p = issue.params;
  const no = str(p, 'no');
  switch (issue.code) {
    case 'empty':
    case 'characters-removed':
    case 'no-tasks':
    case 'columns-inferred':
    case 'cell-doubtful':
    case 'column-doubtful':
      return tableIssueEn(issue);
    case 'duplicate-number':
      return `Task ${no} repeats the number on line ${str(p, 'firstLine')}; this row was not imported`;
    case 'skipped-number':
      return `Task number ${str(p, 'gap')} is missing before task ${no}`;
    case 'number-backwards':
      return `Task ${no} comes after task ${str(p, 'previous')}: the numbering goes backwards`;
    case 'row-unrecognized':
      return `Unrecognised row “${str(p, 'text')}”, ignored`;
    case 'rows-unrecognized-more':
      return `${str(p, 'count')} more rows could not be recognised and were ignored`;
    case 'missing-cell':
      return `Task ${no} has no ${cellList(p, '“', '”', ', ')}`;
    case 'extra-cells':
      return `Task ${no} has ${str(p, 'count')} extra cells (“${str(p, 'text')}”), ignored`;
    case 'row-realigned':
      return `Task ${no} is short of cells and was aligned by content: missing ${cellList(p, '“', '”', ', ')}`;
    case 'row-merged':
      return `Task ${no} spans several rows (a merged cell): they were joined into one task, the last date is its deadline; please check`;
    case 'number-assigned':
      return `The table has no number column: this row was numbered ${no} in order; please check`;
    case 'cells-run-together':
      return 'The table’s cells ran together (copied from a PDF or a web page) and cannot be told apart: copy the table from Word or Excel, or import the original file';
    case 'person-in-units':
      return `Task ${no}: “${str(p, 'name')}” among the units looks like a person; kept as a leader, not as a unit; please check`;
    case 'date-in-units':
      return `Task ${no}: “${str(p, 'text')}” among the units is a time, not a unit; please check the columns`;
    case 'agency-unfamiliar':
      return `Task ${no}: “${str(p, 'agency')}” does not read as the name of a unit; please check`;
    case 'units-empty':
      return `Task ${no}: no responsible units`;
    case 'units-unparsed':
      return `Task ${no}: some responsible units could not be read (${unitsUnparsedEn(p)})`;
    case 'units-unbalanced-brackets':
      return `Task ${no}: unbalanced brackets in the responsible units, read as plain text`;
    case 'agency-typo':
      return `“${str(p, 'agency')}” looks like a typo for “${str(p, 'similarTo')}”`;
    case 'agency-corrected':
      return `Task ${no}: the unit “${str(p, 'written')}” was read as “${str(p, 'agency')}” (spelling corrected)`;
    case 'agency-split':
      return `Task ${no}: “${str(p, 'written')}” was read as ${str(p, 'count')} units: ${str(p, 'agencies')}`;
    case 'leader-not-agency':
      return `Task ${no}: “${str(p, 'name')}” is a leader, kept as the responsible leader and not counted as a unit`;
    case 'schedule-ambiguous':
      return `Task ${no}: the schedule “${str(p, 'text')}” does not name a definite day; please confirm the deadline`;
    case 'schedule-unrecognized':
      return `Task ${no}: the schedule “${str(p, 'text')}” could not be read; no deadline was set`;
    case 'year-assumed':
      return p['source'] === 'title'
        ? `${str(p, 'count')} deadlines have no year; the title's year ${str(p, 'year')} was used`
        : `${str(p, 'count')} deadlines have no year; the document year ${str(p, 'year')} was used`;
    case 'date-in-text':
      return `Task ${no}: the task text names the date ${str(p, 'date')}; the table has no deadline column, so it was not set as the deadline — please confirm`;
    case 'no-number':
      return `Row ${str(p, 'row')} has no valid task number (${str(p, 'cell')}: “${str(p, 'text')}”) and was not read`;
    case 'date-not-a-date':
      return `Task ${no}: “${str(p, 'column')}” (${str(p, 'cell')}) is the text “${str(p, 'text')}”, not a date`;
    case 'unknown-status':
      return `Task ${no}: the status “${str(p, 'text')}” (${str(p, 'cell')}) is not a known status; read as ${STATUS_EN[str(p, 'status')] ?? str(p, 'status')}`;
    case 'alias-no-name':
      return `Unit aliases, row ${str(p, 'row')} (${str(p, 'cell')}): the written form “${str(p, 'written')}” has no canonical name; not used`;
    case 'alias-no-written':
      return `Unit aliases, row ${str(p, 'row')} (${str(p, 'cell')}): the canonical name “${str(p, 'canonical')}” has no written form; not used`;
    case 'alias-conflict':
      return `Unit aliases, row ${str(p, 'row')} (${str(p, 'cell')}): “${str(p, 'written')}” already stands for “${str(p, 'before')}” and is also written as “${str(p, 'canonical')}”; the first is kept`;
  }
}

/**
 * The text of a parse issue in a locale, without a line prefix (the line is rendered separately).
 * @example
 * formatParseIssue({ line: 3, severity: 'error', code: 'missing-cell', params: { no: 7, cells: '完成时限' } }, 'en-US')
 * // 'Task 7 has no “完成时限”'
 */
export function formatParseIssue(issue: ParseIssue, locale: IssueLocale): string {
  return locale === 'en-US' ? en(issue) : zh(issue);
}

/** The issues about the table as a whole (and a cell's doubt on its column). */
function tableIssueZh(issue: ParseIssue): string {
  const p = issue.params;
  const no = str(p, 'no');
  switch (issue.code) {
    case 'empty':
      return '输入为空：请粘贴或导入任务分工表。';
    case 'characters-removed':
      return `已去掉 ${str(p, 'count')} 个不可见的控制字符（XML 不允许，写入文件后会使 WPS、LibreOffice 显示不出文字）`;
    case 'no-tasks':
      return '没有找到带序号的任务行：请粘贴包含“序号、工作任务、负责单位、时间进度”各列的表格。';
    case 'columns-inferred':
      return `表格没有完整的表头，已按内容推断各列（不确定，请核对）：${roleList(p, 'zh-CN')}`;
    case 'cell-doubtful':
      return `序号 ${no}：“${str(p, 'column')}”一列按内容读出，但此格“${str(p, 'text')}”像${cellKindLabel(str(p, 'kind'), 'zh-CN')}，请核对`;
    case 'column-doubtful':
      return `第 ${str(p, 'index')} 列${str(p, 'column') !== '' ? `“${str(p, 'column')}”` : ''}按“${columnRoleLabel(str(p, 'role') as ColumnRole, 'zh-CN')}”读入，但内容更像“${columnRoleLabel(str(p, 'runnerUp') as ColumnRole, 'zh-CN')}”，请核对各列`;
    default:
      return '';
  }
}

/** The issues about the table as a whole (and a cell's doubt on its column). */
function tableIssueEn(issue: ParseIssue): string {
  const p = issue.params;
  const no = str(p, 'no');
  switch (issue.code) {
    case 'empty':
      return 'The input is empty: paste or import a task-division table.';
    case 'characters-removed':
      return `${str(p, 'count')} invisible control characters were removed (XML forbids them; in a file they make WPS and LibreOffice show no text)`;
    case 'no-tasks':
      return 'No numbered task rows were found: paste a table with the columns 序号, 工作任务, 负责单位 and 时间进度.';
    case 'columns-inferred':
      return `The table has no complete header; the columns were inferred from their content (not sure: please check): ${roleList(p, 'en-US')}`;
    case 'cell-doubtful':
      return `Task ${no}: the column “${str(p, 'column')}” was read from its content, but this cell “${str(p, 'text')}” looks like ${cellKindLabel(str(p, 'kind'), 'en-US')}; please check`;
    case 'column-doubtful':
      return `Column ${str(p, 'index')}${str(p, 'column') !== '' ? ` “${str(p, 'column')}”` : ''} was read as “${columnRoleLabel(str(p, 'role') as ColumnRole, 'en-US')}”, but its content looks more like “${columnRoleLabel(str(p, 'runnerUp') as ColumnRole, 'en-US')}”; please check the columns`;
    default:
      return '';
  }
}
