import { afterEach, describe, expect, it } from 'vitest';
import {
  clearUnitsCache,
  setUnitsCacheEnabled,
  UNITS_CACHE_CAPACITY,
  unitsCacheSize,
  unitsEntry,
} from '../../src/functions/unitsCache';

afterEach(() => {
  setUnitsCacheEnabled(true);
  clearUnitsCache();
});

describe('unitsCache', () => {
  it('parses a cell once and answers roles by normalised agency', () => {
    const first = unitsEntry('市教育局牵头，市人社局等配合');
    expect(unitsEntry('市教育局牵头，市人社局等配合')).toBe(first);
    expect(first.roles.get('市教育局')).toBe(1);
    expect(first.roles.get('市人力资源和社会保障局')).toBe(2);
    expect(unitsCacheSize()).toBe(1);
  });

  it(`holds at most ${UNITS_CACHE_CAPACITY} cell texts`, () => {
    expect(UNITS_CACHE_CAPACITY).toBe(50_000);
    for (let i = 0; i < UNITS_CACHE_CAPACITY + 500; i++) unitsEntry(`单位${i}`);
    expect(unitsCacheSize()).toBe(UNITS_CACHE_CAPACITY);
    // The newest texts are kept, the oldest evicted.
    const newest = unitsEntry(`单位${UNITS_CACHE_CAPACITY + 499}`);
    expect(unitsEntry(`单位${UNITS_CACHE_CAPACITY + 499}`)).toBe(newest);
    expect(unitsCacheSize()).toBe(UNITS_CACHE_CAPACITY);
  });

  it('can be switched off (the bench compares both) and parses every time then', () => {
    unitsEntry('市教育局');
    setUnitsCacheEnabled(false);
    expect(unitsCacheSize()).toBe(0);
    const a = unitsEntry('市教育局');
    expect(unitsEntry('市教育局')).not.toBe(a);
    expect(unitsEntry('市教育局')).toEqual(a);
    expect(unitsCacheSize()).toBe(0);
  });
});
