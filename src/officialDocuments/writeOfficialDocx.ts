/**
 * Writes document blocks as a .docx on the GB/T 9704 page: A4, the margins and the 22 × 28 document grid, page numbers
 * `— 1 —` in 4号 宋体 at the outer bottom corner (odd pages right, even pages left, one character in).
 */
import { blockElements } from './blockElements';
import type { DocumentBlock } from './documentBlocks';
import { CHAR_PITCH, CHAR_SPACING, FONT, LINE_PITCH, MARGIN, PAGE, SIZE } from './gbLayout';
import { loadDocx, type Docx } from './loadDocx';

function pageNumber(docx: Docx, side: 'left' | 'right'): InstanceType<Docx['Footer']> {
  return new docx.Footer({
    children: [
      new docx.Paragraph({
        alignment: side,
        indent: side === 'right' ? { right: CHAR_PITCH } : { left: CHAR_PITCH },
        children: [
          new docx.TextRun({
            children: ['— ', docx.PageNumber.CURRENT, ' —'],
            font: FONT.pageNumber,
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });
}

function bodyFont(): { ascii: string; eastAsia: string; hAnsi: string; cs: string } {
  return { ascii: FONT.body, eastAsia: FONT.body, hAnsi: FONT.body, cs: FONT.body };
}

/**
 * The .docx bytes of the blocks; `title` goes into the file's properties.
 * @example const bytes = await writeOfficialDocx(noticeBlocks(facts, form, '2026-11-30'), '督查通报');
 */
export async function writeOfficialDocx(blocks: readonly DocumentBlock[], title: string): Promise<Uint8Array> {
  const docx = await loadDocx();
  const document = new docx.Document({
    title,
    creator: '重点任务台账',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: bodyFont(), size: SIZE.body, characterSpacing: CHAR_SPACING },
          paragraph: { spacing: { line: LINE_PITCH, lineRule: docx.LineRuleType.EXACT } },
        },
      },
      // The grid's character pitch is reckoned from Normal's size: LibreOffice reads it there, not from the defaults.
      paragraphStyles: [
        { id: 'Normal', name: 'Normal', run: { font: bodyFont(), size: SIZE.body, characterSpacing: CHAR_SPACING } },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN, gutter: 0 } },
          grid: { type: docx.DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumber(docx, 'right'), even: pageNumber(docx, 'left') },
        children: blocks.flatMap((b) => blockElements(docx, b)),
      },
    ],
  });
  return docx.Packer.pack(document, 'uint8array');
}
