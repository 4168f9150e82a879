/**
 * What a ledger stores about its last import.
 */

/** What is stored with the workbook about the last import. */
export interface ImportMeta {
  /** A name for the source, e.g. `内置示例：重点任务分工及进度安排表` or `粘贴的表格`. */
  source: string;
  /** Content hash of the source text (hex). */
  hash: string;
  /** When it was imported, ISO 8601 with time. */
  importedAt: string;
  taskCount: number;
}
