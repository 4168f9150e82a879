/**
 * The ledger's report key (`ReportKey`): created on first use and kept in the workbook's add-in settings
 * (`context.workbook.settings`, "scoped to the file and the add-in", saved with the document and shared with its
 * co-authors), never in a cell, so it stays out of every sheet a user copies and out of every report file.
 * One sync when the key is there; three when it is made (read, write, read back).
 * @requirement ExcelApi 1.4 (`SettingCollection.add`, `getItemOrNullObject`)
 */
import { parseReportKey, type ReportKey } from '../reports/reportKey';
import { settingValue } from '../ledgerLayout/settingValue';
import { REPORT_KEY_SETTING } from '../ledgerLayout/workbookNames';

/**
 * The stored key, or a new one from `newKey` (called only when there is none, or the stored one is not a valid key).
 * A new key is written, then read back in the next sync and whichever key is there is returned: two coordinators
 * making the first key at once each get the one the workbook kept (the first writer wins; the other's key is never
 * used to sign a file).
 * @example
 * await getReportKey(context, () => createReportKey(new Date())) // { id: '3f1c0a9d5b2e7c41', secret: '…', createdAt: '2026-12-01T08:00:00.000Z' }
 */
export async function getReportKey(
  context: Excel.RequestContext,
  newKey: () => Promise<ReportKey>,
): Promise<ReportKey> {
  const setting = context.workbook.settings.getItemOrNullObject(REPORT_KEY_SETTING);
  setting.load('value');
  await context.sync();
  const existing = setting.isNullObject ? null : await parseReportKey(settingValue(setting.value));
  if (existing !== null) return existing;
  // None, or a damaged one (files signed with it cannot be checked either way): a new key, from now on.
  const key = await newKey();
  context.workbook.settings.add(REPORT_KEY_SETTING, JSON.stringify(key));
  await context.sync();
  // Read back: a co-author's key that landed first (or after ours) is the one the workbook keeps.
  const kept = context.workbook.settings.getItemOrNullObject(REPORT_KEY_SETTING);
  kept.load('value');
  await context.sync();
  return (kept.isNullObject ? null : await parseReportKey(settingValue(kept.value))) ?? key;
}
