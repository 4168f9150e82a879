/**
 * The columns of a table drawn without rules: the x-ranges that the text of the table's multi-cell lines covers,
 * separated by gutters that stay empty down the whole table. Lines of one text run (a heading, a paragraph)
 * are not used: only lines whose text falls into two or more groups set apart by a wide gap.
 */
import type { TextLine } from './pdfTextLines';
import { isWide, pieceRight, splitPiece, type TextPiece } from './pdfTextPiece';

export interface Extent {
  left: number;
  right: number;
}

/** A horizontal gap wider than this share of the font size separates two cells on a line (CJK text is set solid; justified lines spread it by less). */
const CELL_GAP = 0.45;
/** A column holds text on at least this many multi-cell lines, or it is a gap inside a cell. */
const MIN_LINES = 2;
/** Text this close (a share of the font size) to the next group on its line may be one word spaced out. */
const SPACED_OUT = 2.5;

/** A space that separates cells: two or more, or one beside a CJK glyph (CJK text has no spaces between words). */
function separates(chars: readonly TextPiece[], i: number): boolean {
  const [before, after] = [chars[i - 1]?.text ?? '', chars[i + 1]?.text ?? ''];
  return chars[i]?.text === ' ' && (after === ' ' || isWide(before) || isWide(after));
}

/**
 * A piece with cell-separating spaces inside as separate pieces: pdf.js writes a gap of up to 0.6 em between two
 * runs as a space inside one item, and some writers pad cells with spaces.
 */
export function splitAtSpaces(piece: TextPiece): TextPiece[] {
  if (!/\S\s{2,}\S|[^\x00-\x7f]\s\S|\S\s[^\x00-\x7f]/u.test(piece.text)) return [piece];
  const out: TextPiece[] = [];
  let current: TextPiece[] = [];
  const flush = () => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last)
      out.push({
        text: current
          .map((p) => p.text)
          .join('')
          .trim(),
        x: first.x,
        y: piece.y,
        width: pieceRight(last) - first.x,
        size: piece.size,
      });
    current = [];
  };
  const chars = splitPiece(piece);
  chars.forEach((c, i) => {
    if (separates(chars, i)) flush();
    else if (c.text !== ' ' || current.length > 0) current.push(c);
  });
  flush();
  return out.filter((p) => p.text !== '');
}

/**
 * A line's groups of text: runs of pieces with no gap wider than `CELL_GAP` em between them.
 * @example lineGroups(line).length // 4 for a row `1   建立…   市教育局   2016年底前`
 */
export function lineGroups(line: TextLine): Extent[] {
  const groups: Extent[] = [];
  for (const piece of line.pieces) {
    const last = groups[groups.length - 1];
    if (last && piece.x - last.right <= CELL_GAP * piece.size) last.right = Math.max(last.right, pieceRight(piece));
    else groups.push({ left: piece.x, right: pieceRight(piece) });
  }
  return groups;
}

/**
 * The columns (left to right) that the groups of multi-cell lines cover; an empty list when fewer than two.
 * @example unruledColumns(lines).map((c) => Math.round(c.left)) // [57, 88, 345, 392, 512]
 */
export function unruledColumns(lines: readonly TextLine[]): Extent[] {
  const multi = lines.filter((l) => lineGroups(l).length >= 2);
  const spans = multi
    .flatMap((l, line) => lineGroups(l).map((g) => ({ ...g, line, size: l.size })))
    .sort((a, b) => a.left - b.left);
  const columns: (Extent & { lines: Set<number> })[] = [];
  for (const s of spans) {
    const last = columns[columns.length - 1];
    if (last && s.left <= last.right) {
      last.right = Math.max(last.right, s.right);
      last.lines.add(s.line);
    } else columns.push({ left: s.left, right: s.right, lines: new Set([s.line]) });
  }
  // A column with text on one line only, always right beside its neighbour's text, is a gap inside a cell (序　号).
  const spacedOut = (c: Extent & { lines: Set<number> }) =>
    c.lines.size < MIN_LINES &&
    spans
      .filter((s) => c.lines.has(s.line) && s.left >= c.left && s.right <= c.right)
      .every((own) =>
        spans.some(
          (s) =>
            s.line === own.line &&
            s !== own &&
            Math.min(Math.abs(s.left - own.right), Math.abs(own.left - s.right)) < SPACED_OUT * own.size,
        ),
      );
  for (let i = 0; columns.length > 2 && i < columns.length;) {
    const c = columns[i];
    if (!c || !spacedOut(c)) {
      i += 1;
      continue;
    }
    const [before, after] = [columns[i - 1], columns[i + 1]];
    const into = !after || (before && c.left - before.right <= after.left - c.right) ? before : after;
    if (!into) break;
    into.left = Math.min(into.left, c.left);
    into.right = Math.max(into.right, c.right);
    for (const l of c.lines) into.lines.add(l);
    columns.splice(i, 1);
    i = 0;
  }
  return columns.length >= 2 ? columns.map(({ left, right }) => ({ left, right })) : [];
}
