import { describe, expect, it } from 'vitest';
import { inflateEntry, scanZip, type ZipRecord } from '../../src/ooxml';
import { rawZip } from './rawZip';

function only(zip: Uint8Array): { zip: Uint8Array; entry: ZipRecord } {
  const scan = scanZip(zip, { maxEntries: 10 });
  if (!scan.ok || !scan.entries[0]) throw new Error('scan failed');
  return { zip, entry: scan.entries[0] };
}

describe('inflateEntry', () => {
  it('inflates a deflated and a stored entry', async () => {
    const deflated = only(rawZip([{ name: 'a', data: new TextEncoder().encode('任务'.repeat(100)) }]));
    const read = await inflateEntry(deflated.zip, deflated.entry, 1000);
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('任务'.repeat(100));
    const stored = only(rawZip([{ name: 'a', data: new Uint8Array([1, 2, 3]), method: 0 }]));
    expect(await inflateEntry(stored.zip, stored.entry, 10)).toEqual({ ok: true, bytes: new Uint8Array([1, 2, 3]) });
  });

  it('refuses an entry declaring more than the cap before inflating it', async () => {
    const { zip, entry } = only(rawZip([{ name: 'a', data: new Uint8Array(2000) }]));
    expect(await inflateEntry(zip, entry, 1999)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('stops a bomb at the size it declares (10 MB of zeros declaring 1,000 bytes)', async () => {
    const { zip, entry } = only(rawZip([{ name: 'bomb', data: new Uint8Array(10 * 1024 * 1024), declaredSize: 1000 }]));
    expect(await inflateEntry(zip, entry, 8 * 1024 * 1024)).toEqual({ ok: false, reason: 'size-mismatch' });
  });

  it('refuses an entry that inflates to less than it declares', async () => {
    const { zip, entry } = only(rawZip([{ name: 'a', data: new Uint8Array(10), declaredSize: 500 }]));
    expect(await inflateEntry(zip, entry, 1000)).toEqual({ ok: false, reason: 'size-mismatch' });
  });

  it('refuses data that is not deflate', async () => {
    const zip = rawZip([{ name: 'a', data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), method: 0 }]);
    const view = new DataView(zip.buffer);
    view.setUint16(8, 8, true); // both headers now say "deflated"
    const cd = view.getUint32(zip.length - 6, true);
    view.setUint16(cd + 10, 8, true);
    const { entry } = only(zip);
    expect(await inflateEntry(zip, entry, 1000)).toEqual({ ok: false, reason: 'corrupt' });
  });
});
