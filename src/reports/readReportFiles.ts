/**
 * Reads several returned files at once, as the coordinator picks them; a .zip of returned workbooks
 * (as agencies or mail programs often send them) is opened and each workbook in it read.
 */
import { readReportWorkbook } from './readReportWorkbook';
import { MAX_REPORT_BYTES, type ReadExpectation, type ReadResult } from './types';
import { inflateEntry, scanZip } from '../ooxml';
import { zipRefusalIssue } from './checkXlsxContainer';
import { refusalIssue, type ReportRefusal } from './reportRefusal';

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

function refusedFile(name: string, refusal: ReportRefusal): FileReadResult {
  return { name, result: { ok: false, issues: [refusalIssue(refusal)] } };
}

/** Why an entry of a zip of reports that is not an .xlsx is not read: an old-format sheet, or another file. */
function skipReason(name: string): ReportRefusal {
  return { code: 'not-xlsx', params: { what: /\.(xls|et|ett|xlt)$/i.test(name) ? 'legacy' : 'other' } };
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
  if (!scan.ok)
    return scan.refusal.code === 'truncated'
      ? null
      : [{ name: file.name, result: { ok: false, issues: [zipRefusalIssue(scan.refusal)] } }];
  const entries = scan.entries;
  if (entries.some((e) => e.name === 'xl/workbook.xml')) return null;
  const results: FileReadResult[] = [];
  let total = 0;
  const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  for (const entry of sorted) {
    const name = `${file.name}/${entry.name}`;
    if (isNoise(entry.name)) continue;
    if (!/\.xlsx$/i.test(entry.name)) {
      results.push(refusedFile(name, skipReason(entry.name)));
      continue;
    }
    const cap = Math.min(MAX_REPORT_BYTES, MAX_ZIP_UNPACKED_BYTES - total);
    const inflated = await inflateEntry(file.bytes, entry, cap);
    if (!inflated.ok) {
      results.push(
        inflated.reason === 'too-large'
          ? refusedFile(
              name,
              cap < MAX_REPORT_BYTES
                ? {
                    code: 'too-large',
                    params: { what: 'zip-total', bytes: total + entry.size, limit: MAX_ZIP_UNPACKED_BYTES },
                  }
                : { code: 'too-large', params: { what: 'file', bytes: entry.size, limit: MAX_REPORT_BYTES } },
            )
          : inflated.reason === 'size-mismatch'
            ? {
                name,
                result: {
                  ok: false,
                  issues: [
                    zipRefusalIssue({ code: 'zip-altered', params: { reason: 'size-mismatch', entry: entry.name } }),
                  ],
                },
              }
            : refusedFile(name, { code: 'unreadable', params: { what: 'part-damaged', part: entry.name } }),
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
    return { ok: false, issues: [refusalIssue({ code: 'unreadable', params: { what: 'content' } })] };
  }
}

/**
 * Reads every file (and every workbook inside a zip of workbooks) against the ledger, in order; each file
 * succeeds or fails alone, and entries of a zip that are not read are listed with the reason. Never throws.
 * @example const read = await readReportFiles([{ name: '市教育局.xlsx', bytes }], { workbookId, rounds, ledgerRows });
 */
export async function readReportFiles(
  files: readonly ReturnedFile[],
  expected: ReadExpectation,
): Promise<FileReadResult[]> {
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
