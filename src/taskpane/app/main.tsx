/**
 * The pane's entry: waits for Office, then mounts <App> with the Excel port inside Excel, or with none (a read-only
 * preview of the embedded table) anywhere else. It reads the clock, the language and the theme here, and nowhere else.
 */
// First: the fallbacks for built-ins newer than Chromium 87, before any dependency runs.
import './installBuiltinFallbacks';
import { webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { WorkbookPort } from '../../workbook/port';
import { formatWorkbookProblem } from '../i18n/formatWorkbookProblem';
import { webKitDownload, type DownloadFn } from '../shared/downloadFile';
import type { Strings } from '../i18n/strings';
import { App } from './App';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { hostLocale, hostTheme, isoDay, type OfficeLike } from '../shared/hostEnvironment';
import { loadStrings, ZH_CN } from '../i18n/strings';

/** Office.onReady resolves at once outside Office when office.js loads; if it never does, show the preview anyway. */
const OFFICE_READY_TIMEOUT_MS = 4000;

function officeGlobal(): (OfficeLike & typeof Office) | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

/**
 * Excel on Mac and iPad (a WKWebView, where `<a download>` does nothing: OfficeDev/office-js#2700): workbooks open in
 * Excel, a .zip goes to download.html in a browser window (OpenBrowserWindowApi 1.1 where the host has it). Elsewhere none:
 * the panels' own `<a download>`.
 */
function hostDownload(office: typeof Office, port: WorkbookPort): ((strings: Strings) => DownloadFn) | undefined {
  const platform = office.context?.platform;
  if (platform !== office.PlatformType.Mac && platform !== office.PlatformType.iOS) return undefined;
  const browser = office.context.requirements?.isSetSupported('OpenBrowserWindowApi', '1.1') === true;
  return (strings) =>
    webKitDownload({
      openWorkbook: port.openWorkbook ? (bytes) => port.openWorkbook?.(bytes) ?? Promise.resolve() : null,
      openBrowserWindow: browser ? (url) => office.context.ui.openBrowserWindow(url) : null,
      downloadPage: new URL('download.html', globalThis.location.href).href,
      refusal: (reason) =>
        reason === 'too-large'
          ? strings.downloadTooLarge
          : formatWorkbookProblem(
              { code: 'needs-newer-excel', params: { feature: 'browser-download' } },
              strings.locale,
            ),
    });
}

async function mount(
  root: Root,
  port: WorkbookPort | null,
  office: OfficeLike | undefined,
  download?: (strings: Strings) => DownloadFn,
): Promise<void> {
  const stringsLoading = loadStrings(hostLocale(office, globalThis.navigator?.language));
  const prefersDark = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  // The dark theme is its own chunk; waiting for it avoids a flash of the light one.
  const theme = hostTheme(office, prefersDark) === 'dark' ? (await import('./darkTheme')).webDarkTheme : webLightTheme;
  const strings = await stringsLoading;
  // The page's language is the pane's (popovers and menus render outside the provider's element); the table's own
  // words carry lang="zh-CN" where they are shown.
  document.documentElement.lang = strings.locale;
  document.title = strings.appTitle;
  root.render(
    <StrictMode>
      <ErrorBoundary strings={strings}>
        <App
          port={port}
          today={isoDay(new Date())}
          strings={strings}
          theme={theme}
          {...(download ? { download: download(strings) } : {})}
        />
      </ErrorBoundary>
    </StrictMode>,
  );
}

async function start(root: Root): Promise<void> {
  const office = officeGlobal();
  if (!office) {
    await mount(root, null, undefined);
    return;
  }
  let mounted = false;
  const fallback = setTimeout(() => {
    mounted = true;
    void mount(root, null, undefined);
  }, OFFICE_READY_TIMEOUT_MS);
  const info = await office.onReady();
  clearTimeout(fallback);
  if (info.host === office.HostType.Excel) {
    // Loaded only inside Excel: the preview never pays for the workbook layer.
    const { createExcelPort } = await import('../../workbook/createExcelPort');
    const port = createExcelPort();
    await mount(root, port, office, hostDownload(office, port));
  } else if (!mounted) {
    await mount(root, null, office);
  }
}

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
const root = createRoot(container);
start(root).catch((error: unknown) => {
  console.error('task pane start failed', error);
  root.render(<App port={null} today={isoDay(new Date())} strings={ZH_CN} />);
});
