/**
 * The words of the import sources (a .docx or .pdf, the selection, the sheet's tables), both locales, and the
 * rendering of their refusals: the codes come from src/documents and the workbook port, the words live here.
 */
import type { DocumentError } from '../../documents/documentError';
import type { SheetGridError } from '../../workbook/port';
import { formatWorkbookProblem } from '../i18n/formatWorkbookProblem';
import type { Locale } from '../i18n/strings';

export interface ImportSourcesStrings {
  sourcesLabel: string;
  chooseDocx: string;
  dropHint: string;
  reading: string;
  readSelection: string;
  readSheetTables: string;
  tablesFound: (n: number) => string;
  tableOption: (index: number, caption: string, rows: number, columns: number, likely: boolean) => string;
  sheetTableOption: (name: string | null, address: string, rows: number, columns: number) => string;
  chooseTable: string;
  documentInfo: (title: string, date: string | null, year: number | null) => string;
  nestedNote: string;
  clippedNote: string;
  tooLargeTables: (names: string) => string;
  docxSourceName: (file: string) => string;
  pdfSourceName: (file: string) => string;
  selectionSourceName: (sheet: string, address: string) => string;
  sheetSourceName: (sheet: string, table: string | null) => string;
  documentError: (error: DocumentError, file: string) => string;
  sheetError: (error: SheetGridError) => string;
  failed: (detail: string) => string;
  carriedNote: (columns: string) => string;
  carriedTarget: (header: string, target: 'progress' | 'status' | 'user') => string;
  carriedDone: (written: number, added: string) => string;
}

const MB = (bytes: number | string): string => (Number(bytes) / 1024 / 1024).toFixed(1);

const ZH_KINDS: Readonly<Record<string, string>> = {
  doc: 'Word 97-2003 文档（.doc）',
  wps: 'WPS 文字文档（.wps）',
  pdf: 'PDF 文件',
  et: 'WPS 表格文件（.et）',
  xls: 'Excel 97-2003 工作簿（.xls）',
  rtf: 'RTF 文档',
  odt: 'OpenDocument 文本（.odt）',
  txt: '纯文本文件',
  html: '网页文件',
};
const EN_KINDS: Readonly<Record<string, string>> = {
  doc: 'a Word 97-2003 document (.doc)',
  wps: 'a WPS Writer document (.wps)',
  pdf: 'a PDF file',
  et: 'a WPS Spreadsheets file (.et)',
  xls: 'an Excel 97-2003 workbook (.xls)',
  rtf: 'an RTF document',
  odt: 'an OpenDocument text (.odt)',
  txt: 'a plain-text file',
  html: 'a web page',
};

const ZH: ImportSourcesStrings = {
  sourcesLabel: '从文件或工作表读取',
  chooseDocx: '选择 Word 或 PDF 文件',
  dropHint:
    '也可以把 .docx 或 .pdf 文件拖到这里。只读取文件中的表格，不联网，不运行文件中的任何内容。扫描件（图片）PDF 需先进行文字识别。',
  reading: '正在读取…',
  readSelection: '读取选中区域',
  readSheetTables: '读取当前工作表的表格',
  tablesFound: (n) => `找到 ${n} 个表格，已选中最像任务表的一个；可改选其他表格。`,
  tableOption: (i, caption, rows, columns, likely) =>
    `表${i + 1}${caption ? `（${caption.length > 20 ? `${caption.slice(0, 20)}…` : caption}）` : ''}：${rows} 行 × ${columns} 列${likely ? ' · 像任务表' : ''}`,
  sheetTableOption: (name, address, rows, columns) => `${name ?? '已用区域'}（${address}）：${rows} 行 × ${columns} 列`,
  chooseTable: '要读取的表格',
  documentInfo: (title, date, year) =>
    `文档：${title || '（无标题）'}${date ? ` · 日期 ${date}` : ''}${year ? ` · 未写年份的期限按 ${year} 年读取` : ''}`,
  nestedNote: '该表格的单元格中嵌有表格，其文字已按行并入所在单元格，请核对。',
  clippedNote: '该表格列数过多，超出的列未读取。',
  tooLargeTables: (names) => `以下表格过大，未读取：${names}。可选中其中需要的区域后点「读取选中区域」。`,
  docxSourceName: (file) => `Word 文件：${file}`,
  pdfSourceName: (file) => `PDF 文件：${file}`,
  selectionSourceName: (sheet, address) => `工作表区域：${sheet}!${address}`,
  sheetSourceName: (sheet, table) => `工作表表格：${sheet}${table ? ` / ${table}` : ''}`,
  documentError: (e, file) => {
    const p = e.params;
    switch (e.code) {
      case 'empty-file':
        return `“${file}”是空文件（0 字节）。`;
      case 'too-large':
        return `“${file}”有 ${MB(p.bytes ?? 0)} MB，超过 ${MB(p.limit ?? 0)} MB 的上限，未读取。${p.kind === 'pdf' ? '任务分工表的 PDF 文件通常只有几 MB' : '任务分工表的 Word 文件通常不足 1 MB'}，请确认是否选错了文件。`;
      case 'legacy-format':
        return `“${file}”是${ZH_KINDS[String(p.kind)] ?? '旧格式文件'}，无法直接读取。请在 Word/WPS 中另存为 .docx 后再选择。`;
      case 'encrypted':
        return `“${file}”设置了打开密码（已加密），无法读取。请在 Word/WPS 中取消密码后另存为 .docx。`;
      case 'not-docx':
        return p.kind === 'xlsx'
          ? `“${file}”是 Excel 工作簿而不是 Word 文档。请在 Excel 中打开它，选中任务表后点「读取选中区域」，或复制后粘贴到下面的文本框。`
          : `“${file}”不是 Word 文档（.docx）。请在 Word/WPS 中另存为 .docx 后再选择。`;
      case 'truncated':
        return `“${file}”不完整或已损坏（可能下载中断），无法读取。请重新下载或让发文单位重新发送。`;
      case 'too-many-entries':
        return `“${file}”内部含 ${p.entries} 个部件，超过 ${p.limit} 个的上限，不像普通的 Word 文档，未读取。`;
      case 'inflated-too-large':
        return `“${file}”解压后超过 ${MB(p.limit ?? 0)} MB 的上限（可能是恶意构造的压缩文件），未读取。`;
      case 'doctype':
        return `“${file}”中含有 Word 文档不会有的 XML 声明（DOCTYPE/实体），为安全起见未读取。请在 Word/WPS 中另存为 .docx 后再试。`;
      case 'bad-xml':
        return `“${file}”的内容已损坏，无法读取。请在 Word/WPS 中打开并另存为 .docx 后再试。`;
      case 'no-tables':
        return `“${file}”中没有表格（共 ${p.paragraphs} 段文字）。任务分工表通常是附件中的表格；如任务写成段落，请复制文字后粘贴到下面的文本框。`;
      case 'table-too-large':
        return `“${file}”中的表格有 ${p.cells} 个单元格，超过 ${p.limit} 个的上限，未读取。`;
      case 'table-text-too-large':
        return `“${file}”中的表格展开合并单元格后将超过 ${p.limit} 个字符的上限（表格过大，可能是恶意构造的文件），未读取。`;
      case 'zip-altered':
        return `“${file}”的压缩结构自相矛盾（${p.reason}），是写成之后被改动过的文件，为安全起见未读取。请在 Word/WPS 中打开并另存为 .docx 后再试。`;
      case 'too-many-elements':
        return `“${file}”的内容含有超过 ${p.limit} 个 XML 元素，远超任务分工表所需（可能是恶意构造的文件），未读取。`;
      case 'too-deep':
        return `“${file}”的内容嵌套超过 ${p.limit} 层，不像普通的 Word 文档（可能是恶意构造的文件），未读取。`;
      case 'not-pdf':
        return `“${file}”不是 PDF 文件，无法读取。`;
      case 'pdf-encrypted':
        return `“${file}”设置了打开密码，无法读取。请用密码打开后另存一份不加密的 PDF，或另存为 Word 后导入。`;
      case 'too-many-pages':
        return `“${file}”有 ${p.pages} 页，超过 ${p.limit} 页的上限，未读取。请只保留任务表所在的页后再导入。`;
      case 'no-text':
        return `“${file}”${p.pages ? `第 ${p.pages} 页` : ''}没有文字层（可能是扫描件或图片），无法读取表格。请先进行文字识别（OCR）或另存为 Word 后导入。`;
      case 'unreadable-text':
        return `“${file}”第 ${p.pages} 页的文字使用了无法转换为文本的字体，读不出内容。请在原文件中另存为 Word，或先进行文字识别（OCR）后导入。`;
      case 'timeout':
        return `读取“${file}”超过 ${p.seconds} 秒仍未完成，已停止。文件可能过于复杂；请只保留任务表所在的页，或另存为 Word 后导入。`;
      case 'pdf-unavailable-offline':
        return `离线页面不能读取 PDF（“${file}”）：请另存为 Word（.docx）后导入，或在 Excel 加载项中导入。`;
    }
  },
  sheetError: (e) => {
    switch (e.code) {
      case 'empty':
        return '选中的区域（或当前工作表）没有内容。请先选中任务表所在的单元格。';
      case 'too-large':
        return `要读取的区域有 ${e.params.cells} 个单元格，超过 ${e.params.limit} 个的上限。请只选中任务表所在的区域。`;
      case 'multiple-areas':
        return '选中了多个不相连的区域。请只选中任务表所在的一个连续区域。';
      case 'needs-newer-excel':
        return formatWorkbookProblem({ code: 'needs-newer-excel', params: e.params }, 'zh-CN');
    }
  },
  failed: (detail) => `读取失败：${detail}`,
  carriedNote: (columns) => `原表中的其他列也会写入台账（不覆盖台账中已有的内容）：${columns}`,
  carriedTarget: (header, target) =>
    target === 'progress' ? `${header} → 进展情况` : target === 'status' ? `${header} → 状态` : `${header}（新增列）`,
  carriedDone: (written, added) => `已保留原表的列：写入 ${written} 个单元格${added ? `，新增列 ${added}` : ''}。`,
};

const EN: ImportSourcesStrings = {
  sourcesLabel: 'Read from a file or the sheet',
  chooseDocx: 'Choose a Word or PDF file',
  dropHint:
    'Or drop a .docx or .pdf here. Only the tables are read; nothing is sent anywhere and nothing in the file runs. A scanned (image) PDF needs text recognition first.',
  reading: 'Reading…',
  readSelection: 'Read the selected range',
  readSheetTables: "Read this sheet's tables",
  tablesFound: (n) =>
    `${n} tables found; the one that looks most like a task table is selected. You can choose another.`,
  tableOption: (i, caption, rows, columns, likely) =>
    `Table ${i + 1}${caption ? ` (${caption.length > 20 ? `${caption.slice(0, 20)}…` : caption})` : ''}: ${rows} rows × ${columns} columns${likely ? ' · looks like tasks' : ''}`,
  sheetTableOption: (name, address, rows, columns) =>
    `${name ?? 'Used range'} (${address}): ${rows} rows × ${columns} columns`,
  chooseTable: 'Table to read',
  documentInfo: (title, date, year) =>
    `Document: ${title || '(untitled)'}${date ? ` · dated ${date}` : ''}${year ? ` · deadlines without a year are read as ${year}` : ''}`,
  nestedNote:
    'A cell of this table holds another table; its text was merged into that cell row by row. Please check it.',
  clippedNote: 'This table has too many columns; the extra columns were not read.',
  tooLargeTables: (names) =>
    `These tables are too large and were not read: ${names}. Select the part you need and use "Read the selected range".`,
  docxSourceName: (file) => `Word file: ${file}`,
  pdfSourceName: (file) => `PDF file: ${file}`,
  selectionSourceName: (sheet, address) => `Sheet range: ${sheet}!${address}`,
  sheetSourceName: (sheet, table) => `Sheet table: ${sheet}${table ? ` / ${table}` : ''}`,
  documentError: (e, file) => {
    const p = e.params;
    switch (e.code) {
      case 'empty-file':
        return `"${file}" is empty (0 bytes).`;
      case 'too-large':
        return `"${file}" is ${MB(p.bytes ?? 0)} MB, over the ${MB(p.limit ?? 0)} MB limit; it was not read. ${p.kind === 'pdf' ? "A task table's PDF is usually a few MB." : "A task table's Word file is usually under 1 MB."}`;
      case 'legacy-format':
        return `"${file}" is ${EN_KINDS[String(p.kind)] ?? 'an older format'} and cannot be read directly. Save it as .docx in Word or WPS, then choose it again.`;
      case 'encrypted':
        return `"${file}" is password-protected (encrypted). Remove the password in Word or WPS and save it as .docx.`;
      case 'not-docx':
        return p.kind === 'xlsx'
          ? `"${file}" is an Excel workbook, not a Word document. Open it in Excel, select the task table and use "Read the selected range", or copy and paste it below.`
          : `"${file}" is not a Word document (.docx). Save it as .docx in Word or WPS, then choose it again.`;
      case 'truncated':
        return `"${file}" is incomplete or damaged (perhaps an interrupted download). Download it again or ask the sender for a new copy.`;
      case 'too-many-entries':
        return `"${file}" holds ${p.entries} parts, over the limit of ${p.limit}; it does not look like a Word document and was not read.`;
      case 'inflated-too-large':
        return `"${file}" unpacks to more than ${MB(p.limit ?? 0)} MB (possibly a crafted archive); it was not read.`;
      case 'doctype':
        return `"${file}" contains XML declarations (DOCTYPE/entities) that Word never writes; for safety it was not read. Save it as .docx in Word or WPS and try again.`;
      case 'bad-xml':
        return `"${file}" is damaged and cannot be read. Open it in Word or WPS, save it as .docx and try again.`;
      case 'no-tables':
        return `"${file}" has no table (${p.paragraphs} paragraphs). If the tasks are written as paragraphs, copy the text and paste it below.`;
      case 'table-too-large':
        return `A table in "${file}" has ${p.cells} cells, over the limit of ${p.limit}; it was not read.`;
      case 'table-text-too-large':
        return `The tables in "${file}", with their merged cells filled in, would hold more than ${p.limit} characters (too large, possibly a crafted file); it was not read.`;
      case 'zip-altered':
        return `"${file}" has a zip structure that contradicts itself (${p.reason}): it was altered after it was written, so for safety it was not read. Open it in Word or WPS, save it as .docx and try again.`;
      case 'too-many-elements':
        return `"${file}" holds more than ${p.limit} XML elements, far more than a task table needs (possibly a crafted file); it was not read.`;
      case 'too-deep':
        return `"${file}" nests its content more than ${p.limit} levels deep, unlike any Word document (possibly a crafted file); it was not read.`;
      case 'not-pdf':
        return `"${file}" is not a PDF file and cannot be read.`;
      case 'pdf-encrypted':
        return `"${file}" needs a password to open. Open it with the password and save an unprotected copy, or save it as Word, then import that.`;
      case 'too-many-pages':
        return `"${file}" has ${p.pages} pages, over the limit of ${p.limit}; it was not read. Keep only the pages of the task table and try again.`;
      case 'no-text':
        return `${p.pages ? `Page ${p.pages} of ` : ''}"${file}" has no text layer (a scan or an image), so no table can be read. Run text recognition (OCR) first, or save it as Word, then import it.`;
      case 'unreadable-text':
        return `The text on page ${p.pages} of "${file}" is set in a font that cannot be turned into text. Save the original as Word, or run text recognition (OCR), then import it.`;
      case 'timeout':
        return `Reading "${file}" took more than ${p.seconds} seconds and was stopped. The file may be too complex: keep only the pages of the task table, or save it as Word, then import it.`;
      case 'pdf-unavailable-offline':
        return `The offline page cannot read PDF files ("${file}"): save it as Word (.docx) and import that, or import it in the Excel add-in.`;
    }
  },
  sheetError: (e) => {
    switch (e.code) {
      case 'empty':
        return 'The selection (or this sheet) is empty. Select the cells of the task table first.';
      case 'too-large':
        return `The range has ${e.params.cells} cells, over the limit of ${e.params.limit}. Select only the task table.`;
      case 'multiple-areas':
        return 'Several separate areas are selected. Select one continuous range holding the task table.';
      case 'needs-newer-excel':
        return formatWorkbookProblem({ code: 'needs-newer-excel', params: e.params }, 'en-US');
    }
  },
  failed: (detail) => `Reading failed: ${detail}`,
  carriedNote: (columns) =>
    `The table's other columns are written to the ledger too (never over what the ledger holds): ${columns}`,
  carriedTarget: (header, target) =>
    target === 'progress'
      ? `${header} → the progress column (进展情况)`
      : target === 'status'
        ? `${header} → the status column (状态)`
        : `${header} (new column)`,
  carriedDone: (written, added) =>
    `The table's own columns were kept: ${written} cells written${added ? `; columns added: ${added}` : ''}.`,
};

export function importSourcesStrings(locale: Locale): ImportSourcesStrings {
  return locale === 'en-US' ? EN : ZH;
}
