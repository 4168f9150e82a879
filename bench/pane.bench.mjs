// The task pane's two budgets, measured in Debian Chromium and on the built files:
//  1. keyword filter: one keystroke with 10,000 tasks costs at most 3× one keystroke with 24 tasks
//     (test-only bench page, built by Vite into a temp dir — never into dist/);
//  2. initial JavaScript of dist/taskpane.html: gzip -9 of every script the page loads first (the module entry,
//     its static imports and modulepreload links; office.js excluded) at most 150 KB (150,000 bytes; issues #24/#25);
//  3. dist/ledger.html (the offline page, one self-contained file): its size raw and gzip -9, reported (no target).
// Exits 1 when either target is missed. Run: `npm run bench` (node --expose-gc bench/pane.bench.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const RATIO_TARGET = 3;
const INITIAL_JS_TARGET = 150_000;
const LARGE = 10_000;
const SMALL = 24;

// ---------- 2. initial JavaScript ----------

/** Scripts dist/taskpane.html loads first: module entries, modulepreload links, and their static imports. */
function initialScripts(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const isOffice = (src) => /(^|\/)office(-js\/|\.js)|appsforoffice\.microsoft\.com/.test(src);
  const start = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (!isOffice(m[1])) start.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g)) start.push(m[1]);
  const seen = new Set();
  const queue = start.filter((src) => !/^https?:/.test(src)).map((src) => resolve(dirname(htmlFile), src));
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only (`import x from"./a.js"`, `import"./a.js"`, `export{…}from"./a.js"`); import("…") is lazy.
    for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(resolve(dirname(file), m[1]));
    }
  }
  return [...seen];
}

/** Whether a built chunk holds reporting-round code (src/reports, ExcelJS, fflate), read from its source map. */
function holdsReportCode(file) {
  const map = `${file}.map`;
  if (!existsSync(map)) return false;
  const { sources = [] } = JSON.parse(readFileSync(map, 'utf8'));
  return sources.some((source) => /src\/reports\/|node_modules\/(exceljs|fflate)\//.test(source));
}

function measureInitialJs() {
  const htmlFile = join(dist, 'taskpane.html');
  if (!existsSync(htmlFile)) {
    console.log('dist/taskpane.html is missing: building (node scripts/build.mjs, OFFICE_JS=local)');
    const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, OFFICE_JS: 'local' },
    });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const files = initialScripts(htmlFile);
  let total = 0;
  let reports = 0;
  for (const file of files) {
    const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
    total += bytes;
    if (holdsReportCode(file)) reports += bytes;
    console.log(`  ${String(bytes).padStart(7)} B  ${file.slice(root.length + 1)}`);
  }
  return { files: files.length, total, reports };
}

// ---------- 1. keyword keystroke ----------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Values typed one keystroke at a time: growing, shrinking, then cleared — each one a new filter. */
const KEYSTROKES = ['市', '市教', '市教育', '市教育局', '市教育', '市教', '市', '', '持', '持续', '持', ''];

async function measureKeystrokes(browser, baseUrl, n, rounds) {
  const page = await browser.newPage({ viewport: { width: 400, height: 820 } });
  await page.goto(`${baseUrl}bench.html?n=${n}`);
  await page.waitForFunction(() => window.__bench?.ready() === true, null, { timeout: 60_000 });
  const samples = await page.evaluate(
    async ({ values, rounds: r }) => {
      const out = [];
      const pause = () => new Promise((ok) => setTimeout(ok, 30));
      for (const v of values) await window.__bench.keystroke(v); // warm-up round
      for (let i = 0; i < r; i += 1) {
        for (const v of values) {
          out.push(await window.__bench.keystroke(v));
          await pause();
        }
      }
      return out;
    },
    { values: KEYSTROKES, rounds },
  );
  await page.close();
  return samples;
}

async function keystrokeRatio() {
  const { buildFixtures } = await import('../tests/browser/fixtures/buildFixtures.mjs');
  const out = mkdtempSync(join(tmpdir(), 'ktl-pane-bench-'));
  try {
    await buildFixtures(out);
    const server = await startServer(out);
    const browser = await launchChromium();
    try {
      const small = [];
      const large = [];
      // Interleaved, so a busy machine slows both sides alike.
      for (let i = 0; i < 3; i += 1) {
        small.push(...(await measureKeystrokes(browser, server.url, SMALL, 3)));
        large.push(...(await measureKeystrokes(browser, server.url, LARGE, 3)));
      }
      return { small: median(small), large: median(large), samples: small.length };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** tests/browser/harness.ts in plain JS (node runs this file without tsx): the same static handler and Chromium flags. */
async function startServer(dir) {
  const { createServer } = await import('node:http');
  const { createStaticHandler } = await import('../scripts/lib/staticServer.mjs');
  const server = createServer(createStaticHandler(dir));
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://localhost:${server.address().port}/`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

// ---------- run ----------

let failed = false;
console.log('task pane: initial JavaScript of dist/taskpane.html (gzip -9, office.js excluded)');
const js = measureInitialJs();
const jsOk = js.total <= INITIAL_JS_TARGET;
console.log(
  `initial JS: ${js.total} B = ${(js.total / 1000).toFixed(1)} KB in ${js.files} files (target ≤ ${INITIAL_JS_TARGET / 1000} KB) ${jsOk ? 'OK' : 'MISSED'}`,
);
failed ||= !jsOk;
const reportsOk = js.reports === 0;
console.log(
  `reporting rounds (src/reports, ExcelJS, fflate) in the first load: ${js.reports} B (target 0: loaded on demand) ${reportsOk ? 'OK' : 'MISSED'}`,
);
failed ||= !reportsOk;

const ledgerHtml = join(dist, 'ledger.html');
if (existsSync(ledgerHtml)) {
  const raw = readFileSync(ledgerHtml);
  const gzip = gzipSync(raw, { level: 9 }).length;
  console.log(
    `\noffline page dist/ledger.html: ${raw.length} B raw (${(raw.length / 1e6).toFixed(2)} MB), ${gzip} B gzip -9 (${(gzip / 1000).toFixed(1)} KB)`,
  );
} else {
  console.log('\noffline page dist/ledger.html: missing (npm run build writes it)');
  failed = true;
}

console.log(
  `\ntask pane: one keyword keystroke, ${LARGE} tasks vs ${SMALL} tasks (Chromium, median of ${KEYSTROKES.length * 9} keystrokes each)`,
);
const k = await keystrokeRatio();
const ratio = k.large / k.small;
const ratioOk = ratio <= RATIO_TARGET;
console.log(
  `keystroke: ${SMALL} tasks ${k.small.toFixed(2)} ms, ${LARGE} tasks ${k.large.toFixed(2)} ms, ratio ${ratio.toFixed(2)} (target ≤ ${RATIO_TARGET}) ${ratioOk ? 'OK' : 'MISSED'}`,
);
failed ||= !ratioOk;

process.exit(failed ? 1 : 0);
