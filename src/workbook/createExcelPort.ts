/**
 * The `WorkbookPort` over Office.js: each operation runs in its own `Excel.run` batch. This file and
 * the operations it wraps are the only code that touches `Excel.*`; the clock and the host's requirement sets
 * (`Office.context.requirements.isSetSupported`) are read here, at the edge.
 * Every batch that writes runs with `delayForCellEdit: true` (learn.microsoft.com/office/dev/add-ins/excel/
 * excel-add-ins-delay-in-cell-edit: without it "the batch fails immediately if the user is editing"); `RunOptions`
 * carries no requirement-set tag in @types/office-js, and office.js applies the option only where the host reports
 * the capability, so it is passed everywhere.
 * @requirement ExcelApi 1.9 (see `EXCEL_API_REQUIREMENT`)
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
import { openWorkbook } from './openWorkbook';
import { writeWarningRule } from './writeWarningRule';
import type { WorkbookPort } from './port';
import type { ReportKey } from '../reports';
import { readAppliedAnswerIds } from './readAppliedAnswerIds';
import { readHistory } from './readHistory';
import { readAllHistory } from './readAllHistory';
import { readLedger } from './readLedger';
import { readRounds } from './readRounds';
import { randomWorkbookId } from '../ledgerLayout/randomWorkbookId';
import { readSelectionGrid } from './readSelectionGrid';
import { readColumnRoles, rememberColumnRoles } from './columnRolesSetting';
import { readSheetTables } from './readSheetTables';
import { supportsFeature, type SupportsSet } from './requirements';
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
  /** Which requirement sets the host has (tests pass their own); default `Office.context.requirements.isSetSupported`. */
  supports?: SupportsSet;
}

/** The host's answer, read at the edge; outside Office (no `Office.context.requirements`) nothing optional is assumed. */
const officeSupports: SupportsSet = (set, version) =>
  typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;

/** Batches that write: delayed while the user is editing a cell, instead of failing. */
function writing<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
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
  const newId = options.newWorkbookId ?? randomWorkbookId;
  const newKey = options.newReportKey ?? createReportKey;
  const clock = (): Date => (options.now ? options.now() : new Date());
  const supports = options.supports ?? officeSupports;
  const aliasOptions = (): { aliases?: AgencyAliases } => (options.aliases ? { aliases: options.aliases() } : {});
  return {
    loadLedger: (table, source) =>
      writing((context) => loadLedger(context, table, source, { importedAt: now(), supports })),
    readLedger: () => Excel.run((context) => readLedger(context, aliasOptions())),
    writeStatus: (no, update, expectedVersion) =>
      writing((context) => writeStatus(context, no, update, expectedVersion, { now: now(), supports })),
    readHistory: (no) => Excel.run((context) => readHistory(context, no)),
    readAllHistory: () => Excel.run((context) => readAllHistory(context)),
    applyFilter: async (filter, asOf, warnDays, rule) => {
      await writing((context) =>
        applyFilter(context, filter, asOf, warnDays, { ...aliasOptions(), ...(rule ? { rule } : {}) }),
      );
    },
    clearFilter: () => writing((context) => clearFilter(context)),
    buildSummary: async (asOf) => {
      const { notice } = await writing((context) =>
        buildSummary(context, asOf, { customFunctions: supportsFeature(supports, 'custom-functions') }),
      );
      return { notice };
    },
    onLedgerChanged: (handler) => onLedgerChanged(excelRunner, handler),
    getWorkbookId: () => writing((context) => getWorkbookId(context, newId)),
    readRounds: () => Excel.run((context) => readRounds(context)),
    getReportKey: () => writing((context) => getReportKey(context, () => newKey(clock()))),
    // The key exists before a round is saved, and counts from that round at the latest: every file of a round started
    // after it is signed, so an unsigned file for it is a downgrade (refused by readReportWorkbook).
    saveRound: (round) =>
      writing(async (context) => {
        const started = Date.parse(round.createdAt);
        const time = clock();
        await getReportKey(context, () =>
          newKey(Number.isNaN(started) || started > time.getTime() ? time : new Date(started)),
        );
        return saveRound(context, round, { supports });
      }),
    readAppliedAnswerIds: () => Excel.run((context) => readAppliedAnswerIds(context)),
    applyReportPlan: (plan) => writing((context) => applyReportPlan(context, plan, { now: now(), supports })),
    readSelectionGrid: () => Excel.run((context) => readSelectionGrid(context, supports)),
    readSheetTables: () => Excel.run((context) => readSheetTables(context, supports)),
    carryOverColumns: (columns, addedNos) => writing((context) => writeCarriedColumns(context, columns, addedNos)),
    readColumnRoles: () => Excel.run((context) => readColumnRoles(context)),
    rememberColumnRoles: (key, roles) => writing((context) => rememberColumnRoles(context, key, roles)),
    writeWarningRule: (rule) => writing((context) => writeWarningRule(context, rule)),
    openWorkbook,
  };
}
