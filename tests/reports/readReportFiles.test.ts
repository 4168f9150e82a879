import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { buildReportWorkbook, readReportFiles, tasksForAgency, type ReadExpectation } from '../../src/reports';
import { GBK_市教育局, withBomb, zipWithRawNames } from './craftedFiles';
import { KEY, ROUND, WORKBOOK_ID, fillReport, seedRows } from './seedLedger';

const rows = seedRows();
const expected: ReadExpectation = { workbookId: WORKBOOK_ID, key: KEY, rounds: [ROUND], ledgerRows: rows };
const build = (agency: string) =>
  buildReportWorkbook({ workbookId: WORKBOOK_ID, key: KEY, round: ROUND, agency, tasks: tasksForAgency(rows, agency) });

describe('readReportFiles', () => {
  it('reads each chosen file in order, refused ones included', async () => {
    const edu = await fillReport(
      await build('市教育局'),
      new Map([[2, { status: '推进中', by: '王五', date: '2026-11-20' }]]),
    );
    const read = await readReportFiles(
      [
        { name: '市教育局.xlsx', bytes: edu },
        { name: '说明.txt', bytes: new TextEncoder().encode('见附件') },
      ],
      expected,
    );
    expect(read.map((r) => [r.name, r.result.ok])).toEqual([
      ['市教育局.xlsx', true],
      ['说明.txt', false],
    ]);
    expect(read[0]?.result.ok && read[0].result.report.answers.map((a) => a.no)).toEqual([2]);
  });

  it('opens a zip of returned workbooks and reads every workbook in it, skipping lock files', async () => {
    const zip = zipSync({
      '回收/市财政局.xlsx': await build('市财政局'),
      '回收/市残联.xlsx': await build('市残联'),
      '回收/~$市残联.xlsx': new Uint8Array([1, 2, 3]),
      '__MACOSX/回收/._市残联.xlsx': new Uint8Array([1, 2, 3]),
      '回收/说明.txt': new TextEncoder().encode('hello'),
    });
    const read = await readReportFiles([{ name: '11月回收.zip', bytes: zip }], expected);
    // Lock files and macOS metadata pass silently; any other entry is listed with the reason it was not read.
    expect(read.map((r) => r.name)).toEqual([
      '11月回收.zip/回收/市财政局.xlsx',
      '11月回收.zip/回收/市残联.xlsx',
      '11月回收.zip/回收/说明.txt',
    ]);
    expect(read.map((r) => r.result.ok && r.result.report.agency)).toEqual(['市财政局', '市残联', false]);
    expect(read[2]?.result).toEqual({
      ok: false,
      issues: [{ code: 'not-xlsx', severity: 'error', params: { what: 'other' } }],
    });
  });

  it('reports a zip without workbooks as not an .xlsx', async () => {
    const read = await readReportFiles(
      [{ name: 'a.zip', bytes: zipSync({ 'a.txt': new Uint8Array([65]) }) }],
      expected,
    );
    expect(read).toHaveLength(1);
    expect(read[0]?.result.ok === false && read[0].result.issues[0]?.code).toBe('not-xlsx');
  });
});

describe('readReportFiles: zips as agencies send them (issue 12)', () => {
  it('lists .xls and .et entries with the reason instead of skipping them silently', async () => {
    const zip = zipSync({
      '市教育局.xls': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
      '市财政局.et': new Uint8Array([1]),
      '市残联.xlsx': await build('市残联'),
    });
    const read = await readReportFiles([{ name: '回收.zip', bytes: zip }], expected);
    const legacy = { what: 'legacy' };
    expect(read.map((r) => [r.name, r.result.ok ? r.result.report.agency : r.result.issues[0]?.params])).toEqual([
      ['回收.zip/市财政局.et', legacy],
      ['回收.zip/市残联.xlsx', '市残联'],
      ['回收.zip/市教育局.xls', legacy],
    ]);
  });

  it('decodes GBK entry names (no UTF-8 flag) and UTF-8 ones', async () => {
    const gbkName = new Uint8Array([...GBK_市教育局, ...new TextEncoder().encode('.xlsx')]);
    const zip = zipWithRawNames([{ placeholder: 'abcdefgh.xlsx', raw: gbkName, data: await build('市教育局') }]);
    const gbk = await readReportFiles([{ name: '回收.zip', bytes: zip }], expected);
    expect(gbk.map((r) => [r.name, r.result.ok])).toEqual([['回收.zip/市教育局.xlsx', true]]);
    const utf8 = await readReportFiles(
      [{ name: '回收.zip', bytes: zipSync({ '市残联.xlsx': await build('市残联') }) }],
      expected,
    );
    expect(utf8.map((r) => r.name)).toEqual(['回收.zip/市残联.xlsx']);
  });

  it('an entry that inflates past what it declares is refused alone; the other files are read', async () => {
    const bomb = withBomb(await build('市财政局'), 64 * 1024 * 1024, 1_000, 'xl/styles.xml');
    const zip = zipSync({ 'a.xlsx': bomb, 'b.xlsx': await build('市残联') });
    const read = await readReportFiles(
      [
        { name: '回收.zip', bytes: zip },
        { name: '市教育局.xlsx', bytes: await build('市教育局') },
      ],
      expected,
    );
    expect(read.map((r) => [r.name, r.result.ok ? r.result.report.agency : r.result.issues[0]?.code])).toEqual([
      ['回收.zip/a.xlsx', 'zip-altered'],
      ['回收.zip/b.xlsx', '市残联'],
      ['市教育局.xlsx', '市教育局'],
    ]);
  });
});
