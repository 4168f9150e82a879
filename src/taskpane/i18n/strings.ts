/**
 * Every word the pane shows, in one typed table per locale: zh-CN here (always loaded), en-US in strings.enUS.ts
 * (loaded only for English-speaking Office). Functions take the numbers and names a sentence needs, so word order
 * stays right in each language.
 */
import type { Role, Section, Status, WarningPreset } from '../../model';
import type { WarningRuleWriteResult } from '../../workbook/port';

export type Locale = 'zh-CN' | 'en-US';

export interface Strings {
  /** The BCP 47 tag the table is written in (the pane's `lang`). */
  locale: Locale;
  appTitle: string;
  /** A label and its value, e.g. 牵头：市教育局 / Lead: … */
  field: (label: string, value: string) => string;
  /** The label part of `field`, before a value shown apart (marked as the table's language): 牵头： / Lead: */
  fieldLabel: (label: string) => string;
  /** Between the parts of a one-line list (牵头：…；配合：…). */
  listSeparator: string;
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
  viewRounds: string;
  mainNav: string;
  // settings
  asOf: string;
  warnDays: string;
  warnDaysHint: string;
  /** 预警天数 outside 0–365 or not a whole number: what is wrong, and the window still in use. */
  warnDaysInvalid: (inUse: number) => string;
  /** The warning rule's colours (红黄绿 / 蓝黄红) and whether a reported 滞后 counts as late. */
  warningPreset: string;
  warningPresetHint: string;
  /** The presets' names as the picker shows them (the workbook keeps 红黄绿 / 蓝黄红). */
  warningPresetNames: Record<WarningPreset, string>;
  laggingCounts: string;
  /** Under the rule's fields inside Excel: where the rule lives (the workbook's 台账设置, which the 预警 column reads). */
  ruleInWorkbook: string;
  /** Why the rule could not be written into the workbook (the pane still uses it). */
  ruleWriteProblem: (problem: Exclude<WarningRuleWriteResult, { ok: true }>) => string;
  yes: string;
  no: string;
  /** The header's settings button: its visible text (the as-of day) and its accessible name, which starts with that text. */
  /** The header's date button: the as-of date with its year; `example` when it is the embedded example's own date. */
  settingsButton: (asOf: string, example: boolean) => string;
  settingsButtonLabel: (asOf: string, warnDays: number, example: boolean) => string;
  settingsLabel: string;
  /** The header's filter button: visible text and accessible name, with the number of filters set in the drawer. */
  filtersButton: (active: number) => string;
  filtersButtonLabel: (active: number) => string;
  activeFilters: string;
  removeFilter: (what: string) => string;
  noAgencyMatch: string;
  /** Localised names for Fluent's built-in buttons (its defaults are English). */
  clearKeyword: string;
  clearAgency: string;
  openAgencyList: string;
  // filters
  filtersLabel: string;
  sectionTabs: string;
  sectionAll: (count: number) => string;
  /** A section chip's full name, for screen readers: its numeral or number, its title (the table's words), its count. */
  sectionTabLabel: (section: Pick<Section, 'no' | 'numeral' | 'title'>, count: number) => string;
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
  /** Excel on Mac: a file too large to hand to the browser through a URL. */
  downloadTooLarge: string;
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
  severity: Record<'error' | 'warning' | 'info', string>;
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
  /** In a pane that is not Chinese, under the notice: what it is and why it is in Chinese ('' in zh-CN). */
  noticeNote: string;
  /** Under the notice: what 逾期, 滞后 and 临期 each count. */
  noticeLegend: (warnDays: number) => string;
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

/** The product's first language. */
export const ZH_CN: Strings = {
  locale: 'zh-CN',
  appTitle: '重点任务台账',
  listSeparator: '；',
  field: (label, value) => `${label}：${value}`,
  fieldLabel: (label) => `${label}：`,
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
  viewRounds: '填报轮次',
  mainNav: '主视图',
  asOf: '截至日期',
  warnDays: '预警天数',
  warnDaysHint: '距期限不足这么多天的未完成任务算“临期”。',
  warnDaysInvalid: (n) => `请输入 0 到 365 之间的整数天数。现仍按 ${n} 天计算。`,
  warningPreset: '预警配色',
  warningPresetHint: '红黄绿：逾期红、临期黄；蓝黄红：临期蓝、滞后黄、逾期红。',
  warningPresetNames: { 红黄绿: '红黄绿', 蓝黄红: '蓝黄红' },
  laggingCounts: '单位报告“滞后”计为滞后',
  ruleInWorkbook:
    '预警天数、配色和“滞后”设置保存在本工作簿的“台账设置”工作表中，“预警”列按它计算；在表中修改也会同步到这里。',
  ruleWriteProblem: (p) =>
    p.code === 'no-rule-cells'
      ? `本台账还没有“${p.params.missing.join('”“')}”单元格，设置只在本窗格中使用；重新加载一次台账（导入 → 写入工作簿）即可添加。`
      : p.code === 'invalid-rule'
        ? `预警天数 ${p.params.dueSoonDays} 无效，未写入工作簿。`
        : `Excel 拒绝写入“台账设置”（${p.params.reason}：工作表可能受保护），设置只在本窗格中使用。`,
  yes: '是',
  no: '否',
  settingsButton: (d, example) => (example ? `示例日期 ${d}` : `截至 ${d}`),
  settingsButtonLabel: (d, n, example) =>
    `${example ? `示例日期 ${d}（示例表自身时间线内的一天）` : `截至 ${d}`}：修改截至日期与预警天数（${n} 天）`,
  settingsLabel: '截至日期与预警天数',
  filtersButton: (n) => (n > 0 ? `筛选 ${n}` : '筛选'),
  filtersButtonLabel: (n) => (n > 0 ? `筛选 ${n}（已设 ${n} 项）` : '筛选'),
  activeFilters: '已设的筛选',
  removeFilter: (what) => `移除筛选：${what}`,
  noAgencyMatch: '无匹配单位',
  clearKeyword: '清空关键词',
  clearAgency: '清除所选单位',
  openAgencyList: '展开单位列表',
  filtersLabel: '筛选',
  sectionTabs: '按板块筛选',
  sectionAll: (n) => `全部 ${n}`,
  sectionTabLabel: ({ numeral, title }, n) => `${numeral}、${title}（${n} 项）`,
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
  downloadTooLarge: '文件太大，无法在 Mac 版 Excel 中经浏览器保存；请少选几个单位，分几次下载。',
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
  severity: { error: '错误', warning: '提醒', info: '说明' },
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
  noticeNote: '',
  noticeLegend: (n) => `逾期：按期限计算，已过期限仍未完成；滞后：单位填报的状态；临期：未完成且 ${n} 天内到期。`,
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

/** Picks the pane's locale from a language tag: English tags get en-US, everything else zh-CN (the product's first language). */
export function pickLocale(languageTag: string | null | undefined): Locale {
  return languageTag && /^en\b/i.test(languageTag) ? 'en-US' : 'zh-CN';
}

/** The table for a locale; the English one is a chunk of its own. */
export async function loadStrings(locale: Locale): Promise<Strings> {
  return locale === 'en-US' ? (await import('./strings.enUS')).EN_US : ZH_CN;
}
