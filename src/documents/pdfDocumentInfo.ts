/**
 * A PDF's title, date and year from its text outside the tables: the title is the first page's largest type
 * above the first table (a 2号 小标宋 title often wraps onto two lines, which are joined), else its first line
 * that is not `附件N`; the date is the first full date, on the first page first; the year is the title's, else
 * the date's (for year-less deadlines such as `6月底前`).
 */
import type { IsoDate } from '../model';
import { dateInText, yearInTitle } from './documentDate';
import type { PageLine } from './pdfPageTables';

const ATTACHMENT_RE = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?$/u;
/** Type this much larger than the page's body text is a title. */
const TITLE_SCALE = 1.15;
const MAX_TITLE = 80;

export interface PdfDocumentInfo {
  title: string;
  date: IsoDate | null;
  year: number | null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function titleOf(lines: readonly PageLine[], bodySize: number): string {
  const candidates = lines.filter((l) => !ATTACHMENT_RE.test(l.text.trim()) && l.text.trim() !== '');
  const largest = Math.max(...candidates.map((l) => l.size));
  if (candidates.length > 0 && largest >= bodySize * TITLE_SCALE) {
    const start = candidates.findIndex((l) => l.size >= largest - 0.5);
    const run: PageLine[] = [];
    for (const line of candidates.slice(start)) {
      const last = run[run.length - 1];
      if (line.size < largest - 0.5 || (last && line.y - last.y > 2.2 * line.size)) break;
      run.push(line);
    }
    const joined = run.map((l) => l.text.trim()).join('');
    if (joined.length <= MAX_TITLE * 2) return joined;
  }
  return candidates.find((l) => l.text.length <= MAX_TITLE)?.text.trim() ?? '';
}

/**
 * Title, date and year; `firstTable` is where the first table starts (its page and top), or null.
 * @example pdfDocumentInfo(lines, { page: 1, top: 120 }) // { title: '2016年重点任务分工', date: '2016-03-11', year: 2016 }
 */
export function pdfDocumentInfo(
  lines: readonly PageLine[],
  bodySizes: readonly number[],
  firstTable: { page: number; top: number } | null,
): PdfDocumentInfo {
  const before =
    firstTable === null
      ? lines
      : lines.filter((l) => l.page < firstTable.page || (l.page === firstTable.page && l.y < firstTable.top));
  const firstPage = before[0]?.page ?? 1;
  const title = titleOf(
    before.filter((l) => l.page === firstPage),
    median(bodySizes),
  );
  const ordered = [...lines.filter((l) => l.page === 1), ...lines.filter((l) => l.page !== 1)];
  let date: IsoDate | null = null;
  for (const line of ordered) {
    date = dateInText(line.text);
    if (date) break;
  }
  const year = yearInTitle(title) ?? (date ? Number(date.slice(0, 4)) : null);
  return { title, date, year };
}
