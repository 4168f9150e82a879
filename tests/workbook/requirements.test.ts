import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EXCEL_API_REQUIREMENT } from '../../src/workbook/requirements';

const dir = new URL('../../src/workbook/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
const version = (v: string): number[] => v.split('.').map(Number);
const newer = (a: string, b: string): boolean => {
  const [x = 0, y = 0] = version(a);
  const [p = 0, q = 0] = version(b);
  return x !== p ? x > p : y > q;
};

describe('EXCEL_API_REQUIREMENT', () => {
  test('is the highest ExcelApi set any workbook file declares with @requirement', () => {
    const declared = files.flatMap((f) => [...readFileSync(new URL(f, dir), 'utf8').matchAll(/ExcelApi (\d+\.\d+)/g)].map((m) => m[1] ?? '0.0'));
    const highest = declared.reduce((a, b) => (newer(b, a) ? b : a), '1.1');
    expect(EXCEL_API_REQUIREMENT).toBe(highest);
  });

  test('is a plain string literal on one line (the manifest generator reads it as text)', () => {
    const text = readFileSync(new URL('requirements.ts', dir), 'utf8');
    expect(text).toMatch(/^export const EXCEL_API_REQUIREMENT = '\d+\.\d+';$/m);
  });

  test('every file that calls Excel declares its requirement set', () => {
    const calling = files.filter((f) => /context: Excel\.RequestContext|Excel\.run\(|: Excel\.(Worksheet|Table|Range)\b/.test(readFileSync(new URL(f, dir), 'utf8')));
    expect(calling.length).toBeGreaterThan(10);
    for (const f of calling) expect(readFileSync(new URL(f, dir), 'utf8'), f).toMatch(/@requirement ExcelApi \d+\.\d+/);
  });
});
