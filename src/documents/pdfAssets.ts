/**
 * Where the build puts pdf.js's worker and CMaps in `dist/` (scripts/build.mjs copies them from pdfjs-dist),
 * so that the pane loads them from its own origin: one definition for the build and the pane.
 */

/** Folder of dist/ holding pdf.js's files. */
export const PDFJS_ASSET_DIR = 'pdfjs';
/** The worker script (an ES module) inside that folder. */
export const PDF_WORKER_FILE = 'pdf.worker.min.mjs';
/** The binary CMaps (`*.bcmap`: Adobe-GB1, GBK-EUC-H, UniGB-UCS2-H …) inside that folder. */
export const PDF_CMAP_DIR = 'cmaps';
