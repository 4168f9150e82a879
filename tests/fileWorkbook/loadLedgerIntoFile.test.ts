import { describe, expect, it } from 'vitest';
import type { TaskTable } from '../../src/model';
import { createFilePort, FileUnsupported, LedgerFile } from '../../src/fileWorkbook';
import { makeTask } from '../workbook/ledgerFixtures';
import { inventedLedger, inventedTable, partsOf } from './ledgerFiles';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';

async function open(bytes: Uint8Array): Promise<LedgerFile> {
  const opened = await LedgerFile.open(bytes);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  return opened.file;
}

const NOW = new Date('2026-11-29T03:00:00.000Z');
const source = { name: '粘贴的表格', text: '' };

const BLUE = { preset: '蓝黄红', dueSoonDays: 10, laggingCounts: true } as const;

/**
 * The invented ledger as a ledger made before the warning rule: no 预警配色 / 滞后计入预警 names, rows 7–8 of 台账设置
 * empty, row 6 replaced by `row6`, and the formula `"旧公式"` in every 预警 cell.
 */
async function olderLedger(row6: string): Promise<Uint8Array> {
  const parts = partsOf(await inventedLedger());
  const text = (name: string): string => new TextDecoder().decode(parts[name]);
  const put = (name: string, xml: string): void => void (parts[name] = new TextEncoder().encode(xml));
  put(
    'xl/workbook.xml',
    text('xl/workbook.xml').replace(/<definedName name="(?:预警配色|滞后计入预警)">[^<]*<\/definedName>/g, ''),
  );
  put(
    'xl/worksheets/sheet3.xml',
    text('xl/worksheets/sheet3.xml')
      .replace(/<row r="[78]"[^>]*>[\s\S]*?<\/row>/g, '')
      .replace(/<row r="6"[^>]*>[\s\S]*?<\/row>/, row6),
  );
  // A formula of its own in every 预警 cell, so a rewrite shows.
  put(
    'xl/worksheets/sheet1.xml',
    text('xl/worksheets/sheet1.xml').replace(/<f>[^<]*<\/f>/g, '<f>&quot;旧公式&quot;</f>'),
  );
  return zipSync(parts);
}

/** The invented table reloaded: task 2's schedule moved, task 3 gone, task 4 new (its text starts with `=`). */
function reloaded(): TaskTable {
  const table = inventedTable();
  return {
    ...table,
    tasks: [
      table.tasks[0] ?? makeTask(1, ''),
      makeTask(2, '建成社区食堂十处', { deadline: '2026-09-30', schedule: '2026年9月底前' }),
      makeTask(4, '=新增 一项任务', { deadline: '2027-03-31', schedule: '2027年3月底前' }),
    ],
  };
}

describe('an import into the open ledger file', () => {
  it('keeps every status and history entry, refreshes the source cells, appends new tasks, marks vanished ones', async () => {
    const file = await open(await inventedLedger());
    const port = createFilePort(file, { now: () => NOW });
    await port.writeStatus(2, { status: '推进中', note: '已选址', date: '2026-11-28', by: '张三' });
    await port.writeStatus(3, { status: '滞后', note: '待审批', date: '2026-11-28', by: '李四' });
    const summary = await port.loadLedger(reloaded(), source);
    expect(summary).toEqual({ added: [4], changed: [2], unchanged: [1], missing: [3] });

    const again = createFilePort(await open(await file.save()), { now: () => NOW });
    const rows = (await again.readLedger()).rows;
    expect(rows.map((r) => [r.no, r.status, r.progress, r.deadline, r.missing])).toEqual([
      [1, '未启动', '', '2026-12-31', false],
      [2, '推进中', '已选址', '2026-09-30', false],
      [3, '滞后', '待审批', null, true],
      [4, '未启动', '', '2027-03-31', false],
    ]);
    expect(rows[3]?.text).toBe('=新增 一项任务');
    expect((await again.readAllHistory()).map((e) => [e.no, e.status])).toEqual([
      [2, '推进中'],
      [3, '滞后'],
    ]);
  });

  it('gives the new row the 预警 formula of its own row and grows the table', async () => {
    const file = await open(await inventedLedger());
    await createFilePort(file).loadLedger(reloaded(), source);
    const parts = partsOf(await file.save());
    const sheetPart = file.pkg.sheets.get('任务台账') ?? '';
    const tablePart = file.pkg.tables.get('TaskLedger')?.part ?? '';
    const sheet = new TextDecoder().decode(parts[sheetPart]);
    // Task 4 is on sheet row 5 (header, tasks 1–3, then 4): its formula reads L5 (状态) and I5/J5 (截止日期, 延期至).
    expect(sheet).toMatch(/<c r="P5"[^>]*><f>IF\(OR\(L5=&quot;已完成&quot;,L5=&quot;已办结&quot;\)/);
    // 延期至 is empty but keeps the date style of the row above, so a date typed there later shows as a date.
    expect(sheet).toMatch(/<c r="J5" s="2"\/>/);
    expect(new TextDecoder().decode(parts[tablePart])).toMatch(/ref="A1:Q5"/);
    // A new ledger defines the warning rule's names (as the Excel port's does): the formula reads 滞后计入预警.
    const p5 = /<c r="P5"[^>]*><f>([^<]*)<\/f>/.exec(sheet)?.[1] ?? '';
    expect(p5).toContain('IF(AND(L5=&quot;滞后&quot;,滞后计入预警=&quot;是&quot;),&quot;滞后&quot;');
  });

  it('a reload into a ledger made before the rule adds 预警配色 and 滞后计入预警, and every row reads them, as the Excel port does', async () => {
    const file = await open(await olderLedger(''));
    const port = createFilePort(file);
    expect(await port.writeWarningRule!(BLUE)).toMatchObject({ ok: false, code: 'no-rule-cells' });
    await port.loadLedger(reloaded(), source);
    expect(await file.definedName('预警配色')).toBe("'台账设置'!$B$6");
    expect(await file.definedName('滞后计入预警')).toBe("'台账设置'!$B$7");
    const saved = await file.save();
    const sheet = new TextDecoder().decode(partsOf(saved)[file.pkg.sheets.get('任务台账') ?? '']);
    // Row 2 (task 1, there before) and row 5 (task 4, appended) both take the formula that reads the rule.
    for (const row of [2, 5])
      expect(new RegExp(`<c r="P${row}"[^>]*><f>([^<]*)</f>`).exec(sheet)?.[1]).toContain(
        `IF(AND(L${row}=&quot;滞后&quot;,滞后计入预警=&quot;是&quot;),&quot;滞后&quot;`,
      );
    const again = createFilePort(await open(saved));
    const ledger = await again.readLedger();
    expect([ledger.warnDays, ledger.warningPreset, ledger.laggingCounts]).toEqual([7, '红黄绿', false]);
    expect(await again.writeWarningRule!(BLUE)).toEqual({ ok: true });
  });

  it("never writes over the user's own cells in A6:B8: the rule is not added and the rows keep their formula", async () => {
    const file = await open(await olderLedger('<row r="6"><c r="A6" t="inlineStr"><is><t>我的备注</t></is></c></row>'));
    const port = createFilePort(file);
    await port.loadLedger(reloaded(), source);
    expect(await file.definedName('预警配色')).toBeNull();
    const sheet = new TextDecoder().decode(partsOf(await file.save())[file.pkg.sheets.get('任务台账') ?? '']);
    const p5 = /<c r="P5"[^>]*><f>([^<]*)<\/f>/.exec(sheet)?.[1] ?? '';
    expect(p5).toMatch(/^IF\(OR\(L5=&quot;已完成&quot;/);
    expect(p5).not.toContain('滞后计入预警');
    expect(sheet).toContain('<c r="P2"><f>&quot;旧公式&quot;</f></c>');
    expect(await port.writeWarningRule!(BLUE)).toEqual({
      ok: false,
      code: 'no-rule-cells',
      params: { missing: ['预警配色', '滞后计入预警'] },
    });
  });

  it('reloading the same table again changes nothing', async () => {
    const file = await open(await inventedLedger());
    const port = createFilePort(file);
    expect(await port.loadLedger(inventedTable(), source)).toEqual({
      added: [],
      changed: [],
      unchanged: [1, 2, 3],
      missing: [],
    });
    expect(file.dirty).toBe(false);
  });

  it('refuses a duplicated 序号, writing nothing', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(await inventedLedger()) as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0],
    );
    const sheet = wb.getWorksheet('任务台账');
    if (sheet) sheet.getCell('A4').value = 1;
    const file = await open(new Uint8Array(await wb.xlsx.writeBuffer()));
    await expect(createFilePort(file).loadLedger(reloaded(), source)).rejects.toMatchObject({
      problem: { code: 'duplicate-numbers', params: { duplicates: [{ no: 1, rows: [2, 4] }] } },
    });
    expect(file.dirty).toBe(false);
  });

  it('refuses to add a ledger to a workbook that has none (the page makes a new ledger file)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('我的表').getCell('A1').value = '别人的数据';
    const file = await open(new Uint8Array(await wb.xlsx.writeBuffer()));
    const error: unknown = await createFilePort(file)
      .loadLedger(reloaded(), source)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileUnsupported);
    expect((error as FileUnsupported).params.operation).toBe('new-ledger-in-workbook');
  });

  it('refuses to append over cells a user keeps below the table', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(await inventedLedger()) as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0],
    );
    const sheet = wb.getWorksheet('任务台账');
    if (sheet) sheet.getCell('B6').value = '表下备注';
    const file = await open(new Uint8Array(await wb.xlsx.writeBuffer()));
    const error: unknown = await createFilePort(file)
      .loadLedger(reloaded(), source)
      .catch((e: unknown) => e);
    expect((error as FileUnsupported).params).toEqual({ operation: 'cells-below-table', table: 'TaskLedger' });
    expect(file.dirty).toBe(false);
  });
});
