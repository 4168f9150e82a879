/**
 * The ledger's identity, written into every report workbook so a returned file is matched to the
 * ledger it came from: a random id created on first use and kept in the workbook's add-in settings
 * (`context.workbook.settings`, beside the import metadata), mirrored in 台账设置!A4:C4 so a program that
 * re-saves the file without its add-in settings still keeps it (the id is restored from there).
 * One sync when both are in place; two when one of them is written.
 * @requirement ExcelApi 1.4 (`SettingCollection.add`, `getItemOrNullObject`); ExcelApi 1.1 (`WorksheetCollection.getItem`, ranges)
 */
import { fromCellText } from '../ledgerLayout/cellText';
import { isItemNotFound } from './excelErrors';
import {
  SETTINGS_SHEET,
  WORKBOOK_ID_CELLS,
  WORKBOOK_ID_LABEL,
  WORKBOOK_ID_SETTING,
} from '../ledgerLayout/workbookNames';

const VALID_ID = /^wb-[0-9A-Za-z-]{8,64}$/;

function validId(value: unknown): string | null {
  return typeof value === 'string' && VALID_ID.test(value.trim()) ? value.trim() : null;
}

/**
 * The stored id, or a new one from `newId` (called only when there is none) stored and returned.
 * @example
 * await getWorkbookId(context, () => `wb-${crypto.randomUUID()}`) // 'wb-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed'
 */
export async function getWorkbookId(context: Excel.RequestContext, newId: () => string): Promise<string> {
  let setting = context.workbook.settings.getItemOrNullObject(WORKBOOK_ID_SETTING);
  setting.load('value');
  const cells = context.workbook.worksheets.getItem(SETTINGS_SHEET).getRange(WORKBOOK_ID_CELLS).load('values');
  let mirror: { label: string; id: string | null } | null = null;
  try {
    await context.sync();
    const row = (cells.values[0] ?? []) as unknown[];
    mirror = { label: fromCellText(row[0]).trim(), id: validId(fromCellText(row[1])) };
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
    // No 台账设置 sheet (no ledger loaded yet): the settings alone.
    setting = context.workbook.settings.getItemOrNullObject(WORKBOOK_ID_SETTING);
    setting.load('value');
    await context.sync();
  }
  const stored = setting.isNullObject ? null : validId(setting.value);
  const mirrored = mirror?.label === WORKBOOK_ID_LABEL ? mirror.id : null;
  const id = stored ?? mirrored ?? newId();
  let writes = 0;
  if (stored !== id) {
    context.workbook.settings.add(WORKBOOK_ID_SETTING, id);
    writes += 1;
  }
  // The mirror cell is written only where it is ours (label in A4) or empty, never over a user's cells.
  if (mirror && mirrored !== id && (mirror.label === WORKBOOK_ID_LABEL || mirror.label === '')) {
    const range = context.workbook.worksheets.getItem(SETTINGS_SHEET).getRange(WORKBOOK_ID_CELLS);
    range.numberFormat = [['@', '@', '@']];
    range.values = [[WORKBOOK_ID_LABEL, id, '各单位报送表据此识别本台账，请勿修改']];
    writes += 1;
  }
  if (writes > 0) await context.sync();
  return id;
}
