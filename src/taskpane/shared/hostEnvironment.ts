/** Reads, at the edge, what the pane needs from its host: the display language, the theme, and today. */
import type { IsoDate } from '../../model';
import { pickLocale, type Locale } from '../i18n/strings';

/** The local calendar day of a moment, as YYYY-MM-DD (what "today" means to the person at the desk). */
export function isoDay(moment: Date): IsoDate {
  const y = String(moment.getFullYear()).padStart(4, '0');
  const m = String(moment.getMonth() + 1).padStart(2, '0');
  const d = String(moment.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Dark when the colour's relative luminance is below the middle; null for colours it cannot read. */
export function isDarkColor(color: string | undefined | null): boolean | null {
  const m = color ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim()) : null;
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? '0', 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export interface OfficeLike {
  context?: { displayLanguage?: string; officeTheme?: { bodyBackgroundColor?: string } } | undefined;
}

export function hostLocale(office: OfficeLike | undefined, navigatorLanguage: string | undefined): Locale {
  return pickLocale(office?.context?.displayLanguage ?? navigatorLanguage);
}

export function hostTheme(office: OfficeLike | undefined, prefersDark: boolean): 'light' | 'dark' {
  const dark = isDarkColor(office?.context?.officeTheme?.bodyBackgroundColor);
  return (dark ?? prefersDark) ? 'dark' : 'light';
}
