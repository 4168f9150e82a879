/**
 * The busy / outcome pattern of a panel's action, written once: the action is busy while its work runs, its outcome is
 * what the work returned, or the words `onError` makes of what it threw. A second run while one is under way is
 * ignored (a double click lands before the disabled button re-renders).
 */
import { useRef, useState } from 'react';

export interface AsyncAction<O> {
  busy: boolean;
  /** The last run's outcome; null before the first run, while one runs, or when the work returned null. */
  outcome: O | null;
  /** Runs `work`; resolves when it has ended, never rejects. */
  run: (work: () => Promise<O | null>) => Promise<void>;
  /** Sets or clears the outcome without running anything. */
  setOutcome: (outcome: O | null) => void;
}

/**
 * @example
 * const save = useAsyncAction((e) => ({ kind: 'error', text: errorText(e, locale) }));
 * <Button disabled={save.busy} onClick={() => void save.run(async () => ({ kind: 'ok', text: await write() }))} />
 */
export function useAsyncAction<O>(onError: (error: unknown) => O): AsyncAction<O> {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<O | null>(null);
  const running = useRef(false);

  const run = async (work: () => Promise<O | null>): Promise<void> => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await work());
    } catch (error) {
      setOutcome(onError(error));
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return { busy, outcome, run, setOutcome };
}
