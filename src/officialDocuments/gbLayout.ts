/**
 * GB/T 9704-2012 (党政机关公文格式) in Word's units: A4, the text block 156 × 225 mm placed 37 mm from the top and
 * 28 mm from the binding edge, 22 lines of 28 characters, and the fonts as the standard names them (Word substitutes
 * what a machine lacks; nothing is embedded).
 */

/** Twentieths of a point per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;

function mm(millimetres: number): number {
  return Math.round(millimetres * TWIPS_PER_MM);
}

export const PAGE = { width: 11906, height: 16838 } as const;
export const TEXT_BLOCK = { width: mm(156), height: mm(225) } as const;
export const MARGIN = {
  top: mm(37),
  left: mm(28),
  right: PAGE.width - mm(28) - TEXT_BLOCK.width,
  bottom: PAGE.height - mm(37) - TEXT_BLOCK.height,
  header: mm(15),
  /** The page number's line sits about 7 mm under the text block. */
  footer: mm(22),
} as const;

const LINES_PER_PAGE = 22;
const CHARS_PER_LINE = 28;
/** One line of the grid: 225 mm / 22 = 28.95 pt, the exact spacing of every body paragraph. */
export const LINE_PITCH = Math.floor(TEXT_BLOCK.height / LINES_PER_PAGE);
/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小初 36 pt (the masthead). */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 28, masthead: 72 } as const;
/**
 * Condensed spacing between characters (twips) so that 28 characters of 3号 fit 156 mm: 16 pt characters alone fit 27.6.
 * Word's character grid (linesAndChars with charSpace) would do the same, but LibreOffice and WPS lay that grid out
 * differently (two cells a character); a run's spacing reads the same everywhere.
 * @example CHAR_SPACING // -5
 */
export const CHAR_SPACING = -5;
/** One character of the grid, in twips: indents of two and four characters. */
export const CHAR_PITCH = Math.round(TEXT_BLOCK.width / CHARS_PER_LINE);

export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** The masthead's red (GB/T 9704 asks for red; this is the red Word's templates use). */
export const RED = 'FF0000';
