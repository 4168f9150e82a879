import { describe, expect, it } from 'vitest';
import { countByAgency } from '../../src/model';
import {
  applyPlan,
  buildReportWorkbook,
  planApply,
  readReportWorkbook,
  reportAgencies,
  tasksForAgency,
  type ReadExpectation,
  type ReadResult,
} from '../../src/reports';
import {
  KEY,
  ROUND,
  WORKBOOK_ID,
  answersOf as answersIn,
  fillReport,
  leadStatus,
  seedRows,
  type Fill,
} from './seedLedger';

const rows = seedRows();
const answersOf = (agency: string): Map<number, Fill> => answersIn(rows, agency);
const agencies = reportAgencies(rows);
const expected: ReadExpectation = { workbookId: WORKBOOK_ID, key: KEY, rounds: [ROUND], ledgerRows: rows };
const RECEIVED = '2026-11-29';

const files: Uint8Array[] = [];
for (const agency of agencies) {
  const sent = await buildReportWorkbook({
    workbookId: WORKBOOK_ID,
    key: KEY,
    round: ROUND,
    agency,
    tasks: tasksForAgency(rows, agency),
  });
  files.push(await fillReport(sent, answersOf(agency)));
}
const results: ReadResult[] = [];
for (const file of files) results.push(await readReportWorkbook(file, expected));

describe('planApply: every agency of the seed answers the November round', () => {
  const plan = planApply(results, rows, new Set(), { receivedOn: RECEIVED });
  const ledger = applyPlan(rows, plan);
  const pairs = agencies.flatMap((agency) => tasksForAgency(rows, agency).map((t) => ({ agency, ...t })));

  it('reads every file without a problem', () => {
    expect(results.every((r) => r.ok)).toBe(true);
    expect(plan.issues).toEqual([]);
  });

  it('appends every answer to the history, with its agency and round', () => {
    expect(plan.history).toHaveLength(pairs.length);
    expect(pairs.length).toBe(countByAgency(rows).reduce((sum, c) => sum + c.total, 0));
    expect(pairs.length).toBeGreaterThan(80);
    const edu2 = plan.history.find((h) => h.no === 2 && h.agency === '市教育局');
    expect(edu2).toMatchObject({
      roundId: ROUND.id,
      roundName: '2026年11月',
      role: 'lead',
      previousStatus: '未启动',
      status: leadStatus(2),
      progress: '市教育局：第2项已推进',
      nextSteps: '继续推进',
      by: '市教育局联络员',
      date: '2026-11-20',
      note: '市教育局：第2项已推进\n下步打算：继续推进',
    });
    expect(new Set(plan.history.map((h) => h.answerId)).size).toBe(pairs.length);
    expect(plan.answered.map((a) => a.agency)).toEqual(agencies);
    expect(plan.answered.every((a) => a.roundId === ROUND.id && a.date === '2026-11-20')).toBe(true);
  });

  it("writes each task's status from its lead agency (or a joint one), never from a supporting one", () => {
    expect(plan.changes.map((c) => c.no)).toEqual(rows.map((r) => r.no));
    for (const row of ledger) {
      expect(row.status).toBe(leadStatus(row.no));
      expect(row.updated).toBe('2026-11-20');
    }
    // Task 2: 市教育局 leads, 市发展改革委 … support with 推进中.
    const task2 = plan.changes.find((c) => c.no === 2)!;
    expect(task2).toMatchObject({
      oldStatus: '未启动',
      newStatus: leadStatus(2),
      statusChanged: true,
      by: '市教育局联络员（市教育局）',
      conflict: false,
    });
    expect(ledger.find((r) => r.no === 2)).toMatchObject({
      progress: '市教育局：第2项已推进\n下步打算：继续推进',
      reporter: '市教育局联络员（市教育局）',
    });
    // Task 1 is joint (市教育局、市人社局): the later file of equal rank wins.
    expect(ledger.find((r) => r.no === 1)?.reporter).toBe('市人力资源和社会保障局联络员（市人力资源和社会保障局）');
  });

  it('changes nothing when the same files are imported again', () => {
    const again = planApply(results, ledger, new Set(plan.history.map((h) => h.answerId)), {
      receivedOn: '2026-12-02',
    });
    expect(again.history).toEqual([]);
    expect(again.changes).toEqual([]);
    expect(again.skipped).toHaveLength(pairs.length);
    expect(again.skipped.every((s) => s.reason === 'already-applied')).toBe(true);
    expect(applyPlan(ledger, again)).toEqual(ledger);
  });

  it('skips a file chosen twice in one import', () => {
    const twice = planApply([results[0]!, results[0]!], rows, new Set(), { receivedOn: RECEIVED });
    const count = tasksForAgency(rows, agencies[0]!).length;
    expect(twice.history).toHaveLength(count);
    expect(twice.skipped).toHaveLength(count);
    expect(twice.skipped.every((s) => s.reason === 'duplicate')).toBe(true);
  });

  it('appends a corrected answer as a new entry and lets it set the ledger', async () => {
    const sent = await buildReportWorkbook({
      workbookId: WORKBOOK_ID,
      key: KEY,
      round: ROUND,
      agency: '市教育局',
      tasks: tasksForAgency(rows, '市教育局'),
    });
    const corrected = await readReportWorkbook(
      await fillReport(
        sent,
        new Map([[2, { status: '已完成', progress: '已全部完成', by: '王五', date: '2026-11-24' }]]),
      ),
      expected,
    );
    const next = planApply([corrected], ledger, new Set(plan.history.map((h) => h.answerId)), { receivedOn: RECEIVED });
    expect(next.history.map((h) => [h.no, h.previousStatus, h.status])).toEqual([[2, leadStatus(2), '已完成']]);
    expect(next.changes).toMatchObject([
      { no: 2, oldStatus: leadStatus(2), newStatus: '已完成', progress: '已全部完成', date: '2026-11-24' },
    ]);
  });
});

describe('planApply: bad files leave the ledger unchanged', () => {
  it('plans nothing for refused files and rows with errors, and lists every problem', async () => {
    const sent = await buildReportWorkbook({
      workbookId: 'wb-other',
      key: KEY,
      round: ROUND,
      agency: '市财政局',
      tasks: tasksForAgency(rows, '市财政局'),
    });
    const eduSent = await buildReportWorkbook({
      workbookId: WORKBOOK_ID,
      key: KEY,
      round: ROUND,
      agency: '市教育局',
      tasks: tasksForAgency(rows, '市教育局'),
    });
    const bad = [
      await readReportWorkbook(await fillReport(sent, answersOf('市财政局')), expected),
      await readReportWorkbook(new TextEncoder().encode('not a workbook'), expected),
      await readReportWorkbook(
        await fillReport(eduSent, new Map([[2, { status: '快好了', by: '王五', date: '2026-11-20' }]])),
        expected,
      ),
    ];
    const plan = planApply(bad, rows, new Set(), { receivedOn: RECEIVED });
    expect(plan.changes).toEqual([]);
    expect(plan.history).toEqual([]);
    expect(plan.answered).toEqual([]);
    expect(plan.issues.map((i) => [i.file, i.code, i.agency])).toEqual([
      [0, 'other-workbook', null],
      [1, 'not-xlsx', null],
      [2, 'invalid-status', '市教育局'],
    ]);
    expect(applyPlan(rows, plan)).toEqual(rows);
  });

  it('records a supporting agency alone in the history without touching the ledger status', async () => {
    const sent = await buildReportWorkbook({
      workbookId: WORKBOOK_ID,
      key: KEY,
      round: ROUND,
      agency: '市残联',
      tasks: tasksForAgency(rows, '市残联'),
    });
    const [task] = tasksForAgency(rows, '市残联');
    const result = await readReportWorkbook(
      await fillReport(sent, new Map([[task!.no, { status: '已完成', by: '李四', date: '2026-11-18' }]])),
      expected,
    );
    const plan = planApply([result], rows, new Set(), { receivedOn: RECEIVED });
    expect(plan.history).toMatchObject([{ no: task!.no, agency: '市残联', role: 'support', status: '已完成' }]);
    expect(plan.changes).toEqual([]);
  });

  it('records the day of import for an answer without a date', async () => {
    const sent = await buildReportWorkbook({
      workbookId: WORKBOOK_ID,
      key: KEY,
      round: ROUND,
      agency: '市教育局',
      tasks: tasksForAgency(rows, '市教育局'),
    });
    const result = await readReportWorkbook(
      await fillReport(sent, new Map([[2, { status: '推进中', by: '王五' }]])),
      expected,
    );
    const plan = planApply([result], rows, new Set(), { receivedOn: RECEIVED });
    expect(plan.history[0]?.date).toBe(RECEIVED);
    expect(plan.issues.map((i) => i.code)).toEqual(['missing-date']);
  });
});

describe('planApply: an answer older than the row’s last entry is marked stale in the preview', () => {
  it('stale when dated before 更新日期, not on the same day, not without one', async () => {
    const sent = await buildReportWorkbook({
      workbookId: WORKBOOK_ID,
      key: KEY,
      round: ROUND,
      agency: '市教育局',
      tasks: tasksForAgency(rows, '市教育局'),
    });
    const result = await readReportWorkbook(
      await fillReport(
        sent,
        new Map([
          [2, { status: '推进中', by: '王五', date: '2026-11-20' }],
          [3, { status: '推进中', by: '王五', date: '2026-11-20' }],
          [9, { status: '推进中', by: '王五', date: '2026-11-20' }],
        ]),
      ),
      expected,
    );
    const dated = rows.map((r) =>
      r.no === 2 ? { ...r, updated: '2026-11-25' } : r.no === 3 ? { ...r, updated: '2026-11-20' } : r,
    );
    const plan = planApply([result], dated, new Set(), { receivedOn: RECEIVED });
    expect(plan.changes.map((c) => [c.no, c.stale])).toEqual([
      [2, true],
      [3, false],
      [9, false],
    ]);
  });
});
