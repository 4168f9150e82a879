import { afterEach, describe, expect, test, vi } from 'vitest';
import { createReportKey, type ReportKey } from '../../src/reports';
import { createExcelPort } from '../../src/workbook/createExcelPort';
import { getReportKey } from '../../src/workbook/getReportKey';
import { loadLedger } from '../../src/workbook/loadLedger';
import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { IMPORTED_AT, SEED_SOURCE, seedTable } from './ledgerFixtures';
import { ROUND } from './reportFixtures';
import { stubExcelRun } from './stubExcelRun';

const SETTING = 'keyTaskLedger.reportKey';
const FIRST = await createReportKey(new Date('2026-10-01T00:00:00.000Z'));
const SECOND = await createReportKey(new Date('2026-10-02T00:00:00.000Z'));
const keys = (...list: ReportKey[]): (() => Promise<ReportKey>) => {
  const queue = [...list];
  return () => {
    const next = queue.shift();
    return next ? Promise.resolve(next) : Promise.reject(new Error('out of keys'));
  };
};

async function withLedger(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
  return fake;
}

function cellTexts(fake: FakeExcel): string[] {
  const texts: string[] = [];
  for (const sheet of fake.model.sheets) for (const cell of sheet.cells.values()) texts.push(String(cell.value ?? ''));
  return texts;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('getReportKey', () => {
  test('creates the key on first use (3 syncs: read, write, read back) in the add-in settings only, then returns the same key (1 sync), also in a new session', async () => {
    const fake = await withLedger();
    const newKey = keys(FIRST, SECOND);
    let start = fake.stats.syncs;
    expect(await getReportKey(fake.context, newKey)).toEqual(FIRST);
    expect(fake.stats.syncs - start).toBe(3);
    expect(JSON.parse(String(fake.model.settings.get(SETTING)))).toEqual(FIRST);
    start = fake.stats.syncs;
    expect(await getReportKey(fake.context, newKey)).toEqual(FIRST);
    expect(fake.stats.syncs - start).toBe(1);
    expect(await getReportKey(createFakeExcel(fake.model).context, newKey)).toEqual(FIRST);
    // Never in a cell: a copied sheet or a report carries no key.
    expect(cellTexts(fake).some((t) => t.includes(FIRST.secret))).toBe(false);
  });

  test('a damaged stored key (not JSON, wrong id, missing secret) is replaced by a new one', async () => {
    for (const damaged of [
      '{not json',
      JSON.stringify({ ...FIRST, id: SECOND.id }),
      JSON.stringify({ id: FIRST.id, createdAt: FIRST.createdAt }),
    ]) {
      const fake = await withLedger();
      fake.model.settings.set(SETTING, damaged);
      expect(await getReportKey(fake.context, keys(SECOND))).toEqual(SECOND);
      expect(JSON.parse(String(fake.model.settings.get(SETTING)))).toEqual(SECOND);
    }
  });

  test("two coordinators making the first key at once both end with the key the workbook kept (the other writer's), never their own", async () => {
    const fake = await withLedger();
    // The co-author's key lands between our write and our read-back.
    fake.betweenSyncs = (sync) => {
      if (sync === start + 3) fake.model.settings.set(SETTING, JSON.stringify(SECOND));
    };
    const start = fake.stats.syncs;
    expect(await getReportKey(fake.context, keys(FIRST))).toEqual(SECOND);
    expect(await getReportKey(fake.context, keys(FIRST))).toEqual(SECOND);
  });

  test('the Excel port makes the key by the first saveRound, counted from that round’s start, so its files are all signed', async () => {
    const fake = await withLedger();
    stubExcelRun(fake);
    const made: Date[] = [];
    const port = createExcelPort({
      now: () => new Date('2026-11-29T08:00:00.000Z'),
      newReportKey: (createdAt) => {
        made.push(createdAt);
        return createReportKey(createdAt);
      },
    });
    expect(fake.model.settings.has(SETTING)).toBe(false);
    expect(await port.saveRound(ROUND)).toEqual({ ok: true });
    expect(made.map((d) => d.toISOString())).toEqual([ROUND.createdAt]);
    const key = await port.getReportKey();
    expect(key.createdAt).toBe(ROUND.createdAt);
    expect(await port.getReportKey()).toEqual(key);
    expect(made).toHaveLength(1);
  });
});
