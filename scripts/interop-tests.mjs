// `npm run test:interop`: the LibreOffice tests (tests/interop). They need `soffice` (Debian:
// `apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui`); without it this fails loudly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const candidates = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];
if (!candidates.some((path) => existsSync(path))) {
  console.error(
    'LibreOffice (soffice) is missing: the interop tests cannot run. Debian: apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui',
  );
  process.exit(1);
}
const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const run = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'vitest.interop.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: root },
);
process.exit(run.status ?? 1);
