/**
 * A ledger's report key: the secret the coordinator's workbook keeps (never a report file) and signs every
 * report workbook with, so that a returned file whose identity or task list was edited is told apart from
 * one the ledger sent. Made with WebCrypto (`crypto.getRandomValues`, `crypto.subtle`), in the pane and in Node.
 */

/** What the workbook stores (in its add-in settings) and what `buildReportWorkbook` and `readReportWorkbook` take. */
export interface ReportKey {
  /** A public name of the key: the first 16 hex digits of SHA-256(secret). Written in every report, so a file signed by another key is told apart from an edited one. */
  id: string;
  /** 32 random bytes, base64. */
  secret: string;
  /** When the key was made (ISO 8601): every round created after it sent only signed files, so an unsigned file for one is refused. */
  createdAt: string;
}

const SECRET_BYTES = 32;
const BASE64 = /^[A-Za-z0-9+/]{43}=$/;
const KEY_ID = /^[0-9a-f]{16}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * The secret's bytes.
 * @example secretBytes(key).length // 32
 */
export function secretBytes(key: ReportKey): Uint8Array<ArrayBuffer> {
  const binary = atob(key.secret);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The key's public id: SHA-256 of the secret, first 16 hex digits. */
async function keyIdOf(secret: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', secret));
  let hex = '';
  for (let i = 0; i < 8; i += 1) hex += (digest[i] ?? 0).toString(16).padStart(2, '0');
  return hex;
}

/**
 * A new random key.
 * @example const key = await createReportKey(new Date()); key.id // 16 hex digits
 */
export async function createReportKey(now: Date): Promise<ReportKey> {
  const secret = crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
  return { id: await keyIdOf(secret), secret: toBase64(secret), createdAt: now.toISOString() };
}

/**
 * A stored key, checked (shape, and that its id belongs to its secret); null when it is not one.
 * @example await parseReportKey(JSON.parse(setting.value)) // ReportKey | null
 */
export async function parseReportKey(value: unknown): Promise<ReportKey | null> {
  if (typeof value !== 'object' || value === null) return null;
  const { id, secret, createdAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof secret !== 'string' || typeof createdAt !== 'string') return null;
  if (!KEY_ID.test(id) || !BASE64.test(secret) || !ISO_TIME.test(createdAt) || Number.isNaN(Date.parse(createdAt)))
    return null;
  const key = { id, secret, createdAt };
  return (await keyIdOf(secretBytes(key))) === id ? key : null;
}
