import { describe, expect, it } from 'vitest';
import type { ApplyPlan, ReportHistoryEntry } from '../../src/reports';
import type { ReportKey } from '../../src/reports/reportKey';
import { createFilePort, LedgerFile } from '../../src/fileWorkbook';
import { inventedLedger, partsOf } from './ledgerFiles';

async function open(bytes: Uint8Array): Promise<LedgerFile> {
  const opened = await LedgerFile.open(bytes);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  return opened.file;
}

const NOW = new Date('2026-11-29T03:00:00.000Z');
/** A valid key: the id is the first 16 hex digits of SHA-256 of 32 zero bytes (66687aadf862bd77…). */
const KEY: ReportKey = {
  id: '66687aadf862bd77',
  secret: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  createdAt: '2026-11-01T00:00:00.000Z',
};
const ROUND = { id: 'r-2026-11', name: '2026年11月', dueDate: '2026-11-25', createdAt: '2026-11-01T08:00:00.000Z' };
const decode = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

function answer(no: number, agency: string, status: '推进中' | '已完成', id: string): ReportHistoryEntry {
  return {
    answerId: id,
    no,
    roundId: ROUND.id,
    roundName: ROUND.name,
    agency,
    role: 'lead',
    previousStatus: '未启动',
    status,
    progress: `${agency}的进展`,
    problems: '',
    nextSteps: '',
    by: '王五',
    date: '2026-11-20',
    note: `${agency}的进展`,
  };
}

/** Two answers from 市教育局 (tasks 1 and 2); task 2's change is the one the ledger takes. */
function plan(): ApplyPlan {
  const a1 = answer(1, '市教育局', '推进中', 'a1a1a1a1a1a1a1a1');
  const a2 = answer(2, '市教育局', '已完成', 'b2b2b2b2b2b2b2b2');
  const change = (h: ReportHistoryEntry) => ({
    no: h.no,
    text: '',
    oldStatus: '未启动' as const,
    newStatus: h.status,
    statusChanged: true,
    oldProgress: '',
    progress: h.note,
    date: h.date,
    by: '王五（市教育局）',
    source: h,
    conflict: false,
    stale: false,
  });
  return {
    changes: [change(a1), change(a2)],
    history: [a1, a2],
    skipped: [],
    answered: [{ roundId: ROUND.id, agency: '市教育局', date: '2026-11-20' }],
    issues: [],
  };
}

describe('reporting rounds on the file', () => {
  it('keeps the report key in the add-in’s settings part (not a cell), the same after a save and reopen', async () => {
    const file = await open(await inventedLedger());
    let made = 0;
    const port = createFilePort(file, { now: () => NOW, newReportKey: () => ((made += 1), Promise.resolve(KEY)) });
    expect(await port.getReportKey()).toEqual(KEY);
    expect(await port.getReportKey()).toEqual(KEY);
    expect(made).toBe(1);
    const saved = await file.save();
    const parts = partsOf(saved);
    const we = decode(parts['xl/webextensions/webextension1.xml']);
    expect(we).toContain('<we:reference id="f161128f-22af-4228-982a-fd1ce34c1c43"');
    expect(we).toContain('name="keyTaskLedger.reportKey"');
    expect(decode(parts['[Content_Types].xml'])).toContain('PartName="/xl/webextensions/webextension1.xml"');
    expect(decode(parts['_rels/.rels'])).toContain('Target="xl/webextensions/taskpanes.xml"');
    // The secret is in no sheet.
    for (const [name, bytes] of Object.entries(parts))
      if (name.startsWith('xl/worksheets/')) expect(decode(bytes)).not.toContain(KEY.secret);
    const again = createFilePort(await open(saved), {
      newReportKey: () => Promise.reject(new Error('no new key expected')),
    });
    expect(await again.getReportKey()).toEqual(KEY);
  });

  it('adds the 填报轮次 sheet and table on the first round, updates a round by its id, refuses a taken name', async () => {
    const file = await open(await inventedLedger());
    const port = createFilePort(file, { now: () => NOW, newReportKey: () => Promise.resolve(KEY) });
    expect(await port.saveRound(ROUND)).toEqual({ ok: true });
    expect(await port.saveRound({ ...ROUND, id: 'r-2026-12', name: '2026年12月', dueDate: '2026-12-25' })).toEqual({
      ok: true,
    });
    expect(await port.saveRound({ ...ROUND, dueDate: '2026-11-30' })).toEqual({ ok: true });
    expect(await port.saveRound({ ...ROUND, id: 'r-other', name: '2026年12月' })).toMatchObject({
      ok: false,
      code: 'duplicate-name',
    });
    const again = createFilePort(await open(await file.save()));
    expect((await again.readRounds()).rounds.map((r) => [r.round.id, r.round.name, r.round.dueDate])).toEqual([
      ['r-2026-11', '2026年11月', '2026-11-30'],
      ['r-2026-12', '2026年12月', '2026-12-25'],
    ]);
  });

  it('applies returned answers: ledger rows, history with agency, round and answer id, the round’s answered list; twice changes nothing', async () => {
    const file = await open(await inventedLedger());
    const port = createFilePort(file, { now: () => NOW, newReportKey: () => Promise.resolve(KEY) });
    await port.saveRound(ROUND);
    expect(await port.applyReportPlan(plan())).toEqual({
      ok: true,
      applied: 2,
      skipped: 0,
      updated: [1, 2],
      notFound: [],
    });
    const reopened = await open(await file.save());
    const again = createFilePort(reopened, { now: () => NOW });
    const rows = (await again.readLedger()).rows;
    expect(rows.map((r) => [r.no, r.status, r.progress, r.updated, r.reporter])).toEqual([
      [1, '推进中', '市教育局的进展', '2026-11-20', '王五（市教育局）'],
      [2, '已完成', '市教育局的进展', '2026-11-20', '王五（市教育局）'],
      [3, '未启动', '', null, ''],
    ]);
    expect((await again.readAllHistory()).map((e) => [e.no, e.agency, e.round, e.answerId])).toEqual([
      [1, '市教育局', '2026年11月', 'a1a1a1a1a1a1a1a1'],
      [2, '市教育局', '2026年11月', 'b2b2b2b2b2b2b2b2'],
    ]);
    expect([...((await again.readRounds()).rounds[0]?.answered ?? [])]).toEqual([['市教育局', '2026-11-20']]);
    expect(await again.applyReportPlan(plan())).toEqual({
      ok: true,
      applied: 0,
      skipped: 2,
      updated: [],
      notFound: [],
    });
    expect(reopened.dirty).toBe(false);
  });

  it('holds back a change whose row was edited after the preview (a conflict), as the Excel port does', async () => {
    const file = await open(await inventedLedger());
    const port = createFilePort(file, { now: () => NOW });
    await port.writeStatus(2, { status: '推进中', note: '手工填报', date: '2026-11-21', by: '甲' });
    const result = await port.applyReportPlan(plan());
    expect(result).toMatchObject({ ok: true, applied: 1, updated: [1], conflicts: [{ no: 2 }] });
  });
});
