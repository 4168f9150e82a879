/**
 * Why a document could not be read: a code and its parameters, rendered in words (zh-CN / en-US) by the pane.
 */

/** Every reason a file given for import is refused. */
export type DocumentErrorCode =
  /** 0 bytes. */
  | 'empty-file'
  /** Larger than `MAX_DOCX_BYTES` (params: bytes, limit). */
  | 'too-large'
  /** .doc, .wps, .pdf, .et, .xls…: save as .docx first (params: kind). */
  | 'legacy-format'
  /** A .docx that is a password-protected (encrypted) package. */
  | 'encrypted'
  /** Not a Word document at all (params: kind: 'zip' | 'xlsx' | 'unknown'). */
  | 'not-docx'
  /** The zip is cut short or damaged. */
  | 'truncated'
  /** The zip's structure contradicts itself: hidden or shared records, headers that disagree (params: reason, entry). */
  | 'zip-altered'
  /** A part holds more XML elements than `MAX_DOCUMENT_ELEMENTS`, counted before any DOM is built (params: part, limit). */
  | 'too-many-elements'
  /** A part nests elements deeper than `MAX_XML_DEPTH` (params: part, limit). */
  | 'too-deep'
  /** More entries than `MAX_DOCX_ENTRIES` (params: entries, limit). */
  | 'too-many-entries'
  /** A part inflated past its cap: a zip bomb or a document far beyond a task table (params: part, limit). */
  | 'inflated-too-large'
  /** The XML declares a DOCTYPE or entities, which a Word file never does (params: part). */
  | 'doctype'
  /** The XML does not parse (params: part). */
  | 'bad-xml'
  /** The document has no table (params: paragraphs). */
  | 'no-tables'
  /** The tables would hold more cells than `MAX_TABLE_CELLS` (params: cells, limit). */
  | 'table-too-large'
  /** The tables would hold more characters than `MAX_TABLE_CHARS`, merged copies included (params: chars, limit). */
  | 'table-text-too-large'
  /** Given to the PDF reader but not a PDF (no `%PDF-` header). */
  | 'not-pdf'
  /** A PDF that needs a password to open. */
  | 'pdf-encrypted'
  /** A PDF with more pages than `MAX_PDF_PAGES` (params: pages, limit). */
  | 'too-many-pages'
  /** A PDF without a text layer, a scan (params: pages — the pages without text, e.g. '1-3, 5'). */
  | 'no-text'
  /** Text in a font without a Unicode map cannot be read (params: pages, e.g. '2, 4'). */
  | 'unreadable-text'
  /** Reading took longer than the limit (params: seconds). */
  | 'timeout'
  /** A PDF given to the offline page (dist/ledger.html), which carries no PDF reader. */
  | 'pdf-unavailable-offline';

export interface DocumentError {
  code: DocumentErrorCode;
  params: Readonly<Record<string, string | number>>;
}

/** The legacy or foreign formats recognised by name or signature, for the "save as .docx" message. */
export type ForeignKind = 'doc' | 'wps' | 'pdf' | 'et' | 'xls' | 'rtf' | 'odt' | 'txt' | 'html';

export function documentError(code: DocumentErrorCode, params: Record<string, string | number> = {}): DocumentError {
  return { code, params };
}
