import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExcelError, defaultExcelErrorFactory, setExcelErrorFactory } from '../../src/functions/excelErrors';
import { deadline } from '../../src/functions/functions';

afterEach(() => {
  setExcelErrorFactory();
  vi.unstubAllGlobals();
});

describe('excelErrors', () => {
  it('falls back to a plain { code, message } without the runtime', () => {
    expect(createExcelError('#VALUE!', 'why')).toEqual({ code: '#VALUE!', message: 'why' });
    expect(createExcelError('#N/A', 'none')).toEqual({ code: '#N/A', message: 'none' });
  });

  it('builds CustomFunctions.Error inside the runtime', () => {
    class FakeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    vi.stubGlobal('CustomFunctions', {
      Error: FakeError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
    });
    const error = defaultExcelErrorFactory('#N/A', 'an ongoing task has no deadline');
    expect(error).toBeInstanceOf(FakeError);
    expect(error).toMatchObject({ code: '#N/A', message: 'an ongoing task has no deadline' });
    expect(deadline('持续实施')).toBeInstanceOf(FakeError);
  });

  it('goes through an injected factory', () => {
    setExcelErrorFactory((code, message) => ({ code, message: `[${message}]` }));
    expect(deadline(true)).toMatchObject({
      code: '#VALUE!',
      message: expect.stringMatching(/^\[.*schedule.*\]$/) as unknown,
    });
  });

  it('still returns an error when the factory itself throws', () => {
    setExcelErrorFactory(() => {
      throw new Error('factory broke');
    });
    expect(deadline(true)).toEqual({ code: '#VALUE!', message: 'internal error' });
  });
});
