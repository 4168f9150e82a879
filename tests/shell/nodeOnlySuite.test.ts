/**
 * `npm test` runs on a machine with Node alone: no file the unit suite loads (its test files and every local module
 * they import, transitively) imports playwright-core or names LibreOffice or Chromium. Those tests live in
 * tests/browser (npm run test:browser) and tests/interop (npm run test:interop).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import unitConfig from '../../vitest.config';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** What only the browser and interop suites may need, looked for in code (comments may name them). */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/from\s+['"]playwright(?:-core)?['"]|import\(\s*['"]playwright(?:-core)?['"]\s*\)/, 'imports playwright-core'],
  [/\bsoffice\b|\/libreoffice\b/i, 'runs LibreOffice'],
  [/\/usr\/bin\/chromium|launchChromium\(/, 'launches Chromium'],
];
/** Block and line comments (a `//` inside a string such as a URL is kept: it follows a quote or a colon). */
const COMMENTS = /\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/.*$/gm;
const SPECIFIER = /(?:from\s+|import\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** A minimal glob for the config's patterns (`dir/**`, `dir/**\/*.test.ts`). */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '(?:.*/)?')
    .replace(/\*\*/g, '.*')
    .replace(/\*/g, '[^/]*');
  return new RegExp(`^${body}$`);
}

function unitTestFiles(): string[] {
  const include = (unitConfig.test?.include ?? []).map(globToRegExp);
  const exclude = (unitConfig.test?.exclude ?? []).map(globToRegExp);
  return walk(join(root, 'tests'))
    .map((file) => relative(root, file).split('\\').join('/'))
    .filter((file) => include.some((re) => re.test(file)) && !exclude.some((re) => re.test(file)));
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  // `./x.mjs` written for a `.ts` twin, as TypeScript's NodeNext style does.
  const ts = base.replace(/\.m?js$/, '.ts');
  return existsSync(ts) ? ts : null;
}

/** Every local file `entries` load, themselves included. */
function closure(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = entries.map((file) => resolve(root, file));
  while (todo.length > 0) {
    const file = todo.pop();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const next = resolveLocal(file, match[1] ?? '');
      if (next !== null && !next.includes(`${'node_modules'}`)) todo.push(next);
    }
  }
  return seen;
}

function offences(files: Iterable<string>): string[] {
  const out: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(COMMENTS, '');
    for (const [re, what] of FORBIDDEN) if (re.test(text)) out.push(`${relative(root, file)} ${what}`);
  }
  return out;
}

describe('the unit suite (npm test) needs Node alone', () => {
  it('selects the unit tests and leaves the browser and interop tests out', () => {
    const files = unitTestFiles();
    expect(files).toContain('tests/model/composeNotice.test.ts');
    expect(files).toContain('tests/shell/nodeOnlySuite.test.ts');
    expect(files.filter((f) => f.startsWith('tests/browser/') || f.startsWith('tests/interop/'))).toEqual([]);
  });

  it('loads nothing that imports playwright-core, names LibreOffice or launches Chromium', () => {
    const loaded = closure(unitTestFiles());
    expect(loaded.size).toBeGreaterThan(100);
    // This file spells the patterns out; it imports none of them.
    loaded.delete(fileURLToPath(import.meta.url));
    expect(offences(loaded)).toEqual([]);
  });

  it('would notice: the browser and interop suites are flagged by the same check', () => {
    expect(offences(closure(['tests/browser/pane.test.ts']))).toContain(
      'tests/browser/harness.ts imports playwright-core',
    );
    const interop = walk(join(root, 'tests/interop')).filter((f) => f.endsWith('.test.ts'));
    expect(offences(closure(interop)).some((o) => o.endsWith('runs LibreOffice'))).toBe(true);
  });
});
