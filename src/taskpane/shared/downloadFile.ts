/**
 * Hands a generated file to the user. Everywhere but Excel on Mac and iPad: a Blob, an object URL and a temporary
 * <a download> (no network, nothing leaves the machine). In Excel on Mac and iPad the task pane is a WKWebView where
 * such a download does nothing, by design (OfficeDev/office-js#2700, closed "Resolution: by design"); Microsoft's way
 * out is a browser window outside Office (`Office.context.ui.openBrowserWindow`, OpenBrowserWindowApi 1.1:
 * learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins, "create a simple web application
 * that downloads blobs … call the `Office.context.ui.openBrowserWindow(url)` method"), and for a workbook Excel itself
 * (`Excel.createWorkbook(base64)`, ExcelApi 1.8, learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks).
 * So there: an .xlsx opens in Excel as a new workbook (the user saves it), a .zip goes to the add-in's own
 * download.html in the browser, its bytes in the URL's fragment (never sent to any server).
 */

/** What the panels call to hand a file to the user; tests pass a recorder instead. */
export type DownloadFn = (name: string, bytes: Uint8Array, mimeType: string) => void | Promise<void>;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ZIP_MIME = 'application/zip';

/** The longest URL handed to the browser: Chromium refuses URLs over 2 MB (Safari takes longer ones). */
export const MAX_DOWNLOAD_URL = 2_000_000;

/** Triggers the browser's download of `bytes` as `name`; the object URL is revoked once the click has been handled. */
export const downloadFile: DownloadFn = (name, bytes, mimeType) => {
  // Copy into a fresh ArrayBuffer-backed view: Blob wants ArrayBuffer, not a possibly shared buffer.
  const blob = new Blob([new Uint8Array(bytes)], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some engines; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** Base64url (RFC 4648 §5, no padding): safe in a URL fragment as it is. */
export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** What Excel on Mac and iPad offers the downloader. */
export interface WebKitHost {
  /** Opens an .xlsx as a new workbook in Excel (`Excel.createWorkbook`, through the workbook port). */
  openWorkbook: ((bytes: Uint8Array) => Promise<void>) | null;
  /** `Office.context.ui.openBrowserWindow` where the host has OpenBrowserWindowApi 1.1, else null. */
  openBrowserWindow: ((url: string) => void) | null;
  /** The absolute URL of this deployment's download.html. */
  downloadPage: string;
  /** The words when the file cannot go: no browser window on this Excel, or a file too large for a URL. */
  refusal: (reason: 'no-browser-window' | 'too-large') => string;
}

/**
 * The downloader for Excel on Mac and iPad.
 * @example
 * const download = webKitDownload({ openWorkbook: port.openWorkbook, openBrowserWindow: (u) => Office.context.ui.openBrowserWindow(u), downloadPage, refusal })
 */
export function webKitDownload(host: WebKitHost): DownloadFn {
  return async (name, bytes, mimeType) => {
    if (mimeType === XLSX_MIME && host.openWorkbook) {
      await host.openWorkbook(bytes);
      return;
    }
    const url = `${host.downloadPage}#${new URLSearchParams({ name, type: mimeType, data: base64Url(bytes) }).toString()}`;
    if (!host.openBrowserWindow) throw new Error(host.refusal('no-browser-window'));
    if (url.length > MAX_DOWNLOAD_URL) throw new Error(host.refusal('too-large'));
    host.openBrowserWindow(url);
  };
}
