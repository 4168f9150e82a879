import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createReportKey, parseReportKey } from '../../src/reports';

describe('createReportKey / parseReportKey', () => {
  it('makes 32 random bytes with a public id = the first 16 hex digits of SHA-256(secret) (checked with node:crypto)', async () => {
    const key = await createReportKey(new Date('2026-12-01T08:00:00.000Z'));
    const secret = Buffer.from(key.secret, 'base64');
    expect(secret).toHaveLength(32);
    expect(key.id).toBe(createHash('sha256').update(secret).digest('hex').slice(0, 16));
    expect(key.createdAt).toBe('2026-12-01T08:00:00.000Z');
    const other = await createReportKey(new Date('2026-12-01T08:00:00.000Z'));
    expect(other.secret).not.toBe(key.secret);
  });

  it('reads back a stored key (through JSON) and refuses anything else', async () => {
    const key = await createReportKey(new Date('2026-12-01T08:00:00.000Z'));
    expect(await parseReportKey(JSON.parse(JSON.stringify(key)))).toEqual(key);
    const other = await createReportKey(new Date());
    expect(await parseReportKey({ ...key, id: other.id })).toBeNull(); // id not of this secret
    expect(await parseReportKey({ ...key, secret: key.secret.slice(1) })).toBeNull();
    expect(await parseReportKey({ ...key, createdAt: 'yesterday' })).toBeNull();
    expect(await parseReportKey({ id: key.id, secret: key.secret })).toBeNull();
    expect(await parseReportKey(null)).toBeNull();
    expect(await parseReportKey('key')).toBeNull();
  });
});
