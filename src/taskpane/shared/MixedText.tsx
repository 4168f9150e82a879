/**
 * A sentence in the pane's words that quotes the coordinators' data (a schedule, a column header, an agency): in a
 * pane that is not Chinese, each run of Chinese is wrapped in a `lang="zh-CN"` span. Only for sentences whose own
 * words are already in the pane's language — never a way to hide the pane's own Chinese.
 */
import type { ReactNode } from 'react';
import type { Locale } from '../i18n/strings';
import { useStrings } from '../i18n/useStrings';
import { DataText } from './DataText';

/** Chinese characters, CJK and full-width punctuation, with the digits written inside them (2026年11月). */
const CJK_RUN =
  /[0-9]*[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’][0-9\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]*/gu;

/** The text cut into plain parts and Chinese runs, in order. */
export function splitChineseRuns(text: string): { text: string; chinese: boolean }[] {
  const parts: { text: string; chinese: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    if (!/[\u3400-\u9fff\uf900-\ufaff]/u.test(match[0])) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index), chinese: false });
    parts.push({ text: match[0], chinese: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), chinese: false });
  return parts;
}

export function MixedText({ text, locale }: { text: string; locale?: Locale }) {
  const s = useStrings();
  if ((locale ?? s.locale) === 'zh-CN') return <>{text}</>;
  const parts: ReactNode[] = splitChineseRuns(text).map((part, i) =>
    part.chinese ? <DataText key={i}>{part.text}</DataText> : part.text,
  );
  return <>{parts}</>;
}
