/**
 * Tells the pane which of the add-in's tables changed (the ledger and its aliases, the history, the rounds) via
 * `TableCollection.onChanged`, debounced, with unsubscribe. The event fires for the user's own edits and for every
 * co-author's (`TableChangedEventArgs.source` is `Remote` for theirs): a burst of co-authors' edits is gathered over a
 * longer wait than the user's own, and a change to a table the add-in does not read re-reads nothing. Table ids are
 * named from a list read when subscribing (once more when an unknown id turns up), never with a sync per event.
 * Microsoft's co-authoring guidance: update in-memory state from events, and show no UI for them (the pane only re-reads).
 * @requirement ExcelApi 1.7 (`TableCollection.onChanged`, `TableChangedEventArgs.source`)
 */
import type { LedgerChange } from './port';
import { ALIAS_TABLE, HISTORY_TABLE, LEDGER_TABLE, ROUND_TABLE } from '../ledgerLayout/workbookNames';

/** How long to wait for a burst of the user's own changes (a paste, a reload) to settle before calling the handler. */
export const CHANGE_DEBOUNCE_MS = 300;
/** How long to gather co-authors' changes: each of their keystrokes fires an event on every co-author's pane. */
export const REMOTE_DEBOUNCE_MS = 2000;

/** How batches run (in Excel: `Excel.run`, and `Excel.run(context, …)` to reuse the subscription's context). */
export interface BatchRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  runIn<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T>;
}

type Part = 'ledger' | 'history' | 'rounds';
const PARTS: Readonly<Record<string, Part>> = {
  [LEDGER_TABLE]: 'ledger',
  [ALIAS_TABLE]: 'ledger',
  [HISTORY_TABLE]: 'history',
  [ROUND_TABLE]: 'rounds',
};

/** The table names by id, read in a batch. */
async function tableNames(context: Excel.RequestContext): Promise<Map<string, string>> {
  const tables = context.workbook.tables.load('items/id, items/name');
  await context.sync();
  return new Map(tables.items.map((t) => [t.id, t.name]));
}

/**
 * Subscribes `handler` (debounced) to changes of the add-in's tables; resolves to a function that unsubscribes.
 * @example
 * const stop = await onLedgerChanged(runner, (change) => change.ledger && void refresh()); await stop()
 */
export async function onLedgerChanged(
  runner: BatchRunner,
  handler: (change: LedgerChange) => void,
  debounceMs: number = CHANGE_DEBOUNCE_MS,
  remoteDebounceMs: number = REMOTE_DEBOUNCE_MS,
): Promise<() => Promise<void>> {
  let names = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { ids: Set<string>; remote: boolean } = { ids: new Set(), remote: true };
  let removed = false;

  const deliver = async (): Promise<void> => {
    timer = undefined;
    const { ids, remote } = pending;
    pending = { ids: new Set(), remote: true };
    // A table made after subscribing (the first status entry creates ProgressLog): its name once, then known.
    if ([...ids].some((id) => !names.has(id)) && !removed) names = await runner.run(tableNames).catch(() => names);
    const parts = new Set([...ids].map((id) => PARTS[names.get(id) ?? '']).filter((p): p is Part => p !== undefined));
    if (parts.size > 0 && !removed)
      handler({ ledger: parts.has('ledger'), history: parts.has('history'), rounds: parts.has('rounds'), remote });
  };
  const fire = (event: { tableId: string; source?: string }): Promise<void> => {
    const remote = event.source === 'Remote';
    pending.ids.add(event.tableId);
    pending.remote = pending.remote && remote;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void deliver(), pending.remote ? remoteDebounceMs : debounceMs);
    return Promise.resolve();
  };
  const subscription = await runner.run(async (context) => {
    const result = context.workbook.tables.onChanged.add(fire);
    names = await tableNames(context);
    return result;
  });
  return async () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (removed) return;
    removed = true;
    await runner.runIn(subscription.context, async (context) => {
      subscription.remove();
      await context.sync();
    });
  };
}
