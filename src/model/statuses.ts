/**
 * The canonical statuses, in the order a drop-down lists them. Kept apart from the zod schemas so
 * code that only needs the list (filters, counts) does not pull zod into the pane's first load.
 */
export const STATUSES = ['未启动', '推进中', '滞后', '已完成'] as const;

/** One of the canonical statuses. */
export type Status = (typeof STATUSES)[number];
