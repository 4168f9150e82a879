/**
 * Where a table comes from besides a paste: a .docx or .pdf chosen or dropped, and (in Excel) the selected range or the
 * sheet's tables. Lists the tables found with the likeliest task table chosen; the choice goes to the import
 * view as text, so the preview is the same as a paste's. Fluent UI v9's anatomy: the types in
 * `ImportSources.types.ts`, the state in `useImportSources`, the styles in `ImportSources.styles.ts`, and this render.
 */
import { mergeClasses } from '@fluentui/react-components';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { MixedText } from '../shared/MixedText';
import { usePanelStyles } from '../shared/panel.styles';
import { useImportSourcesStyles } from './ImportSources.styles';
import type { ImportSourcesProps } from './ImportSources.types';
import { SourceChoice } from './SourceChoice';
import { SourceDropZone } from './SourceDropZone';
import { useImportSources } from './useImportSources';

export function ImportSources(props: ImportSourcesProps) {
  const panel = usePanelStyles();
  const styles = useImportSourcesStyles();
  const state = useImportSources(props);
  const { s, busy, outcome } = state;
  return (
    <section aria-label={s.sourcesLabel} className={mergeClasses(panel.panel, styles.section)}>
      <SourceDropZone
        s={s}
        busy={busy}
        onFile={(file) => void state.readFile(file)}
        {...(props.port?.readSelectionGrid ? { onReadSelection: () => void state.readSelection() } : {})}
        {...(props.port?.readSheetTables ? { onReadSheetTables: () => void state.readSheetTables() } : {})}
      />
      <div aria-live="polite">
        {busy && <p className={panel.muted}>{s.reading}</p>}
        {outcome?.phase === 'failed' && (
          <OutcomeMessage intent="error">
            <MixedText text={outcome.message} />
          </OutcomeMessage>
        )}
      </div>
      {outcome?.phase === 'found' && <SourceChoice s={s} found={outcome} onChoose={state.choose} />}
    </section>
  );
}
