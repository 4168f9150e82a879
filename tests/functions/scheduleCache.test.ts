import { afterEach, describe, expect, test, it } from 'vitest';
import { clearScheduleCache, scheduleReading, setScheduleCacheEnabled } from '../../src/functions/scheduleCache';

afterEach(() => {
  setScheduleCacheEnabled(true);
  clearScheduleCache();
});

describe('scheduleReading', () => {
  test.each([
    ['2015年8月底前出台具体措施', { deadline: '2015-08-31', ongoing: false, trouble: null }],
    ['2015年8月底前出台具体政策。持续实施。', { deadline: '2015-08-31', ongoing: true, trouble: null }],
    ['持续实施', { deadline: null, ongoing: true, trouble: null }],
    ['2015-8-31', { deadline: '2015-08-31', ongoing: false, trouble: null }],
    ['2016/02/29', { deadline: '2016-02-29', ongoing: false, trouble: null }],
    ['2016年9月前', { deadline: null, ongoing: false, trouble: 'ambiguous' }],
    ['请尽快', { deadline: null, ongoing: false, trouble: 'unreadable' }],
    ['2015-02-29', { deadline: null, ongoing: false, trouble: 'unreadable' }],
  ])('%j → %j', (text, reading) => {
    expect(scheduleReading(text)).toEqual(reading);
  });

  it('reads each text once while the cache is on, every time when off', () => {
    const first = scheduleReading('2015年底前');
    expect(scheduleReading('2015年底前')).toBe(first);
    setScheduleCacheEnabled(false);
    expect(scheduleReading('2015年底前')).not.toBe(first);
    expect(scheduleReading('2015年底前')).toEqual(first);
  });
});
