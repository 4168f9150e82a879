// `npm run corpus` on a folder that holds PDFs: one .pdf read as the pane reads it (readPdfTables in Node, the
// likeliest task table, its title on the first line), bounded like every file we read.
import { readFileSync, statSync } from 'node:fs';
import { pickTaskTable } from '../src/documents/pickTaskTable';
import { MAX_PDF_BYTES, readPdfTables } from '../src/documents/readPdfTables';
import { gridToTabText } from '../src/model';
import { NODE_PDF_OPTIONS } from '../tests/documents/pdfNode';

/** A corpus PDF as the import view hands it to the parser: the task table as text and the document's year; a refusal throws. */
export async function readCorpusPdf(path: string): Promise<{ title: string; text: string; year: number | undefined }> {
  if (statSync(path).size > MAX_PDF_BYTES) throw new Error(`${path} is larger than ${MAX_PDF_BYTES} bytes`);
  const read = await readPdfTables(new Uint8Array(readFileSync(path)), path, NODE_PDF_OPTIONS);
  if (!read.ok) throw new Error(`${path}: refused (${read.error.code} ${JSON.stringify(read.error.params)})`);
  const { title, year, tables } = read.document;
  const grid = tables[Math.max(0, pickTaskTable(tables.map((t) => t.grid)).best)]?.grid ?? [];
  const titled = title && !grid.flat().includes(title) ? `${title}\n` : '';
  return { title, text: titled + gridToTabText(grid), year: year ?? undefined };
}
