/**
 * The offline page's entry (dist/ledger.html): reads the clock, the language and whether the page is a secure
 * context, and mounts the page. No Office, no network.
 */
// First: the fallbacks for built-ins newer than Chromium 87, before any dependency runs.
import '../taskpane/app/installBuiltinFallbacks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadStrings, pickLocale } from '../taskpane/i18n/strings';
import { isoDay } from '../taskpane/shared/hostEnvironment';
import { LedgerPage } from './LedgerPage';
import { pageStrings } from './pageStrings';

async function start(): Promise<void> {
  const language = globalThis.navigator?.language;
  const strings = await loadStrings(pickLocale(language));
  const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  // crypto.subtle (report signing) exists only in a secure context: https, localhost or file://.
  const secure = globalThis.isSecureContext === true && globalThis.crypto?.subtle !== undefined;
  createRoot(container).render(
    <StrictMode>
      <LedgerPage today={isoDay(new Date())} strings={strings} page={pageStrings(language)} secure={secure} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => console.error('ledger page start failed', error));
