// src/ledgerLayout is the ledger's shape without Office: it imports only the model and itself, and names no host global.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const DIR = new URL('../../src/ledgerLayout/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort();

test('src/ledgerLayout has its files', () => {
  expect(FILES).toContain('ledgerColumns.ts');
  expect(FILES).toContain('historyEntry.ts');
});

test.each(FILES)('%s imports only the model and itself, and names no Office global', (file) => {
  const text = readFileSync(new URL(file, DIR), 'utf8');
  const specs = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
  for (const spec of specs) expect(spec, `${file} imports ${spec}`).toMatch(/^(\.\/[A-Za-z]+|\.\.\/model)$/);
  expect(text, `${file} names Excel`).not.toMatch(/\bExcel\.|\bOffice\./);
});
