/**
 * The row reader every layout ends in: rows of cells (tab rows, a grid's rows, cell-per-line rows, paragraph rows)
 * read in order into headings and tasks, with the header (and its sub-header) changing the columns on the way, then
 * the table's issues. Each step is a function over one `ReadState`.
 */
import type { ColumnMapping, ParseIssue } from './types';
import type { ParseTaskTableOptions, ParsedTaskTable } from './parseTaskTable';
import { yearOfTitle } from './yearOfTitle';
import { parseScheduleInYear } from './parseSchedule';
import { stripFirstListedNote } from './firstListedLeads';
import { findLikelyTypos } from './findLikelyTypos';
import { makeIssue as issue } from './makeIssue';
import { alignCells, kindsOfRoles } from './inferColumns';
import { alignShortRow } from './alignShortRow';
import { joinHeaderFragments } from './joinHeaderFragments';
import { cellsRanTogether } from './cellsRanTogether';
import { SMALL_MARGIN, readColumnRoles } from './readColumnRoles';
import { continueRow, type Row } from './rowsFromTabs';
import { numbered, taskNumber } from './taskNumber';
import { ATTACHMENT_RE, NOTE_RE, headingOf, splitHeadingOf } from './headingOf';
import {
  DEFAULT_COLUMNS,
  columnsFromHeader,
  columnsFromRoles,
  mappingOf,
  roleName,
  subColumns,
  type Columns,
} from './columnsFromHeader';
import { inferredColumns } from './columnsFromContent';
import { rolesByContent } from './rolesByContent';
import { classifyCell, type CellKind } from './classifyCell';
import { assignSections, type Item } from './assignSections';
import { preview, readTask } from './readTask';

/** A row of one cell stating the first-listed convention for the table is a short note, not a paragraph. */
const MAX_NOTE_ROW = 40;

/** Task rows whose cells score the column roles: a sample, so scoring stays linear. */
const MAX_SCORED_ROWS = 300;

/** Header rows whose columns are weighed against the content under them. */
const MAX_SCORED_HEADERS = 5;

/** A group title (`产业发展`, `民生保障`) is a few words. */
const MAX_GROUP_TITLE = 16;

/** Unrecognised rows listed one by one; beyond this, one issue counts the rest. */
const MAX_UNRECOGNIZED_LISTED = 50;

/** Everything the reader keeps while it walks the rows. */
interface ReadState {
  readonly rows: readonly Row[];
  readonly options: ParseTaskTableOptions;
  readonly tabRows: boolean;
  readonly paragraphs: Columns | undefined;
  readonly userColumns: Columns | null;
  readonly issues: ParseIssue[];
  readonly items: Item[];
  readonly firstLineOf: Map<number, number>;
  /** Task rows as read (a sample) for scoring the columns. */
  readonly taskRows: string[][];
  readonly assumed: { count: number; year: number; source: string };
  readonly conventions: { firstLeads: boolean };
  columns: Columns;
  title: string;
  started: boolean;
  lastNo: number | null;
  unrecognized: number;
  afterHeader: boolean;
  lastCategory: string;
  sawNumber: boolean;
  misfits: number;
  headersScored: number;
  pending: (Row & { no: number }) | null;
  /** The header rows read so far (cells joined): one repeated after a page break does not end the pending task. */
  readonly headerRows: Set<string>;
  /** The previous row repeated the header: a row with no number right after it is the rest of the pending task. */
  afterRepeat: boolean;
}

/**
 * Reads rows into a table; `tabRows` when the rows are whole (tab rows, a grid), `paragraphs` the fixed columns of a
 * paragraph layout.
 */
export function readRows(
  given: readonly Row[],
  options: ParseTaskTableOptions,
  tabRows: boolean,
  paragraphs?: Columns,
): ParsedTaskTable {
  const s = newReadState(paragraphs ? given : joinHeaderFragments(given), options, tabRows, paragraphs);
  for (const [index, row] of s.rows.entries()) {
    if (repeatsHeader(s, row) || continuesPending(s, row)) continue;
    flushPending(s, row);
    if (readHeaderRow(s, row, index)) continue;
    if (readNumberedRow(s, row)) continue;
    readOtherRow(s, row);
  }
  flushPending(s);
  return finishTable(s);
}

function newReadState(
  rows: readonly Row[],
  options: ParseTaskTableOptions,
  tabRows: boolean,
  paragraphs: Columns | undefined,
): ReadState {
  const userColumns = options.columns && options.columns.length > 0 ? columnsFromRoles(options.columns) : null;
  return {
    rows,
    options,
    tabRows,
    paragraphs,
    userColumns,
    issues: [],
    items: [],
    firstLineOf: new Map<number, number>(),
    taskRows: [],
    assumed: { count: 0, year: 0, source: '' },
    conventions: { firstLeads: statesFirstListed(rows) },
    columns: paragraphs ?? userColumns ?? inferredColumns(rows, tabRows) ?? DEFAULT_COLUMNS,
    title: '',
    started: false,
    lastNo: null,
    unrecognized: 0,
    afterHeader: false,
    lastCategory: '',
    sawNumber: false,
    misfits: 0,
    headersScored: 0,
    pending: null,
    headerRows: new Set<string>(),
    afterRepeat: false,
  };
}

/**
 * `（列第一位者为牵头单位，下同）` stated in any row governs the table: the rows above it were written under it too.
 * So does a note row about the table (`注：责任单位中列第一位者为牵头单位。` above or below it, or the Word paragraph
 * `（排在第一位的为牵头单位）` over it), with or without 下同.
 */
function statesFirstListed(rows: readonly Row[]): boolean {
  const noteRow = (r: Row): boolean =>
    r.cells.length === 1 &&
    (r.cells[0] ?? '').length <= MAX_NOTE_ROW &&
    stripFirstListedNote(r.cells[0] ?? '').scope !== 'none';
  return rows.some(
    (r) => noteRow(r) || r.cells.some((c) => c.length > 8 && stripFirstListedNote(c).scope === 'onward'),
  );
}

const headerRowKey = (cells: readonly string[]): string => cells.map((c) => c.replace(/\s+/g, '')).join('|');

/** The header again while a task is pending (a page break of a pasted table): skipped, the task stays open. */
function repeatsHeader(s: ReadState, row: Row): boolean {
  if (s.pending === null || row.cells.length < 2 || !s.headerRows.has(headerRowKey(row.cells))) return false;
  s.afterRepeat = true;
  return true;
}

/**
 * A row that only continues the pending task: the rest of a task cut by a page break (no number, right after the
 * repeated header), the rest of a short tab row, or a sub-row under a merged 序号.
 */
function continuesPending(s: ReadState, row: Row): boolean {
  const { cells, line } = row;
  const pending = s.pending;
  const afterRepeat = s.afterRepeat;
  s.afterRepeat = false;
  if (pending === null) return false;
  const { no, text } = s.columns;
  if (afterRepeat && no >= 0 && (cells[no] ?? '') === '' && text >= 0 && (cells[text] ?? '') !== '') {
    mergeSubRow(pending, cells);
    s.issues.push(issue(line, 'info', 'row-merged', { no: pending.no }));
    return true;
  }
  if (
    s.tabRows &&
    pending.width < s.columns.count &&
    numbered(cells, s.columns).no === null &&
    headingOf(cells[0] ?? '') === null &&
    columnsFromHeader(cells) === null
  ) {
    continueRow(pending, row);
    return true;
  }
  if (numbered(cells, s.columns).no === pending.no && sharesMergedCell(pending.cells, cells, s.columns)) {
    // The same number on the next row, with another cell repeated too: cells merged over sub-rows (Word repeats
    // them in each). One task; a repeated number with nothing else in common stays a duplicate.
    mergeSubRow(pending, cells);
    s.issues.push(issue(line, 'info', 'row-merged', { no: pending.no }));
    return true;
  }
  return false;
}

/** A short row placed by content (tab rows), or a cell-per-line row of another width aligned by kinds. */
function alignPending(s: ReadState, pending: Row & { no: number }): void {
  const columns = s.columns;
  const short =
    s.tabRows && pending.cells.length < columns.count
      ? alignShortRow(pending.cells, kindsOfRoles(mappingOf(columns)?.roles ?? []))
      : null;
  if (!short && (s.tabRows || !columns.kinds || pending.cells.length === columns.count)) return;
  const aligned = short ?? alignCells(pending.cells, columns.kinds ?? []);
  // A row short only of a merged category cell fits its columns; any other realignment is a doubt.
  const onlyCategory =
    aligned.missing.length === 0 && pending.cells.length + (aligned.skipped?.length ?? 0) === columns.count;
  pending.cells = aligned.cells;
  if (!onlyCategory) s.misfits += 1;
  if (aligned.missing.length > 0) {
    const names = aligned.missing
      .map((k) => columns.headers[k] ?? '')
      .map((h, i) => (h !== '' ? h : roleName(columns, aligned.missing[i] ?? -1)));
    s.issues.push(issue(pending.line, 'warning', 'row-realigned', { no: pending.no, cells: names.join('|') }));
  }
}

/** The pending task row becomes a task. */
function flushPending(s: ReadState, next?: Row): void {
  const pending = s.pending;
  if (!pending) return;
  const title = next ? trailingCategory(s, pending, next) : null;
  alignPending(s, pending);
  doubtCells(s, pending);
  if (s.taskRows.length < MAX_SCORED_ROWS) s.taskRows.push(pending.cells);
  const titleYear = yearOfTitle(s.title);
  const year = titleYear ?? s.options.documentYear;
  const unitOptions = s.options.aliases ? { aliases: s.options.aliases } : {};
  const task = readTask(pending.cells, pending.no, pending.line, s.columns, unitOptions, s.issues, year, s.conventions);
  if (task.yearAssumed) {
    s.assumed.count += 1;
    s.assumed.year = year ?? 0;
    s.assumed.source = titleYear !== undefined ? 'title' : 'option';
  }
  s.items.push({ kind: 'task', task: task.task });
  if (title !== null) s.items.push({ kind: 'heading', heading: { rank: 4, numeral: '', title }, line: pending.line });
  s.pending = null;
}

/** The kinds a cell may not be in a column of each role: another role's plain kind (prose may stand anywhere). */
const FOREIGN_KINDS: Readonly<Record<'units' | 'leader' | 'schedule', readonly CellKind[]>> = {
  units: ['person', 'schedule', 'number'],
  leader: ['agencies', 'schedule', 'number'],
  schedule: ['agencies', 'person', 'number'],
};

/**
 * A column whose role its content gave (the header said otherwise, or there was no header): a cell of another kind
 * there is a doubt on that task's row (`cell-doubtful`), so the preview marks the task, not only the table.
 */
function doubtCells(s: ReadState, pending: Row & { no: number }): void {
  const columns = s.columns;
  if (s.paragraphs || columns.source === 'user') return;
  const inferred = columns.source === 'content' ? Array.from({ length: columns.count }, (_, k) => k) : [];
  for (const k of columns.fromContent ?? inferred) {
    const role = doubtRole(columns, k);
    const cell = pending.cells[k] ?? '';
    if (role === null || cell === '') continue;
    const kind = classifyCell(cell);
    if (!FOREIGN_KINDS[role].includes(kind)) continue;
    const column = columns.headers[k] ?? '';
    s.issues.push(
      issue(pending.line, 'warning', 'cell-doubtful', {
        no: pending.no,
        column: column !== '' ? column : roleName(columns, k),
        kind,
        text: preview(cell),
      }),
    );
  }
}

/** The role a column holds among those a cell can contradict, or null. */
function doubtRole(columns: Columns, k: number): 'units' | 'leader' | 'schedule' | null {
  if (k === columns.units || k === columns.lead || k === columns.support) return 'units';
  if (k === columns.leader || (columns.moreLeaders ?? []).includes(k)) return 'leader';
  return k === columns.schedule ? 'schedule' : null;
}

/** A header row (weighed against the rows under it) or the sub-header right under it: the columns change. */
function readHeaderRow(s: ReadState, row: Row, index: number): boolean {
  const { cells } = row;
  const header =
    !s.paragraphs && cells.length >= 2 && taskNumber(cells[0] ?? '') === null ? columnsFromHeader(cells) : null;
  if (header) {
    s.headerRows.add(headerRowKey(cells));
    // The first few headers are weighed against the rows under them (bounded: a table of headers stays linear).
    const scored = s.headersScored < MAX_SCORED_HEADERS ? rolesByContent(header, rowsUnder(s.rows, index)) : header;
    s.headersScored += 1;
    s.columns = s.userColumns ? { ...s.userColumns, headers: header.headers } : scored;
    if (!s.tabRows) s.columns = { ...s.columns, kinds: kindsOfRoles(mappingOf(s.columns)?.roles ?? []) };
    s.started = true;
    s.afterHeader = true;
    return true;
  }
  const subHeader = s.afterHeader && !s.userColumns ? subColumns(s.columns, cells) : null;
  s.afterHeader = false;
  if (!subHeader) return false;
  s.headerRows.add(headerRowKey(cells));
  s.columns = subHeader;
  return true;
}

/** A numbered row (or, in a table without numbers, a row counted in order) opens the pending task. */
function readNumberedRow(s: ReadState, given: Row): boolean {
  const row = leadingCategory(s, given);
  const { cells, line } = row;
  const read = numbered(cells, s.columns);
  const taskCells = read.cells;
  let no = read.no;
  if (no !== null) s.sawNumber = true;
  else if (!s.sawNumber && rowCountsInOrder(cells, s.columns)) {
    // A table without numbers (no 序号 column, none in the task cell): rows count in order, and say so.
    no = (s.lastNo ?? 0) + 1;
    s.issues.push(issue(line, 'info', 'number-assigned', { no }));
  }
  if (no === null) return false;
  s.started = true;
  const seenAt = s.firstLineOf.get(no);
  if (seenAt !== undefined) {
    s.issues.push(issue(line, 'error', 'duplicate-number', { no, firstLine: seenAt }));
    return true;
  }
  s.firstLineOf.set(no, line);
  checkNumberOrder(s, no, line);
  s.lastNo = no;
  const category = s.columns.category !== undefined ? (taskCells[s.columns.category] ?? '') : '';
  if (category !== '' && category !== s.lastCategory && taskNumber(category) === null) {
    s.items.push({ kind: 'heading', heading: { rank: 4, numeral: '', title: category }, line });
  }
  if (category !== '') s.lastCategory = category;
  s.pending = { cells: [...taskCells], line, width: row.width + taskCells.length - cells.length, no };
  return true;
}

/** A short line that reads as a group title (`产业发展`), not as a date, agencies, a person, a number or a sentence. */
function isGroupTitle(cell: string): boolean {
  if (cell === '' || cell.length > MAX_GROUP_TITLE || /[。；;，,：:]/.test(cell)) return false;
  return !(['schedule', 'agencies', 'person', 'number'] as const).some((k) => k === classifyCell(cell));
}

/** Cell-per-line text without a category column: a one-line cell the row has beyond the columns may be a group title. */
function titleMayStand(s: ReadState, cells: readonly string[]): boolean {
  const c = s.columns;
  return !s.tabRows && !s.paragraphs && c.category === undefined && c.no === 0 && cells.length === c.count + 1;
}

/**
 * A group title on its own line right before a number line (`产业发展` then `1`, no blank line between): the title is
 * a heading, the rest is the row.
 */
function leadingCategory(s: ReadState, row: Row): Row {
  const { cells } = row;
  if (!titleMayStand(s, cells) || taskNumber(cells[0] ?? '') !== null || taskNumber(cells[1] ?? '') === null)
    return row;
  if (!isGroupTitle(cells[0] ?? '')) return row;
  s.items.push({ kind: 'heading', heading: { rank: 4, numeral: '', title: cells[0] ?? '' }, line: row.line });
  return { ...row, cells: cells.slice(1), width: row.width - 1 };
}

/**
 * A group title on its own line right after a row's last cell, the next number line right after it (no blank line
 * between): taken off the row, a heading after it.
 */
function trailingCategory(s: ReadState, pending: Row, next: Row): string | null {
  const last = pending.cells[pending.cells.length - 1] ?? '';
  if (!titleMayStand(s, pending.cells) || !isGroupTitle(last)) return null;
  if (next.line !== pending.line + pending.width || numbered(next.cells, s.columns).no === null) return null;
  pending.cells = pending.cells.slice(0, -1);
  return last;
}

/** A number that skips some or goes backwards is said. */
function checkNumberOrder(s: ReadState, no: number, line: number): void {
  const lastNo = s.lastNo;
  if (lastNo !== null && no > lastNo + 1) {
    const gap = no - 1 === lastNo + 1 ? `${lastNo + 1}` : `${lastNo + 1}–${no - 1}`;
    s.issues.push(issue(line, 'warning', 'skipped-number', { no, gap }));
  } else if (lastNo !== null && no <= lastNo) {
    s.issues.push(issue(line, 'warning', 'number-backwards', { no, previous: lastNo }));
  }
}

/** A row without a number: a heading, the title, a note, or a row not recognised. */
function readOtherRow(s: ReadState, row: Row): void {
  const { cells, line } = row;
  const first = cells[0] ?? '';
  let heading = headingOf(first) ?? (cells.length > 1 ? splitHeadingOf(cells) : null);
  if (heading && heading.title === '' && cells.length > 1)
    heading = { ...heading, title: cells.slice(1).find((c) => c !== '') ?? '' };
  if (heading) {
    s.started = true;
    s.items.push({ kind: 'heading', heading, line });
    return;
  }
  if (cells.length === 1) {
    if (ATTACHMENT_RE.test(first) || NOTE_RE.test(first)) return;
    if (!s.started) {
      if (s.title === '') s.title = first;
      return;
    }
    s.items.push({ kind: 'heading', heading: { rank: 4, numeral: '', title: first }, line });
    return;
  }
  if (!s.started) return;
  s.unrecognized += 1;
  if (s.unrecognized <= MAX_UNRECOGNIZED_LISTED) {
    s.issues.push(issue(line, 'warning', 'row-unrecognized', { text: preview(cells.join(' ')) }));
  }
}

/** The table's issues (columns, years, unrecognised rows, typos, no task), sections and the result. */
function finishTable(s: ReadState): ParsedTaskTable {
  const { issues, columns } = s;
  const mapping = s.paragraphs ? null : withReadings(mappingOf(columns), s.taskRows, s.misfits, issues);
  if (mapping && columns.source === 'content' && columns.uncertain && s.items.some((i) => i.kind === 'task')) {
    issues.push(issue(0, 'warning', 'columns-inferred', { roles: mapping.roles.join(',') }));
  }
  if (s.assumed.count > 0) issues.push(issue(0, 'info', 'year-assumed', { ...s.assumed }));
  if (s.unrecognized > MAX_UNRECOGNIZED_LISTED) {
    const more = s.unrecognized - MAX_UNRECOGNIZED_LISTED;
    issues.push(issue(0, 'warning', 'rows-unrecognized-more', { count: more }));
  }
  const { sections, subheadings, tasks } = assignSections(s.items);
  const occurrences = tasks.flatMap((t) => t.assignments.map((a) => ({ agency: a.agency, line: t.line })));
  for (const typo of findLikelyTypos(occurrences)) {
    const no = tasks.find((t) => t.line === typo.line)?.no;
    issues.push(
      issue(typo.line, 'warning', 'agency-typo', {
        ...(no === undefined ? {} : { no }),
        agency: typo.agency,
        similarTo: typo.similarTo,
      }),
    );
  }
  if (tasks.length === 0) {
    const code = cellsRanTogether(s.rows.map((r) => r.cells)) ? 'cells-run-together' : 'no-tasks';
    issues.push(issue(0, 'error', code, {}));
  }
  issues.sort((a, b) => a.line - b.line);
  const yearNeeded =
    (yearOfTitle(s.title) ?? s.options.documentYear) === undefined && tasks.some((t) => lacksYear(t.schedule));
  return { title: s.title, sections, tasks, issues, subheadings, columns: mapping, yearNeeded };
}

/** The rows under a header, up to the next one (a sample: `rolesByContent` reads at most a few hundred). */
function rowsUnder(rows: readonly Row[], index: number): string[][] {
  const under: string[][] = [];
  for (const row of rows.slice(index + 1, index + 1 + MAX_SCORED_ROWS)) {
    if (row.cells.length >= 2 && taskNumber(row.cells[0] ?? '') === null && columnsFromHeader(row.cells) !== null)
      break;
    under.push(row.cells);
  }
  return under;
}

/** The two rows repeat their units (a 责任单位 cell merged over the sub-rows), not only a schedule such as 持续实施. */
function sharesMergedCell(own: readonly string[], next: readonly string[], columns: Columns): boolean {
  return [columns.units, columns.lead].some((k) => k >= 0 && (next[k] ?? '') !== '' && next[k] === own[k]);
}

/** A sub-row's cells join the task's: a cell it repeats adds nothing, a new one is a further line (the last date wins). */
function mergeSubRow(pending: Row, cells: readonly string[]): void {
  cells.forEach((cell, k) => {
    const own = pending.cells[k] ?? '';
    if (cell === '' || cell === own || own.split('\n').includes(cell)) return;
    while (pending.cells.length < k) pending.cells.push('');
    pending.cells[k] = own === '' ? cell : `${own}\n${cell}`;
  });
  pending.width = Math.max(pending.width, cells.length);
}

/**
 * The mapping with each column's reading scored from its content; uncertain when a column's margin is small or rows
 * did not fit the columns, with one warning naming each doubtful column (the user's own roles are never doubted).
 */
function withReadings(
  mapping: ColumnMapping | null,
  rows: readonly string[][],
  misfits: number,
  issues: ParseIssue[],
): ColumnMapping | null {
  if (!mapping || mapping.source === 'user' || rows.length === 0) return mapping;
  const readings = readColumnRoles(rows, mapping.roles);
  const doubtful = readings.flatMap((r, k) =>
    r.margin < SMALL_MARGIN && (r.role !== 'other' || r.runnerUp !== 'task') ? [k] : [],
  );
  for (const k of doubtful) {
    const r = readings[k];
    if (!r || r.runnerUp === null) continue;
    issues.push(
      issue(0, 'warning', 'column-doubtful', {
        column: mapping.headers[k] ?? '',
        index: k + 1,
        role: r.role,
        runnerUp: r.runnerUp,
      }),
    );
  }
  return { ...mapping, readings, uncertain: mapping.uncertain || doubtful.length > 0 || misfits > 0 };
}

/** Under a header without a 序号 column, a row with task text and one more cell is a task even without a number. */
function rowCountsInOrder(cells: readonly string[], columns: Columns): boolean {
  if (!columns.fromHeader || columns.source === 'content' || columns.no >= 0 || columns.text < 0 || cells.length < 2)
    return false;
  if ((cells[columns.text] ?? '') === '' || headingOf(cells[0] ?? '') !== null || columnsFromHeader(cells) !== null)
    return false;
  return cells.some((c, i) => i !== columns.text && c !== '');
}

/** A schedule naming a day only with a year (`10月底前`): read in any year, it takes that year. */
function lacksYear(schedule: string): boolean {
  return schedule !== '' && parseScheduleInYear(schedule, 2000).yearAssumed;
}
