/**
 * One worksheet part as rows of cell XML, read and patched as text: rows and cells we do not touch keep their
 * exact bytes, a changed row is rewritten from its cells, a new row goes in row order. Text is written as an
 * inline string (`t="inlineStr"`): it is text whatever it starts with, and sharedStrings is left as it was.
 */
import { attribute, escapeXml, runText, unescapeXml } from './xmlText';

export type CellValue = string | number | boolean;
/** What a cell may be given: a value, or a formula (A1, without `=`; no cached value: the host computes it on open). */
export type CellInput = CellValue | { formula: string };

interface CellXml {
  col: number;
  raw: string;
}

interface RowXml {
  row: number;
  attrs: string;
  cells: CellXml[];
  /** The row's original XML, or null once changed (rewritten from `cells`). */
  raw: string | null;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

/** 0-based column of a column's letters (`A` → 0, `AA` → 26). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function letters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `A1`-style address of a 0-based row and column. */
export function cellRef(row: number, col: number): string {
  return `${letters(col)}${row + 1}`;
}

/** A cell reference (`B12`) as 0-based row and column, or null. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  return m ? { col: columnIndex(m[1] ?? 'A'), row: Number(m[2]) - 1 } : null;
}

export class SheetXml {
  private readonly head: string;
  private readonly tail: string;
  private readonly rows: RowXml[] = [];
  /** The same rows by 0-based row number: a patch of n cells costs O(n), not O(n × rows). */
  private readonly byRow = new Map<number, RowXml>();

  constructor(xml: string) {
    const open = /<sheetData\b[^>]*?(\/>|>)/.exec(xml);
    if (!open) throw new Error('sheet-without-data');
    const bodyStart = open.index + open[0].length;
    if (open[1] === '/>') {
      this.head = `${xml.slice(0, open.index)}<sheetData>`;
      this.tail = `</sheetData>${xml.slice(bodyStart)}`;
      return;
    }
    const bodyEnd = xml.indexOf('</sheetData>', bodyStart);
    this.head = xml.slice(0, bodyStart);
    this.tail = xml.slice(bodyEnd);
    let next = 0;
    for (const m of xml.slice(bodyStart, bodyEnd).matchAll(ROW)) {
      const attrs = m[1] ?? '';
      const r = attribute(attrs, 'r');
      const row = r === null ? next : Number(r) - 1;
      next = row + 1;
      const parsed: RowXml = { row, attrs, cells: parseCells(m[2] ?? ''), raw: m[0] };
      this.rows.push(parsed);
      if (!this.byRow.has(row)) this.byRow.set(row, parsed);
    }
  }

  /** The last row that has a cell (0-based), or -1. */
  lastRow(): number {
    return this.rows.reduce((max, r) => (r.cells.length > 0 ? Math.max(max, r.row) : max), -1);
  }

  /** The last row (0-based) with a non-empty cell in columns `fromCol`…`toCol`, or -1. */
  lastRowIn(fromCol: number, toCol: number): number {
    let last = -1;
    for (const r of this.rows)
      if (r.row > last && r.cells.some((c) => c.col >= fromCol && c.col <= toCol && !/^<c\b[^>]*\/>$/.test(c.raw)))
        last = r.row;
    return last;
  }

  private rowAt(row: number): RowXml | undefined {
    return this.byRow.get(row);
  }

  /** A cell's value as Excel's `Range.values` gives it: numbers, booleans, text ('' when empty). */
  value(row: number, col: number, strings: readonly string[]): CellValue {
    const cell = this.rowAt(row)?.cells.find((c) => c.col === col);
    return cell ? cellValue(cell.raw, strings) : '';
  }

  /** The values of a block of cells (`rowCount` × `colCount` from the top-left cell). */
  values(row: number, col: number, rowCount: number, colCount: number, strings: readonly string[]): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = row; r < row + rowCount; r += 1) {
      const cells = new Map((this.byRow.get(r)?.cells ?? []).map((c) => [c.col, c]));
      out.push(
        Array.from({ length: colCount }, (_, k) => {
          const cell = cells.get(col + k);
          return cell ? cellValue(cell.raw, strings) : '';
        }),
      );
    }
    return out;
  }

  /** The style index (`s`) of a cell, or null. */
  style(row: number, col: number): string | null {
    const cell = this.rowAt(row)?.cells.find((c) => c.col === col);
    return cell ? attribute(/^<c\b([^>]*?)\/?>/.exec(cell.raw)?.[1] ?? '', 's') : null;
  }

  /** Writes a value (null: an empty cell) keeping the cell's style, else taking `style` (e.g. the cell above's). */
  set(row: number, col: number, value: CellInput | null, style: string | null = null): void {
    let target = this.rowAt(row);
    if (!target) {
      target = { row, attrs: ` r="${row + 1}"`, cells: [], raw: null };
      this.byRow.set(row, target);
      // Rows appended below the last one (the common case) go at the end without a search.
      const last = this.rows.at(-1);
      const at = !last || last.row < row ? -1 : this.rows.findIndex((r) => r.row > row);
      this.rows.splice(at < 0 ? this.rows.length : at, 0, target);
    }
    const s = this.style(row, col) ?? style;
    const raw = cellXml(cellRef(row, col), s, value);
    const existing = target.cells.findIndex((c) => c.col === col);
    if (existing >= 0) target.cells[existing] = { col, raw };
    else {
      const at = target.cells.findIndex((c) => c.col > col);
      target.cells.splice(at < 0 ? target.cells.length : at, 0, { col, raw });
    }
    // `spans` is a hint Excel recomputes; a changed row drops it rather than keep a wrong one.
    target.attrs = target.attrs.replace(/\s+spans="[^"]*"/, '');
    target.raw = null;
  }

  /** Empties the sheet's cells (a rebuilt 汇总): every row goes; what is outside `sheetData` stays. */
  clear(): void {
    this.rows.length = 0;
    this.byRow.clear();
  }

  /** The sheet's XML with the changed rows rewritten and `<dimension>` reaching the last row. */
  toXml(): string {
    const body = this.rows.map((r) => r.raw ?? `<row${r.attrs}>${r.cells.map((c) => c.raw).join('')}</row>`).join('');
    const last = this.lastRow();
    const head = this.head.replace(
      /(<dimension\b[^>]*?\sref="[A-Z]+\d+:[A-Z]+)(\d+)("[^>]*\/>)/,
      (whole, a: string, row: string, b: string) => (Number(row) >= last + 1 ? whole : `${a}${last + 1}${b}`),
    );
    return head + body + this.tail;
  }
}

function parseCells(rowXml: string): CellXml[] {
  const cells: CellXml[] = [];
  let next = 0;
  for (const m of rowXml.matchAll(CELL)) {
    const r = attribute(m[1] ?? '', 'r');
    const col = r === null ? next : (parseCellRef(r)?.col ?? next);
    next = col + 1;
    cells.push({ col, raw: m[0] });
  }
  return cells;
}

function cellValue(raw: string, strings: readonly string[]): CellValue {
  const m = /^<c\b([^>]*?)(?:\/>|>([\s\S]*)<\/c>)$/.exec(raw);
  const attrs = m?.[1] ?? '';
  const inner = m?.[2] ?? '';
  const type = attribute(attrs, 't') ?? 'n';
  if (type === 'inlineStr') return runText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
  const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (v === undefined) return '';
  if (type === 's') return strings[Number(v)] ?? '';
  if (type === 'b') return v.trim() === '1';
  if (type === 'str' || type === 'e' || type === 'd') return unescapeXml(v);
  const n = Number(v);
  return Number.isFinite(n) ? n : unescapeXml(v);
}

function cellXml(ref: string, style: string | null, value: CellInput | null): string {
  const s = style === null ? '' : ` s="${style}"`;
  if (value === null || value === '') return `<c r="${ref}"${s}/>`;
  if (typeof value === 'object') return `<c r="${ref}"${s}><f>${escapeXml(value.formula)}</f></c>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${String(value)}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/**
 * The shared strings of a `sharedStrings.xml` part, in order.
 * @example sharedStrings('<sst><si><t>序号</t></si></sst>') // ['序号']
 */
export function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runText(m[1] ?? ''));
}
