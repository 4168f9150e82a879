/**
 * The coordinators' own words — task text, agencies, schedules, section titles and numerals, their table's headers —
 * shown as they wrote them, in Chinese whatever the pane's language, and marked `lang="zh-CN"` so that a screen reader
 * reads them with a Chinese voice inside the English pane (WCAG 3.1.2, Language of Parts).
 */
import type { ReactNode } from 'react';

export const DATA_LANG = 'zh-CN';

export function DataText({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <span lang={DATA_LANG} className={className}>
      {children}
    </span>
  );
}
