// `npm stop`: ends the server `npm start` recorded (by its pid) and, on Windows/macOS, removes the sideload.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { clearDevServerState, isRunning, readDevServerState } from './lib/devServerState.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const state = readDevServerState();

if (process.platform === 'win32' || process.platform === 'darwin') {
  const result = spawnSync('npx', ['--yes', 'office-addin-debugging', 'stop', join(root, 'dist/manifest.xml')], {
    cwd: root,
    shell: process.platform === 'win32',
    encoding: 'utf8',
  });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
}

if (!state) {
  console.log('No development server is recorded; nothing to stop.');
  process.exit(0);
}
if (!isRunning(state.pid)) {
  clearDevServerState();
  console.log(`The recorded server (pid ${state.pid}) is not running any more; cleared its record.`);
  process.exit(0);
}
process.kill(state.pid, 'SIGTERM');
for (let waited = 0; waited < 5000 && isRunning(state.pid); waited += 100) await sleep(100);
if (isRunning(state.pid)) {
  console.error(`The server (pid ${state.pid}) did not stop within 5 s.`);
  process.exit(1);
}
clearDevServerState();
console.log(`Stopped the development server (pid ${state.pid}, port ${state.port}).`);
