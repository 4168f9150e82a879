import { describe, expect, it } from 'vitest';
import { createFilePort, LedgerFile } from '../../src/fileWorkbook';
import { inventedLedger, partsOf, WORKBOOK_ID } from './ledgerFiles';

async function open(bytes: Uint8Array): Promise<LedgerFile> {
  const opened = await LedgerFile.open(bytes);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  return opened.file;
}

const NOW = new Date('2026-11-29T03:00:00.000Z');

describe('the file port on a ledger our creator wrote', () => {
  it('reads the tasks, their default status and the workbook id', async () => {
    const port = createFilePort(await open(await inventedLedger()), { now: () => NOW });
    const ledger = await port.readLedger();
    expect(ledger.rows.map((r) => [r.no, r.text, r.status, r.deadline])).toEqual([
      [1, '完成老旧小区改造方案', '未启动', '2026-12-31'],
      [2, '建成社区食堂十处', '未启动', '2026-06-30'],
      [3, '=SUM(A1) 不是公式', '未启动', null],
    ]);
    expect(ledger.warnDays).toBe(7);
    expect(await port.getWorkbookId()).toBe(WORKBOOK_ID);
    expect(await port.readAllHistory()).toEqual([]);
  });

  it('writes a status entry and its history, and reads both back from the saved file', async () => {
    const file = await open(await inventedLedger());
    const port = createFilePort(file, { now: () => NOW });
    const before = (await port.readLedger()).rows[1];
    const result = await port.writeStatus(
      2,
      { status: '推进中', note: '=已选址 3 处', date: '2026-11-28', by: '张三' },
      before?.version,
    );
    expect(result.ok).toBe(true);
    expect(file.dirty).toBe(true);
    const saved = await file.save();
    const again = createFilePort(await open(saved), { now: () => NOW });
    const row = (await again.readLedger()).rows.find((r) => r.no === 2);
    expect([row?.status, row?.progress, row?.updated, row?.reporter]).toEqual([
      '推进中',
      '=已选址 3 处',
      '2026-11-28',
      '张三',
    ]);
    expect(await again.readHistory(2)).toEqual([
      {
        time: '2026-11-29T03:00:00.000Z',
        no: 2,
        previousStatus: '未启动',
        status: '推进中',
        note: '=已选址 3 处',
        date: '2026-11-28',
        by: '张三',
        agency: '',
        round: '',
        answerId: '',
      },
    ]);
  });

  it('appends a second entry below the first and grows the log table by one row', async () => {
    const file = await open(await inventedLedger());
    const port = createFilePort(file, { now: () => NOW });
    await port.writeStatus(1, { status: '推进中', note: '第一次', date: '2026-11-20', by: '甲' });
    await port.writeStatus(1, { status: '已完成', note: '第二次', date: '2026-11-27', by: '乙' });
    const saved = await file.save();
    const log = new TextDecoder().decode(
      Object.entries(partsOf(saved)).find(
        ([n, b]) => n.startsWith('xl/tables/') && new TextDecoder().decode(b).includes('ProgressLog'),
      )?.[1],
    );
    expect(log).toMatch(/ref="A1:J3"/);
    const again = createFilePort(await open(saved));
    expect((await again.readHistory(1)).map((e) => [e.previousStatus, e.status, e.note])).toEqual([
      ['未启动', '推进中', '第一次'],
      ['推进中', '已完成', '第二次'],
    ]);
  });

  it('writes user text as an inline string, never as a formula', async () => {
    const file = await open(await inventedLedger());
    await createFilePort(file, { now: () => NOW }).writeStatus(3, {
      status: '推进中',
      note: '=HYPERLINK("http://x")',
      date: '2026-11-28',
      by: '+甲',
    });
    const parts = partsOf(await file.save());
    const sheets = Object.entries(parts)
      .filter(([n]) => n.startsWith('xl/worksheets/sheet'))
      .map(([, b]) => new TextDecoder().decode(b));
    expect(sheets.some((x) => x.includes('<t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;)</t>'))).toBe(true);
    expect(sheets.some((x) => x.includes('<f>HYPERLINK'))).toBe(false);
  });

  it('refuses a stale version and an unknown task, writing nothing', async () => {
    const file = await open(await inventedLedger());
    const port = createFilePort(file, { now: () => NOW });
    expect(
      await port.writeStatus(1, { status: '推进中', note: '', date: '2026-11-28', by: '甲' }, 'not-the-version'),
    ).toMatchObject({ ok: false, code: 'conflict' });
    expect(await port.writeStatus(99, { status: '推进中', note: '', date: '2026-11-28', by: '甲' })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect(file.dirty).toBe(false);
  });

  it('asks for a full recalculation on open after a write', async () => {
    const file = await open(await inventedLedger());
    await createFilePort(file, { now: () => NOW }).writeStatus(1, {
      status: '推进中',
      note: '',
      date: '2026-11-28',
      by: '甲',
    });
    const workbook = new TextDecoder().decode(partsOf(await file.save())['xl/workbook.xml']);
    expect(workbook).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});
