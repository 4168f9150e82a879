/**
 * What one PDF page holds for table reading, from pdf.js: the text runs (page points, origin top left, only
 * text that is not blank) and the ruling segments; bounded by the counts of text items and path segments.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { multiply, rulingSegments, type Matrix, type PathOps, type RulingSegment } from './pdfRulingSegments';
import { normalizeCjkForms } from './normalizeCjkForms';
import type { TextPiece } from './pdfTextPiece';

export interface PageContent {
  pieces: TextPiece[];
  /** null: more path segments than a table has (a drawing); no ruled tables are looked for. */
  segments: RulingSegment[] | null;
  /**
   * Characters a Chinese document does not hold: private use, controls, U+FFFD, and letters of other scripts —
   * what a font without a Unicode map yields (its glyph numbers read as characters, or GBK bytes read as Latin-1).
   */
  unreadable: number;
  /** All non-blank characters. */
  characters: number;
  /** The page had more text items than `MAX_PAGE_TEXT_ITEMS`; the rest were not read. */
  clipped: boolean;
}

/** Text items on one page beyond this are not read (a dense A4 page of 5-pt text has about 10,000 glyphs). */
const MAX_PAGE_TEXT_ITEMS = 60_000;
/** Path segments on one page beyond this make it a drawing. */
const MAX_PAGE_SEGMENTS = 50_000;

/** Never text: controls, private use, the replacement character (removed from the text). */
const NOT_TEXT_RE = /[\u0000-\u0008\u000e-\u001f\ue000-\uf8ff\ufffd]/gu;
/** What a Chinese document is written in: ASCII, a few Latin-1 signs, punctuation, symbols, CJK, full-width forms. */
const EXPECTED_RE =
  /[\u0020-\u007e\u00a5\u00a7\u00a9\u00ae\u00b0\u00b1\u00b7\u00d7\u00f7\u2000-\u206f\u2100-\u27bf\u2e80-\u2fdf\u3000-\u312f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

interface RawItem {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
}

function pieceOf(item: RawItem, m: Matrix): TextPiece | null {
  if (typeof item.str !== 'string' || item.str.trim() === '' || !Array.isArray(item.transform)) return null;
  const t = multiply(m, item.transform as unknown as Matrix);
  const size = Math.hypot(t[2], t[3]);
  if (!Number.isFinite(size) || size <= 0) return null;
  const text = normalizeCjkForms(item.str).replace(/\s+/g, ' ');
  const scale = Math.hypot(m[0], m[1]);
  const width = typeof item.width === 'number' && item.width > 0 ? item.width * scale : size * [...text].length;
  return { text, x: t[4], y: t[5], width, size };
}

/**
 * The page's text pieces and ruling segments.
 * @example const content = await pageContent(await doc.getPage(1), pdfjs.OPS)
 */
export async function pageContent(page: PDFPageProxy, ops: PathOps): Promise<PageContent> {
  const transform = page.getViewport({ scale: 1 }).transform as unknown as Matrix;
  const text = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const clipped = text.items.length > MAX_PAGE_TEXT_ITEMS;
  const pieces: TextPiece[] = [];
  let unreadable = 0;
  let characters = 0;
  for (const item of text.items.slice(0, MAX_PAGE_TEXT_ITEMS) as RawItem[]) {
    const piece = pieceOf(item, transform);
    if (!piece) continue;
    const chars = [...piece.text.replace(/\s/g, '')];
    characters += chars.length;
    unreadable += chars.filter((c) => !EXPECTED_RE.test(c)).length;
    pieces.push({ ...piece, text: piece.text.replace(NOT_TEXT_RE, '') });
  }
  const list = await page.getOperatorList();
  return {
    pieces: pieces.filter((p) => p.text.trim() !== ''),
    segments: rulingSegments(list, ops, transform, MAX_PAGE_SEGMENTS),
    unreadable,
    characters,
    clipped,
  };
}
