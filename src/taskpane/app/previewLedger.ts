/** Turns a task table's text into ledger rows for the read-only preview, the way the workbook would hold them before any status is entered. */
import { parseTaskTable, trackTasks, type ParseIssue, type Section, type TaskTable } from '../../model';
import { EMBEDDED_SEED_TEXT } from '../../seed/embeddedSeed';
import type { LedgerRow } from '../../workbook/port';

export interface PreviewLedger {
  table: TaskTable;
  rows: LedgerRow[];
  sections: Section[];
  issues: ParseIssue[];
}

/** Builds ledger rows from parsed tasks: no version (nothing to guard), never missing. */
function rowsFromTable(table: TaskTable): LedgerRow[] {
  const titles = new Map(table.sections.map((s) => [s.no, `${s.numeral}、${s.title}`]));
  return trackTasks(table.tasks).map((task) => ({
    ...task,
    sectionTitle: task.section === null ? '' : (titles.get(task.section) ?? ''),
    missing: false,
    version: '',
  }));
}

/** Parses a table (the embedded seed by default) for the read-only preview; loaded on demand, with the parser and the seed. */
export function previewLedger(text: string = EMBEDDED_SEED_TEXT): PreviewLedger {
  const table = parseTaskTable(text);
  return { table, rows: rowsFromTable(table), sections: table.sections, issues: table.issues };
}
