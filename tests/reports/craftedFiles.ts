// Hostile report files of issue 12, generated from a real report (no large fixtures committed). Shared by
// the tests and by bench/worstCase.bench.ts, which measures their time and peak heap.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { rawZip, type RawRecord } from '../ooxml/rawZip';

/** The worksheet part of the 填报 sheet (the first sheet the writer adds). */
const REPORT_SHEET_PART = 'xl/worksheets/sheet1.xml';

/** The bytes of a zip with one part's XML rewritten. */
function rewritePart(bytes: Uint8Array, part: string, rewrite: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = files[part];
  if (!xml) throw new Error(`no ${part}`);
  files[part] = strToU8(rewrite(strFromU8(xml)));
  return zipSync(files);
}

/** `count` rows from row `first`, each with a number in column A: rows added by hand below the tasks. */
export function withExtraRows(bytes: Uint8Array, first: number, count: number): Uint8Array {
  return rewritePart(bytes, REPORT_SHEET_PART, (xml) => {
    const rows: string[] = [];
    for (let r = first; r < first + count; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
    return xml.replace('</sheetData>', `${rows.join('')}</sheetData>`);
  });
}

/** One cell at Excel's last row, A1048576 (the file stays a few KB). */
export function withLastRowCell(bytes: Uint8Array): Uint8Array {
  return withExtraRows(bytes, 1_048_576, 1);
}

function u32At(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16)) + (b[i + 3] ?? 0) * 0x1000000;
}

function setU32(b: Uint8Array, i: number, v: number): void {
  b[i] = v & 0xff;
  b[i + 1] = (v >>> 8) & 0xff;
  b[i + 2] = (v >>> 16) & 0xff;
  b[i + 3] = (v >>> 24) & 0xff;
}

/** Every offset where `name` (ASCII) starts a local (+30) or central (+46) header name. */
function headerOffsets(zip: Uint8Array, name: string): { local: number[]; central: number[] } {
  const needle = strToU8(name);
  const local: number[] = [];
  const central: number[] = [];
  for (let i = 0; i + needle.length <= zip.length; i++) {
    let match = true;
    for (let k = 0; k < needle.length && match; k++) match = zip[i + k] === needle[k];
    if (!match) continue;
    if (i >= 30 && u32At(zip, i - 30) === 0x04034b50) local.push(i - 30);
    if (i >= 46 && u32At(zip, i - 46) === 0x02014b50) central.push(i - 46);
  }
  return { local, central };
}

/**
 * The report with a part (by default an extra one) of `inflated` zero bytes that declares it unpacks to `declared` bytes, in both
 * its local and central headers: a zip bomb as the issue found one (2 MB declaring 1,000 bytes, inflating to 2 GB).
 */
export function withBomb(
  bytes: Uint8Array,
  inflated: number,
  declared = 1_000,
  part = 'xl/media/bomb.bin',
): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = new Uint8Array(inflated);
  const zip = zipSync(files, { level: 9 });
  const { local, central } = headerOffsets(zip, part);
  for (const h of local) setU32(zip, h + 22, declared);
  for (const h of central) setU32(zip, h + 24, declared);
  return zip;
}

/**
 * A zip whose entry names are replaced byte for byte by `raw` (same length), without the UTF-8 flag: how
 * the zip tool of a Chinese Windows writes GBK names.
 */
export function zipWithRawNames(
  entries: readonly { placeholder: string; raw: Uint8Array; data: Uint8Array }[],
): Uint8Array {
  const zip = zipSync(Object.fromEntries(entries.map((e) => [e.placeholder, e.data])), { level: 0 });
  for (const { placeholder, raw } of entries) {
    if (raw.length !== placeholder.length) throw new Error('same length only');
    const { local, central } = headerOffsets(zip, placeholder);
    for (const h of local) zip.set(raw, h + 30);
    for (const h of central) zip.set(raw, h + 46);
  }
  return zip;
}

/** 市教育局 in GBK, as `ÊÐ½ÌÓý¾Ö` shows it when read as Latin-1. */
export const GBK_市教育局 = new Uint8Array([0xca, 0xd0, 0xbd, 0xcc, 0xd3, 0xfd, 0xbe, 0xd6]);

/** The `_meta` sheet part (the second sheet the writer adds). */
const META_SHEET_PART = 'xl/worksheets/sheet2.xml';

/**
 * `_meta`'s task list replaced by `rows` entries whose role, text hash and tag all point at one shared string of
 * `length` characters: a file of a few hundred KB whose list, joined into one message, would be `rows` × 3 × `length`
 * characters (3,000 × 3 × 32,767 ≈ 295 M).
 */
export function withMetaBomb(bytes: Uint8Array, rows = 3_000, length = 32_767): Uint8Array {
  const files = unzipSync(bytes);
  const sharedXml = files['xl/sharedStrings.xml'];
  const metaXml = files[META_SHEET_PART];
  if (!sharedXml || !metaXml) throw new Error('no shared strings or no _meta part');
  const shared = strFromU8(sharedXml);
  const index = shared.split('<si>').length - 1;
  files['xl/sharedStrings.xml'] = strToU8(shared.replace('</sst>', `<si><t>${'x'.repeat(length)}</t></si></sst>`));
  const meta = strFromU8(metaXml);
  const firstTask = meta.indexOf('<row r="17"');
  const end = meta.indexOf('</sheetData>');
  const list: string[] = [];
  for (let i = 0; i < rows; i += 1) {
    const r = 17 + i;
    list.push(
      `<row r="${r}"><c r="A${r}"><v>${i + 1}</v></c><c r="B${r}" t="s"><v>${index}</v></c><c r="C${r}" t="s"><v>${index}</v></c><c r="D${r}"><v>${5 + i}</v></c><c r="E${r}" t="s"><v>${index}</v></c></row>`,
    );
  }
  files[META_SHEET_PART] = strToU8(meta.slice(0, firstTask < 0 ? end : firstTask) + list.join('') + meta.slice(end));
  return zipSync(files);
}

// Issue 21: ranges ExcelJS expands cell by cell, and zips whose structure lies. Each file stays a few KB.

/** The `_meta` (hidden) sheet with `extra` inserted after its `sheetData`: a merge, cols or validation bomb. */
function withMetaSheetXml(bytes: Uint8Array, before: string, after: string): Uint8Array {
  return rewritePart(bytes, META_SHEET_PART, (xml) =>
    xml.replace('<sheetData', `${before}<sheetData`).replace('</sheetData>', `</sheetData>${after}`),
  );
}

/** `<mergeCell ref="A1:XFD1048576"/>` in the hidden sheet. */
export const withMergeBomb = (bytes: Uint8Array): Uint8Array =>
  withMetaSheetXml(bytes, '', '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');
/** `<col min="1" max="50000000"/>` (and a dimension of the whole sheet) in the hidden sheet. */
export const withColBomb = (bytes: Uint8Array): Uint8Array =>
  withMetaSheetXml(bytes, '<dimension ref="A1:XFD1048576"/><cols><col min="1" max="50000000" width="9"/></cols>', '');
/** A list validation and a conditional format over 300,000 rows × 20 columns in the hidden sheet. */
export const withValidationBomb = (bytes: Uint8Array): Uint8Array =>
  withMetaSheetXml(
    bytes,
    '',
    '<conditionalFormatting sqref="A1:T300000"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" sqref="A1:T300000"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
  );
/** A defined name (a print area) covering the whole sheet. */
export const withDefinedNameBomb = (bytes: Uint8Array): Uint8Array =>
  rewritePart(bytes, 'xl/workbook.xml', (xml) =>
    xml.replace(
      '</sheets>',
      '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'填报\'!$A$1:$XFD$1048576</definedName></definedNames>',
    ),
  );
/** One row of the 填报 sheet holding 16,384 cells, half of them without a reference. */
export function withWideRow(bytes: Uint8Array): Uint8Array {
  return rewritePart(bytes, REPORT_SHEET_PART, (xml) => {
    const cells: string[] = [];
    for (let c = 0; c < 16_384; c += 1)
      cells.push(c % 2 === 0 ? '<c><v>1</v></c>' : `<c r="${letters(c + 1)}9000"><v>1</v></c>`);
    return xml.replace('</sheetData>', `<row r="9000">${cells.join('')}</row></sheetData>`);
  });
}

/** The report's parts as raw records (stored), optionally renamed, with records inserted before `xl/workbook.xml`. */
export function rawReport(
  bytes: Uint8Array,
  options: { rename?: Record<string, string>; hidden?: RawRecord[] } = {},
): Uint8Array {
  const records: RawRecord[] = [];
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (name === 'xl/workbook.xml') records.push(...(options.hidden ?? []));
    records.push({ name: options.rename?.[name] ?? name, data, method: 8 });
  }
  return rawZip(records);
}

/** A zip whose directory lists `count` reports that all point at one local record. */
export function zipOfAliases(report: Uint8Array, count: number): Uint8Array {
  return rawZip([
    { name: '1.xlsx', data: report, method: 0, aliases: Array.from({ length: count - 1 }, (_, i) => `${i + 2}.xlsx`) },
  ]);
}

function letters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
