import { beforeAll, describe, expect, test } from 'vitest';
import { toExcelSerial } from '../../src/model';
import type { ApplyPlan } from '../../src/reports';
import { applyReportPlan } from '../../src/workbook/applyReportPlan';
import { SYNC_BUDGET_BYTES } from '../../src/workbook/payloadBytes';
import { readAppliedAnswerIds } from '../../src/workbook/readAppliedAnswerIds';
import { readHistory } from '../../src/workbook/readHistory';
import { readLedger } from '../../src/workbook/readLedger';
import { readRounds } from '../../src/workbook/readRounds';
import { writeStatus } from '../../src/workbook/writeStatus';
import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { NOW } from './ledgerFixtures';
import { answersOf, leadStatus, ledgerWithRound, planFor, returnedFiles, ROUND } from './reportFixtures';

const HISTORY_HEADERS = [
  '记录时间',
  '序号',
  '原状态',
  '新状态',
  '进展情况',
  '填报日期',
  '填报人',
  '填报单位',
  '填报轮次',
  '答复编号',
];

/** Everything the workbook holds, to compare before and after. */
function snapshot(fake: FakeExcel): unknown {
  return {
    sheets: fake.model.sheets.map((s) => [s.name, [...s.cells.entries()].map(([k, c]) => [k, { ...c }])]),
    tables: fake.model.tables.map((t) => [t.name, t.rowCount, t.colCount]),
  };
}

function ledgerCell(fake: FakeExcel, no: number, header: string) {
  return fake.model.tableCell('TaskLedger', fake.model.rowOf('TaskLedger', no), header);
}

/** The seed's 24 task numbers. */
const ALL_TASKS = Array.from({ length: 24 }, (_, i) => i + 1);
/** The seed's 19 agencies after normalisation, most tasks first. */
const SEED_AGENCIES = [
  '市教育局',
  '市人力资源和社会保障局',
  '市发展改革委',
  '市财政局',
  '市经济和信息化委',
  '市级各行业主管部门',
  '市农业局',
  '市扶贫和移民局',
  '市残联',
  '市人民政府',
  '各县区人民政府',
  '市委编办',
  '市法制办',
  '市国资委',
  '人行广元市中心支行',
  '市国土资源局',
  '市地税局',
  '市国税局',
  '市级有关部门',
];

describe('applyReportPlan: every agency of the seed returns its November report', () => {
  let fake: FakeExcel;
  let plan: ApplyPlan;
  let before: Awaited<ReturnType<typeof readLedger>>;
  let result: Awaited<ReturnType<typeof applyReportPlan>>;
  let syncs = 0;

  beforeAll(async () => {
    fake = await ledgerWithRound();
    // Users sort the ledger: rows are found by 序号, never by position.
    fake.model.sortTable('TaskLedger', (a, b) => String(a[2]).localeCompare(String(b[2])));
    plan = await planFor(fake, await returnedFiles(fake));
    before = await readLedger(fake.context);
    const start = fake.stats.syncs;
    result = await applyReportPlan(fake.context, plan, { now: NOW });
    syncs = fake.stats.syncs - start;
  }, 60_000);

  test('applies every answer in 4 syncs: one ledger row per lead answer, one history row per answer', () => {
    expect(plan.issues).toEqual([]);
    // 91 agency–task pairs in the seed (each of its 19 agencies answers every task it has a role in); all 24 tasks have a lead.
    expect(plan.history).toHaveLength(91);
    expect(result).toMatchObject({ ok: true, applied: 91, skipped: 0, notFound: [] });
    // In the ledger's row order (the seed's ledger is sorted), every task once.
    expect(result.ok && [...result.updated].sort((a, b) => a - b)).toEqual(ALL_TASKS);
    // The ledger read, the rounds read, the ledger rows (found by 序号 and read back), the history created.
    expect(syncs).toBe(4);
    // The answers travel in one request, far under Excel on the web's 5 MB.
    expect(fake.stats.requestBytes.at(-1)).toBeLessThan(SYNC_BUDGET_BYTES / 50);
    expect(fake.stats.requestBytes.at(-1)).toBeGreaterThan(20_000);
  });

  test('writes the status columns of each planned row, value by value, and nothing else of the ledger', async () => {
    for (const no of ALL_TASKS) {
      expect(ledgerCell(fake, no, '状态')?.value).toBe(leadStatus(no));
      // The lead's answer: `单位：第N项已推进` and its next step, reported by the lead's 联络员.
      expect(ledgerCell(fake, no, '进展情况')).toMatchObject({
        value: expect.stringMatching(new RegExp(`^[^：]+：第${no}项已推进\n下步打算：继续推进$`)) as unknown,
        numberFormat: '@',
      });
      expect(ledgerCell(fake, no, '更新日期')).toMatchObject({ value: 46346, numberFormat: 'yyyy-mm-dd' });
      expect(ledgerCell(fake, no, '填报人')).toMatchObject({
        value: expect.stringMatching(/^(.+)联络员（\1）$/) as unknown,
        numberFormat: '@',
      });
    }
    expect(ledgerCell(fake, 2, '进展情况')?.value).toBe('市教育局：第2项已推进\n下步打算：继续推进');
    expect(ledgerCell(fake, 2, '填报人')?.value).toBe('市教育局联络员（市教育局）');
    const after = await readLedger(fake.context);
    for (const row of after.rows) {
      const old = before.rows.find((r) => r.no === row.no);
      expect({
        ...row,
        status: old?.status,
        progress: old?.progress,
        updated: old?.updated,
        reporter: old?.reporter,
        version: old?.version,
      }).toEqual(old);
    }
  });

  test('appends every answer to ProgressLog with its agency, round and answer id, in plan order', () => {
    expect(fake.model.table('ProgressLog')?.headers()).toEqual(HISTORY_HEADERS);
    const log = fake.model.tableValues('ProgressLog');
    expect(log).toEqual(
      plan.history.map((h) => [
        NOW,
        h.no,
        h.previousStatus,
        h.status,
        h.note,
        toExcelSerial(h.date),
        h.by,
        h.agency,
        '2026年11月',
        h.answerId,
      ]),
    );
    const edu2 = plan.history.findIndex((h) => h.no === 2 && h.agency === '市教育局');
    expect(log[edu2]).toEqual([
      NOW,
      2,
      '未启动',
      leadStatus(2),
      '市教育局：第2项已推进\n下步打算：继续推进',
      toExcelSerial('2026-11-20'),
      '市教育局联络员',
      '市教育局',
      '2026年11月',
      plan.history[edu2]?.answerId,
    ]);
    expect(fake.model.tableCell('ProgressLog', edu2, '答复编号')?.numberFormat).toBe('@');
  });

  test('readHistory returns the new fields; readAppliedAnswerIds every answer id', async () => {
    const history = await readHistory(fake.context, 2);
    expect(history.map((e) => [e.agency, e.round, e.status])).toEqual(
      plan.history.filter((h) => h.no === 2).map((h) => [h.agency, '2026年11月', h.status]),
    );
    expect(history.find((e) => e.agency === '市教育局')).toEqual({
      time: NOW,
      no: 2,
      previousStatus: '未启动',
      status: leadStatus(2),
      note: '市教育局：第2项已推进\n下步打算：继续推进',
      date: '2026-11-20',
      by: '市教育局联络员',
      agency: '市教育局',
      round: '2026年11月',
      answerId: plan.history.find((h) => h.no === 2 && h.agency === '市教育局')?.answerId,
    });
    expect(await readAppliedAnswerIds(fake.context)).toEqual(new Set(plan.history.map((h) => h.answerId)));
  });

  test("records each answering agency in the round's 已报送单位 with the day of its answer", async () => {
    const { rounds } = await readRounds(fake.context);
    expect(rounds).toHaveLength(1);
    expect(rounds[0]?.round).toEqual(ROUND);
    expect(rounds[0]?.answered).toEqual(new Map(SEED_AGENCIES.map((a) => [a, '2026-11-20'])));
  });

  test('applying the same plan again changes nothing, in 3 syncs (reads only: ledger, log layout, 答复编号)', async () => {
    const state = snapshot(fake);
    const start = fake.stats.syncs;
    const again = await applyReportPlan(fake.context, plan, { now: '2026-12-01T00:00:00.000Z' });
    expect(again).toEqual({ ok: true, applied: 0, skipped: plan.history.length, updated: [], notFound: [] });
    expect(fake.stats.syncs - start).toBe(3);
    expect(fake.stats.requestBytes.slice(start)).toEqual([0, 0, 0]);
    expect(snapshot(fake)).toEqual(state);
  });

  test('re-importing the same files plans nothing new and changes nothing', async () => {
    const state = snapshot(fake);
    const replan = await planFor(
      fake,
      await returnedFiles(fake, new Map([['市教育局', answersOf(before.rows, '市教育局')]])),
    );
    expect(replan.history).toEqual([]);
    // 市教育局 has a role in 22 tasks (6 lead, 4 support, 12 joint).
    expect(replan.skipped.length).toBe(22);
    expect(await applyReportPlan(fake.context, replan, { now: NOW })).toMatchObject({
      ok: true,
      applied: 0,
      updated: [],
    });
    expect(snapshot(fake)).toEqual(state);
  });

  test('a corrected answer is a new entry and sets the ledger', async () => {
    const logLength = fake.model.tableValues('ProgressLog').length;
    const files = await returnedFiles(
      fake,
      new Map([
        ['市教育局', new Map([[2, { status: '已完成', progress: '已全部完成', by: '王五', date: '2026-11-24' }]])],
      ]),
    );
    const next = await planFor(fake, files);
    const start = fake.stats.syncs;
    expect(await applyReportPlan(fake.context, next, { now: NOW })).toEqual({
      ok: true,
      applied: 1,
      skipped: 0,
      updated: [2],
      notFound: [],
    });
    // The ledger read, the log's layout and the rounds, the 答复编号, the ledger row, the answer appended.
    expect(fake.stats.syncs - start).toBe(5);
    expect(ledgerCell(fake, 2, '状态')?.value).toBe('已完成');
    expect(ledgerCell(fake, 2, '填报人')?.value).toBe('王五（市教育局）');
    const log = fake.model.tableValues('ProgressLog');
    expect(log).toHaveLength(logLength + 1);
    expect(log.at(-1)?.slice(0, 9)).toEqual([
      NOW,
      2,
      leadStatus(2),
      '已完成',
      '已全部完成',
      toExcelSerial('2026-11-24'),
      '王五',
      '市教育局',
      '2026年11月',
    ]);
    // The agency keeps the day of its first answer.
    expect((await readRounds(fake.context)).rounds[0]?.answered.get('市教育局')).toBe('2026-11-20');
  });
});

describe('applyReportPlan: older workbooks and edge cases', () => {
  test('an older seven-column ProgressLog gets 填报单位, 填报轮次, 答复编号 at its end; its entries keep their cells', async () => {
    const fake = await ledgerWithRound();
    await writeStatus(
      fake.context,
      9,
      { status: '推进中', note: '手工填报', date: '2026-11-10', by: '张三' },
      undefined,
      { now: NOW },
    );
    const log = fake.model.table('ProgressLog')!;
    log.colCount = 7; // a workbook from before reporting rounds
    log.columnIds.length = 7;
    for (const key of [...log.sheet.cells.keys()]) if (Number(key.split(',')[1]) >= 7) log.sheet.cells.delete(key);
    const plan = await planFor(
      fake,
      await returnedFiles(fake, new Map([['市教育局', answersOf((await readLedger(fake.context)).rows, '市教育局')]])),
    );
    const start = fake.stats.syncs;
    const result = await applyReportPlan(fake.context, plan, { now: NOW });
    // The ledger read, the log's layout and the rounds, the ledger rows with the three columns added, the answers.
    expect(fake.stats.syncs - start).toBe(4);
    expect(result).toMatchObject({ ok: true, applied: plan.history.length, skipped: 0 });
    expect(log.headers()).toEqual(HISTORY_HEADERS);
    const values = fake.model.tableValues('ProgressLog');
    expect(values[0]).toEqual([
      NOW,
      9,
      '未启动',
      '推进中',
      '手工填报',
      toExcelSerial('2026-11-10'),
      '张三',
      '',
      '',
      '',
    ]);
    expect(values.slice(1)).toEqual(
      plan.history.map((h) => [
        NOW,
        h.no,
        h.previousStatus,
        h.status,
        h.note,
        toExcelSerial(h.date),
        h.by,
        '市教育局',
        '2026年11月',
        h.answerId,
      ]),
    );
    expect(await readAppliedAnswerIds(fake.context)).toEqual(new Set(plan.history.map((h) => h.answerId)));
  });

  test('a user-moved log column is written by header', async () => {
    const fake = await ledgerWithRound();
    await writeStatus(fake.context, 9, { status: '推进中', note: 'x', date: '2026-11-10', by: '张三' }, undefined, {
      now: NOW,
    });
    fake.model.insertTableColumn('ProgressLog', 2, '备注');
    const plan = await planFor(
      fake,
      await returnedFiles(
        fake,
        new Map([
          ['市教育局', new Map([[2, { status: '推进中', progress: '=开展调研', by: '王五', date: '2026-11-21' }]])],
        ]),
      ),
    );
    await applyReportPlan(fake.context, plan, { now: NOW });
    const row = fake.model.tableValues('ProgressLog')[1];
    expect(row).toEqual([
      NOW,
      2,
      '',
      '未启动',
      '推进中',
      '=开展调研',
      toExcelSerial('2026-11-21'),
      '王五',
      '市教育局',
      '2026年11月',
      plan.history[0]?.answerId,
    ]);
    expect(fake.model.tableCell('ProgressLog', 1, '进展情况')).toMatchObject({ numberFormat: '@', quotePrefix: true });
    expect(ledgerCell(fake, 2, '进展情况')).toMatchObject({ value: '=开展调研', quotePrefix: true });
  });

  test('without a ProgressLog the log is created with all ten columns, in 3 syncs', async () => {
    const fake = await ledgerWithRound();
    const plan = await planFor(
      fake,
      await returnedFiles(
        fake,
        new Map([['市财政局', new Map([[2, { status: '推进中', by: '李四', date: '2026-11-19' }]])]]),
      ),
    );
    expect(fake.model.table('ProgressLog')).toBeUndefined();
    const start = fake.stats.syncs;
    // 市财政局 supports task 2: the history gets the answer, the ledger row is not written.
    expect(await applyReportPlan(fake.context, plan, { now: NOW })).toEqual({
      ok: true,
      applied: 1,
      skipped: 0,
      updated: [],
      notFound: [],
    });
    expect(fake.stats.syncs - start).toBe(3);
    expect(fake.model.table('ProgressLog')?.sheet.name).toBe('进展记录');
    expect(fake.model.tableValues('ProgressLog')).toEqual([
      [
        NOW,
        2,
        '未启动',
        '推进中',
        '',
        toExcelSerial('2026-11-19'),
        '李四',
        '市财政局',
        '2026年11月',
        plan.history[0]?.answerId,
      ],
    ]);
    expect(ledgerCell(fake, 2, '状态')?.value).toBe('未启动');
  });

  test('when the history cannot be created the ledger rows are put back and the refusal says why', async () => {
    const fake = await ledgerWithRound();
    const plan = await planFor(
      fake,
      await returnedFiles(
        fake,
        new Map([['市教育局', new Map([[2, { status: '已完成', by: '王五', date: '2026-11-21' }]])]]),
      ),
    );
    // Both names the log could be created under are taken by sheets without the table.
    fake.context.workbook.worksheets.add('进展记录');
    fake.context.workbook.worksheets.add('进展记录（新）');
    const before = fake.model.tableValues('TaskLedger');
    expect(await applyReportPlan(fake.context, plan, { now: NOW })).toEqual({
      ok: false,
      code: 'invalid',
      problem: { code: 'write-refused', params: { table: 'ProgressLog', reason: 'ItemAlreadyExists' } },
    });
    expect(fake.model.tableValues('TaskLedger')).toEqual(before);
    expect(ledgerCell(fake, 2, '状态')?.value).toBe('未启动');
  });

  test('a task removed from the ledger since planning is reported, its answer still kept in the history', async () => {
    const fake = await ledgerWithRound();
    const plan = await planFor(
      fake,
      await returnedFiles(
        fake,
        new Map([['市教育局', new Map([[2, { status: '已完成', by: '王五', date: '2026-11-21' }]])]]),
      ),
    );
    fake.model.setTableCell('TaskLedger', fake.model.rowOf('TaskLedger', 2), '序号', '');
    expect(await applyReportPlan(fake.context, plan, { now: NOW })).toEqual({
      ok: true,
      applied: 1,
      skipped: 0,
      updated: [],
      notFound: [2],
    });
    expect(fake.model.tableValues('ProgressLog')).toHaveLength(1);
  });

  test('no ledger: no-ledger after one sync, nothing written', async () => {
    const fake = createFakeExcel();
    const plan: ApplyPlan = { changes: [], history: [], skipped: [], answered: [], issues: [] };
    expect(await applyReportPlan(fake.context, plan, { now: NOW })).toMatchObject({ ok: false, code: 'no-ledger' });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.model.sheets).toEqual([]);
  });
});
