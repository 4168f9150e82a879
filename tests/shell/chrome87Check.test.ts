import { describe, expect, it } from 'vitest';
import { chrome87Problems } from '../../scripts/lib/chrome87Check.mjs';

describe('chrome87Problems', () => {
  it('reports syntax Chromium 87 cannot parse: a class static block, #x in obj, the regex flag d', () => {
    expect(chrome87Problems('class A { static { this.x = 1; } }').syntax.map((p) => p.message)).toEqual([
      'class static block at offset 10 (Chromium 94)',
    ]);
    expect(chrome87Problems('class A { #x; static has(o) { return #x in o; } }').syntax).toHaveLength(1);
    expect(chrome87Problems('const r = /a/d;').syntax).toHaveLength(1);
  });

  it('accepts what Chromium 87 parses: class fields, private methods, optional chaining, ??=', () => {
    expect(chrome87Problems('class A { x = 1; #y() { return this?.x; } } let a; a ??= 2;').syntax).toEqual([]);
  });

  it('counts newer built-ins by name', () => {
    const { builtins } = chrome87Problems(
      'a.findLast(f); b.at(-1); c.at(0); Object.hasOwn(o, k); crypto.randomUUID(); structuredClone(v);',
    );
    expect([...builtins]).toEqual([
      ['.findLast()', 1],
      ['.at()', 2],
      ['Object.hasOwn', 1],
      ['.randomUUID()', 1],
      ['structuredClone', 1],
    ]);
  });

  it('parses modules when asked', () => {
    expect(chrome87Problems('export const a = 1;', { module: true }).syntax).toEqual([]);
    expect(chrome87Problems('export const a = 1;').syntax).toHaveLength(1);
  });
});
