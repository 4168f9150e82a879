import { expect, test } from 'vitest';
import { yearFromInput } from '../../../src/taskpane/import/yearFromInput';

test.each([
  ['2026', 2026],
  [' 2026 ', 2026],
  ['２０２６', 2026],
  ['2026年', 2026],
  ['26', undefined],
  ['20266', undefined],
  ['1800', undefined],
  ['', undefined],
  ['二〇二六', undefined],
])('%j → %j', (input, expected) => {
  expect(yearFromInput(input)).toBe(expected);
});
