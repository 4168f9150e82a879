/**
 * Everything not needed for the first screen, split into chunks that load on demand. preloadPanels() fetches them
 * once the list is up, so opening a task or a panel rarely waits.
 */
import { lazy } from 'react';

// The filter and settings drawers open from the header: their inputs (SearchBox, Select, Input, Field) stay out of the
// first load, which has a 150 KB gzip budget (bench/pane.bench.mjs).
const loadFilterBar = () => import('../tasks/FilterBar');
const loadSettingsPanel = () => import('./SettingsPanel');
const loadAgencyFilter = () => import('../tasks/AgencyFilter');
const loadSyncSwitch = () => import('../tasks/SyncSwitch');
const loadStatusForm = () => import('../taskDetail/StatusForm');
const loadHistoryPanel = () => import('../taskDetail/HistoryPanel');
const loadImportPanel = () => import('../import/ImportPanel');
const loadSummaryPanel = () => import('../summary/SummaryPanel');
// The rounds panel brings src/reports; ExcelJS and fflate stay behind its own dynamic imports until a file is built or read.
const loadRoundsPanel = () => import('../rounds/RoundsPanel');

export const FilterBar = lazy(() => loadFilterBar().then((m) => ({ default: m.FilterBar })));
export const SettingsPanel = lazy(() => loadSettingsPanel().then((m) => ({ default: m.SettingsPanel })));
export const AgencyFilter = lazy(() => loadAgencyFilter().then((m) => ({ default: m.AgencyFilter })));
export const SyncSwitch = lazy(() => loadSyncSwitch().then((m) => ({ default: m.SyncSwitch })));
export const StatusForm = lazy(() => loadStatusForm().then((m) => ({ default: m.StatusForm })));
export const HistoryPanel = lazy(() => loadHistoryPanel().then((m) => ({ default: m.HistoryPanel })));
export const ImportPanel = lazy(() => loadImportPanel().then((m) => ({ default: m.ImportPanel })));
export const SummaryPanel = lazy(() => loadSummaryPanel().then((m) => ({ default: m.SummaryPanel })));
export const RoundsPanel = lazy(() => loadRoundsPanel().then((m) => ({ default: m.RoundsPanel })));

/** Starts downloading every lazy panel; failures are ignored here and surface when the panel is opened. */
export function preloadPanels(): void {
  for (const load of [
    loadFilterBar,
    loadSettingsPanel,
    loadAgencyFilter,
    loadSyncSwitch,
    loadStatusForm,
    loadHistoryPanel,
    loadImportPanel,
    loadSummaryPanel,
    loadRoundsPanel,
  ]) {
    load().catch(() => undefined);
  }
}
