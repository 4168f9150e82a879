/**
 * Pieces of text grouped into lines by their baseline, each line's pieces in reading order, and a line's text
 * joined by position: CJK glyphs (often one item each) are joined without spaces, Latin words with one.
 * Text drawn twice at nearly the same place (a "fake bold" many 公文 PDFs use) is kept once.
 */
import { isWide, pieceRight, type TextPiece } from './pdfTextPiece';

export interface TextLine {
  pieces: TextPiece[];
  /** Baseline (the first piece's). */
  y: number;
  left: number;
  right: number;
  /** The largest font size on the line. */
  size: number;
}

/** Baselines closer than this share of the font size are one line. */
const SAME_LINE = 0.45;
/** A gap wider than this share of the font size between two Latin runs is a space. */
const SPACE_GAP = 0.2;

function isDuplicate(line: TextLine, piece: TextPiece): boolean {
  const near = piece.size * 0.3;
  return line.pieces.some(
    (p) => p.text === piece.text && Math.abs(p.x - piece.x) < near && Math.abs(p.y - piece.y) < near,
  );
}

/**
 * The pieces as lines, top to bottom; never empty lines.
 * @example textLines([{ text: '市', x: 0, y: 10, width: 10, size: 10 }, { text: '教育局', x: 10, y: 10.2, width: 30, size: 10 }]).map(lineText) // ['市教育局']
 */
export function textLines(pieces: readonly TextPiece[]): TextLine[] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: TextLine[] = [];
  for (const piece of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(piece.y - line.y) <= SAME_LINE * Math.max(piece.size, line.size)) {
      if (isDuplicate(line, piece)) continue;
      line.pieces.push(piece);
      line.left = Math.min(line.left, piece.x);
      line.right = Math.max(line.right, pieceRight(piece));
      line.size = Math.max(line.size, piece.size);
    } else {
      lines.push({ pieces: [piece], y: piece.y, left: piece.x, right: pieceRight(piece), size: piece.size });
    }
  }
  for (const line of lines) line.pieces.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * A line's text: pieces in order, a space only between two Latin/digit runs set apart.
 * @example lineText({ pieces: [{ text: 'Word', x: 0, y: 0, width: 20, size: 10 }, { text: 'PDF', x: 25, y: 0, width: 15, size: 10 }], y: 0, left: 0, right: 40, size: 10 }) // 'Word PDF'
 */
export function lineText(line: TextLine): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const piece of line.pieces) {
    const before = text.slice(-1);
    const first = piece.text.charAt(0);
    const spaced = piece.x - end > SPACE_GAP * piece.size;
    if (text !== '' && spaced && before !== ' ' && first !== ' ' && !isWide(before) && !isWide(first)) text += ' ';
    text += piece.text;
    end = Math.max(end, pieceRight(piece));
  }
  return text.replace(/\s+/g, ' ').trim();
}
