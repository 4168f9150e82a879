/**
 * The `docx` writer, loaded on first use: the pane's first load has none of it.
 */
import type * as DocxModule from 'docx';

export type Docx = typeof DocxModule;

/**
 * Imports `docx` (the module system caches it) and returns its namespace.
 * @example const { Document, Packer } = await loadDocx();
 */
export async function loadDocx(): Promise<Docx> {
  const mod = await import('docx');
  const wrapped = mod as Docx & { default?: Docx };
  return wrapped.default ?? wrapped;
}
