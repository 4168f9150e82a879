// The localhost certificate for https://localhost:3000, made with office-addin-dev-certs' API.
// Its `install` exits 0 even when trusting the CA fails, and getHttpsServerOptions() throws on these
// machines, so this reads the three files itself and asks the OS whether the CA is trusted.
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import devCerts from 'office-addin-dev-certs';

export const CERT_DIR = join(homedir(), '.office-addin-dev-certs');
const CA = join(CERT_DIR, 'ca.crt');
const CERT = join(CERT_DIR, 'localhost.crt');
const KEY = join(CERT_DIR, 'localhost.key');
/** Renew a day early so a session does not outlive its certificate. */
const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;

/** @param {number} now */
function usable(now) {
  if (![CA, CERT, KEY].every((file) => existsSync(file))) return false;
  try {
    return new Date(new X509Certificate(readFileSync(CERT)).validTo).getTime() - RENEW_BEFORE_MS > now;
  } catch {
    return false;
  }
}

/**
 * Generates the CA and localhost certificate when missing or expiring, then tries to trust the CA.
 * @returns {Promise<{ ca: Buffer, cert: Buffer, key: Buffer, trusted: boolean, note: string }>}
 */
export async function ensureDevCertificates() {
  if (!usable(Date.now())) {
    // generateCertificates() keeps an existing ca.crt, so stale files go first.
    for (const file of [CA, CERT, KEY]) rmSync(file, { force: true });
    await devCerts.generateCertificates(CA, CERT, KEY);
  }
  let note = '';
  let trusted = devCerts.getCaCertificateStatus().status === 'installed';
  if (!trusted) {
    try {
      await devCerts.installCaCertificate(CA);
    } catch (error) {
      note = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    }
    trusted = devCerts.getCaCertificateStatus().status === 'installed';
  }
  return { ca: readFileSync(CA), cert: readFileSync(CERT), key: readFileSync(KEY), trusted, note };
}
