// `npm run corpus` on a folder that holds Word files: one .docx read as the pane reads it (its likeliest task table)
// into a Grid, with the document's title and year.
import { readFileSync, statSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { pickTaskTable } from '../src/documents/pickTaskTable';
import { MAX_DOCX_BYTES, readDocxTables, type XmlParser } from '../src/documents/readDocxTables';
import { noteBelowTable, type Grid } from '../src/model';

export interface CorpusDocument {
  title: string;
  grid: Grid;
  year: number | undefined;
}

/** The rows put above a document's table, as in the pane: its title, and a short paragraph over it (a note). */
function leadRows(rows: readonly string[][], title: string, caption: string): string[][] {
  const inTable = (text: string): boolean => rows.some((row) => row.includes(text));
  const out: string[][] = [];
  if (title && !inTable(title)) out.push([title]);
  if (caption && caption !== title && caption.length <= 60 && !inTable(caption)) out.push([caption]);
  return out;
}

/** A corpus .docx as the import view hands it to the parser; a refusal throws. */
export async function readCorpusDocx(path: string): Promise<CorpusDocument> {
  if (statSync(path).size > MAX_DOCX_BYTES) throw new Error(`${path} is larger than ${MAX_DOCX_BYTES} bytes`);
  const parser = new DOMParser({ onError: () => undefined }) as unknown as XmlParser;
  const read = await readDocxTables(new Uint8Array(readFileSync(path)), path, { parser });
  if (!read.ok) throw new Error(`${path}: refused (${read.error.code} ${JSON.stringify(read.error.params)})`);
  const { title, year, tables } = read.document;
  const table = tables[Math.max(0, pickTaskTable(tables.map((t) => t.grid)).best)];
  const rows = table?.grid ?? [];
  // As the pane does (useImportSources): the title and the paragraph over the table as rows of one cell above it.
  const above = leadRows(rows, title, table?.caption ?? '');
  const merges = (table?.merges ?? []).map((m) => ({ ...m, row: m.row + above.length }));
  // As the pane does: a note stating the first-listed convention in the paragraph after the table goes under it.
  const below = noteBelowTable(table?.after ?? '', rows);
  return { title, grid: { rows: [...above, ...rows, ...below], merges, source: 'docx' }, year: year ?? undefined };
}
