/**
 * functions.js on an ES2017 engine: Microsoft does not document the engine of the JavaScript-only custom-functions
 * runtime, so the bundle is built (as `npm run build` builds it) and loaded in a `node:vm` context from which every
 * built-in newer than ES2017 is removed; then every function is called. A bundle that reached for `globalThis`, `BigInt`
 * (zod), `Object.fromEntries` or `flatMap` at load, or in a call, fails here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What ES2018 and later added, deleted from the context before the bundle runs. */
const NEWER = `
  delete Object.fromEntries; delete Object.hasOwn; delete Object.groupBy;
  delete Promise.allSettled; delete Promise.any; delete Promise.prototype.finally; delete Promise.withResolvers;
  for (const name of ['flat', 'flatMap', 'at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with']) delete Array.prototype[name];
  for (const name of ['matchAll', 'trimStart', 'trimEnd', 'replaceAll', 'at', 'isWellFormed', 'toWellFormed']) delete String.prototype[name];
  delete Object.getPrototypeOf(Int8Array.prototype).at;
  delete this.BigInt; delete this.BigInt64Array; delete this.BigUint64Array;
  delete this.WeakRef; delete this.FinalizationRegistry; delete this.AggregateError;
  delete this.globalThis;
`;

interface Registered {
  [id: string]: (...args: unknown[]) => unknown;
}

let dir = '';
let functions: Registered = {};
let errors: { code: string; message: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'functions-es2017-'));
  const vite = await import('vite');
  await vite.build({
    configFile: join(root, 'vite.config.ts'),
    mode: 'functions',
    logLevel: 'silent',
    build: { outDir: dir, emptyOutDir: true, sourcemap: false },
  });
  const code = readFileSync(join(dir, 'functions.js'), 'utf8');
  const context = vm.createContext({});
  vm.runInContext(NEWER, context);
  // The runtime's API as the bundle meets it: associate, and an Error with a code and a message.
  vm.runInContext(
    `this.registered = {}; this.made = [];
     this.CustomFunctions = {
       associate: (id, fn) => { registered[id] = fn; },
       Error: function (code, message) { this.code = code; this.message = message; made.push(this); },
     };`,
    context,
  );
  expect(
    vm.runInContext('typeof globalThis + typeof BigInt + typeof Object.fromEntries + typeof [].flatMap', context),
  ).toBe('undefinedundefinedundefinedundefined');
  vm.runInContext(code, context, { filename: 'functions.js' });
  functions = (context as { registered: Registered }).registered;
  errors = (context as { made: { code: string; message: string }[] }).made;
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** An error value as Excel passes one when `allowErrorForDataTypeAny` is on (a CustomFunctions.Error-like object). */
const DIV0 = { code: '#DIV/0!' };

describe('functions.js in an ES2017 context (no built-in newer than ES2017)', () => {
  test('loads and registers all eleven functions', () => {
    expect(Object.keys(functions).sort()).toEqual([
      'AGENCIES',
      'AGENCYCOUNT',
      'DAYSLEFT',
      'DEADLINE',
      'ISONGOING',
      'ISOVERDUE',
      'LEAD',
      'LIGHT',
      'NORMALIZE',
      'OVERDUECOUNT',
      'SUPPORT',
    ]);
  });

  test.each([
    // 2015-08-31 is serial 42247 (2015-01-01 is 42005, plus 242 days).
    ['DEADLINE', ['2015年8月底前出台具体措施'], 42247],
    ['ISONGOING', ['持续实施'], true],
    ['ISOVERDUE', ['2015-08-31', '推进中', '2015-09-01'], true],
    ['ISOVERDUE', ['2015-08-31', '已完成', '2015-09-01'], false],
    ['DAYSLEFT', ['2015-08-31', '2015-08-21'], 10],
    ['LIGHT', ['2015-08-31', '推进中', '2015-08-21', 14], '黄'],
    ['LIGHT', ['2015-08-31', '推进中', '2015-09-01', null], '红'],
    ['AGENCYCOUNT', [[['市教育局牵头，市财政局配合'], ['市财政局']], '市财政局', 'support', null], 1],
    ['AGENCYCOUNT', [[['市教育局牵头，市财政局配合'], ['市财政局']], '市财政局', 'any', null], 2],
    [
      'OVERDUECOUNT',
      [[['2015-08-31'], ['持续实施']], [['推进中'], ['推进中']], '2015-09-01', null, null, null, null],
      1,
    ],
    ['AGENCIES', [[['市教育局牵头，市财政局配合']], null, null], [['市教育局'], ['市财政局']]],
    ['LEAD', ['市教育局牵头，市财政局配合', null], '市教育局'],
    ['SUPPORT', ['市教育局牵头，市财政局配合', null], '市财政局'],
    ['NORMALIZE', ['市人社局', null], '市人力资源和社会保障局'],
    ['NORMALIZE', ['市人社局', [['市人社局', '人社局（新）']]], '人社局（新）'],
  ])('%s(%j) = %j', (id, args, expected) => {
    expect(functions[id]?.(...args)).toEqual(expected);
  });

  test('a range holding an error reaches the function and gets a #VALUE! naming the argument and the row', () => {
    const result = functions.AGENCYCOUNT?.([['市财政局'], [DIV0]], '市财政局', 'any', null) as {
      code: string;
      message: string;
    };
    expect(result.code).toBe('#VALUE!');
    expect(result.message).toBe('参数 units 第 2 行 应为文本，实为错误值（请先更正该单元格）');
    expect(errors).toContain(result);
    const single = functions.DEADLINE?.(DIV0) as { code: string; message: string };
    expect(single.code).toBe('#VALUE!');
    expect(single.message).toContain('错误值');
  });
});
