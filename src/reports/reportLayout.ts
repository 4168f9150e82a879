/**
 * The layout of a report workbook (format version 2; the 填报 sheet is the same in format 1): sheet names, rows and columns. The reader
 * and the writer share it, so a change here is a change of `REPORT_FORMAT_VERSION`.
 */
import type { Role } from '../model';

export const REPORT_SHEET = '填报';
export const META_SHEET = '_meta';

export const TITLE_ROW = 1;
export const INSTRUCTIONS_ROW = 2;
export const SUMMARY_ROW = 3;
export const HEADER_ROW = 4;
export const FIRST_TASK_ROW = 5;

/** 1-based column numbers of the 填报 sheet. */
export const COL = {
  no: 1,
  text: 2,
  role: 3,
  deadline: 4,
  currentStatus: 5,
  lastProgress: 6,
  status: 7,
  progress: 8,
  problems: 9,
  nextSteps: 10,
  by: 11,
  date: 12,
} as const;

/** Header texts, in column order. */
export const HEADERS = [
  '序号',
  '工作任务',
  '本单位角色',
  '截止日期',
  '当前状态',
  '上次进展',
  '状态',
  '进展情况',
  '存在问题',
  '下步打算',
  '填报人',
  '填报日期',
] as const;

/** The columns agencies fill in (unlocked); every other cell is locked. */
export const INPUT_COLUMNS = [COL.status, COL.progress, COL.problems, COL.nextSteps, COL.by, COL.date] as const;

/** The free-text input columns, formatted as text (`@`) so typed text never becomes a formula; reading is unchanged. */
export const TEXT_INPUT_COLUMNS = [COL.progress, COL.problems, COL.nextSteps, COL.by] as const;

export const ROLE_LABELS: Record<Role, string> = { lead: '牵头', support: '配合', joint: '共同负责' };

/**
 * The `_meta` sheet: key in column A, value in column B, from row 1; the task list (no, role, textHash, row, and in
 * format 2 each task's tag) follows `metaTasksHeaderRow(version)`. Format 2 is signed with the ledger's key
 * (`reportSignature.ts`); format 1 carried a public checksum instead and is still read, as unauthenticated.
 */
export const META_KEYS = [
  'formatVersion',
  'workbookId',
  'roundId',
  'roundName',
  'dueDate',
  'agency',
  'taskCount',
  'keyId',
  'nonce',
  'signature',
  'workbookTag',
  'roundTag',
  'agencyTag',
  'tasksTag',
] as const;
export type MetaKey = (typeof META_KEYS)[number];
/** Format 1's keys (checksum in place of the signature). */
export const META_KEYS_V1 = [
  'formatVersion',
  'workbookId',
  'roundId',
  'roundName',
  'dueDate',
  'agency',
  'taskCount',
  'checksum',
] as const;

/** The row of the task list's header in `_meta`: one blank row after the keys. */
export function metaTasksHeaderRow(version: number): number {
  return (version === 1 ? META_KEYS_V1.length : META_KEYS.length) + 2;
}

/** Column letter of a 1-based column number (A…Z is all this layout needs). */
export function columnLetter(col: number): string {
  return String.fromCharCode(64 + col);
}
