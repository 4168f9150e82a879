/**
 * The add-in's settings as Excel saves them with the workbook (`xl/webextensions/webextension*.xml`,
 * `<we:property name="…" value="…"/>`, each value JSON-encoded): read, so the page finds the ledger's id and report
 * key where the add-in keeps them, and written, so the page keeps the report key there too (never in browser storage).
 * A workbook the add-in never saved gets the parts Excel writes for a task-pane add-in (MS-OWEXML: `taskpanes.xml` →
 * `webextension1.xml`, reference to the add-in's manifest id), the pane not shown on open (`visibility="0"`).
 */
import { ADDIN_ID } from './addinId';
import type { LedgerFile } from './ledgerFile';
import { CONTENT_TYPES, REL_TYPES } from './packageParts';
import type { XlsxPackage } from './xlsxPackage';
import { attribute, escapeXml } from './xmlText';

const WEB_EXTENSION_PART = /^xl\/webextensions\/webextension\d*\.xml$/i;
const NS_WE = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const NS_WETP = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function decoded(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function propertyValue(xml: string, name: string): string | null {
  for (const m of xml.matchAll(/<(?:\w+:)?property\b([^>]*?)\/?>/g))
    if (attribute(m[1] ?? '', 'name') === name) return attribute(m[1] ?? '', 'value') ?? '';
  return null;
}

/**
 * A setting's value (JSON-decoded), or undefined when no web-extension part holds it.
 * @example await webExtensionSetting(pkg, 'keyTaskLedger.workbookId') // 'wb-…'
 */
export async function webExtensionSetting(pkg: XlsxPackage, name: string): Promise<unknown> {
  for (const entry of pkg.entries) {
    if (!WEB_EXTENSION_PART.test(entry.name)) continue;
    const value = propertyValue((await pkg.text(entry.name)) ?? '', name);
    if (value !== null) return decoded(value);
  }
  return undefined;
}

/** The web-extension part of this add-in (its reference names the manifest id), as edited so far; null when none. */
async function ourPart(file: LedgerFile): Promise<string | null> {
  const names = [...file.pkg.entries.map((e) => e.name), ...file.addedParts()].filter((n) =>
    WEB_EXTENSION_PART.test(n),
  );
  for (const name of names) {
    const xml = (await file.part(name)) ?? '';
    const ref = /<(?:\w+:)?reference\b([^>]*?)\/?>/.exec(xml)?.[1] ?? '';
    if ((attribute(ref, 'id') ?? '').toLowerCase().includes(ADDIN_ID)) return name;
  }
  return null;
}

/** The setting as the file holds it now (edits included), JSON-decoded; undefined when absent. */
export async function fileSetting(file: LedgerFile, name: string): Promise<unknown> {
  const part = await ourPart(file);
  const value = part === null ? null : propertyValue((await file.part(part)) ?? '', name);
  if (value !== null) return decoded(value);
  return webExtensionSetting(file.pkg, name);
}

/** The part's XML with the property set (replaced, or added to `<we:properties>`). */
function withProperty(xml: string, name: string, json: string): string {
  const prop = (p: string): string => `<${p}property name="${escapeXml(name)}" value="${escapeXml(json)}"/>`;
  for (const m of xml.matchAll(/<((?:\w+:)?)property\b([^>]*?)\/>/g))
    if (attribute(m[2] ?? '', 'name') === name) return xml.replace(m[0], prop(m[1] ?? ''));
  const empty = /<((?:\w+:)?)properties\s*\/>/.exec(xml);
  if (empty)
    return xml.replace(empty[0], `<${empty[1] ?? ''}properties>${prop(empty[1] ?? '')}</${empty[1] ?? ''}properties>`);
  const close = /<\/((?:\w+:)?)properties>/.exec(xml);
  return close ? xml.replace(close[0], `${prop(close[1] ?? '')}${close[0]}`) : xml;
}

/**
 * Sets a setting (its value JSON-encoded, as Office stores settings) in the add-in's web-extension part, made when
 * the workbook has none.
 * @example await writeFileSetting(file, 'keyTaskLedger.reportKey', JSON.stringify(key))
 */
export async function writeFileSetting(file: LedgerFile, name: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  const existing = await ourPart(file);
  if (existing !== null) {
    file.setPart(existing, withProperty((await file.part(existing)) ?? '', name, json));
    return;
  }
  const part = file.freePartName((n) => `xl/webextensions/webextension${n}.xml`);
  const guid = `{${ADDIN_ID.toUpperCase()}}`;
  file.setPart(
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="${NS_WE}" id="${guid}"><we:reference id="${ADDIN_ID}" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>` +
      `<we:property name="${escapeXml(name)}" value="${escapeXml(json)}"/></we:properties><we:bindings/><we:snapshot xmlns:r="${NS_R}"/></we:webextension>`,
  );
  await file.declare(part, CONTENT_TYPES.webextension);
  const panes = 'xl/webextensions/taskpanes.xml';
  const rid = await file.relate(panes, REL_TYPES.webextension, part.slice(part.lastIndexOf('/') + 1));
  const current = await file.part(panes);
  const pane = `<wetp:taskpane dockstate="right" visibility="0" width="350" row="0"><wetp:webextensionref xmlns:r="${NS_R}" r:id="${rid}"/></wetp:taskpane>`;
  if (current === null) {
    file.setPart(
      panes,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="${NS_WETP}">${pane}</wetp:taskpanes>`,
    );
    await file.declare(panes, CONTENT_TYPES.taskpanes);
    await file.relate('', REL_TYPES.taskpanes, panes);
  } else file.setPart(panes, current.replace('</wetp:taskpanes>', `${pane}</wetp:taskpanes>`));
}
