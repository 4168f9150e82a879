import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { findLikelyTypos } from '../../src/model/findLikelyTypos';

const 人社 = '市人力资源和社会保障局';

/** Occurrences from names, one per line in order. */
function occurrences(...names: string[]): { agency: string; line: number }[] {
  return names.map((agency, index) => ({ agency, line: index + 1 }));
}

describe('findLikelyTypos: reported', () => {
  test.each<[string, string[], { agency: string; similarTo: string; line: number }[]]>([
    [
      'two characters swapped (the seed typo)',
      [人社, 人社, '市人力资和源社会保障局'],
      [{ agency: '市人力资和源社会保障局', similarTo: 人社, line: 3 }],
    ],
    [
      'one character missing',
      [人社, '市人力资源社会保障局', 人社],
      [{ agency: '市人力资源社会保障局', similarTo: 人社, line: 2 }],
    ],
    [
      'one character extra',
      ['市经济和信息化委', '市经济和信息化化委', '市经济和信息化委'],
      [{ agency: '市经济和信息化化委', similarTo: '市经济和信息化委', line: 2 }],
    ],
    [
      'one character wrong',
      ['人行广元市中心支行', '人行广元市中心支行', '人行广远市中心支行'],
      [{ agency: '人行广远市中心支行', similarTo: '人行广元市中心支行', line: 3 }],
    ],
    [
      'two edits in a long name',
      [人社, 人社, '市人力资原和社会保证局'],
      [{ agency: '市人力资原和社会保证局', similarTo: 人社, line: 3 }],
    ],
    [
      'the closest of several frequent names wins',
      ['市国土资源局', '市国土资源局', '市水土资源局', '市水土资源局', '市国土资源局', '市国土贫源局'],
      [{ agency: '市国土贫源局', similarTo: '市国土资源局', line: 6 }],
    ],
    [
      'results come in line order',
      [
        '市委宣传部门',
        '市委宣传部门',
        '人行广元市中心支行',
        '人行广元市中心支行',
        '人行广源市中心支行',
        '市委宣转部门',
      ],
      [
        { agency: '人行广源市中心支行', similarTo: '人行广元市中心支行', line: 5 },
        { agency: '市委宣转部门', similarTo: '市委宣传部门', line: 6 },
      ],
    ],
  ])('%s', (_title, names, expected) => {
    expect(findLikelyTypos(occurrences(...names))).toEqual(expected);
  });
});

describe('findLikelyTypos: not reported', () => {
  test.each<[string, string[]]>([
    ['the similar name occurs only once', [人社, '市人力资和源社会保障局']],
    ['the odd name occurs twice too', [人社, 人社, '市人力资和源社会保障局', '市人力资和源社会保障局']],
    ['short names that differ by one character are distinct agencies', ['市财政局', '市财政局', '市民政局']],
    ['a different level (first character)', ['市发展改革委', '市发展改革委', '省发展改革委']],
    ['a different kind of body (last character)', ['市教育和体育局', '市教育和体育局', '市教育和体育委']],
    ['a collective and its members', ['各县区人民政府', '各县区人民政府', '县区人民政府']],
    ['three edits apart', [人社, 人社, '市人力资原和社会保证厅局']],
    ['identical names', [人社, 人社, 人社]],
    ['no input', []],
  ])('%s', (_title, names) => {
    expect(findLikelyTypos(occurrences(...names))).toEqual([]);
  });
});

describe('findLikelyTypos: properties and scale', () => {
  it('only reports names that occur once, against names that occur at least twice', () => {
    const name = fc.stringMatching(/^市[甲乙丙丁]{4,10}局$/);
    fc.assert(
      fc.property(fc.array(name, { maxLength: 40 }), (names) => {
        const counts = new Map<string, number>();
        for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
        for (const typo of findLikelyTypos(occurrences(...names))) {
          expect(counts.get(typo.agency)).toBe(1);
          expect(counts.get(typo.similarTo) ?? 0).toBeGreaterThanOrEqual(2);
          expect(Math.abs(typo.agency.length - typo.similarTo.length)).toBeLessThanOrEqual(1);
          expect(names[typo.line - 1]).toBe(typo.agency);
        }
      }),
    );
  });

  it('10,000 distinct names of one length: the few typos are the single x-names', () => {
    const names: string[] = [];
    for (let k = 0; k < 10_000; k++) {
      const n = k.toString(36).padStart(4, '0');
      names.push(`市${n}局`, `市${n}局`, `市${n.split('').reverse().join('')}x局`);
    }
    // The time is in bench/worstCase.bench.ts; here the result: the few typos are single `…x局` names one edit
    // from a frequent one (`市0000x局` beside `市0000局`).
    const typos = findLikelyTypos(occurrences(...names));
    expect(typos).toContainEqual({ agency: '市0000x局', similarTo: '市0000局', line: 3 });
    expect(typos.length).toBeLessThan(20);
    for (const t of typos) expect(t.agency).toMatch(/^市[0-9a-z]{4}x局$/); // a name written once, never a frequent one
  });

  it('finds the seed typo in a large table', () => {
    const names = occurrences(...Array.from({ length: 10_000 }, (_, k) => (k % 2 === 0 ? 人社 : '市教育局')));
    names.push({ agency: '市人力资和源社会保障局', line: 10_001 });
    expect(findLikelyTypos(names)).toEqual([{ agency: '市人力资和源社会保障局', similarTo: 人社, line: 10_001 }]);
  });
});
