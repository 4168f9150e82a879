/**
 * readPdfTables in Node (tests, bench, the corpus script): pdf.js's CMaps straight from node_modules, and no
 * worker (pdf.js's legacy build then parses on the main thread). Resolved from the working directory, as
 * `import.meta.url` is not a file URL under jsdom.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ReadPdfOptions } from '../../src/documents/readPdfTables';

const packageJson = createRequire(join(process.cwd(), 'package.json')).resolve('pdfjs-dist/package.json');

export const NODE_PDF_OPTIONS: ReadPdfOptions = { cMapUrl: `${join(dirname(packageJson), 'cmaps')}/` };
