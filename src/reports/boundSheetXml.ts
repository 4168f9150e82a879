/**
 * A worksheet part cut to what reading a report needs, before ExcelJS sees it: only `sheetData`, its first
 * rows, and in each row only the cells of the report's columns (value, type and style; formulas without
 * their text, as the reader only uses their cached result). Merged ranges, column ranges, data validations, conditional formats, `dimension` and every
 * other range-bearing element are dropped, since ExcelJS builds one object per cell or column they cover
 * (`<mergeCell ref="A1:XFD1048576"/>` alone peaked at 4 GB). Linear in the part's length.
 */

export interface BoundSheet {
  xml: string;
  /** Rows past `maxRows` that were dropped (only counted). */
  cut: number;
  /** The sheet row number of the first dropped row (0 when none). */
  firstCut: number;
}

const ROW_RE = /<row\b([^>]*?)(\/?)>/g;
const CELL_RE = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
/** Formulas are dropped: their cached value is what the reader uses, and a shared formula's `ref` is another range. */
const FORMULA_RE = /<f\b[^>]*?(?:\/>|>[\s\S]*?<\/f>)/g;

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m ? (m[1] ?? '') : null;
}

/** 1-based column of a cell reference such as `AB12`, or null. */
function columnOf(ref: string): number | null {
  const m = /^([A-Z]{1,3})\d+$/.exec(ref);
  if (!m?.[1]) return null;
  let n = 0;
  for (const ch of m[1]) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** The row's cells in the first `maxColumns` columns, rewritten with only r (supplied when missing: ExcelJS needs it), s and t. */
function keptCells(content: string, row: string | null, maxColumns: number): string {
  let out = '';
  let column = 0;
  CELL_RE.lastIndex = 0;
  for (let m = CELL_RE.exec(content); m; m = CELL_RE.exec(content)) {
    const attrs = m[1] ?? '';
    const given = attr(attrs, 'r');
    column = (given === null ? null : columnOf(given)) ?? column + 1;
    // Cells of a row come in column order (ECMA-376 §18.3.1.4): past the report's columns nothing more is read.
    if (column > maxColumns) break;
    const s = attr(attrs, 's');
    const t = attr(attrs, 't');
    const r = given ?? (row === null ? null : `${columnLetters(column)}${row}`);
    const head = `<c${r === null ? '' : ` r="${r}"`}${s === null ? '' : ` s="${s}"`}${t === null ? '' : ` t="${t}"`}`;
    out += m[2] === undefined ? `${head}/>` : `${head}>${m[2].replace(FORMULA_RE, '')}</c>`;
  }
  return out;
}

/** How many `<row` tags remain from `from`, and the first one's row number. */
function countRest(xml: string, from: number, end: number): { cut: number; firstCut: number } {
  let cut = 0;
  let firstCut = 0;
  for (let i = xml.indexOf('<row', from); i >= 0 && i < end; i = xml.indexOf('<row', i + 4)) {
    const next = xml.charCodeAt(i + 4);
    if (next !== 0x20 && next !== 0x3e && next !== 0x2f && next !== 0x0a && next !== 0x0d && next !== 0x09) continue;
    if (cut === 0) firstCut = Number(attr(xml.slice(i, xml.indexOf('>', i) + 1), 'r') ?? 0);
    cut += 1;
  }
  return { cut, firstCut };
}

/**
 * The worksheet with only its first `maxRows` rows and `maxColumns` columns of values.
 * @example boundSheetXml('<worksheet><cols><col min="1" max="50000000"/></cols><sheetData/></worksheet>', 10, 5).xml // '<worksheet><sheetData></sheetData></worksheet>'
 */
export function boundSheetXml(xml: string, maxRows: number, maxColumns: number): BoundSheet {
  const root = /<worksheet\b[^>]*>/.exec(xml);
  const open = root ? root[0] : '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
  const start = xml.indexOf('<sheetData', root ? root.index : 0);
  const startEnd = start < 0 ? -1 : xml.indexOf('>', start);
  const empty = { xml: `${open}<sheetData></sheetData></worksheet>`, cut: 0, firstCut: 0 };
  if (start < 0 || startEnd < 0 || xml.charCodeAt(startEnd - 1) === 0x2f) return empty;
  const end = xml.indexOf('</sheetData>', startEnd);
  if (end < 0) return empty;
  const rows: string[] = [];
  ROW_RE.lastIndex = startEnd;
  let at = startEnd;
  for (let m = ROW_RE.exec(xml); m && m.index < end && rows.length < maxRows; m = ROW_RE.exec(xml)) {
    const r = attr(m[1] ?? '', 'r');
    const head = r === null ? '<row>' : `<row r="${r}">`;
    if (m[2] === '/') {
      rows.push(`${head}</row>`);
      at = ROW_RE.lastIndex;
      continue;
    }
    const close = xml.indexOf('</row>', ROW_RE.lastIndex);
    if (close < 0 || close > end) break;
    rows.push(`${head}${keptCells(xml.slice(ROW_RE.lastIndex, close), r, maxColumns)}</row>`);
    at = close + 6;
    ROW_RE.lastIndex = at;
  }
  const rest = countRest(xml, at, end);
  return { xml: `${open}<sheetData>${rows.join('')}</sheetData></worksheet>`, ...rest };
}
