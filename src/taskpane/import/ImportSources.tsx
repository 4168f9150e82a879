/**
 * Where a table comes from besides a paste: a .docx or .pdf chosen or dropped, and (in Excel) the selected range or the
 * sheet's tables. Lists the tables found with the likeliest task table chosen; the choice goes to the import
 * view as text, so the preview is the same as a paste's.
 */
import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import type { XmlParser } from '../../documents/readDocxTables';
import type { ReadPdfOptions } from '../../documents/readPdfTables';
import type { WorkbookPort } from '../../workbook/port';
import { useStrings } from '../i18n/useStrings';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { usePanelStyles } from '../shared/panel.styles';
import { importSourcesStrings } from './importSourcesStrings';
import { useImportSources, type ImportSource } from './useImportSources';

const useStyles = makeStyles({
  drop: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  hidden: { display: 'none' },
  // A long table label must not widen the pane (320 px): the native select truncates it.
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
});

/** Offered by the file picker: .docx and .pdf, and the formats we refuse with "save as .docx" (so the user sees why, not a greyed-out file). */
const ACCEPT =
  '.docx,.docm,.pdf,.doc,.wps,.et,.xls,.rtf,.odt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf';

export interface ImportSourcesProps {
  port: WorkbookPort | null;
  onSource: (source: ImportSource) => void;
  /** The XML parser (the browser's DOMParser by default). */
  parser?: XmlParser;
  /** How PDFs are read (by default pdf.js's worker and CMaps from the pane's own origin). */
  pdfOptions?: () => ReadPdfOptions;
}

export function ImportSources({ port, onSource, parser, pdfOptions }: ImportSourcesProps) {
  const base = useStrings();
  const s = importSourcesStrings(base.locale);
  const panel = usePanelStyles();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { state, readFile, readSelection, readSheetTables, choose } = useImportSources(
    port,
    s,
    onSource,
    parser,
    pdfOptions,
  );
  const busy = state.phase === 'reading';

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  return (
    <section aria-label={s.sourcesLabel} className={panel.panel} style={{ padding: 0 }}>
      <div
        className={dragging ? `${styles.drop} ${styles.dragging}` : styles.drop}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className={panel.actions}>
          <Button disabled={busy} onClick={() => input.current?.click()}>
            {s.chooseDocx}
          </Button>
          {port?.readSelectionGrid && (
            <Button disabled={busy} onClick={() => void readSelection()}>
              {s.readSelection}
            </Button>
          )}
          {port?.readSheetTables && (
            <Button disabled={busy} onClick={() => void readSheetTables()}>
              {s.readSheetTables}
            </Button>
          )}
        </div>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept={ACCEPT}
          aria-label={s.chooseDocx}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void readFile(file);
          }}
        />
        <p className={panel.muted}>{s.dropHint}</p>
      </div>
      <div aria-live="polite">
        {busy && <p className={panel.muted}>{s.reading}</p>}
        {state.phase === 'failed' && <OutcomeMessage intent="error">{state.message}</OutcomeMessage>}
      </div>
      {state.phase === 'found' && (
        <>
          {state.info && <p className={panel.muted}>{state.info}</p>}
          {state.warning && <OutcomeMessage intent="warning">{state.warning}</OutcomeMessage>}
          {state.candidates.length > 1 && <p className={panel.muted}>{s.tablesFound(state.candidates.length)}</p>}
          {state.candidates.length > 1 && (
            <Field label={s.chooseTable}>
              <Select
                className={styles.select}
                value={String(state.chosen)}
                onChange={(_, d) => choose(Number(d.value))}
              >
                {state.candidates.map((c, i) => (
                  <option key={c.label} value={String(i)}>
                    {c.label}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {state.candidates.length === 1 && <p className={panel.muted}>{state.candidates[0]?.label}</p>}
          {state.candidates[state.chosen]?.notes.map((note) => (
            <OutcomeMessage key={note} intent="warning">
              {note}
            </OutcomeMessage>
          ))}
        </>
      )}
    </section>
  );
}
