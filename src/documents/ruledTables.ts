/**
 * Ruled tables from a page's ruling segments: segments snapped and joined into lines, lines that cross each
 * other grouped into tables, the distinct line positions as column and row edges, and cells whose shared edge
 * is not drawn joined into one region (a merged cell). Tables drawn without outer side borders (common in
 * 公文 tables) take their outer edges from the ends of the horizontal lines.
 */
import type { GridMerge } from '../model';
import type { RulingSegment } from './pdfRulingSegments';

export interface RuledTable {
  /** Column edges, left to right (columns = xs.length - 1). */
  xs: number[];
  /** Row edges, top to bottom (rows = ys.length - 1). */
  ys: number[];
  /** Every region (merged or single cell), in reading order of its top-left cell. */
  regions: GridMerge[];
  /** Row × column → index into `regions`. */
  regionOf: number[][];
}

interface Line {
  /** The fixed coordinate (y of a horizontal line, x of a vertical one). */
  at: number;
  from: number;
  to: number;
}

/** Positions closer than this (points) are one line: double borders, a border and a shading edge. */
const SNAP = 3;
/** A shared edge drawn along at least this share of its length separates two cells. */
const DRAWN = 0.5;
/** A heading row spanning a table is at most this tall (points): three lines of 小四 and padding. */
const MAX_SPANNING_ROW = 80;
/** More lines than this on one page is a drawing; its tables are not looked for. */
const MAX_LINES = 4000;

function joinCollinear(lines: Line[]): Line[] {
  const sorted = [...lines].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Line[] = [];
  const rows: Line[][] = [];
  for (const line of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs((row[0]?.at ?? 0) - line.at) <= SNAP / 2) row.push(line);
    else rows.push([line]);
  }
  for (const row of rows) {
    const at = row.reduce((s, l) => s + l.at, 0) / row.length;
    row.sort((a, b) => a.from - b.from);
    let current: Line | null = null;
    for (const l of row) {
      if (current && l.from <= current.to + SNAP) current.to = Math.max(current.to, l.to);
      else out.push((current = { at, from: l.from, to: l.to }));
    }
  }
  return out;
}

function find(parent: number[], i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] ?? root;
  while (parent[i] !== root) {
    const next = parent[i] ?? root;
    parent[i] = root;
    i = next;
  }
  return root;
}

function union(parent: number[], a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
}

/**
 * A row with no vertical rule at all (a section heading across a table drawn without outer side borders) cuts the
 * table's verticals in two: rules of the same extent less than a row apart belong to one table.
 */
function bridgeSpanningRows(hs: readonly Line[], parent: number[]): void {
  const order = hs.map((h, i) => ({ h, i })).sort((a, b) => a.h.at - b.h.at);
  order.forEach(({ h, i }, k) => {
    for (const { h: other, i: j } of order.slice(k + 1)) {
      if (other.at - h.at > MAX_SPANNING_ROW) break;
      if (Math.abs(other.from - h.from) <= SNAP && Math.abs(other.to - h.to) <= SNAP) {
        union(parent, i, j);
        break;
      }
    }
  });
}

/** Groups of lines that touch: each group is one table's horizontal and vertical lines. */
function connected(hs: readonly Line[], vs: readonly Line[]): { hs: Line[]; vs: Line[] }[] {
  const parent = Array.from({ length: hs.length + vs.length }, (_, i) => i);
  hs.forEach((h, i) => {
    vs.forEach((v, j) => {
      if (v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP)
        union(parent, i, hs.length + j);
    });
  });
  bridgeSpanningRows(hs, parent);
  const groups = new Map<number, { hs: Line[]; vs: Line[] }>();
  const group = (i: number) => {
    const root = find(parent, i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { hs: [], vs: [] }));
    return g;
  };
  hs.forEach((h, i) => group(i).hs.push(h));
  vs.forEach((v, j) => group(hs.length + j).vs.push(v));
  return [...groups.values()];
}

function clusterPositions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - (last[last.length - 1] ?? v) <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

/** How much of [from, to] the lines at position `at` cover, as a share. */
function coverage(lines: readonly Line[], at: number, from: number, to: number): number {
  let covered = 0;
  for (const l of lines)
    if (Math.abs(l.at - at) <= SNAP) covered += Math.max(0, Math.min(l.to, to) - Math.max(l.from, from));
  return to > from ? covered / (to - from) : 1;
}

/** Cells joined across every shared edge that is not drawn; each joined group becomes the region of its bounding box. */
function regions(
  xs: readonly number[],
  ys: readonly number[],
  hs: readonly Line[],
  vs: readonly Line[],
): Pick<RuledTable, 'regions' | 'regionOf'> {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const [x0, x1, y0, y1] = [xs[c] ?? 0, xs[c + 1] ?? 0, ys[r] ?? 0, ys[r + 1] ?? 0];
      if (c + 1 < cols && coverage(vs, x1, y0, y1) < DRAWN) union(parent, r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && coverage(hs, y1, x0, x1) < DRAWN) union(parent, r * cols + c, (r + 1) * cols + c);
    }
  }
  const boxes = new Map<number, GridMerge>();
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const root = find(parent, r * cols + c);
      const box = boxes.get(root);
      if (!box) boxes.set(root, { row: r, col: c, rowSpan: 1, colSpan: 1 });
      else {
        const right = Math.max(box.col + box.colSpan, c + 1);
        box.col = Math.min(box.col, c);
        box.colSpan = right - box.col;
        box.rowSpan = r + 1 - box.row;
      }
    }
  }
  const list = [...boxes.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const regionOf = Array.from({ length: rows }, () => Array.from({ length: cols }, () => -1));
  list.forEach((box, i) => {
    for (let r = box.row; r < box.row + box.rowSpan; r += 1)
      for (let c = box.col; c < box.col + box.colSpan; c += 1)
        if (regionOf[r]?.[c] === -1) (regionOf[r] as number[])[c] = i;
  });
  return { regions: list, regionOf };
}

/**
 * The ruled tables drawn by a page's segments, top to bottom; a lone frame (one cell) is not a table.
 * @example ruledTables(rulingSegments(list, OPS, transform, 50_000) ?? [])[0]?.xs // [56.7, 98.2, 340.1, 470.5, 538.6]
 */
export function ruledTables(segments: readonly RulingSegment[]): RuledTable[] {
  const horizontal = joinCollinear(
    segments.filter((s) => s.y1 === s.y2).map((s) => ({ at: s.y1, from: s.x1, to: s.x2 })),
  );
  const vertical = joinCollinear(
    segments.filter((s) => s.x1 === s.x2).map((s) => ({ at: s.x1, from: s.y1, to: s.y2 })),
  );
  if (horizontal.length > MAX_LINES || vertical.length > MAX_LINES) return [];
  const tables: RuledTable[] = [];
  for (const { hs, vs } of connected(horizontal, vertical)) {
    if (hs.length < 2 || vs.length < 1) continue;
    const xs = clusterPositions([
      ...vs.map((v) => v.at),
      Math.min(...hs.map((h) => h.from)),
      Math.max(...hs.map((h) => h.to)),
    ]);
    const ys = clusterPositions([
      ...hs.map((h) => h.at),
      Math.min(...vs.map((v) => v.from)),
      Math.max(...vs.map((v) => v.to)),
    ]);
    if (xs.length < 2 || ys.length < 2 || (xs.length < 3 && ys.length < 3)) continue;
    tables.push({ xs, ys, ...regions(xs, ys, hs, vs) });
  }
  return tables.sort((a, b) => (a.ys[0] ?? 0) - (b.ys[0] ?? 0));
}
