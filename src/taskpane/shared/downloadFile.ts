/**
 * Saves bytes as a file through a Blob, an object URL and a temporary <a download>: no network, nothing leaves the machine.
 */

/** What the rounds panel calls to hand a file to the user; tests pass a recorder instead. */
export type DownloadFn = (name: string, bytes: Uint8Array, mimeType: string) => void;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ZIP_MIME = 'application/zip';

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
