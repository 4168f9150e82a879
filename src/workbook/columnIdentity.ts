/**
 * Columns by identity: the add-in remembers each column it owns by its `TableColumn.id` ("a unique key that
 * identifies the column within the table", ExcelApi 1.1), kept in the workbook's add-in settings (`Workbook.settings`,
 * saved with the document and shared with coauthors, unlike a hidden sheet, which Microsoft's coauthoring guidance
 * flags for lost synchronization). A renamed or moved header is still the same column; a column whose id is gone
 * and whose header is nowhere is reported missing, never re-created blank.
 * @requirement ExcelApi 1.4 (`Workbook.settings`); ExcelApi 1.1 (`TableColumn.id`)
 */
import { fromCellText } from '../ledgerLayout/cellText';
import { COLUMN_IDS_SETTING } from '../ledgerLayout/workbookNames';

/** Stored ids per table name, then per column key. */
export type StoredColumnIds = Record<string, Record<string, number>>;

/**
 * Queues reading the stored ids (with the caller's next sync).
 * @example
 * const ids = queueReadColumnIds(context); await context.sync(); storedColumnIds(ids)
 */
export function queueReadColumnIds(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(COLUMN_IDS_SETTING).load('value');
}

/**
 * The stored ids of a synced setting; nothing when absent or unreadable.
 * @example
 * storedColumnIds(setting).TaskLedger?.status // 12
 */
export function storedColumnIds(setting: Excel.Setting): StoredColumnIds {
  if (setting.isNullObject) return {};
  try {
    const data: unknown = typeof setting.value === 'string' ? JSON.parse(setting.value) : setting.value;
    return typeof data === 'object' && data !== null ? (data as StoredColumnIds) : {};
  } catch {
    return {};
  }
}

export interface ResolvedHeader {
  /** The header as the add-in reads it: a column found by id carries its canonical header, a stranger's column that took a canonical header text does not. */
  header: string[];
  /** Keys whose stored column is gone and whose header is nowhere. */
  missing: string[];
  /** Every key found, with its column's id: what to store. */
  ids: Record<string, number>;
  /** Whether `ids` differs from what was stored (the caller writes it with its own write). */
  changed: boolean;
}

/**
 * Resolves a table's columns to the add-in's keys: by stored id first, else by header text.
 * @example
 * resolveHeader(['当前状态', '序号'], [12, 1], { status: 12, no: 1 }, [{ key: 'no', header: '序号' }, { key: 'status', header: '状态' }]).header // ['状态', '序号']
 */
export function resolveHeader(
  header: readonly unknown[],
  columnIds: readonly number[],
  stored: Readonly<Record<string, number>> | undefined,
  columns: readonly { key: string; header: string }[],
): ResolvedHeader {
  const texts = header.map((h) => fromCellText(h).trim());
  const effective: (string | null)[] = texts.map(() => null);
  const ids: Record<string, number> = {};
  const missing: string[] = [];
  // First by id.
  for (const column of columns) {
    const id = stored?.[column.key];
    const at = id === undefined ? -1 : columnIds.indexOf(id);
    if (at >= 0) {
      effective[at] = column.header;
      ids[column.key] = id as number;
    }
  }
  // Then by header, among the columns no key claimed.
  for (const column of columns) {
    if (ids[column.key] !== undefined) continue;
    const at = texts.findIndex((t, i) => t === column.header && effective[i] === null);
    const id = columnIds[at];
    if (at >= 0 && id !== undefined) {
      effective[at] = column.header;
      ids[column.key] = id;
    } else if (stored?.[column.key] !== undefined) missing.push(column.key);
  }
  const canonical = new Set(columns.map((c) => c.header));
  // A column no key claimed keeps its text, unless that text would be taken for a key's header.
  const resolved = effective.map(
    (e, i) => e ?? (canonical.has(texts[i] ?? '') ? `${texts[i] ?? ''}（其他列）` : (texts[i] ?? '')),
  );
  const before = stored ?? {};
  const changed =
    Object.keys(ids).length !== Object.keys(before).length || Object.entries(ids).some(([k, v]) => before[k] !== v);
  return { header: resolved, missing, ids, changed };
}

/**
 * Queues storing one table's ids beside the others' (sent with the caller's next sync).
 * @example
 * queueWriteColumnIds(context, stored, 'TaskLedger', resolved.ids)
 */
export function queueWriteColumnIds(
  context: Excel.RequestContext,
  stored: StoredColumnIds,
  table: string,
  ids: Record<string, number>,
): void {
  context.workbook.settings.add(COLUMN_IDS_SETTING, JSON.stringify({ ...stored, [table]: ids }));
}
