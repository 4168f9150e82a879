/** Who reports (填报人), remembered on this computer so the coordinator types it once. */
import { useCallback, useState } from 'react';

export const REPORTER_KEY = 'key-task-ledger.reporter';

/** Storage can be missing or throw (private mode, blocked cookies): the name is then simply not remembered. */
function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readReporterName(storage: Storage | null = safeStorage()): string {
  try {
    return storage?.getItem(REPORTER_KEY) ?? '';
  } catch {
    return '';
  }
}

export function useReporterName(): [string, (name: string) => void] {
  const [name, setName] = useState(() => readReporterName());
  const remember = useCallback((next: string) => {
    setName(next);
    try {
      safeStorage()?.setItem(REPORTER_KEY, next.trim());
    } catch {
      // not remembered; the form still works
    }
  }, []);
  return [name, remember];
}
