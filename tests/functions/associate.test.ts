import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTIONS, registerFunctions } from '../../src/functions/associate';
import { FUNCTIONS_ZH_CN } from '../../src/functions/localization';

interface MetadataParameter {
  name: string;
  optional?: boolean;
  dimensionality?: string;
}
interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  options?: { volatile?: boolean };
  result?: { dimensionality?: string };
}

let metadata: MetadataFunction[] = [];
let associations: { id: string; functionName: string }[] = [];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata('src/functions/functions.ts');
  expect(generated.errors).toEqual([]);
  metadata = (JSON.parse(generated.metadataJson) as { functions: MetadataFunction[] }).functions;
  associations = generated.associate;
});

afterEach(() => vi.unstubAllGlobals());

describe('the functions and their generated metadata', () => {
  it('has the same ids in FUNCTIONS and in functions.json, each named as its id', () => {
    expect(metadata.map((f) => f.id).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    for (const f of metadata) expect(f.name).toBe(f.id);
  });

  it('maps each id to the function the metadata was generated from, with the same parameters in order', () => {
    for (const f of metadata) {
      const fn = FUNCTIONS[f.id as keyof typeof FUNCTIONS];
      const association = associations.find((a) => a.id === f.id);
      expect(fn.name).toBe(association?.functionName);
      expect(fn.length).toBe(f.parameters.length);
      const names = /^function\s*\w*\s*\(([^)]*)\)/
        .exec(fn.toString())?.[1]
        ?.split(',')
        .map((p) => p.trim().split(/\s|=/)[0]);
      expect(names).toEqual(f.parameters.map((p) => p.name));
    }
  });

  it('has an English description for every function and parameter', () => {
    for (const f of metadata) {
      expect(f.description).toMatch(/[A-Za-z]{4,}/);
      for (const p of f.parameters) expect((p as { description?: string }).description).toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('marks exactly the functions that read today as volatile', () => {
    expect(
      metadata
        .filter((f) => f.options?.volatile === true)
        .map((f) => f.id)
        .sort(),
    ).toEqual(['DAYSLEFT', 'ISOVERDUE', 'LIGHT', 'OVERDUECOUNT']);
  });

  it('takes ranges as matrices and spills AGENCIES', () => {
    const ranges = metadata.flatMap((f) =>
      f.parameters.filter((p) => p.dimensionality === 'matrix').map((p) => `${f.id}.${p.name}`),
    );
    expect(ranges.sort()).toEqual([
      'AGENCIES.aliases',
      'AGENCIES.units',
      'AGENCYCOUNT.aliases',
      'AGENCYCOUNT.units',
      'LEAD.aliases',
      'NORMALIZE.aliases',
      'OVERDUECOUNT.aliases',
      'OVERDUECOUNT.schedules',
      'OVERDUECOUNT.statuses',
      'OVERDUECOUNT.units',
      'SUPPORT.aliases',
    ]);
    expect(metadata.find((f) => f.id === 'AGENCIES')?.result?.dimensionality).toBe('matrix');
  });

  it('has complete zh-CN descriptions: every id and every parameter, nothing extra', () => {
    expect(Object.keys(FUNCTIONS_ZH_CN).sort()).toEqual(metadata.map((f) => f.id).sort());
    for (const f of metadata) {
      const zh = FUNCTIONS_ZH_CN[f.id];
      expect(zh?.description).toMatch(/[\u4e00-\u9fff]/);
      expect(Object.keys(zh?.parameters ?? {})).toEqual(f.parameters.map((p) => p.name));
      for (const help of Object.values(zh?.parameters ?? {})) expect(help).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('registration', () => {
  it('associates every id with its implementation', () => {
    const associate = vi.fn();
    registerFunctions(associate);
    expect(associate.mock.calls.map(([id]) => id as string)).toEqual(Object.keys(FUNCTIONS));
    expect(associate).toHaveBeenCalledWith('DEADLINE', FUNCTIONS.DEADLINE);
  });

  it('registers from the functions runtime script only when CustomFunctions exists', async () => {
    vi.resetModules();
    await import('../../src/functions/entry');
    const associate = vi.fn();
    vi.stubGlobal('CustomFunctions', { associate });
    vi.resetModules();
    await import('../../src/functions/entry');
    expect(associate).toHaveBeenCalledTimes(Object.keys(FUNCTIONS).length);
    expect(associate).toHaveBeenCalledWith('AGENCYCOUNT', expect.any(Function));
  });
});
