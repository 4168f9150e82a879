/** The views besides the tasks, each a chunk loaded on demand: import, summary, rounds. */
import { Suspense } from 'react';
import { PanelFallback } from '../shared/PanelFallback';
import { ImportPanel, RoundsPanel, SummaryPanel } from './lazyPanels';
import type { PaneState } from './Pane.types';

export function PaneViews({ state }: { state: PaneState }) {
  const { view } = state.nav;
  const { port, ledger, settings, download } = state;
  if (view === 'import') {
    return (
      <Suspense fallback={<PanelFallback />}>
        <ImportPanel
          port={port}
          seedText={state.seedText}
          seedName={state.seedName}
          meta={ledger.meta}
          hasLedger={ledger.rows.length > 0 && !ledger.readOnly}
          onLoaded={() => void ledger.reload()}
        />
      </Suspense>
    );
  }
  if (view === 'summary') {
    return (
      <Suspense fallback={<PanelFallback />}>
        <SummaryPanel
          port={port}
          rows={ledger.rows}
          sections={ledger.sections}
          asOf={settings.asOf}
          warnDays={settings.warnDays}
          rule={settings.rule}
          today={state.today}
          aliases={ledger.aliases}
          {...(download ? { download } : {})}
        />
      </Suspense>
    );
  }
  if (view === 'rounds') {
    return (
      <Suspense fallback={<PanelFallback />}>
        <RoundsPanel port={port} rows={ledger.rows} groups={ledger.groups} asOf={settings.asOf} download={download} />
      </Suspense>
    );
  }
  return null;
}
