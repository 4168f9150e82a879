/**
 * The text of a ruled table: each piece of text placed in the cell under it (a run that crosses a column edge
 * is split glyph by glyph), each region's lines joined by the paragraph rule of `cellText`, the region's text
 * in every cell it covers.
 */
import type { MergedGrid } from './compactGrid';
import { cellText, linePitch, runsOn } from './pdfCellText';
import { textLines, type TextLine } from './pdfTextLines';
import { pieceCenter, pieceRight, splitPiece, type TextPiece } from './pdfTextPiece';
import type { RuledTable } from './ruledTables';

/** Index of the band [edges[i], edges[i+1]) holding `v`, or -1 outside. */
function bandOf(edges: readonly number[], v: number): number {
  if (v < (edges[0] ?? 0) || v > (edges[edges.length - 1] ?? 0)) return -1;
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((edges[mid] ?? 0) <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function crossesEdge(piece: TextPiece, xs: readonly number[]): boolean {
  const right = pieceRight(piece);
  return xs.slice(1, -1).some((x) => piece.x < x - 1 && right > x + 1);
}

/** A cell's right padding is taken to be its left one, up to this (points; Word's default is 5.4). */
const MAX_PAD = 6;

/**
 * The right edge wrapped lines reach in each column: the widest line of the cells one column wide, or the
 * column's rule less the padding seen on the left, whichever is further (a column of short cells on one page
 * still wraps at its rule).
 */
function fillEdges(table: RuledTable, lines: readonly TextLine[][]): number[] {
  const widest = Array.from({ length: table.xs.length - 1 }, () => Number.NEGATIVE_INFINITY);
  const pad = Array.from({ length: table.xs.length - 1 }, () => MAX_PAD);
  table.regions.forEach((region, i) => {
    for (const line of lines[i] ?? []) {
      pad[region.col] = Math.min(pad[region.col] ?? MAX_PAD, Math.max(0, line.left - (table.xs[region.col] ?? 0)));
      if (region.colSpan === 1) widest[region.col] = Math.max(widest[region.col] ?? 0, line.right);
    }
  });
  return widest.map((w, c) => Math.max(w, (table.xs[c + 1] ?? 0) - (pad[c] ?? MAX_PAD)));
}

/**
 * The table's grid and merges, the pieces that lie outside it, and for each cell whether its last line ran to the fill edge.
 * @example ruledTableGrid(ruledTables(segments)[0], pieces).table.grid // [['序号', '工作任务', '牵头单位'], ['1', '…', '市教育局']]
 */
export function ruledTableGrid(
  table: RuledTable,
  pieces: readonly TextPiece[],
): { table: MergedGrid; outside: TextPiece[]; runs: boolean[][] } {
  const inRegion: TextPiece[][] = table.regions.map(() => []);
  const outside: TextPiece[] = [];
  for (const piece of pieces) {
    const row = bandOf(table.ys, pieceCenter(piece).y);
    if (row < 0) {
      outside.push(piece);
      continue;
    }
    const parts = crossesEdge(piece, table.xs) ? splitPiece(piece) : [piece];
    for (const part of parts) {
      const at = pieceCenter(part);
      const col = bandOf(table.xs, at.x);
      const region = col < 0 ? -1 : (table.regionOf[row]?.[col] ?? -1);
      if (region < 0) outside.push(part);
      else inRegion[region]?.push(part);
    }
  }
  const lines = inRegion.map((p) => textLines(p));
  const fill = fillEdges(table, lines);
  const pitch = linePitch(lines);
  const texts = table.regions.map((region, i) => {
    return cellText(lines[i] ?? [], fill[region.col + region.colSpan - 1] ?? 0, pitch);
  });
  const grid = table.regionOf.map((row) => row.map((i) => texts[i] ?? ''));
  const running = table.regions.map((region, i) => runsOn(lines[i] ?? [], fill[region.col + region.colSpan - 1] ?? 0));
  const runs = table.regionOf.map((row) => row.map((i) => running[i] ?? false));
  const merges = table.regions.filter((r) => r.rowSpan > 1 || r.colSpan > 1).map((r) => ({ ...r }));
  return { table: { grid, merges }, outside, runs };
}
