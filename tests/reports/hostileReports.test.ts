// Issue 21: report workbooks built to make the reader expand ranges or read records nobody listed. Each must end
// in a bounded read or a refusal with its code.
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import {
  buildReportWorkbook,
  readReportFiles,
  readReportWorkbook,
  tasksForAgency,
  type ReadExpectation,
  type ReadResult,
} from '../../src/reports';
import {
  rawReport,
  withColBomb,
  withDefinedNameBomb,
  withMergeBomb,
  withValidationBomb,
  withWideRow,
  zipOfAliases,
} from './craftedFiles';
import { KEY, ROUND, WORKBOOK_ID, seedRows } from './seedLedger';

const rows = seedRows();
const expected: ReadExpectation = { workbookId: WORKBOOK_ID, key: KEY, rounds: [ROUND], ledgerRows: rows };
const edu = await buildReportWorkbook({
  workbookId: WORKBOOK_ID,
  key: KEY,
  round: ROUND,
  agency: '市教育局',
  tasks: tasksForAgency(rows, '市教育局'),
});

function agencyOf(result: ReadResult): string {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
  return result.report.agency;
}

function codeOf(result: ReadResult): string {
  return result.ok ? 'read' : (result.issues[0]?.code ?? '');
}

describe('ranges ExcelJS would expand are never handed to it', () => {
  it.each([
    ['a merged range of the whole sheet in the hidden sheet', withMergeBomb],
    ['a column range of 50,000,000 columns and a whole-sheet dimension', withColBomb],
    ['a validation and a conditional format over 300,000 rows', withValidationBomb],
    ['a defined name over the whole sheet', withDefinedNameBomb],
    ['a row of 16,384 cells', withWideRow],
  ])('%s: read as the report it is', async (_name, craft) => {
    const crafted = craft(edu);
    expect(crafted.length).toBeLessThan(64 * 1024);
    expect(agencyOf(await readReportWorkbook(crafted, expected))).toBe('市教育局');
  });
});

describe('zips whose structure lies are refused before reading', () => {
  it('a record the directory does not list, between listed parts (3.9 GB read as a report before)', async () => {
    const hidden = rawReport(edu, {
      hidden: [{ name: 'xl/worksheets/sheet3.xml', data: new Uint8Array(200_000), listed: false }],
    });
    const result = await readReportWorkbook(hidden, expected);
    expect(codeOf(result)).toBe('zip-altered');
    expect(!result.ok && result.issues[0]?.params).toMatchObject({ reason: 'unlisted-bytes' });
  });

  it('a part named with a leading slash', async () => {
    const slashed = rawReport(edu, { rename: { 'xl/worksheets/sheet1.xml': '/xl/worksheets/sheet1.xml' } });
    const result = await readReportWorkbook(slashed, expected);
    expect(codeOf(result)).toBe('zip-altered');
    expect(!result.ok && result.issues[0]?.params).toMatchObject({ reason: 'bad-name' });
  });

  it('the same report, re-packed as raw records, still reads (the check refuses lies, not writers)', async () => {
    expect(agencyOf(await readReportWorkbook(rawReport(edu), expected))).toBe('市教育局');
  });

  it('a zip of 5,000 directory entries pointing at one report is one refusal, not 5,000 reads', async () => {
    const read = await readReportFiles([{ name: '回收.zip', bytes: zipOfAliases(edu, 5_000) }], expected);
    expect(read.map((r) => [r.name, codeOf(r.result)])).toEqual([['回收.zip', 'unreadable']]);
    const first = read[0]?.result;
    expect(first && !first.ok && first.issues[0]?.params).toEqual({
      what: 'too-many-entries',
      entries: 5000,
      limit: 1000,
    });
  });

  it('900 directory entries pointing at one report (under the entry cap) are refused as altered', async () => {
    const read = await readReportFiles([{ name: '回收.zip', bytes: zipOfAliases(edu, 900) }], expected);
    expect(read.map((r) => [r.name, codeOf(r.result)])).toEqual([['回收.zip', 'zip-altered']]);
  });

  it('a zip whose entries repeat one name is refused the same way', async () => {
    const repeated = zipOfAliases(edu, 2);
    // Rename the second directory entry to the first's name (same length): a duplicate.
    const at = repeated.lastIndexOf(0x32); // the '2' of '2.xlsx' in the directory
    repeated[at] = 0x31;
    const read = await readReportFiles([{ name: '回收.zip', bytes: repeated }], expected);
    expect(read.map((r) => [r.name, codeOf(r.result)])).toEqual([['回收.zip', 'zip-altered']]);
    expect(strToU8('2.xlsx')[0]).toBe(0x32);
  });
});
