/**
 * Where pdf.js's CMaps are when no one says: pdfjs-dist's own folder, when this code runs in Node from the
 * repository (tests, scripts, a caller that passes no options). In the pane the CMaps come from our origin
 * (`pdfReadOptions`), and there is no default.
 */

/**
 * The folder path, or undefined outside Node.
 * @example defaultCMapUrl() // '/work/app/node_modules/pdfjs-dist/cmaps/' in Node, undefined in a browser
 */
export function defaultCMapUrl(): string | undefined {
  const node = typeof globalThis.process === 'object' && typeof globalThis.process.versions?.node === 'string';
  if (!node || !import.meta.url.startsWith('file:')) return undefined;
  // Built from parts so that the bundler does not take it for an asset of the pane.
  const url = new URL(['..', '..', 'node_modules', 'pdfjs-dist', 'cmaps', ''].join('/'), import.meta.url);
  return decodeURIComponent(url.pathname);
}
