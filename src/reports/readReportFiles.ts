/**
 * Reads several returned files at once, as the coordinator picks them; a .zip of returned workbooks
 * (as agencies or mail programs often send them) is opened and each workbook in it read.
 */
import { readReportWorkbook } from './readReportWorkbook';
import { MAX_REPORT_BYTES, type ReadExpectation, type ReadResult } from './types';

export interface ReturnedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileReadResult {
  /** The file's name; `包.zip/市教育局.xlsx` for a workbook found in a zip. */
  name: string;
  result: ReadResult;
}

/** Unpacked workbooks in one zip above this total are not read (a zip bomb would exhaust memory). */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Workbooks inside a zip that is not itself a workbook; null when it is a workbook or unreadable (the reader then says why). */
async function workbooksInZip(file: ReturnedFile): Promise<ReturnedFile[] | null> {
  if (!isZip(file.bytes) || file.bytes.length > MAX_REPORT_BYTES) return null;
  const { unzipSync } = await import('fflate');
  const wanted = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith('__MACOSX/') && !/(^|\/)~\$/.test(name);
  let workbookParts = false;
  let total = 0;
  try {
    const entries = unzipSync(file.bytes, {
      filter: (entry) => {
        if (entry.name === 'xl/workbook.xml') workbookParts = true;
        if (!wanted(entry.name)) return false;
        total += entry.originalSize;
        return total <= MAX_UNPACKED_BYTES;
      },
    });
    if (workbookParts) return null;
    const names = Object.keys(entries).sort((a, b) => a.localeCompare(b, 'zh-CN'));
    return names.length === 0 ? null : names.map((name) => ({ name: `${file.name}/${name}`, bytes: entries[name] ?? new Uint8Array() }));
  } catch {
    return null;
  }
}

/**
 * Reads every file (and every workbook inside a zip of workbooks) against the ledger, in order; never throws.
 * @example const read = await readReportFiles([{ name: '市教育局.xlsx', bytes }], { workbookId, rounds, ledgerRows });
 */
export async function readReportFiles(files: readonly ReturnedFile[], expected: ReadExpectation): Promise<FileReadResult[]> {
  const results: FileReadResult[] = [];
  for (const file of files) {
    const inner = await workbooksInZip(file);
    for (const one of inner ?? [file]) results.push({ name: one.name, result: await readReportWorkbook(one.bytes, expected) });
  }
  return results;
}
