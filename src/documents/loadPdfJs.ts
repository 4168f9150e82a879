/**
 * pdf.js, loaded on demand (a dynamic import: the pane's first load never carries it). The legacy build runs
 * in Node 20 and in the older Chromium of 信创 desks alike, so the tests read with the code the pane runs.
 */
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * The pdf.js module.
 * @example const { getDocument } = await loadPdfJs()
 */
export async function loadPdfJs(): Promise<PdfJs> {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}
