// `npm start`: build (development URL, local office.js), make the localhost certificate, serve dist/ on
// https://localhost:3000, and sideload into desktop Excel where office-addin-debugging supports it
// (Windows, macOS); on Linux print the steps for Excel on the web. Runs until Ctrl+C or `npm stop`.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:https';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_BASE_URL, DIST_FILES, LOCAL_OFFICE_JS_DIR } from './lib/addinConfig.mjs';
import { ensureDevCertificates, CERT_DIR } from './lib/devCerts.mjs';
import { clearDevServerState, isRunning, readDevServerState, writeDevServerState } from './lib/devServerState.mjs';
import { createStaticHandler } from './lib/staticServer.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const manifest = join(dist, 'manifest.xml');
const port = Number(new URL(DEV_BASE_URL).port);
const desktopSideload = process.platform === 'win32' || process.platform === 'darwin';

const running = readDevServerState();
if (running && isRunning(running.pid)) {
  console.error(
    `A development server is already running (pid ${running.pid}, port ${running.port}); run \`npm stop\` first.`,
  );
  process.exit(1);
}

// 1. Build for https://localhost:3000/ with office.js served locally.
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, OFFICE_JS: 'local' };
delete env.ADDIN_BASE_URL;
const build = spawnSync(
  process.execPath,
  [join(root, 'scripts/build.mjs'), '--base-url', DEV_BASE_URL, '--office-js', 'local'],
  { stdio: 'inherit', env },
);
if (build.status !== 0) process.exit(build.status ?? 1);

// 2. Certificate.
const certs = await ensureDevCertificates();
if (!certs.trusted) {
  console.warn(
    [
      '',
      `WARNING: the development CA (${join(CERT_DIR, 'ca.crt')}) is NOT trusted by this system${certs.note ? ` (${certs.note})` : ''}.`,
      '  office-addin-dev-certs reports success anyway; Excel and browsers will reject https://localhost:3000 until you trust it:',
      process.platform === 'linux'
        ? `  sudo cp ${join(CERT_DIR, 'ca.crt')} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates  (and import it in the browser's certificate settings)`
        : '  run `npx office-addin-dev-certs install` in an administrator/terminal session that may change the trust store.',
    ].join('\n'),
  );
}

// 3. Serve dist/ over https on the loopback addresses; /office-js/ falls back to the whole package so office.js
//    finds its host scripts (excel-win32-16.01.js …) when Excel loads the pane.
const handler = createStaticHandler(dist, {
  fallbacks: { [`/${LOCAL_OFFICE_JS_DIR}/`]: join(root, 'node_modules/@microsoft/office-js/dist') },
});
/** @type {import('node:https').Server[]} */
const servers = [];
for (const host of ['127.0.0.1', '::1']) {
  const server = createServer({ cert: certs.cert, key: certs.key }, handler);
  try {
    await new Promise((resolveListen, rejectListen) => {
      server.once('error', rejectListen);
      server.listen(port, host, () => resolveListen(undefined));
    });
    servers.push(server);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    if (code === 'EADDRINUSE') {
      console.error(`Port ${port} on ${host} is in use: stop the other server (\`npm stop\`) and try again.`);
      process.exit(1);
    }
    if (host === '127.0.0.1') throw error;
    // No IPv6 loopback on this machine: 127.0.0.1 is enough.
  }
}
writeDevServerState({ pid: process.pid, port, root, sideloaded: desktopSideload });

/** Closes the servers and forgets the pid file. */
function shutdown() {
  clearDevServerState();
  for (const server of servers) server.close();
  setTimeout(() => process.exit(0), 200).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

console.log(`
Serving ${dist} at ${DEV_BASE_URL} (pid ${process.pid}; \`npm stop\` or Ctrl+C ends it).
  Task pane:      ${DEV_BASE_URL}${DIST_FILES.taskpane}
  Manifest:       ${manifest}
  Offline preview: open ${DEV_BASE_URL}${DIST_FILES.taskpane} in a plain browser — the embedded table, read-only${certs.trusted ? '' : ' (accept the certificate warning first)'}.`);

// 4. Sideload.
if (desktopSideload) {
  console.log('\nSideloading into desktop Excel with office-addin-debugging (fetched by npx, not a dependency)…');
  const child = spawn(
    'npx',
    [
      '--yes',
      'office-addin-debugging',
      'start',
      manifest,
      'desktop',
      '--app',
      'excel',
      '--no-debug',
      '--no-live-reload',
    ],
    {
      cwd: root,
      shell: process.platform === 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
    process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
    process.stderr.write(chunk);
  });
  child.on('close', (code) => {
    // office-addin-debugging exits 0 on failure too: read what it said.
    if (code !== 0 || /error|unable|not supported|failed/i.test(output)) {
      console.warn(
        `\nSideloading did not succeed (exit ${code}). Sideload by hand: Excel → Insert → Add-ins → My Add-ins → Upload My Add-in → ${manifest}`,
      );
    } else {
      console.log('\nExcel should now open with 重点任务台账 on the Home tab (打开台账).');
    }
  });
} else {
  console.log(`
Desktop Excel does not run on ${process.platform}; sideload into Excel on the web:
  1. Open https://www.office.com, sign in, and open or create a workbook in Excel for the web.
  2. Home (or Insert) → Add-ins → More Add-ins / Get Add-ins → My Add-ins → Upload My Add-in.
  3. Browse to ${manifest} and choose Upload.
  4. The Home tab shows 任务台账 → 打开台账; formulas can call =TASKS.DEADLINE(...) and the other TASKS functions.
  The browser that runs Excel must trust the development CA (see above) and reach https://localhost:3000 on this machine.
  Reference: https://learn.microsoft.com/office/dev/add-ins/testing/sideload-office-add-ins-for-testing
Still serving; Ctrl+C or \`npm stop\` ends it.`);
}
