/**
 * The column-role corrections kept in the workbook's add-in settings (`context.workbook.settings`, saved with the file
 * and shared with its co-authors), so the next import of the same form, by anyone, reads its columns as corrected.
 * @requirement ExcelApi 1.4 (`SettingCollection.add`, `getItemOrNullObject`)
 */
import type { ColumnRole } from '../model';
import { parseColumnRolesRecord, withColumnRoles, type ColumnRolesRecord } from './columnRolesRecord';
import { COLUMN_ROLES_SETTING } from '../ledgerLayout/workbookNames';

/**
 * Every remembered correction; none when the setting is absent or unreadable. One sync.
 * @example await readColumnRoles(context) // { '序号|工作任务|责任单位|完成时限': ['no', 'task', 'lead', 'schedule'] }
 */
export async function readColumnRoles(context: Excel.RequestContext): Promise<ColumnRolesRecord> {
  const setting = context.workbook.settings.getItemOrNullObject(COLUMN_ROLES_SETTING);
  setting.load('value');
  await context.sync();
  return setting.isNullObject ? {} : parseColumnRolesRecord(setting.value);
}

/**
 * Remembers `roles` for the header `key` (null forgets it), keeping the other forms. Two syncs (read, write).
 * @example await rememberColumnRoles(context, '序号|工作任务|责任单位|完成时限', ['no', 'task', 'lead', 'schedule'])
 */
export async function rememberColumnRoles(
  context: Excel.RequestContext,
  key: string,
  roles: readonly ColumnRole[] | null,
): Promise<void> {
  const next = withColumnRoles(await readColumnRoles(context), key, roles);
  context.workbook.settings.add(COLUMN_ROLES_SETTING, JSON.stringify(next));
  await context.sync();
}
