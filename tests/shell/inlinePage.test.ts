import { describe, expect, it } from 'vitest';
import { inlinePage, offlinePageCsp, safeScriptText, scriptHash } from '../../scripts/lib/inlinePage.mjs';

const BUILT = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <title>台账</title>
    <script type="module" crossorigin src="./assets/ledger-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/ledger-def.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

const ASSETS: Record<string, string> = {
  './assets/ledger-abc.js': 'const s="</script>";console.log(s)\n',
  './assets/ledger-def.css': 'body{margin:0}',
};

describe('inlinePage', () => {
  it('writes the script and the style into the page and names no file any more', () => {
    const result = inlinePage(BUILT, (path) => ASSETS[path] ?? '');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.html).toContain('<script type="module">const s="<\\/script>";console.log(s)</script>');
    expect(result.html).toContain('<style>body{margin:0}</style>');
    expect(result.html).not.toMatch(/src=|href=/);
  });

  it('allows exactly the inlined script by its sha256, in a CSP <meta> right after <meta charset>', () => {
    const result = inlinePage(BUILT, (path) => ASSETS[path] ?? '');
    if (!result.ok) throw new Error('not inlined');
    // sha256 of the escaped text, computed once with `printf '%s' '…' | openssl dgst -sha256 -binary | base64`.
    expect(result.scriptHashes).toEqual(["'sha256-VpzLV1I0Jodhgb8fkyykE8S2XCzw8nQT7mCuHuR6/XA='"]);
    expect(result.html).toContain(
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-VpzLV1I0Jodhgb8fkyykE8S2XCzw8nQT7mCuHuR6/XA='; `,
    );
  });

  it('refuses a page that still names another file, or loads several scripts', () => {
    const extra = BUILT.replace('<title>', '<link rel="icon" href="assets/icon-32.png"><title>');
    const named = inlinePage(extra, (path) => ASSETS[path] ?? '');
    expect(named.ok ? [] : named.problems.map((p) => p.code)).toEqual(['EXTERNAL_REFERENCE']);
    const two = BUILT.replace('</title>', '</title><script type="module" src="./assets/other.js"></script>');
    const many = inlinePage(two, (path) => ASSETS[path] ?? '');
    expect(many.ok ? [] : many.problems.map((p) => p.code)).toEqual(['MANY_SCRIPTS']);
  });
});

describe('safeScriptText', () => {
  it('keeps </script and <!-- from ending or bending the element', () => {
    expect(safeScriptText('a="</SCRIPT>"+"<!--x"')).toEqual({ ok: true, code: 'a="<\\/SCRIPT>"+"\\x3C!--x"' });
  });
});

describe('offlinePageCsp', () => {
  it('lets nothing be requested: script by hash only, no connections, no workers, no frames, no eval', () => {
    const policy = offlinePageCsp(["'sha256-AAAA'"]);
    expect(policy).toBe(
      "default-src 'none'; script-src 'sha256-AAAA'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; worker-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
