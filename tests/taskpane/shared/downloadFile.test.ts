/**
 * Handing files over in Excel on Mac and iPad (no `<a download>` there): workbooks open in Excel, a .zip goes to
 * download.html in a browser window with its bytes in the fragment, which download.js turns back into the same file.
 */
import vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import {
  base64Url,
  MAX_DOWNLOAD_URL,
  webKitDownload,
  XLSX_MIME,
  ZIP_MIME,
  type WebKitHost,
} from '../../../src/taskpane/shared/downloadFile';
import { DOWNLOAD_SCRIPT } from '../../../scripts/lib/staticPages.mjs';

const PAGE = 'https://ledger.example.org/addin/download.html';

function host(overrides: Partial<WebKitHost> = {}): WebKitHost & { opened: Uint8Array[]; urls: string[] } {
  const opened: Uint8Array[] = [];
  const urls: string[] = [];
  return {
    opened,
    urls,
    openWorkbook: (bytes) => {
      opened.push(bytes);
      return Promise.resolve();
    },
    openBrowserWindow: (url) => void urls.push(url),
    downloadPage: PAGE,
    refusal: (reason) => `refused: ${reason}`,
    ...overrides,
  };
}

/** Runs download.js on a page at `url`; returns what it offered (name, type, bytes) and the address left in the bar. */
function runDownloadScript(url: string): {
  name: string;
  type: string;
  bytes: number[];
  clicked: boolean;
  address: string;
} {
  const location = new URL(url);
  const save = {
    href: '',
    download: '',
    hidden: true,
    clicked: false,
    click() {
      this.clicked = true;
    },
  };
  const status = { textContent: '' };
  let blob: { parts: Uint8Array[]; type: string } | null = null;
  const context = vm.createContext({
    location: { hash: location.hash, pathname: location.pathname },
    history: {
      replaceState: (_s: unknown, _t: string, to: string) => {
        location.hash = '';
        location.pathname = to;
      },
    },
    document: { getElementById: (id: string) => (id === 'save' ? save : id === 'status' ? status : null) },
    URLSearchParams,
    atob,
    Uint8Array,
    Blob: function Blob(parts: Uint8Array[], options: { type: string }) {
      blob = { parts, type: options.type };
    },
    URL: { createObjectURL: () => 'blob:fake' },
  });
  vm.runInContext(DOWNLOAD_SCRIPT, context);
  const b = blob as { parts: Uint8Array[]; type: string } | null;
  return {
    name: save.download,
    type: b?.type ?? '',
    bytes: [...(b?.parts[0] ?? [])],
    clicked: save.clicked,
    address: location.href,
  };
}

describe('downloads in Excel on Mac and iPad', () => {
  test('a workbook opens in Excel, as the bytes made', async () => {
    const h = host();
    const bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
    await webKitDownload(h)('市教育局.xlsx', bytes, XLSX_MIME);
    expect(h.opened).toEqual([bytes]);
    expect(h.urls).toEqual([]);
  });

  test('a .zip goes to download.html in a browser window, and download.js saves those very bytes under its name', async () => {
    const h = host();
    const bytes = new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 37) % 256));
    await webKitDownload(h)('2026年11月-进展填报表.zip', bytes, ZIP_MIME);
    expect(h.urls).toHaveLength(1);
    const url = h.urls[0] ?? '';
    expect(url.startsWith(`${PAGE}#`)).toBe(true);
    const saved = runDownloadScript(url);
    expect(saved).toMatchObject({ name: '2026年11月-进展填报表.zip', type: ZIP_MIME, clicked: true });
    expect(saved.bytes).toEqual([...bytes]);
    // The file leaves the address bar (and the history) at once.
    expect(saved.address).toBe(PAGE);
  });

  test('without a browser window (no OpenBrowserWindowApi 1.1), or a file too large for a URL, it refuses with words', async () => {
    const none = webKitDownload(host({ openBrowserWindow: null }));
    await expect(none('a.zip', new Uint8Array([1]), ZIP_MIME)).rejects.toThrow('refused: no-browser-window');
    const big = webKitDownload(host());
    await expect(big('a.zip', new Uint8Array(Math.ceil((MAX_DOWNLOAD_URL * 3) / 4)), ZIP_MIME)).rejects.toThrow(
      'refused: too-large',
    );
  });

  test('base64url needs no escaping in a URL and keeps every byte', () => {
    expect(base64Url(new Uint8Array([251, 255, 191]))).toBe('-_-_');
    expect(base64Url(new Uint8Array([0]))).toBe('AA');
  });
});
