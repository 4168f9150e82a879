/**
 * Reads the tables of a .docx (a notice's 附件, as Word, WPS or LibreOffice save it) into rectangular grids of
 * cell text, with the document's title, date and the year its year-less deadlines refer to. Bounded like
 * every file we read: the file size, the entry count and the ACTUAL inflated size of each part read;
 * `word/document.xml` is read by our own tokenizer into a small tree (`parseWordTree`, no DOM) and
 * `docProps/core.xml` (1 MB at most) by the platform's DOMParser, any DOCTYPE refused first; nothing is fetched or executed.
 */
import type { GridMerge, IsoDate } from '../model';
import { countStartTags } from '../ooxml';
import { detectFileKind } from './detectFileKind';
import { dateInText, yearInTitle } from './documentDate';
import { documentError, type DocumentError } from './documentError';
import { readZipParts } from './readZipParts';
import { TableBudget, TableBudgetExceeded } from './tableBudget';
import { wordTableGrid } from './wordTableGrid';
import { isW, paragraphText, wChildrenThrough } from './wordXml';
import { parseWordTree, type WordNode } from './wordTree';

/** Files above this are refused before unzipping (a task table's .docx is well under 1 MB; images make it larger). */
export const MAX_DOCX_BYTES = 30 * 1024 * 1024;
/** `word/document.xml` inflated beyond this is refused (a 5,000-task table is about 15 MB). */
export const MAX_DOCUMENT_XML_BYTES = 80 * 1024 * 1024;
/** Small parts (`docProps/core.xml`) beyond this are refused. */
const MAX_SMALL_PART_BYTES = 1024 * 1024;
/** A Word package has tens of entries; thousands is not a document. */
export const MAX_DOCX_ENTRIES = 2000;
/**
 * Elements in `word/document.xml`, counted before its tree is built: a 5,000-task table with Word's run fonts
 * has about 260,000 (of which the tree keeps the ones the reader walks).
 */
const MAX_DOCUMENT_ELEMENTS = 400_000;
/** Nesting depth of any part (Word's deepest nested tables need a few dozen levels); walkers never recurse deeper. */
const MAX_XML_DEPTH = 128;

/** Anything like an XML parser (for `docProps/core.xml`): the browser's `DOMParser`, or `@xmldom/xmldom`'s in Node. */
export interface XmlParser {
  parseFromString(text: string, type: 'application/xml'): Document;
}

export interface DocxTable {
  /** 0-based, in document order (top-level tables only). */
  index: number;
  /** The last paragraph before the table (often its caption or the 附件 title), '' when none. */
  caption: string;
  /** The first paragraph after the table (often a note: `注：排在第一位的为牵头单位。`), '' when none. */
  after: string;
  /** Rows × columns of cell text; a merged area's text in each cell it covers (the same string, not a copy). */
  grid: string[][];
  /** The merged areas (`w:gridSpan`, `w:vMerge`): a Word merged category column becomes a Grid with merges. */
  merges: GridMerge[];
  /** A table was nested inside one of its cells (its text was kept in that cell). */
  nested: boolean;
  /** Columns beyond the readable width were left out. */
  clipped: boolean;
}

export interface DocxDocument {
  /** The document's title: the first paragraph that is not `附件N` (or docProps' title), '' when none. */
  title: string;
  /** The first full date written in the document's own paragraphs (its 印发/落款 date). */
  date: IsoDate | null;
  /** The year for year-less deadlines: the title's year, else `date`'s, else null. */
  year: number | null;
  tables: DocxTable[];
}

export type DocxReadResult = { ok: true; document: DocxDocument } | { ok: false; error: DocumentError };

export interface ReadDocxOptions {
  parser: XmlParser;
}

const DOCUMENT_PART = 'word/document.xml';
const CORE_PART = 'docProps/core.xml';
const ATTACHMENT_RE = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?$/;
const DOCTYPE_RE = /<!DOCTYPE|<!ENTITY/i;
const BODY_BLOCKS = new Set(['p', 'tbl']);

function refuse(error: DocumentError): DocxReadResult {
  return { ok: false, error };
}

/** A part's text, or the refusal of a part that is not UTF-8, declares a DOCTYPE or passes the element or depth caps. */
function checkedText(bytes: Uint8Array, part: string): string | DocumentError {
  // Counted on the bytes first, with a counter for depth: neither the text nor the tree of an oversized part is built.
  const shape = countStartTags(bytes, { maxElements: MAX_DOCUMENT_ELEMENTS, maxDepth: MAX_XML_DEPTH });
  if (!shape.ok) return documentError(shape.code, { part, limit: shape.limit });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return documentError('bad-xml', { part });
  }
  // Entity expansion is how XML bombs work; Word never writes a DOCTYPE.
  if (DOCTYPE_RE.test(text)) return documentError('doctype', { part });
  return text;
}

/** `docProps/core.xml` through the platform's parser (small, optional metadata). */
function parseXml(bytes: Uint8Array, part: string, parser: XmlParser): Document | DocumentError {
  const text = checkedText(bytes, part);
  if (typeof text !== 'string') return text;
  try {
    const doc = parser.parseFromString(text, 'application/xml');
    if (!doc.documentElement || doc.getElementsByTagName('parsererror').length > 0)
      return documentError('bad-xml', { part });
    return doc;
  } catch {
    return documentError('bad-xml', { part });
  }
}

/** The body of `word/document.xml`, read into the tree the walkers use. */
function documentBody(bytes: Uint8Array): WordNode | DocumentError {
  const text = checkedText(bytes, DOCUMENT_PART);
  if (typeof text !== 'string') return text;
  const root = parseWordTree(text);
  const body = root?.children.find((c) => isW(c, 'body'));
  return body ?? documentError('bad-xml', { part: DOCUMENT_PART });
}

function isError(x: Document | WordNode | DocumentError): x is DocumentError {
  return 'code' in x && 'params' in x;
}

function coreTitle(core: Document | null): string {
  if (!core) return '';
  const titles = core.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'title');
  return (titles[0]?.textContent ?? '').trim();
}

function zipKind(names: readonly string[]): 'xlsx' | 'odt' | 'zip' {
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  if (names.includes('content.xml') && names.includes('mimetype')) return 'odt';
  return 'zip';
}

/** The body's tables and non-empty paragraphs, every grid counted against one budget for the document. */
function readBody(body: WordNode): { tables: DocxTable[]; paragraphs: string[] } | DocumentError {
  const tables: DocxTable[] = [];
  const paragraphs: string[] = [];
  const budget = new TableBudget();
  let lastParagraph = '';
  // The table read last, until a paragraph follows it.
  let before: DocxTable | null = null;
  try {
    for (const block of wChildrenThrough(body, BODY_BLOCKS)) {
      if (block.localName === 'p') {
        const text = paragraphText(block).trim();
        if (text !== '') {
          paragraphs.push(text);
          lastParagraph = text;
          if (before) before.after = text;
          before = null;
        }
        continue;
      }
      const { grid, merges, nested, clipped } = wordTableGrid(block, budget);
      before = null;
      if (grid.length > 0) {
        before = { index: tables.length, caption: lastParagraph, after: '', grid, merges, nested, clipped };
        tables.push(before);
      }
      lastParagraph = '';
    }
  } catch (error) {
    if (!(error instanceof TableBudgetExceeded)) throw error;
    return error.code === 'table-too-large'
      ? documentError('table-too-large', { cells: error.counted, limit: error.limit })
      : documentError('table-text-too-large', { chars: error.counted, limit: error.limit });
  }
  return { tables, paragraphs };
}

/**
 * The tables of a .docx, or the reason it cannot be read; never throws.
 * @example
 * const read = await readDocxTables(bytes, '附件.docx', { parser: new DOMParser() });
 * if (read.ok) read.document.tables[0]?.grid // [['序号', '工作任务', '负责单位', '时间进度'], …]
 */
export async function readDocxTables(
  bytes: Uint8Array,
  fileName: string,
  options: ReadDocxOptions,
): Promise<DocxReadResult> {
  if (bytes.length === 0) return refuse(documentError('empty-file'));
  if (bytes.length > MAX_DOCX_BYTES)
    return refuse(documentError('too-large', { bytes: bytes.length, limit: MAX_DOCX_BYTES }));
  const kind = detectFileKind(bytes, fileName);
  if (kind.kind === 'foreign') return refuse(documentError('legacy-format', { kind: kind.foreign }));
  if (kind.kind === 'encrypted') return refuse(documentError('encrypted'));
  if (kind.kind === 'unknown') return refuse(documentError('not-docx', { kind: 'unknown' }));
  const zip = await readZipParts(
    bytes,
    [
      { name: DOCUMENT_PART, maxBytes: MAX_DOCUMENT_XML_BYTES },
      { name: CORE_PART, maxBytes: MAX_SMALL_PART_BYTES },
    ],
    MAX_DOCX_ENTRIES,
  );
  if (!zip.ok) return zip;
  const documentBytes = zip.parts.get(DOCUMENT_PART);
  if (!documentBytes) {
    const found = zipKind(zip.names);
    return refuse(
      found === 'odt' ? documentError('legacy-format', { kind: 'odt' }) : documentError('not-docx', { kind: found }),
    );
  }
  const body = documentBody(documentBytes);
  if (isError(body)) return refuse(body);
  const coreBytes = zip.parts.get(CORE_PART);
  const core = coreBytes ? parseXml(coreBytes, CORE_PART, options.parser) : null;
  // docProps is optional metadata: a bad one costs only the fallback title.
  const coreDoc = core && !isError(core) ? core : null;

  const found = readBody(body);
  if ('code' in found) return refuse(found);
  const { tables, paragraphs } = found;
  if (tables.length === 0) return refuse(documentError('no-tables', { paragraphs: paragraphs.length }));
  const title = paragraphs.find((p) => !ATTACHMENT_RE.test(p) && p.length <= 80) ?? coreTitle(coreDoc);
  let date: IsoDate | null = null;
  for (const p of paragraphs) {
    date = dateInText(p);
    if (date) break;
  }
  const year = yearInTitle(title) ?? (date ? Number(date.slice(0, 4)) : null);
  return { ok: true, document: { title, date, year, tables } };
}
