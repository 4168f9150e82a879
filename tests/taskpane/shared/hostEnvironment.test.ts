import { describe, expect, test } from 'vitest';
import { hostLocale, hostTheme, isDarkColor, isoDay } from '../../../src/taskpane/shared/hostEnvironment';
import { pickLocale } from '../../../src/taskpane/i18n/strings';

describe('hostEnvironment', () => {
  test.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['fr-FR', 'zh-CN'],
    [undefined, 'zh-CN'],
  ])('pickLocale(%s) is %s', (tag, locale) => {
    expect(pickLocale(tag)).toBe(locale);
  });

  test('Office’s display language wins over the browser’s', () => {
    expect(hostLocale({ context: { displayLanguage: 'en-US' } }, 'zh-CN')).toBe('en-US');
    expect(hostLocale(undefined, 'en-US')).toBe('en-US');
  });

  test.each([
    ['#ffffff', false],
    ['#262626', true],
    ['1f1f1f', true],
    ['#e6e6e6', false],
    ['black', null],
  ])('isDarkColor(%s) is %s', (color, dark) => {
    expect(isDarkColor(color)).toBe(dark);
  });

  test('the Office theme decides, else the system preference', () => {
    expect(hostTheme({ context: { officeTheme: { bodyBackgroundColor: '#262626' } } }, false)).toBe('dark');
    expect(hostTheme({ context: { officeTheme: { bodyBackgroundColor: '#ffffff' } } }, true)).toBe('light');
    expect(hostTheme(undefined, true)).toBe('dark');
  });

  test('isoDay is the local calendar day', () => {
    expect(isoDay(new Date(2026, 10, 29, 23, 59))).toBe('2026-11-29');
    expect(isoDay(new Date(2016, 1, 29, 0, 0))).toBe('2016-02-29');
  });
});
