import { describe, expect, test } from 'vitest';
import { daysLeft, isOverdue, trafficLight } from '../../src/model/overdue';
import type { IsoDate, Light } from '../../src/model/types';

describe('daysLeft', () => {
  test.each([
    ['2015-08-31', '2015-08-25', 6],
    ['2015-08-31', '2015-08-31', 0],
    ['2015-08-31', '2015-09-01', -1],
    ['2015-12-31', '2026-11-29', -3986],
    ['2016-03-01', '2016-02-28', 2],
  ])('deadline %s, as of %s: %i', (deadline, asOf, days) => {
    expect(daysLeft(deadline, asOf)).toBe(days);
  });
});

describe('isOverdue', () => {
  test.each<[string, IsoDate | null, string | null, IsoDate, boolean]>([
    ['past the deadline, in progress', '2015-08-31', '推进中', '2015-09-01', true],
    ['past the deadline, not started', '2015-08-31', '未启动', '2026-11-29', true],
    ['past the deadline, behind', '2015-08-31', '滞后', '2015-09-01', true],
    ['past the deadline, no status', '2015-08-31', null, '2015-09-01', true],
    ['past the deadline, unknown status', '2015-08-31', '差不多', '2015-09-01', true],
    ['on the deadline day', '2015-08-31', '推进中', '2015-08-31', false],
    ['before the deadline', '2015-08-31', '推进中', '2015-08-30', false],
    ['done is never overdue', '2015-08-31', '已完成', '2026-11-29', false],
    ['done alias is never overdue', '2015-08-31', '已办结', '2026-11-29', false],
    ['done in English is never overdue', '2015-08-31', ' Done ', '2026-11-29', false],
    ['ongoing (no deadline) is never overdue', null, '推进中', '2026-11-29', false],
    ['no deadline and no status', null, null, '2026-11-29', false],
    ['an invalid deadline is not overdue', '2015-02-30', '推进中', '2026-11-29', false],
  ])('%s', (_label, deadline, status, asOf, overdue) => {
    expect(isOverdue({ deadline, status }, asOf)).toBe(overdue);
  });
});

describe('trafficLight', () => {
  test.each<[string, IsoDate | null, string | null, IsoDate, number, Light]>([
    ['done', '2015-08-31', '已完成', '2026-11-29', 7, 'green'],
    ['done before the deadline', '2015-08-31', '已完成', '2015-08-30', 7, 'green'],
    ['overdue', '2015-08-31', '推进中', '2015-09-01', 7, 'red'],
    ['overdue by years', '2015-12-31', '滞后', '2026-11-29', 30, 'red'],
    ['due today', '2015-08-31', '推进中', '2015-08-31', 7, 'yellow'],
    ['due in warnDays days', '2015-08-31', '推进中', '2015-08-24', 7, 'yellow'],
    ['due in warnDays + 1 days', '2015-08-31', '推进中', '2015-08-23', 7, 'green'],
    ['due tomorrow', '2015-08-31', '未启动', '2015-08-30', 7, 'yellow'],
    ['due today with a zero window', '2015-08-31', '推进中', '2015-08-31', 0, 'yellow'],
    ['due tomorrow with a zero window', '2015-08-31', '推进中', '2015-08-30', 0, 'green'],
    ['a negative window never warns', '2015-08-31', '推进中', '2015-08-31', -1, 'green'],
    ['ongoing, no deadline', null, '推进中', '2026-11-29', 7, 'green'],
    ['far from the deadline', '2016-12-31', '推进中', '2015-08-31', 30, 'green'],
  ])('%s → %s', (_label, deadline, status, asOf, warnDays, light) => {
    expect(trafficLight({ deadline, status }, asOf, warnDays)).toBe(light);
  });
});
