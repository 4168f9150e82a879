/**
 * The add-in's settings as Excel saves them with the workbook (`xl/webextensions/webextension*.xml`,
 * `<we:property name="…" value="…"/>`, each value JSON-encoded): read, so the page finds the ledger's id
 * where the add-in keeps it.
 */
import { attribute } from './xmlText';
import type { XlsxPackage } from './xlsxPackage';

/**
 * A setting's value (JSON-decoded), or undefined when no web-extension part holds it.
 * @example await webExtensionSetting(pkg, 'keyTaskLedger.workbookId') // 'wb-…'
 */
export async function webExtensionSetting(pkg: XlsxPackage, name: string): Promise<unknown> {
  for (const entry of pkg.entries) {
    if (!/^xl\/webextensions\/webextension\d*\.xml$/i.test(entry.name)) continue;
    const xml = (await pkg.text(entry.name)) ?? '';
    for (const m of xml.matchAll(/<(?:\w+:)?property\b([^>]*?)\/?>/g)) {
      if (attribute(m[1] ?? '', 'name') !== name) continue;
      const value = attribute(m[1] ?? '', 'value') ?? '';
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    }
  }
  return undefined;
}
