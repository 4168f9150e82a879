/**
 * The words of an operation the offline page's file port refuses (`FileUnsupported` in src/fileWorkbook/fileRefusal.ts:
 * `code: 'file-unsupported'`, `params.operation`), per locale. The pane knows the error by its shape, so that its bundle
 * never imports the file port; `tests/taskpane/i18n/fileUnsupportedText.test.ts` checks every operation has words.
 */
import type { Locale } from './strings';

/** The shape of the file port's `FileUnsupported`. */
export interface FileUnsupportedLike {
  code: 'file-unsupported';
  params: { operation: string; table?: string };
}

const OPERATIONS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  'load-ledger': {
    'zh-CN': '网页版不能在此文件中载入任务表。',
    'en-US': 'The page cannot load a task table into this file.',
  },
  'new-ledger-in-workbook': {
    'zh-CN': '此工作簿中还没有任务台账：请用“新建台账”另存一个台账文件，网页版不在别人的工作簿中添加台账工作表。',
    'en-US':
      'This workbook has no ledger yet: use “New ledger” to save a ledger file; the page does not add ledger sheets to another workbook.',
  },
  summary: { 'zh-CN': '找不到任务台账，无法生成汇总。', 'en-US': 'No ledger found, so no summary can be built.' },
  'save-round': { 'zh-CN': '网页版无法保存此填报轮次。', 'en-US': 'The page cannot save this reporting round.' },
  'apply-report': {
    'zh-CN':
      '进展记录表缺少“填报单位”“填报轮次”“答复编号”列（旧版台账）：请在 Excel 加载项中导入一次，加载项会补上这些列。',
    'en-US':
      'The progress log lacks the 填报单位, 填报轮次 and 答复编号 columns (an older ledger): import once in the Excel add-in, which adds them.',
  },
  'report-key': { 'zh-CN': '网页版无法读取或保存报送密钥。', 'en-US': 'The page cannot read or keep the report key.' },
  'carry-over': {
    'zh-CN': '网页版不能把原表的列带入台账。',
    'en-US': 'The page cannot carry the table’s own columns into the ledger.',
  },
  'cells-below-table': {
    'zh-CN': '表格下方还有内容，网页版追加行会覆盖它们：请在 Excel 或 WPS 中把表格下方的内容移开后再试。',
    'en-US':
      'There are cells below the table that appended rows would overwrite: move them away in Excel or WPS and try again.',
  },
};

const ANY_OPERATION: Readonly<Record<Locale, string>> = {
  'zh-CN': '网页版不能在此文件中完成这项操作：请在 Excel 加载项或 WPS 中完成。',
  'en-US': 'The page cannot do this in this file: do it in the Excel add-in or in WPS.',
};

/** Whether a rejected value is the file port's `FileUnsupported` (or anything of its shape). */
export function isFileUnsupported(error: unknown): error is FileUnsupportedLike {
  if (typeof error !== 'object' || error === null) return false;
  const { code, params } = error as { code?: unknown; params?: { operation?: unknown } };
  return code === 'file-unsupported' && typeof params?.operation === 'string';
}

/**
 * The refusal in words.
 * @example fileUnsupportedText({ code: 'file-unsupported', params: { operation: 'summary' } }, 'en-US') // 'No ledger found, so no summary can be built.'
 */
export function fileUnsupportedText(error: FileUnsupportedLike, locale: Locale): string {
  return (OPERATIONS[error.params.operation] ?? ANY_OPERATION)[locale];
}
