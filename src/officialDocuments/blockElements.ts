/**
 * Each document block as Word paragraphs and tables in GB/T 9704 style: the title in 2号 小标宋, the body in 3号 仿宋
 * on the 22-line grid, 一、 in 黑体, （一） in 楷体, the 版记 between rules at the foot of the last page.
 */
import type { DocumentBlock } from './documentBlocks';
import { CHAR_PITCH, FONT, LINE_PITCH, RED, SIZE, TEXT_BLOCK } from './gbLayout';
import { ATTACHMENT_COLUMNS, itemTable, SUPERVISION_COLUMNS } from './itemTable';
import type { Docx } from './loadDocx';
import { safeText } from './safeText';

type Element = InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>;

interface LineOptions {
  font: string;
  size?: number;
  align?: 'left' | 'center' | 'right' | 'both';
  indentChars?: number;
  rightChars?: number;
  bold?: boolean;
  color?: string;
  pageBreakBefore?: boolean;
}

function line(docx: Docx, text: string, o: LineOptions): InstanceType<Docx['Paragraph']> {
  return new docx.Paragraph({
    spacing: { line: LINE_PITCH, lineRule: docx.LineRuleType.EXACT, before: 0, after: 0 },
    // Off, so every page fills its 22 lines (LibreOffice would otherwise move a paragraph's lone first line on).
    widowControl: false,
    alignment: o.align ?? 'both',
    indent: { firstLine: (o.indentChars ?? 0) * CHAR_PITCH, right: (o.rightChars ?? 0) * CHAR_PITCH },
    ...(o.pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: [
      new docx.TextRun({
        text: safeText(text),
        font: o.font,
        size: o.size ?? SIZE.body,
        bold: o.bold ?? false,
        ...(o.color ? { color: o.color } : {}),
      }),
    ],
  });
}

function blank(docx: Docx): InstanceType<Docx['Paragraph']> {
  return line(docx, '', { font: FONT.body });
}

function masthead(docx: Docx, b: Extract<DocumentBlock, { kind: 'masthead' }>): Element[] {
  const name = new docx.Paragraph({
    alignment: 'center',
    spacing: { before: 0, after: 240 },
    children: [new docx.TextRun({ text: safeText(b.name), font: FONT.title, size: SIZE.masthead, color: RED })],
  });
  const rule = new docx.Paragraph({
    spacing: { line: LINE_PITCH, lineRule: docx.LineRuleType.EXACT },
    tabStops: [{ type: docx.TabStopType.RIGHT, position: TEXT_BLOCK.width }],
    border: { bottom: { style: docx.BorderStyle.SINGLE, size: 18, color: RED, space: 4 } },
    children: [new docx.TextRun({ text: `${safeText(b.office)}\t${b.date}`, font: FONT.body, size: SIZE.body })],
  });
  const issue = b.issue === '' ? [] : [line(docx, b.issue, { font: FONT.body, align: 'center' })];
  return [name, ...issue, rule, blank(docx)];
}

function imprint(docx: Docx, b: Extract<DocumentBlock, { kind: 'imprint' }>): Element[] {
  const thick = { style: docx.BorderStyle.SINGLE, size: 8, color: '000000', space: 1 };
  const thin = { style: docx.BorderStyle.SINGLE, size: 4, color: '000000', space: 1 };
  const rows = [...(b.copyTo === '' ? [] : [`抄送：${b.copyTo}。`]), `${b.office}\u3000\u3000${b.date}印发`];
  // One frame whose last line ends on the text block's last line: paragraphs with the same frame properties share it.
  const frame = {
    type: 'absolute' as const,
    position: { x: 0, y: TEXT_BLOCK.height - rows.length * LINE_PITCH },
    width: TEXT_BLOCK.width,
    anchor: { horizontal: docx.FrameAnchorType.MARGIN, vertical: docx.FrameAnchorType.MARGIN },
  };
  return rows.map(
    (text, i) =>
      new docx.Paragraph({
        frame,
        spacing: { line: LINE_PITCH, lineRule: docx.LineRuleType.EXACT },
        indent: { left: CHAR_PITCH, right: CHAR_PITCH },
        border: { ...(i === 0 ? { top: thick } : {}), bottom: i === rows.length - 1 ? thick : thin },
        children: [new docx.TextRun({ text: safeText(text), font: FONT.body, size: SIZE.pageNumber })],
      }),
  );
}

/**
 * The Word elements of one block.
 * @example blockElements(docx, { kind: 'heading1', text: '一、总体情况' }) // one paragraph in 黑体
 */
export function blockElements(docx: Docx, b: DocumentBlock): Element[] {
  switch (b.kind) {
    case 'masthead':
      return masthead(docx, b);
    case 'title':
      return [line(docx, b.text, { font: FONT.title, size: SIZE.title, align: 'center' }), blank(docx)];
    case 'addressees':
      return [line(docx, b.text, { font: FONT.body, align: 'left' })];
    case 'heading1':
      return [line(docx, b.text, { font: FONT.heading1, indentChars: 2 })];
    case 'heading2':
      return [line(docx, b.text, { font: FONT.heading2, indentChars: 2 })];
    case 'body':
      return [line(docx, b.text, { font: FONT.body, indentChars: 2 })];
    case 'signature':
      return [
        blank(docx),
        line(docx, b.office, { font: FONT.body, align: 'right', rightChars: 4 }),
        line(docx, b.date, { font: FONT.body, align: 'right', rightChars: 4 }),
      ];
    case 'attachment':
      return [
        line(docx, b.label, { font: FONT.heading1, align: 'left', pageBreakBefore: true }),
        line(docx, b.title, { font: FONT.title, size: SIZE.title, align: 'center' }),
        blank(docx),
        itemTable(docx, b.items, ATTACHMENT_COLUMNS),
      ];
    case 'itemTable':
      return [itemTable(docx, b.items, SUPERVISION_COLUMNS)];
    case 'imprint':
      return imprint(docx, b);
  }
}
