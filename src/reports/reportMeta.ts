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
/** Longer than any identity value we write (ids, a round's name, an agency's name, hex digests). */
const MAX_META_TEXT = 1_000;

const ROLES: ReadonlySet<string> = new Set(['lead', 'support', 'joint']);
const TEXT_HASH = /^[0-9a-f]{16}$/;
const TASK_TAG = /^[0-9a-f]{32}$/;

export interface ReportMeta {
  /** NaN when the cell is not an integer. */
  version: number;
  /**
   * A value no file of ours holds (a key's value over `MAX_META_TEXT` characters, a task entry of another shape):
   * the list is read no further. Checked before anything is hashed, so a crafted `_meta` (one 32,767-character shared
   * string in 6,000 cells is a small file) never becomes a 200 MB message to hash.
   */
  malformed: boolean;
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
  let malformed = false;
  for (const key of keys) values[key] = '';
  for (let r = 1; r < header; r += 1) {
    const key = cellText(sheet.getCell(r, 1).value);
    if (!keys.includes(key)) continue;
    const value = cellText(sheet.getCell(r, 2).value);
    if (value.length > MAX_META_TEXT) malformed = true;
    else values[key] = value;
  }
  const tasks: SignedTask[] = [];
  const taskTags: string[] = [];
  for (let r = header + 1; r <= sheet.rowCount && tasks.length <= MAX_REPORT_TASKS && !malformed; r += 1) {
    const no = Number(cellText(sheet.getCell(r, 1).value));
    if (!Number.isInteger(no) || no <= 0) break;
    const task = {
      no,
      role: cellText(sheet.getCell(r, 2).value),
      textHash: cellText(sheet.getCell(r, 3).value),
      row: Number(cellText(sheet.getCell(r, 4).value)),
    };
    const tag = cellText(sheet.getCell(r, 5).value);
    if (
      !ROLES.has(task.role) ||
      !TEXT_HASH.test(task.textHash) ||
      !Number.isInteger(task.row) ||
      (version !== 1 && !TASK_TAG.test(tag))
    ) {
      malformed = true;
      break;
    }
    tasks.push(task);
    taskTags.push(tag);
  }
  return { version, malformed, values, tasks, taskTags };
}
