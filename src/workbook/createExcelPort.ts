/**
 * The `WorkbookPort` over Office.js: each operation runs in its own `Excel.run` batch. This file and
 * the operations it wraps are the only code that touches `Excel.*`; the clock is read here, at the edge.
 * @requirement ExcelApi 1.8 (see `EXCEL_API_REQUIREMENT`)
 */
import type { AgencyAliases } from '../model';
import { applyFilter } from './applyFilter';
import { applyReportPlan } from './applyReportPlan';
import { buildSummary } from './buildSummary';
import { clearFilter } from './clearFilter';
import { createReportKey } from '../reports/reportKey';
import { getReportKey } from './getReportKey';
import { getWorkbookId } from './getWorkbookId';
import { loadLedger } from './loadLedger';
import { onLedgerChanged, type BatchRunner } from './onLedgerChanged';
import type { WorkbookPort } from './port';
import type { ReportKey } from '../reports';
import { readAppliedAnswerIds } from './readAppliedAnswerIds';
import { readHistory } from './readHistory';
import { readAllHistory } from './readAllHistory';
import { readLedger } from './readLedger';
import { readRounds } from './readRounds';
import { readSelectionGrid } from './readSelectionGrid';
import { readSheetTables } from './readSheetTables';
import { writeCarriedColumns } from './writeCarriedColumns';
import { saveRound } from './saveRound';
import { writeStatus } from './writeStatus';

export interface ExcelPortOptions {
  /** Agency aliases users added, used when rows are re-parsed and filtered. */
  aliases?: () => AgencyAliases;
  /** The clock, for import and history times (tests pass a fixed one). */
  now?: () => Date;
  /** A new workbook id, used once per workbook (tests pass a fixed one). */
  newWorkbookId?: () => string;
  /** A new report key, used once per workbook (tests pass a fixed one); it gets the time it should count from. */
  newReportKey?: (createdAt: Date) => Promise<ReportKey>;
}

const excelRunner: BatchRunner = {
  run: (batch) => Excel.run(batch),
  runIn: (context, batch) => Excel.run(context, batch),
};

/**
 * The port the task pane uses inside Excel.
 * @example
 * const port = createExcelPort(); const snapshot = await port.readLedger()
 */
export function createExcelPort(options: ExcelPortOptions = {}): WorkbookPort {
  const now = (): string => (options.now ? options.now() : new Date()).toISOString();
  const newId = options.newWorkbookId ?? ((): string => `wb-${crypto.randomUUID()}`);
  const newKey = options.newReportKey ?? createReportKey;
  const clock = (): Date => (options.now ? options.now() : new Date());
  const aliasOptions = (): { aliases?: AgencyAliases } => (options.aliases ? { aliases: options.aliases() } : {});
  return {
    loadLedger: (table, source) => Excel.run((context) => loadLedger(context, table, source, { importedAt: now() })),
    readLedger: () => Excel.run((context) => readLedger(context, aliasOptions())),
    writeStatus: (no, update, expectedVersion) =>
      Excel.run((context) => writeStatus(context, no, update, expectedVersion, { now: now() })),
    readHistory: (no) => Excel.run((context) => readHistory(context, no)),
    readAllHistory: () => Excel.run((context) => readAllHistory(context)),
    applyFilter: async (filter, asOf, warnDays) => {
      await Excel.run((context) => applyFilter(context, filter, asOf, warnDays, aliasOptions()));
    },
    clearFilter: () => Excel.run((context) => clearFilter(context)),
    buildSummary: async (asOf) => {
      const { notice } = await Excel.run((context) => buildSummary(context, asOf));
      return { notice };
    },
    onLedgerChanged: (handler) => onLedgerChanged(excelRunner, handler),
    getWorkbookId: () => Excel.run((context) => getWorkbookId(context, newId)),
    readRounds: () => Excel.run((context) => readRounds(context)),
    getReportKey: () => Excel.run((context) => getReportKey(context, () => newKey(clock()))),
    // The key exists before a round is saved, and counts from that round at the latest: every file of a round started
    // after it is signed, so an unsigned file for it is a downgrade (refused by readReportWorkbook).
    saveRound: (round) =>
      Excel.run(async (context) => {
        const started = Date.parse(round.createdAt);
        const now = clock();
        await getReportKey(context, () => newKey(Number.isNaN(started) || started > now.getTime() ? now : new Date(started)));
        return saveRound(context, round);
      }),
    readAppliedAnswerIds: () => Excel.run((context) => readAppliedAnswerIds(context)),
    applyReportPlan: (plan) => Excel.run((context) => applyReportPlan(context, plan, { now: now() })),
    readSelectionGrid: () => Excel.run((context) => readSelectionGrid(context)),
    readSheetTables: () => Excel.run((context) => readSheetTables(context)),
    carryOverColumns: (columns, addedNos) => Excel.run((context) => writeCarriedColumns(context, columns, addedNos)),
  };
}
