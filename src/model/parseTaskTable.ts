/**
 * Reads a key-task division table (重点任务分工及进度安排表) from text into sections, tasks and issues.
 *
 * Layouts: one cell per (tab- or space-indented) line with blank lines between rows (the Word dump),
 * the same without blank lines (a row then starts at a line that is just a number), and tab-separated
 * rows as Excel or Word put them on the clipboard (Excel's `"…"` quoting with `""` and newlines).
 *
 * Headings: the highest heading level present becomes the sections (`第一部分` > `一、` > `（一）` >
 * `——` > an unnumbered single-cell row); lower levels are kept in `subheadings` and do not start a
 * new section. Every numbered row becomes a task, or an issue when it repeats an earlier number.
 */
import type { AgencyAliases, ColumnMapping, ColumnRole, ParseIssue, ParseIssueCode, Section, Task, TaskTable } from './types';
import { parseSchedule } from './parseSchedule';
import { analyzeUnits } from './parseUnits';
import { findLikelyTypos } from './findLikelyTypos';
import { makeIssue as issue } from './makeIssue';
import { splitPeople } from './splitPeople';

export interface ParseTaskTableOptions {
  aliases?: AgencyAliases;
  /** The user's correction: one role per column; overrides header and inference. */
  columns?: ColumnRole[];
  /** Year for year-less deadlines when the text gives none (e.g. from a .docx's title or date). */
  documentYear?: number;
}

/** A heading below the section level (e.g. `（一）` under `一、`), with the tasks that follow it. */
export interface SubHeading {
  /** The `no` of the enclosing section, or null before any section. */
  section: number | null;
  numeral: string;
  title: string;
  line: number;
  /** Numbers of the tasks listed under this heading. */
  taskNos: number[];
}

/** What `parseTaskTable` returns: a `TaskTable` plus the sub-headings it did not turn into sections. */
export interface ParsedTaskTable extends TaskTable {
  subheadings: SubHeading[];
  /** How the columns were read; null for paragraph and label-line layouts, which have no columns. */
  columns: ColumnMapping | null;
}

interface Row {
  cells: string[];
  /** 1-based line of the row's first cell. */
  line: number;
  /** Cells as pasted, counting the empty ones at the end (tab rows); tells a short row from a padded one. */
  width: number;
}

interface Heading {
  /** 0 `第一部分`, 1 `一、`, 2 `（一）`, 3 `——`, 4 an unnumbered single-cell row. */
  rank: number;
  numeral: string;
  title: string;
}

interface Columns {
  no: number;
  text: number;
  /** 负责单位 / 责任单位: the whole units text (or, beside a 牵头单位 column, the supporters). */
  units: number;
  lead: number;
  support: number;
  schedule: number;
  /** People (责任领导, 分管市领导): kept as the task's leaders, never agencies. */
  leader: number;
  progress: number;
  /** Cells a full row has. */
  count: number;
  fromHeader: boolean;
  /** How the mapping was decided, for `ColumnMapping`. */
  source: ColumnMapping['source'];
  /** The header cells as written (empty when there was no header). */
  headers: string[];
  textName: string;
  unitsName: string;
  scheduleName: string;
}

const DEFAULT_COLUMNS: Columns = {
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

type HeaderKey = 'no' | 'text' | 'units' | 'lead' | 'support' | 'schedule' | 'leader' | 'progress';

const HEADER_NAMES: ReadonlyMap<string, HeaderKey> = new Map<string, HeaderKey>([
  ...['序号', '编号', '序'].map((n) => [n, 'no'] as const),
  ...['工作任务', '主要任务', '重点任务', '任务', '工作内容', '任务内容', '具体任务', '主要内容', '工作措施', '重点工作', '任务名称'].map(
    (n) => [n, 'text'] as const,
  ),
  ...['负责单位', '责任单位', '责任部门', '负责部门', '承办单位', '责任主体'].map((n) => [n, 'units'] as const),
  ...['牵头单位', '牵头部门', '牵头领导单位'].map((n) => [n, 'lead'] as const),
  ...['配合单位', '配合部门', '协办单位', '参与单位'].map((n) => [n, 'support'] as const),
  ...['责任领导', '牵头领导', '分管市领导', '牵头市领导', '分管领导', '项目责任人', '责任人', '牵头负责领导', '分管区领导', '分管县领导', '责任市领导', '市级领导'].map(
    (n) => [n, 'leader'] as const,
  ),
  ...['进展情况', '推进情况', '工作进展', '进度情况', '完成情况', '落实情况'].map((n) => [n, 'progress'] as const),
  ...['时间进度', '完成时限', '时间节点', '完成时间', '进度安排', '时间安排', '完成期限', '时限要求', '时限'].map(
    (n) => [n, 'schedule'] as const,
  ),
]);

const WHITESPACE_RE = /\s+/g;
const TASK_NUMBER_RE = /^(?:[(（]\s*([0-9０-９]{1,6})\s*[)）]|([0-9０-９]{1,6})\s*[.、．,，)）]?)$/;
const ATTACHMENT_RE = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?$/;
const NOTE_RE = /^(?:注|备注|说明)\s*[:：]/;
const CN_NUMERAL = '[一二三四五六七八九十百零〇两]+';
// The `s` flag lets `.` cross U+2028, so the trailing `(.*)` never forces backtracking.
const PART_RE = new RegExp(`^(第\\s*(?:${CN_NUMERAL}|[0-9０-９]+)\\s*(?:部分|篇|章))[\\s、，,:：.．]*(.*)$`, 's');
const TOP_RE = new RegExp(`^(${CN_NUMERAL})\\s*[、.．]\\s*(.*)$`, 's');
const NESTED_RE = new RegExp(`^([(（]\\s*${CN_NUMERAL}\\s*[)）])\\s*[、.．]?\\s*(.*)$`, 's');
const DASH_RE = /^[—―－-]{2,}\s*(.+)$/s;
const TOP_NUMERAL_ONLY_RE = new RegExp(`^(${CN_NUMERAL})\\s*[、.．]?$`);
const NESTED_NUMERAL_ONLY_RE = new RegExp(`^([(（]\\s*${CN_NUMERAL}\\s*[)）])$`);
/** Unrecognised rows listed one by one; beyond this, one issue counts the rest. */
const MAX_UNRECOGNIZED_LISTED = 50;
const UNIT_WORD_RE = /牵头|负责|配合|责任|单位|部门|局|委|办|政府|中心|支行|公司|协会/;

/**
 * Parses a pasted or dumped key-task table into `{ title, sections, tasks, issues }`; never throws.
 * @example
 * parseTaskTable('1\t建立现代职业学校制度。\t市教育局\t持续实施').tasks[0]?.units // '市教育局'
 */
export function parseTaskTable(text: string, options: ParseTaskTableOptions = {}): ParsedTaskTable {
  const source = typeof text === 'string' ? text : '';
  if (source.trim() === '') {
    return {
      title: '',
      sections: [],
      tasks: [],
      issues: [issue(0, 'error', 'empty', {})],
      subheadings: [],
      columns: null,
    };
  }
  return isTabSeparated(source)
    ? readRows(rowsFromTabs(source), options, true)
    : readRows(rowsFromLines(source.split(/\r\n|\r|\n/)), options, false);
}

function preview(s: string): string {
  return s.length > 20 ? `${s.slice(0, 20)}…` : s;
}

function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** The task number a cell holds (`1`, `1.`, `1、`, `(1)`, `（1）`, `204.`), or null. */
function taskNumber(cell: string): number | null {
  const m = TASK_NUMBER_RE.exec(cell);
  if (!m) return null;
  const n = Number(halfWidthDigits(m[1] ?? m[2] ?? ''));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** `1.建立制度`, `（3）完善机制`: a number at the start of a task cell; not `1.5亿元`. */
const GLUED_NUMBER_RE = /^(?:[(（]\s*([0-9０-９]{1,6})\s*[)）]|([0-9０-９]{1,6})\s*[.、．])(?![0-9０-９])\s*(?=\S)/;

function gluedNumber(cell: string): { no: number; rest: string } | null {
  const m = GLUED_NUMBER_RE.exec(cell);
  if (!m) return null;
  const no = Number(halfWidthDigits(m[1] ?? m[2] ?? ''));
  return Number.isInteger(no) && no > 0 ? { no, rest: cell.slice(m[0].length) } : null;
}

/** A row's task number, and its cells with a number written into the task cell split off when the table has no 序号 cell for it. */
function numbered(cells: readonly string[], columns: Columns): { no: number | null; cells: readonly string[] } {
  if (cells.length === 1) return { no: taskNumber(cells[0] ?? ''), cells };
  if (columns.no >= 0) {
    const no = taskNumber(cells[columns.no] ?? '');
    if (no !== null || columns.fromHeader || columns.no !== 0 || cells.length !== columns.count - 1) return { no, cells };
    // No header and one cell short: the first cell may hold the number and the task together.
    const glued = gluedNumber(cells[0] ?? '');
    return glued ? { no: glued.no, cells: [String(glued.no), glued.rest, ...cells.slice(1)] } : { no, cells };
  }
  const glued = gluedNumber(cells[columns.text] ?? '');
  if (!glued) return { no: null, cells };
  const split = [...cells];
  split[columns.text] = glued.rest;
  return { no: glued.no, cells: split };
}

function headerKey(cell: string): HeaderKey | null {
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
const LOOSE_TEXT_RE = /^\S{0,4}(?:任务|工作|内容|措施|事项)$/;

/** `headerKey`, then the looser forms; only for a row that is being tried as a header. */
function looseHeaderKey(cell: string): HeaderKey | null {
  const direct = headerKey(cell);
  if (direct !== null || cell.length > 10) return direct;
  const c = cell.replace(WHITESPACE_RE, '');
  if (LOOSE_LEAD_RE.test(c)) return 'lead';
  if (LOOSE_SUPPORT_RE.test(c)) return 'support';
  if (LOOSE_UNITS_RE.test(c)) return 'units';
  if (LOOSE_SCHEDULE_RE.test(c)) return 'schedule';
  if (LOOSE_TEXT_RE.test(c)) return 'text';
  return null;
}

function headingOf(cell: string): Heading | null {
  let m = PART_RE.exec(cell);
  if (m) return { rank: 0, numeral: (m[1] ?? '').replace(WHITESPACE_RE, ''), title: (m[2] ?? '').trim() };
  m = TOP_RE.exec(cell);
  if (m) return { rank: 1, numeral: m[1] ?? '', title: (m[2] ?? '').trim() };
  m = NESTED_RE.exec(cell);
  if (m) return { rank: 2, numeral: (m[1] ?? '').replace(WHITESPACE_RE, ''), title: (m[2] ?? '').trim() };
  m = DASH_RE.exec(cell);
  if (m) return { rank: 3, numeral: '——', title: (m[1] ?? '').trim() };
  return null;
}

/** A heading split over two cells: `一` | `构建…` (numeral in the 序号 column). */
function splitHeadingOf(cells: readonly string[]): Heading | null {
  const first = cells[0] ?? '';
  const top = TOP_NUMERAL_ONLY_RE.exec(first);
  const nested = top ? null : NESTED_NUMERAL_ONLY_RE.exec(first);
  if (!top && !nested) return null;
  const title = cells.slice(1).find((c) => c !== '') ?? '';
  if (top) return { rank: 1, numeral: top[1] ?? '', title };
  return { rank: 2, numeral: (nested?.[1] ?? '').replace(WHITESPACE_RE, ''), title };
}

/** Tab-separated rows when lines with a tab between two cells are a good share of the text. */
function isTabSeparated(text: string): boolean {
  let tabLines = 0;
  let nonBlank = 0;
  // Per line: seen a non-space, a tab after it, and a non-space after that tab.
  let content = false;
  let tabAfterContent = false;
  let inner = false;
  const n = text.length;
  for (let i = 0; i <= n; i += 1) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 10) {
      if (content) nonBlank += 1;
      if (inner) tabLines += 1;
      content = false;
      tabAfterContent = false;
      inner = false;
    } else if (c === 9) {
      if (content) tabAfterContent = true;
    } else if (c !== 13 && c !== 32 && c !== 0x3000) {
      if (tabAfterContent) inner = true;
      content = true;
    }
  }
  return (tabLines >= 2 && tabLines * 5 >= nonBlank) || (tabLines >= 1 && nonBlank <= 3);
}

/**
 * Splits clipboard text into rows of cells: tabs between cells, newlines between rows, and
 * Excel's quoting (`"a""b` + newline + `c"`). A quote that does not close right before a tab or
 * a newline is text; after a few such quotes quoting is switched off, which keeps this linear.
 */
function rowsFromTabs(text: string): Row[] {
  const rows: Row[] = [];
  const n = text.length;
  let line = 1;
  let cells: string[] = [];
  let rowLine = 1;
  let failedQuotes = 0;
  let indentedEverywhere = true;
  const finishRow = (): void => {
    const width = cells.length;
    const trimmed = trimCells(cells);
    if (trimmed.length === 0) return;
    if (trimmed.length > 1 && trimmed[0] !== '') indentedEverywhere = false;
    rows.push({ cells: trimmed, line: rowLine, width });
  };
  let i = 0;
  while (i <= n) {
    let value = '';
    if (failedQuotes < 8 && text.charCodeAt(i) === 34) {
      const close = closingQuote(text, i + 1);
      if (close >= 0) {
        value = text.slice(i + 1, close).replace(/""/g, '"');
        for (let k = i + 1; k < close; k += 1) if (text.charCodeAt(k) === 10) line += 1;
        i = close + 1;
      } else {
        failedQuotes += 1;
      }
    }
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 9 || c === 10 || c === 13) break;
      j += 1;
    }
    cells.push(j > i ? value + text.slice(i, j) : value);
    if (j >= n) {
      finishRow();
      break;
    }
    const c = text.charCodeAt(j);
    if (c === 9) {
      i = j + 1;
      continue;
    }
    finishRow();
    cells = [];
    i = c === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    line += 1;
    rowLine = line;
  }
  for (const r of rows) {
    // Rows pasted with an indent keep an empty first cell everywhere: drop that column.
    if (indentedEverywhere && r.cells[0] === '') {
      r.cells.shift();
      r.width -= 1;
    }
    // A lone value in a later column (a heading in the 工作任务 column) is a single-cell row.
    else if (r.cells[0] === '') {
      const nonEmpty = r.cells.filter((c) => c !== '');
      if (nonEmpty.length === 1) r.cells = nonEmpty;
    }
  }
  return rows;
}

/** Trimmed cells without the empty ones at the end (Excel pads short rows with tabs). */
function trimCells(cells: string[]): string[] {
  for (let k = 0; k < cells.length; k += 1) cells[k] = (cells[k] ?? '').trim();
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function tabRow(line: string, lineNo: number): Row {
  const cells = trimCells(line.split('\t'));
  const nonEmpty = cells.filter((c) => c !== '');
  const row = nonEmpty.length === 1 && cells[0] === '' ? nonEmpty : cells;
  return { cells: row, line: lineNo, width: row.length };
}

/** The index of the quote that closes a quoted field starting at `from`, or -1 when it is not quoting. */
function closingQuote(text: string, from: number): number {
  const n = text.length;
  let j = from;
  while (j < n) {
    const q = text.indexOf('"', j);
    if (q < 0) return -1;
    if (text.charCodeAt(q + 1) === 34) {
      j = q + 2;
      continue;
    }
    const after = q + 1 >= n ? -1 : text.charCodeAt(q + 1);
    return after === -1 || after === 9 || after === 10 || after === 13 ? q : -1;
  }
  return -1;
}

type LineKind = 'number' | 'heading' | 'attachment' | 'header' | 'other';

function lineKind(t: string): LineKind {
  if (taskNumber(t) !== null) return 'number';
  if (headingOf(t) !== null) return 'heading';
  if (ATTACHMENT_RE.test(t)) return 'attachment';
  if (headerKey(t) !== null) return 'header';
  return 'other';
}

/**
 * Groups cell-per-line text into rows. A row starts at a number line or after a blank line; without
 * blank lines between rows, also at a heading, a header cell, or an unindented line.
 */
function rowsFromLines(lines: readonly string[]): Row[] {
  const trimmed = lines.map((l) => l.trim());
  const kinds = trimmed.map((t) => (t === '' ? 'other' : lineKind(t)));
  let nonBlank = 0;
  let indented = 0;
  let groups = 0;
  let numberLines = 0;
  for (let i = 0; i < lines.length; i += 1) {
    if (trimmed[i] === '') continue;
    nonBlank += 1;
    if (/^[ \t\u3000]/.test(lines[i] ?? '')) indented += 1;
    if (i === 0 || trimmed[i - 1] === '') groups += 1;
    if (kinds[i] === 'number') numberLines += 1;
  }
  const blankSeparated = numberLines === 0 || groups > numberLines * 0.5;
  const indentMatters = indented * 2 >= nonBlank && indented < nonBlank;

  const rows: Row[] = [];
  let current: Row | null = null;
  let currentKind: 'single' | 'header' | 'normal' = 'normal';
  for (let i = 0; i < lines.length; i += 1) {
    const t = trimmed[i] ?? '';
    if (t === '') {
      current = null;
      continue;
    }
    if (t.includes('\t')) {
      // A tab-separated line among cell-per-line text is a whole row on its own.
      rows.push(tabRow(t, i + 1));
      current = null;
      continue;
    }
    const kind = kinds[i] ?? 'other';
    const unindented = indentMatters && !/^[ \t\u3000]/.test(lines[i] ?? '');
    const solo = kind === 'heading' || kind === 'attachment' || unindented;
    // A number line after two cells (or after a number) starts a row: a numbered row is never swallowed.
    const numberStarts =
      kind === 'number' && current !== null && (current.cells.length >= 2 || taskNumber(current.cells[0] ?? '') !== null);
    let startNew = current === null || currentKind === 'single' || unindented || numberStarts;
    if (!blankSeparated) {
      startNew =
        startNew ||
        solo ||
        (kind === 'header' && currentKind !== 'header') ||
        (currentKind === 'header' && kind !== 'header');
    }
    if (startNew || current === null) {
      current = { cells: [], line: i + 1, width: 0 };
      rows.push(current);
      currentKind = solo ? 'single' : kind === 'header' ? 'header' : 'normal';
    }
    current.cells.push(t);
    current.width += 1;
  }
  return rows;
}

function columnsFromHeader(cells: readonly string[]): Columns | null {
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
    text: found.text ?? -1,
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
    textName: names.text ?? '工作任务',
    unitsName: names.units ?? names.lead ?? names.support ?? '负责单位',
    scheduleName: names.schedule ?? '时间进度',
  };
}

/**
 * A second header row under a merged 责任单位 cell (`牵头单位` | `配合单位`): those columns
 * replace the merged one. Null when the row is not such a sub-header.
 */
function subColumns(columns: Columns, cells: readonly string[]): Columns | null {
  let lead = -1;
  let support = -1;
  cells.forEach((cell, index) => {
    const key = looseHeaderKey(cell);
    if (key === 'lead' && lead < 0) lead = index;
    if (key === 'support' && support < 0) support = index;
  });
  if (lead < 0 && support < 0) return null;
  if (cells.some((cell, index) => cell !== '' && index !== lead && index !== support)) return null;
  return { ...columns, units: -1, lead, support, count: Math.max(columns.count, cells.length) };
}

/** Units named in a bracket that ends the task text: `……。（市教育局牵头，市财政局配合）`. */
function inlineUnits(text: string): string | null {
  let end = text.length;
  while (end > 0 && /[。.；;，,\s]/.test(text[end - 1] ?? '')) end -= 1;
  const last = text[end - 1];
  if (last !== '）' && last !== ')') return null;
  let depth = 0;
  let open = -1;
  for (let k = end - 1; k >= 0; k -= 1) {
    const ch = text[k];
    if (ch === '）' || ch === ')') depth += 1;
    else if (ch === '（' || ch === '(') {
      depth -= 1;
      if (depth === 0) {
        open = k;
        break;
      }
    }
  }
  if (open < 0) return null;
  const content = text.slice(open + 1, end - 1).trim();
  if (content === '' || !UNIT_WORD_RE.test(content)) return null;
  return labelledUnits(content) ?? content;
}

/** `牵头单位:X;责任单位:Y` → `X牵头，Y配合`; null when the bracket carries no labels. */
function labelledUnits(content: string): string | null {
  const leads: string[] = [];
  const supports: string[] = [];
  let labelled = false;
  for (const part of content.split(/[;；]/)) {
    const m = /^\s*(牵头单位|牵头部门|牵头|责任单位|负责单位|配合单位|配合部门|参与单位|协办单位)\s*[:：]\s*(.*)$/s.exec(part);
    if (!m) {
      if (part.trim() !== '') supports.push(part.trim());
      continue;
    }
    labelled = true;
    const value = (m[2] ?? '').trim();
    if (value === '') continue;
    const label = m[1] ?? '';
    if (label.startsWith('牵头')) leads.push(value);
    else if ((label === '责任单位' || label === '负责单位') && !/牵头/.test(content)) leads.push(value);
    else supports.push(value);
  }
  if (!labelled) return null;
  return composeUnits(leads.join('、'), supports.join('、'));
}

function composeUnits(lead: string, support: string): string {
  // Separate columns list names with any separator; join them with 、 so the role marker covers every name.
  const asList = (cell: string): string => cell.replace(/[，,;；\s]+/g, '、').replace(/^、+|、+$/g, '');
  const parts: string[] = [];
  if (lead !== '') parts.push(`${asList(lead)}牵头`);
  if (support !== '') parts.push(`${asList(support)}配合`);
  return parts.join('，');
}

type Item = { kind: 'heading'; heading: Heading; line: number } | { kind: 'task'; task: Task };

/**
 * Word puts a cell's second paragraph on a new line without quoting it: in tab rows, a row that
 * follows a numbered row with fewer cells than the table has continues that row's last cell.
 */
function continueRow(pending: Row, row: Row): void {
  while (pending.cells.length < pending.width) pending.cells.push('');
  const last = pending.cells.length - 1;
  const [head = '', ...rest] = row.cells;
  pending.cells[last] = pending.cells[last] === '' ? head : `${pending.cells[last] ?? ''}\n${head}`;
  pending.cells.push(...rest);
  pending.width += row.width - 1;
  pending.cells = trimCells(pending.cells);
}

function readRows(rows: readonly Row[], options: ParseTaskTableOptions, tabRows: boolean): ParsedTaskTable {
  const unitOptions = options.aliases ? { aliases: options.aliases } : {};
  const issues: ParseIssue[] = [];
  const items: Item[] = [];
  const firstLineOf = new Map<number, number>();
  const userColumns = options.columns && options.columns.length > 0 ? columnsFromRoles(options.columns) : null;
  let columns = userColumns ?? DEFAULT_COLUMNS;
  let title = '';
  let started = false;
  let lastNo: number | null = null;
  let unrecognized = 0;
  let afterHeader = false;
  let pending: (Row & { no: number }) | null = null;
  const flush = (): void => {
    if (pending) items.push({ kind: 'task', task: readTask(pending.cells, pending.no, pending.line, columns, unitOptions, issues) });
    pending = null;
  };

  for (const row of rows) {
    const { cells, line } = row;
    const first = cells[0] ?? '';
    if (
      tabRows &&
      pending !== null &&
      pending.width < columns.count &&
      numbered(cells, columns).no === null &&
      headingOf(first) === null &&
      columnsFromHeader(cells) === null
    ) {
      continueRow(pending, row);
      continue;
    }
    flush();

    const header = cells.length >= 2 && taskNumber(first) === null ? columnsFromHeader(cells) : null;
    if (header) {
      columns = userColumns ? { ...userColumns, headers: header.headers } : header;
      started = true;
      afterHeader = true;
      continue;
    }
    const subHeader = afterHeader && !userColumns ? subColumns(columns, cells) : null;
    afterHeader = false;
    if (subHeader) {
      columns = subHeader;
      continue;
    }

    const { no, cells: taskCells } = numbered(cells, columns);
    if (no !== null) {
      started = true;
      const seenAt = firstLineOf.get(no);
      if (seenAt !== undefined) {
        issues.push(issue(line, 'error', 'duplicate-number', { no, firstLine: seenAt }));
        continue;
      }
      firstLineOf.set(no, line);
      if (lastNo !== null && no > lastNo + 1) {
        const gap = no - 1 === lastNo + 1 ? `${lastNo + 1}` : `${lastNo + 1}–${no - 1}`;
        issues.push(issue(line, 'warning', 'skipped-number', { no, gap }));
      } else if (lastNo !== null && no <= lastNo) {
        issues.push(issue(line, 'warning', 'number-backwards', { no, previous: lastNo }));
      }
      lastNo = no;
      pending = { cells: [...taskCells], line, width: row.width + taskCells.length - cells.length, no };
      continue;
    }

    let heading = headingOf(first) ?? (cells.length > 1 ? splitHeadingOf(cells) : null);
    if (heading && heading.title === '' && cells.length > 1) heading = { ...heading, title: cells.slice(1).find((c) => c !== '') ?? '' };
    if (heading) {
      started = true;
      items.push({ kind: 'heading', heading, line });
      continue;
    }
    if (cells.length === 1) {
      if (ATTACHMENT_RE.test(first) || NOTE_RE.test(first)) continue;
      if (!started) {
        if (title === '') title = first;
        continue;
      }
      items.push({ kind: 'heading', heading: { rank: 4, numeral: '', title: first }, line });
      continue;
    }
    if (started) {
      unrecognized += 1;
      if (unrecognized <= MAX_UNRECOGNIZED_LISTED) {
        issues.push(issue(line, 'warning', 'row-unrecognized', { text: preview(cells.join(' ')) }));
      }
    }
  }

  flush();
  if (unrecognized > MAX_UNRECOGNIZED_LISTED) {
    const more = unrecognized - MAX_UNRECOGNIZED_LISTED;
    issues.push(issue(0, 'warning', 'rows-unrecognized-more', { count: more }));
  }
  const { sections, subheadings, tasks } = assignSections(items);

  const occurrences = tasks.flatMap((t) => t.assignments.map((a) => ({ agency: a.agency, line: t.line })));
  for (const typo of findLikelyTypos(occurrences)) {
    issues.push(issue(typo.line, 'warning', 'agency-typo', { agency: typo.agency, similarTo: typo.similarTo }));
  }
  if (tasks.length === 0) {
    issues.push(issue(0, 'error', 'no-tasks', {}));
  }
  issues.sort((a, b) => a.line - b.line);
  return { title, sections, tasks, issues, subheadings, columns: mappingOf(columns) };
}

function readTask(
  cells: readonly string[],
  no: number,
  line: number,
  columns: Columns,
  unitOptions: { aliases?: AgencyAliases },
  issues: ParseIssue[],
): Task {
  const cell = (index: number): string => (index >= 0 ? (cells[index] ?? '') : '');
  const text = cell(columns.text);
  let units = columns.lead >= 0 || columns.support >= 0 ? composeUnits(cell(columns.lead), cell(columns.support)) : cell(columns.units);
  let schedule = cell(columns.schedule);
  if (cells.length === columns.count - 1 && columns.units >= 0 && columns.schedule === columns.units + 1 && columns.schedule === cells.length) {
    // One cell short where 负责单位 precedes 时间进度: a last cell that reads as a schedule means 负责单位 is missing.
    const last = cells[columns.units] ?? '';
    const lastInfo = parseSchedule(last);
    // An ambiguous time (年内, 2016年9月前) is still a schedule, not an agency.
    if (lastInfo.recognized || lastInfo.ambiguous) {
      schedule = last;
      units = '';
    }
  }
  if (units === '') {
    const inline = inlineUnits(text);
    if (inline !== null) units = inline;
  }
  const missing: string[] = [];
  if (text === '') missing.push(columns.textName);
  if (units === '') missing.push(columns.unitsName);
  if (schedule === '' && (columns.schedule >= 0 || !columns.fromHeader)) missing.push(columns.scheduleName);
  if (missing.length > 0) {
    issues.push(issue(line, 'error', 'missing-cell', { no, cells: missing.join('|') }));
  }
  if (cells.length > columns.count) {
    const extra = cells.slice(columns.count).filter((c) => c !== '');
    if (extra.length > 0) {
      issues.push(issue(line, 'warning', 'extra-cells', { no, count: extra.length, text: preview(extra.join(' ')) }));
    }
  }

  const analysis = units === '' ? null : analyzeUnits(units, unitOptions);
  for (const unitIssue of analysis?.issues ?? []) {
    issues.push(issue(line, 'warning', unitsCode(unitIssue.code), { no, detail: unitIssue.message }));
  }
  const info = schedule === '' ? null : parseSchedule(schedule);
  if (info?.ambiguous) {
    issues.push(issue(line, 'warning', 'schedule-ambiguous', { no, column: columns.scheduleName, text: preview(schedule) }));
  } else if (info && !info.recognized) {
    issues.push(issue(line, 'warning', 'schedule-unrecognized', { no, column: columns.scheduleName, text: preview(schedule) }));
  }
  return {
    no,
    section: null,
    text,
    units,
    assignments: analysis ? analysis.assignments : [],
    schedule,
    deadline: info ? info.deadline : null,
    ongoing: info ? info.ongoing : false,
    ambiguous: info ? info.ambiguous : false,
    leaders: splitPeople(cell(columns.leader)),
    line,
  };
}

/** Sections are the highest heading level in the document; lower levels become sub-headings. */
function assignSections(items: readonly Item[]): { sections: Section[]; subheadings: SubHeading[]; tasks: Task[] } {
  let topRank = Number.POSITIVE_INFINITY;
  for (const item of items) if (item.kind === 'heading') topRank = Math.min(topRank, item.heading.rank);
  const sections: Section[] = [];
  const subheadings: SubHeading[] = [];
  const tasks: Task[] = [];
  let section: number | null = null;
  let sub: SubHeading | null = null;
  for (const item of items) {
    if (item.kind === 'heading') {
      const { rank, numeral, title } = item.heading;
      if (rank === topRank) {
        section = sections.length + 1;
        sections.push({ no: section, numeral, title });
        sub = null;
      } else {
        sub = { section, numeral, title, line: item.line, taskNos: [] };
        subheadings.push(sub);
      }
      continue;
    }
    item.task.section = section;
    sub?.taskNos.push(item.task.no);
    tasks.push(item.task);
  }
  return { sections, subheadings, tasks };
}

/** The public view of the columns read: one role per column, the header as written, how it was decided. */
function mappingOf(columns: Columns): ColumnMapping | null {
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
  set(columns.progress, 'progress');
  const headers = roles.map((_, i) => (columns.headers.length > 0 ? (columns.headers[i] ?? '') : null));
  return { roles, headers, source: columns.source, uncertain: false };
}

/** The user's column roles as the parser's columns: they decide, whatever the header or the content says. */
function columnsFromRoles(roles: readonly ColumnRole[]): Columns {
  const at = (role: ColumnRole): number => roles.indexOf(role);
  const units = at('units') >= 0 ? at('units') : at('joint');
  return {
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

/** A units-issue code from `analyzeUnits`, as a closed code. */
function unitsCode(code: string): ParseIssueCode {
  return code === 'units-empty' || code === 'units-unbalanced-brackets' ? code : 'units-unparsed';
}
