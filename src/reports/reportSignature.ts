/**
 * The signature a report workbook (format 2) carries: HMAC-SHA-256 under the ledger's `ReportKey` over its
 * identity (workbook, round, agency) and task list, plus one short tag per part and per task, so a refused
 * file can say what was edited. Only the holder of the key (the coordinator's workbook) can make or check them.
 */
import { secretBytes, type ReportKey } from './reportKey';

/** The parts of a report's identity a refusal can name. */
export type IdentityPart = 'workbook' | 'round' | 'agency' | 'tasks';

/** One task as the `_meta` list records it: the row it was sent in, its role, and its text's hash. */
export interface SignedTask {
  no: number;
  role: string;
  textHash: string;
  row: number;
}

/** What is signed: everything `_meta` says about where the file belongs. */
export interface ReportIdentity {
  formatVersion: number;
  keyId: string;
  /** Random per file: tags of one file do not verify in another. */
  nonce: string;
  workbookId: string;
  roundId: string;
  roundName: string;
  dueDate: string;
  agency: string;
  tasks: readonly SignedTask[];
}

/** The signature and the tags written into `_meta`. */
export interface ReportSeal {
  /** HMAC-SHA-256 of the whole identity, 64 hex digits: the verdict. */
  signature: string;
  /** Per part, 32 hex digits (HMAC-SHA-256 truncated to 128 bits): only to say what changed. */
  tags: Record<IdentityPart, string>;
  /** Per task, in list order, 32 hex digits. */
  taskTags: string[];
}

/** What a check found: the file as sent, or what was edited (what can be named; a wholly re-signed file names every part). */
export type SealCheck =
  { ok: true } | { ok: false; changed: IdentityPart[]; changedTasks: number[]; signatureOnly: boolean };

const DOMAIN = 'key-task-ledger/report';
const IDENTITY_PARTS: readonly IdentityPart[] = ['workbook', 'round', 'agency', 'tasks'];

let cached: { secret: string; key: Promise<CryptoKey> } | null = null;

function cryptoKey(key: ReportKey): Promise<CryptoKey> {
  if (cached?.secret !== key.secret) {
    cached = {
      secret: key.secret,
      key: crypto.subtle.importKey('raw', secretBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
        'sign',
        'verify',
      ]),
    };
  }
  return cached.key;
}

function hex(buffer: ArrayBuffer, bytes: number): string {
  const view = new Uint8Array(buffer, 0, bytes);
  let out = '';
  for (const b of view) out += b.toString(16).padStart(2, '0');
  return out;
}

const encoder = new TextEncoder();

/** A JSON array is an unambiguous encoding of the values (no separator can be forged inside a value). */
function message(values: readonly (string | number)[]): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify([DOMAIN, ...values]));
}

function taskValues(t: SignedTask): (string | number)[] {
  return [t.no, t.role, t.textHash, t.row];
}

function wholeMessage(id: ReportIdentity): Uint8Array<ArrayBuffer> {
  const values: (string | number)[] = [
    id.formatVersion,
    'all',
    id.keyId,
    id.nonce,
    id.workbookId,
    id.roundId,
    id.roundName,
    id.dueDate,
    id.agency,
    id.tasks.length,
  ];
  for (const t of id.tasks) for (const v of taskValues(t)) values.push(v);
  return message(values);
}

function partMessage(id: ReportIdentity, part: IdentityPart): Uint8Array<ArrayBuffer> {
  const head = [id.formatVersion, part, id.nonce];
  switch (part) {
    case 'workbook':
      return message([...head, id.workbookId]);
    case 'round':
      return message([...head, id.roundId, id.roundName, id.dueDate]);
    case 'agency':
      return message([...head, id.agency]);
    case 'tasks': {
      const values: (string | number)[] = [...head, id.tasks.length];
      for (const t of id.tasks) for (const v of taskValues(t)) values.push(v);
      return message(values);
    }
  }
}

function taskMessage(id: ReportIdentity, task: SignedTask): Uint8Array<ArrayBuffer> {
  return message([id.formatVersion, 'task', id.nonce, ...taskValues(task)]);
}

async function tag(key: CryptoKey, data: Uint8Array<ArrayBuffer>): Promise<string> {
  return hex(await crypto.subtle.sign('HMAC', key, data), 16);
}

/**
 * Signs a report's identity and task list.
 * @example const seal = await sealReport(key, identity); seal.signature.length // 64
 */
export async function sealReport(key: ReportKey, identity: ReportIdentity): Promise<ReportSeal> {
  const k = await cryptoKey(key);
  const signature = hex(await crypto.subtle.sign('HMAC', k, wholeMessage(identity)), 32);
  const tags = {} as Record<IdentityPart, string>; // every part is set just below
  for (const part of IDENTITY_PARTS) tags[part] = await tag(k, partMessage(identity, part));
  const taskTags: string[] = [];
  for (const task of identity.tasks) taskTags.push(await tag(k, taskMessage(identity, task)));
  return { signature, tags, taskTags };
}

function bytesOfHex(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[0-9a-f]{64}$/.test(text)) return null;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i += 1) bytes[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Checks a file's identity against its signature; when it fails, the tags say which parts and tasks were edited.
 * @example await checkReportSeal(key, identity, seal) // { ok: false, changed: ['agency'], changedTasks: [], signatureOnly: false }
 */
export async function checkReportSeal(key: ReportKey, identity: ReportIdentity, seal: ReportSeal): Promise<SealCheck> {
  const k = await cryptoKey(key);
  const signature = bytesOfHex(seal.signature);
  // crypto.subtle.verify compares in constant time.
  if (signature !== null && (await crypto.subtle.verify('HMAC', k, signature, wholeMessage(identity))))
    return { ok: true };
  const changed: IdentityPart[] = [];
  for (const part of IDENTITY_PARTS) {
    if ((await tag(k, partMessage(identity, part))) !== seal.tags[part]) changed.push(part);
  }
  const changedTasks: number[] = [];
  for (let i = 0; i < identity.tasks.length; i += 1) {
    const task = identity.tasks[i] as SignedTask;
    if ((await tag(k, taskMessage(identity, task))) !== seal.taskTags[i]) changedTasks.push(task.no);
  }
  if (changedTasks.length > 0 && !changed.includes('tasks')) changed.push('tasks');
  return { ok: false, changed, changedTasks, signatureOnly: changed.length === 0 };
}
