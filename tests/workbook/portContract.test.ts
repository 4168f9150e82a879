/**
 * One contract, two ports: the pane's `fakePort` (tests/taskpane/fakePort.ts) and `createExcelPort` over the strict
 * Office.js double must answer the same operations the same way, so the pane's tests cannot drift from Excel.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { WorkbookPort } from '../../src/workbook/port';
import { createExcelPort } from '../../src/workbook/createExcelPort';
import { createFakePort } from '../taskpane/fakePort';
import { createFakeExcel } from './fakeExcel';
import { SEED_SOURCE, seedTable } from './ledgerFixtures';
import { stubExcelRun } from './stubExcelRun';

const NOW = '2026-11-29T08:00:00.000Z';

function excelPort(): WorkbookPort {
  const fake = createFakeExcel();
  stubExcelRun(fake);
  return createExcelPort({ now: () => new Date(NOW) });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const ports: [string, () => WorkbookPort][] = [
  ['fakePort', () => createFakePort([], { now: () => NOW })],
  ['createExcelPort over the strict double', excelPort],
];

describe.each(ports)('WorkbookPort contract: %s', (_name, make) => {
  test('the report key: made by the first saveRound, counted from that round at the latest, the same on every call after', async () => {
    const port = make();
    const round = { id: 'r-2026-11', name: '2026年11月', dueDate: '2026-11-25', createdAt: '2026-11-01T01:00:00.000Z' };
    expect(await port.saveRound(round)).toEqual({ ok: true });
    const key = await port.getReportKey();
    expect(key.id).toMatch(/^[0-9a-f]{16}$/);
    expect(Buffer.from(key.secret, 'base64')).toHaveLength(32);
    expect(Date.parse(key.createdAt)).toBeLessThanOrEqual(Date.parse(round.createdAt));
    expect(await port.getReportKey()).toEqual(key);
  });

  test('an empty workbook: no rows, no history, no applied answers', async () => {
    const port = make();
    expect((await port.readLedger()).rows).toEqual([]);
    expect(await port.readHistory(1)).toEqual([]);
    expect(await port.readAppliedAnswerIds()).toEqual(new Set());
  });

  test('load, reload, status entry, its history, a stale version and an unknown task', async () => {
    const port = make();
    const seed = seedTable();
    const nos = seed.tasks.map((t) => t.no);
    const first = await port.loadLedger(seed, SEED_SOURCE);
    expect(first).toEqual({ added: nos, changed: [], unchanged: [], missing: [] });
    const { rows } = await port.readLedger();
    expect(rows.map((r) => r.no)).toEqual(nos);
    expect(rows.every((r) => r.status === '未启动' && !r.missing)).toBe(true);
    const row = rows.find((r) => r.no === 9);
    if (!row) throw new Error('task 9 missing');

    const update = { status: '推进中' as const, note: '已起草方案', date: '2026-11-28', by: '张三' };
    const written = await port.writeStatus(9, update, row.version);
    expect(written).toMatchObject({
      ok: true,
      row: { no: 9, status: '推进中', progress: '已起草方案', updated: '2026-11-28', reporter: '张三' },
    });
    expect((await port.readLedger()).rows.find((r) => r.no === 9)).toMatchObject({
      status: '推进中',
      progress: '已起草方案',
      reporter: '张三',
    });
    expect(await port.readHistory(9)).toEqual([
      {
        time: NOW,
        no: 9,
        previousStatus: '未启动',
        status: '推进中',
        note: '已起草方案',
        date: '2026-11-28',
        by: '张三',
        agency: '',
        round: '',
        answerId: '',
      },
    ]);

    expect(await port.writeStatus(9, { ...update, note: '覆盖' }, row.version)).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(await port.writeStatus(999, update)).toMatchObject({ ok: false, code: 'not-found' });

    const again = await port.loadLedger(seed, SEED_SOURCE);
    expect(again).toEqual({ added: [], changed: [], unchanged: nos, missing: [] });
    expect((await port.readLedger()).rows.find((r) => r.no === 9)?.status).toBe('推进中');
  });
});
