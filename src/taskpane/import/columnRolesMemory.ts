/**
 * Where the pane remembers a column correction: the workbook's add-in settings through the port (shared with the file
 * and its co-authors), or this browser's localStorage outside Excel (the preview page). Failures to store are ignored:
 * a correction that is not remembered only means asking again next time.
 */
import type { ColumnRole } from '../../model';
import {
  parseColumnRolesRecord,
  withColumnRoles,
  type ColumnRolesRecord,
  type WorkbookPort,
} from '../../workbook/port';

export interface ColumnRolesMemory {
  read(): Promise<ColumnRolesRecord>;
  remember(headerKey: string, roles: readonly ColumnRole[] | null): Promise<void>;
}

/** The localStorage key outside Excel. */
export const LOCAL_COLUMN_ROLES_KEY = 'keyTaskLedger.columnRoles';

/** The part of `Storage` used (a test passes a Map-backed one). */
export type SimpleStorage = Pick<Storage, 'getItem' | 'setItem'>;

function localMemory(storage: SimpleStorage | null): ColumnRolesMemory {
  const read = (): ColumnRolesRecord => {
    try {
      return parseColumnRolesRecord(storage?.getItem(LOCAL_COLUMN_ROLES_KEY) ?? null);
    } catch {
      return {};
    }
  };
  return {
    read: () => Promise.resolve(read()),
    remember: (key, roles) => {
      try {
        storage?.setItem(LOCAL_COLUMN_ROLES_KEY, JSON.stringify(withColumnRoles(read(), key, roles)));
      } catch {
        // Storage full or blocked (a private window): nothing is remembered.
      }
      return Promise.resolve();
    },
  };
}

/**
 * The port's settings when it has them, else `storage`.
 * @example const memory = columnRolesMemory(port, globalThis.localStorage ?? null)
 */
export function columnRolesMemory(
  port: Pick<WorkbookPort, 'readColumnRoles' | 'rememberColumnRoles'> | null,
  storage: SimpleStorage | null,
): ColumnRolesMemory {
  const readColumnRoles = port?.readColumnRoles?.bind(port);
  const rememberColumnRoles = port?.rememberColumnRoles?.bind(port);
  if (readColumnRoles && rememberColumnRoles) {
    return {
      read: () => readColumnRoles().catch(() => ({})),
      remember: (key, roles) => rememberColumnRoles(key, roles).catch(() => undefined),
    };
  }
  return localMemory(storage);
}

/** This page's localStorage, or null where reading it throws (storage disabled). */
export function pageStorage(): SimpleStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
