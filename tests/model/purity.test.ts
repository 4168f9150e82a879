import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';

const DIR = new URL('../../src/model/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort();

/** Characters after which a `/` starts a regular expression literal rather than a division. */
const BEFORE_REGEX = new Set([
  '',
  '(',
  ',',
  '=',
  ':',
  '[',
  '!',
  '&',
  '|',
  '?',
  '{',
  '}',
  ';',
  '+',
  '-',
  '*',
  '%',
  '<',
  '>',
  '~',
  '^',
]);

/**
 * The code with comments removed and every string, template and regex literal emptied, so that
 * what remains are identifiers, keywords and punctuation. Import specifiers are returned apart.
 */
function scan(source: string): { code: string; specifiers: string[] } {
  let code = '';
  const specifiers: string[] = [];
  let last = '';
  let i = 0;
  const n = source.length;
  const pushLiteral = (text: string, quoted: boolean): void => {
    code += quoted ? "''" : '/r/';
    if (quoted && /\b(?:from|import|require)\s*\(?\s*$/.test(code.slice(0, -2))) specifiers.push(text);
    last = 'x';
  };
  while (i < n) {
    const c = source[i] ?? '';
    const next = source[i + 1] ?? '';
    if (c === '/' && next === '/') {
      while (i < n && source[i] !== '\n') i += 1;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      code += ' ';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      let text = '';
      while (j < n && source[j] !== c) {
        if (source[j] === '\\') {
          text += source[j + 1] ?? '';
          j += 2;
          continue;
        }
        text += source[j];
        j += 1;
      }
      pushLiteral(text, true);
      i = j + 1;
      continue;
    }
    if (c === '/' && (BEFORE_REGEX.has(last) || /\breturn$/.test(code.trimEnd()))) {
      let j = i + 1;
      let inClass = false;
      while (j < n && source[j] !== '\n') {
        const d = source[j];
        if (d === '\\') j += 1;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        j += 1;
      }
      j += 1;
      while (j < n && /[a-z]/.test(source[j] ?? '')) j += 1;
      pushLiteral('', false);
      i = j;
      continue;
    }
    code += c;
    if (!/\s/.test(c)) last = /[\w$]/.test(c) ? 'x' : c;
    i += 1;
  }
  return { code, specifiers };
}

describe('src/model is pure', () => {
  it('has the model files', () => {
    expect(FILES).toEqual(
      expect.arrayContaining(['index.ts', 'types.ts', 'parseTaskTable.ts', 'queries.ts', 'composeNotice.ts']),
    );
  });

  test.each(FILES)('%s imports only its siblings and zod', (file) => {
    const { specifiers } = scan(readFileSync(new URL(file, DIR), 'utf8'));
    const foreign = specifiers.filter((s) => s !== 'zod' && !/^\.\/[\w-]+$/.test(s));
    expect(foreign).toEqual([]);
  });

  test.each(FILES)('%s names no clock, DOM or Office global', (file) => {
    const { code } = scan(readFileSync(new URL(file, DIR), 'utf8'));
    const found = code.match(/(?<![\w$.])(?:Date|window|document|Office|Excel|globalThis|process)(?![\w$])/g) ?? [];
    expect(found).toEqual([]);
  });

  it('the scanner sees through comments and strings but not code', () => {
    const sample = [
      "import { x } from './dates';",
      "import fs from 'node:fs';",
      '// Date in a comment',
      '/* window in a block */',
      "const s = 'Excel in a string' + `Office ${1}`;",
      'const r = /Date/g;',
      'const now = Date.now();',
    ].join('\n');
    const { code, specifiers } = scan(sample);
    expect(specifiers).toEqual(['./dates', 'node:fs']);
    expect(code.match(/\b(?:Date|window|Excel|Office)\b/g)).toEqual(['Date']);
  });
});
