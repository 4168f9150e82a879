import { describe, expect, it, test } from 'vitest';
import { warningLevel, warningLight, warningPresetOf, type WarningRule } from '../../src/model/warningRule';

const RGY: WarningRule = { preset: '红黄绿', dueSoonDays: 7, laggingCounts: false };
const RGY_LATE: WarningRule = { preset: '红黄绿', dueSoonDays: 7, laggingCounts: true };
const BYR: WarningRule = { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: true };
const BYR_DATES: WarningRule = { preset: '蓝黄红', dueSoonDays: 3, laggingCounts: false };
const AS_OF = '2026-11-29';

describe('warningLevel', () => {
  test.each([
    // deadline, status, rule, level
    ['2026-11-28', '推进中', RGY, 'overdue'],
    ['2026-11-28', '已办结', RGY, 'done'],
    ['2026-11-29', '推进中', RGY, 'dueSoon'],
    ['2026-12-06', '推进中', RGY, 'dueSoon'],
    ['2026-12-07', '推进中', RGY, 'onTrack'],
    ['2026-12-31', '滞后', RGY, 'onTrack'],
    ['2026-12-31', '滞后', RGY_LATE, 'lagging'],
    ['2026-12-01', '滞后', RGY_LATE, 'lagging'],
    ['2026-11-01', '滞后', RGY_LATE, 'overdue'],
    [null, '滞后', RGY_LATE, 'lagging'],
    [null, '滞后', RGY, 'onTrack'],
    [null, '推进中', BYR, 'onTrack'],
    ['2026-12-02', '推进中', BYR_DATES, 'dueSoon'],
    ['2026-12-03', '推进中', BYR_DATES, 'onTrack'],
    ['2026-12-03', 'delayed', BYR, 'lagging'],
  ] as const)('%s %s → %s', (deadline, status, rule, level) => {
    expect(warningLevel({ deadline, status }, AS_OF, rule)).toBe(level);
  });
});

describe('warningLight', () => {
  test.each([
    ['2026-11-28', '推进中', RGY, 'red'],
    ['2026-12-01', '推进中', RGY, 'yellow'],
    ['2026-12-31', '滞后', RGY_LATE, 'red'],
    ['2026-12-31', '推进中', RGY, 'green'],
    ['2026-11-28', '推进中', BYR, 'red'],
    ['2026-12-31', '滞后', BYR, 'yellow'],
    ['2026-12-01', '推进中', BYR, 'blue'],
    ['2026-12-31', '推进中', BYR, 'green'],
    ['2026-11-01', '已完成', BYR, 'green'],
  ] as const)('%s %s (%o) → %s', (deadline, status, rule, light) => {
    expect(warningLight({ deadline, status }, AS_OF, rule)).toBe(light);
  });
});

describe('warningPresetOf', () => {
  it('reads the two presets and refuses anything else', () => {
    expect(warningPresetOf(' 蓝黄红 ')).toBe('蓝黄红');
    expect(warningPresetOf('红黄绿')).toBe('红黄绿');
    expect(warningPresetOf('红绿')).toBeNull();
    expect(warningPresetOf(3)).toBeNull();
  });
});
