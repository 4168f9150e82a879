import { describe, expect, test } from 'vitest';
import { applyFilter } from '../../src/workbook/applyFilter';
import { buildSummary } from '../../src/workbook/buildSummary';
import { loadLedger } from '../../src/workbook/loadLedger';
import { agencyAliasesFromValues } from '../../src/ledgerLayout/agencyAliasesFromValues';
import { readAgencyAliases } from '../../src/workbook/readAgencyAliases';
import { readLedger } from '../../src/workbook/readLedger';
import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { IMPORTED_AT, SEED_SOURCE, seedTable } from './ledgerFixtures';

async function seeded(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
  return fake;
}

/** Types alias rows under the table's last row, as a coordinator would (the table grows over them). */
function typeAliases(fake: FakeExcel, rows: [string, string][]): void {
  const t = fake.model.table('AgencyAliases');
  if (!t) throw new Error('no AgencyAliases table');
  rows.forEach(([written, canonical], i) => {
    t.sheet.ensure(t.row + t.rowCount + i, t.col).value = written;
    t.sheet.ensure(t.row + t.rowCount + i, t.col + 1).value = canonical;
  });
  t.rowCount += rows.length;
}

/** A workbook from before aliases: the same ledger without the table. */
function dropAliasTable(fake: FakeExcel): void {
  fake.model.tables = fake.model.tables.filter((t) => t.name !== 'AgencyAliases');
}

describe('the AgencyAliases table', () => {
  test('a first load creates it on 台账设置 at E2:F3 (label in E1), clear of 预警天数 and the workbook id cells', async () => {
    const fake = await seeded();
    const t = fake.model.table('AgencyAliases');
    expect(t?.sheet.name).toBe('台账设置');
    expect([t?.row, t?.col, t?.rowCount, t?.colCount]).toEqual([1, 4, 2, 2]);
    expect(t?.headers()).toEqual(['写法', '规范名称']);
    expect(fake.model.tableValues('AgencyAliases')).toEqual([['', '']]);
    expect(String(fake.model.sheet('台账设置')?.cell(0, 4)?.value)).toMatch(/^单位别名/);
    expect(fake.model.sheet('台账设置')?.cell(0, 1)?.value).toBe(7);
    expect(fake.model.names.get('预警天数')).toMatchObject({ sheet: '台账设置' });
    expect(await readAgencyAliases(fake.context)).toEqual({ aliases: {}, groups: {}, issues: [] });
  });

  test('aliases typed into the table read back; a reload leaves them alone', async () => {
    const fake = await seeded();
    typeAliases(fake, [
      ['教育局', '市教育局'],
      [' 市职教中心 ', '市职业教育中心'],
    ]);
    const read = await readAgencyAliases(fake.context);
    expect(read).toEqual({ aliases: { 教育局: '市教育局', 市职教中心: '市职业教育中心' }, groups: {}, issues: [] });
    await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    expect(await readAgencyAliases(fake.context)).toEqual(read);
  });

  test('bad rows are issues naming the row; the good ones are used', async () => {
    const fake = await seeded();
    typeAliases(fake, [
      ['教育局', ''],
      ['', '市教育局'],
      ['人社局', '市人力资源和社会保障局'],
      ['人社局', '市人社部门'],
    ]);
    const { aliases, issues } = await readAgencyAliases(fake.context);
    expect(aliases).toEqual({ 人社局: '市人力资源和社会保障局' });
    expect(issues.map((i) => [i.line, i.severity, i.code])).toEqual([
      [0, 'warning', 'alias-no-name'],
      [0, 'warning', 'alias-no-written'],
      [0, 'warning', 'alias-conflict'],
    ]);
    expect(issues[0]?.params).toEqual({ row: 4, cell: 'E4:F4', written: '教育局' });
    expect(issues[2]?.params).toEqual({
      row: 7,
      cell: 'E7:F7',
      written: '人社局',
      before: '市人力资源和社会保障局',
      canonical: '市人社部门',
    });
    // readLedger carries them with the cell issues.
    expect((await readLedger(fake.context)).issues.map((i) => i.code)).toEqual([
      'alias-no-name',
      'alias-no-written',
      'alias-conflict',
    ]);
  });

  test('agencyAliasesFromValues reads cells as text (a quote prefix a host kept is stripped)', () => {
    expect(
      agencyAliasesFromValues(
        [
          ["'=教育局", '市教育局'],
          [null, null],
        ],
        { row: 2, col: 4 },
      ).aliases,
    ).toEqual({ '=教育局': '市教育局' });
  });

  test('a group with its members listed is a membership, not an alias', () => {
    const read = agencyAliasesFromValues(
      [
        ['各乡镇', '东坝镇、西城镇'],
        ['教育局', '市教育局'],
      ],
      { row: 2, col: 4 },
    );
    expect(read.aliases).toEqual({ 教育局: '市教育局' });
    expect(read.groups).toEqual({ 各乡镇: ['东坝镇', '西城镇'] });
    expect(read.issues).toEqual([]);
  });

  test('no table: no aliases, one sync', async () => {
    const fake = createFakeExcel();
    const before = fake.stats.syncs;
    expect(await readAgencyAliases(fake.context)).toEqual({ aliases: {}, groups: {}, issues: [] });
    expect(fake.stats.syncs - before).toBe(1);
  });
});

describe('the ledger with aliases', () => {
  test('readLedger applies them in its one sync: an assignment is renamed, and the snapshot carries them', async () => {
    const fake = await seeded();
    const plain = await readLedger(fake.context);
    const task = plain.rows.find((r) => r.assignments.some((a) => a.agency === '市教育局' && a.role === 'lead'));
    expect(task).toBeDefined();
    typeAliases(fake, [['市教育局', '市教育体育局']]);
    const before = fake.stats.syncs;
    const snapshot = await readLedger(fake.context);
    expect(fake.stats.syncs - before).toBe(1);
    expect(snapshot.aliases).toEqual({ 市教育局: '市教育体育局' });
    const renamed = snapshot.rows.find((r) => r.no === task?.no);
    expect(renamed?.assignments).toContainEqual({ agency: '市教育体育局', role: 'lead' });
    expect(renamed?.assignments.some((a) => a.agency === '市教育局')).toBe(false);
  });

  test('applyFilter by the canonical name finds the tasks written the other way, in 2 syncs', async () => {
    const fake = await seeded();
    const byOldName = await applyFilter(fake.context, { agency: '市教育局', role: 'lead' }, '2026-11-29', 7);
    expect(byOldName.length).toBeGreaterThan(0);
    expect(await applyFilter(fake.context, { agency: '市教育体育局', role: 'lead' }, '2026-11-29', 7)).toEqual([]);
    typeAliases(fake, [['市教育局', '市教育体育局']]);
    const syncs = fake.stats.syncs;
    expect(await applyFilter(fake.context, { agency: '市教育体育局', role: 'lead' }, '2026-11-29', 7)).toEqual(
      byOldName,
    );
    expect(fake.stats.syncs - syncs).toBe(2);
    expect(fake.model.table('TaskLedger')?.filters.get('序号')).toEqual(byOldName.map(String));
  });

  test('a reload writes the canonical names into 牵头单位', async () => {
    const fake = await seeded();
    typeAliases(fake, [['市教育局', '市教育体育局']]);
    const summary = await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    expect(summary.changed.length).toBeGreaterThan(0);
    const leads = fake.model
      .tableValues('TaskLedger')
      .map((r) => String(r[fake.model.table('TaskLedger')!.headers().indexOf('牵头单位')]));
    expect(leads.some((l) => l.includes('市教育体育局'))).toBe(true);
    expect(leads.some((l) => l.split('、').includes('市教育局'))).toBe(false);
  });

  test('a ledger from before aliases: read in 3 syncs, and a reload creates the table', async () => {
    const fake = await seeded();
    dropAliasTable(fake);
    let before = fake.stats.syncs;
    const snapshot = await readLedger(fake.context);
    expect(fake.stats.syncs - before).toBe(3);
    expect(snapshot.rows).toHaveLength(24);
    expect(snapshot.aliases).toEqual({});
    await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    expect(fake.model.table('AgencyAliases')?.headers()).toEqual(['写法', '规范名称']);
    before = fake.stats.syncs;
    await readLedger(fake.context);
    expect(fake.stats.syncs - before).toBe(1);
  });

  test('buildSummary counts agencies under the aliases and creates a missing table its formulas name', async () => {
    const fake = await seeded();
    const plain = (await buildSummary(fake.context, '2026-11-29')).layout.agencyRows;
    typeAliases(fake, [['市财政局', '市教育局']]);
    expect((await buildSummary(fake.context, '2026-11-29')).layout.agencyRows).toBe(plain - 1);
    dropAliasTable(fake);
    await buildSummary(fake.context, '2026-11-29');
    expect(fake.model.table('AgencyAliases')?.sheet.name).toBe('台账设置');
  });
});
