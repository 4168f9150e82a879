/**
 * The import sources' buttons in a zone a file can be dropped on: choose a .docx or .pdf, and (when the port can) read
 * the selected range or the sheet's tables. The file input is hidden; its button opens it.
 */
import { Button } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { usePanelStyles } from '../shared/panel.styles';
import { useImportSourcesStyles } from './ImportSources.styles';
import type { ImportSourcesStrings } from './importSourcesStrings';

/** Offered by the file picker: .docx and .pdf, and the formats we refuse with "save as .docx" (so the user sees why, not a greyed-out file). */
const ACCEPT =
  '.docx,.docm,.pdf,.doc,.wps,.et,.xls,.rtf,.odt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf';

export interface SourceDropZoneProps {
  s: ImportSourcesStrings;
  /** A read is under way: the buttons wait. */
  busy: boolean;
  onFile: (file: File) => void;
  /** Shown only when given (the port reads the selection). */
  onReadSelection?: () => void;
  /** Shown only when given (the port reads the sheet's tables). */
  onReadSheetTables?: () => void;
}

export function SourceDropZone({ s, busy, onFile, onReadSelection, onReadSheetTables }: SourceDropZoneProps) {
  const panel = usePanelStyles();
  const styles = useImportSourcesStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
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
        {onReadSelection && (
          <Button disabled={busy} onClick={onReadSelection}>
            {s.readSelection}
          </Button>
        )}
        {onReadSheetTables && (
          <Button disabled={busy} onClick={onReadSheetTables}>
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
          if (file) onFile(file);
        }}
      />
      <p className={panel.muted}>{s.dropHint}</p>
    </div>
  );
}
