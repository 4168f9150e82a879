import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, test, vi } from 'vitest';
import { generateMetadata, localizeMetadata, type Metadata } from '../../scripts/lib/functionsMetadata.mjs';
import { FUNCTIONS, registerFunctions } from '../../src/functions/associate';
import { FUNCTIONS_ZH_CN } from '../../src/functions/localization';

const functionsFile = fileURLToPath(new URL('../../src/functions/functions.ts', import.meta.url));

/** Parameter names as written in the compiled function (defaults stripped). */
function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const source = Function.prototype.toString.call(fn);
  const list = /^[^(]*\(([^)]*)\)/.exec(source)?.[1] ?? '';
  return list
    .split(',')
    .map((part) => part.split('=')[0]?.trim() ?? '')
    .filter((name) => name !== '');
}

describe('functions.json generated from src/functions/functions.ts', () => {
  let metadata: Metadata;
  let associateList: Array<{ id: string; functionName: string }>;

  beforeAll(async () => {
    const result = await generateMetadata(functionsFile);
    expect(result.problems).toEqual([]);
    metadata = result.metadata as Metadata;
    associateList = result.associate;
  }, 60_000);

  it('lists exactly the ids of FUNCTIONS, and registerFunctions associates each with its implementation', () => {
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids).toEqual(Object.keys(FUNCTIONS).sort());
    const recorded = new Map<string, unknown>();
    registerFunctions((id, fn) => recorded.set(id, fn));
    expect([...recorded.keys()].sort()).toEqual(ids);
    for (const [id, fn] of recorded) expect(fn).toBe(FUNCTIONS[id as keyof typeof FUNCTIONS]);
  });

  it('entry.ts registers every id with CustomFunctions.associate when the runtime provides it', async () => {
    const registered: string[] = [];
    vi.stubGlobal('CustomFunctions', { associate: (id: string) => registered.push(id) });
    try {
      vi.resetModules();
      await import('../../src/functions/entry');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(registered.sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it('names, for each id, the exported function that FUNCTIONS registers', () => {
    for (const { id, functionName } of associateList) {
      expect(FUNCTIONS[id as keyof typeof FUNCTIONS].name, id).toBe(functionName);
    }
  });

  it("has each implementation's parameter names in order, with types Excel accepts", () => {
    const excelTypes = new Set(['string', 'number', 'boolean', 'any']);
    for (const fn of metadata.functions) {
      const implementation = FUNCTIONS[fn.id as keyof typeof FUNCTIONS] as (...args: never[]) => unknown;
      // Excel passes an invocation object last only for functions that ask for one; ours take none.
      expect(parameterNames(implementation), fn.id).toEqual(fn.parameters.map((p) => p.name));
      for (const parameter of fn.parameters) {
        expect(excelTypes.has(parameter.type), `${fn.id}.${parameter.name}: ${parameter.type}`).toBe(true);
        expect(['scalar', 'matrix', undefined]).toContain(parameter.dimensionality);
      }
      const firstOptional = fn.parameters.findIndex((p) => p.optional === true);
      if (firstOptional >= 0)
        expect(
          fn.parameters.slice(firstOptional).every((p) => p.optional === true),
          `${fn.id}: optional parameters come last`,
        ).toBe(true);
    }
  });

  it('has zh-CN texts for every id and parameter (functions.zh-cn.json keeps the ids and names)', () => {
    const localized = localizeMetadata(metadata, FUNCTIONS_ZH_CN);
    expect(localized.problems).toEqual([]);
    expect(localized.metadata.functions.map((f) => [f.id, f.name])).toEqual(
      metadata.functions.map((f) => [f.id, f.name]),
    );
    for (const fn of localized.metadata.functions) {
      expect(fn.description).toBe(FUNCTIONS_ZH_CN[fn.id]?.description);
      expect(fn.parameters.map((p) => p.type)).toEqual(
        metadata.functions.find((f) => f.id === fn.id)?.parameters.map((p) => p.type),
      );
    }
  });

  test.each([
    [
      'a missing id',
      (zh: typeof FUNCTIONS_ZH_CN, id: string) => Object.fromEntries(Object.entries(zh).filter(([key]) => key !== id)),
      'LOCALIZATION_MISSING_ID',
    ],
    [
      'an unknown id',
      (zh: typeof FUNCTIONS_ZH_CN) => ({ ...zh, NOSUCHFUNCTION: { description: '无', parameters: {} } }),
      'LOCALIZATION_UNKNOWN_ID',
    ],
    [
      'an empty description',
      (zh: typeof FUNCTIONS_ZH_CN, id: string) => ({ ...zh, [id]: { ...zh[id]!, description: ' ' } }),
      'LOCALIZATION_MISSING_TEXT',
    ],
    [
      'a missing parameter',
      (zh: typeof FUNCTIONS_ZH_CN, id: string) => ({ ...zh, [id]: { ...zh[id]!, parameters: {} } }),
      'LOCALIZATION_MISSING_PARAM',
    ],
    [
      'an unknown parameter',
      (zh: typeof FUNCTIONS_ZH_CN, id: string) => ({
        ...zh,
        [id]: { ...zh[id]!, parameters: { ...zh[id]!.parameters, nosuch: '无' } },
      }),
      'LOCALIZATION_UNKNOWN_PARAM',
    ],
  ])('fails the build on %s in FUNCTIONS_ZH_CN', (_name, mutate, code) => {
    const id = metadata.functions.find((f) => f.parameters.length > 0)?.id ?? '';
    const { problems } = localizeMetadata(metadata, mutate(FUNCTIONS_ZH_CN, id));
    expect(problems.map((p) => p.code)).toContain(code);
  });
});

describe('generateMetadata failures (the CLI would exit 0 on these)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cf-metadata-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a JSDoc/type error', async () => {
    const file = join(dir, 'bad.ts');
    writeFileSync(
      file,
      '/**\n * Bad.\n * @customfunction\n * @param when a date\n */\nexport function bad(when: Date): number {\n  return when.getTime();\n}\n',
    );
    const result = await generateMetadata(file);
    expect(result.problems.map((p) => p.code)).toContain('METADATA_ERROR');
  }, 60_000);

  it('reports a file without custom functions', async () => {
    const file = join(dir, 'empty.ts');
    writeFileSync(file, 'export const notAFunction = (x: number): number => x;\n');
    const result = await generateMetadata(file);
    expect(result.problems.map((p) => p.code)).toEqual(['METADATA_EMPTY']);
  }, 60_000);
});
