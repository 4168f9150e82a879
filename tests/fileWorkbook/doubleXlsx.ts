/**
 * The tests' Office.js double as an .xlsx and back, by code independent of the file port: a double's workbook
 * written with ExcelJS (sheets, cells with their number formats and formulas, tables, defined names) plus the
 * add-in's settings as Excel saves them (`taskpanes.xml` → `webextension1.xml`, properties JSON-encoded, MS-OWEXML);
 * and an .xlsx read into a double with the test reader (`readXlsx`, xmldom) and the table parts' XML.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { r1c1ToA1 } from '../../src/ledgerCopy/r1c1ToA1';
import { FakeSheet, FakeTableModel, FakeWorkbookModel, type FakeCell } from '../workbook/fakeExcel';
import { readXlsx } from '../ledgerCopy/readXlsx';

const MANIFEST_ID = 'f161128f-22af-4228-982a-fd1ce34c1c43';

function a1(row: number, col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

function fromA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref) ?? ['', 'A', '1'];
  let col = 0;
  for (const ch of m[1] ?? 'A') col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

const xmlAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The cell's value for ExcelJS: a formula in A1, else its value. */
function excelValue(cell: FakeCell, row: number, col: number): ExcelJS.CellValue {
  if (cell.formula) return { formula: cell.formula.slice(1) };
  if (cell.formulaR1C1) return { formula: r1c1ToA1(cell.formulaR1C1, row, col).slice(1) };
  return cell.value === '' ? null : cell.value;
}

/** The settings parts Excel writes for a task-pane add-in, added to a package. */
function withSettings(bytes: Uint8Array, settings: ReadonlyMap<string, unknown>): Uint8Array {
  const files = unzipSync(bytes);
  const props = [...settings]
    .map(([k, v]) => `<we:property name="${xmlAttr(k)}" value="${xmlAttr(JSON.stringify(v))}"/>`)
    .join('');
  files['xl/webextensions/webextension1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{8D2C4A5E-1F3B-4C6D-9E7F-0A1B2C3D4E5F}"><we:reference id="${MANIFEST_ID}" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>${props}</we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
  files['xl/webextensions/taskpanes.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="4"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>',
  );
  files['xl/webextensions/_rels/taskpanes.xml.rels'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>',
  );
  const rels = strFromU8(files['_rels/.rels'] ?? new Uint8Array());
  files['_rels/.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdWe1" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>',
    ),
  );
  const types = strFromU8(files['[Content_Types].xml'] ?? new Uint8Array());
  files['[Content_Types].xml'] = strToU8(
    types.replace(
      '</Types>',
      '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/><Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/></Types>',
    ),
  );
  return zipSync(files);
}

/**
 * The double's workbook as an .xlsx.
 * @example const bytes = await doubleToXlsx(fake.model)
 */
export async function doubleToXlsx(model: FakeWorkbookModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(',').map(Number) as [number, number];
      const target = ws.getCell(row + 1, col + 1);
      target.value = excelValue(cell, row, col);
      if (cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
    }
    for (const t of model.tables.filter((x) => x.sheet === sheet)) {
      const rows = Array.from({ length: t.rowCount - 1 }, (_, r) =>
        Array.from({ length: t.colCount }, (_, c) => {
          const cell = sheet.cell(t.row + 1 + r, t.col + c);
          return cell ? excelValue(cell, t.row + 1 + r, t.col + c) : null;
        }),
      );
      ws.addTable({
        name: t.name,
        ref: a1(t.row, t.col),
        headerRow: true,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: t.headers().map((name) => ({ name, filterButton: true })),
        rows,
      });
    }
  }
  for (const [name, target] of model.names)
    wb.definedNames.add(`${target.sheet}!${target.address.replace(/^.*!/, '')}`, name);
  return withSettings(new Uint8Array(await wb.xlsx.writeBuffer()), model.settings);
}

/**
 * An .xlsx as the double's workbook: cells (values, formats, formulas in A1), tables, defined names, the add-in's settings.
 * @example const model = xlsxToDouble(bytes); const { context } = createFakeExcel(model)
 */
export function xlsxToDouble(bytes: Uint8Array): FakeWorkbookModel {
  const book = readXlsx(bytes);
  const model = new FakeWorkbookModel();
  const rels = strFromU8(book.files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
  const workbook = strFromU8(book.files['xl/workbook.xml'] ?? new Uint8Array());
  for (const x of book.sheets) {
    const sheet = new FakeSheet(x.name);
    for (const [ref, c] of x.cells) {
      const { row, col } = fromA1(ref);
      const cell = sheet.ensure(row, col);
      cell.value = c.value;
      cell.numberFormat = c.numFmt;
      if (c.formula !== null) cell.formula = `=${c.formula}`;
    }
    model.sheets.push(sheet);
    // The sheet's part, then its tables through its relationships.
    const rid = new RegExp(`<sheet [^>]*name="${x.name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1] ?? '';
    const target =
      (new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels) ?? [])
        .slice(1)
        .find(Boolean) ?? '';
    const part = target.replace(/^\/?(xl\/)?/, 'xl/');
    const sheetRels = book.files[part.replace(/([^/]+)$/, '_rels/$1.rels')];
    for (const m of strFromU8(sheetRels ?? new Uint8Array()).matchAll(/Target="([^"]*tables\/[^"]+)"/g)) {
      const tablePart = `xl/tables/${(m[1] ?? '').replace(/^.*tables\//, '')}`;
      const xml = strFromU8(book.files[tablePart] ?? new Uint8Array());
      const name = /displayName="([^"]+)"/.exec(xml)?.[1] ?? '';
      const [from, to] = (/ ref="([^"]+)"/.exec(xml)?.[1] ?? 'A1').split(':').map(fromA1) as [
        { row: number; col: number },
        { row: number; col: number },
      ];
      model.tables.push(
        new FakeTableModel(name, sheet, from.row, from.col, to.row - from.row + 1, to.col - from.col + 1),
      );
    }
  }
  for (const [name, ref] of book.definedNames) {
    const m = /^'?(.+?)'?!(.+)$/.exec(ref);
    if (m) model.names.set(name, { sheet: m[1] ?? '', address: (m[2] ?? '').replace(/\$/g, '') });
  }
  for (const [path, data] of Object.entries(book.files)) {
    if (!/^xl\/webextensions\/webextension\d*\.xml$/.test(path)) continue;
    for (const m of strFromU8(data).matchAll(/<we:property name="([^"]+)" value="([^"]*)"\/>/g)) {
      const value = (m[2] ?? '')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      model.settings.set(m[1] ?? '', JSON.parse(value) as unknown);
    }
  }
  return model;
}
