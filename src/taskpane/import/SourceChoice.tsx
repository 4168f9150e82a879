/**
 * The tables a read found: what the document says of itself (title, date, year), a warning for tables not read, the
 * table picker when there are several (the likeliest task table chosen), and the chosen table's notes. Document titles,
 * captions and names are the documents' own words, marked as Chinese in a pane that is not.
 */
import { Field, Select } from '@fluentui/react-components';
import { MixedText } from '../shared/MixedText';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { usePanelStyles } from '../shared/panel.styles';
import { useImportSourcesStyles } from './ImportSources.styles';
import type { SourcesFound } from './ImportSources.types';
import type { ImportSourcesStrings } from './importSourcesStrings';

export interface SourceChoiceProps {
  s: ImportSourcesStrings;
  found: SourcesFound;
  onChoose: (index: number) => void;
}

export function SourceChoice({ s, found, onChoose }: SourceChoiceProps) {
  const panel = usePanelStyles();
  const styles = useImportSourcesStyles();
  const { candidates, chosen } = found;
  return (
    <>
      {found.info && (
        <p className={panel.muted}>
          <MixedText text={found.info} />
        </p>
      )}
      {found.warning && (
        <OutcomeMessage intent="warning">
          <MixedText text={found.warning} />
        </OutcomeMessage>
      )}
      {candidates.length > 1 && <p className={panel.muted}>{s.tablesFound(candidates.length)}</p>}
      {candidates.length > 1 && (
        <Field label={s.chooseTable}>
          <Select className={styles.select} value={String(chosen)} onChange={(_, d) => onChoose(Number(d.value))}>
            {candidates.map((c, i) => (
              <option key={c.label} value={String(i)}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {candidates.length === 1 && (
        <p className={panel.muted}>
          <MixedText text={candidates[0]?.label ?? ''} />
        </p>
      )}
      {candidates[chosen]?.notes.map((note) => (
        <OutcomeMessage key={note} intent="warning">
          {note}
        </OutcomeMessage>
      ))}
    </>
  );
}
