/**
 * The words of the 填报轮次 panel, both locales, in the panel's own chunk so the first load carries none of them.
 */
import type { Locale } from '../i18n/strings';
import type { CreateRoundProblem, ReportIssue } from '../../reports';
import { reportIssueText } from './reportIssueText';

export interface RoundsStrings {
  title: string;
  /** Outside Excel: what the preview lets you try, and that nothing is written. */
  previewNote: string;
  previewRoundStarted: (name: string) => string;
  receiveNeedsExcel: string;
  loadFailed: (detail: string) => string;
  roundIssues: (n: number) => string;
  startHeading: string;
  roundName: string;
  roundNameHint: string;
  dueDate: string;
  startRound: string;
  roundStarted: (name: string) => string;
  roundFailed: (detail: string) => string;
  /** Why a round cannot start (createRound's problem), with the name or date typed. */
  roundRefused: (problem: CreateRoundProblem) => string;
  chooseRound: string;
  /** The round picker's option: its name and due date (the option is marked lang="zh-CN", so no English words). */
  roundOption: (name: string, due: string) => string;
  noRounds: string;
  sendHeading: string;
  agencies: string;
  agencyOption: (agency: string, tasks: number) => string;
  selectAll: string;
  selectNone: string;
  noAgencies: string;
  /** `各乡镇` is sent to its listed members. */
  groupSentTo: (group: string, members: string) => string;
  /** Groups whose members no one listed: left out. */
  groupsUnlisted: (groups: string) => string;
  /** Names that stand for no one in particular: left out. */
  unspecifiedLeftOut: (names: string) => string;
  notSentHeading: string;
  send: (n: number) => string;
  sending: string;
  sentOne: (file: string) => string;
  sentZip: (file: string, n: number) => string;
  sendFailed: (detail: string) => string;
  pickAgency: string;
  receiveHeading: string;
  receiveFiles: string;
  receiveHint: string;
  reading: string;
  readFailed: (detail: string) => string;
  fileRefused: (name: string) => string;
  fileRead: (name: string, agency: string, round: string, answers: number) => string;
  /** After `fileRead` for a format-1 file: nobody can vouch for its identity. */
  unauthenticated: string;
  changesHeading: (n: number) => string;
  change: (no: number, from: string, to: string) => string;
  changeBy: (by: string, date: string) => string;
  conflict: string;
  /** A change whose answer is older than the row's 更新日期 (applying leaves it out). */
  staleChange: string;
  historyOnly: (n: number) => string;
  skipped: (n: number) => string;
  allApplied: (n: number) => string;
  nothingToApply: string;
  issuesHeading: (n: number) => string;
  /** A problem in a returned file, with the file, row and task number, worded from its code and params (`reportIssueText`). */
  issue: (file: string, issue: ReportIssue) => string;
  errorsNote: string;
  apply: (n: number) => string;
  applying: string;
  applied: (applied: number, skipped: number, updated: number) => string;
  notFound: (nos: string) => string;
  editedMeanwhile: (nos: string) => string;
  olderThanLedger: (nos: string) => string;
  applyFailed: (detail: string) => string;
  chaseHeading: string;
  answeredList: (n: number) => string;
  lateList: (n: number) => string;
  notYetList: (n: number) => string;
  answeredOn: (agency: string, date: string | null, late: boolean) => string;
  lateBy: (agency: string, days: number) => string;
  chaseText: string;
  /** In a pane that is not Chinese, under the 催报 and 通报 texts: what they are and why they are in Chinese ('' in zh-CN). */
  chaseTextNote: string;
  noticeTextNote: string;
  copyChase: string;
  noticeText: string;
  copyNotice: string;
  copied: string;
  copyFallback: string;
  everyoneAnswered: string;
}

const ZH: RoundsStrings = {
  title: '填报轮次',
  previewNote:
    '只读预览：可以开始一个示例轮次、下载某个单位的填报表、查看催报名单，看看一轮填报怎么进行。示例轮次只保存在本页，不写入任何工作簿；在 Excel 中打开此加载项才能真正开始填报轮次。',
  previewRoundStarted: (n) => `已在本页开始示例轮次“${n}”（预览，未写入任何工作簿）。`,
  receiveNeedsExcel: '在 Excel 中打开此加载项才能导入回收的填报表并更新台账。',
  loadFailed: (d) => `读取“填报轮次”表失败：${d}。请重试。`,
  roundIssues: (n) => `“填报轮次”表中有 ${n} 行无法识别，已略过。请在表格中改正。`,
  startHeading: '开始新一轮',
  roundName: '轮次名称',
  roundNameHint: '如“2026年11月”，不能与已有轮次重名。',
  dueDate: '报送截止日期',
  startRound: '开始新一轮',
  roundStarted: (n) => `已开始填报轮次“${n}”。`,
  roundFailed: (d) => `无法开始填报轮次：${d}`,
  roundRefused: (p) => {
    if (p.code === 'empty-name') return '请填写轮次名称，如“2026年11月”。';
    if (p.code === 'duplicate-name') return `已有名为“${p.params.name}”的填报轮次。`;
    return `截止日期“${p.params.dueDate}”无效，应如 2026-11-25。`;
  },
  chooseRound: '当前轮次',
  roundOption: (n, d) => `${n}（截止 ${d}）`,
  noRounds: '还没有填报轮次。请先在上方开始一轮。',
  sendHeading: '下发填报表',
  agencies: '填报单位',
  agencyOption: (a, n) => `${a}（${n} 项）`,
  selectAll: '全选',
  selectNone: '全不选',
  noAgencies: '台账中没有责任单位。请先导入任务表。',
  groupSentTo: (g, m) => `${g}：发给其成员单位 ${m}。`,
  groupsUnlisted: (g) =>
    `${g}：是一组单位，“单位别名”表（台账设置）中未列出其成员，不发送填报表。如需发送，请在该表中写一行：写法为组名，规范名称为成员单位（用“、”分隔）。`,
  unspecifiedLeftOut: (n) => `${n}：未指明具体单位，不发送填报表。`,
  notSentHeading: '分组与未指明的单位',
  send: (n) => (n === 1 ? '生成填报表（1 个单位，.xlsx）' : `生成填报表（${n} 个单位，.zip）`),
  sending: '正在生成填报表…',
  sentOne: (f) => `已生成“${f}”。请在浏览器的下载中查看，发给该单位填报。`,
  sentZip: (f, n) => `已生成“${f}”，内含 ${n} 个单位的填报表。`,
  sendFailed: (d) => `生成填报表失败：${d}。请重试。`,
  pickAgency: '请至少选择一个单位。',
  receiveHeading: '导入回收的填报表',
  receiveFiles: '选择回收的填报表（.xlsx 或 .zip，可多选）',
  receiveHint: '先预览，确认后才写入台账。',
  reading: '正在读取…',
  readFailed: (d) => `读取文件失败：${d}。请重新选择文件。`,
  fileRefused: (n) => `${n}：未能读取，整份文件未导入。`,
  fileRead: (n, a, r, k) => `${n}：${a}，${r}，${k} 条有效答复。`,
  unauthenticated: '旧格式，无签名，未认证：请核对填报单位。',
  changesHeading: (n) => `将更新 ${n} 项任务`,
  change: (no, f, t) => `任务 ${no}：${f} → ${t}`,
  changeBy: (b, d) => `${b}，${d}`,
  conflict: '同级单位报送的状态不一致，已采用填报日期最晚的一份。',
  staleChange: '这份答复早于台账中的最近一次填报，应用时不会覆盖台账。如确需采用，请在任务中手工填报。',
  historyOnly: (n) => `共 ${n} 条答复将记入进展记录（配合单位的答复只记入记录）。`,
  skipped: (n) => `${n} 条答复此前已导入，将跳过。`,
  allApplied: (n) => `这些文件中的 ${n} 条答复此前都已导入，无需再次应用。`,
  nothingToApply: '没有可导入的答复。',
  issuesHeading: (n) => `发现 ${n} 个问题`,
  issue: (f, issue) => {
    const { code, row, no } = issue;
    const where = `${row === undefined ? '' : ` 第 ${row} 行`}${no === undefined ? '' : `（序号 ${no}）`}`;
    return `${f}${where}：${reportIssueText(issue, 'zh-CN')}（${code}）`;
  },
  errorsNote: '有错误的行不会导入，其余行照常导入。请让填报单位改正后重新报送。',
  apply: (n) => `应用（${n} 条答复）`,
  applying: '正在写入台账…',
  applied: (a, s, u) => `已应用 ${a} 条答复，跳过 ${s} 条，更新 ${u} 项任务。`,
  notFound: (nos) => `台账中已没有任务 ${nos}，其答复只记入进展记录。`,
  editedMeanwhile: (nos) =>
    `任务 ${nos} 在预览之后被修改过，其答复未应用、未记录。请重新选择文件，查看最新预览后再应用。`,
  olderThanLedger: (nos) =>
    `任务 ${nos} 的答复早于台账中的最近一次填报，未覆盖、未记录。如确需采用，请在任务中手工填报。`,
  applyFailed: (d) => `写入台账失败：${d}。台账未改动，请重试。`,
  chaseHeading: '报送情况与催报',
  answeredList: (n) => `已报送（${n}）`,
  lateList: (n) => `已逾期未报（${n}）`,
  notYetList: (n) => `未报，未到截止日期（${n}）`,
  answeredOn: (a, d, l) => `${a}${d ? `：${d}` : ''}${l ? '（逾期报送）' : ''}`,
  lateBy: (a, d) => `${a}：逾期 ${d} 天`,
  chaseText: '催报文字',
  chaseTextNote: '',
  noticeTextNote: '',
  copyChase: '复制催报文字',
  noticeText: '报送情况通报',
  copyNotice: '复制报送情况通报',
  copied: '已复制到剪贴板。',
  copyFallback: '无法直接复制。请选中下方文字后按 Ctrl+C 复制。',
  everyoneAnswered: '所有单位均已报送，无需催报。',
};

const EN: RoundsStrings = {
  title: 'Reporting rounds',
  previewNote:
    'Read-only preview: start a sample round, download an agency’s report workbook and see the reminder list, to see how a round works. The sample round lives in this page only and is written to no workbook; open this add-in in Excel to run real rounds.',
  previewRoundStarted: (n) => `Sample round “${n}” started in this page (preview: written to no workbook).`,
  receiveNeedsExcel: 'Open this add-in in Excel to import returned report workbooks into the ledger.',
  loadFailed: (d) => `Could not read the rounds sheet: ${d}. Please retry.`,
  roundIssues: (n) =>
    `${n} rows of the rounds sheet could not be read and were skipped. Please correct them in the sheet.`,
  startHeading: 'Start a round',
  roundName: 'Round name',
  roundNameHint: 'The agencies see this name (in Chinese, such as the month); it must differ from existing rounds.',
  dueDate: 'Due date',
  startRound: 'Start round',
  roundStarted: (n) => `Round “${n}” started.`,
  roundFailed: (d) => `Could not start the round: ${d}`,
  roundRefused: (p) => {
    if (p.code === 'empty-name') return 'Enter a name for the round, such as the month it covers.';
    if (p.code === 'duplicate-name') return `There is already a round named “${p.params.name}”.`;
    return `The due date “${p.params.dueDate}” is not a date; write it like 2026-11-25.`;
  },
  chooseRound: 'Current round',
  // An <option> holds no markup: the whole option is marked as the table's language, so it carries no English words.
  roundOption: (n, d) => `${n} · ${d}`,
  noRounds: 'No rounds yet. Start one above.',
  sendHeading: 'Send report workbooks',
  agencies: 'Agencies',
  agencyOption: (a, n) => `${a} (${n} ${n === 1 ? 'task' : 'tasks'})`,
  selectAll: 'Select all',
  selectNone: 'Select none',
  noAgencies: 'The ledger names no agency. Import the task table first.',
  groupSentTo: (g, m) => `${g}: sent to its members ${m}.`,
  groupsUnlisted: (g) =>
    `${g}: a group of units whose members the AgencyAliases table (台账设置) does not list; no report is sent. To send one, add a row there: the group's name as the written form, its members (separated by 、) as the canonical name.`,
  unspecifiedLeftOut: (n) => `${n}: no particular unit is named; no report is sent.`,
  notSentHeading: 'Groups and unnamed units',
  send: (n) => (n === 1 ? 'Create report (1 agency, .xlsx)' : `Create reports (${n} agencies, .zip)`),
  sending: 'Creating report workbooks…',
  sentOne: (f) => `Created “${f}”. Find it in your downloads and send it to the agency.`,
  sentZip: (f, n) => `Created “${f}” with the reports of ${n} agencies.`,
  sendFailed: (d) => `Could not create the reports: ${d}. Please retry.`,
  pickAgency: 'Choose at least one agency.',
  receiveHeading: 'Import returned reports',
  receiveFiles: 'Choose returned reports (.xlsx or .zip, several allowed)',
  receiveHint: 'You see a preview first; nothing is written until you apply it.',
  reading: 'Reading…',
  readFailed: (d) => `Could not read the files: ${d}. Please choose them again.`,
  fileRefused: (n) => `${n}: could not be read; nothing from this file is imported.`,
  fileRead: (n, a, r, k) => `${n}: ${a}, ${r}, ${k} valid answers.`,
  unauthenticated: 'Old format, unsigned, not authenticated: check the agency.',
  changesHeading: (n) => `${n} tasks will change`,
  change: (no, f, t) => `Task ${no}: ${f} → ${t}`,
  changeBy: (b, d) => `${b}, ${d}`,
  conflict: 'Agencies of the same rank reported different statuses; the latest report wins.',
  staleChange:
    'This answer is older than the ledger’s last entry: applying will not overwrite it. To use it anyway, enter it on the task.',
  historyOnly: (n) =>
    `${n} answers will be added to the history (supporting agencies' answers go to the history only).`,
  skipped: (n) => `${n} answers were imported before and will be skipped.`,
  allApplied: (n) => `All ${n} answers in these files were imported before; there is nothing to apply.`,
  nothingToApply: 'There are no answers to import.',
  issuesHeading: (n) => `${n} problems found`,
  issue: (f, issue) => {
    const { code, row, no } = issue;
    const where = `${row === undefined ? '' : ` row ${row}`}${no === undefined ? '' : `, task ${no}`}`;
    return `${f}${where}: ${reportIssueText(issue, 'en-US')} (${code})`;
  },
  errorsNote: 'Rows with errors are not imported; the others are. Ask the agency to correct and resend them.',
  apply: (n) => `Apply (${n} answers)`,
  applying: 'Writing to the ledger…',
  applied: (a, s, u) => `Applied ${a} answers, skipped ${s}, updated ${u} tasks.`,
  notFound: (nos) => `Tasks ${nos} are no longer in the ledger; their answers went to the history only.`,
  editedMeanwhile: (nos) =>
    `Tasks ${nos} were edited after the preview; their answers were neither applied nor recorded. Choose the files again and apply from a fresh preview.`,
  olderThanLedger: (nos) =>
    `The answers for tasks ${nos} are older than the ledger's last entry; nothing was overwritten or recorded. Enter them by hand on the task if they should stand.`,
  applyFailed: (d) => `Could not write to the ledger: ${d}. Nothing was changed; please retry.`,
  chaseHeading: 'Who answered, and reminders',
  answeredList: (n) => `Answered (${n})`,
  lateList: (n) => `Late, not answered (${n})`,
  notYetList: (n) => `Not answered, not due yet (${n})`,
  answeredOn: (a, d, l) => `${a}${d ? `: ${d}` : ''}${l ? ' (late)' : ''}`,
  lateBy: (a, d) => `${a}: ${d} days late`,
  chaseText: 'Reminder text',
  chaseTextNote: 'The reminder is written in Chinese, for the agencies.',
  noticeTextNote: 'The notice is written in Chinese, for officials.',
  copyChase: 'Copy reminder text',
  noticeText: 'Reporting notice',
  copyNotice: 'Copy reporting notice',
  copied: 'Copied to the clipboard.',
  copyFallback: 'Could not copy directly. Select the text below and press Ctrl+C.',
  everyoneAnswered: 'Every agency has answered; no reminder needed.',
};

/** The panel's words for the pane's locale. */
export function roundsStrings(locale: Locale): RoundsStrings {
  return locale === 'en-US' ? EN : ZH;
}
