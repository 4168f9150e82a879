import { describe, expect, it } from 'vitest';
import {
  columnRolesMemory,
  LOCAL_COLUMN_ROLES_KEY,
  type SimpleStorage,
} from '../../../src/taskpane/import/columnRolesMemory';

function mapStorage(): SimpleStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('columnRolesMemory', () => {
  it('outside Excel keeps corrections in the page storage, and forgets one on request', async () => {
    const storage = mapStorage();
    const memory = columnRolesMemory(null, storage);
    expect(await memory.read()).toEqual({});
    await memory.remember('序号|工作任务', ['no', 'task']);
    expect(JSON.parse(storage.data.get(LOCAL_COLUMN_ROLES_KEY) ?? '')).toEqual({ '序号|工作任务': ['no', 'task'] });
    expect(await memory.read()).toEqual({ '序号|工作任务': ['no', 'task'] });
    await memory.remember('序号|工作任务', null);
    expect(await memory.read()).toEqual({});
  });

  it('uses the port’s settings when it has them, and a port that fails only means nothing is remembered', async () => {
    const stored: unknown[] = [];
    const port = {
      readColumnRoles: () => Promise.reject(new Error('offline')),
      rememberColumnRoles: (k: string, r: unknown) => (stored.push([k, r]), Promise.resolve()),
    };
    const memory = columnRolesMemory(port, mapStorage());
    expect(await memory.read()).toEqual({});
    await memory.remember('k', ['task']);
    expect(stored).toEqual([['k', ['task']]]);
  });

  it('a blocked storage remembers nothing and does not throw', async () => {
    const blocked: SimpleStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const memory = columnRolesMemory(null, blocked);
    await memory.remember('k', ['task']);
    expect(await memory.read()).toEqual({});
  });
});
