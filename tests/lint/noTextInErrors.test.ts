import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';
// @ts-expect-error -- a plain ES module of eslint.config.js, without types
import { noTextInErrors } from '../../eslint/noTextInErrors.js';

const linter = new Linter({ configType: 'flat' });

/** The rule's findings on `code` (line numbers), as eslint.config.js runs it under src/workbook. */
function findings(code: string): number[] {
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        rules: { 'no-restricted-syntax': ['error', ...(noTextInErrors as object[])] },
      },
    ],
    'src/workbook/example.ts',
  );
  expect(messages.filter((m) => m.ruleId !== 'no-restricted-syntax')).toEqual([]);
  return [...new Set(messages.map((m) => m.line))];
}

describe('no CJK sentence in a throw, an Error or a message field (#24)', () => {
  test.each([
    ["throw new Error('工作簿中没有任务台账');"],
    ['throw new RangeError(`第${no}项无效`);'],
    ["throw '出错了';"],
    ["const e = Error('无法读取');"],
    ["const r = { ok: false, message: '已有名为此的轮次。' };"],
    ['const r = { ok: false, message: `截止日期“${d}”无效` };'],
    ["class Refusal { message = '拒绝'; }"],
  ])('%s is caught', (line) => {
    expect(findings(`const no = 1; const d = '';\n${line}`)).toEqual([2]);
  });

  test.each([
    ["throw new Error('sheet-without-data');"],
    ["const r = { ok: false, code: 'round-name-taken', params: { name: '2026年11月' } };"],
    ["const header = '进展情况';"],
    ["const alert = { title: '状态', message: ALERT };"],
    ["// throw new Error('注释里的中文不算');"],
  ])('%s passes', (line) => {
    expect(findings(`const ALERT = '';\n${line}`)).toEqual([]);
  });
});
