/**
 * The text of one table cell from its lines. A PDF has no paragraphs: a cell's text wraps at the cell's width,
 * and a wrapped line is joined to the next without a break (an agency name cut by the wrap stays whole),
 * while a line that stops short of the column's width, a numbered item and a wider vertical gap start a new
 * line ("\n"), as the paragraphs of a Word cell do.
 */
import { lineText, type TextLine } from './pdfTextLines';

/** A line ending further than this share of the font size before the fill edge did not wrap: its paragraph ended. */
const SHORT_LINE = 1.2;
/** A baseline step larger than this share of the font size is a paragraph gap, not a wrap. */
const PARAGRAPH_GAP = 1.9;
const ITEM_START_RE = /^(?:[（(]\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[)）]|[0-9０-９]{1,3}\s*[.、．](?![0-9０-９])|[一二三四五六七八九十]{1,3}、|[①-⑳]|[-—·•])/u;

function breaksAfter(line: TextLine, next: TextLine, fillRight: number): boolean {
  const size = Math.max(line.size, next.size);
  if (line.right < fillRight - SHORT_LINE * size) return true;
  if (next.y - line.y > PARAGRAPH_GAP * size) return true;
  return ITEM_START_RE.test(lineText(next));
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
 * the right edge wrapped lines reach in this column (the widest line of the column).
 * @example cellText(textLines(pieces), 120) // '市人力资源和社会保障局\n市财政局'
 */
export function cellText(lines: readonly TextLine[], fillRight: number): string {
  let text = '';
  lines.forEach((line, i) => {
    const part = lineText(line);
    if (part === '') return;
    const previous = lines[i - 1];
    if (text !== '' && previous) {
      const before = text.slice(-1);
      const after = part.charAt(0);
      if (breaksAfter(previous, line, fillRight)) text += '\n';
      // Two Latin words wrapped apart get their space back; a number cut by the wrap (`10` / `0`) is joined.
      else if (/[A-Za-z,;:.)]$/.test(before) && /^[A-Za-z(]/.test(after)) text += ' ';
    }
    text += part;
  });
  return text;
}
