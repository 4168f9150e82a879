/** Reads the parts of a .docx the tests look at (fflate, as a user's machine would unzip it). */
import { strFromU8, unzipSync } from 'fflate';

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const parts = unzipSync(bytes, { filter: (f) => f.name.endsWith('.xml') });
  return Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, strFromU8(data)]));
}

/** The text of every paragraph of document.xml, in order. */
export function paragraphTexts(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

/** The paragraph XML whose text is exactly `text`. */
export function paragraphWith(documentXml: string, text: string): string | undefined {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => p[0])
    .find((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') === text);
}
