import { afterEach, beforeEach, describe, expect, it, test } from 'vitest';
import { setDisplayLanguageGetter } from '../../src/functions/displayLanguage';
import { agencies, agencyCount, lead, normalize, overdueCount, support } from '../../src/functions/functions';
import { Failure } from '../../src/functions/Failure';
import { NO_ALIASES, readAliases } from '../../src/functions/readAliases';
import { clearUnitsCache, setUnitsCacheEnabled, unitsEntry } from '../../src/functions/unitsCache';
import { setTodayProvider } from '../../src/functions/today';

/** The sheet's AgencyAliases table as Excel passes it: written form, canonical name. */
const ALIASES = [
  ['教育局', '市教育局'],
  ['市职教中心', '市职业教育中心'],
  ['人社局', '市人力资源和社会保障局'],
];
const UNITS = [['教育局牵头，人社局等配合'], ['市教育局、市财政局'], ['市职教中心牵头，市教育局配合'], [null]];
const SCHEDULES = [['2015年8月底前'], ['2015年6月底前'], ['2015年12月底前'], ['']];
const STATUSES = [['推进中'], ['未启动'], ['推进中'], ['']];

function expectError(result: unknown, code: '#VALUE!', ...words: string[]): void {
  expect(result).toMatchObject({ code });
  const message = (result as { message: string }).message;
  for (const w of words) expect(message).toContain(w);
}

beforeEach(() => {
  setTodayProvider(() => '2015-09-01');
  setDisplayLanguageGetter(() => 'zh-CN');
});
afterEach(() => {
  setTodayProvider();
  setDisplayLanguageGetter();
  setUnitsCacheEnabled(true);
  clearUnitsCache();
});

describe('readAliases', () => {
  test.each([
    ['omitted', undefined],
    ['null (an omitted range)', null],
    ['an empty table row', [[null, null]]],
    [
      'rows with one side empty',
      [
        ['教育局', ''],
        ['', '市教育局'],
      ],
    ],
  ])('%s is no aliases', (_label, value) => {
    expect(readAliases(value, 'aliases')).toBe(NO_ALIASES);
  });

  it('maps written forms to canonical names, trimmed, a later row winning', () => {
    const set = readAliases(
      [
        [' 教育局 ', ' 市教育局 '],
        ['人社局', '甲'],
        ['人社局', '市人力资源和社会保障局'],
      ],
      'aliases',
    );
    expect(set).not.toBeInstanceOf(Failure);
    expect((set as { aliases: unknown }).aliases).toEqual({ 教育局: '市教育局', 人社局: '市人力资源和社会保障局' });
  });

  it("skips a group's member list (the formulas count the group as named)", () => {
    const set = readAliases(
      [
        ['各乡镇', '东坝镇、西城镇'],
        ['教育局', '市教育局'],
      ],
      'aliases',
    );
    expect((set as { aliases: unknown }).aliases).toEqual({ 教育局: '市教育局' });
  });

  it('gives the same set object for the same rows, and a different key for different rows', () => {
    const a = readAliases(
      ALIASES.map((r) => [...r]),
      'aliases',
    );
    const b = readAliases(
      ALIASES.map((r) => [...r]),
      'aliases',
    );
    const c = readAliases([['教育局', '市教育体育局']], 'aliases');
    expect(b).toBe(a);
    expect((c as { key: string }).key).not.toBe((a as { key: string }).key);
  });

  test.each([
    ['one column', [['教育局'], ['人社局']], '1 列'],
    ['three columns', [['教育局', '市教育局', 'x']], '3 列'],
    ['a single cell', '教育局', '1 列'],
  ])('refuses %s', (_label, value, words) => {
    const failure = readAliases(value, 'aliases');
    expect(failure).toBeInstanceOf(Failure);
    expect((failure as Failure).problem).toMatchObject({ kind: 'badAliases', arg: 'aliases' });
    expect(agencyCount(UNITS, '市教育局', 'lead', value as unknown[][])).toMatchObject({ code: '#VALUE!' });
    expectError(normalize('教育局', value as unknown[][]), '#VALUE!', '参数 aliases', words, '两列');
  });

  it('refuses a cell that is not text, naming the argument and the cell', () => {
    expectError(
      agencyCount(UNITS, '市教育局', 'lead', [
        ['教育局', '市教育局'],
        ['人社局', 42],
      ]),
      '#VALUE!',
      '参数 aliases 第 2 行第 2 列',
      '数字',
    );
  });
});

describe('the agency functions with an aliases range', () => {
  it('AGENCYCOUNT counts a written form under its canonical name, by either name', () => {
    expect(agencyCount(UNITS, '市教育局', 'lead')).toBe(0);
    expect(agencyCount(UNITS, '市教育局', 'lead', ALIASES)).toBe(1);
    expect(agencyCount(UNITS, '教育局', 'lead', ALIASES)).toBe(1);
    expect(agencyCount(UNITS, '市教育局', 'any', ALIASES)).toBe(3);
    expect(agencyCount(UNITS, '市职业教育中心', 'lead', ALIASES)).toBe(1);
  });

  it('OVERDUECOUNT filters by the canonical agency', () => {
    // 2015-09-01: rows 1 (8月底) and 2 (6月底) are overdue; row 1 is led by 教育局 = 市教育局.
    expect(overdueCount(SCHEDULES, STATUSES, null, UNITS, '市教育局', 'lead')).toBe(0);
    expect(overdueCount(SCHEDULES, STATUSES, null, UNITS, '市教育局', 'lead', ALIASES)).toBe(1);
    expect(overdueCount(SCHEDULES, STATUSES, null, UNITS, '市教育局', 'any', ALIASES)).toBe(2);
    expectError(
      overdueCount(SCHEDULES, STATUSES, null, UNITS, '市教育局', 'lead', [['教育局']]),
      '#VALUE!',
      '参数 aliases',
    );
  });

  it('AGENCIES lists canonical names, merged', () => {
    expect(agencies(UNITS, 'any', ALIASES)).toEqual([
      ['市教育局'],
      ['市人力资源和社会保障局'],
      ['市财政局'],
      ['市职业教育中心'],
    ]);
    expect(agencies(UNITS, 'lead', ALIASES)).toEqual([['市教育局'], ['市职业教育中心']]);
    expect(agencies(UNITS, 'lead', [['教育局']])).toEqual([[expect.objectContaining({ code: '#VALUE!' })]]);
  });

  it('LEAD, SUPPORT and NORMALIZE use the aliases', () => {
    expect(lead('教育局牵头，人社局等配合')).toBe('教育局');
    expect(lead('教育局牵头，人社局等配合', ALIASES)).toBe('市教育局');
    expect(support('教育局牵头，人社局等配合', ALIASES)).toBe('市人力资源和社会保障局');
    expect(normalize('市职教中心', ALIASES)).toBe('市职业教育中心');
    expect(normalize('市职教中心')).toBe('市职教中心');
    // Built-ins still apply to names the range does not mention.
    expect(normalize('市人社局', ALIASES)).toBe('市人力资源和社会保障局');
    expectError(lead('教育局牵头', [['教育局', true]]), '#VALUE!', '参数 aliases 第 1 行第 2 列');
    expectError(support('', [['教育局']]), '#VALUE!', '参数 aliases');
  });
});

describe('the units cache with aliases', () => {
  it('answers the same text differently under different alias sets, whatever the order of calls', () => {
    const cell = '教育局牵头，人社局等配合';
    const other = [['教育局', '市教育体育局']];
    expect(lead(cell)).toBe('教育局');
    expect(lead(cell, ALIASES)).toBe('市教育局');
    expect(lead(cell, other)).toBe('市教育体育局');
    expect(lead(cell)).toBe('教育局');
    expect(lead(cell, ALIASES)).toBe('市教育局');
    expect(agencyCount([[cell]], '市教育体育局', 'lead', other)).toBe(1);
    expect(agencyCount([[cell]], '市教育体育局', 'lead', ALIASES)).toBe(0);
  });

  it('keeps one entry per alias set, and parses again when the cache is off', () => {
    const set = readAliases(ALIASES, 'aliases');
    if (set instanceof Failure) throw new Error('aliases refused');
    const cell = '教育局牵头';
    expect(unitsEntry(cell, set)).toBe(unitsEntry(cell, set));
    expect(unitsEntry(cell, set)).not.toBe(unitsEntry(cell));
    expect(unitsEntry(cell, set).roles.get('市教育局')).toBe(1);
    setUnitsCacheEnabled(false);
    expect(unitsEntry(cell, set)).not.toBe(unitsEntry(cell, set));
    expect(unitsEntry(cell, set).roles.get('市教育局')).toBe(1);
  });
});
