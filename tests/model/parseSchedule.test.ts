import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseSchedule, parseScheduleInYear } from '../../src/model/parseSchedule';
import type { ScheduleInfo } from '../../src/model/types';
import { ScheduleInfoSchema } from '../../src/model/schemas';

const NONE: ScheduleInfo = { deadline: null, ongoing: false, deliverable: '', recognized: false, ambiguous: false };

describe('parseSchedule: the seed', () => {
  test.each<[string, ScheduleInfo]>([
    ['持续实施', { ...NONE, ongoing: true, recognized: true }],
    ['2015年底前出台具体措施', { ...NONE, deadline: '2015-12-31', deliverable: '出台具体措施', recognized: true }],
    ['2015年8月底前出台具体措施', { ...NONE, deadline: '2015-08-31', deliverable: '出台具体措施', recognized: true }],
    [
      '2015年8月底前出台具体政策。持续实施。',
      { deadline: '2015-08-31', ongoing: true, deliverable: '出台具体政策', recognized: true, ambiguous: false },
    ],
    ['2015年12月底出台具体措施', { ...NONE, deadline: '2015-12-31', deliverable: '出台具体措施', recognized: true }],
    ['2015年6月底前出台具体措施', { ...NONE, deadline: '2015-06-30', deliverable: '出台具体措施', recognized: true }],
  ])('%s', (text, expected) => {
    expect(parseSchedule(text)).toEqual(expected);
  });

  test('every schedule cell of the seed file is understood', () => {
    const seed = readFileSync(
      new URL('../../seeds/guangyuan-vocational-education-key-tasks-2015.txt', import.meta.url),
      'utf8',
    );
    const rows = seed
      .split(/\r?\n[ \t]*\r?\n/)
      .map((block) =>
        block
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      )
      .filter((cells) => /^\d+$/.test(cells[0] ?? ''));
    const schedules = rows.map((cells) => cells[cells.length - 1] ?? '');
    const infos = schedules.map((s) => parseSchedule(s));
    expect(rows).toHaveLength(24);
    expect(infos.filter((i) => !i.recognized)).toEqual([]);
    expect(infos.filter((i) => i.ongoing)).toHaveLength(16);
    expect(infos.map((i) => i.deadline).filter((d) => d !== null)).toEqual([
      '2015-12-31',
      '2015-08-31',
      '2015-08-31',
      '2015-08-31',
      '2015-12-31',
      '2015-12-31',
      '2015-06-30',
      '2015-08-31',
      '2015-08-31',
    ]);
  });
});

describe('parseSchedule: ongoing', () => {
  test.each(['持续实施', '长期坚持', '持续推进', '长期', '持续', '持续开展', '常态化推进', '长期实施。', ' 持续实施 '])(
    '%j is ongoing with no deadline',
    (text) => {
      expect(parseSchedule(text)).toEqual({ ...NONE, ongoing: true, recognized: true });
    },
  );

  test.each([
    ['a plan horizon (中长期)', '2016年编制中长期规划', '编制中长期规划'],
    ['a long-term plan (长期规划)', '2016年底前出台长期规划', '出台长期规划'],
  ])('%s is not ongoing', (_label, text, deliverable) => {
    expect(parseSchedule(text)).toEqual({ ...NONE, deadline: '2016-12-31', deliverable, recognized: true });
  });

  test.each([
    ['2016年起持续实施', null],
    ['2015—2017年持续推进', '2017-12-31'],
    ['2016年底前完成，持续推进', '2016-12-31'],
  ])('%s: ongoing, deadline %s', (text, deadline) => {
    const info = parseSchedule(text);
    expect([info.ongoing, info.deadline, info.recognized, info.ambiguous]).toEqual([true, deadline, true, false]);
  });
});

describe('parseSchedule: deadlines', () => {
  test.each([
    // Year end.
    ['2015年底前', '2015-12-31'],
    ['2015年年底前', '2015-12-31'],
    ['2015年底', '2015-12-31'],
    ['2015年末', '2015-12-31'],
    ['2015年年末前', '2015-12-31'],
    ['2015年底以前', '2015-12-31'],
    ['2015年底之前', '2015-12-31'],
    ['2016年内', '2016-12-31'],
    ['2016年度', '2016-12-31'],
    ['2016年', '2016-12-31'],
    ['截至2016年底', '2016-12-31'],
    // Month end.
    ['2015年8月底前', '2015-08-31'],
    ['2015年12月底', '2015-12-31'],
    ['2015年6月底前', '2015-06-30'],
    ['2015年9月末', '2015-09-30'],
    ['2016年12月', '2016-12-31'],
    ['2016年4月份', '2016-04-30'],
    ['2016年06月', '2016-06-30'],
    // A day.
    ['2016年6月30日前', '2016-06-30'],
    ['2016年6月30日', '2016-06-30'],
    ['2016年6月30号', '2016-06-30'],
    ['2016年6月30日以前', '2016-06-30'],
    ['2016.6.30', '2016-06-30'],
    ['2016-06-30', '2016-06-30'],
    ['2016/6/30', '2016-06-30'],
    ['2016/6/30前完成', '2016-06-30'],
    ['2016 年 6 月 30 日', '2016-06-30'],
    // Half years and quarters.
    ['2016年上半年', '2016-06-30'],
    ['2016年下半年', '2016-12-31'],
    ['2016年上半年末', '2016-06-30'],
    ['2016年第一季度', '2016-03-31'],
    ['2016年二季度', '2016-06-30'],
    ['2016年一季度', '2016-03-31'],
    ['2016年第3季度', '2016-09-30'],
    ['2016年第四季度', '2016-12-31'],
    ['2016年三季度末前', '2016-09-30'],
    ['2016年第二季', '2016-06-30'],
    // Thirds of a month: 上旬 ends on the 10th, 中旬 on the 20th, 下旬 on the last day.
    ['2016年6月上旬', '2016-06-10'],
    ['2016年6月中旬', '2016-06-20'],
    ['2016年2月下旬', '2016-02-29'],
    // Ranges end at their end.
    ['2015—2017年', '2017-12-31'],
    ['2015——2017年', '2017-12-31'],
    ['2015–2017年', '2017-12-31'],
    ['2015-2017年', '2017-12-31'],
    ['2015～2017年', '2017-12-31'],
    ['2015~2017年', '2017-12-31'],
    ['2015至2017年', '2017-12-31'],
    ['2015到2017年', '2017-12-31'],
    ['2015年—2017年', '2017-12-31'],
    ['2015 - 2017', '2017-12-31'],
    ['2016年3月—6月', '2016-06-30'],
    ['2016年3月至6月底', '2016-06-30'],
    ['2015年底至2016年6月底', '2016-06-30'],
    ['2016年起至2017年底', '2017-12-31'],
    // Full-width and Chinese digits.
    ['２０１５年８月底前', '2015-08-31'],
    ['２０１６．６．３０', '2016-06-30'],
    ['２０１５—２０１７年', '2017-12-31'],
    ['二〇一五年十二月底前', '2015-12-31'],
    ['二〇一六年六月三十日前', '2016-06-30'],
    ['二零一五年八月底前', '2015-08-31'],
    ['二O一六年底前', '2016-12-31'],
    ['二〇一六年第二季度', '2016-06-30'],
    ['二〇一六年下半年', '2016-12-31'],
    ['二〇一五—二〇一七年', '2017-12-31'],
    // February.
    ['2016年2月底', '2016-02-29'],
    ['2015年2月底', '2015-02-28'],
    ['2000年2月底', '2000-02-29'],
    ['2100年2月底', '2100-02-28'],
    ['2016年2月29日', '2016-02-29'],
    // A title in 《》 is not a deadline.
    ['2016年6月底前出台《2016—2020年发展规划》', '2016-06-30'],
    // The same deadline twice is one deadline.
    ['2015年底前出台方案，2015年12月31日前完成', '2015-12-31'],
  ])('%s → %s', (text, deadline) => {
    const info = parseSchedule(text);
    expect(info.deadline).toBe(deadline);
    expect(info.recognized).toBe(true);
    expect(info.ambiguous).toBe(false);
    expect(ScheduleInfoSchema.parse(info)).toEqual(info);
  });
});

describe('parseSchedule: the deliverable', () => {
  test.each([
    ['2015年底前出台具体措施', '出台具体措施'],
    ['2015年8月底前出台具体政策。持续实施。', '出台具体政策'],
    ['2015年底前出台具体措施。', '出台具体措施'],
    ['2015年底前，出台具体措施；', '出台具体措施'],
    ['2015年底前 出台具体措施 ', '出台具体措施'],
    ['２０１５年底前出台具体措施（试行）', '出台具体措施（试行）'],
    ['力争2016年底前完成', '完成'],
    ['出台具体措施，2015年底前', '出台具体措施'],
    ['出台具体措施，于2015年底前', '出台具体措施'],
    ['2015年底前出台具体措施，持续推进', '出台具体措施'],
    ['持续推进，2016年底前', ''],
    ['2015年底前', ''],
    ['持续实施', ''],
    ['2016年9月前出台方案', '出台方案'],
    ['今年底前出台方案', '出台方案'],
    ['到2016年底完成', '完成'],
    ['出台方案，到2016年底', '出台方案'],
    ['明年6月底前完成验收', '完成验收'],
    ['2016年6月底前出台《2016—2020年发展规划》', '出台《2016—2020年发展规划》'],
  ])('%s → %j', (text, deliverable) => {
    expect(parseSchedule(text).deliverable).toBe(deliverable);
  });
});

describe('parseSchedule: ambiguous times are flagged, never guessed', () => {
  test.each([
    ['2016年9月前', 'before September: the end of August?'],
    ['2016年9月以前', 'the same with 以前'],
    ['年内', 'no year'],
    ['年内完成', 'no year'],
    ['2020年前', 'before 2020: the end of 2019?'],
    ['2020年以前', 'the same with 以前'],
    ['年底前', 'no year'],
    ['年底', 'no year'],
    ['上半年', 'no year'],
    ['下半年完成', 'no year'],
    ['第一季度', 'no year'],
    ['6月底前', 'no year'],
    ['6月30日', 'no year'],
    ['今年底前', 'a relative year'],
    ['明年上半年', 'a relative year'],
    ['16年底', 'a two-digit year'],
    ['3个月内完成', 'a duration with no start'],
    ['两年内', 'a duration with no start'],
    ['2016年中', 'mid-year'],
    ['2016年6月初', 'early June'],
    ['2016年6月中', 'mid-June'],
    ['2016年6月上旬前', 'before the first third of June'],
    ['2016年上半年前', 'before the first half'],
    ['2016年第二季度前', 'before the second quarter'],
    ['2016年6月底左右', 'around the end of June'],
    ['2016年后', 'after 2016'],
    ['年内出台，持续实施', 'ongoing, but the deadline is ambiguous'],
    ['2016年6月底前出台方案，年内完成', 'the last time named is ambiguous'],
    ['全年', 'the whole year'],
    ['2025年汛前', 'a season, not a day'],
  ])('%s (%s)', (text) => {
    const info = parseSchedule(text);
    expect(info.ambiguous).toBe(true);
    expect(info.deadline).toBeNull();
    expect(info.recognized).toBe(false);
  });
});

describe('parseSchedule: two times in one cell — the last is the deadline, the first a milestone (LAYOUTS D16)', () => {
  test.each([
    ['2015年底前出台方案，2016年6月底前全面完成', '2016-06-30'],
    ['2016年上半年试点，2016年底前推开', '2016-12-31'],
    ['2016年9月前启动，2016年底前完成', '2016-12-31'],
    // A year-less second date inherits the year of the first.
    ['2025年6月底前出台方案，12月底前完成调整', '2025-12-31'],
    ['2025年9月底前上线试运行，12月底前正式运行', '2025-12-31'],
    ['2025年6月底前出台方案;12月底前完成治理', '2025-12-31'],
  ])('%s → %s', (text, deadline) => {
    expect(parseSchedule(text)).toMatchObject({ deadline, ambiguous: false, recognized: true });
  });
});

describe('parseSchedule: recurring and ongoing phrases (LAYOUTS D16)', () => {
  test.each([
    ['每季度', null],
    ['每季度末', null],
    ['2025年起每年开展', null],
    ['二〇二五年起每年开展', null],
    ['年内持续推进', null],
    ['每季度开展一次集中排查，长期坚持', null],
    ['2025年3月底前完成选派，持续推进', '2025-03-31'],
  ])('%s: ongoing, deadline %s, not ambiguous', (text, deadline) => {
    expect(parseSchedule(text)).toMatchObject({ deadline, ongoing: true, ambiguous: false, recognized: true });
  });
});

describe('parseScheduleInYear: year-less phrases take the document year (LAYOUTS D15)', () => {
  test.each([
    ['10月底前', '2025-10-31'],
    ['9月投入使用', '2025-09-30'],
    ['5月底前动工，12月底前完工', '2025-12-31'],
    ['第三季度', '2025-09-30'],
    ['第二季度', '2025-06-30'],
    ['上半年', '2025-06-30'],
    ['下半年', '2025-12-31'],
    ['1月至4月', '2025-04-30'],
    ['2月底前', '2025-02-28'],
    ['6月底前出台实施细则，11月底前全面推行', '2025-11-30'],
  ])('%s in a 2025 document → %s', (text, deadline) => {
    expect(parseScheduleInYear(text, 2025)).toMatchObject({ deadline, ambiguous: false, yearAssumed: true });
  });

  test.each([['年内'], ['全年'], ['9月前'], ['2027年前'], ['2025年9月前']])(
    '%s stays ambiguous with a document year',
    (text) => {
      expect(parseScheduleInYear(text, 2025)).toMatchObject({ deadline: null, ambiguous: true });
    },
  );

  test('a written year wins and nothing is assumed', () => {
    expect(parseScheduleInYear('2026年6月底前', 2025)).toMatchObject({ deadline: '2026-06-30', yearAssumed: false });
    expect(parseScheduleInYear('2025—2027年', 2024)).toMatchObject({ deadline: '2027-12-31', yearAssumed: false });
  });

  test('without a year the same phrases are ambiguous, as parseSchedule reads them', () => {
    expect(parseScheduleInYear('10月底前', undefined)).toMatchObject({
      deadline: null,
      ambiguous: true,
      yearAssumed: false,
    });
    expect(parseSchedule('第三季度')).toMatchObject({ deadline: null, ambiguous: true });
  });
});

describe('parseSchedule: not understood', () => {
  test.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['尽快', 'no time named'],
    ['按要求推进', 'no time named'],
    ['2016年2月30日', 'no such day'],
    ['2015年2月29日前', 'not a leap year'],
    ['2016年13月底', 'no 13th month'],
    ['2016年第5季度', 'no fifth quarter'],
    ['2016年4月31日', 'April has 30 days'],
    ['2016.2.30', 'no such day'],
    ['二〇一六年二月三十日前', 'no such day, in Chinese digits'],
    ['2016', 'a bare number'],
    ['2016年起', 'a start, not a deadline'],
  ])('%j (%s) has no deadline and is not recognized', (text) => {
    const info = parseSchedule(text);
    expect(info.deadline).toBeNull();
    expect(info.recognized).toBe(false);
    expect(info.ambiguous).toBe(false);
  });

  test('an invalid date beside an ongoing phrase still gives no deadline', () => {
    expect(parseSchedule('2016年2月30日前出台，持续实施')).toEqual({
      deadline: null,
      ongoing: true,
      deliverable: '出台',
      recognized: false,
      ambiguous: false,
    });
  });

  test('a non-string input is treated as empty', () => {
    expect(parseSchedule(42 as unknown as string)).toEqual(NONE);
  });
});

describe('parseSchedule: properties', () => {
  const scheduleAlphabet = fc.constantFrom(
    ...'0123456789０１２〇零一二三四五六七八九十两年月日号底末前后以之内上下半季度第旬初中起至到—-~～./ 。，持续实施长期《》个'.split(
      '',
    ),
  );
  const anyText = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: scheduleAlphabet, maxLength: 40 }),
  );

  test('never throws and always returns a valid ScheduleInfo', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const info = parseSchedule(text);
        return ScheduleInfoSchema.safeParse(info).success;
      }),
      { numRuns: 2000 },
    );
  });

  test('ambiguous means no deadline and not recognized; recognized means a deadline or ongoing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const info = parseSchedule(text);
        if (info.ambiguous && (info.deadline !== null || info.recognized)) return false;
        if (info.recognized && info.deadline === null && !info.ongoing) return false;
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  test('a written date in any form gives that day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          return [`${y}年${m}月${d}日前`, `${y}.${m}.${d}`, `${y}/${m}/${d}`, iso].every(
            (text) => parseSchedule(text).deadline === iso,
          );
        },
      ),
    );
  });
});
