import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDisplayLanguageGetter } from '../../src/functions/displayLanguage';
import { agencies, lead, normalize, support } from '../../src/functions/functions';
import { longestText } from '../../src/functions/longestText';

// Two agencies whose canonical names (from the user's alias range) are 20,000 characters each: joined, 40,001.
const LONG_A = `${'甲'.repeat(19_999)}局`;
const LONG_B = `${'乙'.repeat(19_999)}局`;
const ALIASES = [
  ['市教育局', LONG_A],
  ['市财政局', LONG_B],
];

beforeEach(() => setDisplayLanguageGetter(() => 'zh-CN'));
afterEach(() => setDisplayLanguageGetter());

describe('text results longer than a cell', () => {
  it('TASKS.LEAD refuses a 40,001-character result with #VALUE! and says why', () => {
    const result = lead('市教育局、市财政局牵头', ALIASES);
    expect(result).toMatchObject({ code: '#VALUE!' });
    expect((result as { message: string }).message).toContain('40001');
    expect((result as { message: string }).message).toContain('32767');
  });

  it('TASKS.SUPPORT refuses the same way', () => {
    expect(support('市人社局牵头，市教育局、市财政局配合', ALIASES)).toMatchObject({ code: '#VALUE!' });
  });

  it('TASKS.AGENCIES refuses a spill holding a cell over the limit, as a 1×1 error', () => {
    const long = `${'丙'.repeat(33_000)}局`;
    const result = agencies([['市教育局牵头']], undefined, [['市教育局', long]]);
    expect(result).toHaveLength(1);
    expect(result[0]?.[0]).toMatchObject({ code: '#VALUE!' });
  });

  it('TASKS.NORMALIZE refuses a canonical name over the limit, in English too', () => {
    setDisplayLanguageGetter(() => 'en-US');
    const result = normalize('市教育局', [['市教育局', `${'丁'.repeat(32_767)}局`]]);
    expect(result).toMatchObject({ code: '#VALUE!' });
    expect((result as { message: string }).message).toContain("over Excel's limit of 32767");
  });

  it('results at the limit pass unchanged', () => {
    const exact = `${'戊'.repeat(32_766)}局`;
    expect(normalize('市教育局', [['市教育局', exact]])).toBe(exact);
  });
});

describe('longestText', () => {
  it.each([
    ['abc', 3],
    [[['ab'], ['abcd']], 4],
    [[['a', 'abcde']], 5],
    [42, 0],
    [true, 0],
  ])('%j → %d', (value, expected) => {
    expect(longestText(value)).toBe(expected);
  });
});
