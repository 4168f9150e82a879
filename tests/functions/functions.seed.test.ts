import { readFileSync } from 'node:fs';
import { describe, expect, test, it } from 'vitest';
import { countByAgency, parseTaskTable } from '../../src/model';
import { agencies, agencyCount, overdueCount } from '../../src/functions/functions';

// The seed's 负责单位 cells as Excel passes TaskLedger[负责单位]: a column of [text] rows.
const seed = parseTaskTable(readFileSync('seeds/guangyuan-vocational-education-key-tasks-2015.txt', 'utf8'));
const units = seed.tasks.map((t) => [t.units]);
const schedules = seed.tasks.map((t) => [t.schedule]);

/**
 * Counted by hand from seeds/guangyuan-vocational-education-key-tasks-2015.txt (tasks 1–24), after normalisation:
 * [agency, lead, support, joint]; "any" is their sum (no seed cell names an agency twice).
 * Lead rows of 市教育局: 2 3 4 9 17 23; support: 5 6 12 14; joint: 1 7 8 10 11 13 16 18 19 20 21 24.
 * 市人力资源和社会保障局 (three spellings, one a typo): lead 5 6; support 2 9 12 14 17;
 * joint 1 7 8 10 13 16 18 19 20 21 24. Task 7 (市和县区人民政府，…) names 市人民政府 and 县区人民政府, which the
 * model's aliases keep apart from 各县区人民政府 (tasks 14 15 16 18 22).
 */
const HAND_COUNTS: readonly [string, number, number, number][] = [
  ['市教育局', 6, 4, 12],
  ['市人力资源和社会保障局', 2, 5, 11],
  ['市财政局', 1, 4, 6],
  ['市发展改革委', 0, 4, 4],
  ['市经济和信息化委', 1, 2, 3],
  ['市法制办', 0, 2, 1],
  ['各县区人民政府', 0, 1, 5],
  ['市国资委', 0, 0, 2],
  ['市农业局', 0, 1, 1],
  ['人行广元市中心支行', 0, 1, 1],
  ['市地税局', 0, 1, 1],
  ['市国税局', 0, 1, 1],
  ['市级各行业主管部门', 0, 1, 0],
  ['市扶贫和移民局', 0, 1, 0],
  ['市残联', 0, 1, 0],
  ['市委编办', 0, 1, 0],
  ['市国土资源局', 0, 1, 0],
  ['市人民政府', 0, 0, 1],
  ['市级有关部门', 0, 0, 1],
];

describe('AGENCYCOUNT over the seed', () => {
  it('reads the 24 tasks', () => {
    expect(units).toHaveLength(24);
  });

  test.each(HAND_COUNTS)('%s: lead %d, support %d, joint %d', (agency, leadCount, supportCount, jointCount) => {
    expect(agencyCount(units, agency, 'lead')).toBe(leadCount);
    expect(agencyCount(units, agency, '配合')).toBe(supportCount);
    expect(agencyCount(units, agency, 'joint')).toBe(jointCount);
    expect(agencyCount(units, agency, null)).toBe(leadCount + supportCount + jointCount);
    expect(agencyCount(units, agency, '全部')).toBe(leadCount + supportCount + jointCount);
  });

  it('counts short forms as their agency', () => {
    expect(agencyCount(units, '市人社局', 'lead')).toBe(2);
    expect(agencyCount(units, '市发改委')).toBe(8);
    expect(agencyCount(units, '市经信委')).toBe(6);
  });

  it('agrees with the model’s countByAgency for every agency', () => {
    const model = countByAgency(seed.tasks);
    expect(model.map((c) => c.agency).sort()).toEqual(HAND_COUNTS.map(([a]) => a).sort());
    for (const c of model) {
      expect([
        c.agency,
        agencyCount(units, c.agency, 'lead'),
        agencyCount(units, c.agency, 'support'),
        agencyCount(units, c.agency, 'joint'),
        agencyCount(units, c.agency),
      ]).toEqual([c.agency, c.lead, c.support, c.joint, c.total]);
    }
  });
});

describe('AGENCIES over the seed', () => {
  it('lists every agency once, in order of first appearance', () => {
    expect(agencies(units).map(([a]) => a)).toEqual([
      '市教育局',
      '市人力资源和社会保障局',
      '市发展改革委',
      '市财政局',
      '市经济和信息化委',
      '市级各行业主管部门',
      '市农业局',
      '市扶贫和移民局',
      '市残联',
      '市人民政府',
      '各县区人民政府',
      '市委编办',
      '市法制办',
      '市国资委',
      '人行广元市中心支行',
      '市国土资源局',
      '市地税局',
      '市国税局',
      '市级有关部门',
    ]);
  });

  it('lists the leads', () => {
    expect(agencies(units, 'lead').map(([a]) => a)).toEqual([
      '市教育局',
      '市人力资源和社会保障局',
      '市经济和信息化委',
      '市财政局',
    ]);
  });
});

describe('OVERDUECOUNT over the seed', () => {
  // Deadlines: 2015-06-30 (task 21), 2015-08-31 (9, 12, 13, 23, 24), 2015-12-31 (2, 14, 17); the rest ongoing.
  const blank = seed.tasks.map(() => [null]);
  test.each([
    [42185, 0], // 2015-06-30
    [42186, 1], // 2015-07-01
    [42248, 6], // 2015-09-01
    [42370, 9], // 2016-01-01
  ])('as of serial %d: %d overdue', (asOf, expected) => {
    expect(overdueCount(schedules, blank, asOf)).toBe(expected);
  });

  it('counts per lead agency', () => {
    expect(overdueCount(schedules, blank, 42370, units, '市教育局', 'lead')).toBe(4); // 2, 9, 17, 23
    expect(overdueCount(schedules, blank, 42370, units, '市财政局', 'lead')).toBe(1); // 14
    expect(overdueCount(schedules, blank, 42370, units, '市经济和信息化委', 'lead')).toBe(1); // 12
  });
});
