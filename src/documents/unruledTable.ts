/**
 * A table drawn without rules, from the text lines of a page: columns by the gutters that hold down the table
 * (`unruledColumns`), then rows. Each column's lines form blocks (a step wider than the line pitch, or a
 * numbered line in the first column, starts a block); the first column's blocks anchor the rows (the 序号
 * column has one per row), and every other block joins the row of the anchor it lies beside — across from it
 * when cells are centred, at its top when they are top-aligned. A line that crosses a gutter (a section
 * heading) is a row of its own, spanning every column.
 */
import type { GridMerge } from '../model';
import type { MergedGrid } from './compactGrid';
import { isRowNumber } from './isRowNumber';
import { cellText, linePitch } from './pdfCellText';
import { lineText, textLines, type TextLine } from './pdfTextLines';
import { pieceCenter, splitPiece, type TextPiece } from './pdfTextPiece';
import { lineGroups, unruledColumns, type Extent } from './unruledColumns';

interface Block {
  col: number;
  lines: TextLine[];
  top: number;
  bottom: number;
}

interface Row {
  top: number;
  /** The spanning line's text, or null for a row of cells. */
  spanning: string | null;
  cells: TextLine[][];
}

/** A step between baselines beyond this share of the line pitch separates two cells of a column. */
const BLOCK_STEP = 1.12;
/** Lines closer than this share of the font size to the table belong to it. */
const ADJACENT = 1.35;
/** At the top of a continuation page, a step between baselines beyond this share of the font size (a blank line) ends the table. */
const CONTINUATION_GAP = 2.2;

function columnOf(columns: readonly Extent[], x: number): number {
  let best = 0;
  columns.forEach((c, i) => {
    if (x >= c.left - 1) best = i;
  });
  return best;
}

function crossesGutter(line: TextLine, columns: readonly Extent[]): boolean {
  return lineGroups(line).some((g) =>
    columns.some((c, i) => i > 0 && g.left < (columns[i - 1]?.right ?? 0) - 1 && g.right > c.left + 1),
  );
}

/** The typical step between the baselines of consecutive lines in one cell. */
function columnPitch(lines: readonly TextLine[]): number {
  const steps = lines
    .slice(1)
    .map((l, i) => l.y - (lines[i]?.y ?? 0))
    .filter((d, i) => d > 0 && d < 2.2 * (lines[i]?.size ?? 0))
    .sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 4)] ?? (lines[0]?.size ?? 10) * 1.3;
}

function columnBlocks(col: number, lines: readonly TextLine[], pitch: number): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    const numbered = col === 0 && isRowNumber(lineText(line));
    if (last && !numbered && line.y - last.bottom <= BLOCK_STEP * pitch) {
      last.lines.push(line);
      last.bottom = line.y;
    } else blocks.push({ col, lines: [line], top: line.y, bottom: line.y });
  }
  return blocks;
}

/** The row a block belongs to: the anchor whose extent it overlaps, else the nearest; a block over several anchors is cut at their tops. */
function placeBlock(block: Block, anchors: readonly Row[], anchorBlocks: readonly Block[], pitch: number): void {
  const over = anchorBlocks
    .map((a, i) => ({ i, a }))
    .filter(({ a }) => a.top - pitch / 2 <= block.bottom && a.bottom + pitch / 2 >= block.top);
  if (over.length > 1) {
    for (const line of block.lines) {
      const owner = [...over].reverse().find(({ a }) => a.top - pitch / 2 <= line.y) ?? over[0];
      if (owner) anchors[owner.i]?.cells[block.col]?.push(line);
    }
    return;
  }
  const center = (block.top + block.bottom) / 2;
  const distance = (a: Block) => Math.abs((a.top + a.bottom) / 2 - center);
  let best = over[0]?.i ?? -1;
  if (best < 0)
    anchorBlocks.forEach((a, i) => {
      const current = anchorBlocks[best];
      if (!current || distance(a) < distance(current)) best = i;
    });
  anchors[best]?.cells[block.col]?.push(...block.lines);
}

/** The rows of one stretch of the table between spanning lines: anchors from the first column, other blocks placed beside them. */
function segmentRows(columnLines: readonly TextLine[][]): Row[] {
  const pitches = columnLines.filter((l) => l.length > 1).map(columnPitch);
  const pitch = pitches.length > 0 ? Math.min(...pitches) : (columnLines.flat()[0]?.size ?? 10) * 1.3;
  const blocks = columnLines.map((lines, col) => columnBlocks(col, lines, pitch));
  const anchorCol =
    (blocks[0]?.length ?? 0) > 0
      ? 0
      : blocks.reduce((best, b, i) => (b.length > (blocks[best]?.length ?? 0) ? i : best), 0);
  const anchorBlocks = blocks[anchorCol] ?? [];
  const rows: Row[] = anchorBlocks.map((a) => ({
    top: a.top - (a.lines[0]?.size ?? 0),
    spanning: null,
    cells: columnLines.map((_, c) => (c === anchorCol ? [...a.lines] : [])),
  }));
  blocks.forEach((list, col) => {
    if (col !== anchorCol) for (const block of list) placeBlock(block, rows, anchorBlocks, pitch);
  });
  return rows;
}

function piecesByColumn(lines: readonly TextLine[], columns: readonly Extent[]): TextLine[][] {
  const byColumn: TextPiece[][] = columns.map(() => []);
  for (const line of lines) {
    for (const piece of line.pieces) {
      const col = columnOf(columns, piece.x);
      const parts = piece.x + piece.width > (columns[col]?.right ?? 0) + 1 ? splitPiece(piece) : [piece];
      for (const part of parts) byColumn[columnOf(columns, pieceCenter(part).x)]?.push(part);
    }
  }
  return byColumn.map((p) => textLines(p));
}

/** The table's first (or last) line index, moved over the lines right next to it: a header cell wrapped above the header row. */
function widen(lines: readonly TextLine[], from: number, step: 1 | -1): number {
  let at = from;
  for (
    let next = lines[at + step];
    next && Math.abs(next.y - (lines[at]?.y ?? 0)) <= ADJACENT * Math.min(next.size, lines[at]?.size ?? 0);
    next = lines[at + step]
  )
    at += step;
  return at;
}

function gridOf(rows: readonly Row[], fill: readonly number[], width: number): MergedGrid {
  const pitch = linePitch(rows.flatMap((row) => row.cells.map((lines) => [...lines].sort((a, b) => a.y - b.y))));
  const merges: GridMerge[] = [];
  const grid = rows.map((row, r) => {
    if (row.spanning !== null) {
      merges.push({ row: r, col: 0, rowSpan: 1, colSpan: width });
      return Array.from({ length: width }, () => row.spanning ?? '');
    }
    return row.cells.map((lines, c) =>
      cellText(
        [...lines].sort((a, b) => a.y - b.y),
        fill[c] ?? 0,
        pitch,
      ),
    );
  });
  return { grid, merges };
}

/** The table's lines: from the first to the last that hold two or more cells, with the lines right next to them. */
function tableBlock(lines: readonly TextLine[]): TextLine[] | null {
  const multi = lines.map((l, i) => (lineGroups(l).length >= 2 ? i : -1)).filter((i) => i >= 0);
  if (multi.length < 2) return null;
  return lines.slice(widen(lines, multi[0] ?? 0, -1), widen(lines, multi[multi.length - 1] ?? 0, 1) + 1);
}

/** A continuation's lines: the run at the top of the page with no gap wider than a blank line, holding a row of cells. */
function continuationBlock(lines: readonly TextLine[]): TextLine[] | null {
  let end = 0;
  while (
    end + 1 < lines.length &&
    (lines[end + 1]?.y ?? 0) - (lines[end]?.y ?? 0) <=
      CONTINUATION_GAP * Math.max(lines[end]?.size ?? 0, lines[end + 1]?.size ?? 0)
  )
    end += 1;
  const block = lines.slice(0, end + 1);
  return block.some((l) => lineGroups(l).length >= 2) ? block : null;
}

/** The previous page's columns, widened to meet half way across each gutter (this page's cells may run wider). */
function widened(columns: readonly Extent[]): Extent[] {
  return columns.map((c, i) => {
    const before = columns[i - 1];
    const after = columns[i + 1];
    return {
      left: before ? (before.right + c.left) / 2 + 0.5 : c.left - 10,
      right: after ? (c.right + after.left) / 2 - 0.5 : c.right + 10,
    };
  });
}

function rowsOf(block: readonly TextLine[], columns: readonly Extent[]): Row[] {
  const rows: Row[] = [];
  let stretch: TextLine[] = [];
  const flush = () => {
    if (stretch.length > 0) rows.push(...segmentRows(piecesByColumn(stretch, columns)));
    stretch = [];
  };
  for (const line of block) {
    if (!crossesGutter(line, columns)) stretch.push(line);
    else {
      flush();
      rows.push({ top: line.y - line.size, spanning: lineText(line), cells: [] });
    }
  }
  flush();
  return rows.sort((a, b) => a.top - b.top);
}

export interface UnruledTable {
  table: MergedGrid;
  /** Column edges (gutter middles). */
  xs: number[];
  /** The columns' text extents, for reading the table's continuation on the next page. */
  columns: Extent[];
  top: number;
  bottom: number;
}

/**
 * The unruled table among a page's lines (the lines from the first to the last that hold two or more cells),
 * or null when there is none with at least three columns and two rows. With `continued` (the columns of a table
 * without rules that ended the page before), the lines at the top of the page are read in those columns: a
 * continuation of one row is a table too.
 * @example unruledTable(pieces)?.table.grid[1] // ['1', '建立现代职业学校制度。', '市教育局', '2016年底前']
 */
export function unruledTable(pieces: readonly TextPiece[], continued?: readonly Extent[]): UnruledTable | null {
  const lines = textLines(pieces);
  const block = continued ? continuationBlock(lines) : tableBlock(lines);
  if (!block) return null;
  const columns = continued ? widened(continued) : unruledColumns(block);
  if (columns.length < 3) return null;
  const rows = rowsOf(block, columns);
  const fill = piecesByColumn(
    block.filter((l) => !crossesGutter(l, columns)),
    columns,
  ).map((ls) => Math.max(...ls.map((l) => l.right)));
  const grid = gridOf(rows, fill, columns.length);
  if (grid.grid.length < (continued ? 1 : 2)) return null;
  const xs = [
    columns[0]?.left ?? 0,
    ...columns.slice(1).map((c, i) => ((columns[i]?.right ?? 0) + c.left) / 2),
    columns[columns.length - 1]?.right ?? 0,
  ];
  return {
    table: grid,
    xs,
    columns: continued ? [...continued] : columns,
    top: (block[0]?.y ?? 0) - (block[0]?.size ?? 0),
    bottom: block[block.length - 1]?.y ?? 0,
  };
}
