import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { BUILTIN_AGENCY_ALIASES, cleanAgencyName, normalizeAgency } from '../../src/model/normalizeAgency';

describe('normalizeAgency: spelling cleanup', () => {
  test.each([
    ['  市教育局  ', '市教育局'],
    ['市 教 育 局', '市教育局'],
    ['市\u3000财政局', '市财政局'],
    ['\t市财政局\n', '市财政局'],
    ['市农业局等', '市农业局'],
    ['市农业局等部门', '市农业局'],
    ['市农业局等单位', '市农业局'],
    ['市农业局等有关部门', '市农业局'],
    ['市农业局等、', '市农业局'],
    ['、市农业局；', '市农业局'],
    ['市第１中学', '市第1中学'],
    ['ＡＢＣ公司', 'ABC公司'],
    ['相关县(市、区)政府', '相关县（市、区）政府'],
    ['省市场监管局（省知识产权局）', '省市场监管局（省知识产权局）'],
    ['省市场监管局(省知识产权局)', '省市场监管局（省知识产权局）'],
    ['市中等职业学校', '市中等职业学校'],
    ['市级有关部门', '市级有关部门'],
    ['等', ''],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeAgency(input)).toBe(expected);
  });
});

describe('normalizeAgency: built-in aliases', () => {
  test.each([
    ['市人力资和源社会保障局', '市人力资源和社会保障局'],
    ['市人力资源社会保障局', '市人力资源和社会保障局'],
    ['市人社局', '市人力资源和社会保障局'],
    ['市人力资源和社会保障局', '市人力资源和社会保障局'],
    ['市发改委', '市发展改革委'],
    ['市发展和改革委员会', '市发展改革委'],
    ['市发展改革委员会', '市发展改革委'],
    ['市发展改革委', '市发展改革委'],
    ['市经信委', '市经济和信息化委'],
    ['市经济和信息化委员会', '市经济和信息化委'],
    ['市经信局', '市经济和信息化委'],
    ['市经济和信息化委', '市经济和信息化委'],
    ['人行广元中心支行', '人行广元市中心支行'],
    ['人民银行广元市中心支行', '人行广元市中心支行'],
    ['中国人民银行广元市中心支行', '人行广元市中心支行'],
    ['人行广元市中心支行', '人行广元市中心支行'],
    ['市编办', '市委编办'],
    ['市委编办', '市委编办'],
    ['市政府', '市人民政府'],
    ['各县区政府', '各县区人民政府'],
    ['各县(区)人民政府', '各县区人民政府'],
    ['市级相关部门', '市级有关部门'],
    ['市残疾人联合会', '市残联'],
    ['市扶贫移民局', '市扶贫和移民局'],
    [' 市人社局等 ', '市人力资源和社会保障局'],
    ['市 发改委', '市发展改革委'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeAgency(input)).toBe(expected);
  });

  test.each([
    // Distinct agencies, even when the names are close, are never merged.
    ['市教育局'],
    ['市教体局'],
    ['市财政局'],
    ['市农业局'],
    ['市农业农村局'],
    ['省发展改革委'],
    // Object.prototype names are names, not table entries.
    ['toString'],
    ['__proto__'],
  ])('%s stays itself', (name) => {
    expect(normalizeAgency(name)).toBe(name);
  });

  it('maps every canonical name to itself (idempotent)', () => {
    for (const canonical of new Set(Object.values(BUILTIN_AGENCY_ALIASES))) {
      expect(normalizeAgency(canonical)).toBe(canonical);
    }
  });

  it('keys and values of the built-in table are already clean', () => {
    for (const [key, value] of Object.entries(BUILTIN_AGENCY_ALIASES)) {
      expect(cleanAgencyName(key)).toBe(key);
      expect(cleanAgencyName(value)).toBe(value);
      expect(key).not.toBe(value);
    }
  });
});

describe('normalizeAgency: caller aliases', () => {
  test.each<[string, Record<string, string>, string]>([
    // The caller extends the table.
    ['市教体局', { 市教体局: '市教育和体育局' }, '市教育和体育局'],
    // The caller wins over the built-in table.
    ['市发改委', { 市发改委: '市发展和改革委员会' }, '市发展和改革委员会'],
    // Aliases apply after cleanup, on both sides.
    [' 市教体局等 ', { '市 教体局': ' 市教育和体育局 ' }, '市教育和体育局'],
    ['市教体局', { '市教体局(旧)': '市教育和体育局' }, '市教体局'],
    // Built-ins still apply where the caller says nothing.
    ['市人社局', { 市教体局: '市教育和体育局' }, '市人力资源和社会保障局'],
    // The caller's result is final: no second hop through the built-in table.
    ['市发展改革委', { 市发展改革委: '市发展和改革委员会' }, '市发展和改革委员会'],
  ])('%s with %j → %s', (input, aliases, expected) => {
    expect(normalizeAgency(input, aliases)).toBe(expected);
  });

  it('sees a changed alias table (no stale cache across tables)', () => {
    expect(normalizeAgency('甲', { 甲: '乙' })).toBe('乙');
    expect(normalizeAgency('甲', { 甲: '丙' })).toBe('丙');
  });
});

describe('normalizeAgency: properties', () => {
  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.constantFrom('toString', '__proto__', 'constructor', 'hasOwnProperty'),
        ),
        (s) => {
          const once = normalizeAgency(s);
          expect(normalizeAgency(once)).toBe(once);
          expect(once).toBe(once.trim());
        },
      ),
    );
  });

  it('returns a string for non-string input from untyped callers', () => {
    expect(normalizeAgency(undefined as unknown as string)).toBe('');
  });
});

describe('the county/district governments', () => {
  test.each(['县区人民政府', '县区政府', '各县区政府', '各县（区）人民政府'])('%s is 各县区人民政府', (name) => {
    expect(normalizeAgency(name)).toBe('各县区人民政府');
  });
});
