/**
 * Tells the pane when tables in the workbook changed (the ledger or the history: typing, pasting,
 * a co-author, or the add-in itself) via `TableCollection.onChanged`, debounced, with unsubscribe.
 * Every table change counts: telling ours apart would cost a sync per event, and a refresh is cheap.
 * @requirement ExcelApi 1.7 (`TableCollection.onChanged`)
 */

/** How long to wait for a burst of changes (a paste, a reload) to settle before calling the handler. */
export const CHANGE_DEBOUNCE_MS = 300;

/** How batches run (in Excel: `Excel.run`, and `Excel.run(context, …)` to reuse the subscription's context). */
export interface BatchRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  runIn<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/**
 * Subscribes `handler` (debounced) to table changes; resolves to a function that unsubscribes.
 * @example
 * const stop = await onLedgerChanged(runner, () => void refresh()); await stop()
 */
export async function onLedgerChanged(
  runner: BatchRunner,
  handler: () => void,
  debounceMs: number = CHANGE_DEBOUNCE_MS,
): Promise<() => Promise<void>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      handler();
    }, debounceMs);
    return Promise.resolve();
  };
  const subscription = await runner.run(async (context) => {
    const result = context.workbook.tables.onChanged.add(fire);
    await context.sync();
    return result;
  });
  let removed = false;
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
