/**
 * The text of one table cell from its lines. A PDF has no paragraphs: a cell's text wraps at the cell's width,
 * and a wrapped line is joined to the next without a break (an agency name cut by the wrap stays whole),
 * while a line that stops short of the column's width, a numbered item and a wider vertical gap start a new
 * line ("\n"), as the paragraphs of a Word cell do.
 */
import { lineText, type TextLine } from './pdfTextLines';

/** A line ending further than this share of the font size before the fill edge did not wrap: its paragraph ended. */
const SHORT_LINE = 1.2;
/** A baseline step this much larger than the table's line pitch is a paragraph gap, not a wrap. */
const PARAGRAPH_STEP = 1.4;
/** Without a known pitch (no cell of the table wraps): a step larger than this share of the font size. */
const PARAGRAPH_GAP = 2.4;
const AGENCY_END_RE = /(?:局|委|办|政府|院|会|中心|公司|集团|支行|分行|厅|部|室|所|站|处|队|团|馆|社)$/u;
const AGENCY_START_RE = /^(?:市|县|区|省|州|盟|旗|镇|乡|街道|各|国家|中共|共青团|团市委|妇联|总工会)/u;
const ITEM_START_RE =
  /^(?:[（(]\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[)）]|[0-9０-９]{1,3}\s*[.、．](?![0-9０-９])|[一二三四五六七八九十]{1,3}、|[①-⑳]|[-—·•])/u;

function breaksAfter(line: TextLine, next: TextLine, fillRight: number, pitch: number | null): boolean {
  const size = Math.max(line.size, next.size);
  if (line.right < fillRight - SHORT_LINE * size) return true;
  if (next.y - line.y > (pitch === null ? PARAGRAPH_GAP * size : PARAGRAPH_STEP * pitch)) return true;
  const [before, after] = [lineText(line), lineText(next)];
  // One agency a line (a Word cell's paragraphs) even when a name happens to fill the line: 市财政局 / 市人社局.
  return ITEM_START_RE.test(after) || (AGENCY_END_RE.test(before) && AGENCY_START_RE.test(after));
}

/**
 * The step between baselines of wrapped lines in a table (Word's 1.5 or fixed 28-pt line spacing makes it up to
 * twice the font size): the lower quartile of the steps inside cells, or null when no cell has two lines.
 * @example linePitch([[line1, line2, line3], [line4]]) // 18.2
 */
export function linePitch(cells: readonly (readonly TextLine[])[]): number | null {
  const steps = cells
    .flatMap((lines) => lines.slice(1).map((l, i) => l.y - (lines[i]?.y ?? l.y)))
    .filter((d) => d > 0)
    .sort((a, b) => a - b);
  return steps.length === 0 ? null : (steps[Math.floor(steps.length / 4)] ?? null);
}

/**
 * Whether the cell's last line ran to the fill edge: its paragraph may go on (on the next page, when a page break split the row).
 * @example runsOn(textLines(glyphs('市人力资源和社会保', 0, 20)), 90) // true
 */
export function runsOn(lines: readonly TextLine[], fillRight: number): boolean {
  const last = lines[lines.length - 1];
  return last !== undefined && last.right >= fillRight - SHORT_LINE * last.size;
}

/**
 * The cell's text, lines joined where they wrapped and broken with "\n" where a paragraph ended; `fillRight` is
 * the right edge wrapped lines reach in this column (the widest line of the column), `pitch` the table's `linePitch`.
 * @example cellText(textLines(pieces), 120, 15) // '市人力资源和社会保障局\n市财政局'
 */
export function cellText(lines: readonly TextLine[], fillRight: number, pitch: number | null = null): string {
  let text = '';
  lines.forEach((line, i) => {
    const part = lineText(line);
    if (part === '') return;
    const previous = lines[i - 1];
    if (text !== '' && previous) {
      const before = text.slice(-1);
      const after = part.charAt(0);
      if (breaksAfter(previous, line, fillRight, pitch)) text += '\n';
      // Two Latin words wrapped apart get their space back; a number cut by the wrap (`10` / `0`) is joined.
      else if (/[A-Za-z,;:.)]$/.test(before) && /^[A-Za-z(]/.test(after)) text += ' ';
    }
    text += part;
  });
  return text;
}
