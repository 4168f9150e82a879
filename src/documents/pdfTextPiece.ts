/**
 * A run of text placed on a PDF page, in page points with the origin at the top left (y grows down): what
 * pdf.js's text content gives, one item per run (often one glyph per item in CJK typesetting).
 */

export interface TextPiece {
  text: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline. */
  y: number;
  /** Advance width of the whole run. */
  width: number;
  /** Font size (the height of an em). */
  size: number;
}

const WIDE_RE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Whether a character is set on a full em (CJK ideographs, kana, full-width forms and punctuation). */
export function isWide(char: string): boolean {
  return WIDE_RE.test(char);
}

/** A narrow character's share of the em, for placing glyphs inside a run whose widths pdf.js does not give. */
const NARROW = 0.55;

/**
 * The run as one piece per character, the run's width shared out by an estimate of each glyph's advance
 * (full em for CJK, about half for Latin); used where a run crosses a cell or column boundary.
 * @example splitPiece({ text: '1市', x: 0, y: 10, width: 15.5, size: 10 }).map((p) => p.x) // [0, 5.5]
 */
export function splitPiece(piece: TextPiece): TextPiece[] {
  const chars = [...piece.text];
  if (chars.length <= 1) return [piece];
  const weights = chars.map((c) => (isWide(c) ? 1 : NARROW));
  const total = weights.reduce((a, b) => a + b, 0);
  const out: TextPiece[] = [];
  let at = piece.x;
  chars.forEach((text, i) => {
    const width = (piece.width * (weights[i] ?? 0)) / total;
    out.push({ text, x: at, y: piece.y, width, size: piece.size });
    at += width;
  });
  return out;
}

/** The right edge of a piece. */
export function pieceRight(piece: TextPiece): number {
  return piece.x + piece.width;
}

/** A point inside the glyphs (half way along, a third of the em above the baseline), to place a piece in a cell. */
export function pieceCenter(piece: TextPiece): { x: number; y: number } {
  return { x: piece.x + piece.width / 2, y: piece.y - piece.size * 0.35 };
}
