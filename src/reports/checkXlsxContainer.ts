/**
 * Cheap checks of a returned file's container before ExcelJS parses it: size, zip signature,
 * a complete central directory, the parts an .xlsx must have, and a bound on the size it really unpacks to.
 */
import { MAX_REPORT_BYTES, type ReportIssue } from './types';
import { inflateEntry, listZipEntries } from './zipEntries';

/**
 * Unpacked parts above this total, counted while inflating, are refused: a report of 1,000 tasks with long
 * answers unpacks to about 2 MB, and ExcelJS needs roughly 20× the unpacked size in memory.
 */
export const MAX_UNPACKED_BYTES = 8 * 1024 * 1024;
const TOO_LARGE = `文件解压后超过 ${MAX_UNPACKED_BYTES / 1024 / 1024} MB（填报表通常不足 1 MB），可能是伪造的压缩文件，未读取。请确认是否选错了文件。`;
/** End of central directory record: 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

function refuse(code: ReportIssue['code'], message: string): ReportIssue {
  return { code, severity: 'error', message };
}

function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  const stop = Math.max(0, bytes.length - EOCD_SEARCH);
  for (let i = bytes.length - 22; i >= stop; i -= 1) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

/**
 * The reason a file cannot be an intact .xlsx, or null when it may be one; never throws.
 * @example await checkXlsxContainer(new TextEncoder().encode('hello')) // { code: 'not-xlsx', … }
 */
export async function checkXlsxContainer(bytes: Uint8Array): Promise<ReportIssue | null> {
  if (bytes.length === 0) return refuse('empty-file', '文件是空的（0 字节），请让填报单位重新发送。');
  if (bytes.length > MAX_REPORT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return refuse('too-large', `文件大小为 ${mb} MB，超过 ${MAX_REPORT_BYTES / 1024 / 1024} MB 的上限，未读取。填报表通常不足 100 KB，请确认是否选错了文件。`);
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    return refuse('not-xlsx', '这不是 .xlsx 文件（可能是 .xls、.et、.csv 或其他格式）。请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再导入。');
  }
  if (!hasEndOfCentralDirectory(bytes)) {
    return refuse('truncated', '文件不完整（可能下载或传输中断），无法读取。请让填报单位重新发送。');
  }
  const entries = listZipEntries(bytes);
  if (entries === null) return refuse('truncated', '文件已损坏或不完整，无法读取。请让填报单位重新发送。');
  const names = entries.map((e) => e.name);
  if (!names.includes('xl/workbook.xml') || !names.includes('[Content_Types].xml')) {
    if (names.some((n) => n.startsWith('xl/'))) return refuse('unreadable', '文件已损坏（工作簿的组成部分缺失），无法读取。请让填报单位重新发送。');
    return refuse('not-xlsx', '这是压缩包而不是 Excel 工作簿（.xlsx）。如是多个填报表的压缩包，请先解压再选择其中的文件。');
  }
  // Every part is inflated here once, counting what it really produces: ExcelJS then inflates a bounded file.
  let unpacked = 0;
  for (const entry of entries) {
    const result = await inflateEntry(bytes, entry, MAX_UNPACKED_BYTES - unpacked, false);
    if (!result.ok && result.reason === 'too-large') return refuse('too-large', TOO_LARGE);
    if (!result.ok) return refuse('unreadable', `文件已损坏（“${entry.name.slice(0, 60)}”无法解压），无法读取。请让填报单位在 Excel 或 WPS 中另存为 .xlsx 后重新发送。`);
    unpacked += result.size;
  }
  return null;
}
