import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { normaliseZipName, scanZip } from '../../src/ooxml';
import { rawZip } from './rawZip';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const opts = { maxEntries: 100 };

function streamedZip(files: Record<string, string>): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  for (const [name, content] of Object.entries(files)) {
    const f = new ZipDeflate(name);
    zip.add(f);
    f.push(strToU8(content), true);
  }
  zip.end();
  const all = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

describe('scanZip', () => {
  it('lists the entries of an ordinary zip in directory order', () => {
    const scan = scanZip(
      zipSync({ '[Content_Types].xml': text('<Types/>'), 'xl/workbook.xml': text('<workbook/>') }),
      opts,
    );
    expect(scan.ok && scan.entries.map((e) => [e.name, e.size])).toEqual([
      ['[Content_Types].xml', 8],
      ['xl/workbook.xml', 11],
    ]);
  });

  it('accepts records with data descriptors, as streaming writers make them', () => {
    const scan = scanZip(streamedZip({ 'a.xml': '<a/>', 'b/c.xml': '<c>hello</c>' }), opts);
    expect(scan.ok && scan.entries.map((e) => e.name)).toEqual(['a.xml', 'b/c.xml']);
  });

  it('accepts a zip written by the raw helper unchanged (the helper itself is sound)', () => {
    expect(
      scanZip(
        rawZip([
          { name: 'a.xml', data: text('<a/>') },
          { name: 'b.xml', data: text('<b/>'), method: 0 },
        ]),
        opts,
      ).ok,
    ).toBe(true);
  });

  it('refuses a record the directory does not list, placed between listed ones', () => {
    const zip = rawZip([
      { name: 'a.xml', data: text('<a/>') },
      { name: 'hidden.xml', data: new Uint8Array(5000), listed: false },
      { name: 'b.xml', data: text('<b/>') },
    ]);
    expect(scanZip(zip, opts)).toEqual({
      ok: false,
      refusal: { code: 'zip-altered', params: { reason: 'unlisted-bytes', entry: 'b.xml' } },
    });
  });

  it('refuses 100,000 local-only records behind one listed entry by structure, without walking them', () => {
    const hidden = Array.from({ length: 100_000 }, (_, i) => ({
      name: `h${i}`,
      data: new Uint8Array(0),
      method: 0 as const,
      listed: false,
    }));
    const zip = rawZip([...hidden, { name: 'a.xml', data: text('<a/>') }]);
    expect(scanZip(zip, opts)).toEqual({
      ok: false,
      refusal: { code: 'zip-altered', params: { reason: 'unlisted-bytes', entry: 'a.xml' } },
    });
  });

  it('refuses bytes before the first record', () => {
    const zip = rawZip([{ name: 'a.xml', data: text('<a/>') }], { prefix: new Uint8Array(10) });
    expect(scanZip(zip, opts)).toMatchObject({
      ok: false,
      refusal: { code: 'zip-altered', params: { reason: 'unlisted-bytes' } },
    });
  });

  it('refuses many directory entries pointing at one record', () => {
    const zip = rawZip([{ name: 'r.xlsx', data: new Uint8Array(100), aliases: ['r.xlsx', 'r.xlsx'] }]);
    expect(scanZip(zip, opts)).toEqual({
      ok: false,
      refusal: { code: 'zip-altered', params: { reason: 'duplicate-name', entry: 'r.xlsx' } },
    });
    const renamed = rawZip([{ name: 'r1.xlsx', data: new Uint8Array(100), aliases: ['r2.xlsx'] }]);
    expect(scanZip(renamed, opts)).toEqual({
      ok: false,
      refusal: { code: 'zip-altered', params: { reason: 'header-mismatch', entry: 'r2.xlsx' } },
    });
  });

  it('refuses two records that share bytes (a compressed size reaching into the next record)', () => {
    const zip = rawZip([
      { name: 'a', data: text('aaaa'), method: 0 },
      { name: 'b', data: text('bbbb'), method: 0 },
    ]);
    // a's compressed size, in both headers, grows by 10: its data now runs over b's local header.
    const view = new DataView(zip.buffer);
    view.setUint32(18, 14, true);
    const cd = view.getUint32(zip.length - 6, true);
    view.setUint32(cd + 20, 14, true);
    view.setUint32(cd + 24, 14, true);
    view.setUint32(22, 14, true);
    expect(scanZip(zip, opts)).toEqual({
      ok: false,
      refusal: { code: 'zip-altered', params: { reason: 'overlap', entry: 'b' } },
    });
  });

  it('refuses a local header whose name or declared size differs from the directory', () => {
    expect(
      scanZip(
        rawZip([{ name: 'xl/worksheets/sheet1.xml', localName: 'xl/worksheets/sheet9.xml', data: text('<x/>') }]),
        opts,
      ),
    ).toEqual({
      ok: false,
      refusal: { code: 'zip-altered', params: { reason: 'header-mismatch', entry: 'xl/worksheets/sheet1.xml' } },
    });
    const zip = rawZip([{ name: 'a.xml', data: text('<a/>') }]);
    new DataView(zip.buffer).setUint32(22, 1_000_000, true); // the local header alone claims another size
    expect(scanZip(zip, opts)).toMatchObject({
      ok: false,
      refusal: { code: 'zip-altered', params: { reason: 'header-mismatch' } },
    });
  });

  it('refuses names that escape or alias', () => {
    expect(scanZip(rawZip([{ name: '/xl/worksheets/sheet1.xml', data: text('<x/>') }]), opts)).toEqual({
      ok: false,
      refusal: { code: 'zip-altered', params: { reason: 'bad-name', entry: '/xl/worksheets/sheet1.xml' } },
    });
    expect(scanZip(rawZip([{ name: 'xl/../../evil', data: text('x') }]), opts)).toMatchObject({
      ok: false,
      refusal: { params: { reason: 'bad-name' } },
    });
    expect(
      scanZip(
        rawZip([
          { name: 'XL/Workbook.xml', data: text('x') },
          { name: 'xl/workbook.xml', data: text('y') },
        ]),
        opts,
      ),
    ).toEqual({
      ok: false,
      refusal: { code: 'zip-altered', params: { reason: 'duplicate-name', entry: 'xl/workbook.xml' } },
    });
  });

  it('counts entries from the directory before reading any', () => {
    const zip = rawZip(
      Array.from({ length: 101 }, (_, i) => ({ name: `p${i}`, data: new Uint8Array(0), method: 0 as const })),
    );
    expect(scanZip(zip, opts)).toEqual({
      ok: false,
      refusal: { code: 'too-many-entries', params: { entries: 101, limit: 100 } },
    });
  });

  it('refuses what is not a whole zip', () => {
    expect(scanZip(text('hello'), opts)).toEqual({ ok: false, refusal: { code: 'truncated', params: {} } });
    const zip = zipSync({ 'a.xml': text('<a/>') });
    expect(scanZip(zip.subarray(0, zip.length - 5), opts)).toEqual({
      ok: false,
      refusal: { code: 'truncated', params: {} },
    });
  });
});

describe('normaliseZipName', () => {
  it.each([
    ['xl\\worksheets\\sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['docs/', 'docs/'],
    ['市教育局.xlsx', '市教育局.xlsx'],
    ['/a', null],
    ['C:/a', null],
    ['a/./b', null],
    ['a//b', null],
    ['a/..', null],
    ['a\u0000b', null],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseZipName(raw)).toBe(expected);
  });
});
