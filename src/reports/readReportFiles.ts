/**
 * Reads several returned files at once, as the coordinator picks them; a .zip of returned workbooks
 * (as agencies or mail programs often send them) is opened and each workbook in it read.
 */
import { readReportWorkbook } from './readReportWorkbook';
import { MAX_REPORT_BYTES, type ReadExpectation, type ReadResult, type ReportIssue } from './types';
import { inflateEntry, scanZip } from '../ooxml';
import { zipRefusalIssue } from './checkXlsxContainer';

export interface ReturnedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileReadResult {
  /** The file's name; `包.zip/市教育局.xlsx` for a workbook found in a zip. */
  name: string;
  result: ReadResult;
}

/** Unpacked workbooks in one zip above this total are not read, counted while inflating (a zip bomb would exhaust memory). */
const MAX_ZIP_UNPACKED_BYTES = 50 * 1024 * 1024;
/** Entries in one zip of reports: one per agency, and a city has at most a few hundred. */
const MAX_ZIP_ENTRIES = 1_000;

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function refusedFile(name: string, code: ReportIssue['code'], message: string): FileReadResult {
  return { name, result: { ok: false, issues: [{ code, severity: 'error', message }] } };
}

/** Why an entry of a zip of reports is not read, or null when it is a workbook to read or noise to pass over silently. */
function skipReason(name: string): { code: ReportIssue['code']; message: string } | null {
  if (/\.(xls|et|ett|xlt)$/i.test(name)) {
    return { code: 'not-xlsx', message: '这是旧格式（.xls / .et）的表格，未读取。请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再发送。' };
  }
  if (/\.(xlsm|xlsb|csv|wps|doc|docx|pdf|zip|rar|7z)$/i.test(name)) {
    return { code: 'not-xlsx', message: '这不是填报表（.xlsx），未读取。请使用“发送填报表”生成的文件填写。' };
  }
  return null;
}

/** Entries a zip holds besides files: folders, macOS metadata, Office lock files. */
function isNoise(name: string): boolean {
  return name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)~\$/.test(name) || /(^|\/)\.DS_Store$/.test(name);
}

/**
 * The results of a zip of workbooks: each .xlsx inside read on its own, each other entry listed with the
 * reason it was not read; null when the file is itself a workbook (or not a zip), so the reader says why.
 */
async function readZipOfWorkbooks(file: ReturnedFile, expected: ReadExpectation): Promise<FileReadResult[] | null> {
  if (!isZip(file.bytes) || file.bytes.length > MAX_REPORT_BYTES) return null;
  const scan = scanZip(file.bytes, { maxEntries: MAX_ZIP_ENTRIES });
  // Refused by structure before any entry is read (5,000 records pointing at one report were read 5,000 times).
  if (!scan.ok) return scan.refusal.code === 'truncated' ? null : [{ name: file.name, result: { ok: false, issues: [zipRefusalIssue(scan.refusal)] } }];
  const entries = scan.entries;
  if (entries.some((e) => e.name === 'xl/workbook.xml')) return null;
  const results: FileReadResult[] = [];
  let total = 0;
  const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  for (const entry of sorted) {
    const name = `${file.name}/${entry.name}`;
    if (isNoise(entry.name)) continue;
    if (!/\.xlsx$/i.test(entry.name)) {
      const reason = skipReason(entry.name) ?? { code: 'not-xlsx' as const, message: '这不是填报表（.xlsx），未读取。' };
      results.push(refusedFile(name, reason.code, reason.message));
      continue;
    }
    const cap = Math.min(MAX_REPORT_BYTES, MAX_ZIP_UNPACKED_BYTES - total);
    const inflated = await inflateEntry(file.bytes, entry, cap);
    if (!inflated.ok) {
      results.push(
        inflated.reason === 'too-large'
          ? refusedFile(name, 'too-large', cap < MAX_REPORT_BYTES
            ? `压缩包内文件解压后合计超过 ${MAX_ZIP_UNPACKED_BYTES / 1024 / 1024} MB，此文件及其后的文件未读取。请分批导入。`
            : `此文件解压后超过 ${MAX_REPORT_BYTES / 1024 / 1024} MB 的上限，未读取。`)
          : inflated.reason === 'size-mismatch'
            ? { name, result: { ok: false, issues: [zipRefusalIssue({ code: 'zip-altered', params: { reason: 'size-mismatch', entry: entry.name } })] } }
            : refusedFile(name, 'unreadable', '压缩包中的这个文件已损坏，无法解压。请让填报单位重新发送。'),
      );
      continue;
    }
    total += inflated.bytes.length;
    results.push({ name, result: await readOne(inflated.bytes, expected) });
  }
  return results.length === 0 ? null : results;
}

/** One workbook read on its own: whatever goes wrong in it never fails the batch. */
async function readOne(bytes: Uint8Array, expected: ReadExpectation): Promise<ReadResult> {
  try {
    return await readReportWorkbook(bytes, expected);
  } catch {
    return { ok: false, issues: [{ code: 'unreadable', severity: 'error', message: '文件无法读取（内容异常），未导入。其他文件不受影响。' }] };
  }
}

/**
 * Reads every file (and every workbook inside a zip of workbooks) against the ledger, in order; each file
 * succeeds or fails alone, and entries of a zip that are not read are listed with the reason. Never throws.
 * @example const read = await readReportFiles([{ name: '市教育局.xlsx', bytes }], { workbookId, rounds, ledgerRows });
 */
export async function readReportFiles(files: readonly ReturnedFile[], expected: ReadExpectation): Promise<FileReadResult[]> {
  const results: FileReadResult[] = [];
  for (const file of files) {
    let inner: FileReadResult[] | null;
    try {
      inner = await readZipOfWorkbooks(file, expected);
    } catch {
      inner = null;
    }
    if (inner !== null) for (const one of inner) results.push(one);
    else results.push({ name: file.name, result: await readOne(file.bytes, expected) });
  }
  return results;
}
