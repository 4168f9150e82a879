/**
 * A document as a list of typed blocks (title, heading, body text …), before any Word markup: the texts are tested
 * as data, and one writer turns every block kind into GB/T 9704 paragraphs.
 */
import type { JudgedTask } from './judgedTask';

export type DocumentBlock =
  | { kind: 'masthead'; name: string; issue: string; office: string; date: string }
  | { kind: 'title'; text: string }
  | { kind: 'addressees'; text: string }
  /** A first-level heading (一、), 黑体. */
  | { kind: 'heading1'; text: string }
  /** A second-level heading (（一）), 楷体. */
  | { kind: 'heading2'; text: string }
  | { kind: 'body'; text: string }
  /** The issuing office and the date, right-aligned four characters in from the edge. */
  | { kind: 'signature'; office: string; date: string }
  /** 附件 on a new page: its label, title and the table of items. */
  | { kind: 'attachment'; label: string; title: string; items: readonly JudgedTask[] }
  /** A table of one agency's items (督办单). */
  | { kind: 'itemTable'; items: readonly JudgedTask[] }
  /** 版记 at the foot of the last page. */
  | { kind: 'imprint'; copyTo: string; office: string; date: string };
