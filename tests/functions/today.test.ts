import { afterEach, describe, expect, it } from 'vitest';
import { localIsoDate, setTodayProvider, systemToday, today } from '../../src/functions/today';

afterEach(() => setTodayProvider());

describe('today', () => {
  it('formats the local calendar day', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2016, 1, 29, 0, 0))).toBe('2016-02-29');
  });

  it('reads the system clock by default and an injected one in tests', () => {
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(today()).toBe(systemToday());
    setTodayProvider(() => '2015-09-01');
    expect(today()).toBe('2015-09-01');
  });
});
