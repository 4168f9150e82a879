/**
 * The public checksum a format-1 report workbook carries of its identity and task list (still read, as
 * unauthenticated: anyone can recompute it), and the hash of a task's text that both formats list.
 * Format 2 is signed with the ledger's key instead (`reportSignature.ts`).
 */
import { xmlSafeText } from '../model';
import { contentHash } from '../ledgerLayout/contentHash';

export interface ChecksumInput {
  formatVersion: number;
  workbookId: string;
  roundId: string;
  roundName: string;
  agency: string;
  tasks: readonly { no: number; role: string; textHash: string; row: number }[];
}

/**
 * Hashes the identity and the task list (numbers, roles, text hashes) of a report workbook.
 * @example reportChecksum({ formatVersion: 1, workbookId: 'wb', roundId: 'r1', roundName: '2026年11月', agency: '市教育局', tasks: [] }) // 16 hex digits
 */
export function reportChecksum(input: ChecksumInput): string {
  return contentHash([
    String(input.formatVersion),
    input.workbookId,
    input.roundId,
    input.roundName,
    input.agency,
    ...input.tasks.map((t) => `${t.no}|${t.role}|${t.textHash}|${t.row}`),
  ]);
}

/**
 * The hash of a task's text as compared between sending and receiving: line ends, edge spaces and characters XML
 * forbids (never written into the file) do not count.
 * @example textHash('任务\r\n') === textHash('任务') // true
 */
export function textHash(text: string): string {
  return contentHash([xmlSafeText(text).replace(/\r\n?/g, '\n').trim()]);
}
