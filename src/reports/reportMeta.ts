/**
 * Reads a returned file's `_meta` sheet: its format version, its keys (format 1 or 2) and its task list,
 * bounded (at most `MAX_REPORT_TASKS` + 1 entries are read; a longer list was not written by us).
 */
import type { Worksheet } from 'exceljs';
import { cellText } from './cellText';
import { META_KEYS, META_KEYS_V1, metaTasksHeaderRow } from './reportLayout';
import type { SignedTask } from './reportSignature';

/** More tasks than any ledger sends one agency; a longer `_meta` list was not written by us (its check then fails). */
export const MAX_REPORT_TASKS = 3_000;

export interface ReportMeta {
  /** NaN when the cell is not an integer. */
  version: number;
  /** Every key of the version's layout, '' when absent. */
  values: Readonly<Record<string, string>>;
  tasks: SignedTask[];
  /** Format 2: each task's tag, in list order. */
  taskTags: string[];
}

/**
 * The `_meta` sheet as written: keys in A:B, then the task list.
 * @example readReportMeta(wb.getWorksheet('_meta')).values.agency // '市教育局'
 */
export function readReportMeta(sheet: Worksheet): ReportMeta {
  const versionText = cellText(sheet.getCell(1, 2).value);
  const version = versionText === '' ? NaN : Number(versionText);
  const keys: readonly string[] = version === 1 ? META_KEYS_V1 : META_KEYS;
  const header = metaTasksHeaderRow(version);
  const values: Record<string, string> = {};
  for (const key of keys) values[key] = '';
  for (let r = 1; r < header; r += 1) {
    const key = cellText(sheet.getCell(r, 1).value);
    if (keys.includes(key)) values[key] = cellText(sheet.getCell(r, 2).value);
  }
  const tasks: SignedTask[] = [];
  const taskTags: string[] = [];
  for (let r = header + 1; r <= sheet.rowCount && tasks.length <= MAX_REPORT_TASKS; r += 1) {
    const no = Number(cellText(sheet.getCell(r, 1).value));
    if (!Number.isInteger(no) || no <= 0) break;
    tasks.push({
      no,
      role: cellText(sheet.getCell(r, 2).value),
      textHash: cellText(sheet.getCell(r, 3).value),
      row: Number(cellText(sheet.getCell(r, 4).value)),
    });
    taskTags.push(cellText(sheet.getCell(r, 5).value));
  }
  return { version, values, tasks, taskTags };
}
