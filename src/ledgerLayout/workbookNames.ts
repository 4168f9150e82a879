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
/** Users' own agency aliases: a table on 台账设置 (written form → canonical name) that the functions take as `AgencyAliases`. */
export const ALIAS_TABLE = 'AgencyAliases';
export const ALIAS_HEADERS = ['写法', '规范名称'] as const;
/** The label cell above the alias table; the table's header row is the row below it (E2:F2), clear of A1:B2 and A4:C4. */
export const ALIAS_LABEL_CELL = 'E1';
export const ALIAS_LABEL = '单位别名';
export const ALIAS_TABLE_ADDRESS = 'E2:F3';
/** The defined name of the due-soon window (days) that the 预警 formula reads. */
export const WARN_DAYS_NAME = '预警天数';
export const DEFAULT_WARN_DAYS = 7;
/** The warning rule's other two settings, as defined names: the colours (红黄绿 / 蓝黄红) and whether a reported 滞后 counts (是 / 否). */
export const WARN_PRESET_NAME = '预警配色';
export const LAGGING_COUNTS_NAME = '滞后计入预警';
/**
 * The rest of the warning rule on 台账设置, labels in A and values in B: 预警配色 (B6) and 滞后计入预警 (B7), each the
 * defined name of its cell, with a note in A8:B8; clear of 预警天数 (A1:B2), the workbook id (A4:C4) and the aliases (E:F).
 */
export const WARN_RULE_CELLS = 'A6:B8';
export const WARN_PRESET_CELL = 'B6';
export const LAGGING_COUNTS_CELL = 'B7';
/** 滞后计入预警's two values, as the 预警 formula compares them (是 counts; anything else does not). */
export const LAGGING_COUNTS_YES = '是';
export const LAGGING_COUNTS_NO = '否';
/** The notes beside the rule's cells on 台账设置 (A2:B2 under 预警天数, A8:B8 under the rule), as both ports write them. */
export const WARN_DAYS_NOTE =
  '任务台账“预警”列：截止日期前这么多天内显示“临期”。改 B1 即可；预警配色、滞后计入预警见第 6、7 行。';
export const WARN_RULE_NOTE =
  '预警配色：红黄绿（逾期红、临期黄）或 蓝黄红（临期蓝、滞后黄、逾期红）；滞后计入预警：是 或 否（是：状态为“滞后”的任务在“预警”列显示“滞后”）。';
/** Everything the pane reads back of the rule: 台账设置!A1:B8 (预警天数 in row 1, the rule in rows 6–7). */
export const WARNING_RULE_READ_CELLS = 'A1:B8';
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
/** Setting (JSON) with the `TableColumn.id` of each column the add-in owns, per table: a renamed header is still the same column. */
export const COLUMN_IDS_SETTING = 'keyTaskLedger.columnIds';

/**
 * The add-in setting holding the ledger's report key (`ReportKey`, JSON): report workbooks are signed with it. Only in
 * the add-in's own settings of this workbook (scoped to the add-in and the file), never in a cell or a report file.
 */
export const REPORT_KEY_SETTING = 'keyTaskLedger.reportKey';

/**
 * The add-in setting holding the coordinator's column-role corrections per table header (JSON: header key → roles),
 * so the next import of the same form reads its columns as corrected.
 */
export const COLUMN_ROLES_SETTING = 'keyTaskLedger.columnRoles';
