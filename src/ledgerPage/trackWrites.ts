/**
 * The page's unsaved-changes mark follows every write the pane makes through the file port: a status entry, an
 * import merged into the ledger, 汇总, a round saved, reports applied, remembered column roles, the warning rule, and
 * the workbook id or report key created on first use.
 */
import type { LedgerFile } from '../fileWorkbook';
import type { WorkbookPort } from '../workbook/port';

/** Port methods that change the file when they succeed. */
const WRITERS: ReadonlySet<string> = new Set([
  'loadLedger',
  'writeStatus',
  'buildSummary',
  'saveRound',
  'applyReportPlan',
  'carryOverColumns',
  'rememberColumnRoles',
  'writeWarningRule',
]);

function wrote(method: string, result: unknown, before: boolean, file: Pick<LedgerFile, 'dirty'>): boolean {
  if (!file.dirty) return false;
  // A status entry or a warning rule refused (a conflict, a missing task, a protected 台账设置) wrote nothing.
  if (method === 'writeStatus' || method === 'writeWarningRule')
    return (result as { ok?: boolean } | undefined)?.ok === true;
  // Any other method that turned a clean file dirty (the workbook id or report key created on first use) wrote too.
  return WRITERS.has(method) || !before;
}

/**
 * The port with `onWrite` called after each call that wrote into the file.
 * @example const port = trackWrites(createFilePort(file), file, () => setDirty(true))
 */
export function trackWrites(port: WorkbookPort, file: Pick<LedgerFile, 'dirty'>, onWrite: () => void): WorkbookPort {
  const tracked: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(port)) {
    if (typeof value !== 'function') {
      tracked[name] = value;
      continue;
    }
    tracked[name] = async (...args: unknown[]): Promise<unknown> => {
      const before = file.dirty;
      const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(port, args);
      if (wrote(name, result, before, file)) onWrite();
      return result;
    };
  }
  return tracked as unknown as WorkbookPort;
}
