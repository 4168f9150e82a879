import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { buildReportWorkbook, readReportFiles, tasksForAgency, type ReadExpectation } from '../../src/reports';
import { ROUND, WORKBOOK_ID, fillReport, seedRows } from './seedLedger';

const rows = seedRows();
const expected: ReadExpectation = { workbookId: WORKBOOK_ID, rounds: [ROUND], ledgerRows: rows };
const build = (agency: string) => buildReportWorkbook({ workbookId: WORKBOOK_ID, round: ROUND, agency, tasks: tasksForAgency(rows, agency) });

describe('readReportFiles', () => {
  it('reads each chosen file in order, refused ones included', async () => {
    const edu = await fillReport(await build('市教育局'), new Map([[2, { status: '推进中', by: '王五', date: '2026-11-20' }]]));
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
    expect(read.map((r) => r.name)).toEqual(['11月回收.zip/回收/市财政局.xlsx', '11月回收.zip/回收/市残联.xlsx']);
    expect(read.map((r) => r.result.ok && r.result.report.agency)).toEqual(['市财政局', '市残联']);
  });

  it('reports a zip without workbooks as not an .xlsx', async () => {
    const read = await readReportFiles([{ name: 'a.zip', bytes: zipSync({ 'a.txt': new Uint8Array([65]) }) }], expected);
    expect(read).toHaveLength(1);
    expect(read[0]?.result.ok === false && read[0].result.issues[0]?.code).toBe('not-xlsx');
  });
});
