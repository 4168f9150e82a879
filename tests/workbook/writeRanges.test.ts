import { describe, expect, test } from 'vitest';
import { writeRanges } from '../../src/workbook/writeRanges';
import { createFakeExcel } from './fakeExcel';

describe('writeRanges', () => {
  test('sets the number format before the values, so `=x` lands as text', async () => {
    const fake = createFakeExcel();
    const sheet = fake.context.workbook.worksheets.add('S');
    await writeRanges(
      fake.context,
      sheet,
      [{ row: 0, col: 0, numberFormat: [['@', 'General']], values: [['=SUM(1)', '=SUM(1)']] }],
      { bytes: 0 },
    );
    await fake.context.sync();
    expect(fake.model.sheet('S')?.cell(0, 0)).toEqual({ value: '=SUM(1)', numberFormat: '@' });
    expect(fake.model.sheet('S')?.cell(0, 1)?.formula).toBe('=SUM(1)');
  });

  test('syncs before a piece would take the request over the budget', async () => {
    const fake = createFakeExcel();
    const sheet = fake.context.workbook.worksheets.add('S');
    await fake.context.sync();
    const start = fake.stats.syncs;
    const values = Array.from({ length: 100 }, (_, i) => [`row ${i}`]);
    const pending = { bytes: 0 };
    await writeRanges(fake.context, sheet, [{ row: 0, col: 0, values }], pending, 200);
    await fake.context.sync();
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThanOrEqual(200);
    expect(fake.stats.syncs - start).toBe(
      Math.ceil(fake.stats.requestBytes.slice(start).reduce((a, b) => a + b, 0) / 200),
    );
    expect(fake.model.sheet('S')?.cell(99, 0)?.value).toBe('row 99');
  });

  test('null leaves a cell as it is', async () => {
    const fake = createFakeExcel();
    const sheet = fake.context.workbook.worksheets.add('S');
    sheet.getRange('A1:B1').values = [['keep', 'old']];
    await writeRanges(fake.context, sheet, [{ row: 0, col: 0, values: [[null, 'new']] }], { bytes: 0 });
    await fake.context.sync();
    expect([fake.model.sheet('S')?.cell(0, 0)?.value, fake.model.sheet('S')?.cell(0, 1)?.value]).toEqual([
      'keep',
      'new',
    ]);
  });
});
