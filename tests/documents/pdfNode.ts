/**
 * readPdfTables in Node (tests, bench, the corpus script): pdf.js's CMaps straight from node_modules, and no
 * worker (pdf.js's legacy build then parses on the main thread).
 */
import { fileURLToPath } from 'node:url';
import type { ReadPdfOptions } from '../../src/documents/readPdfTables';

export const NODE_PDF_OPTIONS: ReadPdfOptions = { cMapUrl: fileURLToPath(new URL('../../node_modules/pdfjs-dist/cmaps/', import.meta.url)) };
