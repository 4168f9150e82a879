// A tiny static file handler for dist/ (used by `npm start` over https and by the browser tests over http).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
});

/** Headers a production server should send too (docs/deploy.md): frame-ancestors cannot live in a <meta>. */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy':
    "frame-ancestors 'self' https://*.office.com https://*.office365.com https://*.officeapps.live.com https://*.microsoft.com https://*.sharepoint.com https://*.cloud.microsoft",
};

/**
 * Resolves a URL path to a file under `rootDir`, or undefined (missing, a folder, or escaping rootDir).
 * @param {string} rootDir @param {string} pathname
 */
function fileUnder(rootDir, pathname) {
  const file = normalize(join(rootDir, pathname));
  if (!file.startsWith(rootDir + sep) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return file;
}

/**
 * Serves the files under `dir`; `/` goes to taskpane.html. Paths escaping `dir` get 404.
 * `fallbacks` maps a URL prefix to another folder tried when dir lacks the file (npm start serves the whole
 * @microsoft/office-js package under /office-js/ so office.js finds its host scripts inside Excel).
 * @param {string} dir
 * @param {{ fallbacks?: Record<string, string> }} [options]
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void}
 */
export function createStaticHandler(dir, options = {}) {
  const rootDir = resolve(dir);
  const fallbacks = Object.entries(options.fallbacks ?? {}).map(
    ([prefix, folder]) => /** @type {[string, string]} */ ([prefix, resolve(folder)]),
  );
  return (request, response) => {
    let pathname = '/';
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    if (pathname === '/') pathname = '/taskpane.html';
    let file = fileUnder(rootDir, pathname);
    for (const [prefix, folder] of fallbacks) {
      if (file === undefined && pathname.startsWith(prefix))
        file = fileUnder(folder, pathname.slice(prefix.length - 1));
    }
    if (file === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      // Hashed assets may be cached; the fixed names (pages, functions.*, manifest) must not be.
      'Cache-Control':
        pathname.startsWith('/assets/') && /-[\w-]{8}\./.test(pathname)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      ...SECURITY_HEADERS,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  };
}
