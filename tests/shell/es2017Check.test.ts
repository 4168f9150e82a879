import { describe, expect, test } from 'vitest';
import { es2017Problems } from '../../scripts/lib/es2017Check.mjs';

describe('es2017Problems (the build check of functions.js)', () => {
  test('accepts ES2017: async functions, rest parameters, exponentiation', () => {
    expect(es2017Problems('(function(){ async function f(...a){ return (await a[0]) ** 2; } f(1); })();')).toEqual([]);
  });

  test.each([
    ['object spread', 'var o = { ...{ a: 1 } };'],
    ['optional chaining', 'var a = {}; a?.b;'],
    ['a lookbehind regex literal', 'var r = /(?<!x)y/;'],
    ['a \\p{} regex literal', 'var r = /\\p{L}/u;'],
    ['optional catch binding', 'try {} catch {}'],
  ])('rejects %s as ES2017_SYNTAX', (_name, source) => {
    expect(es2017Problems(source).map((p) => p.code)).toEqual(['ES2017_SYNTAX']);
  });

  test('reports RegExp calls with ES2018 patterns (what a bundler makes of such literals), not ES2017 ones', () => {
    const source =
      'var a = new RegExp("(?<![0-9])[0-9]", "g"); var b = RegExp("^\\\\p{L}+$", "u"); var c = new RegExp("a/b", "g"); var d = RegExp(`(?<=a)b`, `g`);';
    expect(es2017Problems(source).map((p) => p.code)).toEqual(['ES2018_REGEXP', 'ES2018_REGEXP', 'ES2018_REGEXP']);
  });
});
