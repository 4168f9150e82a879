import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticHandler } from '../../scripts/lib/staticServer.mjs';

describe('createStaticHandler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-'));
  const fallback = mkdtempSync(join(tmpdir(), 'static-fallback-'));
  let server: Server;
  let url = '';

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'office-js'));
    writeFileSync(join(dir, 'taskpane.html'), '<p>pane</p>');
    writeFileSync(join(dir, 'assets/app-AbCd1234.js'), 'export {};');
    writeFileSync(join(dir, 'office-js/office.js'), '// local');
    writeFileSync(join(fallback, 'excel-win32-16.01.js'), '// host');
    writeFileSync(join(tmpdir(), 'outside-static-root.txt'), 'secret');
    server = createServer(createStaticHandler(dir, { fallbacks: { '/office-js/': fallback } }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
    rmSync(fallback, { recursive: true, force: true });
    rmSync(join(tmpdir(), 'outside-static-root.txt'), { force: true });
  });

  it('serves the pane at / with its type and the security headers', async () => {
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe('<p>pane</p>');
  });

  it('caches hashed assets for good', async () => {
    const response = await fetch(`${url}/assets/app-AbCd1234.js`);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('falls back to the office.js package folder for files dist/ lacks', async () => {
    expect(await (await fetch(`${url}/office-js/office.js`)).text()).toBe('// local');
    expect(await (await fetch(`${url}/office-js/excel-win32-16.01.js`)).text()).toBe('// host');
  });

  it('answers 404 for missing files and paths that escape the folder', async () => {
    expect((await fetch(`${url}/nope.html`)).status).toBe(404);
    expect((await fetch(`${url}/%2e%2e/outside-static-root.txt`)).status).toBe(404);
    expect((await fetch(`${url}/office-js/%2e%2e/%2e%2e/outside-static-root.txt`)).status).toBe(404);
  });
});
