/**
 * The 督查通报 as a .docx: the facts of the ledger on the as-of day under the warning rule, in GB/T 9704 layout.
 */
import { noticeBlocks } from './noticeBlocks';
import { noticeFacts } from './noticeFacts';
import type { NoticeForm, OfficialDocumentInput } from './types';
import { writeOfficialDocx } from './writeOfficialDocx';

/**
 * @example const bytes = await buildNoticeDocx({ tasks, asOf: '2026-11-29', rule, printedOn: '2026-11-30' }, DEFAULT_NOTICE_FORM);
 */
export async function buildNoticeDocx(input: OfficialDocumentInput, form: NoticeForm): Promise<Uint8Array> {
  const facts = noticeFacts(input.tasks, input.asOf, input.rule);
  return writeOfficialDocx(noticeBlocks(facts, form, input.printedOn), `督查通报第${form.issue.trim()}期`);
}

/**
 * The notice's file name.
 * @example noticeFileName('12', '2026-11-29') // '督查通报第12期（截至2026-11-29）.docx'
 */
export function noticeFileName(issue: string, asOf: string): string {
  return `督查通报第${issue.trim().replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')}期（截至${asOf}）.docx`;
}
