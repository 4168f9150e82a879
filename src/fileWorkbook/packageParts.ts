/**
 * New parts in an OPC package, as text edits: a content-type override, a relationship, a sheet in the workbook
 * part, a defined name, and the XML of a new worksheet and table. Pure string functions; `LedgerFile` applies them.
 * Part names and content types: ECMA-376 Part 1 (SpreadsheetML) and Part 2 (OPC, §10.1.2 relationships).
 */
import { attribute, escapeXml } from './xmlText';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  webextension: 'application/vnd.ms-office.webextension+xml',
  taskpanes: 'application/vnd.ms-office.webextensiontaskpanes+xml',
} as const;

export const REL_TYPES = {
  worksheet: `${NS_REL}/worksheet`,
  table: `${NS_REL}/table`,
  taskpanes: 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes',
  webextension: 'http://schemas.microsoft.com/office/2011/relationships/webextension',
} as const;

/**
 * `[Content_Types].xml` with an override for `part` (a part name without the leading slash).
 * @example withContentOverride('<Types></Types>', 'xl/tables/table9.xml', CONTENT_TYPES.table)
 */
export function withContentOverride(xml: string, part: string, contentType: string): string {
  const name = `/${part}`;
  if (xml.includes(`PartName="${name}"`)) return xml;
  return xml.replace('</Types>', `<Override PartName="${escapeXml(name)}" ContentType="${contentType}"/></Types>`);
}

/**
 * A `.rels` part (new when `xml` is null) with one more relationship; returns the id given to it.
 * @example withRelationship(null, REL_TYPES.table, '../tables/table1.xml').id // 'rId1'
 */
export function withRelationship(xml: string | null, type: string, target: string): { xml: string; id: string } {
  const base = xml ?? `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"></Relationships>`;
  const taken = new Set([...base.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => attribute(m[1] ?? '', 'Id')));
  let n = 1;
  while (taken.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const out = /<Relationships\b[^>]*\/>/.test(base)
    ? base.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`)
    : base.replace('</Relationships>', `${rel}</Relationships>`);
  return { xml: out, id };
}

/** The prefix the root element binds to the relationships namespace, or null. */
function relPrefix(xml: string): string | null {
  const root = /<(?:\w+:)?workbook\b([^>]*)>/.exec(xml)?.[1] ?? '';
  const m = new RegExp(`xmlns:(\\w+)\\s*=\\s*"${NS_REL.replace(/[./]/g, '\\$&')}"`).exec(root);
  return m?.[1] ?? null;
}

/**
 * The workbook part with a new sheet (last in the tab order) pointing at relationship `rid`.
 * @example withSheetEntry(xml, '汇总', 'rId9') // …<sheet name="汇总" sheetId="4" r:id="rId9"/></sheets>…
 */
export function withSheetEntry(xml: string, name: string, rid: string): string {
  const ids = [...xml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((m) =>
    Number(attribute(m[1] ?? '', 'sheetId') ?? 0),
  );
  const sheetId = Math.max(0, ...ids.filter(Number.isFinite)) + 1;
  const prefix = relPrefix(xml);
  const ref = prefix === null ? `xmlns:kr="${NS_REL}" kr:id="${rid}"` : `${prefix}:id="${rid}"`;
  const close = /<\/(\w+:)?sheets>/.exec(xml);
  const p = close?.[1] ?? '';
  return xml.replace(
    `</${p}sheets>`,
    `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${ref}/></${p}sheets>`,
  );
}

/**
 * The workbook part with a workbook-scoped defined name, unless one of that name exists.
 * @example withDefinedName(xml, '预警天数', "'台账设置'!$B$1")
 */
export function withDefinedName(xml: string, name: string, ref: string): string {
  const existing = [...xml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>/g)].some(
    (m) => attribute(m[1] ?? '', 'name') === name && attribute(m[1] ?? '', 'localSheetId') === null,
  );
  if (existing) return xml;
  const entry = `<definedName name="${escapeXml(name)}">${escapeXml(ref)}</definedName>`;
  if (/<definedNames\s*\/>/.test(xml))
    return xml.replace(/<definedNames\s*\/>/, `<definedNames>${entry}</definedNames>`);
  if (xml.includes('</definedNames>')) return xml.replace('</definedNames>', `${entry}</definedNames>`);
  return xml.replace(/(<\/(?:\w+:)?sheets>)/, `$1<definedNames>${entry}</definedNames>`);
}

/** Column widths (characters) of a new sheet, 0-based column → width. */
export type ColumnWidths = readonly number[];

/**
 * A new, empty worksheet part; `tableRids` are its tables' relationship ids (`tableParts` after the page margins).
 * @example newWorksheetXml(['rId1'], [10, 20]).includes('<tablePart r:id="rId1"/>') // true
 */
export function newWorksheetXml(tableRids: readonly string[], widths: ColumnWidths = [], frozenHeader = false): string {
  const cols =
    widths.length === 0
      ? ''
      : `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
  const view = frozenHeader
    ? '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>'
    : '<sheetView workbookViewId="0"/>';
  const tables =
    tableRids.length === 0
      ? ''
      : `<tableParts count="${tableRids.length}">${tableRids.map((r) => `<tablePart r:id="${r}"/>`).join('')}</tableParts>`;
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="A1"/><sheetViews>${view}</sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${tables}</worksheet>`
  );
}

/**
 * A new table part (`id` unique in the workbook) over `ref`, with its header names.
 * @example newTableXml(5, 'ReportRounds', 'A1:E2', ['轮次编号', '轮次名称', '截止日期', '创建时间', '已报送单位'], 'TableStyleLight9')
 */
export function newTableXml(id: number, name: string, ref: string, headers: readonly string[], style: string): string {
  const columns = headers.map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`).join('');
  return (
    `${XML_HEAD}<table xmlns="${NS_MAIN}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${style}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
