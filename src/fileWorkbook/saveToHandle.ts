/**
 * Writing the ledger back to the file it was opened from, safely: before writing, the file on disk is compared with
 * what was opened (size and last-modified from the handle; when only the time moved, a CRC-32 of the bytes, so a
 * save in WPS that changed nothing is not a change). A file changed meanwhile is never overwritten (`file-changed`:
 * the page offers to reload it and merge, i.e. open it again and re-enter what is unsaved). A write the system refuses
 * (the file held open by WPS or Excel on Windows: `NoModificationAllowedError` / `InvalidStateError`, Chrome's
 * swap-file rename failing) is `file-locked`: nothing is lost, the `LedgerFile` keeps its changes, the user closes the
 * file there and saves again. The handle is the File System Access API's `FileSystemFileHandle` (or anything shaped so).
 */
import { crc32 } from './crc32';
import type { LedgerFile } from './ledgerFile';

/** What the page remembers of the file it opened (or last saved). */
export interface FileStamp {
  size: number;
  lastModified: number;
  /** CRC-32 of the bytes. */
  crc: number;
}

/** The part of `FileSystemFileHandle` this needs. */
export interface WritableHandle {
  readonly name: string;
  getFile(): Promise<{ size: number; lastModified: number; arrayBuffer(): Promise<ArrayBuffer> }>;
  createWritable(): Promise<{
    write(data: Uint8Array): Promise<void>;
    close(): Promise<void>;
    abort?(): Promise<void>;
  }>;
}

export type FileSaveProblem =
  /** The file on disk is not the one opened: someone saved it meanwhile. Offer 重新打开并合并; never overwrite. */
  | { code: 'file-changed'; params: { name: string } }
  /** The system refused the write (held open by WPS or Excel): close it there and save again; the changes are kept. */
  | { code: 'file-locked'; params: { name: string; reason: string } }
  /** The file could not be read or written for another reason (removed, no permission): the changes are kept. */
  | { code: 'file-unwritable'; params: { name: string; reason: string } };

export type SaveToHandleResult =
  { ok: true; bytes: Uint8Array; stamp: FileStamp } | { ok: false; problem: FileSaveProblem };

/**
 * The stamp of bytes read from a file with that size and time.
 * @example stampOf(bytes, file.lastModified) // { size: bytes.length, lastModified, crc }
 */
export function stampOf(bytes: Uint8Array, lastModified: number): FileStamp {
  return { size: bytes.length, lastModified, crc: crc32(bytes) };
}

/** DOMException names a write to a file another program holds (or a swap that cannot replace it) fails with. */
const LOCKED = new Set(['NoModificationAllowedError', 'InvalidStateError', 'NotReadableError']);

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : String(error);
}

/**
 * Whether the file behind `handle` is still the one `opened` describes.
 * @example await unchangedSince(handle, stamp) // true
 */
async function unchangedSince(handle: WritableHandle, opened: FileStamp): Promise<boolean> {
  const now = await handle.getFile();
  if (now.size !== opened.size) return false;
  if (now.lastModified === opened.lastModified) return true;
  return crc32(new Uint8Array(await now.arrayBuffer())) === opened.crc;
}

/**
 * Saves `file` over the file it came from, unless that file changed since `opened`; the new stamp comes back (keep it,
 * and reopen `bytes` as the ledger: what was saved is now what is open).
 * @example const saved = await saveToHandle(handle, file, stamp); if (!saved.ok) show(formatFileProblem(saved.problem, 'zh-CN'))
 */
export async function saveToHandle(
  handle: WritableHandle,
  file: LedgerFile,
  opened: FileStamp,
): Promise<SaveToHandleResult> {
  const name = handle.name;
  try {
    if (!(await unchangedSince(handle, opened)))
      return { ok: false, problem: { code: 'file-changed', params: { name } } };
  } catch (error) {
    return { ok: false, problem: { code: 'file-unwritable', params: { name, reason: errorName(error) } } };
  }
  const bytes = await file.save();
  let writable: Awaited<ReturnType<WritableHandle['createWritable']>> | null = null;
  try {
    writable = await handle.createWritable();
    await writable.write(bytes);
    await writable.close();
  } catch (error) {
    await writable?.abort?.().catch(() => undefined);
    const reason = errorName(error);
    return {
      ok: false,
      problem: { code: LOCKED.has(reason) ? 'file-locked' : 'file-unwritable', params: { name, reason } },
    };
  }
  const after = await handle.getFile();
  return { ok: true, bytes, stamp: stampOf(bytes, after.lastModified) };
}
