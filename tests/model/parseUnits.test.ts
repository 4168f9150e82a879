import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import type { Assignment } from '../../src/model/types';
import { analyzeUnits, parseUnits } from '../../src/model/parseUnits';

const lead = (agency: string): Assignment => ({ agency, role: 'lead' });
const support = (agency: string): Assignment => ({ agency, role: 'support' });
const joint = (agency: string): Assignment => ({ agency, role: 'joint' });

const 人社 = '市人力资源和社会保障局';
const 发改 = '市发展改革委';
const 经信 = '市经济和信息化委';
const 人行 = '人行广元市中心支行';

describe('parseUnits: roles', () => {
  test.each<[string, Assignment[]]>([
    ['X局牵头，Y局、Z局等配合', [lead('X局'), support('Y局'), support('Z局')]],
    ['X局、Y局牵头', [lead('X局'), lead('Y局')]],
    ['X局、Y局牵头，Z局配合', [lead('X局'), lead('Y局'), support('Z局')]],
    ['X局负责，Y局配合', [lead('X局'), support('Y局')]],
    ['X局牵头', [lead('X局')]],
    ['X局牵头负责', [lead('X局')]],
    ['X局、Y局、Z局', [joint('X局'), joint('Y局'), joint('Z局')]],
    ['X局，Y局；Z局', [joint('X局'), joint('Y局'), joint('Z局')]],
    ['X局;Y局,Z局', [joint('X局'), joint('Y局'), joint('Z局')]],
    ['X局/Y局', [joint('X局'), joint('Y局')]],
    ['X局和Y局', [joint('X局'), joint('Y局')]],
    ['X局及Y局', [joint('X局'), joint('Y局')]],
    ['X局 Y局', [joint('X局'), joint('Y局')]],
    ['X局\nY局', [joint('X局'), joint('Y局')]],
    ['X局\r\nY局牵头\nZ局配合', [lead('X局'), lead('Y局'), support('Z局')]],
    ['X局牵头\nY局、Z局配合', [lead('X局'), support('Y局'), support('Z局')]],
    ['X局、Y局配合', [support('X局'), support('Y局')]],
    ['X局、Y局等配合', [support('X局'), support('Y局')]],
    ['X局负责', [joint('X局')]],
    ['X局、Y局共同负责', [joint('X局'), joint('Y局')]],
    ['X局、Y局按职责分工负责', [joint('X局'), joint('Y局')]],
    ['X局、Y局分别牵头', [lead('X局'), lead('Y局')]],
    ['由X局牵头，Y局配合', [lead('X局'), support('Y局')]],
    ['X局牵头Y局配合', [lead('X局'), support('Y局')]],
    ['X局牵头、Y局配合', [lead('X局'), support('Y局')]],
    ['X局牵头，Y局协助', [lead('X局'), support('Y局')]],
    ['X局牵头，Y局参与', [lead('X局'), support('Y局')]],
    // With a lead named, the units written without a marker support it.
    ['X局牵头，Y局、Z局', [lead('X局'), support('Y局'), support('Z局')]],
    // Beside a named lead, 按职责分工负责 / 分别负责 units support it: `joint` means no lead is named.
    ['X局牵头，Y局、Z局按职责分工负责', [lead('X局'), support('Y局'), support('Z局')]],
    ['X局牵头，Y局、Z局分别负责', [lead('X局'), support('Y局'), support('Z局')]],
    ['X局牵头，Y局、Z局共同负责', [lead('X局'), support('Y局'), support('Z局')]],
    // 落实 / 组织实施 after a list mark who carries the task out, like 负责; never part of the name.
    ['X局牵头；Y局配合；Z局落实', [lead('X局'), support('Y局'), support('Z局')]],
    ['X局、Y局组织实施', [joint('X局'), joint('Y局')]],
    ['X局牵头，Y局抓好落实', [lead('X局'), support('Y局')]],
    ['X局落实，Y局配合', [lead('X局'), support('Y局')]],
    ['市落实办、Y局', [joint('市落实办'), joint('Y局')]],
    // Per-agency annotations in brackets.
    ['X局（牵头）、Y局、Z局', [lead('X局'), support('Y局'), support('Z局')]],
    ['X局(牵头)、Y局(配合)', [lead('X局'), support('Y局')]],
  ])('%j', (text, expected) => {
    expect(parseUnits(text)).toEqual(expected);
  });
});

describe('parseUnits: labels and inline brackets', () => {
  test.each<[string, Assignment[]]>([
    ['（X局牵头，Y局配合）', [lead('X局'), support('Y局')]],
    ['(X局牵头,Y局配合)', [lead('X局'), support('Y局')]],
    ['(牵头单位:X局;责任单位:Y局)', [lead('X局'), support('Y局')]],
    ['（牵头单位：X局；责任单位：Y局、Z局）', [lead('X局'), support('Y局'), support('Z局')]],
    ['牵头单位：X局；配合单位：Y局、Z局', [lead('X局'), support('Y局'), support('Z局')]],
    ['牵头单位:X局;配合单位:Y局,Z局', [lead('X局'), support('Y局'), support('Z局')]],
    ['牵头单位：X局 配合单位：Y局', [lead('X局'), support('Y局')]],
    ['责任单位：X局', [joint('X局')]],
    ['责任单位：X局、Y局', [joint('X局'), joint('Y局')]],
    ['责任单位：X局；配合单位：Y局', [lead('X局'), support('Y局')]],
    ['牵头部门：X局；配合部门：Y局', [lead('X局'), support('Y局')]],
    ['责任单位：X局牵头，Y局配合', [lead('X局'), support('Y局')]],
    ['((X局牵头，Y局配合))', [lead('X局'), support('Y局')]],
  ])('%j', (text, expected) => {
    expect(parseUnits(text)).toEqual(expected);
  });
});

describe('parseUnits: collectives and compounds', () => {
  test.each<[string, Assignment[]]>([
    ['各县区人民政府', [joint('各县区人民政府')]],
    ['市级有关部门', [joint('市级有关部门')]],
    ['市级各行业主管部门', [joint('市级各行业主管部门')]],
    ['市和县区人民政府', [joint('市人民政府'), joint('各县区人民政府')]],
    ['各县区人民政府和市级有关部门', [joint('各县区人民政府'), joint('市级有关部门')]],
    ['市级有关部门及各县区人民政府', [joint('市级有关部门'), joint('各县区人民政府')]],
    // 和 inside a name never splits it.
    [人社, [joint(人社)]],
    ['市经济和信息化委', [joint(经信)]],
    ['市扶贫和移民局', [joint('市扶贫和移民局')]],
    ['市发展和改革委员会', [joint(发改)]],
    ['市住房和城乡建设局、市文化和旅游局', [joint('市住房和城乡建设局'), joint('市文化和旅游局')]],
    ['X局、Y局等部门和各县区人民政府配合', [support('X局'), support('Y局'), support('各县区人民政府')]],
    ['X局等单位和各县区人民政府', [joint('X局'), joint('各县区人民政府')]],
    // 、 inside a compound name, or inside brackets, never splits it.
    ['各县、市、区政府', [joint('各县、市、区政府')]],
    ['各县、市、区政府，市教育局', [joint('各县、市、区政府'), joint('市教育局')]],
    ['相关县（市、区）政府', [joint('相关县（市、区）政府')]],
    ['相关县(市、区)政府、市教育局', [joint('相关县（市、区）政府'), joint('市教育局')]],
    ['省市场监管局（省知识产权局）', [joint('省市场监管局（省知识产权局）')]],
    ['省市场监管局（省知识产权局）牵头，市教育局配合', [lead('省市场监管局（省知识产权局）'), support('市教育局')]],
    ['省市场监管局（省知识产权局）和市教育局', [joint('省市场监管局（省知识产权局）'), joint('市教育局')]],
    // A name may begin with 和 (和平区).
    ['和平区人民政府、市教育局', [joint('和平区人民政府'), joint('市教育局')]],
    // 等 inside a name is part of it.
    ['市中等职业学校、市教育局', [joint('市中等职业学校'), joint('市教育局')]],
  ])('%j', (text, expected) => {
    expect(parseUnits(text)).toEqual(expected);
  });
});

describe('parseUnits: normalisation and duplicates', () => {
  test.each<[string, Assignment[]]>([
    ['市人社局牵头，市发改委、市经信委配合', [lead(人社), support(发改), support(经信)]],
    ['ＸＹ局、Ｚ局', [joint('XY局'), joint('Z局')]],
    ['市 教育局 牵头', [lead('市教育局')]],
    ['市教育局、市教育局', [joint('市教育局')]],
    // The strongest role wins; the position is where the agency first appears.
    ['市财政局配合，市教育局、市财政局牵头', [lead('市财政局'), lead('市教育局')]],
    ['市人社局、市人力资源和社会保障局、市人力资源社会保障局', [joint(人社)]],
    ['人行广元中心支行、人民银行广元市中心支行', [joint(人行)]],
  ])('%j', (text, expected) => {
    expect(parseUnits(text)).toEqual(expected);
  });

  it('uses the caller aliases', () => {
    expect(parseUnits('市教体局牵头，市财政局配合', { aliases: { 市教体局: '市教育和体育局' } })).toEqual([
      lead('市教育和体育局'),
      support('市财政局'),
    ]);
  });
});

describe('analyzeUnits: open lists and issues', () => {
  test.each<[string, boolean]>([
    ['X局牵头，Y局、Z局等配合', true],
    ['X局、Y局等', true],
    ['X局等部门和各县区人民政府', true],
    ['X局、Y局', false],
    ['X局牵头', false],
    ['市中等职业学校', false],
  ])('%j open=%s', (text, open) => {
    expect(analyzeUnits(text).open).toBe(open);
  });

  test.each<[string, string[]]>([
    ['', ['units-empty']],
    ['   ', ['units-empty']],
    ['无', ['units-empty']],
    ['牵头', ['units-unparsed']],
    ['，、；', ['units-unparsed']],
    ['X局、——、Y局', ['units-unparsed']],
    ['X局（Y局', ['units-unbalanced-brackets']],
    ['X局牵头，Y局配合', []],
  ])('%j → %j', (text, codes) => {
    expect(analyzeUnits(text).issues.map((issue) => issue.code)).toEqual(codes);
  });

  it('keeps the units it could read beside the junk', () => {
    expect(analyzeUnits('X局、——、Y局').assignments).toEqual([joint('X局'), joint('Y局')]);
  });
});

/** The seed's 负责单位 cells, copied by hand; the last test checks them against the seed file. */
const SEED_UNITS: readonly [number, string, Assignment[], boolean][] = [
  [1, '市教育局、市人力资源和社会保障局', [joint('市教育局'), joint(人社)], false],
  [
    2,
    '市教育局牵头，市发展改革委、市财政局、市人力资源和社会保障局等配合',
    [lead('市教育局'), support(发改), support('市财政局'), support(人社)],
    true,
  ],
  [3, '市教育局牵头', [lead('市教育局')], false],
  [4, '市教育局牵头', [lead('市教育局')], false],
  [
    5,
    '市人力资源和社会保障局牵头，市经济和信息化委、市教育局、市级各行业主管部门等配合',
    [lead(人社), support(经信), support('市教育局'), support('市级各行业主管部门')],
    true,
  ],
  [
    6,
    '市人力资和源社会保障局牵头，市教育局、市发展改革委、市财政局、市农业局、市扶贫和移民局、市残联等配合',
    [
      lead(人社),
      support('市教育局'),
      support(发改),
      support('市财政局'),
      support('市农业局'),
      support('市扶贫和移民局'),
      support('市残联'),
    ],
    true,
  ],
  [
    7,
    '市和县区人民政府，市教育局、市人力资源和社会保障局',
    [joint('市人民政府'), joint('各县区人民政府'), joint('市教育局'), joint(人社)],
    false,
  ],
  [8, '市教育局、市人力资源和社会保障局', [joint('市教育局'), joint(人社)], false],
  [
    9,
    '市教育局牵头，市人力资源和社会保障局、市委编办、市财政局、市经济和信息化委等配合',
    [lead('市教育局'), support(人社), support('市委编办'), support('市财政局'), support(经信)],
    true,
  ],
  [
    10,
    '市教育局、市发展改革委、市财政局、市人力资源和社会保障局、市经济和信息化委',
    [joint('市教育局'), joint(发改), joint('市财政局'), joint(人社), joint(经信)],
    false,
  ],
  [11, '市教育局', [joint('市教育局')], false],
  [
    12,
    '市经济和信息化委牵头，市教育局、市人力资源和社会保障局、市法制办等配合',
    [lead(经信), support('市教育局'), support(人社), support('市法制办')],
    true,
  ],
  [
    13,
    '市教育局、市人力资源和社会保障局、市经济和信息化委、市发展改革委、市国资委',
    [joint('市教育局'), joint(人社), joint(经信), joint(发改), joint('市国资委')],
    false,
  ],
  [
    14,
    '市财政局牵头，市发展改革委、市教育局、市人力资源和社会保障局等部门和各县区人民政府配合',
    [lead('市财政局'), support(发改), support('市教育局'), support(人社), support('各县区人民政府')],
    true,
  ],
  [15, '市财政局、各县区人民政府', [joint('市财政局'), joint('各县区人民政府')], false],
  [
    16,
    '市财政局、市教育局、市人力资源和社会保障局、人行广元市中心支行、市法制办等部门和各县区人民政府',
    [joint('市财政局'), joint('市教育局'), joint(人社), joint(人行), joint('市法制办'), joint('各县区人民政府')],
    true,
  ],
  [
    17,
    '市教育局牵头，市发展改革委、市财政局、市人力资源和社会保障局、市法制办、市国土资源局、市地税局、市国税局、人行广元市中心支行等配合',
    [
      lead('市教育局'),
      support(发改),
      support('市财政局'),
      support(人社),
      support('市法制办'),
      support('市国土资源局'),
      support('市地税局'),
      support('市国税局'),
      support(人行),
    ],
    true,
  ],
  [
    18,
    '市发展改革委、市经济和信息化委、市教育局、市财政局、市人力资源和社会保障局、市国税局、市地税局、市国资委等部门和各县区人民政府',
    [
      joint(发改),
      joint(经信),
      joint('市教育局'),
      joint('市财政局'),
      joint(人社),
      joint('市国税局'),
      joint('市地税局'),
      joint('市国资委'),
      joint('各县区人民政府'),
    ],
    true,
  ],
  [
    19,
    '市教育局、市发展改革委、市财政局、市人力资源社会保障局',
    [joint('市教育局'), joint(发改), joint('市财政局'), joint(人社)],
    false,
  ],
  [
    20,
    '市财政局、市教育局、市人力资源和社会保障局、市农业局等',
    [joint('市财政局'), joint('市教育局'), joint(人社), joint('市农业局')],
    true,
  ],
  [21, '市人力资源和社会保障局、市教育局', [joint(人社), joint('市教育局')], false],
  [22, '各县区人民政府和市级有关部门', [joint('各县区人民政府'), joint('市级有关部门')], false],
  [23, '市教育局牵头', [lead('市教育局')], false],
  [24, '市教育局、市人力资源和社会保障局', [joint('市教育局'), joint(人社)], false],
];

describe('parseUnits: the seed, task by task', () => {
  test.each(SEED_UNITS)('task %i: %s', (_no, text, expected, open) => {
    const analysis = analyzeUnits(text);
    expect(analysis.assignments).toEqual(expected);
    expect(analysis.open).toBe(open);
    expect(analysis.issues).toEqual([]);
  });

  it('copies the seed cells exactly', () => {
    const seed = readFileSync(
      new URL('../../seeds/guangyuan-vocational-education-key-tasks-2015.txt', import.meta.url),
      'utf8',
    );
    const cells = seed
      .replace(/\r\n/g, '\n')
      .split(/\n\s*\n/)
      .map((row) =>
        row
          .split('\n')
          .map((cell) => cell.trim())
          .filter((cell) => cell !== ''),
      )
      .filter((row) => /^\d+$/.test(row[0] ?? ''))
      .map((row) => [Number(row[0]), row[2]]);
    expect(cells).toEqual(SEED_UNITS.map(([no, text]) => [no, text]));
  });
});

describe('parseUnits: properties', () => {
  const unitsAlphabet = fc.constantFrom(
    '市',
    '局',
    '委',
    '和',
    '等',
    '部门',
    '牵头',
    '配合',
    '负责',
    '、',
    '，',
    ',',
    ';',
    '；',
    ':',
    '：',
    '(',
    ')',
    '（',
    '）',
    ' ',
    '\n',
    '/',
    '单位',
    '责任单位：',
    '牵头单位:',
    '各县区人民政府',
    '教育',
    'X',
  );
  const unitsText = fc.array(unitsAlphabet, { maxLength: 30 }).map((parts) => parts.join(''));

  it('never throws, and every agency is non-empty and appears once', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), unitsText), (text) => {
        const { assignments, issues } = analyzeUnits(text);
        const names = assignments.map((a) => a.agency);
        for (const name of names) {
          expect(name.trim()).not.toBe('');
          expect(name).toBe(name.trim());
        }
        expect(new Set(names).size).toBe(names.length);
        for (const issue of issues) expect(issue.code).toMatch(/^units-/);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on untyped input', () => {
    expect(parseUnits(undefined as unknown as string)).toEqual([]);
    expect(parseUnits(42 as unknown as string)).toEqual([]);
  });

  // Results on long hostile cells; the time (ratios, side by side) is in bench/worstCase.bench.ts and
  // tests/model/linearity.slow.test.ts. The space runs are long enough that the old scanner, which re-trimmed
  // the piece at every space, ran for minutes (21 s at 100,000 spaces) and failed by the suite's timeout.
  const N = 400_000;
  test.each<[string, () => string, Assignment[], string[]]>([
    ['市教育局、 × 10,000', () => '市教育局、'.repeat(10_000), [joint('市教育局')], []],
    ['和 × 50,000', () => '和'.repeat(50_000), [joint('和'.repeat(50_000))], []],
    ['balanced brackets × 25,000', () => '（'.repeat(25_000) + '）'.repeat(25_000), [], ['units-unparsed']],
    ['（ without ）', () => '（'.repeat(N), [], ['units-unbalanced-brackets', 'units-unparsed']],
    ['等 × 50,000', () => '等'.repeat(50_000), [], ['units-unparsed']],
    ['、 run', () => '、'.repeat(N), [], ['units-unparsed']],
    ['牵头 clauses', () => `${人社}牵头，`.repeat(3_600), [lead(人社)], []],
    ['X and a space, repeated', () => 'X '.repeat(25_000), [joint('X'.repeat(25_000))], []],
    [
      '市教育局 + spaces + 市财政局 (the paste of issue 12)',
      () => '市教育局' + ' '.repeat(N) + '市财政局',
      [joint('市教育局'), joint('市财政局')],
      [],
    ],
    ['an incomplete name + spaces', () => 'a' + ' '.repeat(N) + 'b', [joint('ab')], []],
    [
      'leading spaces, then names split by single spaces',
      () => ' '.repeat(N) + '市教育局 '.repeat(1_000),
      [joint('市教育局')],
      [],
    ],
    [
      'full-width spaces between marked lists',
      () => '市教育局牵头' + '\u3000'.repeat(N) + '市财政局配合',
      [lead('市教育局'), support('市财政局')],
      [],
    ],
    [
      '（牵头 never closed, then spaces',
      () => '市教育局（牵头' + ' '.repeat(N),
      [lead('市教育局（')],
      ['units-unbalanced-brackets'],
    ],
    ['digits after a name', () => '市教育局、' + '1'.repeat(N), [joint('市教育局')], ['units-unparsed']],
    ['牵头 × 200,000: issues stop at 20', () => '牵头'.repeat(200_000), [], Array<string>(20).fill('units-unparsed')],
  ])('long hostile cell: %s', (_name, make, assignments, codes) => {
    const result = analyzeUnits(make());
    expect(result.assignments).toEqual(assignments);
    expect(result.issues.map((i) => i.code)).toEqual(codes);
  });
});

describe('parseUnits: 各乡镇 is a whole collective, not a fragment of the next name', () => {
  it('keeps 各乡镇 and the name after it apart', () => {
    expect(parseUnits('县投资促进中心牵头，各乡镇、县经济开发区管委会配合')).toEqual([
      { agency: '县投资促进中心', role: 'lead' },
      { agency: '各乡镇', role: 'support' },
      { agency: '县经济开发区管委会', role: 'support' },
    ]);
  });
});
