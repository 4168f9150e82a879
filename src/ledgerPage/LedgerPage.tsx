/**
 * The offline page: a toolbar (打开台账 / 用内置示例新建台账 / 保存台账, the unsaved-changes mark, file messages)
 * above the same pane as in Excel, running on the file port. The ledger lives in the file, never in browser storage.
 */
import { Button, FluentProvider, MessageBar, MessageBarBody, Text, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { parseTaskTable, type IsoDate } from '../model';
import { createFilePort, createLedgerWorkbook, LedgerFile } from '../fileWorkbook';
import { EMBEDDED_SEED_TEXT } from '../seed/embeddedSeed';
import { App } from '../taskpane/app/App';
import type { Strings } from '../taskpane/i18n/strings';
import type { WorkbookPort } from '../workbook/port';
import { openLedgerFile, saveLedgerFile, type OpenedFile } from './fileAccess';
import type { PageStrings } from './pageStrings';
import { randomWorkbookId } from '../ledgerLayout/randomWorkbookId';
import { trackWrites } from './trackWrites';

interface Open {
  source: OpenedFile;
  file: LedgerFile;
  /** Bumped on every open, so the pane starts afresh on a new file. */
  generation: number;
}

type Message = { kind: 'error' | 'warning' | 'info'; text: string } | null;

export interface LedgerPageProps {
  today: IsoDate;
  strings: Strings;
  page: PageStrings;
  secure: boolean;
}

function useLedgerFile(page: PageStrings) {
  const [open, setOpen] = useState<Open | null>(null);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const adopt = useCallback(
    async (source: OpenedFile, startDirty: boolean) => {
      const opened = await LedgerFile.open(source.bytes);
      if (!opened.ok) {
        setMessage({ kind: 'error', text: page.notALedger });
        return;
      }
      setOpen((prev) => ({ source, file: opened.file, generation: (prev?.generation ?? 0) + 1 }));
      setDirty(startDirty);
      setMessage(null);
    },
    [page],
  );
  const openFile = useCallback(async () => {
    const source = await openLedgerFile();
    if (source) await adopt(source, false);
  }, [adopt]);
  const fromExample = useCallback(async () => {
    const bytes = await createLedgerWorkbook(parseTaskTable(EMBEDDED_SEED_TEXT), randomWorkbookId());
    await adopt({ name: '重点任务台账.xlsx', bytes, lastModified: 0, size: bytes.length, handle: null }, true);
  }, [adopt]);
  const save = useCallback(async () => {
    if (!open) return;
    const outcome = await saveLedgerFile(open.source, await open.file.save());
    if (outcome.ok) {
      setDirty(false);
      setOpen({ ...open, source: { ...open.source, lastModified: outcome.lastModified } });
      setMessage({ kind: 'info', text: page.saved });
    } else
      setMessage({
        kind: outcome.reason === 'failed' ? 'error' : 'warning',
        text:
          outcome.reason === 'changed-on-disk'
            ? page.changedOnDisk
            : outcome.reason === 'locked'
              ? page.locked
              : page.notALedger,
      });
  }, [open, page]);
  return { open, dirty, setDirty, message, openFile, fromExample, save };
}

export function LedgerPage({ today, strings, page, secure }: LedgerPageProps) {
  const { open, dirty, setDirty, message, openFile, fromExample, save } = useLedgerFile(page);
  const port = useMemo<WorkbookPort | null>(() => {
    if (!open) return null;
    return trackWrites(createFilePort(open.file, { newWorkbookId: randomWorkbookId }), open.file, () => setDirty(true));
  }, [open, setDirty]);
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent): string => {
      event.preventDefault();
      event.returnValue = page.leave;
      return page.leave;
    };
    globalThis.addEventListener('beforeunload', warn);
    return () => globalThis.removeEventListener('beforeunload', warn);
  }, [dirty, page]);
  return (
    <FluentProvider theme={webLightTheme}>
      <div
        role="toolbar"
        aria-label={page.open}
        style={{ display: 'flex', gap: 8, alignItems: 'center', padding: 8, flexWrap: 'wrap' }}
      >
        <Button appearance="primary" onClick={() => void openFile()}>
          {page.open}
        </Button>
        <Button onClick={() => void fromExample()}>{page.fromExample}</Button>
        <Button disabled={!open} onClick={() => void save()}>
          {page.save}
        </Button>
        {open && <Text>{open.source.name}</Text>}
        {dirty && (
          <Text weight="semibold" data-testid="unsaved">
            ● {page.unsaved}
          </Text>
        )}
      </div>
      {!secure && (
        <MessageBar intent="warning">
          <MessageBarBody>{page.insecure}</MessageBarBody>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent={message.kind} role="status">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {open ? (
        <App key={open.generation} port={port} today={today} strings={strings} />
      ) : (
        <div style={{ padding: 8 }}>
          <Text>{page.noFile}</Text>
          <p>
            <Text size={200}>{page.unsupported}</Text>
          </p>
        </div>
      )}
    </FluentProvider>
  );
}
