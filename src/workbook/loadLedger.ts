/**
 * Writes a parsed task table into the workbook as the Excel table `TaskLedger` on sheet 任务台账, or
 * merges it into the existing one: source columns are refreshed, new tasks appended, vanished tasks
 * marked 已移除 (never deleted), and nothing users entered is touched. Rows are matched by 序号.
 *
 * Round trips: a merge takes 1 read sync + the write syncs (new tasks: one more to read the column ids, one per
 * appended piece); a first load takes 1 failed read (`ItemNotFound`) + 1 probe + the write syncs (the 预警 formula sent
 * once and filled down, not once per row). The `AgencyAliases`
 * table is read with the ledger (its aliases go into the 牵头 / 配合 / 共同负责 columns) and created when missing (see
 * `readLedgerAndAliases`). Writes sync once per `SYNC_BUDGET_BYTES` (4 MB) of payload.
 * Co-authoring: columns found by id in the batch that writes, rows guarded by the 序号 column read back with every
 * write (a merge whose rows moved starts again and repairs), new tasks appended below the table (`appendRows`); the
 * table's AutoFilter is never touched here (only 同步筛选到表格 touches it).
 * @requirement ExcelApi 1.9 (`Range.autoFill`, the 预警 formula down a new ledger's column); ExcelApi 1.8 (through `formatNewLedger`); ExcelApi 1.4 (`getItemOrNullObject`, settings) and 1.1–1.2 (tables, ranges)
 */
import type { TaskTable } from '../model';
import { appendRows } from './appendRows';
import { boxAddress, columnLetter } from '../ledgerLayout/cellAddress';
import { queueWriteColumnIds, resolveHeader } from './columnIdentity';
import { duplicateList, duplicateNumbers } from '../ledgerLayout/duplicateNumbers';
import { LedgerRefusal } from './LedgerRefusal';
import { ensureAgencyAliases } from './ensureAgencyAliases';
import { isItemNotFound } from './excelErrors';
import { ensureWarnDays, probeWarnDays, type WarnProbe, type WarnSettings } from './ensureWarnDays';
import { formatNewLedger, queueRowColours, queueStatusValidation } from './formatNewLedger';
import { upgradeColourRules } from '../ledgerLayout/rowColours';
import { makeImportMeta, queueWriteImportMeta } from './importMeta';
import { ledgerColumnIndex, type LedgerColumnIndex } from '../ledgerLayout/ledgerColumnIndex';
import { LEDGER_COLUMNS, NUMBER_FORMATS } from '../ledgerLayout/ledgerColumns';
import { planMerge, sourceInput, wantedCells, type MergePlan, type SourceKey } from '../ledgerLayout/planMerge';
import { taskNumber } from '../ledgerLayout/ledgerRowsFromValues';
import { payloadBytes, SYNC_BUDGET_BYTES, unmeasuredAllowance } from './payloadBytes';
import type { MergeSummary } from './port';
import type { LedgerTableRead } from './readLedgerTable';
import type { SupportsSet } from './requirements';
import type { SourceCells } from '../ledgerLayout/sourceCells';
import { warningFormulaR1C1 } from '../ledgerLayout/warningFormula';
import { readLedgerAndAliases } from './readLedgerAndAliases';
import { LEDGER_SHEET, LEDGER_TABLE } from '../ledgerLayout/workbookNames';
import {
  CELL_WRITE_OVERHEAD_BYTES,
  queueRowWrites,
  ROW_WRITE_OVERHEAD_BYTES,
  type CellWrite,
  type RowWrite,
} from './rowWrites';
import { writeRanges, type CellInput, type PendingRequest, type RangeWrite } from './writeRanges';

export interface LoadLedgerOptions {
  /** When the import happens (ISO 8601); the caller reads the clock. */
  importedAt: string;
  /** Bytes per request before syncing (tests lower it); default 4 MB. */
  budget?: number;
  supports?: SupportsSet;
}

/** The full row (every ledger column in `index`, `width` cells) of a new task, with user columns at their defaults. */
function newRow(
  cells: SourceCells,
  index: LedgerColumnIndex,
  width: number,
): { values: CellInput[]; formats: (string | null)[] } {
  const values: CellInput[] = new Array<CellInput>(width).fill(null);
  const formats: (string | null)[] = new Array<string | null>(width).fill(null);
  for (const column of LEDGER_COLUMNS) {
    const at = index[column.key];
    if (at < 0) continue;
    formats[at] = column.format === 'general' ? null : NUMBER_FORMATS[column.format];
    if (column.owner === 'source') values[at] = sourceInput(cells, column.key as SourceKey);
    else if (column.key === 'status') values[at] = '未启动';
    else if (column.owner === 'user') values[at] = '';
  }
  return { values, formats };
}

/** The 预警 formula for the table's current column positions; `rule`: the workbook has 滞后计入预警, which it then reads. */
function warningFormula(index: LedgerColumnIndex, rule: boolean): string {
  return warningFormulaR1C1(
    { warning: index.warning, status: index.status, deadline: index.deadline, extensionDate: index.extensionDate },
    { lagging: rule },
  );
}

/** A task gone (or rows grown) when a write ran, so the merge's picture of the table is stale: it starts again. */
class RowsMoved extends Error {
  override readonly name = 'RowsMoved';
}

/** The first load lost a race to a co-author's (its sheet or table name was taken meanwhile): the merge starts again. */
class CreateRace extends Error {
  override readonly name = 'CreateRace';
}

/** How many times a merge starts again when co-authors move rows under it (each time it repairs what landed wrong). */
const ATTEMPTS = 3;

/**
 * Loads or merges `table` into the workbook and records the import; returns what changed, by 序号.
 * A merge whose rows a co-author moved between its read and its write starts again (it rewrites what differs, so the
 * cells that landed on the wrong row are repaired), at most `ATTEMPTS` times; then it is refused (`rows-moving`).
 * @example
 * await loadLedger(context, parseTaskTable(text), { name: '粘贴的表格', text }, { importedAt: new Date().toISOString() })
 */
export async function loadLedger(
  context: Excel.RequestContext,
  table: TaskTable,
  source: { name: string; text: string },
  options: LoadLedgerOptions,
): Promise<MergeSummary> {
  // Set once this load has created the rule's names: a retry still upgrades the 预警 column that the first try may not have.
  const upgrade = { pending: false };
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await loadOnce(context, table, source, options, upgrade);
    } catch (error) {
      if (!(error instanceof RowsMoved) && !(error instanceof CreateRace)) throw error;
      if (attempt >= ATTEMPTS)
        throw LedgerRefusal.of({ code: 'rows-moving', params: { table: LEDGER_TABLE, attempts: attempt } });
    }
  }
}

async function loadOnce(
  context: Excel.RequestContext,
  table: TaskTable,
  source: { name: string; text: string },
  options: LoadLedgerOptions,
  upgrade: { pending: boolean },
): Promise<MergeSummary> {
  const budget = options.budget ?? SYNC_BUDGET_BYTES;
  const meta = makeImportMeta(source, new Set(table.tasks.map((t) => t.no)).size, options.importedAt);

  // The sheet names are needed only for a first load, which is known after the first (failed) sync.
  let attempts = 0;
  const { read, aliases, aliasTable, rule, queued } = await readLedgerAndAliases(
    context,
    () => ({
      warn: probeWarnDays(context),
      sheets: attempts++ > 0 ? context.workbook.worksheets.load('items/name') : null,
    }),
    budget,
  );
  const wanted = wantedCells(table, aliases.aliases);
  if (!read) {
    try {
      return await createLedger(context, wanted, meta, budget, { ...queued, aliasTable });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'ItemAlreadyExists' || code === 'InvalidArgument') throw new CreateRace(String(code));
      throw error;
    }
  }
  const warn = ensureWarnDays(context, queued.warn, rule.ruleCellsFree ?? undefined);
  ensureAgencyAliases(context, { exists: aliasTable, sheet: queued.warn.sheet }, warn.added);
  if (warn.ruleAdded) upgrade.pending = true;
  return mergeLedger(context, read, wanted, meta, { ...options, budget, warn, upgrade });
}

/**
 * Merges into the existing ledger. The source cells that differ are written row by row, each row found by 序号 and each
 * column by id in the batch that writes (`rowWrites`): a co-author's sort, inserted rows or columns cannot misplace them;
 * a task deleted meanwhile fails its batch before it writes, and the merge starts again (`RowsMoved`). New tasks are
 * appended below the table (`appendRows`). User columns, user-added columns and rows without a 序号 are never written;
 * the table's filter is left alone.
 */
async function mergeLedger(
  context: Excel.RequestContext,
  read: LedgerTableRead,
  wanted: readonly SourceCells[],
  meta: ReturnType<typeof makeImportMeta>,
  options: LoadLedgerOptions & { budget: number; warn: WarnSettings; upgrade: { pending: boolean } },
): Promise<MergeSummary> {
  const { budget, warn, upgrade } = options;
  const ledger = read.table;
  const headerValues: unknown[] = read.header;
  let index = ledgerColumnIndex(headerValues);
  // Without 序号 every task would be appended again, and a user column re-created blank would hide the user's data: refuse.
  const lost = LEDGER_COLUMNS.filter((c) => index[c.key] < 0 && (c.key === 'no' || c.owner === 'user'));
  if (lost.length > 0) {
    throw LedgerRefusal.of({
      code: 'columns-missing',
      params: { table: LEDGER_TABLE, columns: lost.map((c) => c.header), action: 'merge' },
    });
  }
  const duplicates = duplicateNumbers(read.values, index.no, read.origin);
  if (duplicates.size > 0)
    throw LedgerRefusal.of({ code: 'duplicate-numbers', params: { duplicates: duplicateList(duplicates) } });
  // Source columns a user deleted (or an older ledger lacks) come back at the end, refilled from the source.
  const absent = LEDGER_COLUMNS.filter((c) => index[c.key] < 0);
  absent.forEach((column) => ledger.columns.add(undefined, undefined, column.header));
  index = ledgerColumnIndex([...headerValues, ...absent.map((c) => c.header)]);
  const ids = read.identity.resolved.ids;
  const rows = read.values;
  const plan = planMerge(rows, index, wanted, new Set(absent.map((c) => c.key)));

  // Re-added columns get their ids (one sync) before anything is written into them.
  const idOf = { ...ids };
  if (absent.length > 0) {
    const now = ledger.columns.load('items/id, items/name');
    const body = ledger.getDataBodyRange().load('rowCount');
    await context.sync();
    for (const c of absent) idOf[c.key] = now.items.find((item) => item.name === c.header)?.id as number;
    // The same R1C1 formula on every row: nothing in it can land on another task's row.
    if (absent.some((c) => c.key === 'warning') && body.rowCount > 0) {
      ledger.columns.getItem(idOf.warning as number).getDataBodyRange().formulasR1C1 = Array.from(
        { length: body.rowCount },
        () => [warningFormula(index, warn.rule)],
      );
    }
  }
  // A ledger made before the warning rule's cells gets them now (`ensureWarnDays`): its 预警 column takes the formula that
  // reads 滞后计入预警, and its row colours the rules for 滞后 and 蓝黄红, in their own sync (the column may be large).
  if (upgrade.pending && warn.rule) {
    if (!absent.some((c) => c.key === 'warning'))
      await upgradeWarningColumn(context, ledger, idOf.warning as number, warningFormula(index, true), read);
    upgrade.pending = false;
  }
  if (read.identity.resolved.changed) queueWriteColumnIds(context, read.identity.stored, LEDGER_TABLE, ids);
  const finish = (): void => {
    queueWriteImportMeta(context, meta);
    if (plan.added.length > 0) queueStatusValidation(ledger, ids.status);
  };
  await writeChangedRows(
    context,
    ledger,
    idOf,
    changedRows(plan, rows, index, idOf),
    budget,
    plan.added.length === 0 ? finish : null,
  );
  if (plan.added.length > 0)
    await appendTasks(context, ledger, absent.length > 0 ? null : read.columnIds, plan.added, index, finish, {
      ...options,
      rule: warn.rule,
    });
  for (const c of plan.added) plan.summary.added.push(c.no); // never push(...many): 125,000 new tasks overflow the stack
  return plan.summary;
}

/**
 * Queues the 预警 column's new formula on every row (the same R1C1 text on each: nothing in it can land on another task's
 * row) and the row colours it needs, with the names `ensureWarnDays` queued; a table that grew or shrank meanwhile fails
 * the write (the array no longer fits), and the merge starts again.
 */
async function upgradeWarningColumn(
  context: Excel.RequestContext,
  ledger: Excel.Table,
  warningId: number,
  formula: string,
  read: LedgerTableRead,
): Promise<void> {
  const rows = read.values.length;
  if (rows > 0)
    ledger.columns.getItem(warningId).getDataBodyRange().formulasR1C1 = Array.from({ length: rows }, () => [formula]);
  const at = ledgerColumnIndex(read.header).warning;
  if (rows > 0 && at >= 0)
    queueRowColours(
      ledger.getDataBodyRange(),
      upgradeColourRules(`$${columnLetter(read.origin.col + at)}${read.origin.row + 1}`),
    );
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'InvalidArgument') throw new RowsMoved();
    throw error;
  }
}

/** The source cells that differ, per task: each task's row and each column found when the write runs. */
function changedRows(
  plan: MergePlan,
  rows: readonly unknown[][],
  index: LedgerColumnIndex,
  idOf: Readonly<Record<string, number>>,
): RowWrite[] {
  const byPosition = new Map<number, CellWrite[]>();
  for (const [key, column] of plan.columnUpdates) {
    const format = LEDGER_COLUMNS.find((c) => c.key === key)?.format ?? 'text';
    column.forEach((value, position) => {
      if (value === null) return;
      const cells = byPosition.get(position) ?? [];
      cells.push({ id: idOf[key] as number, format: NUMBER_FORMATS[format], value });
      byPosition.set(position, cells);
    });
  }
  return [...byPosition].map(([position, cells]) => ({ key: String(taskNumber(rows[position]?.[index.no])), cells }));
}

/**
 * Writes the changed rows (each found by 序号 in its batch), in batches under the budget; `last` queues more with the
 * last batch. A task deleted meanwhile fails its batch before anything in it is written: the merge starts again.
 */
async function writeChangedRows(
  context: Excel.RequestContext,
  ledger: Excel.Table,
  idOf: Readonly<Record<string, number>>,
  rows: readonly RowWrite[],
  budget: number,
  last: (() => void) | null,
): Promise<void> {
  const batches: RowWrite[][] = [[]];
  let bytes = unmeasuredAllowance(budget);
  for (const row of rows) {
    // The cells, and the find, the intersections and the reads each row adds.
    const size =
      payloadBytes(row.cells.map((c) => [c.format, c.value])) +
      ROW_WRITE_OVERHEAD_BYTES +
      CELL_WRITE_OVERHEAD_BYTES * row.cells.length;
    if (bytes + size > budget && (batches[batches.length - 1]?.length ?? 0) > 0) {
      batches.push([]);
      bytes = unmeasuredAllowance(budget);
    }
    batches[batches.length - 1]?.push(row);
    bytes += size;
  }
  for (const [i, batch] of batches.entries()) {
    if (batch.length === 0 && !last) continue;
    queueRowWrites(ledger, idOf.no as number, batch);
    if (i === batches.length - 1) last?.();
    try {
      await context.sync();
    } catch (error) {
      if (isItemNotFound(error) || (error as { code?: unknown }).code === 'InvalidArgument') throw new RowsMoved();
      throw error;
    }
  }
}

/** New tasks below the table (cells inserted, Excel expands it), laid out by the table's column ids. */
async function appendTasks(
  context: Excel.RequestContext,
  ledger: Excel.Table,
  known: readonly number[] | null,
  added: readonly SourceCells[],
  index: LedgerColumnIndex,
  finish: () => void,
  options: LoadLedgerOptions & { budget: number; rule: boolean },
): Promise<void> {
  // The ids as read, unless columns were re-added (then read again); `appendRows` repairs a layout that moved meanwhile.
  let ids = known;
  if (!ids) {
    const columns = ledger.columns.load('items/id');
    await context.sync();
    ids = columns.items.map((c) => c.id);
  }
  const width = ids.length;
  const block = added.map((cells) => newRow(cells, index, width));
  const formula = warningFormula(index, options.rule);
  const appended = await appendRows(
    context,
    ledger,
    ids,
    added.length,
    ids.map((id, at) => ({
      id,
      format: block[0]?.formats[at] ?? null,
      ...(at === index.warning
        ? { formulasR1C1: added.map(() => formula) }
        : { values: block.map((r) => r.values[at] ?? null) }),
    })),
    {
      table: LEDGER_TABLE,
      budget: options.budget,
      then: finish,
      ...(options.supports ? { supports: options.supports } : {}),
    },
  );
  if (!appended.ok) throw LedgerRefusal.of(appended.problem);
}

/** First load: a new sheet (任务台账, or 任务台账2… when that name is taken), the table, its formats and the settings (预警天数, the alias table). */
async function createLedger(
  context: Excel.RequestContext,
  wanted: readonly SourceCells[],
  meta: ReturnType<typeof makeImportMeta>,
  budget: number,
  probed: { warn: WarnProbe; sheets: Excel.WorksheetCollection | null; aliasTable: boolean },
): Promise<MergeSummary> {
  // `readLedgerAndAliases` probed after the failed read, so the sheet names are loaded.
  const taken = new Set((probed.sheets?.items ?? []).map((s) => s.name));
  let sheetName = LEDGER_SHEET;
  for (let n = 2; taken.has(sheetName); n += 1) sheetName = `${LEDGER_SHEET}${n}`;
  const warn = ensureWarnDays(context, probed.warn);
  ensureAgencyAliases(context, { exists: probed.aliasTable, sheet: probed.warn.sheet }, warn.added);
  const sheet = context.workbook.worksheets.add(sheetName);

  const headers = LEDGER_COLUMNS.map((c) => c.header);
  const index = ledgerColumnIndex(headers);
  const lastCol = columnLetter(headers.length - 1);
  const bodyRows = Math.max(wanted.length, 1);
  const headerRange = sheet.getRange(`A1:${lastCol}1`);
  headerRange.numberFormat = [headers.map(() => '@')];
  headerRange.values = [headers];
  const ledger = sheet.tables.add(`A1:${lastCol}${bodyRows + 1}`, true);
  ledger.name = LEDGER_TABLE;
  formatNewLedger(sheet, ledger, index, { row: 0, col: 0 }, warn.rule);
  queueWriteImportMeta(context, meta);
  const pending: PendingRequest = { bytes: unmeasuredAllowance(budget) + payloadBytes(headers) * 2 };

  const block = wanted.map((cells) => newRow(cells, index, headers.length));
  const writes: RangeWrite[] =
    block.length === 0
      ? []
      : [
          { row: 1, col: 0, numberFormat: block.map((r) => r.formats), values: block.map((r) => r.values) },
          { row: 1, col: index.warning, formulasR1C1: [[warningFormula(index, warn.rule)]] },
        ];
  await writeRanges(context, sheet, writes, pending, budget);
  // The 预警 formula is sent once and filled down its column (the same R1C1 text on every row): 10,000 copies of it
  // would add 2.3 MB to the request. The new table is this batch's own, so no co-author's row can be in it yet.
  if (block.length > 1)
    sheet
      .getRange(boxAddress(1, index.warning, 1, 1))
      .autoFill(sheet.getRange(boxAddress(1, index.warning, block.length, 1)), 'FillCopy');
  sheet.activate();
  // The new table's column ids, remembered at once so a header renamed from now on is still its column.
  const columns = ledger.columns.load('items/id, items/name');
  await context.sync();
  const resolved = resolveHeader(
    columns.items.map((c) => c.name),
    columns.items.map((c) => c.id),
    undefined,
    LEDGER_COLUMNS,
  );
  queueWriteColumnIds(context, {}, LEDGER_TABLE, resolved.ids);
  await context.sync();
  return { added: wanted.map((c) => c.no), changed: [], unchanged: [], missing: [] };
}
