import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createFilePort, LedgerFile } from '../../src/fileWorkbook';
import { inventedLedger, partsOf } from './ledgerFiles';

/** Our ledger, loaded into ExcelJS and given a user's own sheet (protected), a defined name and a formula. */
async function ledgerWithUserSheet(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await inventedLedger()) as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
  const mine = wb.addWorksheet('我的备注');
  mine.getCell('A1').value = '只给自己看的备注';
  mine.getCell('B2').value = { formula: 'COUNTA(任务台账!A:A)' };
  await mine.protect('secret', { selectLockedCells: true });
  wb.definedNames.add('我的备注!$A$1', '备注标题');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const decode = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

describe('writing by patching', () => {
  it('after a status entry and a save, every part that is not the ledger’s is byte-identical', async () => {
    const original = await ledgerWithUserSheet();
    const opened = await LedgerFile.open(original);
    if (!opened.ok) throw new Error('not opened');
    const port = createFilePort(opened.file, { now: () => new Date('2026-11-29T03:00:00.000Z') });
    expect((await port.writeStatus(1, { status: '推进中', note: '已开工', date: '2026-11-28', by: '甲' })).ok).toBe(
      true,
    );
    // The second entry grows the log table (the first filled its blank row).
    expect((await port.writeStatus(2, { status: '滞后', note: '待审批', date: '2026-11-28', by: '乙' })).ok).toBe(true);
    const before = partsOf(original);
    const after = partsOf(await opened.file.save());
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const changed = Object.keys(before)
      .filter((name) => !Buffer.from(before[name] ?? []).equals(Buffer.from(after[name] ?? [])))
      .sort();
    const ledgerSheet = opened.file.pkg.sheets.get('任务台账');
    const logSheet = opened.file.pkg.sheets.get('进展记录');
    const logTable = opened.file.pkg.tables.get('ProgressLog')?.part;
    expect(changed).toEqual([ledgerSheet, logSheet, logTable, 'xl/workbook.xml'].sort());
    // The user's sheet, its protection and the defined name are untouched bytes; the workbook part differs only in calcPr.
    const userSheet = opened.file.pkg.sheets.get('我的备注') ?? '';
    expect(decode(after[userSheet])).toContain('<sheetProtection');
    expect(decode(after['xl/workbook.xml']).replace(/<calcPr[^>]*\/>/, '')).toBe(
      decode(before['xl/workbook.xml']).replace(/<calcPr[^>]*\/>/, ''),
    );
    expect(decode(after['xl/workbook.xml'])).toContain('备注标题');
  });

  it('saving without a change gives back the very bytes that were opened', async () => {
    const original = await ledgerWithUserSheet();
    const opened = await LedgerFile.open(original);
    if (!opened.ok) throw new Error('not opened');
    await createFilePort(opened.file).readLedger();
    expect(await opened.file.save()).toBe(original);
  });
});
