// `npm run test:browser`: (re)builds dist/ with the local office.js when it is missing or older than the
// sources, then runs the Chromium tests (vitest.browser.config.ts). Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** Newest modification time under the given paths (files or folders). @param {string[]} paths */
function newest(paths) {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))));
    } else {
      latest = Math.max(latest, stat.mtimeMs);
    }
  }
  return latest;
}

const builtAt = existsSync(join(dist, 'taskpane.html')) ? statSync(join(dist, 'taskpane.html')).mtimeMs : 0;
const localOfficeJs = existsSync(join(dist, 'office-js/office.js'));
const sourcesAt = newest(
  ['src', 'seeds', 'scripts/lib', 'scripts/build.mjs', 'vite.config.ts', 'package.json'].map((p) => join(root, p)),
);
if (!localOfficeJs || sourcesAt > builtAt) {
  console.log(
    localOfficeJs
      ? 'dist/ is older than the sources: rebuilding with the local office.js'
      : 'building dist/ with the local office.js (OFFICE_JS=local)',
  );
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--office-js', 'local'], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, OFFICE_JS: 'local' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const run = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'vitest.browser.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: root },
);
process.exit(run.status ?? 1);
