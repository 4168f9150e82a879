/**
 * Cheap checks of a returned file's container before ExcelJS parses it: size, zip signature,
 * a complete central directory, the parts an .xlsx must have, and a bound on the unpacked size.
 */
import { MAX_REPORT_BYTES, type ReportIssue } from './types';

/** Unpacked parts above this total are refused (a zip bomb would otherwise exhaust memory). */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
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
  const { unzipSync } = await import('fflate');
  const names: string[] = [];
  let unpacked = 0;
  try {
    // The filter sees every entry's header and extracts nothing: a listing without inflating.
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        unpacked += file.originalSize;
        return false;
      },
    });
  } catch {
    return refuse('truncated', '文件已损坏或不完整，无法读取。请让填报单位重新发送。');
  }
  if (!names.includes('xl/workbook.xml') || !names.includes('[Content_Types].xml')) {
    if (names.some((n) => n.startsWith('xl/'))) return refuse('unreadable', '文件已损坏（工作簿的组成部分缺失），无法读取。请让填报单位重新发送。');
    return refuse('not-xlsx', '这是压缩包而不是 Excel 工作簿（.xlsx）。如是多个填报表的压缩包，请先解压再选择其中的文件。');
  }
  if (unpacked > MAX_UNPACKED_BYTES) {
    return refuse('too-large', '文件解压后过大，未读取。请确认是否选错了文件。');
  }
  return null;
}
