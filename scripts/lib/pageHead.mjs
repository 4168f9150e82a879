// What every built page carries in its <head>: the Content-Security-Policy and the office.js script tags.
import { CF_RUNTIME_CDN_URL, LOCAL_OFFICE_JS_DIR, OFFICE_JS_CDN_URL } from './addinConfig.mjs';

/** @typedef {'cdn' | 'local'} OfficeJsSource */

/** The CDN origin office.js comes from (it loads its host-specific scripts from there too). */
const OFFICE_JS_ORIGIN = new URL(OFFICE_JS_CDN_URL).origin;

/**
 * Reads the office.js source from a flag value or OFFICE_JS: 'local' serves the copy from node_modules.
 * @param {string | undefined} value
 * @returns {OfficeJsSource}
 */
export function officeJsSource(value) {
  return value === 'local' ? 'local' : 'cdn';
}

/**
 * The page's Content-Security-Policy. Only the page's own origin and office.js's origin may run script.
 * style-src needs 'unsafe-inline': FluentProvider writes the theme's CSS variables as the text of a <style>
 * element (it varies by theme, so no hash fits); Griffel's own <style> elements are empty and filled via
 * CSSOM. Measured in Chromium (docs/deploy.md). frame-ancestors cannot be set in a <meta>: the server sends it.
 * worker-src names the one worker (pdf.js, from our origin) so that no wider default ever admits another.
 * @param {OfficeJsSource} source
 * @returns {string}
 */
export function contentSecurityPolicy(source) {
  const scriptSrc = source === 'cdn' ? `'self' ${OFFICE_JS_ORIGIN}` : `'self'`;
  return [
    `default-src 'self'`,
    `script-src ${scriptSrc}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self' data:`,
    `connect-src 'self'`,
    // pdf.js parses a chosen PDF in a module worker served from dist/pdfjs/ (never a blob: or data: worker).
    `worker-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
  ].join('; ');
}

/**
 * URL of a file of @microsoft/office-js for the page at the root of dist/.
 * @param {OfficeJsSource} source
 * @param {'office.js' | 'custom-functions-runtime.js'} file
 */
export function officeScriptUrl(source, file) {
  if (source === 'local') return `${LOCAL_OFFICE_JS_DIR}/${file}`;
  return file === 'office.js' ? OFFICE_JS_CDN_URL : CF_RUNTIME_CDN_URL;
}

/** @param {string} text */
export function escapeHtmlAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The CSP <meta> element as HTML text.
 * @param {OfficeJsSource} source
 */
export function cspMetaTag(source) {
  return `<meta http-equiv="Content-Security-Policy" content="${escapeHtmlAttribute(contentSecurityPolicy(source))}">`;
}
