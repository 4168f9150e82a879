// parseWordTree: our own tokenizer for word/document.xml (issue 21), no DOM, explicit stack. Well-formed XML gives
// the nodes the table reader walks; anything a conforming XML parser rejects gives null.
import { describe, expect, it } from 'vitest';
import { parseWordTree, type WordNode } from '../../src/documents/wordTree';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const doc = (body: string, decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n') =>
  `${decl}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;

function shape(node: WordNode): unknown {
  return { [`${node.kind}:${node.localName}`]: [node.val, node.text, node.children.map(shape)] };
}

describe('parseWordTree', () => {
  it('keeps blocks, cell properties and w:val; drops run and paragraph properties and other attributes', () => {
    const tree = parseWordTree(
      doc(
        '<w:p w:rsidR="00AB"><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>甲</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr></w:tc></w:tr></w:tbl>',
      ),
    );
    expect(tree && shape(tree)).toEqual({
      'w:document': [
        null,
        '',
        [
          {
            'w:body': [
              null,
              '',
              [
                { 'w:p': [null, '', [{ 'w:r': [null, '', [{ 'w:t': [null, '甲', []] }]] }]] },
                {
                  'w:tbl': [
                    null,
                    '',
                    [
                      {
                        'w:tr': [
                          null,
                          '',
                          [{ 'w:tc': [null, '', [{ 'w:tcPr': [null, '', [{ 'w:vMerge': ['restart', '', []] }]] }]] }],
                        ],
                      },
                    ],
                  ],
                },
              ],
            ],
          },
        ],
      ],
    });
  });

  it('decodes entities and character references, normalises line ends, keeps CDATA and nested text of w:t in order', () => {
    const tree = parseWordTree(
      doc('<w:p><w:r><w:t>A&amp;B&lt;&#x4E2D;&#25991;\r\nx\ry<![CDATA[<c>]]><w:t>内</w:t>尾</w:t></w:r></w:p>'),
    );
    const t = tree?.children[0]?.children[0]?.children[0]?.children[0];
    expect(t?.text).toBe('A&B<中文\nx\ny<c>内尾');
  });

  it('resolves namespaces by scope: a default namespace, the strict namespace, a foreign wrapper, an undeclared default', () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    const tree = parseWordTree(
      `<document xmlns="${W}"><body><x:wrap xmlns:x="urn:x"><p xmlns="${strict}"/></x:wrap><q xmlns=""/></body></document>`,
    );
    expect(tree && shape(tree)).toEqual({
      'w:document': [
        null,
        '',
        [
          {
            'w:body': [
              null,
              '',
              [{ 'other:wrap': [null, '', [{ 'w:p': [null, '', []] }]] }, { 'other:q': [null, '', []] }],
            ],
          },
        ],
      ],
    });
  });

  it('drops mc:Fallback and keeps mc:Choice as a foreign wrapper', () => {
    const mc = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
    const tree = parseWordTree(
      doc(
        `<w:p><mc:AlternateContent xmlns:mc="${mc}"><mc:Choice Requires="w14"><w:r/></mc:Choice><mc:Fallback><w:r/></mc:Fallback></mc:AlternateContent></w:p>`,
      ),
    );
    const alt = tree?.children[0]?.children[0]?.children[0];
    expect(alt?.children.map((c) => c.localName)).toEqual(['Choice']);
  });

  it.each([
    ['a tag closed out of order', doc('<w:p><w:r></w:p></w:r>')],
    ['a tag left open', doc('<w:p>').replace('</w:body></w:document>', '</w:body>')],
    ['an unbound prefix', doc('<q:p/>')],
    ['an unknown entity', doc('<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>')],
    ['a bare ampersand', doc('<w:p><w:r><w:t>A & B</w:t></w:r></w:p>')],
    ['a character reference to U+0000', doc('<w:p><w:r><w:t>&#0;</w:t></w:r></w:p>')],
    ['two root elements', `${doc('')}<w:x xmlns:w="${W}"/>`],
    ['text after the root', `${doc('')}tail`],
    ['a repeated attribute', doc('<w:p w:a="1" w:a="2"/>')],
    ['an unquoted attribute', doc('<w:p w:a=1/>')],
    ['a name starting with a digit', doc('<w:1p/>')],
    ['a broken XML declaration', doc('', '<?xml version=1.0?>')],
    ['an XML declaration not first', ` ${doc('')}`],
    ['a CDATA section outside the root', `<![CDATA[x]]>${doc('')}`],
    ['nothing at all', ''],
  ])('refuses %s', (_name, xml) => {
    expect(parseWordTree(xml)).toBeNull();
  });

  it('builds 100,000 nested elements with its own stack, not the call stack', () => {
    const xml = `<w:document xmlns:w="${W}">${'<w:sdt>'.repeat(100_000)}${'</w:sdt>'.repeat(100_000)}</w:document>`;
    let depth = 0;
    for (let node = parseWordTree(xml)?.children[0]; node; node = node.children[0]) depth += 1;
    expect(depth).toBe(100_000);
  });
});
