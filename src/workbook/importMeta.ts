/**
 * The last import's metadata (source name, content hash, time, task count), stored with the
 * workbook in its add-in settings (`context.workbook.settings`), so the pane knows what is loaded.
 * @requirement ExcelApi 1.4 (`SettingCollection.add`, `getItemOrNullObject`)
 */
import { contentHash } from '../ledgerLayout/contentHash';
import type { ImportMeta } from './port';
import { IMPORT_META_SETTING } from '../ledgerLayout/workbookNames';

/**
 * The metadata of an import of `text` at `importedAt` (ISO 8601).
 * @example
 * makeImportMeta({ name: '粘贴的表格', text: 'x' }, 24, '2026-11-29T02:00:00.000Z').hash // 16 hex digits
 */
export function makeImportMeta(
  source: { name: string; text: string },
  taskCount: number,
  importedAt: string,
): ImportMeta {
  return { source: source.name, hash: contentHash([source.text]), importedAt, taskCount };
}

/** Queues writing the metadata into the workbook's settings (sent with the caller's next sync). */
export function queueWriteImportMeta(context: Excel.RequestContext, meta: ImportMeta): void {
  context.workbook.settings.add(IMPORT_META_SETTING, JSON.stringify(meta));
}

/** Queues reading the metadata; call the returned function after the sync. */
export function queueReadImportMeta(context: Excel.RequestContext): () => ImportMeta | null {
  const setting = context.workbook.settings.getItemOrNullObject(IMPORT_META_SETTING);
  setting.load('value');
  return () => (setting.isNullObject ? null : parseImportMeta(setting.value));
}

/**
 * Reads stored metadata back; null when it is missing or not in the expected shape.
 * @example
 * parseImportMeta('{"source":"s","hash":"h","importedAt":"t","taskCount":1}')?.taskCount // 1
 */
export function parseImportMeta(value: unknown): ImportMeta | null {
  let data: unknown = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof data !== 'object' || data === null) return null;
  const { source, hash, importedAt, taskCount } = data as Record<string, unknown>;
  if (
    typeof source !== 'string' ||
    typeof hash !== 'string' ||
    typeof importedAt !== 'string' ||
    typeof taskCount !== 'number'
  )
    return null;
  return { source, hash, importedAt, taskCount };
}
