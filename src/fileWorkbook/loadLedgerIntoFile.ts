/**
 * An import into the ledger file: the same merge as the Excel port's `loadLedger` (`planMerge` of src/ledgerLayout:
 * rows matched by 序号, source cells rewritten where they differ, new tasks appended, vanished tasks marked 已移除 and
 * never deleted, user columns and user-added columns never written), applied by patching the ledger sheet.
 * Refused as the Excel port refuses (a 序号 column or a user column gone, a 序号 on two rows), and where a patch could
 * not do what Excel does: a ledger column deleted (Excel re-adds it; the file port does not add table columns), or a
 * workbook without a ledger (the page makes a new ledger file, `createLedgerWorkbook`). A ledger made before the
 * warning rule gets 预警配色 and 滞后计入预警 (`addRuleCellsToFile`), as the Excel port's reload adds them.
 */
import type { AgencyAliases, TaskTable } from '../model';
import { r1c1ToA1 } from '../ledgerCopy/r1c1ToA1';
import { fromCellText } from '../ledgerLayout/cellText';
import { duplicateList, duplicateNumbers } from '../ledgerLayout/duplicateNumbers';
import { ledgerColumnIndex, type LedgerColumnIndex } from '../ledgerLayout/ledgerColumnIndex';
import { LEDGER_COLUMNS } from '../ledgerLayout/ledgerColumns';
import { planMerge, wantedCells, type SourceKey } from '../ledgerLayout/planMerge';
import type { SourceCells } from '../ledgerLayout/sourceCells';
import { warningFormulaR1C1 } from '../ledgerLayout/warningFormula';
import { ALIAS_TABLE, LAGGING_COUNTS_NAME, LEDGER_TABLE } from '../ledgerLayout/workbookNames';
import { agencyAliasesFromValues, NO_AGENCY_ALIASES } from '../ledgerLayout/agencyAliasesFromValues';
import { LedgerRefusal } from '../workbook/LedgerRefusal';
import type { MergeSummary } from '../workbook/port';
import { addRuleCellsToFile } from './addRuleCellsToFile';
import { appendTableRows } from './appendTableRows';
import { FileUnsupported } from './fileRefusal';
import type { LedgerFile } from './ledgerFile';
import type { CellInput } from './sheetXml';

/** Text as the file stores it: an inline string is text whatever it starts with, so Excel's quote prefix goes. */
function stored(value: string | number): string | number {
  return typeof value === 'number' ? value : fromCellText(value);
}

/**
 * A new task's row in the table's column order: source cells, 未启动, the 预警 formula for its sheet row (the one that
 * reads 滞后计入预警 when the workbook has that name, as the Excel port writes it).
 */
function newRow(
  cells: SourceCells,
  index: LedgerColumnIndex,
  width: number,
  sheetRow: number,
  col: number,
  lagging: boolean,
): (CellInput | null)[] {
  const row = new Array<CellInput | null>(width).fill(null);
  const formula = warningFormulaR1C1(
    { warning: index.warning, status: index.status, deadline: index.deadline, extensionDate: index.extensionDate },
    { lagging },
  );
  for (const column of LEDGER_COLUMNS) {
    const at = index[column.key];
    if (at < 0) continue;
    if (column.key === 'warning') row[at] = { formula: r1c1ToA1(formula, sheetRow, col + at).slice(1) };
    else if (column.key === 'status') row[at] = '未启动';
    else if (column.owner === 'source') {
      const value = cells[column.key as SourceKey];
      row[at] = value === '' ? null : value;
    }
  }
  return row;
}

async function fileAliases(file: LedgerFile): Promise<AgencyAliases> {
  const values = await file.tableValues(ALIAS_TABLE);
  return values
    ? agencyAliasesFromValues(values.body, { row: values.block.row + 1, col: values.block.col }).aliases
    : NO_AGENCY_ALIASES.aliases;
}

/**
 * Merges `table` into the file's ledger; returns what changed, by 序号.
 * @example (await loadLedgerIntoFile(file, parseTaskTable(text))).added // [25, 26]
 */
export async function loadLedgerIntoFile(file: LedgerFile, table: TaskTable): Promise<MergeSummary> {
  const ledger = await file.tableValues(LEDGER_TABLE);
  if (!ledger) throw new FileUnsupported({ operation: 'new-ledger-in-workbook' });
  const index = ledgerColumnIndex(ledger.header);
  const lost = LEDGER_COLUMNS.filter((c) => index[c.key] < 0);
  if (lost.length > 0)
    throw LedgerRefusal.of({
      code: 'columns-missing',
      params: { table: LEDGER_TABLE, columns: lost.map((c) => c.header), action: 'merge' },
    });
  const origin = { row: ledger.block.row + 1, col: ledger.block.col };
  const duplicates = duplicateNumbers(ledger.body, index.no, origin);
  if (duplicates.size > 0)
    throw LedgerRefusal.of({ code: 'duplicate-numbers', params: { duplicates: duplicateList(duplicates) } });
  const plan = planMerge(ledger.body, index, wantedCells(table, await fileAliases(file)), new Set());
  const { block } = ledger;
  // Appended first: a refusal (cells below the table) leaves the rows unwritten.
  const first = block.row + block.rowCount;
  const placeholder = ledger.body.length === 1 && (ledger.body[0] ?? []).every((v) => v === '');
  const start = placeholder ? block.row + 1 : first;
  const lagging = await file.hasDefinedName(LAGGING_COUNTS_NAME);
  await appendTableRows(
    file,
    LEDGER_TABLE,
    plan.added.map((cells, i) => newRow(cells, index, block.colCount, start + i, block.col, lagging)),
  );
  for (const [key, column] of plan.columnUpdates) {
    column.forEach((value, position) => {
      if (value !== null)
        block.sheet.set(block.row + 1 + position, block.col + index[key], stored(value) === '' ? null : stored(value));
    });
  }
  if (plan.columnUpdates.size > 0) file.markWritten(block);
  // A ledger made before the warning rule gets its cells now, every row (the appended ones too) the formula reading them.
  const grown = lagging ? null : await file.table(LEDGER_TABLE);
  if (grown) await addRuleCellsToFile(file, grown, index);
  for (const c of plan.added) plan.summary.added.push(c.no);
  return plan.summary;
}
