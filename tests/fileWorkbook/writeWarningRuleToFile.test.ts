import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createFilePort, LedgerFile } from '../../src/fileWorkbook';
import { namedCell } from '../../src/fileWorkbook/writeWarningRuleToFile';
import { inventedLedger } from './ledgerFiles';

async function open(bytes: Uint8Array): Promise<LedgerFile> {
  const opened = await LedgerFile.open(bytes);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  return opened.file;
}

/** The ledger our creator writes, with `edit` applied to the text of some of its parts. */
async function edited(edit: Record<string, (xml: string) => string>): Promise<Uint8Array> {
  const parts = unzipSync(await inventedLedger());
  for (const [name, change] of Object.entries(edit)) {
    const before = strFromU8(parts[name]!);
    const after = change(before);
    expect(after, `${name} was not edited`).not.toBe(before);
    parts[name] = strToU8(after);
  }
  return zipSync(parts);
}

// In the invented ledger (createLedgerWorkbook): sheet3.xml is 台账设置, workbook.xml holds the names.
const SETTINGS_PART = 'xl/worksheets/sheet3.xml';
const BLUE = { preset: '蓝黄红', dueSoonDays: 10, laggingCounts: true } as const;

describe('the file port writes the warning rule into 台账设置', () => {
  it('a new ledger holds the default rule, and a written rule is read back from the saved file', async () => {
    const file = await open(await inventedLedger());
    const port = createFilePort(file);
    const before = await port.readLedger();
    expect([before.warnDays, before.warningPreset, before.laggingCounts]).toEqual([7, '红黄绿', false]);
    expect(await port.writeWarningRule!(BLUE)).toEqual({ ok: true });
    expect(file.dirty).toBe(true);
    const saved = await file.save();
    const again = await createFilePort(await open(saved)).readLedger();
    expect([again.warnDays, again.warningPreset, again.laggingCounts]).toEqual([10, '蓝黄红', true]);
    // The cells as a spreadsheet stores them: the window a number, the other two text, the labels untouched.
    const xml = strFromU8(unzipSync(saved)[SETTINGS_PART]!);
    expect(xml).toMatch(/<c r="B1"><v>10<\/v><\/c>/);
    expect(xml).toMatch(/<c r="B6" s="3" t="inlineStr"><is><t xml:space="preserve">蓝黄红<\/t><\/is><\/c>/);
    expect(xml).toMatch(/<c r="B7" s="3" t="inlineStr"><is><t xml:space="preserve">是<\/t><\/is><\/c>/);
    expect(xml).toMatch(/<c r="A6" s="3" t="s"><v>\d+<\/v><\/c>/);
  });

  it('changes only 台账设置: every other part is byte for byte the same (the new ledger asks for recalculation already)', async () => {
    const original = await inventedLedger();
    const file = await open(original);
    expect(await createFilePort(file).writeWarningRule!(BLUE)).toEqual({ ok: true });
    const before = unzipSync(original);
    const after = unzipSync(await file.save());
    const changed = Object.keys(before).filter((name) => strFromU8(before[name]!) !== strFromU8(after[name]!));
    expect(changed).toEqual([SETTINGS_PART]);
  });

  it('follows a name moved elsewhere on the sheet (as Excel does), and leaves the old cell alone', async () => {
    const bytes = await edited({
      'xl/workbook.xml': (xml) => xml.replace('&apos;台账设置&apos;!$B$6', '&apos;台账设置&apos;!$D$12'),
    });
    const file = await open(bytes);
    expect(await createFilePort(file).writeWarningRule!(BLUE)).toEqual({ ok: true });
    const xml = strFromU8(unzipSync(await file.save())[SETTINGS_PART]!);
    expect(xml).toMatch(
      /<row r="12"><c r="D12" t="inlineStr"><is><t xml:space="preserve">蓝黄红<\/t><\/is><\/c><\/row>/,
    );
    expect(xml).toMatch(/<c r="B6" s="3" t="s"><v>\d+<\/v><\/c>/);
  });

  it('refuses a window that is not a whole number of days from 0 to 365, writing nothing', async () => {
    const file = await open(await inventedLedger());
    const port = createFilePort(file);
    for (const dueSoonDays of [7.5, -1, 366])
      expect(await port.writeWarningRule!({ ...BLUE, dueSoonDays })).toEqual({
        ok: false,
        code: 'invalid-rule',
        params: { dueSoonDays },
      });
    expect(file.dirty).toBe(false);
  });

  it('refuses a ledger made before the rule (only 预警天数 defined), naming what it lacks, writing nothing', async () => {
    const bytes = await edited({
      'xl/workbook.xml': (xml) =>
        xml.replace(/<definedName name="(?:预警配色|滞后计入预警)">[^<]*<\/definedName>/g, ''),
    });
    const file = await open(bytes);
    expect(await createFilePort(file).writeWarningRule!(BLUE)).toEqual({
      ok: false,
      code: 'no-rule-cells',
      params: { missing: ['预警配色', '滞后计入预警'] },
    });
    expect(file.dirty).toBe(false);
  });

  it('refuses a protected 台账设置 as Excel refuses a locked cell (AccessDenied), writing nothing', async () => {
    const bytes = await edited({
      [SETTINGS_PART]: (xml) => xml.replace('</sheetData>', '</sheetData><sheetProtection sheet="1" objects="1"/>'),
    });
    const file = await open(bytes);
    expect(await createFilePort(file).writeWarningRule!(BLUE)).toEqual({
      ok: false,
      code: 'rule-write-refused',
      params: { reason: 'AccessDenied' },
    });
    expect(file.dirty).toBe(false);
  });

  it('refuses a name that is not one cell of a sheet (#REF!, a range, a missing sheet), writing nothing', async () => {
    for (const ref of ['#REF!', '&apos;台账设置&apos;!$B$6:$B$7', '别的表!$B$6']) {
      const bytes = await edited({ 'xl/workbook.xml': (xml) => xml.replace('&apos;台账设置&apos;!$B$6', ref) });
      const file = await open(bytes);
      expect(await createFilePort(file).writeWarningRule!(BLUE), ref).toEqual({
        ok: false,
        code: 'rule-write-refused',
        params: { reason: 'InvalidReference' },
      });
      expect(file.dirty).toBe(false);
    }
  });
});

describe('namedCell', () => {
  it('reads quoted and bare sheet names, absolute or relative cells; refuses ranges and errors', () => {
    expect(namedCell("'台账设置'!$B$6")).toEqual({ sheet: '台账设置', row: 5, col: 1 });
    expect(namedCell('台账设置!B1')).toEqual({ sheet: '台账设置', row: 0, col: 1 });
    expect(namedCell("'Bob''s sheet'!$AA$10")).toEqual({ sheet: "Bob's sheet", row: 9, col: 26 });
    expect(namedCell("'台账设置'!$B$6:$B$7")).toBeNull();
    expect(namedCell('#REF!')).toBeNull();
    expect(namedCell('=7')).toBeNull();
  });
});
