/**
 * The words of 导出台账副本, both locales, kept in the summary panel's chunk (the first load carries none of them).
 */
import type { Locale } from '../i18n/strings';

export interface LedgerCopyStrings {
  heading: string;
  hint: (rolling: boolean) => string;
  button: string;
  busy: string;
  done: (file: string, tasks: number, entries: number) => string;
  failed: (detail: string) => string;
}

const ZH: LedgerCopyStrings = {
  heading: '台账副本',
  hint: (rolling) =>
    `给没有安装本加载项的领导和单位：一个 .xlsx 文件，含汇总、任务台账和进展记录，公式只用 Excel 自带函数，Excel、WPS、LibreOffice 打开即自动计算。` +
    (rolling ? '逾期和临期按打开当天统计。' : '逾期和临期按上方所选截至日期统计。'),
  button: '导出台账副本 (.xlsx)',
  busy: '正在导出…',
  done: (file, tasks, entries) => `已导出“${file}”：${tasks} 项任务，${entries} 条进展记录。`,
  failed: (detail) => `导出失败：${detail}`,
};

const EN: LedgerCopyStrings = {
  heading: 'Ledger copy',
  hint: (rolling) =>
    'For readers without this add-in: one .xlsx with the summary, the ledger and the progress log, using built-in functions only, so Excel, WPS and LibreOffice compute it on open. ' +
    (rolling ? 'Overdue and due soon are judged from the day it is opened.' : 'Overdue and due soon are judged from the as-of date chosen above.'),
  button: 'Export ledger copy (.xlsx)',
  busy: 'Exporting…',
  done: (file, tasks, entries) => `Saved “${file}”: ${tasks} tasks, ${entries} progress entries.`,
  failed: (detail) => `Export failed: ${detail}`,
};

export function ledgerCopyStrings(locale: Locale): LedgerCopyStrings {
  return locale === 'en-US' ? EN : ZH;
}
