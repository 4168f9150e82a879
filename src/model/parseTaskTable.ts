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
import { parseScheduleInYear } from './parseSchedule';
import { findLikelyTypos } from './findLikelyTypos';
import { makeIssue as issue } from './makeIssue';
import { pipeTableToTabText } from './pipeTableToTabText';
import { paragraphRows } from './paragraphRows';
import { alignCells, kindsOfRoles } from './inferColumns';
import { isTabSeparated, rowsFromTabs, continueRow, type Row } from './rowsFromTabs';
import { rowsFromLines } from './rowsFromLines';
import { numbered, taskNumber } from './taskNumber';
import { ATTACHMENT_RE, NOTE_RE, headingOf, splitHeadingOf } from './headingOf';
import { DEFAULT_COLUMNS, columnsFromHeader, columnsFromRoles, mappingOf, paragraphColumns, roleName, subColumns, type Columns } from './columnsFromHeader';
import { inferredColumns } from './columnsFromContent';
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







/** Unrecognised rows listed one by one; beyond this, one issue counts the rest. */
const MAX_UNRECOGNIZED_LISTED = 50;

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
      yearNeeded: false,
    };
  }
  const piped = pipeTableToTabText(source);
  if (piped !== null) return readRows(rowsFromTabs(piped), options, true);
  if (isTabSeparated(source)) return readRows(rowsFromTabs(source), options, true);
  const lines = source.split(/\r\n|\r|\n/);
  const paragraphs = paragraphRows(lines);
  if (paragraphs) {
    const rows = paragraphs.rows.map((r) => ({ ...r, width: r.cells.length }));
    return readRows(rows, options, false, paragraphColumns(paragraphs.hasSchedule));
  }
  return readRows(rowsFromLines(lines), options, false);
}





























function readRows(rows: readonly Row[], options: ParseTaskTableOptions, tabRows: boolean, paragraphs?: Columns): ParsedTaskTable {
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
  let pending: (Row & { no: number }) | null = null;
  const assumed = { count: 0, year: 0, source: '' };
  const conventions = { firstLeads: false };
  const flush = (): void => {
    if (!pending) return;
    if (!tabRows && columns.kinds && pending.cells.length !== columns.count) {
      const aligned = alignCells(pending.cells, columns.kinds);
      pending.cells = aligned.cells;
      if (aligned.missing.length > 0) {
        const names = aligned.missing.map((k) => columns.headers[k] ?? '').map((h, i) => (h !== '' ? h : roleName(columns, aligned.missing[i] ?? -1)));
        issues.push(issue(pending.line, 'warning', 'row-realigned', { no: pending.no, cells: names.join('|') }));
      }
    }
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

    const header = !paragraphs && cells.length >= 2 && taskNumber(first) === null ? columnsFromHeader(cells) : null;
    if (header) {
      columns = userColumns ? { ...userColumns, headers: header.headers } : header;
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
  const mapping = paragraphs ? null : mappingOf(columns);
  if (mapping && columns.source === 'content' && columns.uncertain && items.some((i) => i.kind === 'task')) {
    issues.push(issue(0, 'warning', 'columns-inferred', { roles: mapping.roles.join(',') }));
  }
  if (assumed.count > 0) issues.push(issue(0, 'info', 'year-assumed', { count: assumed.count, year: assumed.year, source: assumed.source }));
  if (unrecognized > MAX_UNRECOGNIZED_LISTED) {
    const more = unrecognized - MAX_UNRECOGNIZED_LISTED;
    issues.push(issue(0, 'warning', 'rows-unrecognized-more', { count: more }));
  }
  const { sections, subheadings, tasks } = assignSections(items);

  const occurrences = tasks.flatMap((t) => t.assignments.map((a) => ({ agency: a.agency, line: t.line })));
  for (const typo of findLikelyTypos(occurrences)) {
    const no = tasks.find((t) => t.line === typo.line)?.no;
    issues.push(issue(typo.line, 'warning', 'agency-typo', { ...(no === undefined ? {} : { no }), agency: typo.agency, similarTo: typo.similarTo }));
  }
  if (tasks.length === 0) {
    issues.push(issue(0, 'error', 'no-tasks', {}));
  }
  issues.sort((a, b) => a.line - b.line);
  const yearNeeded = (yearOfTitle(title) ?? options.documentYear) === undefined && tasks.some((t) => lacksYear(t.schedule));
  return { title, sections, tasks, issues, subheadings, columns: mapping, yearNeeded };
}

/** A schedule naming a day only with a year (`10月底前`): read in any year, it takes that year. */
function lacksYear(schedule: string): boolean {
  return schedule !== '' && parseScheduleInYear(schedule, 2000).yearAssumed;
}







