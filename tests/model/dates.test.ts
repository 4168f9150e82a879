import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  fromExcelSerial,
  isValidIsoDate,
  lastDayOfMonth,
  toExcelSerial,
} from '../../src/model/dates';

// Serials checked with Python: (date(y, m, d) - date(1899, 12, 30)).days for days from 1900-03-01 on.
const SERIALS: ReadonlyArray<readonly [string, number]> = [
  ['1900-01-01', 1],
  ['1900-01-02', 2],
  ['1900-02-28', 59],
  ['1900-03-01', 61],
  ['1900-12-31', 366],
  ['1904-01-01', 1462],
  ['1970-01-01', 25569],
  ['2000-01-01', 36526],
  ['2015-08-31', 42247],
  ['2015-12-31', 42369],
  ['2016-02-29', 42429],
  ['2016-06-30', 42551],
  ['2026-11-29', 46355],
  ['2100-02-28', 73109],
  ['9999-12-31', 2958465],
];

describe('toExcelSerial', () => {
  test.each(SERIALS)('%s is serial %i', (iso, serial) => {
    expect(toExcelSerial(iso)).toBe(serial);
  });

  test.each(['1899-12-31', '0001-01-01', '2015-02-29', '2015-13-01', 'not a date', '2015-8-31', ''])(
    '%j has no serial (NaN)',
    (iso) => {
      expect(toExcelSerial(iso)).toBeNaN();
    },
  );
});

describe('fromExcelSerial', () => {
  test.each(SERIALS)('%s comes back from serial %i', (iso, serial) => {
    expect(fromExcelSerial(serial)).toBe(iso);
  });

  test.each([
    [42247.999, '2015-08-31'],
    [42247.25, '2015-08-31'],
    [1.5, '1900-01-01'],
    [59.9, '1900-02-28'],
    [61, '1900-03-01'],
  ])('floors the time part of %d to %s', (serial, iso) => {
    expect(fromExcelSerial(serial)).toBe(iso);
  });

  test.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['0', 0],
    ['0.5', 0.5],
    ['-1', -1],
    ['2958466 (after 9999-12-31)', 2958466],
    ["60 (Excel's fictitious 1900-02-29)", 60],
    ['60.5', 60.5],
  ])('%s gives null', (_label, serial) => {
    expect(fromExcelSerial(serial)).toBeNull();
  });

  test('round-trips every day from 1900-01-01 for 200 years, skipping only serial 60', () => {
    let iso = '1900-01-01';
    let expected = 1;
    const mismatches: string[] = [];
    for (let k = 0; k < 73049; k++) {
      if (toExcelSerial(iso) !== expected || fromExcelSerial(expected) !== iso) mismatches.push(`${iso} ${expected}`);
      iso = addDays(iso, 1);
      expected += expected === 59 ? 2 : 1;
    }
    expect(mismatches).toEqual([]);
    expect([iso, expected]).toEqual(['2100-01-01', 73051]);
  });

  test('round-trips arbitrary serials (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        const iso = fromExcelSerial(serial);
        if (serial === 60) return iso === null;
        return iso !== null && isValidIsoDate(iso) && toExcelSerial(iso) === serial;
      }),
    );
  });
});

describe('daysBetween', () => {
  test.each([
    ['2015-08-31', '2015-12-31', 122],
    ['2015-12-31', '2015-08-31', -122],
    ['2016-02-28', '2016-03-01', 2],
    ['2015-02-28', '2015-03-01', 1],
    ['2015-01-01', '2016-01-01', 365],
    ['2016-01-01', '2017-01-01', 366],
    ['2026-11-29', '2026-11-29', 0],
    ['1900-02-28', '1900-03-01', 1],
    ['0000-01-01', '9999-12-31', 3652424],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  test.each([
    ['2015-02-29', '2015-03-01'],
    ['2015-03-01', 'x'],
    ['', ''],
  ])('%j → %j is NaN', (from, to) => {
    expect(daysBetween(from, to)).toBeNaN();
  });
});

describe('addDays', () => {
  test.each([
    ['2016-02-28', 1, '2016-02-29'],
    ['2015-02-28', 1, '2015-03-01'],
    ['2015-12-31', 1, '2016-01-01'],
    ['2016-01-01', -1, '2015-12-31'],
    ['2015-08-31', 122, '2015-12-31'],
    ['2026-11-29', 0, '2026-11-29'],
    ['2026-11-29', 1.9, '2026-11-30'],
    ['2026-11-29', -1.9, '2026-11-28'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
  ])('%s + %d = %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });

  test.each([
    ['an invalid date', '2015-02-30', 1],
    ['a non-finite count', '2015-01-01', Number.NaN],
    ['a result after 9999-12-31', '9999-12-31', 1],
    ['a result before 0000-01-01', '0000-01-01', -1],
  ])('returns the input unchanged for %s', (_label, iso, n) => {
    expect(addDays(iso, n)).toBe(iso);
  });

  test('addDays and daysBetween agree (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), fc.integer({ min: -20000, max: 20000 }), (serial, n) => {
        const iso = fromExcelSerial(serial === 60 ? 61 : serial) ?? '2000-01-01';
        const moved = addDays(iso, n);
        if (moved === iso && n !== 0) return true; // out of range: unchanged
        return isValidIsoDate(moved) && daysBetween(iso, moved) === n;
      }),
    );
  });
});

describe('isValidIsoDate', () => {
  test.each([
    ['2016-02-29', true],
    ['2000-02-29', true],
    ['2015-02-28', true],
    ['2015-12-31', true],
    ['0000-01-01', true],
    ['9999-12-31', true],
    ['2015-02-29', false],
    ['1900-02-29', false],
    ['2100-02-29', false],
    ['2015-04-31', false],
    ['2015-13-01', false],
    ['2015-00-10', false],
    ['2015-01-00', false],
    ['2015-1-01', false],
    ['2015/01/01', false],
    [' 2015-01-01', false],
    ['2015-01-01T00:00', false],
    ['２０１５-01-01', false],
    ['', false],
  ])('%j → %s', (s, valid) => {
    expect(isValidIsoDate(s)).toBe(valid);
  });
});

describe('lastDayOfMonth', () => {
  test.each([
    [2015, 1, 31],
    [2015, 2, 28],
    [2016, 2, 29],
    [2000, 2, 29],
    [1900, 2, 28],
    [2100, 2, 28],
    [2015, 4, 30],
    [2015, 6, 30],
    [2015, 8, 31],
    [2015, 9, 30],
    [2015, 11, 30],
    [2015, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(lastDayOfMonth(year, month)).toBe(days);
  });

  test.each([
    [2015, 0],
    [2015, 13],
    [2015, 1.5],
    [Number.NaN, 1],
  ])('%d-%d is NaN', (year, month) => {
    expect(lastDayOfMonth(year, month)).toBeNaN();
  });
});
