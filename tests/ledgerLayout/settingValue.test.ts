import { describe, expect, it } from 'vitest';
import { settingValue } from '../../src/ledgerLayout/settingValue';

describe('settingValue', () => {
  it('parses JSON text as Office stores it, and takes anything else as it is', () => {
    expect(settingValue('{"id":"k1","secret":"s"}')).toEqual({ id: 'k1', secret: 's' });
    expect(settingValue('"2026年11月"')).toBe('2026年11月');
    expect(settingValue({ id: 'k2' })).toEqual({ id: 'k2' });
    expect(settingValue(undefined)).toBeUndefined();
  });

  it('gives null for text that is not JSON (a damaged setting)', () => {
    expect(settingValue('{"id":')).toBeNull();
    expect(settingValue('密钥')).toBeNull();
  });
});
