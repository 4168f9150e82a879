// `npm run corpus` on a folder that holds Word files: one .docx read as the pane reads it (its likeliest task table)
// into a Grid, with the document's title and year.
import { readFileSync, statSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { pickTaskTable } from '../src/documents/pickTaskTable';
import { MAX_DOCX_BYTES, readDocxTables, type XmlParser } from '../src/documents/readDocxTables';
import type { Grid } from '../src/model';

export interface CorpusDocument {
  title: string;
  grid: Grid;
  year: number | undefined;
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
  const merges = table?.merges ?? [];
  // As the pane does (useImportSources): the title as a first row of one cell, the merges moved down by it.
  if (!title || rows.flat().includes(title)) return { title, grid: { rows, merges, source: 'docx' }, year: year ?? undefined };
  return { title, grid: { rows: [[title], ...rows], merges: merges.map((m) => ({ ...m, row: m.row + 1 })), source: 'docx' }, year: year ?? undefined };
}
