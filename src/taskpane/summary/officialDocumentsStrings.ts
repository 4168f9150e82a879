/**
 * The words of 导出通报 / 督办单, both locales, kept in the summary panel's chunk (the first load carries none of them).
 * The documents themselves are Chinese by design.
 */
import type { Locale } from '../i18n/strings';

export interface OfficialDocumentsStrings {
  heading: string;
  hint: string;
  issue: string;
  office: string;
  addressees: string;
  copyTo: string;
  requirements: string;
  replyBy: string;
  replyTo: string;
  replyToDefault: (office: string) => string;
  /** What the notice will say, from the same facts it is written from. */
  preview: (total: number, done: number, percent: string, late: number, overdue: number, dueSoon: number) => string;
  exportNotice: string;
  exportSupervision: string;
  busy: string;
  noticeDone: (file: string) => string;
  supervisionDone: (file: string, agencies: number) => string;
  supervisionNone: string;
  needsIssue: string;
  failed: (detail: string) => string;
}

const ZH: OfficialDocumentsStrings = {
  heading: '通报与督办单',
  hint: '按 GB/T 9704 公文格式生成 Word 文档（.docx）：督查通报一份；督办单按单位各一份，多个单位时打包为 .zip。预警按当前预警规则判断。',
  issue: '期数',
  office: '发文单位',
  addressees: '主送',
  copyTo: '抄送',
  requirements: '下步要求（每行一段）',
  replyBy: '督办单回复期限',
  replyTo: '回复至',
  replyToDefault: (office) => office,
  preview: (total, done, percent, late, overdue, dueSoon) =>
    `通报将写入：共 ${total} 项，已完成 ${done} 项（${percent}%），滞后或逾期 ${late} 项（其中逾期 ${overdue} 项），临期 ${dueSoon} 项。`,
  exportNotice: '导出通报 (.docx)',
  exportSupervision: '导出督办单',
  busy: '正在生成…',
  noticeDone: (file) => `已导出“${file}”。`,
  supervisionDone: (file, agencies) => `已导出“${file}”：${agencies} 个单位的督办单。`,
  supervisionNone: '没有滞后、逾期或临期的任务，无需督办单。',
  needsIssue: '请填写期数。',
  failed: (detail) => `导出失败：${detail}`,
};

const EN: OfficialDocumentsStrings = {
  heading: 'Notice and supervision letters',
  hint: 'Word documents (.docx) in the GB/T 9704 official layout: one supervision notice, and a supervision letter per agency, several as one .zip. Warnings follow the current warning rule. The documents are in Chinese.',
  issue: 'Issue number',
  office: 'Issuing office',
  addressees: 'Addressees',
  copyTo: 'Copy to',
  requirements: 'Next steps (one paragraph a line)',
  replyBy: 'Reply by',
  replyTo: 'Reply to',
  replyToDefault: (office) => office,
  preview: (total, done, percent, late, overdue, dueSoon) =>
    `The notice will say: ${total} tasks, ${done} done (${percent}%), ${late} behind or overdue (${overdue} overdue), ${dueSoon} due soon.`,
  exportNotice: 'Export notice (.docx)',
  exportSupervision: 'Export supervision letters',
  busy: 'Writing…',
  noticeDone: (file) => `Saved “${file}”.`,
  supervisionDone: (file, agencies) => `Saved “${file}”: letters for ${agencies} agencies.`,
  supervisionNone: 'No task is behind, overdue or due soon: no letter is needed.',
  needsIssue: 'Fill in the issue number.',
  failed: (detail) => `Export failed: ${detail}`,
};

export function officialDocumentsStrings(locale: Locale): OfficialDocumentsStrings {
  return locale === 'en-US' ? EN : ZH;
}
