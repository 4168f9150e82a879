/**
 * Every word the pane shows, in one typed table per locale (zh-CN first, en-US second).
 * Functions take the numbers and names a sentence needs, so word order stays right in each language.
 */
import type { Role, Status } from '../model';

export type Locale = 'zh-CN' | 'en-US';

export interface Strings {
  appTitle: string;
  previewNote: string;
  previewNoteDetail: string;
  loading: string;
  loadError: (detail: string) => string;
  retry: string;
  reload: string;
  crashTitle: string;
  crashBody: string;
  // views
  viewTasks: string;
  viewImport: string;
  viewSummary: string;
  mainNav: string;
  // settings
  asOf: string;
  warnDays: string;
  // filters
  filtersLabel: string;
  sectionTabs: string;
  sectionAll: (count: number) => string;
  sectionTabLabel: (numeral: string, title: string, count: number) => string;
  noSection: string;
  agency: string;
  agencyPlaceholder: string;
  agencyAll: string;
  agencyOption: (agency: string, lead: number, total: number) => string;
  role: string;
  roles: Record<Role | 'any', string>;
  status: string;
  statusAll: string;
  deadlineFilter: string;
  deadlineAll: string;
  overdueOnly: string;
  dueSoonOnly: string;
  keyword: string;
  keywordPlaceholder: string;
  syncToSheet: string;
  syncHint: string;
  syncFailed: (detail: string) => string;
  clearFilters: string;
  resultCount: (shown: number, total: number) => string;
  noMatch: string;
  emptyLedger: string;
  emptyLedgerAction: string;
  // task row
  taskList: string;
  taskNo: (no: number) => string;
  open: string;
  openTask: (no: number) => string;
  lead: string;
  support: string;
  joint: string;
  deadlineLabel: string;
  overdueDays: (days: number) => string;
  daysLeft: (days: number) => string;
  dueToday: string;
  ongoing: string;
  noDeadline: string;
  doneOnTime: string;
  extendedTo: (date: string, original: string) => string;
  lastUpdate: (date: string, by: string) => string;
  noUpdateYet: string;
  missingRow: string;
  statusNames: Record<Status, string>;
  // detail
  backToList: string;
  taskDetail: (no: number) => string;
  schedule: string;
  units: string;
  progress: string;
  readOnlyDetail: string;
  // status form
  formTitle: string;
  formStatus: string;
  formNote: string;
  formNoteHint: string;
  formDate: string;
  formBy: string;
  formByHint: string;
  formExtension: string;
  formExtensionDate: string;
  formExtensionReason: string;
  save: string;
  saving: string;
  saved: (no: number, status: string) => string;
  conflictTitle: string;
  conflictBody: string;
  writeFailed: (detail: string) => string;
  errors: {
    status: string;
    note: string;
    date: string;
    by: string;
    extensionDate: string;
    extensionReason: string;
  };
  // history
  historyTitle: string;
  historyEmpty: string;
  historyLoading: string;
  historyFailed: (detail: string) => string;
  historyEntry: (date: string, by: string) => string;
  statusChange: (from: string | null, to: string) => string;
  // import
  importTitle: string;
  importIntro: string;
  useEmbedded: string;
  pasteLabel: string;
  pasteHint: string;
  sourceName: string;
  pastedSourceName: string;
  previewTitle: string;
  previewSummary: (title: string, sections: number, tasks: number) => string;
  previewTasks: string;
  previewMore: (n: number) => string;
  issuesTitle: (n: number) => string;
  noIssues: string;
  issueLine: (line: number) => string;
  severity: Record<'error' | 'warning', string>;
  loadIntoWorkbook: string;
  reloadIntoWorkbook: string;
  loadingIntoWorkbook: string;
  loadNeedsExcel: string;
  loadNothing: string;
  mergeTitle: string;
  mergeSummary: (added: number, changed: number, unchanged: number, missing: number) => string;
  mergeMissing: (nos: string) => string;
  loadFailed: (detail: string) => string;
  currentSource: (source: string, date: string, count: number) => string;
  // summary
  summaryTitle: string;
  noticeLabel: string;
  copy: string;
  copied: string;
  copyFallback: string;
  buildSummary: string;
  buildingSummary: string;
  summaryBuilt: string;
  summaryFailed: (detail: string) => string;
  summaryNeedsExcel: string;
  sectionTable: string;
  colSection: string;
  colTotal: string;
  colDone: string;
  colOverdue: string;
  colDueSoon: string;
  panelLoading: string;
  ledgerIssues: (n: number) => string;
  ledgerIssue: (no: number, message: string) => string;
}

const zhCN: Strings = {
  appTitle: '重点任务台账',
  previewNote: '在 Excel 中打开此加载项才能编辑',
  previewNoteDetail: '当前为只读预览：显示内置示例表，可筛选和查看，不能填报或写入表格。',
  loading: '正在读取台账…',
  loadError: (d) => `读取台账失败：${d}。请确认工作簿未处于编辑单元格状态，然后点击“重试”。`,
  retry: '重试',
  reload: '重新载入',
  crashTitle: '任务窗格出错了',
  crashBody: '请点击“重新载入”。如果问题仍在，请关闭并重新打开此加载项；表格中的数据不受影响。',
  viewTasks: '任务',
  viewImport: '导入',
  viewSummary: '汇总',
  mainNav: '主视图',
  asOf: '截至日期',
  warnDays: '预警天数',
  filtersLabel: '筛选',
  sectionTabs: '按板块筛选',
  sectionAll: (n) => `全部 ${n}`,
  sectionTabLabel: (numeral, title, n) => `${numeral}、${title}（${n} 项）`,
  noSection: '未分板块',
  agency: '单位',
  agencyPlaceholder: '输入单位名称搜索',
  agencyAll: '全部单位',
  agencyOption: (a, lead, total) => `${a}（牵头 ${lead} / 共 ${total}）`,
  role: '角色',
  roles: { any: '任意角色', lead: '牵头', support: '配合', joint: '共同负责' },
  status: '状态',
  statusAll: '全部状态',
  deadlineFilter: '期限',
  deadlineAll: '全部期限',
  overdueOnly: '仅逾期',
  dueSoonOnly: '仅临期',
  keyword: '关键词',
  keywordPlaceholder: '序号、任务、单位或时间',
  syncToSheet: '同步筛选到表格',
  syncHint: '打开后，表格中的“任务台账”按同样条件筛选。',
  syncFailed: (d) => `同步筛选到表格失败：${d}。请关闭开关后重试。`,
  clearFilters: '清除筛选',
  resultCount: (shown, total) => `显示 ${shown} / ${total} 项任务`,
  noMatch: '没有符合条件的任务。请放宽筛选条件或点击“清除筛选”。',
  emptyLedger: '工作簿中还没有任务台账。',
  emptyLedgerAction: '导入任务表',
  taskList: '任务列表',
  taskNo: (no) => `第 ${no} 项`,
  open: '打开',
  openTask: (no) => `打开任务 ${no}`,
  lead: '牵头',
  support: '配合',
  joint: '负责',
  deadlineLabel: '期限',
  overdueDays: (d) => `逾期 ${d} 天`,
  daysLeft: (d) => `剩 ${d} 天`,
  dueToday: '今天到期',
  ongoing: '持续实施',
  noDeadline: '期限待定',
  doneOnTime: '已完成',
  extendedTo: (d, o) => `已延期至 ${d}（原期限 ${o}）`,
  lastUpdate: (d, by) => (by ? `最近填报 ${d} · ${by}` : `最近填报 ${d}`),
  noUpdateYet: '尚未填报',
  missingRow: '最新导入的表中已无此任务',
  statusNames: { 未启动: '未启动', 推进中: '推进中', 滞后: '滞后', 已完成: '已完成' },
  backToList: '返回列表',
  taskDetail: (no) => `任务 ${no}`,
  schedule: '时间进度',
  units: '负责单位',
  progress: '进展情况',
  readOnlyDetail: '只读预览中不能填报进度。请在 Excel 中打开此加载项。',
  formTitle: '填报进度',
  formStatus: '状态',
  formNote: '进展情况',
  formNoteHint: '写明已做的工作、存在的问题和下一步安排。',
  formDate: '填报日期',
  formBy: '填报人',
  formByHint: '会记在本机，下次自动填写。',
  formExtension: '申请延期',
  formExtensionDate: '新的期限',
  formExtensionReason: '延期原因',
  save: '保存',
  saving: '正在保存…',
  saved: (no, s) => `已保存：任务 ${no} 的状态为“${s}”，并记入进展记录。`,
  conflictTitle: '此任务刚被他人修改',
  conflictBody: '表格中这一行在您打开后已有改动。请点击“重新载入”查看最新内容，再重新保存。',
  writeFailed: (d) => `保存失败：${d}`,
  errors: {
    status: '请选择状态。',
    note: '进展情况不能超过 4000 字。',
    date: '请选择填报日期（年-月-日）。',
    by: '请填写填报人。',
    extensionDate: '请选择新的期限（年-月-日）。',
    extensionReason: '延期需要写明原因。',
  },
  historyTitle: '进展记录',
  historyEmpty: '还没有进展记录。',
  historyLoading: '正在读取进展记录…',
  historyFailed: (d) => `读取进展记录失败：${d}。请点击“重试”。`,
  historyEntry: (d, by) => `${d} · ${by}`,
  statusChange: (from, to) => (from && from !== to ? `${from} → ${to}` : to),
  importTitle: '导入任务表',
  importIntro: '先预览读取结果和发现的问题，确认后再写入工作簿。再次导入会合并：已填报的状态和进展不会被覆盖。',
  useEmbedded: '使用内置示例表',
  pasteLabel: '粘贴任务表',
  pasteHint: '可粘贴文本，或从 Word、Excel 复制的表格单元格。',
  sourceName: '来源名称',
  pastedSourceName: '粘贴的表格',
  previewTitle: '读取结果预览',
  previewSummary: (t, s, n) => `${t || '（无标题）'}：${s} 个板块，${n} 项任务`,
  previewTasks: '读到的任务',
  previewMore: (n) => `……及其余 ${n} 项`,
  issuesTitle: (n) => `发现 ${n} 个问题`,
  noIssues: '没有发现问题。',
  issueLine: (l) => `第 ${l} 行`,
  severity: { error: '错误', warning: '提醒' },
  loadIntoWorkbook: '写入工作簿',
  reloadIntoWorkbook: '重新导入并合并',
  loadingIntoWorkbook: '正在写入工作簿…',
  loadNeedsExcel: '只读预览中不能写入。请在 Excel 中打开此加载项。',
  loadNothing: '没有读到任务，无法写入。请检查粘贴的内容。',
  mergeTitle: '已写入工作簿',
  mergeSummary: (a, c, u, m) => `新增 ${a} 项，变更 ${c} 项，未变 ${u} 项，表中缺失 ${m} 项。`,
  mergeMissing: (nos) => `缺失的任务仍保留在台账中：${nos}`,
  loadFailed: (d) => `写入失败：${d}。请确认没有正在编辑的单元格后重试。`,
  currentSource: (s, d, n) => `当前台账来自“${s}”，${d} 导入，共 ${n} 项。`,
  summaryTitle: '汇总与通报',
  noticeLabel: '通报',
  copy: '复制通报',
  copied: '已复制到剪贴板。',
  copyFallback: '无法直接复制。文字已选中，请按 Ctrl+C 复制。',
  buildSummary: '生成或刷新“汇总”表',
  buildingSummary: '正在生成汇总表…',
  summaryBuilt: '“汇总”表已更新。',
  summaryFailed: (d) => `生成汇总表失败：${d}。请重试。`,
  summaryNeedsExcel: '在 Excel 中打开此加载项才能生成“汇总”表。',
  sectionTable: '各板块进度',
  colSection: '板块',
  colTotal: '任务',
  colDone: '完成',
  colOverdue: '逾期',
  colDueSoon: '临期',
  panelLoading: '正在加载…',
  ledgerIssues: (n) => `表格中有 ${n} 个单元格无法识别，已按原样保留。请在表格中改正：`,
  ledgerIssue: (no, m) => `任务 ${no}：${m}`,
};

const enUS: Strings = {
  appTitle: 'Key Task Ledger',
  previewNote: 'Open this add-in in Excel to edit',
  previewNoteDetail: 'Read-only preview of the embedded table: filter and read, but nothing is written.',
  loading: 'Reading the ledger…',
  loadError: (d) => `Could not read the ledger: ${d}. Leave cell edit mode, then choose Retry.`,
  retry: 'Retry',
  reload: 'Reload',
  crashTitle: 'The task pane hit an error',
  crashBody: 'Choose Reload. If it persists, close and reopen the add-in; the data in the sheet is not affected.',
  viewTasks: 'Tasks',
  viewImport: 'Import',
  viewSummary: 'Summary',
  mainNav: 'Main view',
  asOf: 'As of',
  warnDays: 'Warn days',
  filtersLabel: 'Filters',
  sectionTabs: 'Filter by section',
  sectionAll: (n) => `All ${n}`,
  sectionTabLabel: (numeral, title, n) => `${numeral}. ${title} (${n} tasks)`,
  noSection: 'No section',
  agency: 'Agency',
  agencyPlaceholder: 'Type to search agencies',
  agencyAll: 'All agencies',
  agencyOption: (a, lead, total) => `${a} (lead ${lead} / ${total})`,
  role: 'Role',
  roles: { any: 'Any role', lead: 'Lead', support: 'Support', joint: 'Joint' },
  status: 'Status',
  statusAll: 'All statuses',
  deadlineFilter: 'Deadline',
  deadlineAll: 'Any deadline',
  overdueOnly: 'Overdue only',
  dueSoonOnly: 'Due soon only',
  keyword: 'Keyword',
  keywordPlaceholder: 'Number, task, agency or date',
  syncToSheet: 'Apply filter to the sheet',
  syncHint: 'When on, the TaskLedger table in the sheet is filtered the same way.',
  syncFailed: (d) => `Could not filter the sheet: ${d}. Turn the switch off and try again.`,
  clearFilters: 'Clear filters',
  resultCount: (shown, total) => `Showing ${shown} of ${total} tasks`,
  noMatch: 'No task matches. Loosen the filters or choose Clear filters.',
  emptyLedger: 'This workbook has no task ledger yet.',
  emptyLedgerAction: 'Import a task table',
  taskList: 'Tasks',
  taskNo: (no) => `No. ${no}`,
  open: 'Open',
  openTask: (no) => `Open task ${no}`,
  lead: 'Lead',
  support: 'Support',
  joint: 'Responsible',
  deadlineLabel: 'Deadline',
  overdueDays: (d) => `${d} ${d === 1 ? 'day' : 'days'} overdue`,
  daysLeft: (d) => `${d} ${d === 1 ? 'day' : 'days'} left`,
  dueToday: 'Due today',
  ongoing: 'Ongoing',
  noDeadline: 'No fixed deadline',
  doneOnTime: 'Done',
  extendedTo: (d, o) => `Extended to ${d} (originally ${o})`,
  lastUpdate: (d, by) => (by ? `Last update ${d} · ${by}` : `Last update ${d}`),
  noUpdateYet: 'No update yet',
  missingRow: 'Not in the last imported table',
  statusNames: { 未启动: 'Not started', 推进中: 'In progress', 滞后: 'Behind', 已完成: 'Done' },
  backToList: 'Back to list',
  taskDetail: (no) => `Task ${no}`,
  schedule: 'Schedule',
  units: 'Responsible units',
  progress: 'Progress',
  readOnlyDetail: 'The read-only preview cannot record progress. Open this add-in in Excel.',
  formTitle: 'Report progress',
  formStatus: 'Status',
  formNote: 'Progress',
  formNoteHint: 'What was done, what is in the way, what comes next.',
  formDate: 'Report date',
  formBy: 'Reported by',
  formByHint: 'Remembered on this computer.',
  formExtension: 'Request an extension',
  formExtensionDate: 'New deadline',
  formExtensionReason: 'Reason for the extension',
  save: 'Save',
  saving: 'Saving…',
  saved: (no, s) => `Saved: task ${no} is now “${s}”, and the entry is in the progress log.`,
  conflictTitle: 'Someone else just changed this task',
  conflictBody: 'The row changed in the sheet after you opened it. Choose Reload to see the latest values, then save again.',
  writeFailed: (d) => `Could not save: ${d}`,
  errors: {
    status: 'Choose a status.',
    note: 'Progress can be at most 4000 characters.',
    date: 'Choose the report date (YYYY-MM-DD).',
    by: 'Enter who reports.',
    extensionDate: 'Choose the new deadline (YYYY-MM-DD).',
    extensionReason: 'An extension needs a reason.',
  },
  historyTitle: 'Progress log',
  historyEmpty: 'No entries yet.',
  historyLoading: 'Reading the progress log…',
  historyFailed: (d) => `Could not read the progress log: ${d}. Choose Retry.`,
  historyEntry: (d, by) => `${d} · ${by}`,
  statusChange: (from, to) => (from && from !== to ? `${from} → ${to}` : to),
  importTitle: 'Import a task table',
  importIntro: 'Preview what was read and every issue found before anything is written. Importing again merges: statuses and progress already entered are kept.',
  useEmbedded: 'Use the embedded table',
  pasteLabel: 'Paste a task table',
  pasteHint: 'Paste text, or cells copied from Word or Excel.',
  sourceName: 'Source name',
  pastedSourceName: 'Pasted table',
  previewTitle: 'Preview',
  previewSummary: (t, s, n) => `${t || '(untitled)'}: ${s} sections, ${n} tasks`,
  previewTasks: 'Tasks read',
  previewMore: (n) => `… and ${n} more`,
  issuesTitle: (n) => `${n} ${n === 1 ? 'issue' : 'issues'} found`,
  noIssues: 'No issues found.',
  issueLine: (l) => `Line ${l}`,
  severity: { error: 'Error', warning: 'Warning' },
  loadIntoWorkbook: 'Write to workbook',
  reloadIntoWorkbook: 'Re-import and merge',
  loadingIntoWorkbook: 'Writing to the workbook…',
  loadNeedsExcel: 'The read-only preview cannot write. Open this add-in in Excel.',
  loadNothing: 'No tasks were read, so nothing can be written. Check the pasted text.',
  mergeTitle: 'Written to the workbook',
  mergeSummary: (a, c, u, m) => `${a} added, ${c} changed, ${u} unchanged, ${m} missing from the table.`,
  mergeMissing: (nos) => `Missing tasks stay in the ledger: ${nos}`,
  loadFailed: (d) => `Could not write: ${d}. Leave cell edit mode and try again.`,
  currentSource: (s, d, n) => `The ledger comes from “${s}”, imported ${d}, ${n} tasks.`,
  summaryTitle: 'Summary and notice',
  noticeLabel: 'Notice',
  copy: 'Copy notice',
  copied: 'Copied to the clipboard.',
  copyFallback: 'Could not copy directly. The text is selected: press Ctrl+C.',
  buildSummary: 'Build or refresh the summary sheet',
  buildingSummary: 'Building the summary sheet…',
  summaryBuilt: 'The summary sheet is up to date.',
  summaryFailed: (d) => `Could not build the summary sheet: ${d}. Try again.`,
  summaryNeedsExcel: 'Open this add-in in Excel to build the summary sheet.',
  sectionTable: 'Progress by section',
  colSection: 'Section',
  colTotal: 'Tasks',
  colDone: 'Done',
  colOverdue: 'Overdue',
  colDueSoon: 'Due soon',
  panelLoading: 'Loading…',
  ledgerIssues: (n) => `${n} ${n === 1 ? 'cell' : 'cells'} in the sheet could not be read and were kept as they are. Correct them in the sheet:`,
  ledgerIssue: (no, m) => `Task ${no}: ${m}`,
};

export const STRINGS: Readonly<Record<Locale, Strings>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Picks the pane's locale from a language tag: English tags get en-US, everything else zh-CN (the product's first language). */
export function pickLocale(languageTag: string | null | undefined): Locale {
  return languageTag && /^en\b/i.test(languageTag) ? 'en-US' : 'zh-CN';
}
