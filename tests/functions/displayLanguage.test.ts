import { afterEach, describe, expect, test, it, vi } from 'vitest';
import { functionLanguage, officeDisplayLanguage, setDisplayLanguageGetter } from '../../src/functions/displayLanguage';

afterEach(() => {
  setDisplayLanguageGetter();
  vi.unstubAllGlobals();
});

describe('functionLanguage', () => {
  test.each([
    ['en-US', 'en'],
    ['en', 'en'],
    ['EN-gb', 'en'],
    ['zh-CN', 'zh'],
    ['de-DE', 'zh'],
    ['english', 'zh'],
    [undefined, 'zh'],
  ])('%j → %s', (tag, language) => {
    setDisplayLanguageGetter(() => tag);
    expect(functionLanguage()).toBe(language);
  });

  it('reads Office.context.displayLanguage by default, zh without Office', () => {
    expect(officeDisplayLanguage()).toBeUndefined();
    expect(functionLanguage()).toBe('zh');
    vi.stubGlobal('Office', { context: { displayLanguage: 'en-US' } });
    expect(officeDisplayLanguage()).toBe('en-US');
    expect(functionLanguage()).toBe('en');
    vi.stubGlobal('Office', {});
    expect(officeDisplayLanguage()).toBeUndefined();
  });
});
