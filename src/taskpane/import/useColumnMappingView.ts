/**
 * The column mapping's state: whether the pickers are offered without asking (the parser was unsure), open (asked for,
 * or a correction not from memory is in force) and whether the toggle is shown; and `setRole` for one column.
 */
import { useId, useState } from 'react';
import type { ColumnMapping, ColumnRole } from '../../model';

export interface ColumnMappingViewState {
  pickersId: string;
  /** Unsure (no header, a small margin, rows that do not fit): the pickers are offered under a warning. */
  prominent: boolean;
  /** The coordinator's own correction is in force (not one remembered): shown open, with a reset. */
  correcting: boolean;
  open: boolean;
  /** The button that opens and closes the pickers is shown. */
  toggleShown: boolean;
  toggle: () => void;
  setRole: (index: number, role: ColumnRole) => void;
}

export function useColumnMappingView(
  mapping: ColumnMapping,
  rememberedApplied: boolean,
  onChange: (roles: ColumnRole[]) => void,
): ColumnMappingViewState {
  const pickersId = useId();
  const [opened, setOpened] = useState(false);
  const prominent = mapping.uncertain && mapping.source !== 'user';
  const correcting = mapping.source === 'user' && !rememberedApplied;
  return {
    pickersId,
    prominent,
    correcting,
    open: prominent || opened || correcting,
    toggleShown: !prominent && !correcting,
    toggle: () => setOpened(!opened),
    setRole: (i, next) => onChange(mapping.roles.map((r, j) => (j === i ? next : r))),
  };
}
