/**
 * The ledger's identity, written into every report workbook so a returned file is matched to the
 * ledger it came from: a random id created on first use and kept in the workbook's add-in settings
 * (`context.workbook.settings`, beside the import metadata). One sync when it exists, two when it is created.
 * @requirement ExcelApi 1.4 (`SettingCollection.add`, `getItemOrNullObject`)
 */
import { WORKBOOK_ID_SETTING } from './workbookNames';

const VALID_ID = /^wb-[0-9A-Za-z-]{8,64}$/;

/**
 * The stored id, or a new one from `newId` (called only when there is none) stored and returned.
 * @example
 * await getWorkbookId(context, () => `wb-${crypto.randomUUID()}`) // 'wb-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed'
 */
export async function getWorkbookId(context: Excel.RequestContext, newId: () => string): Promise<string> {
  const setting = context.workbook.settings.getItemOrNullObject(WORKBOOK_ID_SETTING);
  setting.load('value');
  await context.sync();
  const stored: unknown = setting.isNullObject ? null : setting.value;
  if (typeof stored === 'string' && VALID_ID.test(stored)) return stored;
  const id = newId();
  context.workbook.settings.add(WORKBOOK_ID_SETTING, id);
  await context.sync();
  return id;
}
