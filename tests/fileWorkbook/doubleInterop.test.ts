// The same workbook format both ways: the Office.js double (Excel's rules) reads a ledger the file port saved as its
// ledger and keeps working on it, and the file port reads a ledger the Excel port built on the double (written to
// .xlsx with ExcelJS, and the add-in's settings as Excel saves them).
import { describe, expect, it } from 'vitest';
import { createFilePort, LedgerFile } from '../../src/fileWorkbook';
import type { ReportKey } from '../../src/reports/reportKey';
import { getReportKey } from '../../src/workbook/getReportKey';
import { getWorkbookId } from '../../src/workbook/getWorkbookId';
import { loadLedger } from '../../src/workbook/loadLedger';
import { readAllHistory } from '../../src/workbook/readAllHistory';
import { readLedger } from '../../src/workbook/readLedger';
import { readRounds } from '../../src/workbook/readRounds';
import { saveRound } from '../../src/workbook/saveRound';
import { writeStatus } from '../../src/workbook/writeStatus';
import { createFakeExcel } from '../workbook/fakeExcel';
import { doubleToXlsx, xlsxToDouble } from './doubleXlsx';
import { inventedLedger, inventedTable, WORKBOOK_ID } from './ledgerFiles';

const KEY: ReportKey = {
  id: '66687aadf862bd77',
  secret: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  createdAt: '2026-11-01T00:00:00.000Z',
};
const ROUND = { id: 'r-2026-11', name: '2026年11月', dueDate: '2026-11-25', createdAt: '2026-11-01T08:00:00.000Z' };
const never = (): never => {
  throw new Error('a new id or key was made: the stored one was not found');
};

async function open(bytes: Uint8Array): Promise<LedgerFile> {
  const opened = await LedgerFile.open(bytes);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  return opened.file;
}

describe('the Excel double and the file port read each other’s ledger', () => {
  it('the double reads a ledger the file port saved, with its status, history, round, workbook id and report key', async () => {
    const file = await open(await inventedLedger());
    const port = createFilePort(file, {
      now: () => new Date('2026-11-29T03:00:00.000Z'),
      newReportKey: () => Promise.resolve(KEY),
    });
    await port.writeStatus(2, { status: '推进中', note: '已选址', date: '2026-11-28', by: '张三' });
    expect(await port.saveRound(ROUND)).toEqual({ ok: true });
    const { context } = createFakeExcel(xlsxToDouble(await file.save()));

    const ledger = await readLedger(context);
    expect(ledger.rows.map((r) => [r.no, r.status, r.progress, r.updated, r.reporter])).toEqual([
      [1, '未启动', '', null, ''],
      [2, '推进中', '已选址', '2026-11-28', '张三'],
      [3, '未启动', '', null, ''],
    ]);
    expect((await readAllHistory(context)).map((e) => [e.no, e.previousStatus, e.status, e.note])).toEqual([
      [2, '未启动', '推进中', '已选址'],
    ]);
    expect((await readRounds(context)).rounds.map((r) => r.round)).toEqual([ROUND]);
    expect(await getWorkbookId(context, never)).toBe(WORKBOOK_ID);
    expect(await getReportKey(context, never)).toEqual(KEY);
    // And the Excel port goes on writing it as its ledger.
    const row = (await readLedger(context)).rows[0];
    expect(
      (
        await writeStatus(
          context,
          1,
          { status: '已完成', note: '验收', date: '2026-11-29', by: '李四' },
          row?.version,
          { now: '2026-11-29T04:00:00.000Z' },
        )
      ).ok,
    ).toBe(true);
    expect((await readAllHistory(context)).map((e) => e.no)).toEqual([2, 1]);
  });

  it('the file port reads a ledger the Excel port built on the double, and writes it on', async () => {
    const fake = createFakeExcel();
    await loadLedger(
      fake.context,
      inventedTable(),
      { name: '示例', text: '' },
      { importedAt: '2026-11-01T00:00:00.000Z' },
    );
    await writeStatus(fake.context, 3, { status: '滞后', note: '=待审批', date: '2026-11-27', by: '王五' }, undefined, {
      now: '2026-11-27T02:00:00.000Z',
    });
    expect(await saveRound(fake.context, ROUND)).toEqual({ ok: true });
    await getReportKey(fake.context, () => Promise.resolve(KEY));
    const id = await getWorkbookId(fake.context, () => 'wb-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');

    const file = await open(await doubleToXlsx(fake.model));
    const port = createFilePort(file, {
      now: () => new Date('2026-11-29T03:00:00.000Z'),
      newWorkbookId: never,
      newReportKey: never,
    });
    const ledger = await port.readLedger();
    expect(ledger.rows.map((r) => [r.no, r.text, r.status, r.progress, r.deadline])).toEqual([
      [1, '完成老旧小区改造方案', '未启动', '', '2026-12-31'],
      [2, '建成社区食堂十处', '未启动', '', '2026-06-30'],
      [3, '=SUM(A1) 不是公式', '滞后', '=待审批', null],
    ]);
    expect(ledger.warnDays).toBe(7);
    expect((await port.readAllHistory()).map((e) => [e.no, e.status, e.note, e.by])).toEqual([
      [3, '滞后', '=待审批', '王五'],
    ]);
    expect((await port.readRounds()).rounds.map((r) => r.round)).toEqual([ROUND]);
    expect(await port.getWorkbookId()).toBe(id);
    expect(await port.getReportKey()).toEqual(KEY);
    expect((await port.writeStatus(1, { status: '推进中', note: '开工', date: '2026-11-29', by: '甲' })).ok).toBe(true);
    const again = createFilePort(await open(await file.save()));
    expect((await again.readAllHistory()).map((e) => e.no)).toEqual([3, 1]);
  });
});
