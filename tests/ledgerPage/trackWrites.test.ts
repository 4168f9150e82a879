import { describe, expect, it } from 'vitest';
import { trackWrites } from '../../src/ledgerPage/trackWrites';
import type { WorkbookPort } from '../../src/workbook/port';

/** A stand-in port: each method sets the file dirty or not, as told, and returns what it is given. */
function fakePort(file: { dirty: boolean }, writes: boolean, result: unknown): WorkbookPort {
  const call = (): Promise<unknown> => {
    if (writes) file.dirty = true;
    return Promise.resolve(result);
  };
  return {
    writeStatus: call,
    readLedger: call,
    buildSummary: call,
    getWorkbookId: call,
    saveRound: call,
    writeWarningRule: call,
  } as unknown as WorkbookPort;
}

describe('trackWrites', () => {
  it('marks a status entry that was written, and not one that was refused', async () => {
    const file = { dirty: false };
    let marks = 0;
    const ok = trackWrites(fakePort(file, true, { ok: true }), file, () => (marks += 1));
    await ok.writeStatus(9, { status: '推进中', note: '', date: '2026-12-07', by: '张三' });
    expect(marks).toBe(1);
    const refused = trackWrites(fakePort(file, false, { ok: false, reason: 'conflict' }), file, () => (marks += 1));
    await refused.writeStatus(9, { status: '推进中', note: '', date: '2026-12-07', by: '张三' });
    expect(marks).toBe(1);
  });

  it('marks a warning rule that was written, and not one that was refused, on a file written before', async () => {
    const file = { dirty: true };
    let marks = 0;
    const rule = { preset: '蓝黄红', dueSoonDays: 10, laggingCounts: true } as const;
    await trackWrites(fakePort(file, true, { ok: true }), file, () => (marks += 1)).writeWarningRule!(rule);
    expect(marks).toBe(1);
    const refused = { ok: false, code: 'rule-write-refused', params: { reason: 'AccessDenied' } };
    await trackWrites(fakePort(file, false, refused), file, () => (marks += 1)).writeWarningRule!(rule);
    expect(marks).toBe(1);
  });

  it('marks 汇总 and a saved round on a file written before (after a save the file stays dirty in memory)', async () => {
    const file = { dirty: true };
    let marks = 0;
    const port = trackWrites(fakePort(file, true, {}), file, () => (marks += 1));
    await port.buildSummary('2026-12-07');
    await port.saveRound({ id: 'r1', name: '2026年12月', due: '2026-12-31', created: '2026-12-07' } as never);
    expect(marks).toBe(2);
  });

  it('marks a read that created the workbook id in a clean file, and no read of a clean file that stays clean', async () => {
    const clean = { dirty: false };
    let marks = 0;
    await trackWrites(fakePort(clean, false, { rows: [] }), clean, () => (marks += 1)).readLedger();
    expect(marks).toBe(0);
    await trackWrites(fakePort(clean, true, 'wb-1'), clean, () => (marks += 1)).getWorkbookId();
    expect(marks).toBe(1);
  });
});
