// Where `npm start` records its server so `npm stop` can end it (by pid, never by name).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PID_FILE = join(tmpdir(), 'key-task-ledger-dev-server.json');

/** @typedef {{ pid: number, port: number, root: string, sideloaded: boolean }} DevServerState */

/** @returns {DevServerState | undefined} */
export function readDevServerState() {
  if (!existsSync(PID_FILE)) return undefined;
  try {
    const state = JSON.parse(readFileSync(PID_FILE, 'utf8'));
    return typeof state.pid === 'number' ? state : undefined;
  } catch {
    return undefined;
  }
}

/** @param {DevServerState} state */
export function writeDevServerState(state) {
  writeFileSync(PID_FILE, `${JSON.stringify(state)}\n`);
}

export function clearDevServerState() {
  rmSync(PID_FILE, { force: true });
}

/** @param {number} pid */
export function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}
