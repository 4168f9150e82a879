/**
 * How the pane reads a PDF: pdf.js's worker as a module worker and its CMaps, both from the pane's own origin
 * (`dist/pdfjs/`, copied there by the build; the CSP allows nothing else).
 */
import { PDF_CMAP_DIR, PDF_WORKER_FILE, PDFJS_ASSET_DIR } from '../../documents/pdfAssets';
import type { ReadPdfOptions } from '../../documents/readPdfTables';

/** The options for `readPdfTables` in a page served from `base` (the pane's own URL). */
export function pdfReadOptions(base: string): ReadPdfOptions {
  const dir = new URL(`${PDFJS_ASSET_DIR}/`, base);
  return {
    cMapUrl: new URL(`${PDF_CMAP_DIR}/`, dir).href,
    createWorker: () => new Worker(new URL(PDF_WORKER_FILE, dir), { type: 'module', name: 'pdf.js' }),
  };
}
