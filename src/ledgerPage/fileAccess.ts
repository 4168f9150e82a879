/**
 * Opening and saving the ledger file: the File System Access API where the browser has it (Chromium 86+, secure
 * contexts, file:// included), else `<input type=file>` and a download. A small wrapper of our own rather than
 * browser-fs-access: we need the handle's `getFile()` before writing (to find a file changed on disk) and the
 * write's exception (a file WPS or Excel holds open), which that package's legacy path does not report.
 */

interface WritableLike {
  write(data: Blob): Promise<void>;
  close(): Promise<void>;
}

export interface FileHandleLike {
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<WritableLike>;
}

type OpenPicker = (options: {
  types: { description: string; accept: Record<string, string[]> }[];
  multiple: false;
}) => Promise<FileHandleLike[]>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
  lastModified: number;
  size: number;
  /** Null when the file came through `<input type=file>` (saving is then a download). */
  handle: FileHandleLike | null;
}

export type SaveOutcome =
  | { ok: true; lastModified: number; downloaded: boolean }
  | { ok: false; reason: 'changed-on-disk' | 'locked' | 'failed' };

function picker(): OpenPicker | null {
  const fn = (globalThis as { showOpenFilePicker?: OpenPicker }).showOpenFilePicker;
  return typeof fn === 'function' ? fn : null;
}

function pickWithInput(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `.xlsx,${XLSX_TYPE}`;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

async function fromFile(file: File, handle: FileHandleLike | null): Promise<OpenedFile> {
  return {
    name: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    lastModified: file.lastModified,
    size: file.size,
    handle,
  };
}

/** Asks for an .xlsx; null when the user cancels. */
export async function openLedgerFile(): Promise<OpenedFile | null> {
  const open = picker();
  if (!open) {
    const file = await pickWithInput();
    return file ? fromFile(file, null) : null;
  }
  try {
    const [handle] = await open({
      types: [{ description: 'Excel', accept: { [XLSX_TYPE]: ['.xlsx'] } }],
      multiple: false,
    });
    return handle ? fromFile(await handle.getFile(), handle) : null;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/** Hands the bytes to the browser as a download named `name`. */
function downloadBytes(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Writes the ledger back to the file it came from, unless that file changed on disk since it was opened (never
 * overwritten then) or is held open by WPS/Excel; without a handle, a download.
 */
export async function saveLedgerFile(opened: OpenedFile, bytes: Uint8Array): Promise<SaveOutcome> {
  if (!opened.handle) {
    downloadBytes(bytes, opened.name);
    return { ok: true, lastModified: opened.lastModified, downloaded: true };
  }
  try {
    const now = await opened.handle.getFile();
    if (now.lastModified !== opened.lastModified || now.size !== opened.size)
      return { ok: false, reason: 'changed-on-disk' };
    const writable = await opened.handle.createWritable();
    await writable.write(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
    await writable.close();
    return { ok: true, lastModified: (await opened.handle.getFile()).lastModified, downloaded: false };
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    // Windows: a file another program holds open cannot be replaced (Chrome's .crswap swap fails on close).
    if (name === 'NoModificationAllowedError' || name === 'InvalidStateError' || name === 'NotReadableError')
      return { ok: false, reason: 'locked' };
    return { ok: false, reason: 'failed' };
  }
}
