import { describe, expect, it } from 'vitest';
import { stripXmlForbidden, xmlSafeText } from '../../src/model/xmlSafeText';

describe('stripXmlForbidden', () => {
  it.each([
    ['plain text is kept as is', '市财政局牵头', '市财政局牵头', 0],
    ['tab, LF and CR are allowed', 'a\tb\nc\rd', 'a\tb\nc\rd', 0],
    ['NUL and other C0 controls go', 'a\u0000b\u0001c\u001fd', 'abcd', 3],
    ['U+FFFE and U+FFFF go', '\uFFFE局\uFFFF', '局', 2],
    ['a valid surrogate pair stays', 'x\uD83D\uDE00y', 'x\uD83D\uDE00y', 0],
    ['a lone high surrogate goes', 'x\uD83Dy', 'xy', 1],
    ['a lone low surrogate goes', 'x\uDE00y', 'xy', 1],
    ['a high surrogate at the end goes', 'x\uD83D', 'x', 1],
    ['U+FFFD (the replacement character) is allowed', '\uFFFD', '\uFFFD', 0],
  ])('%s', (_name, input, text, removed) => {
    expect(stripXmlForbidden(input)).toEqual({ text, removed });
  });

  it('xmlSafeText returns only the text', () => {
    expect(xmlSafeText('市\u0002教育局')).toBe('市教育局');
  });
});
