/**
 * The names the add-in gives to sheets, tables, defined names and settings in the workbook.
 * Users see them, formulas reference them, and other workbooks (WPS, Excel without the add-in) keep them.
 */
export const LEDGER_SHEET = '任务台账';
export const LEDGER_TABLE = 'TaskLedger';
export const HISTORY_SHEET = '进展记录';
export const HISTORY_TABLE = 'ProgressLog';
export const SETTINGS_SHEET = '台账设置';
/** The reporting rounds (填报轮次): the sheet users see and the table on it. */
export const ROUND_SHEET = '填报轮次';
export const ROUND_TABLE = 'ReportRounds';
/** The defined name of the due-soon window (days) that the 预警 formula reads. */
export const WARN_DAYS_NAME = '预警天数';
export const DEFAULT_WARN_DAYS = 7;
export const SUMMARY_SHEET = '汇总';
/** The workbook setting (`context.workbook.settings`) holding the last import's `ImportMeta` as JSON. */
export const IMPORT_META_SETTING = 'keyTaskLedger.importMeta';
/** The workbook setting holding the ledger's identity (`wb-<uuid>`), created on first use; report workbooks carry it. */
export const WORKBOOK_ID_SETTING = 'keyTaskLedger.workbookId';
/** Where the id is mirrored on 台账设置 (label, id, note), for hosts that drop add-in settings. */
export const WORKBOOK_ID_CELLS = 'A4:C4';
export const WORKBOOK_ID_LABEL = '台账编号';
/** 来源状态 values. */
export const SOURCE_PRESENT = '在表';
export const SOURCE_REMOVED = '已移除';
