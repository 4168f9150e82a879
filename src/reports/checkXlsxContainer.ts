/**
 * Cheap checks of a returned file's container before anything in it is parsed: size, zip signature, the zip's
 * own structure (`scanZip`: directory and local headers agree, no hidden or shared records, clean unique
 * names), the parts an .xlsx must have, and the unpacked size of the parts a report is read from.
 */
import { scanZip, type ZipRecord, type ZipRefusal } from '../ooxml';
import { MAX_REPORT_BYTES, type ReportIssue } from './types';

/**
 * Unpacked parts read above this total are refused (declared sizes, which `inflateEntry` then holds each part
 * to): a report of 1,000 tasks with long answers unpacks to about 2 MB.
 */
export const MAX_UNPACKED_BYTES = 8 * 1024 * 1024;
/** A report has about a dozen parts; a workbook re-saved by Excel or WPS a few dozen. */
export const MAX_XLSX_ENTRIES = 500;

export type ContainerCheck = { ok: true; entries: ZipRecord[] } | { ok: false; issue: ReportIssue };

function refuse(code: ReportIssue['code'], message: string): ContainerCheck {
  return { ok: false, issue: { code, severity: 'error', message } };
}

/** The words for a zip refused by structure. */
export function zipRefusalIssue(refusal: ZipRefusal): ReportIssue {
  switch (refusal.code) {
    case 'truncated':
      return { code: 'truncated', severity: 'error', message: '文件已损坏或不完整（可能下载或传输中断），无法读取。请让填报单位重新发送。' };
    case 'too-many-entries':
      return { code: 'unreadable', severity: 'error', message: `文件内部含 ${refusal.params.entries} 个部件，超过 ${refusal.params.limit} 个的上限，不像填报表，未读取。` };
    case 'zip-altered':
      return { code: 'zip-altered', severity: 'error', message: `文件的压缩结构自相矛盾（${refusal.params.reason}${refusal.params.entry ? `：${refusal.params.entry.slice(0, 60)}` : ''}），是写成之后被改动过的文件，未读取。请让填报单位在 Excel 或 WPS 中另存为 .xlsx 后重新发送。` };
    case 'zip-unsupported':
      return { code: 'unreadable', severity: 'error', message: `文件使用了填报表不会用到的压缩方式（${refusal.params.feature}），无法读取。请让填报单位在 Excel 或 WPS 中另存为 .xlsx 后重新发送。` };
  }
}

/**
 * The verified entries of a file that may be an intact .xlsx, or why it cannot be one; never throws.
 * @example checkXlsxContainer(new TextEncoder().encode('hello')) // { ok: false, issue: { code: 'not-xlsx', … } }
 */
export function checkXlsxContainer(bytes: Uint8Array): ContainerCheck {
  if (bytes.length === 0) return refuse('empty-file', '文件是空的（0 字节），请让填报单位重新发送。');
  if (bytes.length > MAX_REPORT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return refuse('too-large', `文件大小为 ${mb} MB，超过 ${MAX_REPORT_BYTES / 1024 / 1024} MB 的上限，未读取。填报表通常不足 100 KB，请确认是否选错了文件。`);
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    return refuse('not-xlsx', '这不是 .xlsx 文件（可能是 .xls、.et、.csv 或其他格式）。请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再导入。');
  }
  const scan = scanZip(bytes, { maxEntries: MAX_XLSX_ENTRIES });
  if (!scan.ok) return { ok: false, issue: zipRefusalIssue(scan.refusal) };
  const names = scan.entries.map((e) => e.name);
  if (!names.includes('xl/workbook.xml') || !names.includes('[Content_Types].xml')) {
    if (names.some((n) => n.startsWith('xl/'))) return refuse('unreadable', '文件已损坏（工作簿的组成部分缺失），无法读取。请让填报单位重新发送。');
    return refuse('not-xlsx', '这是压缩包而不是 Excel 工作簿（.xlsx）。如是多个填报表的压缩包，请先解压再选择其中的文件。');
  }
  return { ok: true, entries: scan.entries };
}
