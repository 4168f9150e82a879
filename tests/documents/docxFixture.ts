/**
 * Minimal WordprocessingML packages written with fflate, for tests: the parts Word needs to open the file
 * ([Content_Types].xml, _rels/.rels, word/document.xml, docProps/core.xml), and builders for paragraphs
 * and tables with merged cells.
 */
import { zipSync, strToU8 } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One paragraph with one run. */
export function p(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

export interface CellSpec {
  /** Paragraphs of the cell. */
  paras?: string[];
  text?: string;
  span?: number;
  /** 'restart' starts a vertical merge; 'continue' continues it (written as `<w:vMerge/>`, as Word does). */
  vMerge?: 'restart' | 'continue';
  /** Raw XML to put in the cell instead of paragraphs (e.g. a nested table). */
  raw?: string;
}

function tc(cell: CellSpec | string): string {
  const spec: CellSpec = typeof cell === 'string' ? { text: cell } : cell;
  const props = [
    spec.span && spec.span > 1 ? `<w:gridSpan w:val="${spec.span}"/>` : '',
    spec.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : spec.vMerge === 'continue' ? '<w:vMerge/>' : '',
  ].join('');
  const content = spec.raw ?? (spec.paras ?? [spec.text ?? '']).map(p).join('');
  return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${content}</w:tc>`;
}

export function tbl(columns: number, rows: (CellSpec | string)[][]): string {
  const grid = Array.from({ length: columns }, () => '<w:gridCol w:w="1000"/>').join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows
    .map((r) => `<w:tr>${r.map(tc).join('')}</w:tr>`)
    .join('')}</w:tbl>`;
}

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

export interface DocxParts {
  body?: string;
  /** Replaces word/document.xml entirely. */
  documentXml?: string;
  title?: string;
  extra?: Record<string, Uint8Array>;
  level?: 0 | 6 | 9;
}

export function docx(parts: DocxParts): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(parts.documentXml ?? documentXml(parts.body ?? '')),
    ...(parts.title !== undefined
      ? {
          'docProps/core.xml': strToU8(
            `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(parts.title)}</dc:title></cp:coreProperties>`,
          ),
        }
      : {}),
    ...parts.extra,
  };
  return zipSync(files, { level: parts.level ?? 6 });
}

export interface RawEntry {
  name: string;
  /** The deflated bytes (method 8). */
  deflated: Uint8Array;
  /** The uncompressed size the headers declare (may lie). */
  declaredSize: number;
}

/** A zip written byte by byte, so a test controls what the headers declare (CRC left 0: readers that check it fail later, not earlier). */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(18, e.deflated.length, true);
    lv.setUint32(22, e.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, e.deflated.length, true);
    cv.setUint32(24, e.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    chunks.push(local, e.deflated);
    central.push(cd);
    offset += local.length + e.deflated.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, eocd];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
