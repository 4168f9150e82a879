/**
 * The parser's columns: from a header row (names as other offices write them, a two-level header
 * under a merged 责任单位), from the user's roles, or the seed's four; and their public `ColumnMapping`.
 */
import type { ColumnMapping, ColumnReading, ColumnRole } from './types';
import { toHalfWidth } from './numerals';
import type { CellKind } from './classifyCell';
import { stripFirstListedNote } from './firstListedLeads';

const WHITESPACE_RE = /\s+/g;

export interface Columns {
  no: number;
  text: number;
  /** 负责单位 / 责任单位: the whole units text (or, beside a 牵头单位 column, the supporters). */
  units: number;
  lead: number;
  support: number;
  schedule: number;
  /** People (责任领导, 分管市领导): kept as the task's leaders, never agencies. */
  leader: number;
  /** Further person columns (`分管领导` then `责任人`): their people are leaders too. */
  moreLeaders?: number[];
  /** Further task columns (`具体措施` beside `工作任务`): their text joins the task's. */
  moreText?: number[];
  /** Columns whose role their content gave, not the header: a cell there of another kind is a doubt on its row. */
  fromContent?: number[];
  progress: number;
  /** Cells a full row has. */
  count: number;
  fromHeader: boolean;
  /** How the mapping was decided, for `ColumnMapping`. */
  source: ColumnMapping['source'];
  /** The header cells as written (empty when there was no header). */
  headers: string[];
  /** `（列第一位者为牵头单位）` in the header: the first-listed unit of each row leads. */
  firstLeads?: boolean;
  /** The kind of content per column, for aligning cell-per-line rows by content. */
  kinds?: CellKind[];
  /** A category column left of 序号 (`分类`, or `工作任务` holding group titles): its values are headings. */
  category?: number;
  /** Columns named after periods (`一季度` … `四季度`): milestones, read as the schedule when there is no schedule column. */
  milestones?: number[];
  /** Content inference was not sure. */
  uncertain?: boolean;
  /** Per-column scores when the roles were scored from content. */
  readings?: ColumnReading[];
  textName: string;
  unitsName: string;
  scheduleName: string;
}

export const DEFAULT_COLUMNS: Columns = {
  no: 0,
  text: 1,
  units: 2,
  lead: -1,
  support: -1,
  schedule: 3,
  leader: -1,
  progress: -1,
  count: 4,
  fromHeader: false,
  source: 'content',
  headers: [],
  textName: '工作任务',
  unitsName: '负责单位',
  scheduleName: '时间进度',
};

export type HeaderKey = 'no' | 'text' | 'units' | 'lead' | 'support' | 'schedule' | 'leader' | 'progress';

export const HEADER_NAMES: ReadonlyMap<string, HeaderKey> = new Map<string, HeaderKey>([
  ...['序号', '编号', '序'].map((n) => [n, 'no'] as const),
  ...[
    '工作任务',
    '主要任务',
    '重点任务',
    '任务',
    '工作内容',
    '任务内容',
    '具体任务',
    '主要内容',
    '工作措施',
    '重点工作',
    '任务名称',
  ].map((n) => [n, 'text'] as const),
  ...['负责单位', '责任单位', '责任部门', '负责部门', '承办单位', '责任主体'].map((n) => [n, 'units'] as const),
  ...['牵头单位', '牵头部门', '牵头领导单位'].map((n) => [n, 'lead'] as const),
  ...['配合单位', '配合部门', '协办单位', '参与单位'].map((n) => [n, 'support'] as const),
  ...[
    '责任领导',
    '牵头领导',
    '分管市领导',
    '牵头市领导',
    '分管领导',
    '项目责任人',
    '责任人',
    '牵头负责领导',
    '分管区领导',
    '分管县领导',
    '责任市领导',
    '市级领导',
  ].map((n) => [n, 'leader'] as const),
  ...['进展情况', '推进情况', '工作进展', '进度情况', '完成情况', '落实情况'].map((n) => [n, 'progress'] as const),
  ...['时间进度', '完成时限', '时间节点', '完成时间', '进度安排', '时间安排', '完成期限', '时限要求', '时限'].map(
    (n) => [n, 'schedule'] as const,
  ),
]);

export function headerKey(cell: string): HeaderKey | null {
  if (cell.length > 12) return null;
  const direct = HEADER_NAMES.get(cell);
  if (direct !== undefined) return direct;
  return /\s/.test(cell) ? (HEADER_NAMES.get(cell.replace(WHITESPACE_RE, '')) ?? null) : null;
}

/** Header names outside the list, by how they end: 主要工作任务, 时间要求, 牵头责任单位 (never a person column such as 牵头市领导). */
const LOOSE_LEAD_RE = /^\S{0,4}(?:牵头|主办|主责)\S{0,4}(?:单位|部门)$/;

const LOOSE_SUPPORT_RE = /^\S{0,4}(?:配合|协办|协助|参与|协同)\S{0,4}(?:单位|部门)$/;

const LOOSE_UNITS_RE = /^\S{0,4}(?:责任|负责|承办|实施)\S{0,2}(?:单位|部门|主体)$/;

const LOOSE_SCHEDULE_RE = /^\S{0,4}(?:时限|时间|期限|进度)\S{0,2}(?:要求|安排|节点)?$/;

const COMBINED_UNITS_RE =
  /^(?:责任|牵头|主责|主体)\S{0,4}(?:与|及|和|、|\/)\S{0,2}(?:协同|配合|协作|参与|协办)\S{0,2}(?:单位|部门)?$/;

/** People: 包保领导, 县级联系领导, 具体负责人 (never a unit column such as 牵头领导单位). */
const LOOSE_LEADER_RE = /^\S{0,6}(?:领导|责任人|负责人)$/;

const LOOSE_TEXT_RE = /^\S{0,4}(?:任务|工作|内容|措施|事项)$/;

/** `headerKey`, then the looser forms; only for a row that is being tried as a header. */
export function looseHeaderKey(written: string): HeaderKey | null {
  const cell = written.length > 12 ? stripFirstListedNote(written).text : written;
  const direct = headerKey(cell);
  if (direct !== null || cell.length > 10) return direct;
  const c = cell.replace(WHITESPACE_RE, '');
  // One column for both tiers (`责任主体与协同单位`, `牵头及配合单位`): the whole units text, roles read from its words.
  if (COMBINED_UNITS_RE.test(c)) return 'units';
  if (LOOSE_LEADER_RE.test(c)) return 'leader';
  if (LOOSE_LEAD_RE.test(c)) return 'lead';
  if (LOOSE_SUPPORT_RE.test(c)) return 'support';
  if (LOOSE_UNITS_RE.test(c)) return 'units';
  if (LOOSE_SCHEDULE_RE.test(c)) return 'schedule';
  if (LOOSE_TEXT_RE.test(c)) return 'text';
  return null;
}

/** A header naming a period of the year (`一季度`, `第二季度`, `上半年`, `10月`, `2027年`), perhaps with `进度`/`节点`; never `一季度目标`. */
const PERIOD_HEADER_RE =
  /^(?:第?[一二三四1-4]季度|[上下]半年|[0-9]{1,2}月份?|[一二三四五六七八九十]{1,3}月份?|[0-9]{1,2}[-—~至][0-9]{1,2}月|[0-9]{4}年度?)(?:末|底)?(?:进度|节点|安排|计划|进度安排)?$/;

/** Two or more period columns: a milestone list spread over columns (the last named date is the deadline). */
function milestoneColumns(cells: readonly string[]): number[] {
  const at = cells.flatMap((c, i) => (PERIOD_HEADER_RE.test(c.replace(WHITESPACE_RE, '')) ? [i] : []));
  return at.length >= 2 ? at : [];
}

export function columnsFromHeader(cells: readonly string[]): Columns | null {
  let candidates = 0;
  for (const cell of cells) if (looseHeaderKey(cell) !== null) candidates += 1;
  if (candidates < 2) return null;
  const found: Partial<Record<HeaderKey, number>> = {};
  const names: Partial<Record<HeaderKey, string>> = {};
  let recognised = 0;
  cells.forEach((cell, index) => {
    const key = looseHeaderKey(cell);
    if (key === null || found[key] !== undefined) return;
    found[key] = index;
    names[key] = cell.replace(WHITESPACE_RE, '');
    recognised += 1;
  });
  if (recognised < 2 || (found.no === undefined && found.text === undefined)) return null;
  // A task-named column left of 序号 holds group titles (a merged category column): the task text is further right.
  let category = -1;
  if (found.no !== undefined && found.no > 0) {
    const categoryAt = cells.findIndex((c, i) => i < (found.no ?? 0) && c.trim() !== '');
    const isText = found.text !== undefined && found.text < found.no;
    const after = cells.findIndex(
      (c, i) => i > (found.no ?? 0) && c.trim() !== '' && (looseHeaderKey(c) === 'text' || looseHeaderKey(c) === null),
    );
    if (categoryAt >= 0 && (isText ? after >= 0 : looseHeaderKey(cells[categoryAt] ?? '') === null)) {
      category = categoryAt;
      if (isText) found.text = after;
    }
  }
  const milestones = found.schedule === undefined ? milestoneColumns(cells) : [];
  const text = found.text ?? cells.findIndex((c, i) => i > 0 && c.trim() !== '' && looseHeaderKey(c) === null);
  const further = (key: HeaderKey, first: number): number[] =>
    cells.flatMap((c, i) => (i !== first && i !== category && looseHeaderKey(c) === key ? [i] : []));
  const moreLeaders = further('leader', found.leader ?? -1);
  const moreText = text >= 0 ? further('text', text).filter((i) => i > text) : [];
  let units = found.units ?? -1;
  let lead = found.lead ?? -1;
  let support = found.support ?? -1;
  // 责任单位 beside 牵头单位 lists the supporters; 责任单位 beside only 配合单位 is the lead.
  if (units >= 0 && lead >= 0 && support < 0) {
    support = units;
    units = -1;
  } else if (units >= 0 && lead < 0 && support >= 0) {
    lead = units;
    units = -1;
  }
  return {
    // No 序号 header: a first column with a blank or unknown header holds the numbers; else they
    // are written at the start of the task cell (`1.建立制度`).
    no: found.no ?? (looseHeaderKey(cells[0] ?? '') === null ? 0 : -1),
    // A task header outside the vocabulary (项目名称及内容): the first unnamed column after the number.
    text,
    units,
    lead,
    support,
    schedule: found.schedule ?? -1,
    leader: found.leader ?? -1,
    progress: found.progress ?? -1,
    count: cells.length,
    fromHeader: true,
    source: 'header',
    headers: [...cells],
    ...(category >= 0 ? { category } : {}),
    ...(milestones.length > 0 ? { milestones } : {}),
    ...(moreLeaders.length > 0 ? { moreLeaders } : {}),
    ...(moreText.length > 0 ? { moreText } : {}),
    firstLeads: cells.some((c) => stripFirstListedNote(c).scope !== 'none'),
    textName: names.text ?? '工作任务',
    unitsName: names.units ?? names.lead ?? names.support ?? '负责单位',
    scheduleName: names.schedule ?? '时间进度',
  };
}

const BARE_ROLE_WORDS: ReadonlyMap<string, HeaderKey> = new Map<string, HeaderKey>([
  ...['牵头', '主办'].map((w) => [w, 'lead'] as const),
  ...['配合', '协同', '参与', '协办'].map((w) => [w, 'support'] as const),
]);

/**
 * A second header row under a merged 责任单位 cell (`牵头单位` | `配合单位`): those columns
 * replace the merged one. Null when the row is not such a sub-header.
 */
export function subColumns(columns: Columns, cells: readonly string[]): Columns | null {
  const periods = milestoneColumns(cells);
  if (periods.length > 0 && cells.every((cell, index) => cell.trim() === '' || periods.includes(index))) {
    // Periods under a merged 时间节点 (`一季度` … `四季度`): milestone columns in place of the one schedule column.
    const headers = Array.from({ length: Math.max(columns.count, cells.length) }, (_, i) =>
      periods.includes(i) ? (cells[i] ?? '') : (columns.headers[i] ?? ''),
    );
    return { ...columns, schedule: -1, milestones: periods, headers, count: headers.length };
  }
  let lead = -1;
  let support = -1;
  cells.forEach((cell, index) => {
    // Bare role words under the merged 责任单位 (`牵头` | `配合`), as a second header row often leaves them.
    const key = BARE_ROLE_WORDS.get(cell.replace(WHITESPACE_RE, '')) ?? looseHeaderKey(cell);
    if (key === 'lead' && lead < 0) lead = index;
    if (key === 'support' && support < 0) support = index;
  });
  if (lead < 0 && support < 0) return null;
  if (cells.some((cell, index) => cell !== '' && index !== lead && index !== support)) return null;
  return { ...columns, units: -1, lead, support, count: Math.max(columns.count, cells.length) };
}

/** The cells `paragraphRows` makes: number, text, units (as labels), schedule, leaders. */
export function paragraphColumns(hasSchedule: boolean): Columns {
  return {
    no: 0,
    text: 1,
    units: 2,
    lead: -1,
    support: -1,
    schedule: hasSchedule ? 3 : -1,
    leader: 4,
    progress: -1,
    count: 5,
    fromHeader: true,
    source: 'content',
    headers: [],
    textName: '工作任务',
    unitsName: '责任单位',
    scheduleName: '完成时限',
  };
}

/** The public view of the columns read: one role per column, the header as written, how it was decided. */
export function mappingOf(columns: Columns): ColumnMapping | null {
  const roles: ColumnRole[] = Array.from({ length: columns.count }, () => 'other');
  const set = (index: number, role: ColumnRole): void => {
    if (index >= 0 && index < roles.length) roles[index] = role;
  };
  set(columns.no, 'no');
  set(columns.text, 'task');
  set(columns.units, 'units');
  set(columns.lead, 'lead');
  set(columns.support, 'support');
  set(columns.schedule, 'schedule');
  set(columns.leader, 'leader');
  for (const k of columns.moreLeaders ?? []) set(k, 'leader');
  for (const k of columns.moreText ?? []) set(k, 'task');
  set(columns.progress, 'progress');
  const headers = roles.map((_, i) => (columns.headers.length > 0 ? (columns.headers[i] ?? '') : null));
  const uncertain = columns.uncertain ?? false;
  const readings = columns.readings ?? roles.map((role) => plainReading(role, uncertain));
  return { roles, headers, source: columns.source, uncertain, headerKey: headerKeyOf(columns.headers), readings };
}

/** A reading without scores (header or user roles): sure unless the columns as a whole are not. */
function plainReading(role: ColumnRole, uncertain: boolean): ColumnReading {
  return { role, score: 1, runnerUp: null, runnerUpScore: uncertain ? 1 : 0, margin: uncertain ? 0 : 1 };
}

/**
 * The stable key of a header row: each cell without spaces, in half-width forms, joined with `|`; '' without a header.
 * @example headerKeyOf(['序 号', '工作任务', '']) // '序号|工作任务|'
 */
export function headerKeyOf(headers: readonly string[]): string {
  if (headers.every((h) => h.trim() === '')) return '';
  return headers.map((h) => toHalfWidth(h).replace(/\s+/g, '')).join('|');
}

/** A column's name for messages when the table has no header. */
export function roleName(columns: Columns, index: number): string {
  if (index === columns.schedule) return columns.scheduleName;
  if (index === columns.text) return columns.textName;
  if (index === columns.lead) return '牵头单位';
  if (index === columns.support) return '配合单位';
  if (index === columns.leader) return '责任领导';
  if (index === columns.progress) return '进展情况';
  return columns.unitsName;
}

/** The user's column roles as the parser's columns: they decide, whatever the header or the content says. */
export function columnsFromRoles(roles: readonly ColumnRole[]): Columns {
  const at = (role: ColumnRole): number => roles.indexOf(role);
  const units = at('units') >= 0 ? at('units') : at('joint');
  const rest = (role: ColumnRole): number[] => roles.flatMap((r, i) => (r === role && i !== at(role) ? [i] : []));
  const [moreLeaders, moreText] = [rest('leader'), rest('task')];
  return {
    ...(moreLeaders.length > 0 ? { moreLeaders } : {}),
    ...(moreText.length > 0 ? { moreText } : {}),
    no: at('no'),
    text: at('task'),
    units,
    lead: at('lead'),
    support: at('support'),
    schedule: at('schedule'),
    leader: at('leader'),
    progress: at('progress'),
    count: roles.length,
    fromHeader: true,
    source: 'user',
    headers: [],
    textName: '工作任务',
    unitsName: '负责单位',
    scheduleName: '时间进度',
  };
}
