import { describe, expect, it } from 'vitest';
import { countStartTags } from '../../src/ooxml';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const wide = { maxElements: 1_000, maxDepth: 100 };

describe('countStartTags', () => {
  it.each([
    ['<a><b/><b/></a>', 3, 2],
    ['<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>任务</w:t></w:r></w:p></w:body></w:document>', 5, 5],
    ['<a x="1>2" y=\'</b>\'><b/></a>', 2, 2],
    ['<a><!-- <b><c> --><![CDATA[<d><e>]]></a>', 1, 1],
    ['', 0, 0],
  ])('%s: %d elements, depth %d', (xml, elements, depth) => {
    expect(countStartTags(bytes(xml), wide)).toEqual({ ok: true, elements, depth });
  });

  it('stops at the element limit (a few hundred KB of <w:p/>)', () => {
    const xml = `<w:body>${'<w:p/>'.repeat(100_000)}</w:body>`;
    expect(countStartTags(bytes(xml), { maxElements: 50_000, maxDepth: 100 })).toEqual({
      ok: false,
      code: 'too-many-elements',
      limit: 50_000,
    });
  });

  it('stops at the depth limit without recursion (10,000 nested unknown elements)', () => {
    const xml = `${'<x:u>'.repeat(10_000)}${'</x:u>'.repeat(10_000)}`;
    expect(countStartTags(bytes(xml), { maxElements: 1_000_000, maxDepth: 256 })).toEqual({
      ok: false,
      code: 'too-deep',
      limit: 256,
    });
    expect(countStartTags(bytes(xml), { maxElements: 1_000_000, maxDepth: 10_000 })).toEqual({
      ok: true,
      elements: 10_000,
      depth: 10_000,
    });
  });
});
