// The concept files of the paragraph layouts: numbering, labels, paragraphRows.
import { describe, expect, test } from 'vitest';
import { numberingOf } from '../../src/model/numberingOf';
import { labelsOf, unitsFromLabels } from '../../src/model/labelOf';
import { paragraphRows } from '../../src/model/paragraphRows';

describe('numberingOf', () => {
  test.each([
    ['1.建立制度。', 'arabic', 1, '建立制度。'],
    ['12、推进改造。', 'arabic', 12, '推进改造。'],
    ['（3）健全体系。', 'arabic-paren', 3, '健全体系。'],
    ['(4)开展行动。', 'arabic-paren', 4, '开展行动。'],
    ['三、保障措施', 'chinese', 3, '保障措施'],
    ['（十二）加强领导', 'chinese-paren', 12, '加强领导'],
    ['②完善机制。', 'circled', 2, '完善机制。'],
  ])('%s', (line, style, no, rest) => {
    expect(numberingOf(line)).toMatchObject({ style, no, rest });
  });

  test.each([['1.5亿元项目落地。'], ['2025年底前完成。'], ['建立制度。']])('%s is not numbered', (line) => {
    expect(numberingOf(line)).toBeNull();
  });
});

describe('labelsOf', () => {
  test.each([
    ['牵头单位：市住建局', [{ kind: 'lead', value: '市住建局' }]],
    ['牵头责任单位:市住建局', [{ kind: 'lead', value: '市住建局' }]],
    ['协同责任单位：市财政局、各区政府', [{ kind: 'support', value: '市财政局、各区政府' }]],
    ['承办单位：县水利局', [{ kind: 'responsible', value: '县水利局' }]],
    ['牵头负责领导：张华。', [{ kind: 'leader', value: '张华' }]],
    ['完成时限：2026年底前', [{ kind: 'schedule', value: '2026年底前' }]],
    [
      '(责任单位:市住建局;完成时限:2026年5月底前)',
      [
        { kind: 'responsible', value: '市住建局' },
        { kind: 'schedule', value: '2026年5月底前' },
      ],
    ],
    ['推进老旧小区改造。', []],
  ])('%s', (line, labels) => {
    expect(labelsOf(line)).toEqual(labels);
  });

  test('units labels become one text in the words analyzeUnits reads', () => {
    expect(
      unitsFromLabels([
        { kind: 'lead', value: '市住建局' },
        { kind: 'responsible', value: '市财政局' },
        { kind: 'schedule', value: '年底前' },
      ]),
    ).toBe('牵头单位：市住建局；责任单位：市财政局');
  });
});

describe('paragraphRows', () => {
  test('headings, items with labels, sub-measures joined to their item', () => {
    const layout = paragraphRows([
      '一、设施',
      '1.补短板。',
      '(1)新建管网。',
      '(2)清淤。',
      '(责任单位:市住建局;完成时限:2026年5月底前)',
      '2.提升泵站。',
      '牵头单位：市水务局',
    ]);
    expect(layout).toEqual({
      rows: [
        { cells: ['一、设施'], line: 1 },
        { cells: ['1', '补短板。\n(1)新建管网。\n(2)清淤。', '责任单位：市住建局', '2026年5月底前', ''], line: 2 },
        { cells: ['2', '提升泵站。', '牵头单位：市水务局', '', ''], line: 6 },
      ],
      hasSchedule: true,
    });
  });

  test('a cell-per-line table (bare number lines) is not paragraphs', () => {
    expect(
      paragraphRows(['\t1', '\t任务。', '\t牵头单位：市教育局', '\t2', '\t任务。', '\t牵头单位：市财政局']),
    ).toBeNull();
  });
});
