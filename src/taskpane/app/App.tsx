/**
 * The task pane: filters and the virtualised task list, a task's status form and history, the import preview and
 * the summary. It reaches Excel only through the WorkbookPort it is given; with none it is a read-only preview of the seed.
 */
import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import type { IsoDate } from '../../model';
import type { WorkbookPort } from '../../workbook/port';
import { ZH_CN, type Strings } from '../i18n/strings';
import { StringsContext } from '../i18n/useStrings';
import type { DownloadFn } from '../shared/downloadFile';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { useGlobalStyles } from './App.styles';
import { Pane } from './Pane';

export interface AppProps {
  /** The workbook, or null outside Excel (read-only preview of the seed). */
  port: WorkbookPort | null;
  /** Today, read from the clock by the caller. */
  today: IsoDate;
  /** The words, in the user's language (main.tsx loads the table); zh-CN by default. */
  strings?: Strings;
  /** Light unless the caller passes another Fluent theme (main.tsx loads the dark one on demand). */
  theme?: Theme;
  /** The table the preview shows and "使用内置示例表" loads; the embedded seed when absent. */
  seedText?: string;
  seedName?: string;
  /** How the rounds panel hands generated report files to the user; a Blob download when absent (tests pass a recorder). */
  download?: DownloadFn;
}

export function App({
  port,
  today,
  strings: s = ZH_CN,
  theme = webLightTheme,
  seedText,
  seedName,
  download,
}: AppProps) {
  useGlobalStyles();
  return (
    <FluentProvider theme={theme} lang={s.locale}>
      <StringsContext.Provider value={s}>
        <ErrorBoundary strings={s}>
          <Pane port={port} today={today} seedText={seedText} seedName={seedName} download={download} />
        </ErrorBoundary>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
