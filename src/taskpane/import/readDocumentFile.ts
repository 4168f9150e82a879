/**
 * A chosen or dropped file read as a document with tables: a PDF by `readPdfTables`, anything else by
 * `readDocxTables` (which refuses .doc, .wps… with "save as .docx"). Both readers load on demand; a file over
 * its reader's size limit is refused before a byte of it is read into memory.
 */
import type { DocumentError } from '../../documents/documentError';
import type { XmlParser } from '../../documents/readDocxTables';
import type { ReadPdfOptions } from '../../documents/readPdfTables';
import type { GridMerge, IsoDate } from '../../model';

export interface DocumentTable {
  index: number;
  caption: string;
  /** The paragraph right after the table (a .docx), when the reader knows it. */
  after?: string;
  grid: string[][];
  /** Merged cells, where the reader knows them (Word's gridSpan / vMerge, a PDF's ruled table). */
  merges?: GridMerge[];
  nested: boolean;
  clipped: boolean;
}

export interface ReadDocument {
  kind: 'docx' | 'pdf';
  title: string;
  date: IsoDate | null;
  year: number | null;
  tables: DocumentTable[];
}

export type ReadDocumentResult = { ok: true; document: ReadDocument } | { ok: false; error: DocumentError };

async function isPdfFile(file: File): Promise<boolean> {
  const { detectFileKind } = await import('../../documents/detectFileKind');
  const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  const kind = detectFileKind(head, file.name);
  return kind.kind === 'foreign' && kind.foreign === 'pdf';
}

async function readPdf(file: File, options: () => ReadPdfOptions): Promise<ReadDocumentResult> {
  // The offline page (dist/ledger.html) carries no pdf.js: its worker and CMaps are files it could not request.
  if (import.meta.env.VITE_OFFLINE_PAGE === '1')
    return { ok: false, error: { code: 'pdf-unavailable-offline', params: {} } };
  const { readPdfTables, MAX_PDF_BYTES } = await import('../../documents/readPdfTables');
  if (file.size > MAX_PDF_BYTES)
    return { ok: false, error: { code: 'too-large', params: { bytes: file.size, limit: MAX_PDF_BYTES, kind: 'pdf' } } };
  const read = await readPdfTables(new Uint8Array(await file.arrayBuffer()), file.name, options());
  return read.ok ? { ok: true, document: { kind: 'pdf', ...read.document } } : read;
}

async function readDocx(file: File, parser: XmlParser): Promise<ReadDocumentResult> {
  const { readDocxTables, MAX_DOCX_BYTES } = await import('../../documents/readDocxTables');
  if (file.size > MAX_DOCX_BYTES)
    return { ok: false, error: { code: 'too-large', params: { bytes: file.size, limit: MAX_DOCX_BYTES } } };
  const read = await readDocxTables(new Uint8Array(await file.arrayBuffer()), file.name, { parser });
  return read.ok ? { ok: true, document: { kind: 'docx', ...read.document } } : read;
}

/**
 * The file's tables, or why it cannot be read.
 * @example const read = await readDocumentFile(file, new DOMParser(), () => pdfReadOptions(document.baseURI))
 */
export async function readDocumentFile(
  file: File,
  parser: XmlParser,
  pdfOptions: () => ReadPdfOptions,
): Promise<ReadDocumentResult> {
  return (await isPdfFile(file)) ? readPdf(file, pdfOptions) : readDocx(file, parser);
}
