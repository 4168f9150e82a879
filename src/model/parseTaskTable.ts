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
import type { AgencyAliases, ColumnMapping, ColumnRole, TaskTable } from './types';
import { stripXmlForbidden } from './xmlSafeText';
import { makeIssue as issue } from './makeIssue';
import { pipeTableToTabText } from './pipeTableToTabText';
import { paragraphRows } from './paragraphRows';
import { labelTableLines } from './labelTableLines';
import { isTabSeparated, rowsFromTabs, type Row } from './rowsFromTabs';
import { rowsFromLines } from './rowsFromLines';
import { paragraphColumns } from './columnsFromHeader';
import type { SubHeading } from './assignSections';
import { readRows } from './readRows';

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
