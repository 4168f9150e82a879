/**
 * The ledger's report key (`ReportKey`): created on first use and kept in the workbook's add-in settings
 * (`context.workbook.settings`, "scoped to the file and the add-in", saved with the document and shared with its
 * co-authors), never in a cell, so it stays out of every sheet a user copies and out of every report file.
 * One sync when the key is there; two when it is made.
 * @requirement ExcelApi 1.4 (`SettingCollection.add`, `getItemOrNullObject`)
 */
import { parseReportKey, type ReportKey } from '../reports/reportKey';
import { REPORT_KEY_SETTING } from './workbookNames';

function stored(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

/**
 * The stored key, or a new one from `newKey` (called only when there is none, or the stored one is not a valid key) stored and returned.
 * @example
 * await getReportKey(context, () => createReportKey(new Date())) // { id: '3f1c0a9d5b2e7c41', secret: '…', createdAt: '2026-12-01T08:00:00.000Z' }
 */
export async function getReportKey(context: Excel.RequestContext, newKey: () => Promise<ReportKey>): Promise<ReportKey> {
  const setting = context.workbook.settings.getItemOrNullObject(REPORT_KEY_SETTING);
  setting.load('value');
  await context.sync();
  const existing = setting.isNullObject ? null : await parseReportKey(stored(setting.value));
  if (existing !== null) return existing;
  // None, or a damaged one (files signed with it cannot be checked either way): a new key, from now on.
  const key = await newKey();
  context.workbook.settings.add(REPORT_KEY_SETTING, JSON.stringify(key));
  await context.sync();
  return key;
}
