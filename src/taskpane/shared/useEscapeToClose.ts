/**
 * Escape closes the innermost open surface of the pane and returns focus to the control that opened it, as every
 * Fluent UI surface (Dialog, Drawer, Popover, Menu) does. An Escape that a control inside has already used (an open
 * dropdown's list, an input method's composition) is left alone.
 */
import { useCallback, type KeyboardEvent } from 'react';

/** One surface that Escape can close: `open` now, how to close it, and where focus goes back to. */
export interface EscapeTarget {
  open: boolean;
  close: () => void;
  /** The id of the control that opened the surface; focused after closing (when it is still in the page). */
  returnFocusId?: string | undefined;
}

/** True when a control inside already handles this Escape: an expanded combobox or menu button, or an IME composition. */
function usedInside(event: KeyboardEvent<HTMLElement>): boolean {
  if (event.defaultPrevented || event.nativeEvent.isComposing) return true;
  const target = event.target as HTMLElement | null;
  return target?.closest('[aria-expanded="true"][role="combobox"], [role="menu"], [role="listbox"]') != null;
}

/**
 * A keydown handler for the pane's root: on Escape, closes the first open target (innermost first) and focuses
 * what opened it.
 */
export function useEscapeToClose(targets: readonly EscapeTarget[]): (event: KeyboardEvent<HTMLElement>) => void {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Escape' || usedInside(event)) return;
      const target = targets.find((t) => t.open);
      if (!target) return;
      event.preventDefault();
      target.close();
      const backId = target.returnFocusId;
      // After React has removed the surface, so focus is not lost with it.
      if (backId) queueMicrotask(() => document.getElementById(backId)?.focus());
    },
    [targets],
  );
}
