// The warning rule as the live workbook's own cells (issue 22): 预警配色 and 滞后计入预警 on 台账设置 beside 预警天数,
// read back with the ledger, written by the pane through their names, added to a ledger made before them on reload.
import { describe, expect, test } from 'vitest';
import { loadLedger } from '../../src/workbook/loadLedger';
import { readLedger } from '../../src/workbook/readLedger';
import { warningRuleFromCells } from '../../src/ledgerLayout/warningRuleFromCells';
import { writeWarningRule } from '../../src/workbook/writeWarningRule';
import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { IMPORTED_AT, SEED_SOURCE, seedTable } from './ledgerFixtures';

async function seeded(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
  return fake;
}

function settingsCell(fake: FakeExcel, address: string): unknown {
  const col = address.charCodeAt(0) - 65;
  const row = Number(address.slice(1)) - 1;
  return fake.model.sheet('台账设置')?.cell(row, col)?.value;
}

function typeInto(fake: FakeExcel, address: string, value: string | number): void {
  const cell = fake.model.sheet('台账设置')!.ensure(Number(address.slice(1)) - 1, address.charCodeAt(0) - 65);
  cell.value = value;
}

// The seed ledger's dates-only 预警 formula, as ledgers made before issue 22 hold it (written out by hand).
const OLD_R1C1 =
  '=IF(OR(RC[-4]="已完成",RC[-4]="已办结"),"已完成",IF(RC[-6]&RC[-7]="","正常",IF(IF(RC[-6]="",RC[-7],RC[-6])<TODAY(),"逾期",' +
  'IF(IF(RC[-6]="",RC[-7],RC[-6])-TODAY()<=预警天数,"临期","正常"))))';

/** Makes the fake workbook look like one made before the rule's cells: names gone, A6:B8 empty, old formula, old colours. */
function asBeforeTheRule(fake: FakeExcel): void {
  fake.model.names.delete('预警配色');
  fake.model.names.delete('滞后计入预警');
  for (let row = 5; row < 8; row += 1)
    for (let col = 0; col < 2; col += 1) fake.model.sheet('台账设置')!.ensure(row, col).value = '';
  fake.model.tableValues('TaskLedger').forEach((_, r) => {
    const cell = fake.model.tableCell('TaskLedger', r, '预警');
    if (cell) cell.formulaR1C1 = OLD_R1C1;
  });
  fake.model.conditionalFormats.length = 0;
}

describe('the warning rule on 台账设置', () => {
  test('a first load writes 预警配色 = 红黄绿 (B6) and 滞后计入预警 = 否 (B7) as text, each a defined name', async () => {
    const fake = await seeded();
    expect([
      settingsCell(fake, 'A6'),
      settingsCell(fake, 'B6'),
      settingsCell(fake, 'A7'),
      settingsCell(fake, 'B7'),
    ]).toEqual(['预警配色', '红黄绿', '滞后计入预警', '否']);
    expect(String(settingsCell(fake, 'B8'))).toContain('蓝黄红');
    expect(fake.model.sheet('台账设置')?.cell(5, 1)?.numberFormat).toBe('@');
    expect(fake.model.names.get('预警配色')).toMatchObject({ sheet: '台账设置', address: 'B6' });
    expect(fake.model.names.get('滞后计入预警')).toMatchObject({ sheet: '台账设置', address: 'B7' });
    // Clear of the workbook id (A4:C4) and the alias table (E:F).
    expect(settingsCell(fake, 'A4')).toBeUndefined();
  });

  test('readLedger returns the rule with the rows, in the same single sync, and follows cells changed in Excel', async () => {
    const fake = await seeded();
    expect(await readLedger(fake.context)).toMatchObject({
      warnDays: 7,
      warningPreset: '红黄绿',
      laggingCounts: false,
    });
    typeInto(fake, 'B1', 10);
    typeInto(fake, 'B6', '蓝黄红');
    typeInto(fake, 'B7', '是');
    const before = fake.stats.syncs;
    expect(await readLedger(fake.context)).toMatchObject({
      warnDays: 10,
      warningPreset: '蓝黄红',
      laggingCounts: true,
    });
    expect(fake.stats.syncs - before).toBe(1);
  });

  test.each([
    // [B6, B7] → what the sheet's formulas make of them: 蓝黄红 only exactly, 滞后 counts only for 是.
    ['蓝黄红', '是', '蓝黄红', true],
    ['红黄绿', '否', '红黄绿', false],
    ['蓝黄红 ', '是 ', '红黄绿', false],
    ['', '', '红黄绿', false],
    ['绿', 'yes', '红黄绿', false],
  ])('cells %j / %j read as %s, 滞后 counts %s', (preset, lagging, wantPreset, wantCounts) => {
    const cells = [['预警天数', 7], [], [], [], [], ['预警配色', preset], ['滞后计入预警', lagging]];
    expect(warningRuleFromCells(cells)).toMatchObject({ preset: wantPreset, laggingCounts: wantCounts });
  });

  test("a sheet without the rule's labels (a ledger made before them) reads as unknown, not as a default", () => {
    expect(warningRuleFromCells([['预警天数', 7]])).toEqual({
      warnDays: 7,
      preset: null,
      laggingCounts: null,
      ruleCellsFree: true,
    });
    expect(warningRuleFromCells([['预警天数', 7], [], [], [], [], ['我的备注', 'x']])).toMatchObject({
      preset: null,
      ruleCellsFree: false,
    });
  });

  test('writeWarningRule writes the three cells where the names point, in 2 syncs; readLedger reads them back', async () => {
    const fake = await seeded();
    const before = fake.stats.syncs;
    expect(await writeWarningRule(fake.context, { preset: '蓝黄红', dueSoonDays: 10, laggingCounts: true })).toEqual({
      ok: true,
    });
    expect(fake.stats.syncs - before).toBe(2);
    expect([settingsCell(fake, 'B1'), settingsCell(fake, 'B6'), settingsCell(fake, 'B7')]).toEqual([
      10,
      '蓝黄红',
      '是',
    ]);
    expect(await readLedger(fake.context)).toMatchObject({
      warnDays: 10,
      warningPreset: '蓝黄红',
      laggingCounts: true,
    });
    await writeWarningRule(fake.context, { preset: '红黄绿', dueSoonDays: 0, laggingCounts: false });
    expect([settingsCell(fake, 'B1'), settingsCell(fake, 'B6'), settingsCell(fake, 'B7')]).toEqual([0, '红黄绿', '否']);
  });

  test('writeWarningRule follows a name the user pointed elsewhere', async () => {
    const fake = await seeded();
    fake.model.names.set('预警配色', { sheet: '台账设置', address: 'H10' });
    await writeWarningRule(fake.context, { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: false });
    expect(settingsCell(fake, 'H10')).toBe('蓝黄红');
    expect(settingsCell(fake, 'B6')).toBe('红黄绿');
  });

  test('writeWarningRule refuses as data: a bad window, names missing (nothing written), a protected sheet', async () => {
    const fake = await seeded();
    expect(await writeWarningRule(fake.context, { preset: '红黄绿', dueSoonDays: 2.5, laggingCounts: false })).toEqual({
      ok: false,
      code: 'invalid-rule',
      params: { dueSoonDays: 2.5 },
    });
    fake.model.names.delete('滞后计入预警');
    expect(await writeWarningRule(fake.context, { preset: '蓝黄红', dueSoonDays: 9, laggingCounts: true })).toEqual({
      ok: false,
      code: 'no-rule-cells',
      params: { missing: ['滞后计入预警'] },
    });
    expect([settingsCell(fake, 'B1'), settingsCell(fake, 'B6')]).toEqual([7, '红黄绿']);
    const protectedFake = await seeded();
    protectedFake.model.sheet('台账设置')!.protected = true;
    expect(
      await writeWarningRule(protectedFake.context, { preset: '蓝黄红', dueSoonDays: 9, laggingCounts: true }),
    ).toEqual({ ok: false, code: 'rule-write-refused', params: { reason: 'AccessDenied' } });
  });

  test('a reload of a ledger made before the rule adds its cells, gives every 预警 cell the formula that reads them, and the colours for 滞后 and 蓝黄红', async () => {
    const fake = await seeded();
    asBeforeTheRule(fake);
    const before = fake.stats.syncs;
    await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    // One sync more than a plain reload (2): the 预警 column's new formula, once.
    expect(fake.stats.syncs - before).toBe(3);
    expect([settingsCell(fake, 'B6'), settingsCell(fake, 'B7')]).toEqual(['红黄绿', '否']);
    expect(fake.model.names.get('滞后计入预警')).toMatchObject({ sheet: '台账设置', address: 'B7' });
    const formulas = new Set(
      fake.model.tableValues('TaskLedger').map((_, r) => fake.model.tableCell('TaskLedger', r, '预警')?.formulaR1C1),
    );
    expect(formulas).toEqual(
      new Set([
        '=IF(OR(RC[-4]="已完成",RC[-4]="已办结"),"已完成",IF(AND(RC[-6]&RC[-7]<>"",IF(RC[-6]="",RC[-7],RC[-6])<TODAY()),"逾期",' +
          'IF(AND(RC[-4]="滞后",滞后计入预警="是"),"滞后",IF(RC[-6]&RC[-7]="","正常",IF(IF(RC[-6]="",RC[-7],RC[-6])-TODAY()<=预警天数,"临期","正常")))))',
      ]),
    );
    expect(fake.model.conditionalFormats).toEqual([
      { address: 'A2:Q25', type: 'Custom', formula: '=AND($P2="滞后",预警配色<>"蓝黄红")', fill: '#FFC7CE' },
      { address: 'A2:Q25', type: 'Custom', formula: '=AND($P2="滞后",预警配色="蓝黄红")', fill: '#FFEB9C' },
      { address: 'A2:Q25', type: 'Custom', formula: '=AND($P2="临期",预警配色="蓝黄红")', fill: '#BDD7EE' },
    ]);
    // Once: the next reload is a plain one again.
    const again = fake.stats.syncs;
    await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    expect(fake.stats.syncs - again).toBe(2);
    expect(fake.model.conditionalFormats).toHaveLength(3);
  });

  test("a user's own cells at A6:B8 of an older 台账设置 are never written over: the ledger keeps the dates-only formula", async () => {
    const fake = await seeded();
    asBeforeTheRule(fake);
    typeInto(fake, 'A6', '我的备注');
    const table = seedTable();
    await loadLedger(fake.context, { ...table, tasks: [...table.tasks, { ...table.tasks[0]!, no: 99 }] }, SEED_SOURCE, {
      importedAt: IMPORTED_AT,
    });
    expect(settingsCell(fake, 'A6')).toBe('我的备注');
    expect(fake.model.names.has('滞后计入预警')).toBe(false);
    const rows = fake.model.tableValues('TaskLedger');
    expect(fake.model.tableCell('TaskLedger', rows.length - 1, '预警')?.formulaR1C1).toBe(OLD_R1C1);
    expect(
      await writeWarningRule(fake.context, { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: true }),
    ).toMatchObject({ ok: false, code: 'no-rule-cells' });
  });
});
