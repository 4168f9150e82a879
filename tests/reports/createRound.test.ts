import { expect, it, test } from 'vitest';
import { createRound } from '../../src/reports';
import { ROUND } from './seedLedger';

it('creates a round with a trimmed name and a stable id', () => {
  const a = createRound(' 2026年12月 ', '2026-12-25', '2026-12-01T02:00:00Z', [ROUND]);
  const b = createRound('2026年12月', '2026-12-25', '2026-12-01T02:00:00Z', [ROUND]);
  if (!a.ok) throw new Error(a.message);
  expect(a.round).toMatchObject({ name: '2026年12月', dueDate: '2026-12-25', createdAt: '2026-12-01T02:00:00Z' });
  expect(a.round.id).toMatch(/^r-[0-9a-f]{10}$/);
  expect(a).toEqual(b);
});

test.each([
  ['', '2026-12-25', 'empty-name'],
  ['2026年11月', '2026-12-25', 'duplicate-name'],
  ['2026年12月', '2026-02-30', 'invalid-date'],
  ['2026年12月', '12月25日', 'invalid-date'],
])('refuses name %j due %s: %s', (name, due, code) => {
  const result = createRound(name, due, '2026-12-01T02:00:00Z', [ROUND]);
  expect(result).toMatchObject({ ok: false, code });
  expect(result.ok ? '' : result.message).toMatch(/[\u4e00-\u9fff]/);
});

it('never reuses an id', () => {
  const first = createRound('2026年12月', '2026-12-25', 'T', []);
  if (!first.ok) throw new Error(first.message);
  const clash = { ...first.round, name: 'other' };
  const second = createRound('2026年12月', '2026-12-25', 'T', [clash]);
  expect(second.ok && second.round.id).not.toBe(first.round.id);
});
