// `npm run build`: dist/ with the task pane, the functions page + script + metadata (en and zh-CN), icons and
// the manifest; then the committed development manifest.xml at the root.
//   node scripts/build.mjs [--base-url https://host/path/] [--office-js local|cdn]
//   env: ADDIN_BASE_URL (deployment URL), OFFICE_JS=local (office.js from dist/office-js/ for tests and the offline preview)
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DEV_BASE_URL,
  DIST_FILES,
  ICON_SIZES,
  LOCAL_OFFICE_JS_DIR,
  LOCAL_OFFICE_JS_FILES,
} from './lib/addinConfig.mjs';
import { chrome87Problems } from './lib/chrome87Check.mjs';
import { es2017Problems } from './lib/es2017Check.mjs';
import { generateMetadata, localizeMetadata } from './lib/functionsMetadata.mjs';
import { drawIcon } from './lib/icons.mjs';
import { inlinePage } from './lib/inlinePage.mjs';
import { generateManifest, normalizeBaseUrl } from './lib/manifest.mjs';
import { cspMetaTag, officeJsSource, officeScriptUrl } from './lib/pageHead.mjs';
import { commandsPage, DOWNLOAD_SCRIPT, downloadPage, supportPage } from './lib/staticPages.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** @param {string} message */
function fail(message) {
  console.error(`build failed: ${message}`);
  process.exit(1);
}

const { values: flags } = parseArgs({
  options: { 'base-url': { type: 'string' }, 'office-js': { type: 'string' } },
  allowPositionals: false,
});
const requestedBase = flags['base-url'] ?? process.env.ADDIN_BASE_URL ?? DEV_BASE_URL;
const base = normalizeBaseUrl(requestedBase);
if (!base.ok) fail(`${base.code}: ${base.message}`);
const baseUrl = base.ok ? base.baseUrl : DEV_BASE_URL;
const officeJs = officeJsSource(flags['office-js'] ?? process.env.OFFICE_JS);
process.env.OFFICE_JS = officeJs; // read by vite.config.ts
process.env.NODE_ENV = 'production';
const started = performance.now();

// 1. Metadata first: a JSDoc mistake should stop the build before anything is emitted.
const functionsFile = join(root, 'src/functions/functions.ts');
const generated = await generateMetadata(functionsFile);
if (generated.problems.length > 0 || !generated.metadata) {
  fail(`custom functions metadata:\n${generated.problems.map((p) => `  ${p.code}: ${p.message}`).join('\n')}`);
}
const metadata = /** @type {import('./lib/functionsMetadata.mjs').Metadata} */ (generated.metadata);
const { tsImport } = await import('tsx/esm/api');
const localization = await tsImport(join(root, 'src/functions/localization.ts'), import.meta.url);
if (typeof localization.FUNCTIONS_ZH_CN !== 'object' || localization.FUNCTIONS_ZH_CN === null) {
  fail('src/functions/localization.ts must export FUNCTIONS_ZH_CN');
}
// Every id in functions.json must be registered at run time, or Excel shows #NAME? for it.
const associate = await tsImport(join(root, 'src/functions/associate.ts'), import.meta.url);
const registered = new Set(Object.keys(associate.FUNCTIONS ?? {}));
const described = new Set(metadata.functions.map((f) => f.id));
const unregistered = [...described].filter((id) => !registered.has(id));
const undescribed = [...registered].filter((id) => !described.has(id));
if (unregistered.length > 0 || undescribed.length > 0) {
  fail(
    `FUNCTIONS (src/functions/associate.ts) and functions.json differ: not registered [${unregistered.join(', ')}], not in the metadata [${undescribed.join(', ')}]`,
  );
}
const localized = localizeMetadata(metadata, localization.FUNCTIONS_ZH_CN);
if (localized.problems.length > 0) {
  fail(`zh-CN function texts:\n${localized.problems.map((p) => `  ${p.code}: ${p.message}`).join('\n')}`);
}

// 2. Vite: the task pane, then functions.js as a classic IIFE.
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const vite = await import('vite');
const configFile = join(root, 'vite.config.ts');
const viteParts = { production: 'task pane', functions: 'functions.js', ledger: 'offline page' };
for (const mode of /** @type {(keyof typeof viteParts)[]} */ (['production', 'functions', 'ledger'])) {
  try {
    await vite.build({ configFile, mode, logLevel: 'warn' });
  } catch (error) {
    fail(`vite (${viteParts[mode]}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

// The offline page: its one script and style inlined into dist/ledger.html, with the CSP hashes (docs/runtime.md).
const ledgerScratch = join(dist, '.ledger-page');
const ledgerBuilt = readFileSync(join(ledgerScratch, 'ledger.html'), 'utf8');
const ledger = inlinePage(ledgerBuilt, (path) => readFileSync(resolve(ledgerScratch, path), 'utf8'));
if (!ledger.ok) fail(`dist/ledger.html: ${ledger.problems.map((p) => `${p.code}: ${p.message}`).join('; ')}`);
const ledgerHtml = ledger.ok ? ledger.html : '';
if (/office\.js|appsforoffice/.test(ledgerHtml.replace(/<script type="module">[\s\S]*?<\/script>/g, '')))
  fail('dist/ledger.html names office.js');
writeFileSync(join(dist, DIST_FILES.ledgerPage), ledgerHtml);
rmSync(ledgerScratch, { recursive: true, force: true });

// Chromium 87: no syntax it cannot parse, and every newer built-in a bundle calls has a fallback.
const { BUILTIN_FALLBACKS } = await tsImport(
  join(root, 'src/taskpane/app/installBuiltinFallbacks.ts'),
  import.meta.url,
);
const covered = new Set(/** @type {string[]} */ (BUILTIN_FALLBACKS));
/** Whether a built chunk is pdf.js's legacy build alone (read from its source map). @param {string} file */
function selfPolyfilled(file) {
  const map = `${file}.map`;
  if (!existsSync(map)) return false;
  const { sources = [] } = JSON.parse(readFileSync(map, 'utf8'));
  return (
    sources.length > 0 &&
    sources.every((/** @type {string} */ source) => /node_modules\/pdfjs-dist\/legacy\//.test(source))
  );
}
const paneScripts = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => join(dist, 'assets', f));
const inlineScripts = [...ledgerHtml.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => ({
  name: DIST_FILES.ledgerPage,
  code: m[1] ?? '',
}));
for (const { name, code } of [
  ...paneScripts.map((f) => ({ name: relative(dist, f), code: readFileSync(f, 'utf8') })),
  ...inlineScripts,
]) {
  const check = chrome87Problems(code, { module: true });
  if (check.syntax.length > 0)
    fail(`${name} does not parse in Chromium 87: ${check.syntax.map((p) => p.message).join('; ')}`);
  // pdf.js's legacy build carries its own core-js polyfills (Promise.withResolvers, structuredClone …).
  if (selfPolyfilled(join(dist, name))) continue;
  const uncovered = [...check.builtins.keys()].filter((b) => !covered.has(b));
  if (uncovered.length > 0)
    fail(
      `${name} calls built-ins newer than Chromium 87 without a fallback in src/taskpane/app/installBuiltinFallbacks.ts: ${uncovered.join(', ')}`,
    );
}

// functions.js must load on an ES2017 engine (docs/runtime.md): newer syntax fails the build.
const functionsScript = readFileSync(join(dist, DIST_FILES.functionsScript), 'utf8');
const es2017 = es2017Problems(functionsScript);
// Every kind fails: newer syntax, regex literals the bundler lowered to RegExp("…") calls that need ES2018 at load, newer built-ins.
if (es2017.length > 0)
  fail(
    `functions.js is not ES2017 (it would not load in older custom-functions runtimes): ${es2017.map((p) => p.message).join('; ')}`,
  );
// zod needs BigInt and globalThis when it loads; the functions import only zod-free model modules (src/model/schemas.ts holds the schemas).
if (/\bZodError\b|\b_zod\b/.test(functionsScript))
  fail('functions.js contains zod: a module under src/functions reaches src/model/schemas.ts');

// 3. Metadata, pages, office.js (local mode), pdf.js's worker and CMaps, icons.
writeFileSync(join(dist, DIST_FILES.functionsMetadata), `${JSON.stringify(metadata, null, 2)}\n`);
writeFileSync(join(dist, DIST_FILES.functionsMetadataZhCn), `${JSON.stringify(localized.metadata, null, 2)}\n`);
const functionsHtml = readFileSync(join(root, 'src/functions/functions.html'), 'utf8')
  .replace('%CSP_META%', cspMetaTag(officeJs))
  .replace('%CUSTOM_FUNCTIONS_RUNTIME_URL%', officeScriptUrl(officeJs, 'custom-functions-runtime.js'));
writeFileSync(join(dist, DIST_FILES.functionsPage), functionsHtml);
writeFileSync(join(dist, DIST_FILES.commands), commandsPage(officeJs));
writeFileSync(join(dist, DIST_FILES.support), supportPage(officeJs));
writeFileSync(join(dist, DIST_FILES.download), downloadPage(officeJs));
writeFileSync(join(dist, DIST_FILES.downloadScript), DOWNLOAD_SCRIPT);
if (officeJs === 'local') {
  const from = join(root, 'node_modules/@microsoft/office-js/dist');
  mkdirSync(join(dist, LOCAL_OFFICE_JS_DIR), { recursive: true });
  for (const file of LOCAL_OFFICE_JS_FILES) copyFileSync(join(from, file), join(dist, LOCAL_OFFICE_JS_DIR, file));
}
// pdf.js's worker and CMaps, served from our own origin (the pane loads pdf.js itself lazily, when a PDF is chosen).
const pdfAssets = await tsImport(join(root, 'src/documents/pdfAssets.ts'), import.meta.url);
const pdfjsDist = join(root, 'node_modules/pdfjs-dist');
const pdfDir = join(dist, pdfAssets.PDFJS_ASSET_DIR);
mkdirSync(join(pdfDir, pdfAssets.PDF_CMAP_DIR), { recursive: true });
copyFileSync(join(pdfjsDist, 'legacy/build', pdfAssets.PDF_WORKER_FILE), join(pdfDir, pdfAssets.PDF_WORKER_FILE));
copyFileSync(join(pdfjsDist, 'LICENSE'), join(pdfDir, 'LICENSE'));
const cmaps = readdirSync(join(pdfjsDist, 'cmaps')).filter((f) => f.endsWith('.bcmap') || f === 'LICENSE');
if (!cmaps.some((f) => f.startsWith('UniGB-UCS2-H')) || !cmaps.some((f) => f.startsWith('GBK-EUC-H')))
  fail('pdfjs-dist/cmaps lacks the Chinese CMaps (UniGB-UCS2-H, GBK-EUC-H)');
for (const file of cmaps) copyFileSync(join(pdfjsDist, 'cmaps', file), join(pdfDir, pdfAssets.PDF_CMAP_DIR, file));

mkdirSync(join(dist, 'assets'), { recursive: true });
for (const size of ICON_SIZES) writeFileSync(join(dist, DIST_FILES.icon(size)), drawIcon(size));

// 4. Manifests: dist/ for the chosen base URL; the root one always for development (a test compares it).
writeFileSync(join(dist, 'manifest.xml'), generateManifest({ baseUrl }));
writeFileSync(join(root, 'manifest.xml'), generateManifest({ baseUrl: DEV_BASE_URL }));

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `built dist/ in ${seconds} s: ${metadata.functions.length} custom functions, base URL ${baseUrl}, office.js ${officeJs === 'local' ? `local (dist/${LOCAL_OFFICE_JS_DIR}/)` : 'from the CDN'}`,
);
