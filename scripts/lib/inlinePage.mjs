// Turns a built page with one module script and one stylesheet into one self-contained HTML file: the script and
// the style are written into the page, the Content-Security-Policy <meta> allows exactly that script (its sha256
// hash), and nothing left in the page names another file.
import { createHash } from 'node:crypto';
import { escapeHtmlAttribute } from './pageHead.mjs';

/**
 * @typedef {{ code: 'NO_SCRIPT' | 'MANY_SCRIPTS' | 'NO_CHARSET' | 'EXTERNAL_REFERENCE' | 'UNSAFE_SCRIPT_TEXT', message: string }} InlineProblem
 * @typedef {{ ok: true, html: string, scriptHashes: string[] } | { ok: false, problems: InlineProblem[] }} InlineResult
 */

/** The `sha256-…` source expression of an inline script's text, as the CSP compares it. @param {string} text */
export function scriptHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The offline page's Content-Security-Policy: scripts only by hash; no request of any kind (connect-src, img, font,
 * worker, frame, form all 'none' or data:/blob: alone). style-src keeps 'unsafe-inline' for the reason the pane does
 * (FluentProvider writes its theme variables as the text of a <style>; scripts/lib/pageHead.mjs).
 * @param {string[]} scriptHashes
 */
export function offlinePageCsp(scriptHashes) {
  return [
    `default-src 'none'`,
    `script-src ${scriptHashes.join(' ')}`,
    `style-src 'unsafe-inline'`,
    `img-src data: blob:`,
    `font-src data:`,
    `connect-src 'none'`,
    `worker-src 'none'`,
    `frame-src 'none'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'none'`,
  ].join('; ');
}

/**
 * Script text that cannot end or bend the HTML <script> element it sits in: `</script` would close it and `<!--`
 * switches the HTML parser into the "escaped" state. Both are rewritten in ways that keep the JavaScript's meaning
 * inside string and template literals, where minifiers put them (`<\/script`, `\x3C!--`); anywhere else (a regular
 * expression, a comment) the build fails rather than guess.
 * @param {string} code
 * @returns {{ ok: true, code: string } | { ok: false, problem: InlineProblem }}
 */
export function safeScriptText(code) {
  const escaped = code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
  // What is left can only be a literal we did not understand; refuse it.
  if (/<\/script/i.test(escaped) || escaped.includes('<!--')) {
    return {
      ok: false,
      problem: { code: 'UNSAFE_SCRIPT_TEXT', message: 'the script still holds </script or <!-- after escaping' },
    };
  }
  return { ok: true, code: escaped };
}

/**
 * Inlines the page's module script and stylesheets (read through `readAsset`, by the path the page names) and
 * inserts the CSP <meta> right after <meta charset>. Any other src=/href= to a file is a problem: the page must
 * request nothing.
 * @param {string} html the built page
 * @param {(path: string) => string} readAsset
 * @returns {InlineResult}
 */
export function inlinePage(html, readAsset) {
  /** @type {InlineProblem[]} */
  const problems = [];
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g)];
  if (scripts.length === 0) problems.push({ code: 'NO_SCRIPT', message: 'the built page has no <script src>' });
  if (scripts.length > 1)
    problems.push({
      code: 'MANY_SCRIPTS',
      message: `the built page loads ${scripts.length} scripts; build it without code splitting`,
    });
  /** @type {string[]} */
  const scriptHashes = [];
  let out = html.replace(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g, (_tag, src) => {
    const safe = safeScriptText(readAsset(src).trim());
    if (!safe.ok) {
      problems.push(safe.problem);
      return '';
    }
    scriptHashes.push(scriptHash(safe.code));
    return `<script type="module">${safe.code}</script>`;
  });
  out = out.replace(
    /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g,
    (_tag, href) => `<style>${readAsset(href).replace(/<\/(style)/gi, '<\\/$1')}</style>`,
  );
  out = out.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, '');
  // Outside the inlined script and style, nothing may name a file (a src=, an href= other than a fragment or data:).
  const shell = out.replace(/<script type="module">[\s\S]*?<\/script>/g, '').replace(/<style>[\s\S]*?<\/style>/g, '');
  for (const m of shell.matchAll(/\b(?:src|href)="(?!#|data:)([^"]*)"/g))
    problems.push({ code: 'EXTERNAL_REFERENCE', message: `the page still names ${m[1]}` });
  const charset = /<meta charset="UTF-8"\s*\/?>/i;
  if (!charset.test(out)) problems.push({ code: 'NO_CHARSET', message: '<meta charset="UTF-8"> must open <head>' });
  if (problems.length > 0) return { ok: false, problems };
  const csp = `<meta http-equiv="Content-Security-Policy" content="${escapeHtmlAttribute(offlinePageCsp(scriptHashes))}">`;
  return { ok: true, html: out.replace(charset, (tag) => `${tag}\n    ${csp}`), scriptHashes };
}
