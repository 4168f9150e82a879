/**
 * Column corrections remembered per header form (the workbook's settings, or this browser outside Excel): the roles
 * remembered for `headerKey`, and `remember` to store or forget the coordinator's correction for it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ColumnRole } from '../../model';
import type { ColumnRolesRecord, WorkbookPort } from '../../workbook/port';
import { columnRolesMemory, pageStorage } from './columnRolesMemory';

export interface RememberedColumns {
  /** The roles remembered for this header, or null. */
  roles: readonly ColumnRole[] | null;
  remember: (roles: ColumnRole[] | null) => void;
}

/** `headerKey` '' (no header row): nothing is remembered or stored. */
export function useRememberedColumns(port: WorkbookPort | null, headerKey: string): RememberedColumns {
  const memory = useMemo(() => columnRolesMemory(port, pageStorage()), [port]);
  const [remembered, setRemembered] = useState<ColumnRolesRecord>({});
  useEffect(() => {
    let live = true;
    void memory.read().then((record) => {
      if (live) setRemembered(record);
    });
    return () => {
      live = false;
    };
  }, [memory]);

  const remember = (roles: ColumnRole[] | null) => {
    if (headerKey === '') return;
    setRemembered((prev) => {
      const next = { ...prev };
      if (roles) next[headerKey] = roles;
      else delete next[headerKey];
      return next;
    });
    void memory.remember(headerKey, roles);
  };
  return { roles: headerKey !== '' ? (remembered[headerKey] ?? null) : null, remember };
}
