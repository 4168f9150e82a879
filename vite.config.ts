// Vite builds two things: the task pane (mode "production", a React page) and, with mode "functions",
// functions.js as a classic IIFE script for the JavaScript-only custom functions runtime.
// scripts/build.mjs drives both; OFFICE_JS=local makes the pages load office.js from dist/office-js/.
// With mode "ledger" it builds the offline page (src/ledgerPage) as one script and one style, without code splitting,
// into a scratch folder; scripts/lib/inlinePage.mjs then inlines both into dist/ledger.html.
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { DIST_FILES, LOCAL_OFFICE_JS_DIR, LOCAL_OFFICE_JS_FILES } from './scripts/lib/addinConfig.mjs';
import { cspMetaTag, officeJsSource, officeScriptUrl, type OfficeJsSource } from './scripts/lib/pageHead.mjs';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const distDir = resolve(projectRoot, 'dist');
const officeJsDist = resolve(projectRoot, 'node_modules/@microsoft/office-js/dist');

/** Puts the CSP <meta> (build only: the dev server's React refresh needs inline script) and office.js right after <meta charset>. */
function officePagePlugin(source: OfficeJsSource): Plugin {
  return {
    name: 'key-task-ledger:office-page',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const isBuild = context.server === undefined;
        const csp = isBuild ? `\n    ${cspMetaTag(source)}` : '';
        const officeJs = `\n    <script src="${officeScriptUrl(source, 'office.js')}"></script>`;
        // The icon exists only after the build draws it, so it is added after Vite resolved the page's assets.
        const favicon = `\n    <link rel="icon" type="image/png" href="${DIST_FILES.icon(32)}">`;
        const charset = /<meta charset="UTF-8"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('taskpane.html: <meta charset="UTF-8"> must open <head>');
        return html.replace(charset, (tag) => `${tag}${csp}${officeJs}${favicon}`);
      },
    },
    configureServer(server) {
      // The dev server serves the local office.js copy the same way dist/ does.
      server.middlewares.use((request, response, next) => {
        const prefix = `/${LOCAL_OFFICE_JS_DIR}/`;
        const name = request.url?.startsWith(prefix) ? request.url.slice(prefix.length).split('?')[0] : undefined;
        if (name === undefined || !LOCAL_OFFICE_JS_FILES.includes(name) || !existsSync(resolve(officeJsDist, name))) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        createReadStream(resolve(officeJsDist, name)).pipe(response);
      });
    },
  };
}

/** src/model is pure (lint + tests/model/purity.test.ts): a model module none of whose exports is used can be dropped. */
function modelIsPure(id: string): false | undefined {
  return /[\\/]src[\\/]model[\\/][^\\/]+\.ts$/.test(id) ? false : undefined;
}

/**
 * Browsers the pane and the page are built for: Chromium 87 (奇安信 on UOS reports Chrome 90, UOS's browser 93, the
 * oldest desks 87; ../shared/docs/REACH.md) and its contemporaries. Syntax newer than that (a class static block in a
 * Fluent dependency) is lowered; built-ins newer than that have fallbacks (src/ledgerPage/installBuiltinFallbacks.ts).
 */
export const BROWSER_TARGET = ['chrome87', 'edge88'];

/** Where the ledger page's Vite output goes before it is inlined (scripts/build.mjs removes it). */
export const LEDGER_SCRATCH_DIR = resolve(distDir, '.ledger-page');

/** The task pane: src/taskpane/app/taskpane.html → dist/taskpane.html with content-hashed assets. */
function taskpaneConfig(source: OfficeJsSource): UserConfig {
  return {
    root: resolve(projectRoot, 'src/taskpane/app'),
    envDir: projectRoot,
    publicDir: false,
    base: './',
    plugins: [react(), officePagePlugin(source)],
    build: {
      outDir: distDir,
      emptyOutDir: false,
      sourcemap: true,
      target: BROWSER_TARGET,
      rolldownOptions: {
        input: resolve(projectRoot, 'src/taskpane/app/taskpane.html'),
        // src/model is pure (lint + tests/model/purity.test.ts): unused model modules, and zod with them, can be dropped.
        treeshake: { moduleSideEffects: modelIsPure },
      },
      // React 19 + Fluent UI v9 alone is ~540 KB minified (~155 KB gzip); the panels are split off already.
      chunkSizeWarningLimit: 700,
    },
    server: { port: 3000, strictPort: true },
  };
}

/** functions.js: one classic script, no imports, because the JavaScript-only runtime does not load ES modules. */
function functionsConfig(): UserConfig {
  return {
    root: projectRoot,
    publicDir: false,
    build: {
      outDir: distDir,
      emptyOutDir: false,
      sourcemap: true,
      // The JavaScript-only runtime is not always a current browser engine; lower syntax (docs/runtime.md).
      target: 'es2017',
      // As for the pane: model modules are pure, so the zod schemas (schemas.ts), which the functions never use, are dropped.
      rolldownOptions: { treeshake: { moduleSideEffects: modelIsPure } },
      lib: {
        entry: resolve(projectRoot, 'src/functions/entry.ts'),
        formats: ['iife'],
        name: 'KeyTaskLedgerFunctions',
        fileName: () => 'functions.js',
      },
    },
  };
}

/**
 * The offline page (src/ledgerPage/ledger.html): no office.js, every dynamic import kept in the one script (so the
 * page never requests a chunk), and `import.meta.env.VITE_OFFLINE_PAGE` set so that features needing files beside
 * the page (pdf.js's worker and CMaps) say they are unavailable instead of requesting them.
 */
function ledgerConfig(): UserConfig {
  return {
    root: resolve(projectRoot, 'src/ledgerPage'),
    envDir: projectRoot,
    publicDir: false,
    base: './',
    plugins: [react()],
    define: { 'import.meta.env.VITE_OFFLINE_PAGE': JSON.stringify('1') },
    build: {
      outDir: LEDGER_SCRATCH_DIR,
      emptyOutDir: true,
      sourcemap: false,
      target: BROWSER_TARGET,
      modulePreload: false,
      cssCodeSplit: false,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      rolldownOptions: {
        input: resolve(projectRoot, 'src/ledgerPage/ledger.html'),
        treeshake: { moduleSideEffects: modelIsPure },
        output: { codeSplitting: false },
      },
      chunkSizeWarningLimit: 10_000,
    },
  };
}

export default defineConfig(({ mode }) => {
  const source = officeJsSource(process.env.OFFICE_JS);
  if (mode === 'functions') return functionsConfig();
  return mode === 'ledger' ? ledgerConfig() : taskpaneConfig(source);
});
