/**
 * What a chosen file is, from its first bytes (and its name when the bytes are shared by several formats):
 * a zip package to open, or a format we refuse with "save as .docx".
 */
import type { ForeignKind } from './documentError';

export type FileKind =
  { kind: 'zip' } | { kind: 'foreign'; foreign: ForeignKind } | { kind: 'encrypted' } | { kind: 'unknown' };

/** OLE compound file (Word 97–2003 .doc, WPS .wps/.et, Excel .xls; also an encrypted .docx). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OLE_NAMES: Readonly<Record<string, ForeignKind>> = {
  doc: 'doc',
  dot: 'doc',
  wps: 'wps',
  wpt: 'wps',
  xls: 'xls',
  et: 'et',
  ett: 'et',
};
const NAME_KINDS: Readonly<Record<string, ForeignKind>> = {
  ...OLE_NAMES,
  pdf: 'pdf',
  rtf: 'rtf',
  odt: 'odt',
  txt: 'txt',
  htm: 'html',
  html: 'html',
  mht: 'html',
  mhtml: 'html',
};

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function ascii(bytes: Uint8Array, length: number): string {
  return String.fromCharCode(...bytes.subarray(0, length));
}

/**
 * The file's kind; never throws.
 * @example detectFileKind(new TextEncoder().encode('%PDF-1.7'), '通知.pdf') // { kind: 'foreign', foreign: 'pdf' }
 */
export function detectFileKind(bytes: Uint8Array, name: string): FileKind {
  const ext = extension(name);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'zip' };
  if (startsWith(bytes, OLE)) {
    // A password-protected .docx is an OLE container holding the encrypted package.
    if (ext === 'docx' || ext === 'docm') return { kind: 'encrypted' };
    return { kind: 'foreign', foreign: OLE_NAMES[ext] ?? 'doc' };
  }
  const head = ascii(bytes, 64)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('%pdf')) return { kind: 'foreign', foreign: 'pdf' };
  if (head.startsWith('{\\rtf')) return { kind: 'foreign', foreign: 'rtf' };
  // Word's "save as web page" files are often renamed .doc.
  if (head.startsWith('<html') || head.startsWith('<!doctype html') || head.startsWith('mime-version'))
    return { kind: 'foreign', foreign: 'html' };
  const byName = NAME_KINDS[ext];
  return byName ? { kind: 'foreign', foreign: byName } : { kind: 'unknown' };
}
