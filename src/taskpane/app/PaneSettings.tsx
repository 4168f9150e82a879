/** The settings panel (as-of date, warning rule), loaded on demand, with a note on where the rule is kept. */
import { Suspense } from 'react';
import { useStrings } from '../i18n/useStrings';
import { PanelFallback } from '../shared/PanelFallback';
import { SettingsPanel } from './lazyPanels';
import type { PaneState } from './Pane.types';

export function PaneSettings({ state }: { state: PaneState }) {
  const s = useStrings();
  const { ledger, ruleProblem, port } = state;
  const ruleNote = ledger.readOnly
    ? null
    : ruleProblem
      ? s.ruleWriteProblem(ruleProblem)
      : port?.writeWarningRule
        ? s.ruleInWorkbook
        : null;
  return (
    <Suspense fallback={<PanelFallback />}>
      <SettingsPanel
        id={state.nav.settingsId}
        settings={state.settings}
        previewDetail={ledger.readOnly ? s.previewNoteDetail : null}
        ruleNote={ruleNote}
      />
    </Suspense>
  );
}
