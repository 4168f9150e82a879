/**
 * Reads the tables of a PDF (a notice's 附件 published or forwarded as PDF) into grids of cell text with their
 * merged cells, with the document's title, date and the year for year-less deadlines: the same result as
 * `readDocxTables`, so a PDF takes the same grid → preview path. pdf.js parses the file (loaded on demand, with
 * `isEvalSupported: false`, no fonts installed, no images decoded, nothing fetched but the CMaps); the cells
 * come from positions (`pageTables`, `joinPageTables`). Bounded: file size, page count, text items and path
 * segments per page, and the total time (the worker is ended when it runs out).
 */
import type { GridMerge } from '../model';
import { compactGrid } from './compactGrid';
import { defaultCMapUrl } from './defaultCMapUrl';
import { documentError, type DocumentError } from './documentError';
import { joinPageTables } from './joinPageTables';
import { loadPdfJs, type PdfJs } from './loadPdfJs';
import { pagesText } from './pagesText';
import { pageContent, type PageContent } from './pdfPageContent';
import { pdfDocumentInfo, type PdfDocumentInfo } from './pdfDocumentInfo';
import { pageTables, type PageLine, type PageTable } from './pdfPageTables';
import type { PathOps } from './pdfRulingSegments';

/** Files above this are refused before pdf.js sees them (a 200-page table with embedded fonts is a few MB). */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;
/** Pages beyond this are refused: a task table runs to tens of pages, not hundreds. */
export const MAX_PDF_PAGES = 200;
/** The whole read, by default (a 200-page table takes a few seconds). */
const PDF_TIME_LIMIT_MS = 60_000;
/** Columns beyond this are not read (the same width as a Word table's). */
const MAX_PDF_TABLE_COLUMNS = 64;
/** A page whose characters are more than this share unreadable is set in a font without a Unicode map. */
const UNREADABLE_SHARE = 0.3;

export interface PdfTable {
  /** 0-based, in document order. */
  index: number;
  /** The line just above the table on its first page, '' when none. */
  caption: string;
  /** Rows × columns of cell text; a merged cell's text in every cell it covers. */
  grid: string[][];
  /** The merged cells (ruled tables; a heading across an unruled table). */
  merges: GridMerge[];
  /** The 1-based pages the table is on. */
  pages: number[];
  /** Drawn with rules (cells from lines) or set without (cells from the gaps between text). */
  ruled: boolean;
  /** Always false: a PDF has no nested tables to report (kept for the shape of a Word table). */
  nested: boolean;
  /** Columns beyond `MAX_PDF_TABLE_COLUMNS` were left out. */
  clipped: boolean;
}

export interface PdfDocument extends PdfDocumentInfo {
  tables: PdfTable[];
  pages: number;
}

export type PdfReadResult = { ok: true; document: PdfDocument } | { ok: false; error: DocumentError };

export interface ReadPdfOptions {
  /** Where pdf.js's CMaps are (`…/cmaps/`): a URL of our origin in the pane, a folder in Node (default there: pdfjs-dist's). Without them, text in non-embedded CJK fonts cannot be decoded. */
  cMapUrl?: string;
  /** Starts the worker for one read (the pane: a module worker from our origin); ended after the read. Absent: pdf.js's own (in Node, on the main thread). */
  createWorker?: () => Worker;
  /** Milliseconds the whole read may take (default `PDF_TIME_LIMIT_MS`). */
  timeLimitMs?: number;
}

const TIMEOUT = Symbol('timeout');

function refuse(code: DocumentError['code'], params: Record<string, string | number> = {}): PdfReadResult {
  return { ok: false, error: documentError(code, params) };
}

/** The promise's value, or TIMEOUT when the deadline (a `Date.now()` value) passes first. */
async function within<T>(promise: Promise<T>, deadline: number): Promise<T | typeof TIMEOUT> {
  // The loser of the race may still reject: that must not surface as an unhandled rejection.
  promise.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([promise, expiry]);
  } finally {
    clearTimeout(timer);
  }
}

/** A PDF starts with `%PDF-` within its first kilobyte (the specification allows bytes before it). */
function isPdf(bytes: Uint8Array): boolean {
  return String.fromCharCode(...bytes.subarray(0, 1024)).includes('%PDF-');
}

function openError(error: unknown): PdfReadResult {
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null)
      ? String((error as { name?: unknown }).name)
      : '';
  return name === 'PasswordException' ? refuse('pdf-encrypted') : refuse('truncated');
}

type Document = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

async function readPages(
  doc: Document,
  ops: PathOps,
  deadline: number,
  seconds: number,
): Promise<PageContent[] | PdfReadResult> {
  const contents: PageContent[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await within(doc.getPage(n), deadline);
    if (page === TIMEOUT) return refuse('timeout', { seconds });
    const content = await within(pageContent(page, ops), deadline);
    if (content === TIMEOUT) return refuse('timeout', { seconds });
    page.cleanup();
    contents.push(content);
  }
  return contents;
}

function finalTables(pages: readonly { tables: PageTable[]; lines: PageLine[] }[]): PdfTable[] {
  const joined = joinPageTables(
    pages.flatMap((p) => p.tables),
    pages.flatMap((p) => p.lines),
  );
  return joined.map((t, index) => {
    const { grid, merges } = compactGrid({ grid: t.grid, merges: t.merges });
    const clipped = (grid[0]?.length ?? 0) > MAX_PDF_TABLE_COLUMNS;
    return {
      index,
      caption: t.caption,
      grid: clipped ? grid.map((r) => r.slice(0, MAX_PDF_TABLE_COLUMNS)) : grid,
      merges: clipped
        ? merges
            .filter((m) => m.col < MAX_PDF_TABLE_COLUMNS)
            .map((m) => ({ ...m, colSpan: Math.min(m.colSpan, MAX_PDF_TABLE_COLUMNS - m.col) }))
        : merges,
      pages: t.pages,
      ruled: t.ruled,
      nested: false,
      clipped,
    };
  });
}

/** The document from its pages' contents, or why it cannot be read: no text at all (a scan), unreadable fonts, no table. */
function documentOf(contents: readonly PageContent[]): PdfReadResult {
  const numbered = contents.map((c, i) => ({ c, page: i + 1 }));
  const textless = numbered.filter(({ c }) => c.characters - c.unreadable === 0).map(({ page }) => page);
  if (textless.length === contents.length) return refuse('no-text', { pages: pagesText(textless) });
  const unreadable = numbered
    .filter(({ c }) => c.characters > 0 && c.unreadable > UNREADABLE_SHARE * c.characters)
    .map(({ page }) => page);
  const pages: ReturnType<typeof pageTables>[] = [];
  contents.forEach((c, i) => {
    const before = pages[i - 1]?.tables;
    pages.push(pageTables(c, i + 1, before?.[before.length - 1]?.columns));
  });
  const tables = finalTables(pages);
  const tablePages = new Set(tables.flatMap((t) => t.pages));
  const badTablePages = unreadable.filter((p) => tablePages.has(p));
  if (badTablePages.length > 0 || (tables.length === 0 && unreadable.length > 0))
    return refuse('unreadable-text', { pages: pagesText(badTablePages.length > 0 ? badTablePages : unreadable) });
  if (tables.length === 0 && textless.length > 0) return refuse('no-text', { pages: pagesText(textless) });
  const lines = pages.flatMap((p) => p.lines);
  if (tables.length === 0) return refuse('no-tables', { paragraphs: lines.length });
  const first = pages.flatMap((p) => p.tables)[0];
  const info = pdfDocumentInfo(
    lines,
    (contents[(first?.page ?? 1) - 1]?.pieces ?? []).map((p) => p.size),
    first ? { page: first.page, top: first.top } : null,
  );
  return { ok: true, document: { ...info, tables, pages: contents.length } };
}

/**
 * The tables of a PDF, or the reason it cannot be read; a bad file never throws (only a pdf.js that cannot be
 * loaded or started — its chunk or worker missing — rejects).
 * @example
 * const read = await readPdfTables(bytes, '附件.pdf', { cMapUrl: 'pdfjs/cmaps/', createWorker });
 * if (read.ok) read.document.tables[0]?.grid // [['序号', '工作任务', '牵头单位', '完成时限'], …]
 */
export async function readPdfTables(
  bytes: Uint8Array,
  fileName: string,
  options: ReadPdfOptions = {},
): Promise<PdfReadResult> {
  if (bytes.length === 0) return refuse('empty-file');
  if (bytes.length > MAX_PDF_BYTES)
    return refuse('too-large', { bytes: bytes.length, limit: MAX_PDF_BYTES, kind: 'pdf' });
  if (!isPdf(bytes)) return refuse('not-pdf', { kind: fileName.toLowerCase().endsWith('.pdf') ? 'unknown' : 'other' });
  const limit = options.timeLimitMs ?? PDF_TIME_LIMIT_MS;
  const seconds = Math.round(limit / 1000);
  const deadline = Date.now() + limit;
  const pdfjs = await loadPdfJs();
  const cMapUrl = options.cMapUrl ?? defaultCMapUrl();
  const port = options.createWorker?.();
  const worker = port ? pdfjs.PDFWorker.create({ port }) : undefined;
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over (it is transferred to the worker): give it a copy, the caller keeps the bytes.
    data: bytes.slice(),
    ...(cMapUrl !== undefined ? { cMapUrl, cMapPacked: true } : {}),
    ...(worker ? { worker } : {}),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    // Images are never drawn here: none is decoded (a scan's pages would cost memory and time for nothing).
    maxImageSize: 1,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await within(task.promise, deadline);
    if (doc === TIMEOUT) return refuse('timeout', { seconds });
    if (doc.numPages > MAX_PDF_PAGES) return refuse('too-many-pages', { pages: doc.numPages, limit: MAX_PDF_PAGES });
    const contents = await readPages(doc, pdfjs.OPS, deadline, seconds);
    return Array.isArray(contents) ? documentOf(contents) : contents;
  } catch (error) {
    return openError(error);
  } finally {
    await task.destroy().catch(() => undefined);
    worker?.destroy();
    port?.terminate();
  }
}
