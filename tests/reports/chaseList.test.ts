import { describe, expect, it, test } from 'vitest';
import { chaseList, chineseDate } from '../../src/reports';
import { ROUND } from './seedLedger';

const AGENCIES = ['市教育局', '市人力资源和社会保障局', '市财政局', '市残联'];

describe('chaseList', () => {
  it('before the due date: answered, and the others still have time', () => {
    const list = chaseList(ROUND, AGENCIES, new Map([['市教育局', '2026-11-20']]), '2026-11-22');
    expect(list.answered).toEqual([{ agency: '市教育局', date: '2026-11-20', late: false }]);
    expect(list.late).toEqual([]);
    expect(list.notYet).toEqual(['市人力资源和社会保障局', '市财政局', '市残联']);
    expect(list.text).toBe(
      '【提醒】2026年11月重点任务进展情况请于2026年11月25日前报送。以下3个单位尚未报送：\n1. 市人力资源和社会保障局\n2. 市财政局\n3. 市残联',
    );
  });

  it('after the due date: who is late and by how many days, and the 催报 text', () => {
    const answered = new Map([
      ['市教育局', '2026-11-20'],
      ['市人社局', '2026-11-27'],
    ]);
    const list = chaseList(ROUND, AGENCIES, answered, '2026-11-28');
    expect(list.answered).toEqual([
      { agency: '市教育局', date: '2026-11-20', late: false },
      { agency: '市人力资源和社会保障局', date: '2026-11-27', late: true },
    ]);
    expect(list.late).toEqual([
      { agency: '市财政局', daysLate: 3 },
      { agency: '市残联', daysLate: 3 },
    ]);
    expect(list.notYet).toEqual([]);
    expect(list.text).toBe(
      '【催报】2026年11月重点任务进展情况应于2026年11月25日前报送，已逾期3天。以下2个单位尚未报送，请于收到后尽快报送：\n1. 市财政局\n2. 市残联',
    );
  });

  it('takes a set of agencies when the answer days are unknown', () => {
    const list = chaseList(ROUND, AGENCIES, new Set(AGENCIES), '2026-12-01');
    expect(list.answered.map((a) => [a.agency, a.late])).toEqual(AGENCIES.map((a) => [a, false]));
    expect(list.text).toBe('');
  });

  test.each([
    ['2026-11-25', 0, 4],
    ['2026-11-26', 4, 0],
  ])('on %s, %i late and %i not yet (the due day itself is not late)', (asOf, late, notYet) => {
    const list = chaseList(ROUND, AGENCIES, new Set(), asOf);
    expect([list.late.length, list.notYet.length]).toEqual([late, notYet]);
  });

  it('writes dates the Chinese way', () => {
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
  });
});
