/**
 * Shared pieces of the browser tests: a static http server for dist/ on localhost and Debian's Chromium
 * through playwright-core (never a downloaded browser).
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { createStaticHandler } from '../../scripts/lib/staticServer.mjs';

const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that keep a headless Chromium from calling home: no background networking, component updates, sync or QUIC. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Serves `dir` over plain http on 127.0.0.1 at a free port; `url` ends with '/'. */
export async function startStaticServer(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(dir)) throw new Error(`startStaticServer: ${dir} does not exist (build first)`);
  const server = createServer(createStaticHandler(dir));
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

/** Launches /usr/bin/chromium headless; throws with the install command when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium fonts-wqy-microhei\` (the browser tests never skip).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
