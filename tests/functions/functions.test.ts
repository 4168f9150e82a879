import { afterEach, beforeEach, describe, expect, it, test } from 'vitest';
import {
  agencies,
  agencyCount,
  daysLeft,
  deadline,
  isOngoing,
  isOverdue,
  lead,
  light,
  normalize,
  overdueCount,
  support,
} from '../../src/functions/functions';
import { setDisplayLanguageGetter } from '../../src/functions/displayLanguage';
import { setTodayProvider } from '../../src/functions/today';

// Serial numbers as Excel passes dates (1900 date system).
const S_2015_06_30 = 42185;
const S_2015_08_24 = 42240;
const S_2015_08_30 = 42246;
const S_2015_08_31 = 42247;
const S_2015_09_01 = 42248;
const S_2015_12_31 = 42369;
const S_2016_01_01 = 42370;
const S_2016_06_30 = 42551;
const S_2017_12_31 = 43100;

/** Asserts an Excel error value (the plain fallback in node) with its code and message words. */
function expectError(result: unknown, code: '#VALUE!' | '#N/A', ...words: string[]): void {
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
});

describe('DEADLINE', () => {
  test.each([
    ['2015年8月底前出台具体措施', S_2015_08_31],
    ['2015年底前出台具体措施', S_2015_12_31],
    ['2015年12月底出台具体措施', S_2015_12_31],
    ['2015年6月底前出台具体措施', S_2015_06_30],
    ['2015年8月底前出台具体政策。持续实施。', S_2015_08_31],
    ['2016年6月30日前', S_2016_06_30],
    ['2015—2017年', S_2017_12_31],
    ['2015-08-31', S_2015_08_31],
    ['2015/8/31', S_2015_08_31],
    [S_2015_08_31, S_2015_08_31],
    [S_2015_08_31 + 0.75, S_2015_08_31],
  ])('%j → %d', (schedule, serial) => {
    expect(deadline(schedule)).toBe(serial);
  });

  test.each([
    ['持续实施', '持续实施'],
    ['长期坚持', '持续实施'],
    [null, '空'],
    ['', '空'],
    ['   ', '空'],
  ])('%j → #N/A (%s)', (schedule, word) => {
    expectError(deadline(schedule), '#N/A', word);
  });

  test.each([
    ['2016年9月前', ['schedule', '2016年9月前', '不作推测']],
    ['年内', ['schedule', '年内']],
    ['请尽快', ['schedule', '请尽快', '无法识别']],
    ['2015-02-30', ['schedule', '2015-02-30']],
    [true, ['schedule', '逻辑值']],
    [0, ['schedule', '0', '不是有效日期']],
    [-5, ['schedule', '-5']],
    // A real date Excel cannot hold as a serial (before 1900): an error with a reason, not NaN.
    ['1899年底前', ['schedule', '1899-12-31', '不是有效日期']],
  ])('%j → #VALUE! naming why', (schedule, words) => {
    expectError(deadline(schedule), '#VALUE!', ...words);
  });

  it('words its messages in English under an English Excel', () => {
    setDisplayLanguageGetter(() => 'en-US');
    expectError(deadline('持续实施'), '#N/A', 'ongoing task has no deadline');
    expectError(deadline('2016年9月前'), '#VALUE!', 'argument schedule', 'not guessed');
  });
});

describe('ISONGOING', () => {
  test.each([
    ['持续实施', true],
    ['长期坚持', true],
    ['2015年8月底前出台具体政策。持续实施。', true],
    ['2015年底前出台具体措施', false],
    ['2016年9月前', false],
    [S_2015_08_31, false],
    [null, false],
    ['', false],
  ])('%j → %s', (schedule, expected) => {
    expect(isOngoing(schedule)).toBe(expected);
  });

  test.each([
    ['请尽快', '无法识别'],
    [false, '逻辑值'],
  ])('%j → #VALUE!', (schedule, word) => {
    expectError(isOngoing(schedule), '#VALUE!', 'schedule', word);
  });
});

describe('ISOVERDUE', () => {
  test.each([
    ['2015年8月底前出台具体措施', '推进中', S_2015_09_01, true],
    ['2015年8月底前出台具体措施', '滞后', S_2015_09_01, true],
    ['2015年8月底前出台具体措施', '未启动', S_2015_09_01, true],
    ['2015年8月底前出台具体措施', null, S_2015_09_01, true],
    ['2015年8月底前出台具体措施', '', S_2015_09_01, true],
    ['2015年8月底前出台具体措施', '已完成', S_2015_09_01, false],
    ['2015年8月底前出台具体措施', '已办结', S_2015_09_01, false],
    ['2015年8月底前出台具体措施', ' 已完成 ', S_2015_09_01, false],
    ['2015年8月底前出台具体措施', '正在办理', S_2015_09_01, true],
    ['2015年8月底前出台具体措施', 'In Progress', S_2015_09_01, true],
    ['2015年8月底前出台具体措施', '推进中', S_2015_08_31, false],
    ['2015年8月底前出台具体措施', '推进中', S_2015_08_30, false],
    ['2015年底前出台具体措施', '推进中', S_2015_09_01, false],
    ['2015年底前出台具体措施', '推进中', S_2016_01_01, true],
    ['持续实施', '滞后', S_2016_01_01, false],
    [null, '推进中', S_2016_01_01, false],
    [S_2015_08_31, '推进中', S_2015_09_01, true],
    ['2015-08-31', '推进中', '2015-09-01', true],
    ['2015-08-31', '推进中', '2015-08-31', false],
  ])('(%j, %j, %j) → %s', (schedule, status, asOf, expected) => {
    expect(isOverdue(schedule, status, asOf)).toBe(expected);
  });

  it('judges on today (read at the edge) when as_of is omitted (null)', () => {
    expect(isOverdue('2015年8月底前出台具体措施', '推进中', null)).toBe(true);
    expect(isOverdue('2015年8月底前出台具体措施', '推进中')).toBe(true);
    setTodayProvider(() => '2015-08-30');
    expect(isOverdue('2015年8月底前出台具体措施', '推进中', null)).toBe(false);
  });

  test.each([
    ['2016年9月前', '推进中', null, ['schedule_or_deadline', '2016年9月前']],
    [true, '推进中', null, ['schedule_or_deadline', '逻辑值']],
    ['2015年8月底前', '差不多了', null, ['status', '差不多了', '已完成']],
    ['2015年8月底前', true, null, ['status', '逻辑值']],
    ['2015年8月底前', 3, null, ['status', '数字']],
    ['2015年8月底前', '推进中', true, ['as_of', '逻辑值']],
    ['2015年8月底前', '推进中', '明天', ['as_of', '明天']],
    ['2015年8月底前', '推进中', 0, ['as_of', '不是有效日期']],
  ])('(%j, %j, %j) → #VALUE!', (schedule, status, asOf, words) => {
    expectError(isOverdue(schedule, status, asOf), '#VALUE!', ...words);
  });
});

describe('DAYSLEFT', () => {
  test.each([
    ['2015年8月底前出台具体措施', S_2015_08_24, 7],
    ['2015年8月底前出台具体措施', S_2015_08_31, 0],
    [S_2015_08_31, S_2015_09_01, -1],
    ['2015年底前出台具体措施', S_2015_08_31, 122],
    ['2015年8月底前出台具体措施', null, -1],
  ])('(%j, %j) → %d', (schedule, asOf, expected) => {
    expect(daysLeft(schedule, asOf)).toBe(expected);
  });

  test.each([['持续实施'], [null], ['']])('%j → #N/A', (schedule) => {
    expectError(daysLeft(schedule, S_2015_08_31), '#N/A', '截止日期');
  });

  it('refuses an ambiguous schedule and a boolean as_of', () => {
    expectError(daysLeft('2020年前', null), '#VALUE!', '2020年前');
    expectError(daysLeft('2015年底前', false), '#VALUE!', 'as_of');
  });
});

describe('LIGHT', () => {
  test.each([
    ['2015年8月底前出台具体措施', '推进中', S_2015_09_01, null, '红'],
    ['2015年8月底前出台具体措施', '推进中', S_2015_08_24, null, '黄'],
    ['2015年8月底前出台具体措施', '推进中', S_2015_08_24, 7, '黄'],
    ['2015年8月底前出台具体措施', '推进中', S_2015_08_24, 6, '绿'],
    ['2015年8月底前出台具体措施', '推进中', S_2015_08_24, '3', '绿'],
    ['2015年8月底前出台具体措施', '已完成', S_2015_09_01, null, '绿'],
    ['2015年底前出台具体措施', null, S_2015_09_01, null, '绿'],
    ['持续实施', '滞后', S_2016_01_01, null, '绿'],
  ])('(%j, %j, %j, %j) → %s', (schedule, status, asOf, warn, expected) => {
    expect(light(schedule, status, asOf, warn)).toBe(expected);
  });

  test.each([
    ['en-US', '红'],
    ['en-GB', '红'],
    ['EN', '红'],
    ['zh-CN', '红'],
    ['zh-TW', '红'],
    ['fr-FR', '红'],
  ])("display language %s → %s: the value never depends on the reader's language", (language, word) => {
    setDisplayLanguageGetter(() => language);
    expect(light('2015年8月底前', '推进中', S_2015_09_01)).toBe(word);
  });

  it('answers in Chinese when the display language cannot be read', () => {
    setDisplayLanguageGetter(() => undefined);
    expect(light('2015年8月底前', '推进中', S_2015_09_01)).toBe('红');
    setDisplayLanguageGetter(() => {
      throw new Error('no Office');
    });
    expect(light('2015年8月底前', '推进中', S_2015_09_01)).toBe('红');
  });

  test.each([[-1], [1.5], ['soon'], [true]])('warn_days %j → #VALUE!', (warn) => {
    expectError(light('2015年8月底前', '推进中', S_2015_09_01, warn), '#VALUE!', 'warn_days');
  });
});

describe('AGENCYCOUNT', () => {
  const units = [
    ['市教育局牵头，市财政局等配合'],
    ['市教育局、市人社局'],
    [null],
    [''],
    ['市财政局牵头，市教育局配合'],
  ];

  test.each([
    ['市教育局', null, 3],
    ['市教育局', 'any', 3],
    ['市教育局', '全部', 3],
    ['市教育局', 'lead', 1],
    ['市教育局', '牵头', 1],
    ['市教育局', 'LEAD', 1],
    ['市教育局', ' Lead ', 1],
    ['市教育局', 'support', 1],
    ['市教育局', '配合', 1],
    ['市教育局', 'joint', 1],
    ['市教育局', '共同', 1],
    ['市财政局', 'lead', 1],
    ['市财政局', 'support', 1],
    ['市财政局', null, 2],
    ['市人力资源和社会保障局', 'joint', 1],
    [' 市人社局 ', null, 1],
    ['市发展改革委', null, 0],
  ])('(%j, %j) → %d', (agency, role, expected) => {
    expect(agencyCount(units, agency, role)).toBe(expected);
  });

  it('takes a single cell where a range is expected', () => {
    expect(agencyCount([['市教育局牵头']], '市教育局', 'lead')).toBe(1);
    expect(agencyCount('市教育局牵头' as unknown as unknown[][], '市教育局', 'lead')).toBe(1);
    expect(agencyCount([[null]], '市教育局')).toBe(0);
  });

  it('counts every cell of a range wider than one column', () => {
    expect(
      agencyCount(
        [
          ['市教育局', '市教育局牵头'],
          ['市财政局', null],
        ],
        '市教育局',
      ),
    ).toBe(2);
  });

  test.each([
    [units, '市教育局', 'boss', ['role', 'boss', 'lead/牵头']],
    [units, true, null, ['agency', '逻辑值']],
    [units, 5, null, ['agency', '数字']],
    [units, '', null, ['agency']],
    [units, null, null, ['agency']],
    [[['市教育局'], [5]], '市教育局', null, ['units', '第 2 行', '数字']],
    [[['市教育局'], [true]], '市教育局', null, ['units', '第 2 行', '逻辑值']],
    [[['市教育局', 7]], '市教育局', null, ['units', '第 1 行第 2 列']],
  ])('%j, %j, %j → #VALUE!', (range, agency, role, words) => {
    expectError(agencyCount(range, agency, role), '#VALUE!', ...words);
  });
});

describe('OVERDUECOUNT', () => {
  const schedules = [['2015年8月底前出台具体措施'], ['2015年底前出台具体措施'], ['持续实施'], [S_2015_06_30], [null]];
  const statuses = [['推进中'], ['推进中'], ['滞后'], ['已完成'], [null]];
  const units = [['市教育局牵头'], ['市财政局牵头，市教育局配合'], ['市教育局'], ['市教育局'], [null]];

  test.each([
    [S_2015_09_01, null, null, null, 1],
    [S_2016_01_01, null, null, null, 2],
    [S_2015_08_24, null, null, null, 0],
    [S_2016_01_01, units, '市教育局', null, 2],
    [S_2016_01_01, units, '市教育局', 'lead', 1],
    [S_2016_01_01, units, '市教育局', 'support', 1],
    [S_2016_01_01, units, '市教育局', 'joint', 0],
    [S_2016_01_01, units, '市财政局', '牵头', 1],
    [S_2016_01_01, units, '市发展改革委', null, 0],
    [S_2016_01_01, units, null, null, 2],
  ])('as_of %j, units, agency %j, role %j → %d', (asOf, unitsArg, agency, role, expected) => {
    expect(overdueCount(schedules, statuses, asOf, unitsArg ?? undefined, agency, role)).toBe(expected);
  });

  it('judges on today when as_of is omitted', () => {
    expect(overdueCount(schedules, statuses)).toBe(1);
    expect(overdueCount(schedules, statuses, null)).toBe(1);
  });

  it('takes single cells', () => {
    expect(overdueCount([['2015年8月底前']], [['推进中']], S_2015_09_01)).toBe(1);
    expect(overdueCount([['2015年8月底前']], [['已完成']], S_2015_09_01)).toBe(0);
  });

  test.each([
    [schedules, statuses.slice(1), null, null, null, ['schedules', 'statuses', '5 行', '4 行']],
    [schedules, statuses, units.slice(2), '市教育局', null, ['schedules', 'units']],
    [schedules, statuses, null, '市教育局', null, ['units', 'agency']],
    [schedules, statuses, units, null, 'lead', ['agency', 'role']],
    [schedules, statuses, units, '市教育局', 'boss', ['role', 'boss']],
    [schedules, statuses, units, true, null, ['agency', '逻辑值']],
    [schedules, [['推进中'], ['做完了'], [null], [null], [null]], null, null, null, ['statuses', '第 2 行', '做完了']],
    [[['2015年底前'], ['2016年9月前']], [[null], [null]], null, null, null, ['schedules', '第 2 行', '2016年9月前']],
    [[['2015年底前'], [true]], [[null], [null]], null, null, null, ['schedules', '第 2 行', '逻辑值']],
  ])('%#: bad arguments → #VALUE!', (s, st, u, agency, role, words) => {
    expectError(overdueCount(s, st, S_2016_01_01, u ?? undefined, agency, role), '#VALUE!', ...words);
  });

  it('reads the status only of rows with a deadline', () => {
    expect(overdueCount([['2015年底前'], [null], ['持续实施']], [[null], [1], [true]], S_2016_01_01)).toBe(1);
  });

  it('refuses a status number where the row has a deadline', () => {
    expectError(overdueCount([['2015年底前']], [[1]], S_2016_01_01), '#VALUE!', 'statuses', '数字');
  });
});

describe('AGENCIES', () => {
  const units = [
    ['市教育局牵头，市财政局等配合'],
    [null],
    ['市教育局、市人社局'],
    ['市财政局牵头，市人力资和源社会保障局配合'],
  ];

  test.each([
    [null, ['市教育局', '市财政局', '市人力资源和社会保障局']],
    ['lead', ['市教育局', '市财政局']],
    ['support', ['市财政局', '市人力资源和社会保障局']],
    ['joint', ['市教育局', '市人力资源和社会保障局']],
  ])('role %j → a column of distinct normalised names', (role, names) => {
    expect(agencies(units, role)).toEqual(names.map((n) => [n]));
  });

  it('returns #N/A (as a 1×1 matrix) when nothing matches', () => {
    const result = agencies([[null], ['']]);
    expect(result).toHaveLength(1);
    expectError(result[0]?.[0], '#N/A', '没有');
    expectError(agencies([['市教育局']], 'lead')[0]?.[0], '#N/A');
  });

  it('returns #VALUE! (as a 1×1 matrix) for a bad role or a non-text cell', () => {
    expectError(agencies(units, 'x')[0]?.[0], '#VALUE!', 'role');
    expectError(agencies([[1]])[0]?.[0], '#VALUE!', 'units', '第 1 行');
  });
});

describe('LEAD and SUPPORT', () => {
  test.each([
    ['市教育局牵头，市财政局等配合', '市教育局', '市财政局'],
    [
      '市人力资源和社会保障局牵头，市经济和信息化委、市教育局、市级各行业主管部门等配合',
      '市人力资源和社会保障局',
      '市经济和信息化委、市教育局、市级各行业主管部门',
    ],
    ['市人力资和源社会保障局牵头，市教育局等配合', '市人力资源和社会保障局', '市教育局'],
    ['市教育局牵头', '市教育局', ''],
    ['市教育局、市财政局', '', ''],
    [null, '', ''],
    ['', '', ''],
  ])('%j → lead %j, support %j', (units, leads, supports) => {
    expect(lead(units)).toBe(leads);
    expect(support(units)).toBe(supports);
  });

  test.each([[5], [true]])('%j → #VALUE!', (units) => {
    expectError(lead(units), '#VALUE!', 'units');
    expectError(support(units), '#VALUE!', 'units');
  });
});

describe('NORMALIZE', () => {
  test.each([
    ['市人社局', '市人力资源和社会保障局'],
    ['市人力资和源社会保障局', '市人力资源和社会保障局'],
    ['市人力资源社会保障局', '市人力资源和社会保障局'],
    [' 市发改委 ', '市发展改革委'],
    ['市经信委', '市经济和信息化委'],
    ['市教育局', '市教育局'],
    ['', ''],
    [null, ''],
  ])('%j → %j', (agency, canonical) => {
    expect(normalize(agency)).toBe(canonical);
  });

  test.each([
    [true, '逻辑值'],
    [12, '数字'],
  ])('%j → #VALUE!', (agency, word) => {
    expectError(normalize(agency), '#VALUE!', 'agency', word);
  });
});

describe('never an unhandled throw', () => {
  const exploding = new Proxy([['市教育局']], {
    get() {
      throw new Error('boom');
    },
  });

  test.each([
    ['AGENCYCOUNT', () => agencyCount(exploding, '市教育局')],
    ['OVERDUECOUNT', () => overdueCount(exploding, exploding)],
    ['AGENCIES', () => agencies(exploding)[0]?.[0]],
  ])('%s returns #VALUE! with the cause', (_name, call) => {
    expectError(call(), '#VALUE!', 'boom');
  });
});

describe('LIGHT under a warning rule', () => {
  test.each([
    // 2015年8月底前 judged on 2015-08-24: 7 days left
    ['推进中', S_2015_08_24, 7, '蓝黄红', false, '蓝'],
    ['推进中', S_2015_08_24, 7, '红黄绿', null, '黄'],
    ['滞后', S_2015_08_24, 3, '蓝黄红', true, '黄'],
    ['滞后', S_2015_08_24, 3, '蓝黄红', '否', '绿'],
    ['滞后', S_2015_08_24, 3, '红黄绿', '是', '红'],
    ['推进中', S_2015_09_01, 7, '蓝黄红', true, '红'],
  ])('(%j, %j, %j, %j, %j) → %s', (status, asOf, warn, preset, counts, expected) => {
    expect(light('2015年8月底前出台具体措施', status, asOf, warn, preset, counts)).toBe(expected);
  });

  it('refuses an unknown preset and an unreadable yes/no as #VALUE!', () => {
    expect(light('2015年8月底前', '推进中', S_2015_08_24, 7, '红绿', null)).toMatchObject({ code: '#VALUE!' });
    expect(light('2015年8月底前', '推进中', S_2015_08_24, 7, '红黄绿', '也许')).toMatchObject({ code: '#VALUE!' });
  });
});
