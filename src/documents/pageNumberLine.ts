/**
 * Whether a line of a PDF page is its page number (a folio), which a table read across pages must not take
 * for a row: `— 3 —` (GB/T 9704 公文), `- 3 -`, `第3页`, `第 3 页 共 12 页`, `3/12`, `Page 3 of 12`, a bare `3`.
 */
import { toHalfWidth } from '../model';

const PAGE_NUMBER_RES: readonly RegExp[] = [
  /^[—–\-－─―~·•]+\s*\d{1,4}\s*[—–\-－─―~·•]+$/u,
  /^第\s*\d{1,4}\s*页(?:\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?$/u,
  /^\d{1,4}\s*\/\s*\d{1,4}$/u,
  /^page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/iu,
  /^\d{1,4}$/u,
];

/**
 * True for the text of a page-number line.
 * @example isPageNumberLine('— 12 —') // true
 * @example isPageNumberLine('12月底前') // false
 */
export function isPageNumberLine(text: string): boolean {
  const t = toHalfWidth(text).replace(/\s+/g, ' ').trim();
  return t !== '' && PAGE_NUMBER_RES.some((re) => re.test(t));
}
