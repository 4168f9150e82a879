/**
 * The workbook port over an .xlsx file held in memory: the third implementation beside Excel (`createExcelPort`)
 * and the tests' doubles. Reads the ledger's tables from the package; writes by patching (see `LedgerFile`): imports
 * merge by the Excel port's rule, 汇总 in native formulas, rounds and the report key where the add-in keeps them.
 * What a patch cannot do safely is refused with `FileUnsupported` rather than pretended. Nothing is on disk until the
 * page saves (`saveToHandle`, or a download of `file.save()`).
 */
import {
  HISTORY_TABLE,
  LEDGER_TABLE,
  ALIAS_TABLE,
  ROUND_TABLE,
  SETTINGS_SHEET,
  WORKBOOK_ID_LABEL,
  WORKBOOK_ID_SETTING,
} from '../ledgerLayout/workbookNames';
import { fromCellText } from '../ledgerLayout/cellText';
import { historyFromValues } from '../ledgerLayout/historyFromValues';
import { ledgerRowsFromValues } from '../ledgerLayout/ledgerRowsFromValues';
import { roundsFromValues } from '../ledgerLayout/roundsFromValues';
import { agencyAliasesFromValues, NO_AGENCY_ALIASES } from '../ledgerLayout/agencyAliasesFromValues';
import { NO_WORKBOOK_RULE, warningRuleFromCells } from '../ledgerLayout/warningRuleFromCells';
import type { LedgerSnapshot, WorkbookPort } from '../workbook/port';
import { randomWorkbookId } from '../ledgerLayout/randomWorkbookId';
import type { LedgerFile } from './ledgerFile';
import { writeStatusToFile } from './writeStatusToFile';
import { webExtensionSetting } from './webExtensionSettings';
import { loadLedgerIntoFile } from './loadLedgerIntoFile';
import { buildSummaryInFile } from './buildSummaryInFile';
import { reportKeyInFile, saveRoundToFile } from './roundsInFile';
import { applyReportPlanToFile } from './applyReportPlanToFile';
import { writeWarningRuleToFile } from './writeWarningRuleToFile';
import { createReportKey, type ReportKey } from '../reports/reportKey';

export interface FilePortOptions {
  /** The clock, for history entries' 记录时间. */
  now?: () => Date;
  /** A new workbook id (`wb-<uuid>`), when the file has none. */
  newWorkbookId?: () => string;
  /** A new report key, when the file has none (default: `createReportKey`, WebCrypto). */
  newReportKey?: () => Promise<ReportKey>;
}

const VALID_ID = /^wb-[0-9A-Za-z-]{8,64}$/;

async function readLedger(file: LedgerFile): Promise<LedgerSnapshot> {
  const aliasValues = await file.tableValues(ALIAS_TABLE);
  const aliases = aliasValues
    ? agencyAliasesFromValues(aliasValues.body, { row: aliasValues.block.row + 1, col: aliasValues.block.col })
    : NO_AGENCY_ALIASES;
  const ledger = await file.tableValues(LEDGER_TABLE);
  const settings = await file.sheet(SETTINGS_SHEET);
  // 台账设置!A1:B8 as the Excel port reads it: 预警天数, 预警配色 and 滞后计入预警, each only where its label is.
  const rule = settings
    ? warningRuleFromCells(settings.values(0, 0, 8, 2, await file.sharedStrings()))
    : NO_WORKBOOK_RULE;
  const base = {
    meta: null,
    aliases: aliases.aliases,
    ...(rule.warnDays === null ? {} : { warnDays: rule.warnDays }),
    ...(rule.preset === null ? {} : { warningPreset: rule.preset }),
    ...(rule.laggingCounts === null ? {} : { laggingCounts: rule.laggingCounts }),
  };
  if (!ledger) return { rows: [], issues: aliases.issues, ...base };
  const read = ledgerRowsFromValues(
    ledger.header,
    ledger.body,
    { row: ledger.block.row + 1, col: ledger.block.col },
    { aliases: aliases.aliases },
  );
  return { rows: read.rows, issues: [...read.issues, ...aliases.issues], ...base };
}

async function readAllHistory(file: LedgerFile): ReturnType<WorkbookPort['readAllHistory']> {
  const log = await file.tableValues(HISTORY_TABLE);
  return log ? historyFromValues(log.header, log.body) : [];
}

/** The id from the add-in's settings (when Excel saved them), else the 台账设置!A4:C4 mirror; a new one is written to the mirror. */
async function workbookId(file: LedgerFile, newId: () => string): Promise<string> {
  const stored = await webExtensionSetting(file.pkg, WORKBOOK_ID_SETTING);
  if (typeof stored === 'string' && VALID_ID.test(stored.trim())) return stored.trim();
  const settings = await file.sheet(SETTINGS_SHEET);
  const strings = await file.sharedStrings();
  const [label, id] = settings ? (settings.values(3, 0, 1, 2, strings)[0] ?? []) : [];
  const mirrored = fromCellText(id).trim();
  if (fromCellText(label).trim() === WORKBOOK_ID_LABEL && VALID_ID.test(mirrored)) return mirrored;
  const fresh = newId();
  if (settings && (fromCellText(label).trim() === '' || fromCellText(label).trim() === WORKBOOK_ID_LABEL)) {
    settings.set(3, 0, WORKBOOK_ID_LABEL);
    settings.set(3, 1, fresh);
    settings.set(3, 2, '各单位报送表据此识别本台账，请勿修改');
    const part = file.pkg.sheets.get(SETTINGS_SHEET);
    if (part !== undefined) file.markWritten({ sheetPart: part });
  }
  return fresh;
}

/**
 * The port over an opened ledger file.
 * @example const port = createFilePort(file); await port.readLedger()
 */
export function createFilePort(file: LedgerFile, options: FilePortOptions = {}): WorkbookPort {
  const now = options.now ?? ((): Date => new Date());
  const newId = options.newWorkbookId ?? randomWorkbookId;
  const newKey = options.newReportKey ?? ((): Promise<ReportKey> => createReportKey(now()));
  return {
    loadLedger: (table) => loadLedgerIntoFile(file, table),
    readLedger: () => readLedger(file),
    writeStatus: (no, update, expectedVersion) =>
      writeStatusToFile(file, no, update, expectedVersion, now().toISOString()),
    readHistory: async (no) => (await readAllHistory(file)).filter((e) => e.no === no),
    readAllHistory: () => readAllHistory(file),
    // The page filters its own list; the file has no live sheet to filter.
    applyFilter: () => Promise.resolve(),
    clearFilter: () => Promise.resolve(),
    buildSummary: async (asOf) => ({ notice: (await buildSummaryInFile(file, await readLedger(file), asOf)).notice }),
    // Nobody else writes this copy of the file while the page holds it; a change on disk is found when saving.
    onLedgerChanged: () => Promise.resolve(() => Promise.resolve()),
    getWorkbookId: () => workbookId(file, newId),
    getReportKey: () => reportKeyInFile(file, newKey),
    readRounds: async () => {
      const rounds = await file.tableValues(ROUND_TABLE);
      return rounds ? roundsFromValues(rounds.header, rounds.body) : { rounds: [], issues: [] };
    },
    saveRound: async (round) => {
      // As the Excel port: the key exists before the first round's files are signed.
      await reportKeyInFile(file, newKey);
      return saveRoundToFile(file, round);
    },
    readAppliedAnswerIds: async () =>
      new Set((await readAllHistory(file)).map((e) => e.answerId).filter((id) => id !== '')),
    applyReportPlan: (plan) => applyReportPlanToFile(file, plan, now().toISOString()),
    writeWarningRule: (rule) => writeWarningRuleToFile(file, rule),
  };
}
