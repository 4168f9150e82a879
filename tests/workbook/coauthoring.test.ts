/**
 * Every write operation against a co-author acting between any two of its syncs (and before the first): sort, insert or
 * delete rows, append a row, edit the same cell, rename a header, insert a column, protect the sheet. Whatever the
 * interleaving: nothing lost (the co-author's rows and typed cells are there at the end, and so is every row that was),
 * nothing on the wrong task (each task's cells are as they were, or as the operation meant them for that task), and
 * either the operation's work is all there, or it refused and left the workbook as the co-author made it.
 * Cells are read by column id, so a renamed header or an inserted column does not fool the check.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { toExcelSerial, type TaskTable } from '../../src/model';
import type { ApplyPlan } from '../../src/reports';
import { applyReportPlan } from '../../src/workbook/applyReportPlan';
import { buildSummary } from '../../src/workbook/buildSummary';
import { loadLedger } from '../../src/workbook/loadLedger';
import { LedgerRefusal } from '../../src/workbook/LedgerRefusal';
import { readLedger } from '../../src/workbook/readLedger';
import { saveRound } from '../../src/workbook/saveRound';
import { writeCarriedColumns } from '../../src/workbook/writeCarriedColumns';
import { writeStatus } from '../../src/workbook/writeStatus';
import { gridToTabText, parseTaskTable } from '../../src/model';
import { carriedColumns } from '../../src/documents/carriedColumns';
import { actBefore, tableActions, typeRowBelow, type CoauthorAction } from './coauthor';
import { createFakeExcel, FakeSheet, type FakeExcel, type FakeWorkbookModel } from './fakeExcel';
import { IMPORTED_AT, NOW, SEED_SOURCE, seedTable } from './ledgerFixtures';
import { ledgerWithRound, planFor, returnedFiles, ROUND } from './reportFixtures';

const USER = ['状态', '进展情况', '更新日期', '填报人', '延期至', '延期原因'] as const;
const LOG = ['序号', '新状态', '进展情况', '填报人'] as const;

/** A table's rows by key, each as its cells by the headers given (found by the column ids they had at the start). */
type Rows = Map<string, Record<string, unknown>>;

function idsOf(model: FakeWorkbookModel, name: string): Map<string, number> {
  const t = model.table(name);
  return new Map((t?.headers() ?? []).map((h, i) => [h, t?.columnIds[i] ?? -1]));
}

function rowsOf(
  model: FakeWorkbookModel,
  name: string,
  ids: ReadonlyMap<string, number>,
  key: string,
  headers: readonly string[],
): Rows {
  const t = model.table(name);
  const out: Rows = new Map();
  if (!t) return out;
  const at = (h: string): number => t.columnIds.indexOf(ids.get(h) ?? -1);
  model.tableValues(name).forEach((row, r) => {
    const k = String(row[at(key)] ?? '');
    const cells = Object.fromEntries(headers.map((h) => [h, row[at(h)] ?? '']));
    out.set(out.has(k) ? `${k}#${r}` : k, cells);
  });
  return out;
}

interface Outcome {
  ok: boolean;
}

interface Scenario {
  name: string;
  table: string;
  key: string;
  headers: readonly string[];
  setup(): Promise<FakeExcel>;
  run(fake: FakeExcel): Promise<Outcome>;
  /** What the operation means each row (by key) to hold, for the headers it writes. */
  mine: ReadonlyMap<string, Record<string, unknown>>;
  actions: CoauthorAction[];
  /** More to check after the common checks. */
  extra?(fake: FakeExcel, baseline: FakeExcel, outcome: Outcome): void;
  /** A refusal may leave some of the meant cells written (a reload's source cells: never a user's cell, never another task's). */
  partial?: boolean;
}

/** Nothing lost, nothing on the wrong row, all or nothing (a refusal leaves what the co-author made). */
function checkRows(s: Scenario, fake: FakeExcel, baseline: FakeExcel, outcome: Outcome, action: CoauthorAction): void {
  const ids = idsOf(baseline.model, s.table);
  const before = rowsOf(baseline.model, s.table, ids, s.key, s.headers);
  const after = rowsOf(fake.model, s.table, ids, s.key, s.headers);
  for (const [key, cells] of before) {
    const now = after.get(key);
    expect(now, `${key} is still there`).toBeDefined();
    const meant = s.mine.get(key);
    for (const h of s.headers) {
      const edited = action.edits?.find((e) => String(e.no) === key && e.header === h);
      if (edited) expect(now?.[h], `${key} ${h}: the co-author's value stays`).toBe(edited.value);
      else if ((!outcome.ok && !s.partial) || !meant || !(h in meant))
        expect(now?.[h], `${key} ${h} untouched`).toEqual(cells[h]);
      else expect([cells[h], meant[h]], `${key} ${h}: as it was or as meant`).toContainEqual(now?.[h]);
    }
  }
  for (const key of after.keys())
    expect(
      before.has(key) || ((outcome.ok || s.partial === true) && s.mine.has(key)),
      `row ${key} is one that was, or one the operation added`,
    ).toBe(true);
}

/** Runs the operation once undisturbed: how many syncs it makes. */
async function syncsOf(s: Scenario): Promise<number> {
  const fake = await s.setup();
  const start = fake.stats.syncs;
  await s.run(fake);
  return fake.stats.syncs - start;
}

function matrix(s: Scenario): void {
  describe(s.name, () => {
    let syncs = 0;
    beforeAll(async () => {
      syncs = await syncsOf(s);
    });
    test.each(s.actions.map((a) => [a.name, a] as const))(
      'a co-author %s between any two syncs',
      async (_name, action) => {
        expect(syncs).toBeGreaterThan(0);
        for (let gap = 1; gap <= syncs; gap += 1) {
          const fake = await s.setup();
          const baseline = await s.setup();
          action.act(baseline.model);
          actBefore(fake, gap, action.act);
          const outcome = await s.run(fake);
          fake.betweenSyncs = null;
          checkRows(s, fake, baseline, outcome, action);
          s.extra?.(fake, baseline, outcome);
        }
      },
    );
  });
}

/** The log entries a run added (those not in the baseline), as 序号|新状态|进展情况|填报人. */
function addedEntries(fake: FakeExcel, baseline: FakeExcel): string[] {
  const entries = (model: FakeWorkbookModel): string[] => {
    const t = model.table('ProgressLog');
    if (!t) return [];
    const at = (h: string): number => t.headers().indexOf(h);
    return model.tableValues('ProgressLog').map((r) => LOG.map((h) => String(r[at(h)] ?? '')).join('|'));
  };
  const left = [...entries(baseline.model)];
  return entries(fake.model).filter((e) => {
    const i = left.indexOf(e);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** A co-author's own status entry appended to the log meanwhile (their trace must stay). */
const theirLogEntry: CoauthorAction = {
  name: 'appends their own entry to ProgressLog',
  act: (m) => {
    if (m.table('ProgressLog'))
      typeRowBelow(m, 'ProgressLog', {
        记录时间: 'their time',
        序号: 4,
        新状态: '滞后',
        进展情况: '同事的记录',
        填报人: '赵六',
      });
  },
};

/** A co-author's note a row below the log, apart from the table (Excel does not take it in): our rows must not land on it. */
const NOTE = '同事在表下方的备注';
const noteBelowLog: CoauthorAction = {
  name: 'writes a note a row below ProgressLog',
  act: (m) => {
    const t = m.table('ProgressLog');
    if (t) t.sheet.ensure(t.row + t.rowCount + 1, t.col).value = NOTE;
  },
};
function noteKept(fake: FakeExcel, baseline: FakeExcel): void {
  const count = (model: FakeWorkbookModel): number =>
    [...(model.sheet('进展记录')?.cells.values() ?? [])].filter((c) => c.value === NOTE).length;
  expect(count(fake.model), 'the note below the log is still there').toBe(count(baseline.model));
}

const UPDATE = { status: '已完成' as const, note: '已印发实施', date: '2026-11-28', by: '王五' };

// ——— status entry ———
let version = '';
matrix({
  name: 'writeStatus',
  table: 'TaskLedger',
  key: '序号',
  headers: USER,
  async setup() {
    const fake = createFakeExcel();
    await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    await writeStatus(fake.context, 4, { status: '推进中', note: '起草中', date: '2026-11-20', by: '甲' }, undefined, {
      now: NOW,
    });
    version = (await readLedger(fake.context)).rows.find((r) => r.no === 9)?.version ?? '';
    return fake;
  },
  run: (fake) => writeStatus(fake.context, 9, UPDATE, version, { now: NOW }),
  mine: new Map([
    ['9', { 状态: '已完成', 进展情况: '已印发实施', 更新日期: toExcelSerial('2026-11-28'), 填报人: '王五' }],
  ]),
  actions: [
    ...tableActions(
      'TaskLedger',
      '序号',
      9,
      { header: '进展情况', value: '同事刚填的进展' },
      { 序号: 99, 工作任务: '同事加的任务', 状态: '未启动' },
    ),
    theirLogEntry,
    noteBelowLog,
  ],
  extra(fake, baseline, outcome) {
    noteKept(fake, baseline);
    // The entry is logged exactly when the status is written: never one without the other.
    expect(addedEntries(fake, baseline)).toEqual(outcome.ok ? ['9|已完成|已印发实施|王五'] : []);
  },
});

// ——— applying returned reports ———
let plan: ApplyPlan | null = null;
const applySetup = async (): Promise<FakeExcel> => {
  const fake = await ledgerWithRound();
  // A log already there (a status entry before the reports came back), so the answers are appended below it.
  await writeStatus(fake.context, 4, { status: '推进中', note: '起草中', date: '2026-11-10', by: '甲' }, undefined, {
    now: NOW,
  });
  return fake;
};
beforeAll(async () => {
  const fake = await applySetup();
  const files = await returnedFiles(
    fake,
    new Map([
      [
        '市教育局',
        new Map([
          [2, { status: '已完成', progress: '市教育局：已完成', by: '王五', date: '2026-11-21' }],
          [9, { status: '推进中', progress: '市教育局：推进中', by: '王五', date: '2026-11-21' }],
        ]),
      ],
    ]),
  );
  plan = await planFor(fake, files);
}, 60_000);
const planned = (): ApplyPlan => {
  if (!plan) throw new Error('no plan');
  return plan;
};
matrix({
  name: 'applyReportPlan',
  table: 'TaskLedger',
  key: '序号',
  headers: USER,
  setup: applySetup,
  async run(fake) {
    const result = await applyReportPlan(fake.context, planned(), { now: NOW });
    return { ok: result.ok };
  },
  get mine() {
    return new Map(
      planned().changes.map((c) => [
        String(c.no),
        { 状态: c.newStatus, 进展情况: c.progress, 更新日期: toExcelSerial(c.date), 填报人: c.by },
      ]),
    );
  },
  actions: [
    ...tableActions(
      'TaskLedger',
      '序号',
      9,
      { header: '进展情况', value: '同事刚填的进展' },
      { 序号: 99, 工作任务: '同事加的任务', 状态: '未启动' },
    ),
    theirLogEntry,
    noteBelowLog,
  ],
  extra(fake, baseline, outcome) {
    noteKept(fake, baseline);
    const added = addedEntries(fake, baseline);
    const intended = planned().history.map((h) => `${h.no}|${h.status}|${h.note}|${h.by}`);
    // Each logged once at most, none that was not meant; a ledger row written has its entry.
    expect(new Set(added).size).toBe(added.length);
    for (const e of added) expect(intended).toContain(e);
    if (!outcome.ok) expect(added).toEqual([]);
    const ids = idsOf(baseline.model, 'TaskLedger');
    const rows = rowsOf(fake.model, 'TaskLedger', ids, '序号', USER);
    for (const c of planned().changes) {
      if (rows.get(String(c.no))?.['进展情况'] === c.progress)
        expect(
          added.some((e) => e.startsWith(`${c.no}|`)),
          `task ${c.no} written with its trace`,
        ).toBe(true);
    }
  },
});

// ——— saving a round (a new one, and the existing one again) ———
const R2 = { id: 'r-2026-12', name: '2026年12月', dueDate: '2026-12-25', createdAt: '2026-12-01T01:00:00.000Z' };
for (const [label, round] of [
  ['adds a new round', R2],
  ['updates the saved round', { ...ROUND, name: '2026年11月（改）' }],
] as const) {
  matrix({
    name: `saveRound ${label}`,
    table: 'ReportRounds',
    key: '轮次编号',
    headers: ['轮次名称', '截止日期', '已报送单位'],
    setup: applySetup,
    async run(fake) {
      return { ok: (await saveRound(fake.context, round)).ok };
    },
    mine: new Map([[round.id, { 轮次名称: round.name, 截止日期: round.dueDate }]]),
    actions: tableActions(
      'ReportRounds',
      '轮次编号',
      ROUND.id,
      { header: '截止日期', value: '2026-11-30' },
      { 轮次编号: 'r-2027-01', 轮次名称: '同事的轮次' },
    ),
  });
}

// ——— reloading the task table (merge) ———
function revised(): TaskTable {
  const table = seedTable();
  const three = table.tasks.find((t) => t.no === 3);
  if (three) three.text = `${three.text}（修订）`;
  const last = table.tasks.at(-1);
  if (last) table.tasks.push({ ...last, no: 25, text: '新增的任务', line: last.line + 1 });
  return table;
}
matrix({
  name: 'loadLedger (merge)',
  partial: true,
  table: 'TaskLedger',
  key: '序号',
  headers: [...USER, '工作任务'],
  async setup() {
    const fake = createFakeExcel();
    await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    return fake;
  },
  async run(fake) {
    try {
      await loadLedger(fake.context, revised(), { name: '修订稿', text: 'x' }, { importedAt: NOW });
      return { ok: true };
    } catch (error) {
      if (error instanceof LedgerRefusal || (error as { code?: string }).code === 'AccessDenied') return { ok: false };
      throw error;
    }
  },
  get mine() {
    const seed = seedTable();
    return new Map<string, Record<string, unknown>>([
      ['3', { 工作任务: `${seed.tasks.find((t) => t.no === 3)?.text ?? ''}（修订）` }],
      ['25', { 工作任务: '新增的任务' }],
    ]);
  },
  actions: tableActions(
    'TaskLedger',
    '序号',
    3,
    { header: '进展情况', value: '同事刚填的进展' },
    { 序号: 99, 工作任务: '同事加的任务', 状态: '未启动' },
  ),
  extra(fake, _baseline, outcome) {
    if (!outcome.ok) return;
    const nos = fake.model
      .tableValues('TaskLedger')
      .map((r) => r[fake.model.table('TaskLedger')!.columnIds.indexOf(1)]);
    expect(
      nos.filter((n) => n === 25),
      'the new task once',
    ).toHaveLength(1);
  },
});

// ——— the summary sheet ———
matrix({
  name: 'buildSummary',
  table: 'TaskLedger',
  key: '序号',
  headers: USER,
  async setup() {
    const fake = createFakeExcel();
    await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    await buildSummary(fake.context, '2026-11-28');
    return fake;
  },
  async run(fake) {
    try {
      await buildSummary(fake.context, '2026-11-29');
      return { ok: true };
    } catch {
      return { ok: false };
    }
  },
  mine: new Map(),
  actions: tableActions(
    'TaskLedger',
    '序号',
    9,
    { header: '进展情况', value: '同事刚填的进展' },
    { 序号: 99, 工作任务: '同事加的任务', 状态: '未启动' },
  ),
  extra(fake, _baseline, outcome) {
    expect(fake.model.sheets.filter((s) => s.name === '汇总')).toHaveLength(1);
    if (outcome.ok) expect(fake.model.sheet('汇总')?.cell(1, 1)?.value).toBe(toExcelSerial('2026-11-29'));
  },
});

// ——— carrying an adopted table's own columns, and adopting a range ———
const GRID = [
  ['序号', '工作任务', '负责单位', '时间进度', '进展情况', '备注'],
  ['1', '建立现代职业学校制度。', '市教育局', '2015年底前', '已出台实施意见', '重点'],
  ['2', '推进中高职衔接。', '市人社局', '持续实施', '', '=1+1'],
  ['3', '加强校企合作。', '市经信委', '2016年6月底前', '正在对接', ''],
];
const adoptedTable = (): ReturnType<typeof parseTaskTable> => parseTaskTable(gridToTabText(GRID));
async function adoptedLedger(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await loadLedger(
    fake.context,
    adoptedTable(),
    { name: '工作表区域', text: gridToTabText(GRID) },
    { importedAt: IMPORTED_AT },
  );
  return fake;
}
function carried() {
  const table = adoptedTable();
  if (!table.columns) throw new Error('no column mapping');
  return carriedColumns(
    GRID,
    table.columns,
    table.tasks.map((t) => t.no),
  ).map((c) => ({ header: c.header, target: c.target, values: [...c.values] }));
}
matrix({
  name: 'writeCarriedColumns',
  table: 'TaskLedger',
  key: '序号',
  headers: ['进展情况'],
  setup: adoptedLedger,
  async run(fake) {
    try {
      return { ok: (await writeCarriedColumns(fake.context, carried(), [1, 2, 3])) !== null };
    } catch (error) {
      // A refusal: Excel refused the batch before it wrote (a protected sheet).
      if (typeof (error as { code?: unknown }).code === 'string') return { ok: false };
      throw error;
    }
  },
  mine: new Map([
    ['1', { 进展情况: '已出台实施意见' }],
    ['3', { 进展情况: '正在对接' }],
  ]),
  actions: tableActions(
    'TaskLedger',
    '序号',
    3,
    { header: '进展情况', value: '同事刚填的进展' },
    { 序号: 99, 工作任务: '同事加的任务', 状态: '未启动' },
  ),
});

describe('adopting a range (the first load, then its own columns carried) with a co-author meanwhile', () => {
  const ledgerThere = (m: FakeWorkbookModel): boolean => m.table('TaskLedger') !== undefined;
  test.each([
    ['makes a sheet named 任务台账', (m: FakeWorkbookModel) => (m.sheets.push(new FakeSheet('任务台账')), true)],
    [
      'sorts the new ledger',
      (m: FakeWorkbookModel) =>
        ledgerThere(m) && (m.sortTable('TaskLedger', (a, b) => String(b[0]).localeCompare(String(a[0]))), true),
    ],
    [
      'types 进展情况 of task 2 in the new ledger',
      (m: FakeWorkbookModel) =>
        ledgerThere(m) && (m.setTableCell('TaskLedger', m.rowOf('TaskLedger', 2), '进展情况', '同事刚填的进展'), true),
    ],
  ])(
    'a co-author %s: one ledger, every task, the carried cells on their tasks, nothing of the co-author lost',
    async (name, act) => {
      const setup = async (): Promise<FakeExcel> => {
        const fake = createFakeExcel();
        fake.context.workbook.worksheets.add('原表');
        await fake.context.sync();
        return fake;
      };
      const adopt = async (fake: FakeExcel): Promise<void> => {
        const table = adoptedTable();
        const summary = await loadLedger(
          fake.context,
          table,
          { name: '工作表区域', text: gridToTabText(GRID) },
          { importedAt: NOW },
        );
        await writeCarriedColumns(fake.context, carried(), summary.added);
      };
      const quiet = await setup();
      const start = quiet.stats.syncs;
      await adopt(quiet);
      const syncs = quiet.stats.syncs - start;
      expect(syncs).toBeGreaterThan(3);
      for (let gap = 1; gap <= syncs; gap += 1) {
        const fake = await setup();
        let typed = false;
        actBefore(fake, gap, (m) => {
          typed = act(m) === true && name.startsWith('types');
        });
        await adopt(fake);
        fake.betweenSyncs = null;
        expect(fake.model.tables.filter((t) => t.name === 'TaskLedger')).toHaveLength(1);
        const ids = idsOf(fake.model, 'TaskLedger');
        const rows = rowsOf(fake.model, 'TaskLedger', ids, '序号', ['工作任务', '进展情况', '备注']);
        expect([...rows.keys()].sort()).toEqual(['1', '2', '3']);
        expect(rows.get('1')).toEqual({ 工作任务: '建立现代职业学校制度。', 进展情况: '已出台实施意见', 备注: '重点' });
        expect(rows.get('3')?.['进展情况']).toBe('正在对接');
        // Task 2 had no 进展情况 to carry: it holds the co-author's when they typed one, else stays empty.
        expect(rows.get('2')?.['进展情况']).toBe(typed ? '同事刚填的进展' : '');
      }
    },
  );
});
