import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EXCEL_API_REQUIREMENT, OPTIONAL_FEATURES, supportsFeature } from '../../src/workbook/requirements';
import { CUSTOM_FUNCTIONS_RUNTIME_REQUIREMENT } from '../../src/functions/requirements';

const dir = new URL('../../src/workbook/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
const version = (v: string): number[] => v.split('.').map(Number);
const newer = (a: string, b: string): boolean => {
  const [x = 0, y = 0] = version(a);
  const [p = 0, q = 0] = version(b);
  return x !== p ? x > p : y > q;
};

describe('EXCEL_API_REQUIREMENT', () => {
  test('is the highest ExcelApi set any workbook file declares with @requirement (optional calls are declared with @optional)', () => {
    const declared = files.flatMap((f) =>
      [...readFileSync(new URL(f, dir), 'utf8').matchAll(/@requirement (.*)/g)].flatMap((m) =>
        [...(m[1] ?? '').matchAll(/ExcelApi (\d+\.\d+)/g)].map((v) => v[1] ?? '0.0'),
      ),
    );
    const highest = declared.reduce((a, b) => (newer(b, a) ? b : a), '1.1');
    expect(EXCEL_API_REQUIREMENT).toBe(highest);
  });

  test('is a plain string literal on one line (the manifest generator reads it as text)', () => {
    const text = readFileSync(new URL('requirements.ts', dir), 'utf8');
    expect(text).toMatch(/^export const EXCEL_API_REQUIREMENT = '\d+\.\d+';$/m);
  });

  test('every file that calls Excel declares its requirement set', () => {
    const calling = files.filter((f) =>
      /context: Excel\.RequestContext|Excel\.run\(|: Excel\.(Worksheet|Table|Range)\b/.test(
        readFileSync(new URL(f, dir), 'utf8'),
      ),
    );
    expect(calling.length).toBeGreaterThan(10);
    for (const f of calling) expect(readFileSync(new URL(f, dir), 'utf8'), f).toMatch(/@requirement ExcelApi \d+\.\d+/);
  });
});

describe('optional features', () => {
  test('every @optional set a workbook file declares is an optional feature, above the base', () => {
    const optional = files.flatMap((f) =>
      [...readFileSync(new URL(f, dir), 'utf8').matchAll(/@optional (\w+) (\d+\.\d+) \([^)]*feature `([\w-]+)`/g)].map(
        (m) => ({ file: f, set: m[1], version: m[2], feature: m[3] }),
      ),
    );
    expect(optional.map((o) => o.file).sort()).toEqual([
      'appendRows.ts',
      'readMergedAreas.ts',
      'readSelectionGrid.ts',
      'readSheetTables.ts',
    ]);
    for (const o of optional) {
      expect(OPTIONAL_FEATURES[o.feature as keyof typeof OPTIONAL_FEATURES], o.file).toEqual({
        set: o.set,
        version: o.version,
      });
      expect(newer(o.version ?? '0.0', EXCEL_API_REQUIREMENT), o.file).toBe(true);
    }
  });

  test("the custom functions' feature asks for the runtime the functions declare", () => {
    expect(OPTIONAL_FEATURES['custom-functions']).toEqual({
      set: 'CustomFunctionsRuntime',
      version: CUSTOM_FUNCTIONS_RUNTIME_REQUIREMENT,
    });
  });

  test('supportsFeature asks the host for the set and version of the feature', () => {
    const asked: string[] = [];
    const supports = (set: string, version: string): boolean => {
      asked.push(`${set} ${version}`);
      return set === 'ExcelApi' && version === '1.9';
    };
    expect(supportsFeature(supports, 'merged-cells')).toBe(false);
    expect(supportsFeature(supports, 'browser-download')).toBe(false);
    expect(asked).toEqual(['ExcelApi 1.13', 'OpenBrowserWindowApi 1.1']);
  });
});
