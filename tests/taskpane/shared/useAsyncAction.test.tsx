// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAsyncAction } from '../../../src/taskpane/shared/useAsyncAction';

afterEach(cleanup);

type Outcome = { kind: 'ok' | 'error'; text: string };

/** A promise the test settles by hand, so the busy state can be seen while the work runs. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup() {
  return renderHook(() =>
    useAsyncAction<Outcome>((e) => ({ kind: 'error', text: `failed: ${e instanceof Error ? e.message : String(e)}` })),
  );
}

describe('useAsyncAction', () => {
  it('is busy while the work runs, then shows what the work returned', async () => {
    const { result } = setup();
    expect(result.current.busy).toBe(false);
    expect(result.current.outcome).toBeNull();
    const work = deferred<Outcome>();
    let done!: Promise<void>;
    act(() => {
      done = result.current.run(() => work.promise);
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      work.resolve({ kind: 'ok', text: 'saved 3 rows' });
      await done;
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.outcome).toEqual({ kind: 'ok', text: 'saved 3 rows' });
  });

  it('turns what the work threw into an outcome and is no longer busy', async () => {
    const { result } = setup();
    await act(() => result.current.run(() => Promise.reject(new Error('disk full'))));
    expect(result.current.busy).toBe(false);
    expect(result.current.outcome).toEqual({ kind: 'error', text: 'failed: disk full' });
  });

  it('clears the last outcome when a run starts, and a null result leaves none', async () => {
    const { result } = setup();
    act(() => result.current.setOutcome({ kind: 'error', text: 'pick an agency' }));
    expect(result.current.outcome).toEqual({ kind: 'error', text: 'pick an agency' });
    const work = deferred<Outcome | null>();
    let done!: Promise<void>;
    act(() => {
      done = result.current.run(() => work.promise);
    });
    expect(result.current.outcome).toBeNull();
    await act(async () => {
      work.resolve(null);
      await done;
    });
    expect(result.current.outcome).toBeNull();
  });

  it('ignores a second run while the first is under way', async () => {
    const { result } = setup();
    const first = deferred<Outcome>();
    let calls = 0;
    let done!: Promise<void>;
    act(() => {
      done = result.current.run(() => {
        calls += 1;
        return first.promise;
      });
    });
    await act(() =>
      result.current.run(() => {
        calls += 1;
        return Promise.resolve({ kind: 'ok', text: 'second' });
      }),
    );
    expect(calls).toBe(1);
    await act(async () => {
      first.resolve({ kind: 'ok', text: 'first' });
      await done;
    });
    expect(result.current.outcome).toEqual({ kind: 'ok', text: 'first' });
  });
});
