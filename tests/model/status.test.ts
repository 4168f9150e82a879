import { describe, expect, test } from 'vitest';
import { isDone, normalizeStatus, STATUS_ALIASES } from '../../src/model/status';
import { STATUSES } from '../../src/model/types';

describe('normalizeStatus', () => {
  test.each([
    ['已完成', '已完成'],
    ['已办结', '已完成'],
    ['完成', '已完成'],
    ['办结', '已完成'],
    ['已落实', '已完成'],
    ['已销号', '已完成'],
    ['推进中', '推进中'],
    ['进行中', '推进中'],
    ['正在办理', '推进中'],
    ['正在推进', '推进中'],
    ['办理中', '推进中'],
    ['在办', '推进中'],
    ['未启动', '未启动'],
    ['未开始', '未启动'],
    ['尚未启动', '未启动'],
    ['滞后', '滞后'],
    ['进度滞后', '滞后'],
    ['延期', '滞后'],
  ])('Chinese %s → %s', (input, status) => {
    expect(normalizeStatus(input)).toBe(status);
  });

  test.each([
    ['not started', '未启动'],
    ['Not Started', '未启动'],
    ['not_started', '未启动'],
    ['not-started', '未启动'],
    ['todo', '未启动'],
    ['TODO', '未启动'],
    ['in progress', '推进中'],
    ['In  Progress', '推进中'],
    ['in-progress', '推进中'],
    ['ongoing', '推进中'],
    ['doing', '推进中'],
    ['done', '已完成'],
    ['DONE', '已完成'],
    ['completed', '已完成'],
    ['complete', '已完成'],
    ['finished', '已完成'],
    ['behind', '滞后'],
    ['delayed', '滞后'],
    ['late', '滞后'],
  ])('English %j → %s', (input, status) => {
    expect(normalizeStatus(input)).toBe(status);
  });

  test.each([
    ['  已完成  ', '已完成'],
    ['\u3000推进中\u3000', '推进中'],
    ['\t滞后\n', '滞后'],
    ['ＤＯＮＥ', '已完成'],
    ['Ｉｎ　Ｐｒｏｇｒｅｓｓ', '推进中'],
    ['已完成。', '已完成'],
  ])('trims and folds width: %j → %s', (input, status) => {
    expect(normalizeStatus(input)).toBe(status);
  });

  // Words coordinators type into a status column in progress reports (督查通报 wording).
  test.each([
    ['序时推进', '推进中'],
    ['正常推进', '推进中'],
    ['按计划推进', '推进中'],
    ['按序时推进', '推进中'],
    ['落实中', '推进中'],
    ['正在实施', '推进中'],
    ['已经完成', '已完成'],
    ['全面完成', '已完成'],
    ['已全面完成', '已完成'],
    ['已延期', '滞后'],
    ['逾期', '滞后'],
    ['超期', '滞后'],
    ['已 完 成', '已完成'],
    ['推进 中', '推进中'],
  ])('hand-typed %j → %s', (input, status) => {
    expect(normalizeStatus(input)).toBe(status);
  });

  test.each([
    ['empty', ''],
    ['blank', '   '],
    ['null', null],
    ['undefined', undefined],
    ['a number', 1],
    ['an object', { status: '已完成' }],
    ['an unknown word', '差不多'],
    ['a prototype key', 'constructor'],
    ['another prototype key', '__proto__'],
    ['a sentence containing a status', '已完成大部分工作'],
  ])('%s → null', (_label, input) => {
    expect(normalizeStatus(input)).toBeNull();
  });

  test('every canonical status maps to itself', () => {
    expect(STATUSES.map((s) => normalizeStatus(s))).toEqual([...STATUSES]);
  });

  test('every alias key is already in lookup form and names a canonical status', () => {
    for (const [key, status] of Object.entries(STATUS_ALIASES)) {
      expect(normalizeStatus(key)).toBe(status);
      expect(STATUSES).toContain(status);
    }
  });
});

describe('isDone', () => {
  test.each([
    ['已完成', true],
    ['已办结', true],
    [' Done ', true],
    ['completed', true],
    ['推进中', false],
    ['滞后', false],
    ['未启动', false],
    ['', false],
    [null, false],
    [undefined, false],
    ['whatever', false],
  ])('%j → %s', (status, done) => {
    expect(isDone(status)).toBe(done);
  });
});

// Hostile input (issue 12): each input is large enough that the old quadratic regexes took minutes
// (22.7 s at 100,000 spaces), so these fail by the suite's timeout on that code; the ratios are in
// bench/worstCase.bench.ts and tests/model/linearity.slow.test.ts.
describe('normalizeStatus: long runs', () => {
  const N = 400_000;
  test.each<[string, () => string, string | null]>([
    ['a + spaces + b (the report of issue 12)', () => 'a' + ' '.repeat(N) + 'b', null],
    ['spaces then 已完成', () => ' '.repeat(N) + '已完成', '已完成'],
    ['已 + spaces + 完成', () => '已' + ' '.repeat(N) + '完成', '已完成'],
    ['done + spaces + x, never a Chinese character next to them', () => 'done' + ' '.repeat(N) + 'x', null],
    ['full-width spaces inside 已完成', () => '已' + '\u3000'.repeat(N) + '完成', '已完成'],
    ['dots before a word', () => '.'.repeat(N) + 'done', null],
    ['已完成 + full stops', () => '已完成' + '。'.repeat(N), '已完成'],
    ['已完成 + dots and spaces', () => '已完成' + '. '.repeat(N / 2), null],
    ['tabs and newlines then done', () => '\t\n'.repeat(N / 2) + 'done', '已完成'],
  ])('%s', (_name, make, expected) => {
    expect(normalizeStatus(make())).toBe(expected);
  });
});
