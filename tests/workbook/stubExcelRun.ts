/**
 * `Excel.run` for tests of `createExcelPort`: each batch runs on the fake's context, and the options it was given
 * (`delayForCellEdit`) are recorded, one entry per batch.
 */
import { vi } from 'vitest';
import type { FakeExcel } from './fakeExcel';

export interface RecordedRun {
  options: { delayForCellEdit?: boolean } | null;
}

/**
 * Stubs the `Excel` global; returns the batches run so far.
 * @example
 * const runs = stubExcelRun(fake); await port.writeStatus(…); runs.at(-1)?.options // { delayForCellEdit: true }
 */
export function stubExcelRun(fake: FakeExcel): RecordedRun[] {
  const runs: RecordedRun[] = [];
  vi.stubGlobal('Excel', {
    run: (first: unknown, second?: unknown) => {
      const batch = (typeof first === 'function' ? first : second) as (
        context: Excel.RequestContext,
      ) => Promise<unknown>;
      // A context as first argument (re-using the subscription's) is not options.
      const options =
        typeof first === 'object' && first !== null && !('workbook' in first)
          ? (first as RecordedRun['options'])
          : null;
      runs.push({ options });
      return batch(fake.context);
    },
  });
  return runs;
}
