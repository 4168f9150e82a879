/**
 * The `TaskLedger` table's columns: one source of truth for headers, keys, who owns each column,
 * its number format and width. Order here is the order of a freshly created table; after that the
 * workbook layer finds every column by its header, wherever users moved it.
 */

/** Who writes a column: the imported table (`source`), coordinators (`user`), or Excel (`formula`). */
export type ColumnOwner = 'source' | 'user' | 'formula';

/** How a column's cells are formatted: text (`@`, so `=x` stays text), a date, or General (numbers, and formulas: a formula in a Text cell would stay text). */
export type ColumnFormat = 'text' | 'date' | 'general';

export interface LedgerColumn {
  key: LedgerColumnKey;
  header: string;
  owner: ColumnOwner;
  format: ColumnFormat;
  /** Column width in points. */
  width: number;
  /** Wrap long text in the cell. */
  wrap: boolean;
}

export type LedgerColumnKey =
  | 'no'
  | 'section'
  | 'text'
  | 'units'
  | 'lead'
  | 'support'
  | 'joint'
  | 'schedule'
  | 'deadline'
  | 'extensionDate'
  | 'extensionReason'
  | 'status'
  | 'progress'
  | 'updated'
  | 'reporter'
  | 'warning'
  | 'sourceState';

export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { key: 'no', header: '序号', owner: 'source', format: 'general', width: 36, wrap: false },
  { key: 'section', header: '板块', owner: 'source', format: 'text', width: 120, wrap: true },
  { key: 'text', header: '工作任务', owner: 'source', format: 'text', width: 300, wrap: true },
  { key: 'units', header: '负责单位', owner: 'source', format: 'text', width: 160, wrap: true },
  { key: 'lead', header: '牵头单位', owner: 'source', format: 'text', width: 110, wrap: true },
  { key: 'support', header: '配合单位', owner: 'source', format: 'text', width: 140, wrap: true },
  // Joint lists (no lead named) get their own column so a reader sees who is responsible.
  { key: 'joint', header: '共同负责', owner: 'source', format: 'text', width: 110, wrap: true },
  { key: 'schedule', header: '时间进度', owner: 'source', format: 'text', width: 110, wrap: true },
  { key: 'deadline', header: '截止日期', owner: 'source', format: 'date', width: 72, wrap: false },
  { key: 'extensionDate', header: '延期至', owner: 'user', format: 'date', width: 72, wrap: false },
  { key: 'extensionReason', header: '延期原因', owner: 'user', format: 'text', width: 110, wrap: true },
  { key: 'status', header: '状态', owner: 'user', format: 'text', width: 56, wrap: false },
  { key: 'progress', header: '进展情况', owner: 'user', format: 'text', width: 220, wrap: true },
  { key: 'updated', header: '更新日期', owner: 'user', format: 'date', width: 72, wrap: false },
  { key: 'reporter', header: '填报人', owner: 'user', format: 'text', width: 60, wrap: false },
  { key: 'warning', header: '预警', owner: 'formula', format: 'general', width: 48, wrap: false },
  { key: 'sourceState', header: '来源状态', owner: 'source', format: 'text', width: 56, wrap: false },
];

/** The header of a column by key, e.g. `LEDGER_HEADERS.status === '状态'`. */
export const LEDGER_HEADERS: Readonly<Record<LedgerColumnKey, string>> = Object.fromEntries(
  LEDGER_COLUMNS.map((c) => [c.key, c.header]),
) as Record<LedgerColumnKey, string>; // fromEntries loses the key type; every key is listed above

/** The columns users own: a reload never writes them, and a row's version fingerprints them. */
export const USER_COLUMN_KEYS: readonly LedgerColumnKey[] = LEDGER_COLUMNS.filter((c) => c.owner === 'user').map(
  (c) => c.key,
);

/** The columns the imported table owns: a reload refreshes them. */
export const SOURCE_COLUMN_KEYS: readonly LedgerColumnKey[] = LEDGER_COLUMNS.filter((c) => c.owner === 'source').map(
  (c) => c.key,
);

/** Excel number format codes per column format (`@` is Text: input is never parsed as a formula). */
export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: '@',
  date: 'yyyy-mm-dd',
  general: 'General',
};

/** Warning texts the 预警 formula shows (the traffic light in words). */
export const WARNING_TEXTS = {
  overdue: '逾期',
  lagging: '滞后',
  dueSoon: '临期',
  onTrack: '正常',
  done: '已完成',
} as const;

/**
 * The `ProgressLog` history table's columns, in order. The last three came with reporting rounds:
 * older workbooks have the first seven, and `applyReportPlan` adds the missing ones at the end.
 * Status entries from the pane leave them empty.
 */
export const HISTORY_COLUMNS = [
  { key: 'time', header: '记录时间', format: 'text', width: 130 },
  { key: 'no', header: '序号', format: 'general', width: 36 },
  { key: 'previousStatus', header: '原状态', format: 'text', width: 56 },
  { key: 'status', header: '新状态', format: 'text', width: 56 },
  { key: 'note', header: '进展情况', format: 'text', width: 260 },
  { key: 'date', header: '填报日期', format: 'date', width: 72 },
  { key: 'by', header: '填报人', format: 'text', width: 60 },
  { key: 'agency', header: '填报单位', format: 'text', width: 90 },
  { key: 'round', header: '填报轮次', format: 'text', width: 70 },
  { key: 'answerId', header: '答复编号', format: 'text', width: 110 },
] as const satisfies readonly { key: string; header: string; format: ColumnFormat; width: number }[];

/** The columns a status entry from the pane writes: the first seven, the ones every `ProgressLog` has. */
export const STATUS_HISTORY_COLUMN_COUNT = 7;
