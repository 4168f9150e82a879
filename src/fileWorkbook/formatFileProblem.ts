/**
 * The save problems of `saveToHandle` in words, zh-CN and en-US (the data stays codes). A refused operation
 * (`FileUnsupported`) is worded by the pane, `src/taskpane/i18n/fileUnsupportedText.ts`.
 */
import type { FileSaveProblem } from './saveToHandle';

export type FileProblem = FileSaveProblem;
export type FileProblemLocale = 'zh-CN' | 'en-US';

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
  }
}
