/**
 * The data-loss cases of issue 11, each reproduced on the strict double: every test failed on the code before the fix.
 */
import { describe, expect, test } from 'vitest';
import { applyReportPlan } from '../../src/workbook/applyReportPlan';
import { loadLedger } from '../../src/workbook/loadLedger';
import { readAppliedAnswerIds } from '../../src/workbook/readAppliedAnswerIds';
import { readHistory } from '../../src/workbook/readHistory';
import { readLedger } from '../../src/workbook/readLedger';
import { writeStatus } from '../../src/workbook/writeStatus';
import { createFakeExcel, PAYLOAD_LIMIT_BYTES, type FakeExcel } from './fakeExcel';
import { IMPORTED_AT, NOW, SEED_SOURCE, seedTable } from './ledgerFixtures';
import { ledgerWithRound, planFor, returnedFiles } from './reportFixtures';

async function seeded(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
  return fake;
}

const cell = (fake: FakeExcel, table: string, no: number, header: string): unknown =>
  fake.model.tableCell(table, fake.model.rowOf(table, no), header)?.value;

describe('issue 11: what ordinary edits used to lose', () => {
  test('序号 header renamed: a re-import finds the same rows (no 24 tasks appended again), user cells kept', async () => {
    const fake = await seeded();
    await writeStatus(
      fake.context,
      3,
      { status: '推进中', note: '已开会', date: '2026-11-20', by: '张三' },
      undefined,
      { now: NOW },
    );
    fake.model.renameTableColumn('TaskLedger', '序号', '编号');
    const summary = await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    expect(summary.added).toEqual([]);
    expect(fake.model.tableValues('TaskLedger')).toHaveLength(24);
    expect(fake.model.table('TaskLedger')?.headers()[0]).toBe('编号');
    const row = fake.model.tableValues('TaskLedger').findIndex((r) => r[0] === 3);
    expect(fake.model.tableCell('TaskLedger', row, '进展情况')?.value).toBe('已开会');
  });

  test("a user column renamed (状态 → 当前状态): no blank column added, the pane reads the user's status from it", async () => {
    const fake = await seeded();
    await writeStatus(fake.context, 3, { status: '已完成', note: '完成', date: '2026-11-20', by: '张三' }, undefined, {
      now: NOW,
    });
    fake.model.renameTableColumn('TaskLedger', '状态', '当前状态');
    const width = fake.model.table('TaskLedger')?.colCount;
    await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    expect(fake.model.table('TaskLedger')?.colCount).toBe(width);
    const { rows } = await readLedger(fake.context);
    expect(rows.find((r) => r.no === 3)?.status).toBe('已完成');
    // And a new entry lands in the renamed column.
    expect(
      (
        await writeStatus(fake.context, 4, { status: '滞后', note: 'x', date: '2026-11-21', by: '李四' }, undefined, {
          now: NOW,
        })
      ).ok,
    ).toBe(true);
    expect(cell(fake, 'TaskLedger', 4, '当前状态')).toBe('滞后');
  });

  test('a 序号 typo (task 5 retyped as 3): the merge and an entry for 3 are refused, naming the rows; nothing written', async () => {
    const fake = await seeded();
    fake.model.setTableCell('TaskLedger', fake.model.rowOf('TaskLedger', 5), '序号', 3);
    const before = fake.model.tableValues('TaskLedger');
    await expect(loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT })).rejects.toMatchObject(
      { problem: { code: 'duplicate-numbers', params: { duplicates: [{ no: 3, rows: [4, 6] }] } } },
    );
    const entry = await writeStatus(
      fake.context,
      3,
      { status: '推进中', note: 'y', date: '2026-11-21', by: '李四' },
      undefined,
      { now: NOW },
    );
    expect(entry).toEqual({
      ok: false,
      code: 'invalid',
      problem: { code: 'duplicate-numbers', params: { duplicates: [{ no: 3, rows: [4, 6] }] } },
    });
    expect(fake.model.tableValues('TaskLedger')).toEqual(before);
  });

  test('进展记录 with a column inserted: a status entry is written by column, its note never lands in 填报人', async () => {
    const fake = await seeded();
    await writeStatus(
      fake.context,
      3,
      { status: '推进中', note: '第一次', date: '2026-11-20', by: '张三' },
      undefined,
      { now: NOW },
    );
    fake.model.insertTableColumn('ProgressLog', 1, '备注');
    await writeStatus(fake.context, 4, { status: '滞后', note: '第二次', date: '2026-11-21', by: '李四' }, undefined, {
      now: NOW,
    });
    expect(fake.model.tableCell('ProgressLog', 1, '进展情况')?.value).toBe('第二次');
    expect(fake.model.tableCell('ProgressLog', 1, '填报人')?.value).toBe('李四');
    expect(fake.model.tableCell('ProgressLog', 1, '备注')?.value ?? '').toBe('');
    expect((await readHistory(fake.context, 4)).map((e) => e.note)).toEqual(['第二次']);
  });

  test('an edit between a report preview and 应用 is a conflict: not overwritten, no stale 原状态 recorded', async () => {
    const fake = await ledgerWithRound();
    const plan = await planFor(
      fake,
      await returnedFiles(
        fake,
        new Map([
          ['市教育局', new Map([[2, { status: '推进中', progress: '调研中', by: '王五', date: '2026-11-21' }]])],
        ]),
      ),
    );
    await writeStatus(
      fake.context,
      2,
      { status: '已完成', note: '手工办结', date: '2026-11-22', by: '张三' },
      undefined,
      { now: NOW },
    );
    const result = await applyReportPlan(fake.context, plan, { now: NOW });
    expect(result).toMatchObject({ ok: true, applied: 0, updated: [], conflicts: [{ no: 2 }] });
    expect(cell(fake, 'TaskLedger', 2, '状态')).toBe('已完成');
    expect(fake.model.tableValues('ProgressLog').map((r) => r[3])).toEqual(['已完成']);
  });

  test('an answer dated 11-20 does not overwrite a manual 已完成 of 11-28: flagged stale', async () => {
    const fake = await ledgerWithRound();
    await writeStatus(
      fake.context,
      2,
      { status: '已完成', note: '手工办结', date: '2026-11-28', by: '张三' },
      undefined,
      { now: NOW },
    );
    const plan = await planFor(
      fake,
      await returnedFiles(
        fake,
        new Map([
          ['市教育局', new Map([[2, { status: '推进中', progress: '调研中', by: '王五', date: '2026-11-20' }]])],
        ]),
      ),
    );
    const result = await applyReportPlan(fake.context, plan, { now: NOW });
    expect(result).toMatchObject({ ok: true, updated: [], stale: [{ no: 2 }] });
    expect(cell(fake, 'TaskLedger', 2, '状态')).toBe('已完成');
  });

  test('答复编号 header renamed: re-importing the same files appends nothing again', async () => {
    const fake = await ledgerWithRound();
    const files = await returnedFiles(
      fake,
      new Map([['市教育局', new Map([[2, { status: '推进中', progress: '调研中', by: '王五', date: '2026-11-21' }]])]]),
    );
    await applyReportPlan(fake.context, await planFor(fake, files), { now: NOW });
    // One more append stores the log's column ids; then the user renames the header.
    await writeStatus(fake.context, 5, { status: '推进中', note: 'z', date: '2026-11-22', by: '张三' }, undefined, {
      now: NOW,
    });
    fake.model.renameTableColumn('ProgressLog', '答复编号', '编号');
    const length = fake.model.tableValues('ProgressLog').length;
    expect((await readAppliedAnswerIds(fake.context)).size).toBe(1);
    const again = await applyReportPlan(fake.context, await planFor(fake, files), { now: NOW });
    expect(again).toMatchObject({ ok: true, applied: 0 });
    expect(fake.model.tableValues('ProgressLog')).toHaveLength(length);
  });

  test('100,000 进展记录 entries: readHistory and readAppliedAnswerIds read under the 5 MB response limit', async () => {
    const fake = await seeded();
    await writeStatus(
      fake.context,
      3,
      { status: '推进中', note: '第一次', date: '2026-11-20', by: '张三' },
      undefined,
      { now: NOW },
    );
    const log = fake.model.table('ProgressLog')!;
    const note = '按计划推进，已召开专题会议研究部署，形成工作方案并报送市政府审定。'.repeat(2);
    for (let i = 1; i < 100_000; i += 1) {
      const r = log.row + log.rowCount;
      [NOW, (i % 24) + 1, '未启动', '推进中', note, 46346, '张三', '市教育局', '2026年11月', `id-${i}`].forEach(
        (v, c) => {
          log.sheet.ensure(r, log.col + c).value = v;
        },
      );
      log.rowCount += 1;
    }
    const start = fake.stats.syncs;
    expect((await readAppliedAnswerIds(fake.context)).size).toBe(99_999);
    expect((await readHistory(fake.context, 3)).length).toBeGreaterThan(4_000);
    const responses = fake.stats.responseBytes.slice(start);
    expect(Math.max(...responses)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.stats.failedSyncs).toBe(1); // only the first load's lookup
  }, 120_000);
});
