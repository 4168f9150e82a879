import { afterEach, describe, expect, test, vi } from 'vitest';
import { planApply } from '../../src/reports';
import { createExcelPort } from '../../src/workbook/createExcelPort';
import { CHANGE_DEBOUNCE_MS, REMOTE_DEBOUNCE_MS } from '../../src/workbook/onLedgerChanged';
import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { SEED_SOURCE, seedTable } from './ledgerFixtures';
import { answersOf, RECEIVED, returnedFiles, ROUND } from './reportFixtures';
import { stubExcelRun } from './stubExcelRun';

function stubExcel(fake: FakeExcel): { runs: () => number } {
  const recorded = stubExcelRun(fake);
  return { runs: () => recorded.length };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('createExcelPort', () => {
  test('each operation runs in its own Excel.run batch, with the clock read at the edge', async () => {
    const fake = createFakeExcel();
    const excel = stubExcel(fake);
    const port = createExcelPort({ now: () => new Date('2026-11-29T08:00:00.000Z') });
    const summary = await port.loadLedger(seedTable(), SEED_SOURCE);
    expect(summary.added).toHaveLength(24);
    const snapshot = await port.readLedger();
    expect(snapshot.meta?.importedAt).toBe('2026-11-29T08:00:00.000Z');
    const row = snapshot.rows.find((r) => r.no === 9);
    const written = await port.writeStatus(
      9,
      { status: '推进中', note: '推进', date: '2026-11-29', by: '甲' },
      row?.version,
    );
    expect(written.ok).toBe(true);
    expect((await port.readHistory(9)).map((e) => e.time)).toEqual(['2026-11-29T08:00:00.000Z']);
    await port.applyFilter({ status: '推进中' }, '2026-11-29', 7);
    expect(fake.model.table('TaskLedger')?.filters.get('序号')).toEqual(['9']);
    await port.clearFilter();
    expect(fake.model.table('TaskLedger')?.filters.size).toBe(0);
    expect((await port.buildSummary('2026-11-29')).notice).toMatch(/^截至2026年11月29日，24项任务中已完成0项/);
    expect(excel.runs()).toBe(7);
  });

  test('the reporting-round methods: workbook id, rounds, applied ids and applying a plan, each in one batch', async () => {
    const fake = createFakeExcel();
    const excel = stubExcel(fake);
    const port = createExcelPort({
      now: () => new Date('2026-11-29T08:00:00.000Z'),
      newWorkbookId: () => 'wb-aaaaaaaa-port-test',
    });
    await port.loadLedger(seedTable(), SEED_SOURCE);
    expect(await port.getWorkbookId()).toBe('wb-aaaaaaaa-port-test');
    expect(await port.getWorkbookId()).toBe('wb-aaaaaaaa-port-test');
    expect(await port.saveRound(ROUND)).toEqual({ ok: true });
    expect((await port.readRounds()).rounds.map((r) => r.round)).toEqual([ROUND]);
    const { rows } = await port.readLedger();
    const files = await returnedFiles(fake, new Map([['市教育局', answersOf(rows, '市教育局')]]));
    const plan = planApply(files.results, files.rows, await port.readAppliedAnswerIds(), { receivedOn: RECEIVED });
    const runs = excel.runs();
    const result = await port.applyReportPlan(plan);
    expect(excel.runs() - runs).toBe(1);
    expect(result).toMatchObject({ ok: true, applied: plan.history.length, skipped: 0 });
    expect(await port.readAppliedAnswerIds()).toEqual(new Set(plan.history.map((h) => h.answerId)));
    expect((await port.readHistory(2)).map((e) => [e.time, e.agency, e.round])).toEqual([
      ['2026-11-29T08:00:00.000Z', '市教育局', '2026年11月'],
    ]);
    expect((await port.readRounds()).rounds[0]?.answered.get('市教育局')).toBe('2026-11-20');
  });

  test('every batch that writes waits for the user to leave cell editing (delayForCellEdit); the reads do not', async () => {
    const fake = createFakeExcel();
    const runs = stubExcelRun(fake);
    const port = createExcelPort({ now: () => new Date('2026-11-29T08:00:00.000Z'), newWorkbookId: () => 'wb-delay' });
    const delayed = async (call: () => Promise<unknown>): Promise<boolean | undefined> => {
      const from = runs.length;
      await call();
      expect(runs.length).toBeGreaterThan(from);
      return runs.slice(from).every((r) => r.options?.delayForCellEdit === true);
    };
    expect(await delayed(() => port.loadLedger(seedTable(), SEED_SOURCE))).toBe(true);
    expect(
      await delayed(() => port.writeStatus(9, { status: '推进中', note: '推进', date: '2026-11-29', by: '甲' })),
    ).toBe(true);
    expect(await delayed(() => port.applyFilter({ status: '推进中' }, '2026-11-29', 7))).toBe(true);
    expect(await delayed(() => port.clearFilter())).toBe(true);
    expect(await delayed(() => port.buildSummary('2026-11-29'))).toBe(true);
    expect(await delayed(() => port.saveRound(ROUND))).toBe(true);
    expect(await delayed(() => port.getWorkbookId())).toBe(true);
    expect(await delayed(() => port.readLedger())).toBe(false);
    expect(await delayed(() => port.readHistory(9))).toBe(false);
    expect(await delayed(() => port.readRounds())).toBe(false);
  });

  test("a host without an optional feature's set: native formulas in 汇总, adopting a table refused naming the feature", async () => {
    const fake = createFakeExcel();
    stubExcelRun(fake);
    const asked: string[] = [];
    const port = createExcelPort({
      supports: (set, version) => {
        asked.push(`${set} ${version}`);
        return set === 'ExcelApi' && version === '1.9';
      },
    });
    await port.loadLedger(seedTable(), SEED_SOURCE);
    await port.buildSummary('2026-11-29');
    expect(asked).toContain('CustomFunctionsRuntime 1.3');
    const formulas = [...fake.model.sheet('汇总')!.cells.values()].map((c) => c.formula ?? '').join('\n');
    expect(formulas).not.toContain('TASKS.');
    expect(formulas).toContain('SUMPRODUCT(ISNUMBER(FIND(');
    expect(await port.readSelectionGrid?.()).toEqual({
      ok: false,
      error: { code: 'needs-newer-excel', params: { feature: 'merged-cells' } },
    });
    expect(await port.readSheetTables?.()).toEqual({
      ok: false,
      error: { code: 'needs-newer-excel', params: { feature: 'merged-cells' } },
    });
  });

  test("onLedgerChanged debounces table changes, says which of the add-in's tables changed, and unsubscribes", async () => {
    const fake = createFakeExcel();
    stubExcel(fake);
    const port = createExcelPort({ now: () => new Date('2026-11-29T08:00:00.000Z') });
    await port.loadLedger(seedTable(), SEED_SOURCE);
    vi.useFakeTimers();
    const handler = vi.fn();
    const stop = await port.onLedgerChanged(handler);
    expect(fake.model.tableChangeHandlers).toHaveLength(1);
    const fire = fake.model.tableChangeHandlers[0]!;
    await fire({ tableId: '{TaskLedger}', source: 'Local' });
    await fire({ tableId: '{TaskLedger}', source: 'Local' });
    await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS - 1);
    expect(handler).not.toHaveBeenCalled();
    await fire({ tableId: '{AgencyAliases}', source: 'Local' });
    await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS);
    expect(handler.mock.calls).toEqual([[{ ledger: true, history: false, rounds: false, remote: false }]]);
    await fire({ tableId: '{TaskLedger}' });
    await stop();
    await vi.advanceTimersByTimeAsync(REMOTE_DEBOUNCE_MS);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(fake.model.tableChangeHandlers).toHaveLength(0);
  });

  test("co-authors' edits are gathered over the longer wait; a table the add-in does not read re-reads nothing", async () => {
    const fake = createFakeExcel();
    stubExcel(fake);
    const port = createExcelPort({ now: () => new Date('2026-11-29T08:00:00.000Z') });
    await port.loadLedger(seedTable(), SEED_SOURCE);
    // A table made after subscribing (the first entry creates ProgressLog) is named when it first changes.
    vi.useFakeTimers();
    const handler = vi.fn();
    await port.onLedgerChanged(handler);
    await port.writeStatus(9, { status: '推进中', note: '推进', date: '2026-11-29', by: '甲' });
    const fire = fake.model.tableChangeHandlers[0]!;
    for (let i = 0; i < 5; i += 1) {
      await fire({ tableId: '{ProgressLog}', source: 'Remote' });
      await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS);
    }
    expect(handler).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(REMOTE_DEBOUNCE_MS);
    expect(handler.mock.calls).toEqual([[{ ledger: false, history: true, rounds: false, remote: true }]]);
    fake.context.workbook.worksheets.getItem('台账设置').tables.add('H1:H2', true).name = 'Notes';
    await fake.context.sync();
    await fire({ tableId: '{Notes}', source: 'Remote' });
    await vi.advanceTimersByTimeAsync(REMOTE_DEBOUNCE_MS);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
