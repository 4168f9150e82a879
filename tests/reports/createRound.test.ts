import { expect, it, test } from 'vitest';
import { createRound } from '../../src/reports';
import { ROUND } from './seedLedger';

it('creates a round with a trimmed name and a stable id', () => {
  const a = createRound(' 2026年12月 ', '2026-12-25', '2026-12-01T02:00:00Z', [ROUND]);
  const b = createRound('2026年12月', '2026-12-25', '2026-12-01T02:00:00Z', [ROUND]);
  if (!a.ok) throw new Error(a.problem.code);
  expect(a.round).toMatchObject({ name: '2026年12月', dueDate: '2026-12-25', createdAt: '2026-12-01T02:00:00Z' });
  expect(a.round.id).toMatch(/^r-[0-9a-f]{10}$/);
  expect(a).toEqual(b);
});

test.each([
  ['  ', '2026-12-25', { code: 'empty-name', params: {} }],
  [' 2026年11月 ', '2026-12-25', { code: 'duplicate-name', params: { name: '2026年11月' } }],
  ['2026年12月', '2026-02-30', { code: 'invalid-date', params: { dueDate: '2026-02-30' } }],
  ['2026年12月', '12月25日', { code: 'invalid-date', params: { dueDate: '12月25日' } }],
])('refuses name %j due %s as data, with no words', (name, due, problem) => {
  const result = createRound(name, due, '2026-12-01T02:00:00Z', [ROUND]);
  expect(result).toEqual({ ok: false, problem });
});

it('never reuses an id', () => {
  const first = createRound('2026年12月', '2026-12-25', 'T', []);
  if (!first.ok) throw new Error(first.problem.code);
  const clash = { ...first.round, name: 'other' };
  const second = createRound('2026年12月', '2026-12-25', 'T', [clash]);
  expect(second.ok && second.round.id).not.toBe(first.round.id);
});
