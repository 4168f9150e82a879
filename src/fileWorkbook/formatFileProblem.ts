/**
 * The file port's refusals and save problems in words, zh-CN and en-US (the page shows them; the data stays codes).
 */
import type { FileOperation, FileUnsupported } from './fileRefusal';
import type { FileSaveProblem } from './saveToHandle';

export type FileProblem = FileSaveProblem | { code: 'file-unsupported'; params: FileUnsupported['params'] };
export type FileProblemLocale = 'zh-CN' | 'en-US';

const OPERATIONS: Readonly<Record<FileOperation, { 'zh-CN': string; 'en-US': string }>> = {
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

/**
 * The words of a problem.
 * @example formatFileProblem({ code: 'file-changed', params: { name: '台账.xlsx' } }, 'zh-CN') // '“台账.xlsx”在打开后已被修改…'
 */
export function formatFileProblem(problem: FileProblem, locale: FileProblemLocale): string {
  const zh = locale === 'zh-CN';
  switch (problem.code) {
    case 'file-changed':
      return zh
        ? `“${problem.params.name}”在打开后已被其他程序修改（例如在 WPS 中保存过），未覆盖。请重新打开该文件并合并：未保存的修改仍在本页中。`
        : `“${problem.params.name}” was changed by another program after it was opened (saved in WPS, say), so it was not overwritten. Open it again and merge: your unsaved changes are still here.`;
    case 'file-locked':
      return zh
        ? `无法写入“${problem.params.name}”：它正在 WPS 或 Excel 中打开。请在那里关闭该文件后再点“保存台账”，修改不会丢失。`
        : `“${problem.params.name}” cannot be written: it is open in WPS or Excel. Close it there and press Save again; nothing is lost.`;
    case 'file-unwritable':
      return zh
        ? `无法写入“${problem.params.name}”（${problem.params.reason}）。修改仍在本页中，可另存为新文件。`
        : `“${problem.params.name}” cannot be written (${problem.params.reason}). Your changes are still here; save them as a new file.`;
    case 'file-unsupported':
      return OPERATIONS[problem.params.operation][locale];
  }
}
