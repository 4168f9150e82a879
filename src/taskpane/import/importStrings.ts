/**
 * The words of the import preview (column mapping, task fields, deadlines, issues), both locales, in the import
 * panel's own chunk so the first load carries none of them.
 */
import type { Locale } from '../i18n/strings';
import type { HtmlTableRefusal } from './htmlTableToGrid';
import type { ColumnMapping, ColumnRole } from '../../model';

export interface ImportStrings {
  columnsTitle: string;
  columnsLine: (labels: string[]) => string;
  columnsSource: Record<ColumnMapping['source'], string>;
  columnsUncertain: string;
  role: Record<ColumnRole, string>;
  correctColumns: string;
  hideColumns: string;
  resetColumns: string;
  columnLabel: (index: number) => string;
  columnHeader: (header: string) => string;
  columnSample: (sample: string) => string;
  taskLabel: (no: number) => string;
  lead: string;
  support: string;
  joint: string;
  sole: string;
  leaders: string;
  deadline: string;
  noUnits: string;
  deadlineDate: (schedule: string, date: string) => string;
  deadlineDateOngoing: (date: string) => string;
  ongoing: string;
  unsure: (schedule: string) => string;
  unread: (schedule: string) => string;
  noSchedule: string;
  listSeparator: string;
  infoTitle: (n: number) => string;
  severity: Record<'error' | 'warning' | 'info', string>;
  refused: (refusal: HtmlTableRefusal) => string;
  /** A column's best reading and the next one. */
  columnReading: (best: string, runnerUp: string | null) => string;
  /** The one-click switch of a column to its other reading: the visible text and the accessible name. */
  switchRole: (role: string) => string;
  switchRoleLabel: (column: number, role: string) => string;
  rememberedApplied: string;
  undoRemembered: string;
  remembered: string;
  yearLabel: string;
  yearHint: string;
  yearInvalid: string;
  yearApplied: (year: number) => string;
  /** The term on a task's card for what disagrees with its columns. */
  taskProblems: string;
}

const ZH: ImportStrings = {
  columnsTitle: '各列的用途',
  columnsLine: (labels) => `列：${labels.join(' · ')}`,
  columnsSource: { header: '按表头识别', content: '按内容推断', user: '按你的更正' },
  columnsUncertain:
    '列的用途没有把握（表头没有写明每一列，或内容也像另一种用途，或有的行与列对不上）。请先逐列核对：每列给出最可能的读法和其次的读法，有误时一键改换或选择正确的用途。',
  role: {
    no: '序号',
    task: '任务',
    units: '责任单位',
    lead: '牵头单位',
    support: '配合单位',
    joint: '共同负责单位',
    leader: '责任领导',
    schedule: '完成时限',
    progress: '进展情况',
    other: '其他（不读取）',
  },
  correctColumns: '更正列的用途',
  hideColumns: '收起列的用途',
  resetColumns: '恢复自动识别',
  columnLabel: (i) => `第 ${i} 列`,
  columnHeader: (h) => `表头：${h}`,
  columnSample: (v) => `例：${v}`,
  taskLabel: (no) => `任务 ${no}`,
  lead: '牵头',
  support: '配合',
  joint: '共同负责',
  sole: '负责',
  leaders: '责任领导',
  deadline: '期限',
  noUnits: '未读到责任单位',
  deadlineDate: (schedule, date) => (schedule && schedule !== date ? `${schedule} → ${date}` : date),
  deadlineDateOngoing: (date) => `${date}，并持续实施`,
  ongoing: '持续实施',
  unsure: (schedule) => `待确认（${schedule}）`,
  unread: (schedule) => `未能识别（${schedule}）`,
  noSchedule: '未写期限',
  listSeparator: '、',
  infoTitle: (n) => `已自动更正 ${n} 处`,
  severity: { error: '错误', warning: '提醒', info: '已更正' },
  refused: (r) =>
    r.code === 'htmlTooLarge'
      ? `粘贴的内容过大（${r.chars.toLocaleString('zh-CN')} 个字符，上限 ${r.limit.toLocaleString('zh-CN')}），未读取。请分几次复制粘贴。`
      : `粘贴的表格超过 ${r.limit.toLocaleString('zh-CN')} 个单元格（合并单元格按展开后计算），未读取。请分几次复制粘贴。`,
  columnReading: (best, next) => (next ? `最可能：${best} · 其次：${next}` : `最可能：${best}`),
  switchRole: (role) => `改为${role}`,
  switchRoleLabel: (i, role) => `第 ${i} 列改为${role}`,
  rememberedApplied: '已按你上次对同样表头的表格所做的更正设置各列用途。',
  undoRemembered: '撤销，按自动识别',
  remembered: '已记住这次更正：下次导入表头相同的表格时自动套用。',
  yearLabel: '期限所在年份',
  yearHint: '表中的期限没有写年份（如“10月底前”），标题里也没有。填写年份后，期限按这一年读取。',
  yearInvalid: '请填写四位年份，如 2026。',
  yearApplied: (y) => `没有写年份的期限按 ${y} 年读取。`,
  taskProblems: '需核对',
};

const EN: ImportStrings = {
  columnsTitle: 'Column roles',
  columnsLine: (labels) => `Columns: ${labels.join(' · ')}`,
  columnsSource: { header: 'from the header', content: 'inferred from the content', user: 'as you corrected them' },
  columnsUncertain:
    'The column roles are uncertain (no header names every column, a column also looks like another role, or some rows do not fit the columns). Check each column first: each shows its likeliest reading and the next one; switch with one click or choose the right role.',
  role: {
    no: 'No.',
    task: 'Task',
    units: 'Responsible units',
    lead: 'Lead unit',
    support: 'Supporting units',
    joint: 'Joint units',
    leader: 'Responsible leader',
    schedule: 'Deadline',
    progress: 'Progress',
    other: 'Other (not read)',
  },
  correctColumns: 'Correct column roles',
  hideColumns: 'Hide column roles',
  resetColumns: 'Back to automatic',
  columnLabel: (i) => `Column ${i}`,
  columnHeader: (h) => `Header: ${h}`,
  columnSample: (v) => `e.g. ${v}`,
  taskLabel: (no) => `Task ${no}`,
  lead: 'Lead',
  support: 'Support',
  joint: 'Joint',
  sole: 'Responsible',
  leaders: 'Leader',
  deadline: 'Deadline',
  noUnits: 'No responsible unit read',
  deadlineDate: (schedule, date) => (schedule && schedule !== date ? `${schedule} → ${date}` : date),
  deadlineDateOngoing: (date) => `${date}, then ongoing`,
  ongoing: 'Ongoing',
  unsure: (schedule) => `To confirm (${schedule})`,
  unread: (schedule) => `Not understood (${schedule})`,
  noSchedule: 'No deadline given',
  listSeparator: ', ',
  infoTitle: (n) => `${n} automatic correction${n === 1 ? '' : 's'}`,
  severity: { error: 'Error', warning: 'Warning', info: 'Corrected' },
  refused: (r) =>
    r.code === 'htmlTooLarge'
      ? `The pasted content is too large (${r.chars.toLocaleString('en-US')} characters, limit ${r.limit.toLocaleString('en-US')}) and was not read. Paste it in parts.`
      : `The pasted table has more than ${r.limit.toLocaleString('en-US')} cells (merged cells counted expanded) and was not read. Paste it in parts.`,
  columnReading: (best, next) => (next ? `Likeliest: ${best} · next: ${next}` : `Likeliest: ${best}`),
  switchRole: (role) => `Make it ${role}`,
  switchRoleLabel: (i, role) => `Make column ${i} ${role}`,
  rememberedApplied: 'The column roles were set as you corrected them last time for a table with the same header.',
  undoRemembered: 'Undo, use automatic roles',
  remembered: 'Correction remembered: the next table with the same header will be read this way.',
  yearLabel: 'Year of the deadlines',
  yearHint:
    'The deadlines give no year (only a month and day) and neither does the title. Type the year to read them in it.',
  yearInvalid: 'Type a four-digit year, such as 2026.',
  yearApplied: (y) => `Deadlines without a year are read in ${y}.`,
  taskProblems: 'Check',
};

/** The preview's words for the pane's locale. */
export function importStrings(locale: Locale): ImportStrings {
  return locale === 'en-US' ? EN : ZH;
}
