// The real-engine check of every native formula the ledger copy carries, the live ledger's 预警 formula among them:
// LibreOffice (headless) opens each exported copy, recalculates it (the file asks for a full calculation on load and
// stores no results) and re-saves it as .xlsx; every number of its 汇总 and every 预警 cell must then equal what the
// model computes — countBySection, countByAgency, filterTasks, trafficLight, composeNotice — for the seed and for a
// 1,000-task synthetic ledger, on a fixed as-of day and on today (=TODAY()), and with 状态 emptied by a reader.
// Needs `soffice` (Debian: libreoffice-calc-nogui, installed by .ci/run). Without it this test fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  composeNotice,
  countByAgency,
  countBySection,
  effectiveDeadline,
  filterTasks,
  isDone,
  trafficLight,
  type IsoDate,
  type Status,
} from '../../src/model';
import { buildLedgerCopy, summaryLayout, type LedgerCopyRequest, type LedgerCopyRow } from '../../src/ledgerCopy';
import { copyRequest, seedLedger, syntheticLedger } from '../ledgerCopy/ledgerFixtures';
import { readXlsx, valueAt, type XBook } from '../ledgerCopy/readXlsx';

const SOFFICE_CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];
const soffice = SOFFICE_CANDIDATES.find((p) => existsSync(p)) ?? null;
const dir = mkdtempSync(join(tmpdir(), 'ledger-copy-lo-'));

/** Today as LibreOffice's TODAY() sees it: the local calendar day of this machine. */
function localToday(): IsoDate {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const TODAY = localToday();
// A reader who empties 状态 in the copy: the ledger reads an empty 状态 as 未启动, and so must the 汇总.
const blankSeed = seedLedger('2015-12-28');
const BLANKED = new Set([1, 2, 9]);
const CASES: Record<string, LedgerCopyRequest> = {
  seed: copyRequest(seedLedger('2015-12-28'), '2015-12-28'),
  synthetic: copyRequest(syntheticLedger(1_000, '2026-11-29'), '2026-11-29', {
    warnDays: 10,
    aliases: { 市经信委: '市经济和信息化委员会', 市经济和信息化委: '市经济和信息化委员会' },
  }),
  rolling: copyRequest(syntheticLedger(1_000, TODAY), TODAY, { rolling: true }),
  'blank-status': copyRequest(
    { ...blankSeed, rows: blankSeed.rows.map((r) => (BLANKED.has(r.no) ? { ...r, status: '' as Status } : r)) },
    '2015-12-28',
  ),
};
/** The rows the model counts, when they differ from the exported ones. */
const MODEL_ROWS: Record<string, LedgerCopyRow[]> = {
  'blank-status': blankSeed.rows.map((r) => (BLANKED.has(r.no) ? { ...r, status: '未启动' } : r)),
};
const recalculated = new Map<string, XBook>();

function needSoffice(): void {
  expect(
    soffice,
    `LibreOffice is not installed (looked for ${SOFFICE_CANDIDATES.join(', ')}); run: apt-get install -y libreoffice-calc-nogui`,
  ).not.toBeNull();
}

beforeAll(async () => {
  if (soffice === null) return;
  mkdirSync(join(dir, 'in'));
  const files: string[] = [];
  for (const [name, request] of Object.entries(CASES)) {
    const result = await buildLedgerCopy(request);
    if (!result.ok) throw new Error(result.problem.code);
    const file = join(dir, 'in', `${name}.xlsx`);
    writeFileSync(file, result.bytes);
    files.push(file);
  }
  const out = join(dir, 'out');
  const run = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      out,
      ...files,
    ],
    { encoding: 'utf8', timeout: 280_000 },
  );
  expect(run.status, `soffice --convert-to xlsx failed: ${run.stderr}${run.stdout}`).toBe(0);
  for (const name of Object.keys(CASES)) recalculated.set(name, readXlsx(readFileSync(join(out, `${name}.xlsx`))));
}, 300_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function book(name: string): XBook {
  needSoffice();
  const found = recalculated.get(name);
  if (!found) throw new Error(`LibreOffice wrote no ${name}.xlsx`);
  return found;
}

const WORD = { red: '逾期', yellow: '临期', green: '正常' } as const;

describe.each(Object.keys(CASES))('the %s copy, recalculated by LibreOffice', (name) => {
  const request = CASES[name]!;
  const rows = MODEL_ROWS[name] ?? request.rows;
  const live = rows.filter((r) => !r.missing);
  const context = {
    asOf: request.asOf,
    warnDays: request.warnDays,
    ...(request.aliases ? { aliases: request.aliases } : {}),
  };

  it('computes the 预警 of every row as trafficLight does', () => {
    const ws = book(name).sheet('任务台账');
    const expected = rows.map((r) => {
      if (isDone(r.status)) return '已完成';
      return WORD[trafficLight({ deadline: effectiveDeadline(r), status: r.status }, request.asOf, request.warnDays)];
    });
    const actual = rows.map((_, i) => valueAt(ws, `P${i + 2}`));
    expect(actual).toEqual(expected);
    // The case really exercises every light.
    expect(new Set(expected)).toEqual(new Set(['已完成', '逾期', '临期', '正常']));
  });

  it('computes per section: tasks, done, in progress, behind, not started, overdue, due soon, rate — as countBySection', () => {
    const ws = book(name).sheet('汇总');
    const expected = countBySection(live, request.sections, context);
    const layout = summaryLayout(expected.length);
    expected.forEach((c, i) => {
      const r = layout.firstSectionRow + i;
      const row = ['B', 'C', 'D', 'E', 'F', 'G', 'H'].map((col) => valueAt(ws, `${col}${r}`));
      expect(row, `section row ${r}`).toEqual([
        c.total,
        c.done,
        c.byStatus.推进中,
        c.byStatus.滞后,
        c.byStatus.未启动,
        c.overdue,
        c.dueSoon,
      ]);
      expect(valueAt(ws, `I${r}`)).toBeCloseTo(c.total === 0 ? 0 : c.done / c.total, 12);
    });
    const sum = (pick: (c: (typeof expected)[number]) => number): number => expected.reduce((s, c) => s + pick(c), 0);
    const t = layout.totalRow;
    expect(['B', 'C', 'G', 'H'].map((col) => valueAt(ws, `${col}${t}`))).toEqual([
      live.length,
      sum((c) => c.done),
      sum((c) => c.overdue),
      sum((c) => c.dueSoon),
    ]);
  });

  it('computes per agency: lead, support, joint, total as countByAgency, and overdue / due soon / done as lead as filterTasks', () => {
    const ws = book(name).sheet('汇总');
    const agencies = countByAgency(live, request.aliases ? { aliases: request.aliases } : {});
    const first = summaryLayout(countBySection(live, request.sections, context).length).firstAgencyRow;
    expect(agencies.length).toBeGreaterThan(5);
    agencies.forEach((c, i) => {
      const r = first + i;
      const overdue = filterTasks(live, { agency: c.agency, role: 'lead', overdueOnly: true }, context).length;
      const dueSoon = filterTasks(live, { agency: c.agency, role: 'lead', dueSoonOnly: true }, context).length;
      const done = filterTasks(live, { agency: c.agency, role: 'lead' }, context).filter((t) =>
        isDone(t.status),
      ).length;
      const row = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((col) => valueAt(ws, `${col}${r}`));
      expect(row, `agency row ${r}`).toEqual([c.agency, c.lead, c.support, c.joint, c.total, overdue, dueSoon, done]);
    });
  });

  it('writes the notice (通报) as composeNotice does, without its lists of items', () => {
    const ws = book(name).sheet('汇总');
    const withoutLists = composeNotice(live, request.asOf).replace(/：[^；。]*(?=[；。])/gu, '');
    expect(valueAt(ws, 'B4')).toBe(withoutLists);
  });
});
