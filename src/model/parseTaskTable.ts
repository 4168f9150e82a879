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
import type { AgencyAliases, ColumnMapping, ColumnRole, ParseIssue, TaskTable } from './types';
import { yearOfTitle } from './yearOfTitle';
import { stripXmlForbidden } from './xmlSafeText';
import { parseScheduleInYear } from './parseSchedule';
import { stripFirstListedNote } from './firstListedLeads';
import { findLikelyTypos } from './findLikelyTypos';
import { makeIssue as issue } from './makeIssue';
import { pipeTableToTabText } from './pipeTableToTabText';
import { paragraphRows } from './paragraphRows';
import { alignCells, kindsOfRoles } from './inferColumns';
import { alignShortRow } from './alignShortRow';
import { joinHeaderFragments } from './joinHeaderFragments';
import { cellsRanTogether } from './cellsRanTogether';
import { labelTableLines } from './labelTableLines';
import { SMALL_MARGIN, readColumnRoles } from './readColumnRoles';
import { isTabSeparated, rowsFromTabs, continueRow, type Row } from './rowsFromTabs';
import { rowsFromLines } from './rowsFromLines';
import { numbered, taskNumber } from './taskNumber';
import { ATTACHMENT_RE, NOTE_RE, headingOf, splitHeadingOf } from './headingOf';
import {
  DEFAULT_COLUMNS,
  columnsFromHeader,
  columnsFromRoles,
  mappingOf,
  paragraphColumns,
  roleName,
  subColumns,
  type Columns,
} from './columnsFromHeader';
import { inferredColumns } from './columnsFromContent';
import { rolesByContent } from './rolesByContent';
import { assignSections, type Item, type SubHeading } from './assignSections';
import { preview, readTask } from './readTask';

export type { SubHeading } from './assignSections';

export interface ParseTaskTableOptions {
  aliases?: AgencyAliases;
  /** The user's correction: one role per column; overrides header and inference. */
  columns?: ColumnRole[];
  /** Year for year-less deadlines when the text gives none (e.g. from a .docx's title or date). */
  documentYear?: number;
}

/** What `parseTaskTable` returns: a `TaskTable` plus the sub-headings it did not turn into sections. */
export interface ParsedTaskTable extends TaskTable {
  subheadings: SubHeading[];
  /** How the columns were read; null for paragraph and label-line layouts, which have no columns. */
  columns: ColumnMapping | null;
  /** Deadlines lack a year and neither the title nor `options.documentYear` gave one (the pane asks for it). */
  yearNeeded: boolean;
}

/** A row of one cell stating the first-listed convention for the table is a short note, not a paragraph. */
const MAX_NOTE_ROW = 40;

/** Task rows whose cells score the column roles: a sample, so scoring stays linear. */
const MAX_SCORED_ROWS = 300;

/** Header rows whose columns are weighed against the content under them. */
const MAX_SCORED_HEADERS = 5;

/** Unrecognised rows listed one by one; beyond this, one issue counts the rest. */
const MAX_UNRECOGNIZED_LISTED = 50;

/**
 * Parses a pasted or dumped key-task table into `{ title, sections, tasks, issues }`; never throws.
 * @example
 * parseTaskTable('1\t建立现代职业学校制度。\t市教育局\t持续实施').tasks[0]?.units // '市教育局'
 */
export function parseTaskTable(text: string, options: ParseTaskTableOptions = {}): ParsedTaskTable {
  // Characters XML 1.0 forbids (a paste can carry them) never reach the ledger: in a file we write they blank
  // every later string for LibreOffice and WPS. Dropped here, once, and said so.
  const { text: source, removed } = stripXmlForbidden(typeof text === 'string' ? text : '');
  const parsed = parseSource(source, options);
  if (removed === 0) return parsed;
  return { ...parsed, issues: [issue(0, 'warning', 'characters-removed', { count: removed }), ...parsed.issues] };
}

function parseSource(source: string, options: ParseTaskTableOptions): ParsedTaskTable {
  if (source.trim() === '') {
    return {
      title: '',
      sections: [],
      tasks: [],
      issues: [issue(0, 'error', 'empty', {})],
      subheadings: [],
      columns: null,
      yearNeeded: false,
    };
  }
  const piped = pipeTableToTabText(source);
  if (piped !== null) return readRows(rowsFromTabs(piped), options, true);
  if (isTabSeparated(source)) return parseTaskRows(rowsFromTabs(source), options);
  const lines = source.split(/\r\n|\r|\n/);
  const paragraphs = paragraphRows(lines);
  if (paragraphs) {
    const rows = paragraphs.rows.map((r) => ({ ...r, width: r.cells.length }));
    return readRows(rows, options, false, paragraphColumns(paragraphs.hasSchedule));
  }
  return readRows(rowsFromLines(lines), options, false);
}

/**
 * Rows already split into cells (tab rows, or a grid's rows from `rowsFromGrid`): a `标签 | 内容` table describing
 * tasks, or a table read column by column.
 * @example parseTaskRows([{ cells: ['1', '建立制度。', '市教育局'], line: 1, width: 3 }]).tasks[0]?.units // '市教育局'
 */
export function parseTaskRows(rows: readonly Row[], options: ParseTaskTableOptions = {}): ParsedTaskTable {
  const labelLines = labelTableLines(rows);
  const described = labelLines ? paragraphRows(labelLines) : null;
  if (described)
    return readRows(
      described.rows.map((r) => ({ ...r, width: r.cells.length })),
      options,
      false,
      paragraphColumns(described.hasSchedule),
    );
  return readRows(rows, options, true);
}

function readRows(
  given: readonly Row[],
  options: ParseTaskTableOptions,
  tabRows: boolean,
  paragraphs?: Columns,
): ParsedTaskTable {
  const rows = paragraphs ? given : joinHeaderFragments(given);
  const unitOptions = options.aliases ? { aliases: options.aliases } : {};
  const issues: ParseIssue[] = [];
  const items: Item[] = [];
  const firstLineOf = new Map<number, number>();
  const userColumns = options.columns && options.columns.length > 0 ? columnsFromRoles(options.columns) : null;
  let columns = paragraphs ?? userColumns ?? inferredColumns(rows, tabRows) ?? DEFAULT_COLUMNS;
  let title = '';
  let started = false;
  let lastNo: number | null = null;
  let unrecognized = 0;
  let afterHeader = false;
  let lastCategory = '';
  let sawNumber = false;
  let misfits = 0;
  const taskRows: string[][] = [];
  let pending: (Row & { no: number }) | null = null;
  const assumed = { count: 0, year: 0, source: '' };
  // `（列第一位者为牵头单位，下同）` stated in any row governs the table: the rows above it were written under it too.
  // So does a note row about the table (`注：责任单位中列第一位者为牵头单位。` above or below it, or the Word paragraph
  // `（排在第一位的为牵头单位）` over it), with or without 下同.
  const noteRow = (r: Row): boolean =>
    r.cells.length === 1 &&
    (r.cells[0] ?? '').length <= MAX_NOTE_ROW &&
    stripFirstListedNote(r.cells[0] ?? '').scope !== 'none';
  const conventions = {
    firstLeads: rows.some(
      (r) => noteRow(r) || r.cells.some((c) => c.length > 8 && stripFirstListedNote(c).scope === 'onward'),
    ),
  };
  const flush = (): void => {
    if (!pending) return;
    const short =
      tabRows && pending.cells.length < columns.count
        ? alignShortRow(pending.cells, kindsOfRoles(mappingOf(columns)?.roles ?? []))
        : null;
    if (short || (!tabRows && columns.kinds && pending.cells.length !== columns.count)) {
      const aligned = short ?? alignCells(pending.cells, columns.kinds ?? []);
      // A row short only of a merged category cell fits its columns; any other realignment is a doubt.
      const onlyCategory =
        aligned.missing.length === 0 && pending.cells.length + (aligned.skipped?.length ?? 0) === columns.count;
      pending.cells = aligned.cells;
      if (!onlyCategory) misfits += 1;
      if (aligned.missing.length > 0) {
        const names = aligned.missing
          .map((k) => columns.headers[k] ?? '')
          .map((h, i) => (h !== '' ? h : roleName(columns, aligned.missing[i] ?? -1)));
        issues.push(issue(pending.line, 'warning', 'row-realigned', { no: pending.no, cells: names.join('|') }));
      }
    }
    if (taskRows.length < MAX_SCORED_ROWS) taskRows.push(pending.cells);
    const year = yearOfTitle(title) ?? options.documentYear;
    const task = readTask(pending.cells, pending.no, pending.line, columns, unitOptions, issues, year, conventions);
    if (task.yearAssumed) {
      assumed.count += 1;
      assumed.year = year ?? 0;
      assumed.source = yearOfTitle(title) !== undefined ? 'title' : 'option';
    }
    items.push({ kind: 'task', task: task.task });
    pending = null;
  };

  let headersScored = 0;
  for (const [index, row] of rows.entries()) {
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
    if (
      pending !== null &&
      numbered(cells, columns).no === pending.no &&
      sharesMergedCell(pending.cells, cells, columns)
    ) {
      // The same number on the next row, with another cell repeated too: cells merged over sub-rows (Word repeats
      // them in each). One task; a repeated number with nothing else in common stays a duplicate.
      mergeSubRow(pending, cells);
      issues.push(issue(line, 'info', 'row-merged', { no: pending.no }));
      continue;
    }
    flush();

    const header = !paragraphs && cells.length >= 2 && taskNumber(first) === null ? columnsFromHeader(cells) : null;
    if (header) {
      // The first few headers are weighed against the rows under them (bounded: a table of headers stays linear).
      const scored = headersScored < MAX_SCORED_HEADERS ? rolesByContent(header, rowsUnder(rows, index)) : header;
      headersScored += 1;
      columns = userColumns ? { ...userColumns, headers: header.headers } : scored;
      if (!tabRows) columns = { ...columns, kinds: kindsOfRoles(mappingOf(columns)?.roles ?? []) };
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

    const read = numbered(cells, columns);
    const { cells: taskCells } = read;
    let no = read.no;
    if (no !== null) sawNumber = true;
    else if (!sawNumber && rowCountsInOrder(cells, columns)) {
      // A table without numbers (no 序号 column, none in the task cell): rows count in order, and say so.
      no = (lastNo ?? 0) + 1;
      issues.push(issue(line, 'info', 'number-assigned', { no }));
    }
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
      const category = columns.category !== undefined ? (taskCells[columns.category] ?? '') : '';
      if (category !== '' && category !== lastCategory && taskNumber(category) === null) {
        items.push({ kind: 'heading', heading: { rank: 4, numeral: '', title: category }, line });
      }
      if (category !== '') lastCategory = category;
      pending = { cells: [...taskCells], line, width: row.width + taskCells.length - cells.length, no };
      continue;
    }

    let heading = headingOf(first) ?? (cells.length > 1 ? splitHeadingOf(cells) : null);
    if (heading && heading.title === '' && cells.length > 1)
      heading = { ...heading, title: cells.slice(1).find((c) => c !== '') ?? '' };
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
  const mapping = paragraphs ? null : withReadings(mappingOf(columns), taskRows, misfits, issues);
  if (mapping && columns.source === 'content' && columns.uncertain && items.some((i) => i.kind === 'task')) {
    issues.push(issue(0, 'warning', 'columns-inferred', { roles: mapping.roles.join(',') }));
  }
  if (assumed.count > 0)
    issues.push(issue(0, 'info', 'year-assumed', { count: assumed.count, year: assumed.year, source: assumed.source }));
  if (unrecognized > MAX_UNRECOGNIZED_LISTED) {
    const more = unrecognized - MAX_UNRECOGNIZED_LISTED;
    issues.push(issue(0, 'warning', 'rows-unrecognized-more', { count: more }));
  }
  const { sections, subheadings, tasks } = assignSections(items);

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
    issues.push(issue(0, 'error', cellsRanTogether(rows.map((r) => r.cells)) ? 'cells-run-together' : 'no-tasks', {}));
  }
  issues.sort((a, b) => a.line - b.line);
  const yearNeeded =
    (yearOfTitle(title) ?? options.documentYear) === undefined && tasks.some((t) => lacksYear(t.schedule));
  return { title, sections, tasks, issues, subheadings, columns: mapping, yearNeeded };
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
