/**
 * A `WorkbookProblem` in words, zh-CN or en-US: the one place its sentences are made (as `formatParseIssue` is for
 * parse issues). The pane calls it with its locale (`refusalText`, `errorText`); below the pane a problem is only data.
 * A feature that needs a newer Excel names the versions that have it (Microsoft's requirement-set tables,
 * learn.microsoft.com/javascript/api/requirement-sets).
 */
import { OPTIONAL_FEATURES, type OptionalFeature } from '../../workbook/requirements';
import type { WorkbookProblem } from '../../workbook/port';

export type ProblemLocale = 'zh-CN' | 'en-US';

const TABLES_ZH: Readonly<Record<string, string>> = {
  TaskLedger: '任务台账',
  ProgressLog: '进展记录',
  ReportRounds: '填报轮次表',
  AgencyAliases: '单位别名表',
};

const FEATURES: Readonly<Record<OptionalFeature, Record<ProblemLocale, string>>> = {
  'merged-cells': { 'zh-CN': '读取合并单元格', 'en-US': 'Reading merged cells' },
  'table-resize': { 'zh-CN': '调整表格范围', 'en-US': 'Resizing a table' },
  'custom-functions': { 'zh-CN': 'TASKS 自定义函数', 'en-US': 'The TASKS custom functions' },
  'browser-download': {
    'zh-CN': '在 Mac 上下载多个文件（.zip）',
    'en-US': 'Downloading several files (.zip) on a Mac',
  },
};

/** Which Excel has a requirement set (from Microsoft's tables); the sets the add-in names. */
const EXCEL_WITH: Readonly<Record<string, Record<ProblemLocale, string>>> = {
  'ExcelApi 1.13': {
    'zh-CN': 'Microsoft 365（2102 版及以上）、Office 2021 或 2024、网页版 Excel、Mac 版 Excel 16.50 及以上',
    'en-US':
      'Microsoft 365 (version 2102 or later), Office 2021 or 2024, Excel on the web, Excel for Mac 16.50 or later',
  },
  'CustomFunctionsRuntime 1.3': {
    'zh-CN': 'Microsoft 365（2008 版及以上）、Office 2021 或 2024、网页版 Excel、Mac 版 Excel 16.40 及以上',
    'en-US':
      'Microsoft 365 (version 2008 or later), Office 2021 or 2024, Excel on the web, Excel for Mac 16.40 or later',
  },
  'OpenBrowserWindowApi 1.1': { 'zh-CN': 'Mac 版 Excel 16 及以上', 'en-US': 'Excel for Mac 16 or later' },
};

function tableName(table: string, locale: ProblemLocale): string {
  return locale === 'zh-CN' ? (TABLES_ZH[table] ?? table) : table;
}

/**
 * The problem in the locale's words: what happened, and what to do.
 * @example
 * formatWorkbookProblem({ code: 'task-gone', params: { no: 9 } }, 'en-US') // 'Task 9 is no longer in the ledger (a colleague deleted it or changed its number); nothing was written. Refresh and try again.'
 */
export function formatWorkbookProblem(problem: WorkbookProblem, locale: ProblemLocale): string {
  const zh = locale === 'zh-CN';
  switch (problem.code) {
    case 'task-gone':
      return zh
        ? `第${problem.params.no}项已不在台账中（可能被同事删除或改了序号），未写入任何内容；请刷新后重试。`
        : `Task ${problem.params.no} is no longer in the ledger (a colleague deleted it or changed its number); nothing was written. Refresh and try again.`;
    case 'rows-moving':
      return zh
        ? `${tableName(problem.params.table, locale)}的行正在被同事移动（排序、插入或删除），已恢复原样，未写入；请稍后重试。`
        : `Rows of ${problem.params.table} were being moved by a colleague (sorting, inserting or deleting); everything was put back and nothing was written. Try again in a moment.`;
    case 'table-not-expanded':
      return zh
        ? `新行已写在${tableName(problem.params.table, locale)}下方（${problem.params.address}），但 Excel 没有把它们并入表格；请把表格范围扩展到这些行（表格设计 → 调整表格大小）。`
        : `The new rows were written just below ${problem.params.table} (${problem.params.address}) but Excel did not take them into the table; extend the table over them (Table Design → Resize Table).`;
    case 'column-gone':
      return zh
        ? `写入时${tableName(problem.params.table, locale)}的一列被删除，未完成；请恢复该列后重试。`
        : `A column of ${problem.params.table} was deleted while writing; restore it and try again.`;
    case 'write-refused':
      return zh
        ? `Excel 拒绝写入${tableName(problem.params.table, locale)}（${problem.params.reason}：工作表受保护、有合并单元格或筛选挡住了新行等），已写的内容已恢复；请处理后重试。`
        : `Excel refused to write to ${problem.params.table} (${problem.params.reason}: a protected sheet, merged cells or a filter in the way …); what was written was put back. Fix it and try again.`;
    case 'needs-newer-excel': {
      const { set, version } = OPTIONAL_FEATURES[problem.params.feature];
      const where = EXCEL_WITH[`${set} ${version}`]?.[locale] ?? `${set} ${version}`;
      const feature = FEATURES[problem.params.feature][locale];
      return zh
        ? `${feature}需要较新的 Excel（${where}）；此 Excel 不支持。`
        : `${feature} needs a newer Excel (${where}); this Excel does not have it.`;
    }
    case 'no-ledger':
      return zh
        ? '工作簿中没有任务台账（TaskLedger），请先载入任务表。'
        : 'This workbook has no task ledger (TaskLedger): load a task table first.';
    case 'columns-missing':
      return columnsMissing(problem.params, locale);
    case 'duplicate-numbers':
      return duplicateNumbers(problem.params, locale);
    case 'row-edited':
      return zh
        ? `第${problem.params.no}项在您读取后已被修改（现状态“${problem.params.status}”，填报人“${problem.params.reporter}”），请刷新后再填报。`
        : `Task ${problem.params.no} was changed after you read it (status now “${problem.params.status}”, reported by “${problem.params.reporter}”); refresh and report again.`;
    case 'update-invalid':
      return zh
        ? `填报内容无效（${problem.params.fields.join('、')}）。`
        : `The report is not valid (${problem.params.fields.join(', ')}).`;
    case 'round-incomplete':
      return zh ? '填报轮次需要编号和名称。' : 'A reporting round needs an id and a name.';
    case 'round-due-date-invalid':
      return zh
        ? `截止日期“${problem.params.dueDate}”无效，应为 YYYY-MM-DD。`
        : `The due date “${problem.params.dueDate}” is not valid; write it as YYYY-MM-DD.`;
    case 'round-name-taken':
      return zh
        ? `已有名为“${problem.params.name}”的填报轮次。`
        : `A reporting round named “${problem.params.name}” already exists.`;
  }
}

type ParamsOf<C extends WorkbookProblem['code']> = Extract<WorkbookProblem, { code: C }>['params'];

const ACTIONS: Readonly<Record<ParamsOf<'columns-missing'>['action'], Record<ProblemLocale, string>>> = {
  merge: {
    'zh-CN': '未合并任何内容；请恢复该列（列标题改回原名）后重试',
    'en-US': 'nothing was merged; restore the column (its header as it was) and try again',
  },
  'write-status': {
    'zh-CN': '无法填报；请恢复该列后重试',
    'en-US': 'the report cannot be written; restore the column and try again',
  },
  'apply-reports': {
    'zh-CN': '无法写入填报结果；请恢复该列后重试',
    'en-US': 'the answers cannot be written; restore the column and try again',
  },
  'save-round': {
    'zh-CN': '无法保存；请恢复该列后重试',
    'en-US': 'the round cannot be saved; restore the column and try again',
  },
  'check-answers': {
    'zh-CN': '无法判断哪些答复已记录；请恢复该列后重试',
    'en-US': 'which answers are recorded cannot be told; restore the column and try again',
  },
};

function columnsMissing(params: ParamsOf<'columns-missing'>, locale: ProblemLocale): string {
  const action = ACTIONS[params.action][locale];
  return locale === 'zh-CN'
    ? `${tableName(params.table, locale)}中找不到“${params.columns.join('”“')}”列，${action}。`
    : `${params.table} has no column “${params.columns.join('”, “')}”; ${action}.`;
}

function duplicateNumbers(params: ParamsOf<'duplicate-numbers'>, locale: ProblemLocale): string {
  if (locale === 'zh-CN') {
    const parts = params.duplicates.map((d) => `序号${d.no}出现在第${d.rows.join('、')}行`);
    return `任务台账中有重复的序号（${parts.join('；')}），无法确定是哪一项任务；请先更正序号，再重试。`;
  }
  const parts = params.duplicates.map((d) => `number ${d.no} is on rows ${d.rows.join(', ')}`);
  return `The task ledger has repeated numbers (${parts.join('; ')}), so which task is meant cannot be told; correct the numbers and try again.`;
}
