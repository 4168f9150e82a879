/**
 * What a reload (merge) of a task table into an existing ledger changes, as data: the source cells that differ per
 * row, the tasks to append, the tasks gone (marked 已移除, never deleted). Shared by the Excel port (`loadLedger`) and
 * the file port (`loadLedgerIntoFile`), so both merge by the same rule. Values are cell inputs: numbers as they are,
 * text quote-prefixed (`toCellText`); a writer that stores text as text strips the prefix (`fromCellText`).
 */
import { parseUnits, type AgencyAliases, type Task, type TaskTable } from '../model';
import { fromCellText, toCellText } from './cellText';
import type { LedgerColumnIndex } from './ledgerColumnIndex';
import { SOURCE_COLUMN_KEYS, type LedgerColumnKey } from './ledgerColumns';
import { taskNumber } from './ledgerRowsFromValues';
import { sourceCells, type SourceCells } from './sourceCells';
import { SOURCE_REMOVED } from './workbookNames';

export type SourceKey = keyof SourceCells & LedgerColumnKey;

/** MergeSummary's shape (the port's type), repeated here so the layout stays below the workbook layer. */
export interface MergeCounts {
  added: number[];
  changed: number[];
  unchanged: number[];
  missing: number[];
}

/** What a merge writes into the rows it read, and the tasks it appends. */
export interface MergePlan {
  summary: MergeCounts;
  /** Per source column, one input per row read (null: left as it is). */
  columnUpdates: Map<SourceKey, (string | number | null)[]>;
  added: SourceCells[];
}

/** The cell input of one source value: numbers as they are, text quote-protected. */
export function sourceInput(cells: SourceCells, key: SourceKey): string | number {
  const value = cells[key];
  return typeof value === 'number' ? value : toCellText(value);
}

/** Whether a cell already holds the source value (text compared as read back, dates as serials). */
function sameCell(current: unknown, wanted: string | number): boolean {
  if (typeof wanted === 'number')
    return typeof current === 'number' ? current === wanted : Number(fromCellText(current)) === wanted;
  if (wanted === '') return current === '' || current === null || current === undefined;
  return fromCellText(current) === wanted;
}

/**
 * Compares the wanted tasks with the rows read; `fresh` are columns just re-created (filled, not counted as changes).
 * @example planMerge(rows, ledgerColumnIndex(header), wanted, new Set()).summary.added // [25]
 */
export function planMerge(
  rows: readonly unknown[][],
  index: LedgerColumnIndex,
  wanted: readonly SourceCells[],
  fresh: ReadonlySet<LedgerColumnKey>,
): MergePlan {
  const positionByNo = new Map<number, number>();
  rows.forEach((cells, position) => {
    const no = taskNumber(cells[index.no]);
    if (no !== null && !positionByNo.has(no)) positionByNo.set(no, position);
  });
  const summary: MergeCounts = { added: [], changed: [], unchanged: [], missing: [] };
  const columnUpdates = new Map<SourceKey, (string | number | null)[]>();
  const update = (key: SourceKey, position: number, value: string | number): void => {
    let column = columnUpdates.get(key);
    if (!column) {
      column = new Array<string | number | null>(rows.length).fill(null);
      columnUpdates.set(key, column);
    }
    column[position] = value;
  };
  const wantedNos = new Set<number>();
  const added: SourceCells[] = [];
  for (const cells of wanted) {
    wantedNos.add(cells.no);
    const position = positionByNo.get(cells.no);
    if (position === undefined) {
      added.push(cells);
      continue;
    }
    const current = rows[position] ?? [];
    let changed = false;
    for (const key of SOURCE_COLUMN_KEYS as readonly SourceKey[]) {
      if (fresh.has(key) || !sameCell(current[index[key]], cells[key])) {
        update(key, position, sourceInput(cells, key));
        // A column the merge just re-created is filled, not counted as a change of the task.
        if (!fresh.has(key)) changed = true;
      }
    }
    (changed ? summary.changed : summary.unchanged).push(cells.no);
  }
  for (const [no, position] of positionByNo) {
    if (wantedNos.has(no)) continue;
    summary.missing.push(no);
    if (fromCellText(rows[position]?.[index.sourceState]).trim() !== SOURCE_REMOVED)
      update('sourceState', position, SOURCE_REMOVED);
  }
  return { summary, columnUpdates, added };
}

/**
 * The source cells an import wants, one per 序号 (the first of a repeated number), agencies re-read under the
 * workbook's own aliases (the 牵头 / 配合 / 共同负责 columns use them).
 * @example wantedCells(table, {}).map((c) => c.no) // [1, 2, 3]
 */
export function wantedCells(table: TaskTable, aliases: AgencyAliases): SourceCells[] {
  const seen = new Set<number>();
  const tasks = table.tasks.filter((t) => (seen.has(t.no) ? false : (seen.add(t.no), true)));
  const aliased =
    Object.keys(aliases).length === 0
      ? tasks
      : tasks.map((t): Task => (t.units.trim() === '' ? t : { ...t, assignments: parseUnits(t.units, { aliases }) }));
  return aliased.map((t) => sourceCells(t, table.sections));
}
