/**
 * Minimal PDF files written in the test, for the PDF reader: pages of raw content operators; CJK text in
 * STSong-Light through the predefined CMaps UniGB-UCS2-H or GBK-EUC-H (not embedded, as many 公文 PDFs are, so
 * pdf.js must load the CMaps: Adobe-GB1), lines as stroked paths or thin filled rectangles; optionally an image-only page,
 * a font with no Unicode map, or a password.
 */

/** A4 in points. */
const PAGE_WIDTH = 595;
export const PAGE_HEIGHT = 842;

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));

function utf16Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

export interface TextOptions {
  size?: number;
  /** 'F1': STSong-Light, UniGB-UCS2-H (readable); 'F2': a font with no Unicode map (Identity-H, no ToUnicode, not embedded); 'F3': STSong-Light, GBK-EUC-H. */
  font?: 'F1' | 'F2' | 'F3';
}

let gbkTable: Map<string, string> | null = null;

/** GBK bytes (hex) of the text, from Node's GBK decoder run over every two-byte code once. */
function gbkHex(text: string): string {
  if (!gbkTable) {
    const table = new Map<string, string>();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !table.has(char)) table.set(char, lead.toString(16) + trail.toString(16));
      }
    }
    gbkTable = table;
  }
  const table = gbkTable;
  return [...text]
    .map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0).toString(16).padStart(2, '0') : (table.get(c) ?? '3f')))
    .join('');
}

/** Text whose baseline is `top` points below the top of the page. */
export function text(x: number, top: number, s: string, options: TextOptions = {}): string {
  const size = options.size ?? 12;
  // F2's codes are glyph numbers of a subset font (small numbers), which pdf.js can only read as characters.
  const hex =
    options.font === 'F2'
      ? [...s].map((c) => ((c.charCodeAt(0) % 1500) + 3).toString(16).padStart(4, '0')).join('')
      : options.font === 'F3'
        ? gbkHex(s)
        : utf16Hex(s);
  return `BT /${options.font ?? 'F1'} ${size} Tf 1 0 0 1 ${x.toFixed(2)} ${(PAGE_HEIGHT - top).toFixed(2)} Tm <${hex}> Tj ET`;
}

/** A stroked straight line between two points (top-down coordinates). */
export function line(x1: number, top1: number, x2: number, top2: number, width = 0.5): string {
  return `${width} w ${x1.toFixed(2)} ${(PAGE_HEIGHT - top1).toFixed(2)} m ${x2.toFixed(2)} ${(PAGE_HEIGHT - top2).toFixed(2)} l S`;
}

/** A filled rectangle (top-down coordinates), the way Word and Chromium draw a border. */
export function bar(x: number, top: number, width: number, height: number): string {
  return `${x.toFixed(2)} ${(PAGE_HEIGHT - top - height).toFixed(2)} ${width.toFixed(2)} ${height.toFixed(2)} re f`;
}

/** A gray 40 × 40 image drawn over the page (a "scan"). */
export const IMAGE = 'q 500 0 0 700 40 60 cm /Im1 Do Q';

export interface PdfOptions {
  /** An /Encrypt dictionary whose user password is not empty: opening needs a password. */
  encrypted?: boolean;
}

function objects(pages: readonly string[], options: PdfOptions): string[] {
  const n = pages.length;
  const pageIds = pages.map((_, i) => 7 + 2 * i);
  const out = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${n} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+FZFSK /Encoding /Identity-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+FZFSK /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor << /Type /FontDescriptor /FontName /ABCDEF+FZFSK /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> /DW 1000 >>] >>',
  ];
  pages.forEach((content, i) => {
    out.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R /F2 6 0 R /F3 ${8 + 2 * n} 0 R >> /XObject << /Im1 ${7 + 2 * n} 0 R >> >> /Contents ${8 + 2 * i} 0 R >>`,
    );
    out.push(`<< /Length ${latin1(content).length} >>\nstream\n${content}\nendstream`);
  });
  const pixels = 'AA'.repeat(40 * 40);
  out.push(
    `<< /Type /XObject /Subtype /Image /Width 40 /Height 40 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length ${pixels.length + 1} >>\nstream\n${pixels}>\nendstream`,
  );
  out.push('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /GBK-EUC-H /DescendantFonts [4 0 R] >>');
  if (options.encrypted)
    out.push(`<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> /P -44 >>`);
  return out;
}

/**
 * A PDF of the given pages (each a content stream of operators).
 * @example pdf([text(60, 80, '附件') + line(50, 100, 540, 100)])
 */
export function pdf(pages: readonly string[], options: PdfOptions = {}): Uint8Array {
  const bodies = objects(pages, options);
  let file = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(latin1(file).length);
    file += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = latin1(file).length;
  file += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const encrypt = options.encrypted
    ? ` /Encrypt ${bodies.length} 0 R /ID [<${'11'.repeat(16)}> <${'11'.repeat(16)}>]`
    : '';
  file += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(file);
}
