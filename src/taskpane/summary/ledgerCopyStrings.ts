/**
 * The words of 导出台账副本, both locales, kept in the summary panel's chunk (the first load carries none of them).
 */
import type { Locale } from '../i18n/strings';
import type { LedgerCopyProblem, TooLongPlace } from '../../ledgerCopy/types';

export interface LedgerCopyStrings {
  heading: string;
  hint: (rolling: boolean) => string;
  button: string;
  busy: string;
  done: (file: string, tasks: number, entries: number) => string;
  failed: (detail: string) => string;
  /** Why the copy was not built. */
  problem: (problem: LedgerCopyProblem) => string;
}

const SUMMARY_ZH = { title: '标题', notice: '通报全文', section: '板块名称', agency: '单位名称' } as const;
const SUMMARY_EN = {
  title: 'The title',
  notice: 'The notice',
  section: 'A section name',
  agency: 'An agency name',
} as const;

function placeZh(place: TooLongPlace): string {
  switch (place.kind) {
    case 'task':
      return `第${place.no}项${place.column === '' ? '' : `“${place.column}”`}`;
    case 'history':
      return `进展记录第${place.entry}条（序号 ${place.no}）`;
    case 'summary':
      return SUMMARY_ZH[place.what];
  }
}

function placeEn(place: TooLongPlace): string {
  switch (place.kind) {
    case 'task':
      return `Task ${place.no}${place.column === '' ? '' : ` (“${place.column}”)`}`;
    case 'history':
      return `Progress entry ${place.entry} (task ${place.no})`;
    case 'summary':
      return SUMMARY_EN[place.what];
  }
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
  problem: (p) => {
    switch (p.code) {
      case 'too-long':
        return `${placeZh(p.params)}的内容超过 Excel 单元格上限（32767 个字符），无法导出；请先在台账中缩短。`;
      case 'as-of-invalid':
        return `截至日期无效：${p.params.asOf}`;
      case 'warn-days-invalid':
        return `预警天数应为 0–3650 的整数：${p.params.warnDays}`;
      case 'too-many-rows':
        return `任务过多（${p.params.rows} 行），超出 Excel 工作表的行数`;
    }
  },
};

const EN: LedgerCopyStrings = {
  heading: 'Ledger copy',
  hint: (rolling) =>
    'For readers without this add-in: one .xlsx with the summary, the ledger and the progress log, using built-in functions only, so Excel, WPS and LibreOffice compute it on open. ' +
    (rolling
      ? 'Overdue and due soon are judged from the day it is opened.'
      : 'Overdue and due soon are judged from the as-of date chosen above.'),
  button: 'Export ledger copy (.xlsx)',
  busy: 'Exporting…',
  done: (file, tasks, entries) => `Saved “${file}”: ${tasks} tasks, ${entries} progress entries.`,
  failed: (detail) => `Export failed: ${detail}`,
  problem: (p) => {
    switch (p.code) {
      case 'too-long':
        return `${placeEn(p.params)} is longer than an Excel cell holds (32,767 characters) and cannot be exported; shorten it in the ledger first.`;
      case 'as-of-invalid':
        return `The as-of date is not valid: ${p.params.asOf}`;
      case 'warn-days-invalid':
        return `The warning window must be a whole number of days, 0–3650: ${p.params.warnDays}`;
      case 'too-many-rows':
        return `Too many tasks (${p.params.rows} rows) for an Excel sheet`;
    }
  },
};

export function ledgerCopyStrings(locale: Locale): LedgerCopyStrings {
  return locale === 'en-US' ? EN : ZH;
}
