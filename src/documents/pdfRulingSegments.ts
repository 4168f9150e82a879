/**
 * The ruling lines of a PDF page from pdf.js's operator list: straight horizontal and vertical edges of stroked
 * paths, and thin filled rectangles (how Word, WPS and Chromium draw table borders), in page points with the
 * origin at the top left. The current transformation matrix is followed through save/restore, `cm` and form
 * XObjects; curves, diagonal edges and white (invisible) paint are left out.
 */

/** An axis-parallel segment: horizontal when y1 === y2 (x1 < x2), vertical when x1 === x2 (y1 < y2). */
export interface RulingSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The operator codes we read (pdf.js's `OPS`, passed in so this file needs no pdf.js import). */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

export type Matrix = readonly [number, number, number, number, number, number];

/** pdf.js's path data codes (`DrawOPS`). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;
/** A filled rectangle at most this thick (points) is a line. */
const THIN = 3;
/** Edges within this of axis-parallel (points) count as straight. */
const SKEW = 0.5;

type Point = readonly [number, number];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): Point {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function asMatrix(value: unknown): Matrix | null {
  const v = value as ArrayLike<unknown> | null;
  if (!v || typeof v.length !== 'number' || v.length !== 6) return null;
  const m = Array.from(v, Number);
  return m.every(Number.isFinite) ? (m as unknown as Matrix) : null;
}

function isWhite(color: unknown): boolean {
  return typeof color === 'string' && /^#f[c-f]f[c-f]f[c-f]$/i.test(color);
}

function segment(a: Point, b: Point): RulingSegment | null {
  if (Math.abs(a[1] - b[1]) <= SKEW && Math.abs(a[0] - b[0]) > SKEW) {
    const y = (a[1] + b[1]) / 2;
    return { x1: Math.min(a[0], b[0]), y1: y, x2: Math.max(a[0], b[0]), y2: y };
  }
  if (Math.abs(a[0] - b[0]) <= SKEW && Math.abs(a[1] - b[1]) > SKEW) {
    const x = (a[0] + b[0]) / 2;
    return { x1: x, y1: Math.min(a[1], b[1]), x2: x, y2: Math.max(a[1], b[1]) };
  }
  return null;
}

/** The subpaths of pdf.js's flat path data, each as its points and whether it was closed; curves end a straight run. */
function subpaths(data: ArrayLike<number>, m: Matrix): { points: Point[]; closed: boolean; curved: boolean }[] {
  const out: { points: Point[]; closed: boolean; curved: boolean }[] = [];
  let current: { points: Point[]; closed: boolean; curved: boolean } | null = null;
  for (let i = 0; i < data.length;) {
    const op = data[i] ?? -1;
    if (op === MOVE || op === LINE) {
      const p = apply(m, data[i + 1] ?? 0, data[i + 2] ?? 0);
      if (op === MOVE || !current) out.push((current = { points: [p], closed: false, curved: false }));
      else current.points.push(p);
      i += 3;
    } else if (op === CURVE || op === QUAD) {
      const n = op === CURVE ? 6 : 4;
      if (current) current.curved = true;
      const p = apply(m, data[i + n - 1] ?? 0, data[i + n] ?? 0);
      out.push((current = { points: [p], closed: false, curved: true }));
      i += n + 1;
    } else if (op === CLOSE) {
      if (current) current.closed = true;
      i += 1;
    } else break;
  }
  return out;
}

function edges(points: readonly Point[], closed: boolean): RulingSegment[] {
  const out: RulingSegment[] = [];
  const ring = closed && points.length > 2 ? [...points, points[0] as Point] : points;
  for (let i = 1; i < ring.length; i += 1) {
    const s = segment(ring[i - 1] as Point, ring[i] as Point);
    if (s) out.push(s);
  }
  return out;
}

/** A filled axis-parallel rectangle: a line when thin, its four edges (a shaded cell's border) otherwise. */
function filledRuling(points: readonly Point[]): RulingSegment[] {
  const ring =
    points.length === 5 &&
    Math.hypot((points[0]?.[0] ?? 0) - (points[4]?.[0] ?? 0), (points[0]?.[1] ?? 0) - (points[4]?.[1] ?? 0)) < SKEW
      ? points.slice(0, 4)
      : points;
  if (ring.length !== 4) return [];
  const sides = edges(ring, true);
  if (sides.length !== 4) return [];
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (bottom - top <= THIN && right - left > bottom - top)
    return [{ x1: left, y1: (top + bottom) / 2, x2: right, y2: (top + bottom) / 2 }];
  if (right - left <= THIN) return [{ x1: (left + right) / 2, y1: top, x2: (left + right) / 2, y2: bottom }];
  return sides;
}

function pathSegments(args: unknown, m: Matrix, stroked: boolean, filled: boolean): RulingSegment[] {
  if (!Array.isArray(args)) return [];
  const raw: unknown = args[1];
  const chunks: unknown[] = Array.isArray(raw) ? raw : [raw];
  const out: RulingSegment[] = [];
  for (const chunk of chunks) {
    if (!chunk || typeof (chunk as ArrayLike<number>).length !== 'number') continue;
    for (const path of subpaths(chunk as ArrayLike<number>, m)) {
      if (stroked) out.push(...edges(path.points, path.closed));
      else if (filled && !path.curved) out.push(...filledRuling(path.points));
    }
  }
  return out;
}

/**
 * The page's ruling segments, or null when there are more than `limit` (a drawing, not a table).
 * @example rulingSegments({ fnArray: [OPS.constructPath], argsArray: [[OPS.fill, [rect], null]] }, OPS, viewport.transform, 50_000)
 */
export function rulingSegments(
  list: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> },
  ops: PathOps,
  pageTransform: Matrix,
  limit: number,
): RulingSegment[] | null {
  const stack: { m: Matrix; stroke: unknown; fill: unknown }[] = [];
  let state = { m: pageTransform, stroke: '#000000' as unknown, fill: '#000000' as unknown };
  const out: RulingSegment[] = [];
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  for (let i = 0; i < list.fnArray.length; i += 1) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save || fn === ops.paintFormXObjectBegin) {
      stack.push(state);
      state = { ...state };
      const matrix = fn === ops.save ? null : asMatrix(args?.[0]);
      if (matrix) state.m = multiply(state.m, matrix);
    } else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === ops.transform) state.m = multiply(state.m, asMatrix(args) ?? [1, 0, 0, 1, 0, 0]);
    else if (fn === ops.setStrokeRGBColor) state.stroke = args?.[0];
    else if (fn === ops.setFillRGBColor) state.fill = args?.[0];
    else if (fn === ops.constructPath) {
      const op = Array.isArray(args) ? args[0] : undefined;
      const stroked = strokes.has(op as number) && !isWhite(state.stroke);
      const filled = fills.has(op as number) && !isWhite(state.fill);
      if (stroked || filled) out.push(...pathSegments(args, state.m, stroked, filled));
      if (out.length > limit) return null;
    }
  }
  return out;
}
