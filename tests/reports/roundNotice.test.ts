import { expect, test } from 'vitest';
import { chaseList, roundNotice } from '../../src/reports';
import { ROUND } from './seedLedger';

const AGENCIES = ['市教育局', '市人力资源和社会保障局', '市财政局', '市残联'];

test.each([
  [
    'everyone on time',
    new Map(AGENCIES.map((a) => [a, '2026-11-20'])),
    '2026-11-28',
    '截至2026年11月28日，2026年11月重点任务进展填报应报4个单位，已报4个；全部按要求报送。',
  ],
  [
    'late answers and missing ones after the due date',
    new Map([
      ['市教育局', '2026-11-20'],
      ['市财政局', '2026-11-27'],
    ]),
    '2026-11-28',
    '截至2026年11月28日，2026年11月重点任务进展填报应报4个单位，已报2个（按时1个，逾期报送1个：市财政局）；未报2个（已逾期）：市人力资源和社会保障局、市残联。',
  ],
  [
    'missing ones before the due date',
    new Map([['市教育局', '2026-11-20']]),
    '2026-11-21',
    '截至2026年11月21日，2026年11月重点任务进展填报应报4个单位，已报1个；未报3个（截止日期为2026年11月25日）：市人力资源和社会保障局、市财政局、市残联。',
  ],
])('the notice: %s', (_name, answered, asOf, notice) => {
  expect(roundNotice(ROUND, chaseList(ROUND, AGENCIES, answered, asOf), asOf)).toBe(notice);
});
